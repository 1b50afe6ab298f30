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
} from "./chunk-MFWDFBI5.js";
import "./chunk-WOGQOAPA.js";
import "./chunk-UZNG74SU.js";
import "./chunk-BHJDFCGP.js";
import "./chunk-E2777ZVU.js";
import "./chunk-RTVEU76C.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-MS3IOM7N.js";
import "./chunk-WBXYW6XU.js";
import "./chunk-D4STECE4.js";
import "./chunk-63BIBWAT.js";
import "./chunk-ATW7OLLE.js";
import "./chunk-AUGFY5O5.js";
import "./chunk-UMMR2GPI.js";
import "./chunk-3CPTZKBU.js";
import "./chunk-TGBIHNQ3.js";
import "./chunk-DY4KF6Z6.js";
import "./chunk-QYHIX33A.js";
import "./chunk-ZACF6ZJL.js";
import "./chunk-XJ7O4TK5.js";
import "./chunk-JNKY6PJ2.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-6EVNHS7L.js";
import "./chunk-WG5W2OHI.js";
import "./chunk-P2VDQLP3.js";
import "./chunk-WPQNHNMC.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
