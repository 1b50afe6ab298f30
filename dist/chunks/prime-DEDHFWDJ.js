#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-ZFUT5VUY.js";
import "./chunk-KWRSRY4Z.js";
import "./chunk-YWBCXOV3.js";
import "./chunk-KWXKYLAC.js";
import "./chunk-S7GYBXSY.js";
import "./chunk-CKEQY6CI.js";
import "./chunk-CK7CPOJ7.js";
import "./chunk-XBYP6DJJ.js";
import "./chunk-7G3IAQR3.js";
import "./chunk-THRHOLZE.js";
import "./chunk-OSSBSXNM.js";
import "./chunk-OFLOQF3V.js";
import "./chunk-5PDNFTRC.js";
import "./chunk-TNROCIQI.js";
import "./chunk-3MO3Q4IC.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-K2JIZ62M.js";
import "./chunk-P6N6EB2B.js";
import "./chunk-YKM2KWSZ.js";
import "./chunk-LU5TSSSA.js";
import "./chunk-7XVGDBHD.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
