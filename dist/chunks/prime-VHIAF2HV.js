#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-FF2AU7GZ.js";
import "./chunk-PUCW3GBO.js";
import "./chunk-HQ73NXMG.js";
import "./chunk-6FRTD2TI.js";
import "./chunk-CH36IKSY.js";
import "./chunk-KKGB6P3Q.js";
import "./chunk-LWH4XX45.js";
import "./chunk-ULSE6FMO.js";
import "./chunk-6DHXMF6Y.js";
import "./chunk-YYJBJVE6.js";
import "./chunk-BZFAQ4GA.js";
import "./chunk-XM45BAXM.js";
import "./chunk-UR7EWNIC.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-LFFDZP36.js";
import "./chunk-TGYIKV6U.js";
import "./chunk-FVNY36H5.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-YGKEW4RE.js";
import "./chunk-RNIJDUBG.js";
import "./chunk-LDRPVFWU.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
