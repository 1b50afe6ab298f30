#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-FK2W7OJD.js";
import "../chunks/chunk-3376KYFG.js";
import "../chunks/chunk-D4STECE4.js";
import "../chunks/chunk-T56USYVX.js";
import "../chunks/chunk-ATW7OLLE.js";
import "../chunks/chunk-3BKS6HF3.js";
import "../chunks/chunk-TD5TQTUR.js";
import "../chunks/chunk-3CPTZKBU.js";
import "../chunks/chunk-TGBIHNQ3.js";
import "../chunks/chunk-DY4KF6Z6.js";
import "../chunks/chunk-HV44RQU3.js";
import "../chunks/chunk-HYVASYIU.js";
import "../chunks/chunk-P4534J57.js";
import "../chunks/chunk-XJ7O4TK5.js";
import "../chunks/chunk-JNKY6PJ2.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-6EVNHS7L.js";
import "../chunks/chunk-6SFPXTPF.js";
import "../chunks/chunk-WG5W2OHI.js";
import "../chunks/chunk-P2VDQLP3.js";
import "../chunks/chunk-WPQNHNMC.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
