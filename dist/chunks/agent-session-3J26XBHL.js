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
} from "./chunk-EJBZHHFN.js";
import "./chunk-D3JEVFJS.js";
import "./chunk-LPVN33FQ.js";
import "./chunk-NLP7KFKT.js";
import "./chunk-6JUOKXBJ.js";
import "./chunk-JVW4YCNK.js";
import "./chunk-CSYMMO3L.js";
import "./chunk-F32OZICN.js";
import "./chunk-BW7MWD74.js";
import "./chunk-U6R7BCRD.js";
import "./chunk-SKLNER4W.js";
import "./chunk-IJECNQRO.js";
import "./chunk-BFPI4CDS.js";
import "./chunk-KWN7MN4U.js";
import "./chunk-HGPV55HB.js";
import "./chunk-EUF2EVRV.js";
import "./chunk-7I5VVGQM.js";
import "./chunk-LDFX3TI7.js";
import "./chunk-JI2ZIUBH.js";
import "./chunk-HPCVWDYG.js";
import "./chunk-WW4OZG5K.js";
import "./chunk-5OCC73VA.js";
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
