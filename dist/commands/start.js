#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-43CCZLPP.js";
import "../chunks/chunk-S33JT3BC.js";
import "../chunks/chunk-IA55PWFR.js";
import "../chunks/chunk-5WW7SHJE.js";
import "../chunks/chunk-AG27EWLJ.js";
import "../chunks/chunk-LXMMAR2L.js";
import "../chunks/chunk-UEQW7SMD.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-SSBXB6WK.js";
import "../chunks/chunk-3OMSJWDY.js";
import "../chunks/chunk-UXN3XVAX.js";
import "../chunks/chunk-JVKNHYDJ.js";
import "../chunks/chunk-KUZFDK5V.js";
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
