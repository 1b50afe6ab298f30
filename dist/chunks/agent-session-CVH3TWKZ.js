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
} from "./chunk-E3654KM6.js";
import "./chunk-YV3MJ3WT.js";
import "./chunk-UZNG74SU.js";
import "./chunk-X6Q5W4IY.js";
import "./chunk-JABXOPVG.js";
import "./chunk-7EDGSSWH.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-MS3IOM7N.js";
import "./chunk-WBXYW6XU.js";
import "./chunk-5UQUSSYE.js";
import "./chunk-IY4T2HF6.js";
import "./chunk-ATW7OLLE.js";
import "./chunk-NCKEHRC7.js";
import "./chunk-RKFZI3XQ.js";
import "./chunk-3CPTZKBU.js";
import "./chunk-ALIB7PKA.js";
import "./chunk-DY4KF6Z6.js";
import "./chunk-D5NTVCLW.js";
import "./chunk-6D42O7QL.js";
import "./chunk-7S5LU6CN.js";
import "./chunk-3WJJRITD.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-6EVNHS7L.js";
import "./chunk-WG5W2OHI.js";
import "./chunk-MKQHAUPF.js";
import "./chunk-WPQNHNMC.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
