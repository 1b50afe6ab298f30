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
} from "./chunk-NW3YKQA4.js";
import "./chunk-ANESJBAO.js";
import "./chunk-FWVXW5WR.js";
import "./chunk-UZNG74SU.js";
import "./chunk-XJY7SHNE.js";
import "./chunk-WULHYA3J.js";
import "./chunk-GO7VAIYN.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-CBJTTPDC.js";
import "./chunk-GCJWXARK.js";
import "./chunk-IA55PWFR.js";
import "./chunk-JPFWJLYM.js";
import "./chunk-D6UQC2WP.js";
import "./chunk-C3ACTB3C.js";
import "./chunk-6RSUDMRK.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-SSBXB6WK.js";
import "./chunk-3GOE3N4J.js";
import "./chunk-JVKNHYDJ.js";
import "./chunk-DKUPGAPD.js";
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
