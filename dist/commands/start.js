#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-TY7XM5Y6.js";
import "../chunks/chunk-IB4KKZ5A.js";
import "../chunks/chunk-RYQJM7HT.js";
import "../chunks/chunk-HRFJNWT4.js";
import "../chunks/chunk-ISYDEYCW.js";
import "../chunks/chunk-J5NDJD5Q.js";
import "../chunks/chunk-MG2Z44HH.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-R2PR44VQ.js";
import "../chunks/chunk-QIXAE5IT.js";
import "../chunks/chunk-XZSBSBM6.js";
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
