#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-IZCO722T.js";
import "../chunks/chunk-TIZ3RVHI.js";
import "../chunks/chunk-5SQVI4IY.js";
import "../chunks/chunk-DQIATJSU.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-KRQ4ZEEM.js";
import "../chunks/chunk-G2RGKLOY.js";
import "../chunks/chunk-3SIRJSAH.js";
import "../chunks/chunk-P5N6OVBQ.js";
import "../chunks/chunk-OARWSS5U.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
