#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-FOHJVZNE.js";
import "../chunks/chunk-T2N2UD2W.js";
import "../chunks/chunk-BWDZI5M4.js";
import "../chunks/chunk-3ARG4VYW.js";
import "../chunks/chunk-ZQ3XLO5M.js";
import "../chunks/chunk-PLZ4EFWO.js";
import "../chunks/chunk-K54BRPAZ.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-TP3AV36S.js";
import "../chunks/chunk-CT23BJIU.js";
import "../chunks/chunk-R7JVB54C.js";
import "../chunks/chunk-PW3VLMGG.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-QRGZVIGI.js";
import "../chunks/chunk-6SOVICYS.js";
import "../chunks/chunk-FLKIGYDD.js";
import "../chunks/chunk-5MSAQ3AA.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-WAFP4FJC.js";
import "../chunks/chunk-7SQILEP7.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
