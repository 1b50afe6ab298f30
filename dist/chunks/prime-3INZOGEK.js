#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-533V2OR2.js";
import "./chunk-JR2HO5ZJ.js";
import "./chunk-JAJDXO2V.js";
import "./chunk-5ONKUA6V.js";
import "./chunk-2B3X43YV.js";
import "./chunk-SJRTWC6H.js";
import "./chunk-JMWHREE2.js";
import "./chunk-CPRD4K3H.js";
import "./chunk-EIRHNSYS.js";
import "./chunk-LMVJPMKV.js";
import "./chunk-JRTSTZW3.js";
import "./chunk-OY4K3KWV.js";
import "./chunk-SFWFSXBJ.js";
import "./chunk-6CNRQBC5.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-B34F5HCO.js";
import "./chunk-V7NCU7RV.js";
import "./chunk-AVNUWBDK.js";
import "./chunk-YGKEW4RE.js";
import "./chunk-RNIJDUBG.js";
import "./chunk-LDRPVFWU.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
