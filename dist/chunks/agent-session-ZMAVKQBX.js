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
} from "./chunk-UDZ7HZOZ.js";
import "./chunk-2EYV4G5Y.js";
import "./chunk-UZNG74SU.js";
import "./chunk-BKVHSWV2.js";
import "./chunk-QFLRZNNL.js";
import "./chunk-7EDGSSWH.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-MS3IOM7N.js";
import "./chunk-WBXYW6XU.js";
import "./chunk-5UQUSSYE.js";
import "./chunk-IY4T2HF6.js";
import "./chunk-ATW7OLLE.js";
import "./chunk-6ZTNJPLE.js";
import "./chunk-6MLZBVT6.js";
import "./chunk-SJOOO4TB.js";
import "./chunk-ALIB7PKA.js";
import "./chunk-U4ZQT7XX.js";
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
