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
} from "../chunks/chunk-5WOWU22K.js";
import "../chunks/chunk-VV52XCXB.js";
import "../chunks/chunk-RAXLJ2WZ.js";
import "../chunks/chunk-34FZJWLQ.js";
import "../chunks/chunk-I3BCLQVF.js";
import "../chunks/chunk-VAY3XEDT.js";
import "../chunks/chunk-NX3YPKQY.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-6AKVWTIE.js";
import "../chunks/chunk-MMOWTJWX.js";
import "../chunks/chunk-UGWCRD3M.js";
import "../chunks/chunk-MFKQKH7T.js";
import "../chunks/chunk-S6T7X4VP.js";
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
