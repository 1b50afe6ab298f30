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
} from "../chunks/chunk-DY7JGA7I.js";
import "../chunks/chunk-A5MX5SV3.js";
import "../chunks/chunk-WJ55UUL4.js";
import "../chunks/chunk-7LM27ABS.js";
import "../chunks/chunk-ATW7OLLE.js";
import "../chunks/chunk-RQBG56V4.js";
import "../chunks/chunk-G23VFDJI.js";
import "../chunks/chunk-SJOOO4TB.js";
import "../chunks/chunk-ALIB7PKA.js";
import "../chunks/chunk-U4ZQT7XX.js";
import "../chunks/chunk-V2LJB4MI.js";
import "../chunks/chunk-5WJIGX6R.js";
import "../chunks/chunk-7FYFWPIF.js";
import "../chunks/chunk-PGIAUA2D.js";
import "../chunks/chunk-ELDDV6IS.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-6EVNHS7L.js";
import "../chunks/chunk-K3RJOZ7P.js";
import "../chunks/chunk-WG5W2OHI.js";
import "../chunks/chunk-JFMKBDAN.js";
import "../chunks/chunk-WPQNHNMC.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
