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
} from "./chunk-VMDZVCZN.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-7MOH3JFD.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-QM5L2TW3.js";
import "./chunk-OLX7WK4A.js";
import "./chunk-JHJHB2M5.js";
import "./chunk-O4DELAAV.js";
import "./chunk-QMZXATRO.js";
import "./chunk-SX2IGDBJ.js";
import "./chunk-OBB7BCS7.js";
import "./chunk-YKN77QSG.js";
import "./chunk-OBO4AYCL.js";
import "./chunk-3VXYNT5A.js";
import "./chunk-CJ25Z75V.js";
import "./chunk-TETPMYFG.js";
import "./chunk-O44GVA2L.js";
import "./chunk-EL6VZ225.js";
import "./chunk-P3IB3F72.js";
import "./chunk-T5QRKEOB.js";
import "./chunk-EEYO4645.js";
import "./chunk-WJKR2G64.js";
import "./chunk-7E5CRINH.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-HUG4EZO3.js";
import "./chunk-X2JOUVYR.js";
import "./chunk-MLNENVTA.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
