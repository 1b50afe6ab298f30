#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-6KB3564L.js";
import "./chunk-CT5AB3UX.js";
import "./chunk-IIMP7CKD.js";
import "./chunk-NSQIELOC.js";
import "./chunk-JQNBLH75.js";
import "./chunk-V3ZPKSMX.js";
import "./chunk-BTER6UUI.js";
import "./chunk-2QA3BORK.js";
import "./chunk-IDXUZW5Q.js";
import "./chunk-QZE5634O.js";
import "./chunk-PP7C45VP.js";
import "./chunk-XM45BAXM.js";
import "./chunk-X5DH66PQ.js";
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
