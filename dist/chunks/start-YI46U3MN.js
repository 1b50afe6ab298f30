#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun
} from "./chunk-J7DY24BY.js";
import "./chunk-Y3V3FGMX.js";
import "./chunk-WTWOL2GE.js";
import "./chunk-RG7GPLWK.js";
import "./chunk-WR3PW5E2.js";
import "./chunk-EEQJZFHN.js";
import "./chunk-ULSE6FMO.js";
import "./chunk-UMGNVWOY.js";
import "./chunk-E24VCWXH.js";
import "./chunk-XM45BAXM.js";
import "./chunk-ZGDZ6JHD.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-PAXV3SO7.js";
import "./chunk-E3AVAHN6.js";
import "./chunk-322UGPOB.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/start.ts
var run = lifecycleRun("start");
export {
  run
};
