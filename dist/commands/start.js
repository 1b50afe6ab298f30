#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-VEDDLVAX.js";
import "../chunks/chunk-FQ4NLCWG.js";
import "../chunks/chunk-MUFQKR6E.js";
import "../chunks/chunk-N74D5XTB.js";
import "../chunks/chunk-J6BT3IFF.js";
import "../chunks/chunk-KPICPBXO.js";
import "../chunks/chunk-FVRYEQBV.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-4ATAPMNL.js";
import "../chunks/chunk-SYCCDEUQ.js";
import "../chunks/chunk-MLHYCOTC.js";
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
