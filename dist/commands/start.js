#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-UH7IJGOT.js";
import "../chunks/chunk-YJBOO5A3.js";
import "../chunks/chunk-YKN77QSG.js";
import "../chunks/chunk-QWVYH57I.js";
import "../chunks/chunk-SNPQDZXO.js";
import "../chunks/chunk-NC6ABWDT.js";
import "../chunks/chunk-E2SGZ3CN.js";
import "../chunks/chunk-JZ2O7DS5.js";
import "../chunks/chunk-EL6VZ225.js";
import "../chunks/chunk-LSZ6TB55.js";
import "../chunks/chunk-XZ3U2PXD.js";
import "../chunks/chunk-IAR2ZH2O.js";
import "../chunks/chunk-EEYO4645.js";
import "../chunks/chunk-INSBCGV2.js";
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
