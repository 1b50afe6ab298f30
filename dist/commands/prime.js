#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-HSMYNXE6.js";
import "../chunks/chunk-HX5VXHJH.js";
import "../chunks/chunk-5YEVKETT.js";
import "../chunks/chunk-GKNUVBNT.js";
import "../chunks/chunk-BKBTP7AP.js";
import "../chunks/chunk-PU2QSYWB.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-JTXI5ITF.js";
import "../chunks/chunk-NSFJ7EQH.js";
import "../chunks/chunk-LF7BNEK3.js";
import "../chunks/chunk-4K55NAXP.js";
import "../chunks/chunk-WCKHKDDC.js";
import "../chunks/chunk-DC6KFOUO.js";
import "../chunks/chunk-VAES3K24.js";
import "../chunks/chunk-OUXWL5CS.js";
import "../chunks/chunk-CQJW6NJQ.js";
import "../chunks/chunk-PX77RGCP.js";
import "../chunks/chunk-UVGOOMMA.js";
import "../chunks/chunk-U6D34C3H.js";
import "../chunks/chunk-SCIR3M4K.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
