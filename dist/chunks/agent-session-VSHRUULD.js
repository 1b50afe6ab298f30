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
} from "./chunk-DFP3GIMM.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-UITEO6MP.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-7NQA3TYW.js";
import "./chunk-OVHQFJON.js";
import "./chunk-JHJHB2M5.js";
import "./chunk-O4DELAAV.js";
import "./chunk-KC2ELXZS.js";
import "./chunk-SX2IGDBJ.js";
import "./chunk-OBB7BCS7.js";
import "./chunk-YKN77QSG.js";
import "./chunk-JVGFVWUG.js";
import "./chunk-XJPF6BZU.js";
import "./chunk-22FLSYI3.js";
import "./chunk-HVZ6O4J6.js";
import "./chunk-TU4L2MJ6.js";
import "./chunk-EL6VZ225.js";
import "./chunk-DBJKH53Q.js";
import "./chunk-34DHTMGO.js";
import "./chunk-EEYO4645.js";
import "./chunk-7B7YMUPF.js";
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
