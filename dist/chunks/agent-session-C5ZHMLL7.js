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
} from "./chunk-RDH7KZG5.js";
import "./chunk-TKAPGZCS.js";
import "./chunk-N6BBAOCO.js";
import "./chunk-ORRF2AV4.js";
import "./chunk-T3CJRGFT.js";
import "./chunk-3KVHEWAA.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-6SEHBE6S.js";
import "./chunk-EFMFIHOP.js";
import "./chunk-VXDC7PIE.js";
import "./chunk-J5NDJD5Q.js";
import "./chunk-YJZWIBLA.js";
import "./chunk-KH3AOPNK.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-V2XUWBVV.js";
import "./chunk-AHIMYM3P.js";
import "./chunk-4TEC3K67.js";
import "./chunk-JOBDZV2J.js";
import "./chunk-5T3MVE66.js";
import "./chunk-7VU3X4OT.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-E5VRE2IC.js";
import "./chunk-JLXNMSDG.js";
import "./chunk-THQFSIYK.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
