#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-VKDINRSF.js";
import "./chunk-CM5TDB6X.js";
import "./chunk-5HUN7HHW.js";
import "./chunk-K7X3LQ62.js";
import "./chunk-WYWDPASZ.js";
import "./chunk-6RP4JNIF.js";
import "./chunk-CK7CPOJ7.js";
import "./chunk-FEPVBLGH.js";
import "./chunk-QDYUYNQG.js";
import "./chunk-7O4YIXJO.js";
import "./chunk-CJQ5KOLK.js";
import "./chunk-MWR2AODE.js";
import "./chunk-5PDNFTRC.js";
import "./chunk-AEVGWCFO.js";
import "./chunk-XABYDO6B.js";
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
