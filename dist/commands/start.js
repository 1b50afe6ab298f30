#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-O62L3XMH.js";
import "../chunks/chunk-KHYVIO5Z.js";
import "../chunks/chunk-RAXLJ2WZ.js";
import "../chunks/chunk-ZGM6VGCK.js";
import "../chunks/chunk-BRDNXEVY.js";
import "../chunks/chunk-NFQK3BJJ.js";
import "../chunks/chunk-LZRIFEYP.js";
import "../chunks/chunk-JWKQJQAM.js";
import "../chunks/chunk-CCSSSYRD.js";
import "../chunks/chunk-VTRE44EG.js";
import "../chunks/chunk-U4MCKTIH.js";
import "../chunks/chunk-A2ZEHJRT.js";
import "../chunks/chunk-JCYAQ7DQ.js";
import "../chunks/chunk-6JM3PIHH.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-TAMN4ZGX.js";
import "../chunks/chunk-EOATEAQ7.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-IRYUMPLD.js";
import "../chunks/chunk-ORJITX3Z.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
