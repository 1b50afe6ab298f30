#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-L4APZO6P.js";
import "../chunks/chunk-7JUYVL4J.js";
import "../chunks/chunk-IA55PWFR.js";
import "../chunks/chunk-JPFWJLYM.js";
import "../chunks/chunk-D6UQC2WP.js";
import "../chunks/chunk-6EKLWP3U.js";
import "../chunks/chunk-6RSUDMRK.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-SSBXB6WK.js";
import "../chunks/chunk-JKRMIM5R.js";
import "../chunks/chunk-3GOE3N4J.js";
import "../chunks/chunk-JVKNHYDJ.js";
import "../chunks/chunk-DKUPGAPD.js";
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
