#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-NUIEZ72L.js";
import "../chunks/chunk-GR6DHFRT.js";
import "../chunks/chunk-MUFQKR6E.js";
import "../chunks/chunk-YRS2MLKE.js";
import "../chunks/chunk-M3KMFITI.js";
import "../chunks/chunk-KPICPBXO.js";
import "../chunks/chunk-NEKQEEL3.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-VNSU4L55.js";
import "../chunks/chunk-4SSX33LN.js";
import "../chunks/chunk-X7VNXPX5.js";
import "../chunks/chunk-2OSAQFKN.js";
import "../chunks/chunk-DMTWRZQT.js";
import "../chunks/chunk-7VU3X4OT.js";
import "../chunks/chunk-E5VRE2IC.js";
import "../chunks/chunk-PXLUWPZL.js";
import "../chunks/chunk-HZO7HLZ6.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
