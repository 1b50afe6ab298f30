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
} from "./chunk-QKSHY6MT.js";
import "./chunk-4XJLLF3G.js";
import "./chunk-UZNG74SU.js";
import "./chunk-BPV2LGT2.js";
import "./chunk-Y6PQF7OR.js";
import "./chunk-MSYEUM5H.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-DRKT2563.js";
import "./chunk-6GY34SBF.js";
import "./chunk-D5XW4RHR.js";
import "./chunk-SM5VEIGJ.js";
import "./chunk-OCXMFWX5.js";
import "./chunk-2GIZIRKJ.js";
import "./chunk-7J3KGZMP.js";
import "./chunk-NDEZZBSK.js";
import "./chunk-ALIB7PKA.js";
import "./chunk-HLDSGVME.js";
import "./chunk-2RFD7O56.js";
import "./chunk-OIKKH5CT.js";
import "./chunk-P6BG6FDI.js";
import "./chunk-UICKQTXJ.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-GRSMX5GK.js";
import "./chunk-WG5W2OHI.js";
import "./chunk-BWEWCTA6.js";
import "./chunk-KOLL6F45.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
