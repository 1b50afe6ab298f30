#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-72WB4F5L.js";
import "./chunk-GSLVEUAK.js";
import "./chunk-JDBGKPWC.js";
import "./chunk-ELQYQAK6.js";
import "./chunk-6CY4SO4X.js";
import "./chunk-VJYI5JPQ.js";
import "./chunk-BDA3MK24.js";
import "./chunk-ULSE6FMO.js";
import "./chunk-SAKO2SAB.js";
import "./chunk-2HQX3OYK.js";
import "./chunk-XM45BAXM.js";
import "./chunk-GBN5RL6Y.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-63FFWZKX.js";
import "./chunk-CPKTT2FO.js";
import "./chunk-AIP3ETVR.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
