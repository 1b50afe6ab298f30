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
} from "./chunk-O3VQC4GU.js";
import "./chunk-I6JFXQZS.js";
import "./chunk-JS5VURO4.js";
import "./chunk-UZNG74SU.js";
import "./chunk-TJXGQHQM.js";
import "./chunk-QCVCNIS2.js";
import "./chunk-NSZADX3Z.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-DFKEN42P.js";
import "./chunk-GCJWXARK.js";
import "./chunk-RAXLJ2WZ.js";
import "./chunk-34FZJWLQ.js";
import "./chunk-I3BCLQVF.js";
import "./chunk-UIJM2UQE.js";
import "./chunk-NX3YPKQY.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-6AKVWTIE.js";
import "./chunk-UGWCRD3M.js";
import "./chunk-MFKQKH7T.js";
import "./chunk-S6T7X4VP.js";
import "./chunk-6JM3PIHH.js";
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
