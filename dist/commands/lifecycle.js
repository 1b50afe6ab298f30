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
} from "../chunks/chunk-3LDLBWHC.js";
import "../chunks/chunk-VLF7DK7H.js";
import "../chunks/chunk-RAXLJ2WZ.js";
import "../chunks/chunk-7W4MKJMC.js";
import "../chunks/chunk-FDFO4YSH.js";
import "../chunks/chunk-4KUEGWVE.js";
import "../chunks/chunk-VM4PATTD.js";
import "../chunks/chunk-JWKQJQAM.js";
import "../chunks/chunk-CCSSSYRD.js";
import "../chunks/chunk-4KUBK6IO.js";
import "../chunks/chunk-DUSKCN6O.js";
import "../chunks/chunk-MFKQKH7T.js";
import "../chunks/chunk-VFCBG7PE.js";
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
