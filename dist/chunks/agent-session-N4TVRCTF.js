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
} from "./chunk-WMTNSE34.js";
import "./chunk-XKFYEAZN.js";
import "./chunk-QAPG3FUG.js";
import "./chunk-UZNG74SU.js";
import "./chunk-IA3FZU2E.js";
import "./chunk-RYF3LADJ.js";
import "./chunk-GTGMXTH6.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-64POXJ6V.js";
import "./chunk-BVKVNAHX.js";
import "./chunk-466ABBNR.js";
import "./chunk-CIW6ZZOS.js";
import "./chunk-H35WAHGA.js";
import "./chunk-SXXEECI7.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-BM4FYDLX.js";
import "./chunk-RIISMJCI.js";
import "./chunk-2GHPSJCN.js";
import "./chunk-KIYLYL25.js";
import "./chunk-P3QQGX5I.js";
import "./chunk-FSBINXLC.js";
import "./chunk-LMSMW57Z.js";
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
