#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-AKTXPOVE.js";
import "../chunks/chunk-M5QO4Q5B.js";
import "../chunks/chunk-BKP366WD.js";
import "../chunks/chunk-BR66AJG3.js";
import "../chunks/chunk-CIW6ZZOS.js";
import "../chunks/chunk-57OZE6MK.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-BM4FYDLX.js";
import "../chunks/chunk-5LVNUEBY.js";
import "../chunks/chunk-WYJWUGRJ.js";
import "../chunks/chunk-VCTU262T.js";
import "../chunks/chunk-ZDFQQK4A.js";
import "../chunks/chunk-RCI6SKUB.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-FSBINXLC.js";
import "../chunks/chunk-FBLKNUPZ.js";
import "../chunks/chunk-BIHPKXCC.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-TAVXT25J.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
