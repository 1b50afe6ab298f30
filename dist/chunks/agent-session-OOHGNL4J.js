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
} from "./chunk-4ZR4GXBA.js";
import "./chunk-UCSQWBXX.js";
import "./chunk-UZNG74SU.js";
import "./chunk-K5BXLJKS.js";
import "./chunk-IL675DHF.js";
import "./chunk-NSZADX3Z.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-DFKEN42P.js";
import "./chunk-GCJWXARK.js";
import "./chunk-RAXLJ2WZ.js";
import "./chunk-ZGM6VGCK.js";
import "./chunk-BRDNXEVY.js";
import "./chunk-G55C2CHX.js";
import "./chunk-LZRIFEYP.js";
import "./chunk-JWKQJQAM.js";
import "./chunk-CCSSSYRD.js";
import "./chunk-U4MCKTIH.js";
import "./chunk-A2ZEHJRT.js";
import "./chunk-JCYAQ7DQ.js";
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
