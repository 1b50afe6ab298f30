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
} from "../chunks/chunk-44VGTLVN.js";
import "../chunks/chunk-6VV3R3WH.js";
import "../chunks/chunk-T4XFQDGN.js";
import "../chunks/chunk-FZND2BS4.js";
import "../chunks/chunk-A65BQE3L.js";
import "../chunks/chunk-TU3KJFLT.js";
import "../chunks/chunk-6SNJXZNB.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-4MOPLRYY.js";
import "../chunks/chunk-3D6NFJD4.js";
import "../chunks/chunk-7YRPDIK6.js";
import "../chunks/chunk-WTXDUDQT.js";
import "../chunks/chunk-VJ42LEBZ.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-PXLUWPZL.js";
import "../chunks/chunk-HZO7HLZ6.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
