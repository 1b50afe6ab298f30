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
} from "./chunk-VTIIFGBX.js";
import "./chunk-YRA2UFBK.js";
import "./chunk-QXKJGSOH.js";
import "./chunk-KZK5SOA5.js";
import "./chunk-MG6YO35T.js";
import "./chunk-Q4PNYD6J.js";
import "./chunk-XM45BAXM.js";
import "./chunk-6TF43P2B.js";
import "./chunk-6UYIBEJD.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-2DHS7WT3.js";
import "./chunk-IAF4UGKJ.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
