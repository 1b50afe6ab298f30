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
} from "./chunk-BPYABFDD.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-S76RM3XJ.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-7NQA3TYW.js";
import "./chunk-OVHQFJON.js";
import "./chunk-22EBR26P.js";
import "./chunk-O4DELAAV.js";
import "./chunk-Q6TAYOYJ.js";
import "./chunk-SX2IGDBJ.js";
import "./chunk-OBB7BCS7.js";
import "./chunk-YKN77QSG.js";
import "./chunk-OJZYG54J.js";
import "./chunk-NPM3NPGM.js";
import "./chunk-BEGCF6YX.js";
import "./chunk-SGZHSVBT.js";
import "./chunk-TU4L2MJ6.js";
import "./chunk-EL6VZ225.js";
import "./chunk-DBJKH53Q.js";
import "./chunk-RZVTVI5I.js";
import "./chunk-EEYO4645.js";
import "./chunk-W7Z64KTJ.js";
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
