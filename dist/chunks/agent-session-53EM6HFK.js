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
} from "./chunk-EWIHKLBI.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-6JJPAB7F.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-D74N24IJ.js";
import "./chunk-S4XO5ZVO.js";
import "./chunk-JHJHB2M5.js";
import "./chunk-O4DELAAV.js";
import "./chunk-LDLOA24P.js";
import "./chunk-SX2IGDBJ.js";
import "./chunk-OBB7BCS7.js";
import "./chunk-YKN77QSG.js";
import "./chunk-QWVYH57I.js";
import "./chunk-SNPQDZXO.js";
import "./chunk-2GGGATUO.js";
import "./chunk-E2SGZ3CN.js";
import "./chunk-JZ2O7DS5.js";
import "./chunk-EL6VZ225.js";
import "./chunk-LSZ6TB55.js";
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
