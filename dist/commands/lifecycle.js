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
} from "../chunks/chunk-76BHBX3T.js";
import "../chunks/chunk-NQ6TZ3YN.js";
import "../chunks/chunk-IA55PWFR.js";
import "../chunks/chunk-5X5K4SBD.js";
import "../chunks/chunk-KITHYQZK.js";
import "../chunks/chunk-GYATPCHU.js";
import "../chunks/chunk-MPPYDXS6.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-SSBXB6WK.js";
import "../chunks/chunk-SMKO5JXE.js";
import "../chunks/chunk-F7UVMLOV.js";
import "../chunks/chunk-JVKNHYDJ.js";
import "../chunks/chunk-BRHYZ7BU.js";
import "../chunks/chunk-HSCG2FPA.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-TAMN4ZGX.js";
import "../chunks/chunk-GE3SKCC5.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-AJ5POHAS.js";
import "../chunks/chunk-ORJITX3Z.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
