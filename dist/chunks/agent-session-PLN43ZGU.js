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
} from "./chunk-VMOGWZC7.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-WY2X6S32.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-7NQA3TYW.js";
import "./chunk-OVHQFJON.js";
import "./chunk-22EBR26P.js";
import "./chunk-O4DELAAV.js";
import "./chunk-GT2SPKIS.js";
import "./chunk-SX2IGDBJ.js";
import "./chunk-OBB7BCS7.js";
import "./chunk-YKN77QSG.js";
import "./chunk-MY3DR4JX.js";
import "./chunk-UOFDPK7C.js";
import "./chunk-2B2GMIOW.js";
import "./chunk-WQ47AYKW.js";
import "./chunk-TU4L2MJ6.js";
import "./chunk-EL6VZ225.js";
import "./chunk-DBJKH53Q.js";
import "./chunk-VX7SB2CN.js";
import "./chunk-EEYO4645.js";
import "./chunk-WISOKWCH.js";
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
