#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-MTBDOHCQ.js";
import "./chunk-DYDXD3E3.js";
import "./chunk-7FU42SM4.js";
import "./chunk-NSQIELOC.js";
import "./chunk-W6FQHRP3.js";
import "./chunk-JW5MEVOW.js";
import "./chunk-BTER6UUI.js";
import "./chunk-MFACJFIK.js";
import "./chunk-IDXUZW5Q.js";
import "./chunk-QZE5634O.js";
import "./chunk-ZSJKWUVF.js";
import "./chunk-XM45BAXM.js";
import "./chunk-Z25ZALIU.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-5WLR4FQL.js";
import "./chunk-OHIKT4CA.js";
import "./chunk-TBLTF3DN.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
