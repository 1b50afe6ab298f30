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
} from "../chunks/chunk-KC3OKNFT.js";
import "../chunks/chunk-6ARBR3OD.js";
import "../chunks/chunk-EFMFIHOP.js";
import "../chunks/chunk-VXDC7PIE.js";
import "../chunks/chunk-BPBMSM42.js";
import "../chunks/chunk-J5NDJD5Q.js";
import "../chunks/chunk-KH3AOPNK.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-V2XUWBVV.js";
import "../chunks/chunk-AHIMYM3P.js";
import "../chunks/chunk-4TEC3K67.js";
import "../chunks/chunk-JOBDZV2J.js";
import "../chunks/chunk-5T3MVE66.js";
import "../chunks/chunk-7VU3X4OT.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-E5VRE2IC.js";
import "../chunks/chunk-HA43WBB2.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-THQFSIYK.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
