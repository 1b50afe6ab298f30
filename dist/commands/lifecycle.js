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
} from "../chunks/chunk-OTWM6CWM.js";
import "../chunks/chunk-TFDMAHD4.js";
import "../chunks/chunk-EFMFIHOP.js";
import "../chunks/chunk-YIA5UB57.js";
import "../chunks/chunk-TQNCU6C2.js";
import "../chunks/chunk-J5NDJD5Q.js";
import "../chunks/chunk-YWOK6NIX.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-BM4FYDLX.js";
import "../chunks/chunk-ASQMZ57P.js";
import "../chunks/chunk-SGERN2WW.js";
import "../chunks/chunk-CTUGRVWI.js";
import "../chunks/chunk-5T3MVE66.js";
import "../chunks/chunk-7VU3X4OT.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-E5VRE2IC.js";
import "../chunks/chunk-C7NWHMMO.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-TAVXT25J.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
