#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
} from "../chunks/chunk-J7435ZCQ.js";
import "../chunks/chunk-YNRN7YFE.js";
import "../chunks/chunk-IJECNQRO.js";
import "../chunks/chunk-NHPFDWQV.js";
import "../chunks/chunk-5OWANHEA.js";
import "../chunks/chunk-KLH3PJAR.js";
import "../chunks/chunk-DSZIPRMJ.js";
import "../chunks/chunk-7I5VVGQM.js";
import "../chunks/chunk-LDFX3TI7.js";
import "../chunks/chunk-JI2ZIUBH.js";
import "../chunks/chunk-D6DKZJSZ.js";
import "../chunks/chunk-DWBWGEGF.js";
import "../chunks/chunk-WW4OZG5K.js";
import "../chunks/chunk-THQTE2TH.js";
import "../chunks/chunk-CWT6G27S.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-I2AGUFT2.js";
import "../chunks/chunk-XVYWDKE7.js";
import "../chunks/chunk-AQJZLCXN.js";
import "../chunks/chunk-VCZ3DIL2.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
