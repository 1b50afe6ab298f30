#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-LG4YPDPZ.js";
import "../chunks/chunk-WYIMA6DK.js";
import "../chunks/chunk-CT23BJIU.js";
import "../chunks/chunk-R7JVB54C.js";
import "../chunks/chunk-PW3VLMGG.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-QRGZVIGI.js";
import "../chunks/chunk-FLKIGYDD.js";
import "../chunks/chunk-5MSAQ3AA.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-WAFP4FJC.js";
import "../chunks/chunk-7SQILEP7.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
