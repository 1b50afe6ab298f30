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
} from "../chunks/chunk-VQVJNLKJ.js";
import "../chunks/chunk-KKVQU27T.js";
import "../chunks/chunk-D5XW4RHR.js";
import "../chunks/chunk-DWMACTH5.js";
import "../chunks/chunk-4DJEBDQ4.js";
import "../chunks/chunk-WNQHUQGF.js";
import "../chunks/chunk-A4L47QHW.js";
import "../chunks/chunk-HDTX23PT.js";
import "../chunks/chunk-HLDSGVME.js";
import "../chunks/chunk-UW5IHIVT.js";
import "../chunks/chunk-2XJ4DEKD.js";
import "../chunks/chunk-OIKKH5CT.js";
import "../chunks/chunk-ZXUBSRQL.js";
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
