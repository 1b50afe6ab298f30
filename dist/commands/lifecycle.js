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
} from "../chunks/chunk-X7LFNMJC.js";
import "../chunks/chunk-TS2QLQ3Y.js";
import "../chunks/chunk-RAXLJ2WZ.js";
import "../chunks/chunk-SEVJ33H2.js";
import "../chunks/chunk-WSRK4GCQ.js";
import "../chunks/chunk-N5UEBWLX.js";
import "../chunks/chunk-KNTCC5EZ.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-6AKVWTIE.js";
import "../chunks/chunk-K2KC5NRD.js";
import "../chunks/chunk-UPKBUR57.js";
import "../chunks/chunk-MFKQKH7T.js";
import "../chunks/chunk-BMO4TKBA.js";
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
