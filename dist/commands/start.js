#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-ZI7ZHIGZ.js";
import "../chunks/chunk-DKLBM777.js";
import "../chunks/chunk-RAXLJ2WZ.js";
import "../chunks/chunk-WC6MVVLA.js";
import "../chunks/chunk-YQ7IUIA7.js";
import "../chunks/chunk-6E75GJCR.js";
import "../chunks/chunk-MENK5NLD.js";
import "../chunks/chunk-JWKQJQAM.js";
import "../chunks/chunk-CCSSSYRD.js";
import "../chunks/chunk-3YYB4O3I.js";
import "../chunks/chunk-EF432KMF.js";
import "../chunks/chunk-MFKQKH7T.js";
import "../chunks/chunk-BE2SWNKE.js";
import "../chunks/chunk-6JM3PIHH.js";
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
