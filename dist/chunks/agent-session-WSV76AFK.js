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
} from "./chunk-UXMM4NAY.js";
import "./chunk-PZ327GSF.js";
import "./chunk-RQJPJSTB.js";
import "./chunk-JM23OQFJ.js";
import "./chunk-HOYAG2DV.js";
import "./chunk-GTGMXTH6.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-6SEHBE6S.js";
import "./chunk-UMNTXWU2.js";
import "./chunk-HJ3AKLGD.js";
import "./chunk-J5NDJD5Q.js";
import "./chunk-Z3VYNVKJ.js";
import "./chunk-3US5VT56.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-BM4FYDLX.js";
import "./chunk-UVJGCJE3.js";
import "./chunk-OVUCYZGG.js";
import "./chunk-LD4HE5IB.js";
import "./chunk-UESLIYDG.js";
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
