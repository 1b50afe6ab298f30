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
} from "../chunks/chunk-JL5X3RFY.js";
import "../chunks/chunk-V3SQ3NZU.js";
import "../chunks/chunk-PT2OBG6H.js";
import "../chunks/chunk-22RI24CL.js";
import "../chunks/chunk-VZ5R3D5T.js";
import "../chunks/chunk-I5RVTTKW.js";
import "../chunks/chunk-MMSX5NP5.js";
import "../chunks/chunk-BMNP5SM7.js";
import "../chunks/chunk-QJDSB6GD.js";
import "../chunks/chunk-PX77RGCP.js";
import "../chunks/chunk-UVGOOMMA.js";
import "../chunks/chunk-U6D34C3H.js";
import "../chunks/chunk-XL3GW3QV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
