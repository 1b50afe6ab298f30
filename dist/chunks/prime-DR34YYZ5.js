#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-BNTRLGUN.js";
import "./chunk-AZDWISPZ.js";
import "./chunk-WRJXFHPD.js";
import "./chunk-NUPJDHJF.js";
import "./chunk-N4432FPM.js";
import "./chunk-TC7PD4UY.js";
import "./chunk-4HEVJ64L.js";
import "./chunk-ULSE6FMO.js";
import "./chunk-UCB43MB3.js";
import "./chunk-RPRQENKD.js";
import "./chunk-XM45BAXM.js";
import "./chunk-QFXLSZHV.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-63FFWZKX.js";
import "./chunk-32DG2KK5.js";
import "./chunk-JC3T2NKX.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
