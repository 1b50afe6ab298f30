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
} from "./chunk-MJJSQ636.js";
import "./chunk-ST636S37.js";
import "./chunk-UZNG74SU.js";
import "./chunk-K5BXLJKS.js";
import "./chunk-IL675DHF.js";
import "./chunk-NSZADX3Z.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-6WS443PQ.js";
import "./chunk-GCJWXARK.js";
import "./chunk-RAXLJ2WZ.js";
import "./chunk-RDHWUN4K.js";
import "./chunk-RPVB6LRU.js";
import "./chunk-WBBHU4AF.js";
import "./chunk-GFK2ZJUO.js";
import "./chunk-NIBU65JA.js";
import "./chunk-CCSSSYRD.js";
import "./chunk-UHYJCWO4.js";
import "./chunk-A2ZEHJRT.js";
import "./chunk-KN73T3XB.js";
import "./chunk-6JM3PIHH.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-TAMN4ZGX.js";
import "./chunk-WG5W2OHI.js";
import "./chunk-IRYUMPLD.js";
import "./chunk-ORJITX3Z.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
