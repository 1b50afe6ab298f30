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
} from "../chunks/chunk-FSHOQN4Z.js";
import "../chunks/chunk-73RACFYS.js";
import "../chunks/chunk-YKN77QSG.js";
import "../chunks/chunk-JVGFVWUG.js";
import "../chunks/chunk-XJPF6BZU.js";
import "../chunks/chunk-EPMTMLB2.js";
import "../chunks/chunk-HVZ6O4J6.js";
import "../chunks/chunk-TU4L2MJ6.js";
import "../chunks/chunk-EL6VZ225.js";
import "../chunks/chunk-DBJKH53Q.js";
import "../chunks/chunk-YSQ6M2U3.js";
import "../chunks/chunk-34DHTMGO.js";
import "../chunks/chunk-EEYO4645.js";
import "../chunks/chunk-7B7YMUPF.js";
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
