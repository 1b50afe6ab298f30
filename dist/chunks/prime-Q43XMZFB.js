#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-BOPFXPPV.js";
import "./chunk-37SKJUJM.js";
import "./chunk-6BH7DX5K.js";
import "./chunk-3HLLRE3R.js";
import "./chunk-OEDBE6CF.js";
import "./chunk-LX5HVXKR.js";
import "./chunk-HND4HXSO.js";
import "./chunk-QE2EJR46.js";
import "./chunk-DB4CRL5K.js";
import "./chunk-VDHMU77S.js";
import "./chunk-QZE5634O.js";
import "./chunk-2FPZR3H4.js";
import "./chunk-XM45BAXM.js";
import "./chunk-W2BXXH4B.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-XGDFUNK4.js";
import "./chunk-U35SKHO2.js";
import "./chunk-N5GFL3N4.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
