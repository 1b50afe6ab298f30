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
} from "./chunk-HHD3W56Q.js";
import "./chunk-LHVZEW5X.js";
import "./chunk-MGDH2FGA.js";
import "./chunk-6PCM5FET.js";
import "./chunk-6LPAJO2W.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-6SEHBE6S.js";
import "./chunk-RYQJM7HT.js";
import "./chunk-HRFJNWT4.js";
import "./chunk-J5NDJD5Q.js";
import "./chunk-FXQPFVSL.js";
import "./chunk-MG2Z44HH.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-R2PR44VQ.js";
import "./chunk-QIXAE5IT.js";
import "./chunk-XZSBSBM6.js";
import "./chunk-UFJPTWJM.js";
import "./chunk-LUVY6DZG.js";
import "./chunk-7VU3X4OT.js";
import "./chunk-E5VRE2IC.js";
import "./chunk-JLXNMSDG.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
