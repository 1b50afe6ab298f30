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
} from "../chunks/chunk-UV5BMIOR.js";
import "../chunks/chunk-GRQQFFF4.js";
import "../chunks/chunk-YKN77QSG.js";
import "../chunks/chunk-JAMKD7EB.js";
import "../chunks/chunk-QR6FPY4Z.js";
import "../chunks/chunk-O5UDIVKW.js";
import "../chunks/chunk-VY6WK6PX.js";
import "../chunks/chunk-TU4L2MJ6.js";
import "../chunks/chunk-EL6VZ225.js";
import "../chunks/chunk-DBJKH53Q.js";
import "../chunks/chunk-RQTWFAIY.js";
import "../chunks/chunk-V62ECQCH.js";
import "../chunks/chunk-EEYO4645.js";
import "../chunks/chunk-PRA2QH33.js";
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
