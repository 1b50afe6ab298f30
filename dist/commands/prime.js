#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-GNGYYVVA.js";
import "../chunks/chunk-J3ZGJN43.js";
import "../chunks/chunk-JNSFWXIB.js";
import "../chunks/chunk-EHBU22BV.js";
import "../chunks/chunk-XPRNVRFR.js";
import "../chunks/chunk-4XDCTYYN.js";
import "../chunks/chunk-SKWS36H3.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-PGQSYNWK.js";
import "../chunks/chunk-ULTIGOTR.js";
import "../chunks/chunk-OBNZGPVQ.js";
import "../chunks/chunk-KZCEJF4J.js";
import "../chunks/chunk-DO3VPEKM.js";
import "../chunks/chunk-LOPW5XMI.js";
import "../chunks/chunk-5CKKPH6S.js";
import "../chunks/chunk-YLSPWGBK.js";
import "../chunks/chunk-JNF5BDQV.js";
import "../chunks/chunk-JXZR2EDP.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-JPNUL5SF.js";
import "../chunks/chunk-BW3LVNYN.js";
import "../chunks/chunk-UQ3WY2TQ.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
