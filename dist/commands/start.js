#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-YOUXIRZ2.js";
import "../chunks/chunk-7HNXK4N4.js";
import "../chunks/chunk-D4STECE4.js";
import "../chunks/chunk-FLCPRN5I.js";
import "../chunks/chunk-GC4ESWRC.js";
import "../chunks/chunk-YADWUKXF.js";
import "../chunks/chunk-Y7ZWXIAN.js";
import "../chunks/chunk-ABMEIAPF.js";
import "../chunks/chunk-SN6AQB5W.js";
import "../chunks/chunk-4AMQNRJ3.js";
import "../chunks/chunk-3LPQCUBI.js";
import "../chunks/chunk-CO3JAOR7.js";
import "../chunks/chunk-ZACF6ZJL.js";
import "../chunks/chunk-6IWZJDBR.js";
import "../chunks/chunk-JNKY6PJ2.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-6EVNHS7L.js";
import "../chunks/chunk-B4VB3T5X.js";
import "../chunks/chunk-BLVNPJRU.js";
import "../chunks/chunk-P2VDQLP3.js";
import "../chunks/chunk-WPQNHNMC.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
