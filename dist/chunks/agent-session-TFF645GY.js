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
} from "./chunk-URNDK73L.js";
import "./chunk-J5YWPSAL.js";
import "./chunk-PFOR7JLX.js";
import "./chunk-YX7RWRD3.js";
import "./chunk-ZIMMYTFH.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-6SEHBE6S.js";
import "./chunk-MUFQKR6E.js";
import "./chunk-N74D5XTB.js";
import "./chunk-KPICPBXO.js";
import "./chunk-XWUFBGSL.js";
import "./chunk-FVRYEQBV.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-4ATAPMNL.js";
import "./chunk-SYCCDEUQ.js";
import "./chunk-MLHYCOTC.js";
import "./chunk-2OSAQFKN.js";
import "./chunk-DMTWRZQT.js";
import "./chunk-7VU3X4OT.js";
import "./chunk-E5VRE2IC.js";
import "./chunk-HZO7HLZ6.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
