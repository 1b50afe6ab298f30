#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-ZA7WWDOX.js";
import "../chunks/chunk-UZFUM2E3.js";
import "../chunks/chunk-RAXLJ2WZ.js";
import "../chunks/chunk-TAAAU2HP.js";
import "../chunks/chunk-IN7TTJHQ.js";
import "../chunks/chunk-UTAN4PRS.js";
import "../chunks/chunk-DPZZMDQR.js";
import "../chunks/chunk-JWKQJQAM.js";
import "../chunks/chunk-CCSSSYRD.js";
import "../chunks/chunk-7LSRPP4L.js";
import "../chunks/chunk-NL5HZC7B.js";
import "../chunks/chunk-A2ZEHJRT.js";
import "../chunks/chunk-4RE76NNC.js";
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
