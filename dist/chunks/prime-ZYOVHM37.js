#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-JKPB66QA.js";
import "./chunk-K5ZABTBA.js";
import "./chunk-INZ66FI3.js";
import "./chunk-Q4EUPLWK.js";
import "./chunk-RTQMX4BB.js";
import "./chunk-S2N6LFJ2.js";
import "./chunk-4HEVJ64L.js";
import "./chunk-ULSE6FMO.js";
import "./chunk-OWKGF24X.js";
import "./chunk-JO42X2IV.js";
import "./chunk-XM45BAXM.js";
import "./chunk-RNEB3S5X.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-QXYWHBEC.js";
import "./chunk-32DG2KK5.js";
import "./chunk-JC3T2NKX.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
