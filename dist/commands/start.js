#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-2CAFAWA5.js";
import "../chunks/chunk-7U4WOY4Z.js";
import "../chunks/chunk-Z272VPMR.js";
import "../chunks/chunk-B6RAZZ7V.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-GW6OGTUZ.js";
import "../chunks/chunk-LIXA3C6Y.js";
import "../chunks/chunk-TOTRD7RS.js";
import "../chunks/chunk-VM5Q27XN.js";
import "../chunks/chunk-OARWSS5U.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
