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
} from "../chunks/chunk-MB5K6LJ6.js";
import "../chunks/chunk-CEGLN36I.js";
import "../chunks/chunk-RS3M7O5F.js";
import "../chunks/chunk-22RI24CL.js";
import "../chunks/chunk-VZ5R3D5T.js";
import "../chunks/chunk-PFUPCGDC.js";
import "../chunks/chunk-2ILKU5WD.js";
import "../chunks/chunk-LLUIFKWQ.js";
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
