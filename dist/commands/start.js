#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-HVRE5DQU.js";
import "../chunks/chunk-A3B7ACF6.js";
import "../chunks/chunk-YKN77QSG.js";
import "../chunks/chunk-QWVYH57I.js";
import "../chunks/chunk-SNPQDZXO.js";
import "../chunks/chunk-NC6ABWDT.js";
import "../chunks/chunk-QDTIZFQT.js";
import "../chunks/chunk-IEKGUN3T.js";
import "../chunks/chunk-EL6VZ225.js";
import "../chunks/chunk-4UOQRGRX.js";
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
