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
} from "../chunks/chunk-NIQHHAB5.js";
import "../chunks/chunk-AMWRVPBD.js";
import "../chunks/chunk-RAXLJ2WZ.js";
import "../chunks/chunk-JRAJTBXG.js";
import "../chunks/chunk-I3BCLQVF.js";
import "../chunks/chunk-KR35KOET.js";
import "../chunks/chunk-W4GYS2BD.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-6AKVWTIE.js";
import "../chunks/chunk-YMHPVEIN.js";
import "../chunks/chunk-KTMBU7DG.js";
import "../chunks/chunk-MFKQKH7T.js";
import "../chunks/chunk-JZD34VSH.js";
import "../chunks/chunk-6JM3PIHH.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-TAMN4ZGX.js";
import "../chunks/chunk-EOATEAQ7.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-IRYUMPLD.js";
import "../chunks/chunk-ORJITX3Z.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
