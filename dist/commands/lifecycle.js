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
} from "../chunks/chunk-XGM4LK2P.js";
import "../chunks/chunk-CC6AYETW.js";
import "../chunks/chunk-MUFQKR6E.js";
import "../chunks/chunk-ESNINNGE.js";
import "../chunks/chunk-F5PQLZD7.js";
import "../chunks/chunk-KPICPBXO.js";
import "../chunks/chunk-IFAU5NNJ.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-OBKY6UJF.js";
import "../chunks/chunk-SGPCSXLQ.js";
import "../chunks/chunk-LUENCKWX.js";
import "../chunks/chunk-2OSAQFKN.js";
import "../chunks/chunk-DMTWRZQT.js";
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
