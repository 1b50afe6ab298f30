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
} from "./chunk-HWN6RWZ2.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-I2LB3NO7.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-7NQA3TYW.js";
import "./chunk-OVHQFJON.js";
import "./chunk-JHJHB2M5.js";
import "./chunk-O4DELAAV.js";
import "./chunk-ZJFNTVPG.js";
import "./chunk-SX2IGDBJ.js";
import "./chunk-OBB7BCS7.js";
import "./chunk-YKN77QSG.js";
import "./chunk-Y7WIUVWH.js";
import "./chunk-3FO2LXIJ.js";
import "./chunk-3WTJLBKC.js";
import "./chunk-BSJKVHAO.js";
import "./chunk-TU4L2MJ6.js";
import "./chunk-EL6VZ225.js";
import "./chunk-DBJKH53Q.js";
import "./chunk-XHKOQ4I6.js";
import "./chunk-EEYO4645.js";
import "./chunk-PXNXUUJQ.js";
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
