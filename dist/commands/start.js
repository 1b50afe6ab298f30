#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-5CIYPOCN.js";
import "../chunks/chunk-7BNSDTJZ.js";
import "../chunks/chunk-F7S73ZAZ.js";
import "../chunks/chunk-QDYUYNQG.js";
import "../chunks/chunk-5PDNFTRC.js";
import "../chunks/chunk-SFWZ2PQX.js";
import "../chunks/chunk-IY7MKFWO.js";
import "../chunks/chunk-LELWGRLU.js";
import "../chunks/chunk-YKM2KWSZ.js";
import "../chunks/chunk-XABYDO6B.js";
import "../chunks/chunk-LU5TSSSA.js";
import "../chunks/chunk-7XVGDBHD.js";
import "../chunks/chunk-SCIR3M4K.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
