#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-XCLUY7RB.js";
import "../chunks/chunk-WYL5M5QN.js";
import "../chunks/chunk-2MRVZE4S.js";
import "../chunks/chunk-O2MTIDFU.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-Q6HIZ3H7.js";
import "../chunks/chunk-WGPYOGLZ.js";
import "../chunks/chunk-ERNOCSBB.js";
import "../chunks/chunk-V3UHJ7GA.js";
import "../chunks/chunk-OARWSS5U.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-XL3GW3QV.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
