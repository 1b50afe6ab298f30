#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-IVUY7NUN.js";
import "./chunk-HU7CRZIH.js";
import "./chunk-QRNL7P7M.js";
import "./chunk-CMSPE7RF.js";
import "./chunk-G2QBSDEF.js";
import "./chunk-J4ADLJVX.js";
import "./chunk-ME5KKGKA.js";
import "./chunk-ULSE6FMO.js";
import "./chunk-7DJQIXIO.js";
import "./chunk-D2GUI4D7.js";
import "./chunk-XM45BAXM.js";
import "./chunk-XL3UEFVZ.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-63FFWZKX.js";
import "./chunk-MWDEE63D.js";
import "./chunk-I3WKGRHN.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
