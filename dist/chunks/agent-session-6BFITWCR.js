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
} from "./chunk-5SGTIG2N.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-36HD3TWY.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-D74N24IJ.js";
import "./chunk-S4XO5ZVO.js";
import "./chunk-JHJHB2M5.js";
import "./chunk-O4DELAAV.js";
import "./chunk-HWBFFX6Z.js";
import "./chunk-SX2IGDBJ.js";
import "./chunk-OBB7BCS7.js";
import "./chunk-YKN77QSG.js";
import "./chunk-IRMJ7G4O.js";
import "./chunk-QU6SXSJY.js";
import "./chunk-SPSJTJYS.js";
import "./chunk-ICO5EHK6.js";
import "./chunk-JZ2O7DS5.js";
import "./chunk-EL6VZ225.js";
import "./chunk-LSZ6TB55.js";
import "./chunk-XHG4KCFL.js";
import "./chunk-EEYO4645.js";
import "./chunk-FGL77RPM.js";
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
