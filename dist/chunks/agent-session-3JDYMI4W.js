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
} from "./chunk-SMLF5KGD.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-C5HKSE6D.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-3RRRMSXF.js";
import "./chunk-QG4O3ZXE.js";
import "./chunk-JHJHB2M5.js";
import "./chunk-O4DELAAV.js";
import "./chunk-GFNDKCFB.js";
import "./chunk-SX2IGDBJ.js";
import "./chunk-OBB7BCS7.js";
import "./chunk-YKN77QSG.js";
import "./chunk-QWVYH57I.js";
import "./chunk-SNPQDZXO.js";
import "./chunk-75NRSTTW.js";
import "./chunk-QDTIZFQT.js";
import "./chunk-IEKGUN3T.js";
import "./chunk-EL6VZ225.js";
import "./chunk-4UOQRGRX.js";
import "./chunk-IAR2ZH2O.js";
import "./chunk-EEYO4645.js";
import "./chunk-INSBCGV2.js";
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
