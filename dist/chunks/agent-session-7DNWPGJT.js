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
} from "./chunk-TVDKWILH.js";
import "./chunk-3GVQUEWV.js";
import "./chunk-UZNG74SU.js";
import "./chunk-K5BXLJKS.js";
import "./chunk-IL675DHF.js";
import "./chunk-NSZADX3Z.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-DFKEN42P.js";
import "./chunk-GCJWXARK.js";
import "./chunk-RAXLJ2WZ.js";
import "./chunk-6YZKCJST.js";
import "./chunk-RPVB6LRU.js";
import "./chunk-SRM7SZ33.js";
import "./chunk-63YUR5IR.js";
import "./chunk-JWKQJQAM.js";
import "./chunk-CCSSSYRD.js";
import "./chunk-73S452KY.js";
import "./chunk-A2ZEHJRT.js";
import "./chunk-VMQXWKO2.js";
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
