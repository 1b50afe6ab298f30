#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-RDXSGBJE.js";
import "../chunks/chunk-FQLBXNMM.js";
import "../chunks/chunk-EZW2TFV3.js";
import "../chunks/chunk-WOBEBPIO.js";
import "../chunks/chunk-LR4JVZBB.js";
import "../chunks/chunk-27D75YPC.js";
import "../chunks/chunk-QF7OQG64.js";
import "../chunks/chunk-YP6ORBIK.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-CK7CPOJ7.js";
import "../chunks/chunk-K2JIZ62M.js";
import "../chunks/chunk-F7S73ZAZ.js";
import "../chunks/chunk-QDYUYNQG.js";
import "../chunks/chunk-5PDNFTRC.js";
import "../chunks/chunk-SFWZ2PQX.js";
import "../chunks/chunk-IY7MKFWO.js";
import "../chunks/chunk-LELWGRLU.js";
import "../chunks/chunk-YKM2KWSZ.js";
import "../chunks/chunk-XABYDO6B.js";
import "../chunks/chunk-LU5TSSSA.js";
import "../chunks/chunk-7XVGDBHD.js";
import "../chunks/chunk-SCIR3M4K.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
