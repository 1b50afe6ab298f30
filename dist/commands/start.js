#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-NRRX6IL4.js";
import "../chunks/chunk-ANVF2OY7.js";
import "../chunks/chunk-RYQJM7HT.js";
import "../chunks/chunk-2RMZSGCL.js";
import "../chunks/chunk-QAMVD5GB.js";
import "../chunks/chunk-KPICPBXO.js";
import "../chunks/chunk-GRYYDFAG.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-QEPEPIRY.js";
import "../chunks/chunk-JYUZ5CL6.js";
import "../chunks/chunk-6CAGK36M.js";
import "../chunks/chunk-C3I3JUAB.js";
import "../chunks/chunk-LUVY6DZG.js";
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
