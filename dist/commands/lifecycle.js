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
} from "../chunks/chunk-2UBMAN6O.js";
import "../chunks/chunk-L5WJLUDY.js";
import "../chunks/chunk-UZGRPN35.js";
import "../chunks/chunk-QITMZZ2Z.js";
import "../chunks/chunk-STETI2QS.js";
import "../chunks/chunk-UAN2S2FX.js";
import "../chunks/chunk-ZU2H4LAN.js";
import "../chunks/chunk-E2F4EXDK.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-M35PUG3Q.js";
import "../chunks/chunk-FA2TZQJN.js";
import "../chunks/chunk-BJRH7MHS.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
