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
} from "./chunk-ROGT7ZIJ.js";
import "./chunk-ONHY3DQC.js";
import "./chunk-JDBGKPWC.js";
import "./chunk-SAKO2SAB.js";
import "./chunk-2HQX3OYK.js";
import "./chunk-XM45BAXM.js";
import "./chunk-GBN5RL6Y.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-AIP3ETVR.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
