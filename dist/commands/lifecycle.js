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
} from "../chunks/chunk-BWPFETRP.js";
import "../chunks/chunk-7RLNDJEO.js";
import "../chunks/chunk-6IDQLEXA.js";
import "../chunks/chunk-O2NS6H5E.js";
import "../chunks/chunk-IQAFU7ZL.js";
import "../chunks/chunk-GMU45AG5.js";
import "../chunks/chunk-GBZN2V2C.js";
import "../chunks/chunk-FRNW5OR4.js";
import "../chunks/chunk-ZMESYIS6.js";
import "../chunks/chunk-UHSX4GE5.js";
import "../chunks/chunk-KWC5TMLW.js";
import "../chunks/chunk-6NWXJGJO.js";
import "../chunks/chunk-5S5N2QZM.js";
import "../chunks/chunk-XJ7OGUP3.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
