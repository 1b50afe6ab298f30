#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-U7BVPLYW.js";
import "../chunks/chunk-G7VHLI26.js";
import "../chunks/chunk-I7XOSW7F.js";
import "../chunks/chunk-QIO6ZQBI.js";
import "../chunks/chunk-ZMPPTGKD.js";
import "../chunks/chunk-LILWCSNF.js";
import "../chunks/chunk-FJYAL6U2.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-TP3AV36S.js";
import "../chunks/chunk-F455CIAK.js";
import "../chunks/chunk-6FLRSYY6.js";
import "../chunks/chunk-F4ZIV5TX.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-ADIEILIC.js";
import "../chunks/chunk-6SOVICYS.js";
import "../chunks/chunk-DU3A5EUT.js";
import "../chunks/chunk-M37OI4DP.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-HYPTYVXR.js";
import "../chunks/chunk-R2HC42UJ.js";
import "../chunks/chunk-BJRH7MHS.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
