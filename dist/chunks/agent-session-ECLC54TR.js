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
} from "./chunk-4G2GW3SS.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-64YHGDA4.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-6JUOKXBJ.js";
import "./chunk-JVW4YCNK.js";
import "./chunk-22EBR26P.js";
import "./chunk-F32OZICN.js";
import "./chunk-RB52VBWL.js";
import "./chunk-U6R7BCRD.js";
import "./chunk-SKLNER4W.js";
import "./chunk-IJECNQRO.js";
import "./chunk-PYZIBGVR.js";
import "./chunk-KWN7MN4U.js";
import "./chunk-MUFWG7PJ.js";
import "./chunk-F5RTDBO2.js";
import "./chunk-7I5VVGQM.js";
import "./chunk-LDFX3TI7.js";
import "./chunk-JI2ZIUBH.js";
import "./chunk-RFB255N5.js";
import "./chunk-WW4OZG5K.js";
import "./chunk-64FM76TC.js";
import "./chunk-CWT6G27S.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-I2AGUFT2.js";
import "./chunk-AQJZLCXN.js";
import "./chunk-VCZ3DIL2.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
