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
} from "../chunks/chunk-JJCAK7TI.js";
import "../chunks/chunk-OBHWLX57.js";
import "../chunks/chunk-YKN77QSG.js";
import "../chunks/chunk-OBO4AYCL.js";
import "../chunks/chunk-3VXYNT5A.js";
import "../chunks/chunk-DINN2OLQ.js";
import "../chunks/chunk-TETPMYFG.js";
import "../chunks/chunk-O44GVA2L.js";
import "../chunks/chunk-EL6VZ225.js";
import "../chunks/chunk-P3IB3F72.js";
import "../chunks/chunk-BNLDGPFM.js";
import "../chunks/chunk-T5QRKEOB.js";
import "../chunks/chunk-EEYO4645.js";
import "../chunks/chunk-WJKR2G64.js";
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
