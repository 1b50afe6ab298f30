#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-G6NDIRHY.js";
import "./chunk-EUL2MUIS.js";
import "./chunk-QXKJGSOH.js";
import "./chunk-WGP5OUTY.js";
import "./chunk-GCU73APW.js";
import "./chunk-FIUBVNCS.js";
import "./chunk-XM45BAXM.js";
import "./chunk-5CFTRBVM.js";
import "./chunk-6UYIBEJD.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-2DHS7WT3.js";
import "./chunk-IAF4UGKJ.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
