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
} from "./chunk-QH5OK3JQ.js";
import "./chunk-UC3ISVKC.js";
import "./chunk-MDWTQAEJ.js";
import "./chunk-UZNG74SU.js";
import "./chunk-XJY7SHNE.js";
import "./chunk-WULHYA3J.js";
import "./chunk-GO7VAIYN.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-CBJTTPDC.js";
import "./chunk-GCJWXARK.js";
import "./chunk-IA55PWFR.js";
import "./chunk-5WW7SHJE.js";
import "./chunk-AG27EWLJ.js";
import "./chunk-Q63EPHQH.js";
import "./chunk-UEQW7SMD.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-SSBXB6WK.js";
import "./chunk-UXN3XVAX.js";
import "./chunk-JVKNHYDJ.js";
import "./chunk-KUZFDK5V.js";
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
