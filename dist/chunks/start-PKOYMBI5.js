#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-KT5WOJBD.js";
import "./chunk-XZHHHQ4D.js";
import "./chunk-DB26RA2C.js";
import "./chunk-WDWFYUMM.js";
import "./chunk-VM6H5HU7.js";
import "./chunk-2CQ2CZ6F.js";
import "./chunk-WV5WTJR3.js";
import "./chunk-GCXWWHAT.js";
import "./chunk-MATBB7BT.js";
import "./chunk-P7WDVDQ5.js";
import "./chunk-AVNUWBDK.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
