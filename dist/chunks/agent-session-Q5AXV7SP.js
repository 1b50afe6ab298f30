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
} from "./chunk-Z6H2FN5H.js";
import "./chunk-N6HVGVKC.js";
import "./chunk-UZNG74SU.js";
import "./chunk-F5SYEXDQ.js";
import "./chunk-2JN3HCOI.js";
import "./chunk-NSZADX3Z.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-DFKEN42P.js";
import "./chunk-GCJWXARK.js";
import "./chunk-RAXLJ2WZ.js";
import "./chunk-7W4MKJMC.js";
import "./chunk-FDFO4YSH.js";
import "./chunk-JMV3BIK6.js";
import "./chunk-VM4PATTD.js";
import "./chunk-JWKQJQAM.js";
import "./chunk-CCSSSYRD.js";
import "./chunk-DUSKCN6O.js";
import "./chunk-MFKQKH7T.js";
import "./chunk-VFCBG7PE.js";
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
