#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-DZ5EVEC5.js";
import "./chunk-TQVEUY42.js";
import "./chunk-PT4QQDEM.js";
import "./chunk-76RT2IBY.js";
import "./chunk-3ADL2W3N.js";
import "./chunk-ULSE6FMO.js";
import "./chunk-YPKLDFCL.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-QXYWHBEC.js";
import "./chunk-Q3AIBHGY.js";
import "./chunk-Y7ITE4BN.js";
import "./chunk-6D32FYWD.js";
import "./chunk-VZGPP2XI.js";
import "./chunk-XM45BAXM.js";
import "./chunk-POR52YVC.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-46ER2WQD.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
