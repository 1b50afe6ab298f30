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
} from "./chunk-JFZKKR5M.js";
import "./chunk-LHVZEW5X.js";
import "./chunk-Z37WWHBK.js";
import "./chunk-LMLE4EBN.js";
import "./chunk-76KQDC2G.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-6SEHBE6S.js";
import "./chunk-RYQJM7HT.js";
import "./chunk-2RMZSGCL.js";
import "./chunk-J5NDJD5Q.js";
import "./chunk-4FDFE5YE.js";
import "./chunk-KMZWJNDX.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-DWSI2XDI.js";
import "./chunk-RLQJ3W4O.js";
import "./chunk-6CAGK36M.js";
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
