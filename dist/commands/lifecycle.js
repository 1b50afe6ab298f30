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
} from "../chunks/chunk-X72XVVV7.js";
import "../chunks/chunk-S2AIKGSK.js";
import "../chunks/chunk-RAXLJ2WZ.js";
import "../chunks/chunk-V4TPBU2Y.js";
import "../chunks/chunk-I3BCLQVF.js";
import "../chunks/chunk-JRIOYBNP.js";
import "../chunks/chunk-DIBM7N5E.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-6AKVWTIE.js";
import "../chunks/chunk-4LZWEWXJ.js";
import "../chunks/chunk-5HXTRXGS.js";
import "../chunks/chunk-MFKQKH7T.js";
import "../chunks/chunk-GXWVTGY7.js";
import "../chunks/chunk-6JM3PIHH.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-TAMN4ZGX.js";
import "../chunks/chunk-EOATEAQ7.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-IRYUMPLD.js";
import "../chunks/chunk-ORJITX3Z.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
