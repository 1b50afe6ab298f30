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
} from "../chunks/chunk-FQ3JERBQ.js";
import "../chunks/chunk-CQQTQ2C7.js";
import "../chunks/chunk-UMNTXWU2.js";
import "../chunks/chunk-HJ3AKLGD.js";
import "../chunks/chunk-UC7EGSAN.js";
import "../chunks/chunk-J5NDJD5Q.js";
import "../chunks/chunk-3US5VT56.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-BM4FYDLX.js";
import "../chunks/chunk-UVJGCJE3.js";
import "../chunks/chunk-OVUCYZGG.js";
import "../chunks/chunk-LD4HE5IB.js";
import "../chunks/chunk-UESLIYDG.js";
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
