#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-FFBZLB5A.js";
import "../chunks/chunk-UW2K7HUN.js";
import "../chunks/chunk-LM2DAL23.js";
import "../chunks/chunk-DQIATJSU.js";
import "../chunks/chunk-C6PMHQHF.js";
import "../chunks/chunk-FRNW5OR4.js";
import "../chunks/chunk-GJS43CM7.js";
import "../chunks/chunk-XZV3CPPH.js";
import "../chunks/chunk-CQOCIXZH.js";
import "../chunks/chunk-P5N6OVBQ.js";
import "../chunks/chunk-7O43D7JW.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
