#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-4IZGQFC3.js";
import "../chunks/chunk-JTJBZDJ3.js";
import "../chunks/chunk-IA55PWFR.js";
import "../chunks/chunk-KE4PRQPJ.js";
import "../chunks/chunk-45HEPVS5.js";
import "../chunks/chunk-2O5ROGRT.js";
import "../chunks/chunk-P73KUN6E.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-SSBXB6WK.js";
import "../chunks/chunk-PTQNPKX2.js";
import "../chunks/chunk-MHUMIMPZ.js";
import "../chunks/chunk-JVKNHYDJ.js";
import "../chunks/chunk-6WBBF77D.js";
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
