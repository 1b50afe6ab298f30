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
} from "./chunk-5O5RMD2H.js";
import "./chunk-N6NFXRAO.js";
import "./chunk-MPT45ASU.js";
import "./chunk-UZNG74SU.js";
import "./chunk-XJY7SHNE.js";
import "./chunk-WULHYA3J.js";
import "./chunk-GO7VAIYN.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-DFKEN42P.js";
import "./chunk-GCJWXARK.js";
import "./chunk-IA55PWFR.js";
import "./chunk-FIIYCGPR.js";
import "./chunk-WSRK4GCQ.js";
import "./chunk-II5MLFUV.js";
import "./chunk-ORWQMUV7.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-SSBXB6WK.js";
import "./chunk-G7GSWR3C.js";
import "./chunk-JVKNHYDJ.js";
import "./chunk-QPZKKQ6Z.js";
import "./chunk-HSCG2FPA.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-TAMN4ZGX.js";
import "./chunk-JLXNMSDG.js";
import "./chunk-AJ5POHAS.js";
import "./chunk-ORJITX3Z.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
