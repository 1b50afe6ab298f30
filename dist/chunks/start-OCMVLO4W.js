#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-IAQ5HHSC.js";
import "./chunk-CU3XU3EZ.js";
import "./chunk-JIJY37Y5.js";
import "./chunk-4PGZBRJ4.js";
import "./chunk-6ROMF7D3.js";
import "./chunk-C5UWGLUC.js";
import "./chunk-M4YDXADM.js";
import "./chunk-4SR7U3NO.js";
import "./chunk-4ICMYI7G.js";
import "./chunk-QZE5634O.js";
import "./chunk-IYSQNSLM.js";
import "./chunk-XM45BAXM.js";
import "./chunk-LT3AKC6Z.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-YFWHDMWD.js";
import "./chunk-OHIKT4CA.js";
import "./chunk-TBLTF3DN.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
