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
} from "./chunk-TQGBEBC6.js";
import "./chunk-TKAPGZCS.js";
import "./chunk-45GGLU7C.js";
import "./chunk-OVVLBJ3K.js";
import "./chunk-Y33AAQLR.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-6SEHBE6S.js";
import "./chunk-EFMFIHOP.js";
import "./chunk-CQSOKSVB.js";
import "./chunk-J5NDJD5Q.js";
import "./chunk-FXQPFVSL.js";
import "./chunk-G2XEZ2MQ.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-UCG7X7ZG.js";
import "./chunk-PC2H6WWW.js";
import "./chunk-TCR3OQ7W.js";
import "./chunk-JOBDZV2J.js";
import "./chunk-5T3MVE66.js";
import "./chunk-7VU3X4OT.js";
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
