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
} from "./chunk-H4T7ZFN2.js";
import "./chunk-VJRKUOWZ.js";
import "./chunk-UZNG74SU.js";
import "./chunk-K5BXLJKS.js";
import "./chunk-IL675DHF.js";
import "./chunk-NSZADX3Z.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-DFKEN42P.js";
import "./chunk-GCJWXARK.js";
import "./chunk-RAXLJ2WZ.js";
import "./chunk-UXPD4YOF.js";
import "./chunk-JJLBHDN7.js";
import "./chunk-FTOOCMVZ.js";
import "./chunk-OOHNZO55.js";
import "./chunk-JWKQJQAM.js";
import "./chunk-CCSSSYRD.js";
import "./chunk-TUEHKKZP.js";
import "./chunk-A2ZEHJRT.js";
import "./chunk-NJLTXJVS.js";
import "./chunk-6JM3PIHH.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-TAMN4ZGX.js";
import "./chunk-JLXNMSDG.js";
import "./chunk-IRYUMPLD.js";
import "./chunk-ORJITX3Z.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
