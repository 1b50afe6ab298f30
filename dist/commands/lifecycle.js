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
} from "../chunks/chunk-YMOBOMOK.js";
import "../chunks/chunk-4OLUB2SY.js";
import "../chunks/chunk-RAXLJ2WZ.js";
import "../chunks/chunk-6YZKCJST.js";
import "../chunks/chunk-RPVB6LRU.js";
import "../chunks/chunk-NXEI4QVV.js";
import "../chunks/chunk-63YUR5IR.js";
import "../chunks/chunk-JWKQJQAM.js";
import "../chunks/chunk-CCSSSYRD.js";
import "../chunks/chunk-A7CBIHZO.js";
import "../chunks/chunk-73S452KY.js";
import "../chunks/chunk-A2ZEHJRT.js";
import "../chunks/chunk-VMQXWKO2.js";
import "../chunks/chunk-6JM3PIHH.js";
import "../chunks/chunk-NNPSBKSI.js";
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
