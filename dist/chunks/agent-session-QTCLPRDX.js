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
} from "./chunk-3SQILPKC.js";
import "./chunk-FDUCNZD6.js";
import "./chunk-OITJEEJX.js";
import "./chunk-UZNG74SU.js";
import "./chunk-XJY7SHNE.js";
import "./chunk-WULHYA3J.js";
import "./chunk-GO7VAIYN.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-CBJTTPDC.js";
import "./chunk-GCJWXARK.js";
import "./chunk-IA55PWFR.js";
import "./chunk-NSZY2NWG.js";
import "./chunk-IHVGR7VI.js";
import "./chunk-DX4OJB6J.js";
import "./chunk-JLEQTCWL.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-SSBXB6WK.js";
import "./chunk-UL62HRAI.js";
import "./chunk-JVKNHYDJ.js";
import "./chunk-ESRD54MY.js";
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
