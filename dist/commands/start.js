#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-NYIQ7P6J.js";
import "../chunks/chunk-LSGO3ZMM.js";
import "../chunks/chunk-RYQJM7HT.js";
import "../chunks/chunk-ESQAWF42.js";
import "../chunks/chunk-PYYFG2HY.js";
import "../chunks/chunk-J5NDJD5Q.js";
import "../chunks/chunk-POVEWBCE.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-X7R4MPMQ.js";
import "../chunks/chunk-SH3YAQ3G.js";
import "../chunks/chunk-WSJFUSYU.js";
import "../chunks/chunk-UFJPTWJM.js";
import "../chunks/chunk-LUVY6DZG.js";
import "../chunks/chunk-7VU3X4OT.js";
import "../chunks/chunk-E5VRE2IC.js";
import "../chunks/chunk-3JMWAM7V.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
