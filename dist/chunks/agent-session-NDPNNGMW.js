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
} from "./chunk-6NOVY6NO.js";
import "./chunk-GC3OXJEY.js";
import "./chunk-UZNG74SU.js";
import "./chunk-K5BXLJKS.js";
import "./chunk-IL675DHF.js";
import "./chunk-NSZADX3Z.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-DFKEN42P.js";
import "./chunk-GCJWXARK.js";
import "./chunk-RAXLJ2WZ.js";
import "./chunk-TAAAU2HP.js";
import "./chunk-IN7TTJHQ.js";
import "./chunk-2MYTQ2CB.js";
import "./chunk-DPZZMDQR.js";
import "./chunk-JWKQJQAM.js";
import "./chunk-CCSSSYRD.js";
import "./chunk-NL5HZC7B.js";
import "./chunk-A2ZEHJRT.js";
import "./chunk-4RE76NNC.js";
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
