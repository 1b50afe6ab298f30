#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-6TMIUPFW.js";
import "../chunks/chunk-HDKTH2FD.js";
import "../chunks/chunk-IA55PWFR.js";
import "../chunks/chunk-R4GOOYR7.js";
import "../chunks/chunk-5TFOFKU6.js";
import "../chunks/chunk-EKSFUVUM.js";
import "../chunks/chunk-R3KQTBND.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-SSBXB6WK.js";
import "../chunks/chunk-4VD3PU5B.js";
import "../chunks/chunk-TUOU4EOL.js";
import "../chunks/chunk-JVKNHYDJ.js";
import "../chunks/chunk-V7RILNLN.js";
import "../chunks/chunk-HSCG2FPA.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-TAMN4ZGX.js";
import "../chunks/chunk-GE3SKCC5.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-AJ5POHAS.js";
import "../chunks/chunk-ORJITX3Z.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
