#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-JRGPQGFD.js";
import "../chunks/chunk-Z5IEBQ5I.js";
import "../chunks/chunk-W72IVGXF.js";
import "../chunks/chunk-GUAKHFSG.js";
import "../chunks/chunk-ZR7E3S4F.js";
import "../chunks/chunk-W6TIKAWW.js";
import "../chunks/chunk-PAYGTZCX.js";
import "../chunks/chunk-42TEKC6Z.js";
import "../chunks/chunk-M42JMBVK.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-SSGQVMIC.js";
import "../chunks/chunk-BW3LVNYN.js";
import "../chunks/chunk-7HCBMBWJ.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
