#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-QAWXJ3PX.js";
import "./chunk-LT4EYEFY.js";
import "./chunk-INZ66FI3.js";
import "./chunk-OWKGF24X.js";
import "./chunk-JO42X2IV.js";
import "./chunk-XM45BAXM.js";
import "./chunk-RNEB3S5X.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-JC3T2NKX.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
