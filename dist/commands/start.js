#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-IQMY2AWW.js";
import "../chunks/chunk-M2A7P5RA.js";
import "../chunks/chunk-5UQUSSYE.js";
import "../chunks/chunk-IY4T2HF6.js";
import "../chunks/chunk-ATW7OLLE.js";
import "../chunks/chunk-FVVHJQBP.js";
import "../chunks/chunk-RKFZI3XQ.js";
import "../chunks/chunk-3CPTZKBU.js";
import "../chunks/chunk-ALIB7PKA.js";
import "../chunks/chunk-DY4KF6Z6.js";
import "../chunks/chunk-RTA2ARW3.js";
import "../chunks/chunk-D5NTVCLW.js";
import "../chunks/chunk-6D42O7QL.js";
import "../chunks/chunk-7S5LU6CN.js";
import "../chunks/chunk-3WJJRITD.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-6EVNHS7L.js";
import "../chunks/chunk-XLOI62A3.js";
import "../chunks/chunk-WG5W2OHI.js";
import "../chunks/chunk-MKQHAUPF.js";
import "../chunks/chunk-WPQNHNMC.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
