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
} from "../chunks/chunk-AT4CDGJN.js";
import "../chunks/chunk-V5UZHYHN.js";
import "../chunks/chunk-HAWDIMHT.js";
import "../chunks/chunk-QDYUYNQG.js";
import "../chunks/chunk-5PDNFTRC.js";
import "../chunks/chunk-BU3XQIMY.js";
import "../chunks/chunk-XPH6TCEF.js";
import "../chunks/chunk-NNHGH6Q2.js";
import "../chunks/chunk-XABYDO6B.js";
import "../chunks/chunk-YKM2KWSZ.js";
import "../chunks/chunk-LU5TSSSA.js";
import "../chunks/chunk-7XVGDBHD.js";
import "../chunks/chunk-SCIR3M4K.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
