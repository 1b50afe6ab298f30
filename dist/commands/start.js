#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "../chunks/chunk-GNM6WOWN.js";
import "../chunks/chunk-TFGQH7SL.js";
import "../chunks/chunk-BL7QDT6Q.js";
import "../chunks/chunk-AF2KJZHN.js";
import "../chunks/chunk-ATW7OLLE.js";
import "../chunks/chunk-G2C5TOJ2.js";
import "../chunks/chunk-UBJMBZ5R.js";
import "../chunks/chunk-3CPTZKBU.js";
import "../chunks/chunk-ALIB7PKA.js";
import "../chunks/chunk-DY4KF6Z6.js";
import "../chunks/chunk-G2NNFKPB.js";
import "../chunks/chunk-O6C5V6DX.js";
import "../chunks/chunk-LNBNO5VW.js";
import "../chunks/chunk-XKT57K7U.js";
import "../chunks/chunk-TB7QQ237.js";
import "../chunks/chunk-NNPSBKSI.js";
import "../chunks/chunk-LMSMW57Z.js";
import "../chunks/chunk-6EVNHS7L.js";
import "../chunks/chunk-XLOI62A3.js";
import "../chunks/chunk-WG5W2OHI.js";
import "../chunks/chunk-MKQHAUPF.js";
import "../chunks/chunk-WPQNHNMC.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
