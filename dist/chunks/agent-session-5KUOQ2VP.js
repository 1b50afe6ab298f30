#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
} from "./chunk-T2N2UD2W.js";
import "./chunk-BWDZI5M4.js";
import "./chunk-3ARG4VYW.js";
import "./chunk-ZQ3XLO5M.js";
import "./chunk-PLZ4EFWO.js";
import "./chunk-K54BRPAZ.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-TP3AV36S.js";
import "./chunk-CT23BJIU.js";
import "./chunk-R7JVB54C.js";
import "./chunk-PW3VLMGG.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-QRGZVIGI.js";
import "./chunk-6SOVICYS.js";
import "./chunk-5MSAQ3AA.js";
import "./chunk-DM7L26JY.js";
import "./chunk-WAFP4FJC.js";
import "./chunk-7SQILEP7.js";
import "./chunk-K7ZVKXRQ.js";
import "./chunk-SRV3ZKZ5.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
