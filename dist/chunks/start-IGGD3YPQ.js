#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-YT6HL3ZF.js";
import "./chunk-VW24XP2M.js";
import "./chunk-UOTVA6DW.js";
import "./chunk-ZQZGASPI.js";
import "./chunk-VSGGWNSL.js";
import "./chunk-XM45BAXM.js";
import "./chunk-ZHBEDJFT.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-FVNY36H5.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
