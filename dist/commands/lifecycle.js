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
} from "../chunks/chunk-SQ6FMOBO.js";
import "../chunks/chunk-FIAH4BJQ.js";
import "../chunks/chunk-RAXLJ2WZ.js";
import "../chunks/chunk-RDHWUN4K.js";
import "../chunks/chunk-RPVB6LRU.js";
import "../chunks/chunk-DIV4Y3EH.js";
import "../chunks/chunk-GFK2ZJUO.js";
import "../chunks/chunk-NIBU65JA.js";
import "../chunks/chunk-CCSSSYRD.js";
import "../chunks/chunk-SZAPOVTF.js";
import "../chunks/chunk-UHYJCWO4.js";
import "../chunks/chunk-A2ZEHJRT.js";
import "../chunks/chunk-KN73T3XB.js";
import "../chunks/chunk-6JM3PIHH.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-TAMN4ZGX.js";
import "../chunks/chunk-5JSLMORX.js";
import "../chunks/chunk-WG5W2OHI.js";
import "../chunks/chunk-IRYUMPLD.js";
import "../chunks/chunk-ORJITX3Z.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
