#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-44PBRS6G.js";
import "./chunk-OVQJ7OJZ.js";
import "./chunk-AUEDRXUD.js";
import "./chunk-JHPINQQJ.js";
import "./chunk-7MAEFFRH.js";
import "./chunk-ULSE6FMO.js";
import "./chunk-UOTVA6DW.js";
import "./chunk-ZQZGASPI.js";
import "./chunk-VSGGWNSL.js";
import "./chunk-XM45BAXM.js";
import "./chunk-ZHBEDJFT.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-QXYWHBEC.js";
import "./chunk-YGKEW4RE.js";
import "./chunk-RNIJDUBG.js";
import "./chunk-TGYIKV6U.js";
import "./chunk-FVNY36H5.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-LDRPVFWU.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
