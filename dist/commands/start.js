#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-EBPR5SEH.js";
import "../chunks/chunk-JTUDJV5H.js";
import "../chunks/chunk-RP5YYVAC.js";
import "../chunks/chunk-M3RYKIFT.js";
import "../chunks/chunk-VEJ7CQRX.js";
import "../chunks/chunk-ZL3NL7NX.js";
import "../chunks/chunk-PW24CLFA.js";
import "../chunks/chunk-ENZUFSAW.js";
import "../chunks/chunk-P25PENLK.js";
import "../chunks/chunk-XJUXLSDT.js";
import "../chunks/chunk-C7PIPYZO.js";
import "../chunks/chunk-BHF3EUSO.js";
import "../chunks/chunk-J3E2EIPT.js";
import "../chunks/chunk-RZLONSVD.js";
import "../chunks/chunk-73LLWF7E.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
