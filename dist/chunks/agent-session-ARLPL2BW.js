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
} from "./chunk-YIL46OPV.js";
import "./chunk-3KKNEPTY.js";
import "./chunk-FQZXMF3T.js";
import "./chunk-UZNG74SU.js";
import "./chunk-Z7DQLB5O.js";
import "./chunk-6YQQHPFE.js";
import "./chunk-GTGMXTH6.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-64POXJ6V.js";
import "./chunk-BKP366WD.js";
import "./chunk-BR66AJG3.js";
import "./chunk-CIW6ZZOS.js";
import "./chunk-LHB3GHFR.js";
import "./chunk-57OZE6MK.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-BM4FYDLX.js";
import "./chunk-WYJWUGRJ.js";
import "./chunk-VCTU262T.js";
import "./chunk-ZDFQQK4A.js";
import "./chunk-RCI6SKUB.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-FSBINXLC.js";
import "./chunk-FBLKNUPZ.js";
import "./chunk-JLXNMSDG.js";
import "./chunk-TAVXT25J.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
