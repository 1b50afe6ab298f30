#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-KSFBPDGR.js";
import "./chunk-VK4F3HHC.js";
import "./chunk-QDYUYNQG.js";
import "./chunk-7O4YIXJO.js";
import "./chunk-CJQ5KOLK.js";
import "./chunk-MWR2AODE.js";
import "./chunk-5PDNFTRC.js";
import "./chunk-AEVGWCFO.js";
import "./chunk-XABYDO6B.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-YKM2KWSZ.js";
import "./chunk-LU5TSSSA.js";
import "./chunk-7XVGDBHD.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
