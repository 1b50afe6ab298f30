#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-OQONWXDJ.js";
import "../chunks/chunk-NMTRWRFC.js";
import "../chunks/chunk-Q5LVH7FM.js";
import "../chunks/chunk-IMXABJB2.js";
import "../chunks/chunk-MZBYUPJE.js";
import "../chunks/chunk-ODQ2TSF4.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-DPE3SJLU.js";
import "../chunks/chunk-AEISIR3V.js";
import "../chunks/chunk-XRXXOPSH.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-4NCP6IKI.js";
import "../chunks/chunk-G3NCW53F.js";
import "../chunks/chunk-CQBB7WQI.js";
import "../chunks/chunk-P743P6KZ.js";
import "../chunks/chunk-OARWSS5U.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
