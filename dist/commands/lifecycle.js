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
} from "../chunks/chunk-5FPL2R5D.js";
import "../chunks/chunk-RQMF7LOR.js";
import "../chunks/chunk-ULTIGOTR.js";
import "../chunks/chunk-OBNZGPVQ.js";
import "../chunks/chunk-KZCEJF4J.js";
import "../chunks/chunk-DO3VPEKM.js";
import "../chunks/chunk-LOPW5XMI.js";
import "../chunks/chunk-YLSPWGBK.js";
import "../chunks/chunk-JNF5BDQV.js";
import "../chunks/chunk-JXZR2EDP.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-JPNUL5SF.js";
import "../chunks/chunk-BW3LVNYN.js";
import "../chunks/chunk-UQ3WY2TQ.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
