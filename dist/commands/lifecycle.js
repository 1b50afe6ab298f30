#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
} from "../chunks/chunk-5VQQTC6Z.js";
import "../chunks/chunk-MAXIEHK4.js";
import "../chunks/chunk-D5XW4RHR.js";
import "../chunks/chunk-SM5VEIGJ.js";
import "../chunks/chunk-OCXMFWX5.js";
import "../chunks/chunk-OREAJK3K.js";
import "../chunks/chunk-7J3KGZMP.js";
import "../chunks/chunk-NDEZZBSK.js";
import "../chunks/chunk-ALIB7PKA.js";
import "../chunks/chunk-HLDSGVME.js";
import "../chunks/chunk-R7N6MAOP.js";
import "../chunks/chunk-2RFD7O56.js";
import "../chunks/chunk-OIKKH5CT.js";
import "../chunks/chunk-P6BG6FDI.js";
import "../chunks/chunk-UICKQTXJ.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-GRSMX5GK.js";
import "../chunks/chunk-UDMQS7WM.js";
import "../chunks/chunk-WG5W2OHI.js";
import "../chunks/chunk-BWEWCTA6.js";
import "../chunks/chunk-KOLL6F45.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
