#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-2LW64JHU.js";
import "../chunks/chunk-POWFWSP6.js";
import "../chunks/chunk-YKN77QSG.js";
import "../chunks/chunk-Y7WIUVWH.js";
import "../chunks/chunk-3FO2LXIJ.js";
import "../chunks/chunk-TL25HQRA.js";
import "../chunks/chunk-BSJKVHAO.js";
import "../chunks/chunk-TU4L2MJ6.js";
import "../chunks/chunk-EL6VZ225.js";
import "../chunks/chunk-DBJKH53Q.js";
import "../chunks/chunk-S6S7ILHC.js";
import "../chunks/chunk-XHKOQ4I6.js";
import "../chunks/chunk-EEYO4645.js";
import "../chunks/chunk-PXNXUUJQ.js";
import "../chunks/chunk-7E5CRINH.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-HUG4EZO3.js";
import "../chunks/chunk-FRQYFUSM.js";
import "../chunks/chunk-X2JOUVYR.js";
import "../chunks/chunk-MLNENVTA.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
