#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-KVIQFHOJ.js";
import "./chunk-ZF7ZMRFW.js";
import "./chunk-WRJXFHPD.js";
import "./chunk-UCB43MB3.js";
import "./chunk-RPRQENKD.js";
import "./chunk-XM45BAXM.js";
import "./chunk-QFXLSZHV.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-JC3T2NKX.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
