#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-4IODBPQH.js";
import "../chunks/chunk-LTVD2YUM.js";
import "../chunks/chunk-BVKVNAHX.js";
import "../chunks/chunk-466ABBNR.js";
import "../chunks/chunk-Q2PDEURL.js";
import "../chunks/chunk-CIW6ZZOS.js";
import "../chunks/chunk-SXXEECI7.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-BM4FYDLX.js";
import "../chunks/chunk-RIISMJCI.js";
import "../chunks/chunk-2GHPSJCN.js";
import "../chunks/chunk-KIYLYL25.js";
import "../chunks/chunk-P3QQGX5I.js";
import "../chunks/chunk-FSBINXLC.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-FBLKNUPZ.js";
import "../chunks/chunk-C7NWHMMO.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-TAVXT25J.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
