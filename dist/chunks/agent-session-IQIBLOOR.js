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
} from "./chunk-4TFU25VJ.js";
import "./chunk-NHSAGESM.js";
import "./chunk-Y4W245VV.js";
import "./chunk-VOQ4JCIV.js";
import "./chunk-DM25TYEJ.js";
import "./chunk-GTGMXTH6.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-6SEHBE6S.js";
import "./chunk-EFMFIHOP.js";
import "./chunk-YIA5UB57.js";
import "./chunk-J5NDJD5Q.js";
import "./chunk-KYY6QZ6O.js";
import "./chunk-YWOK6NIX.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-BM4FYDLX.js";
import "./chunk-ASQMZ57P.js";
import "./chunk-SGERN2WW.js";
import "./chunk-CTUGRVWI.js";
import "./chunk-5T3MVE66.js";
import "./chunk-7VU3X4OT.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-E5VRE2IC.js";
import "./chunk-JLXNMSDG.js";
import "./chunk-TAVXT25J.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
