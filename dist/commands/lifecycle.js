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
} from "../chunks/chunk-6QZBIPKC.js";
import "../chunks/chunk-BJRHGB2X.js";
import "../chunks/chunk-RYQJM7HT.js";
import "../chunks/chunk-2RMZSGCL.js";
import "../chunks/chunk-4FBD7AMR.js";
import "../chunks/chunk-J5NDJD5Q.js";
import "../chunks/chunk-OIIP5ZE3.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-QEPEPIRY.js";
import "../chunks/chunk-DLXL6YT5.js";
import "../chunks/chunk-6CAGK36M.js";
import "../chunks/chunk-TAMHYIWY.js";
import "../chunks/chunk-LUVY6DZG.js";
import "../chunks/chunk-7VU3X4OT.js";
import "../chunks/chunk-E5VRE2IC.js";
import "../chunks/chunk-PXLUWPZL.js";
import "../chunks/chunk-HZO7HLZ6.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
