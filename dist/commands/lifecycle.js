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
} from "../chunks/chunk-PDNOTVIX.js";
import "../chunks/chunk-PQV75RVJ.js";
import "../chunks/chunk-YKN77QSG.js";
import "../chunks/chunk-IE3K4KV4.js";
import "../chunks/chunk-VFEPMLB2.js";
import "../chunks/chunk-Z5YJ2L64.js";
import "../chunks/chunk-PPQDWOOX.js";
import "../chunks/chunk-TU4L2MJ6.js";
import "../chunks/chunk-EL6VZ225.js";
import "../chunks/chunk-DBJKH53Q.js";
import "../chunks/chunk-4SDVJIBZ.js";
import "../chunks/chunk-X55YXDF5.js";
import "../chunks/chunk-EEYO4645.js";
import "../chunks/chunk-4ZRKVBT5.js";
import "../chunks/chunk-7E5CRINH.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-HUG4EZO3.js";
import "../chunks/chunk-FRQYFUSM.js";
import "../chunks/chunk-X2JOUVYR.js";
import "../chunks/chunk-MLNENVTA.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
