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
} from "./chunk-NT373H4N.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-JAGHNONO.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-6JUOKXBJ.js";
import "./chunk-JVW4YCNK.js";
import "./chunk-22EBR26P.js";
import "./chunk-F32OZICN.js";
import "./chunk-5236NAVI.js";
import "./chunk-U6R7BCRD.js";
import "./chunk-SKLNER4W.js";
import "./chunk-IJECNQRO.js";
import "./chunk-2VJXWQCY.js";
import "./chunk-HWF64P3J.js";
import "./chunk-MMXGPOA5.js";
import "./chunk-COJ3HLV7.js";
import "./chunk-7I5VVGQM.js";
import "./chunk-LDFX3TI7.js";
import "./chunk-JI2ZIUBH.js";
import "./chunk-SEXTVKEZ.js";
import "./chunk-WW4OZG5K.js";
import "./chunk-FPE6P7CX.js";
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
