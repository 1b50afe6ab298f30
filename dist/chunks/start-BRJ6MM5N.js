#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-ONDIRKD7.js";
import "./chunk-WZHMGABV.js";
import "./chunk-7G3IAQR3.js";
import "./chunk-THRHOLZE.js";
import "./chunk-OSSBSXNM.js";
import "./chunk-OFLOQF3V.js";
import "./chunk-5PDNFTRC.js";
import "./chunk-TNROCIQI.js";
import "./chunk-3MO3Q4IC.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-YKM2KWSZ.js";
import "./chunk-LU5TSSSA.js";
import "./chunk-7XVGDBHD.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
