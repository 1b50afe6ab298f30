#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-37MTOO5K.js";
import "../chunks/chunk-VQV6YUWS.js";
import "../chunks/chunk-IU5XX243.js";
import "../chunks/chunk-VHXWZBUQ.js";
import "../chunks/chunk-QF7OQG64.js";
import "../chunks/chunk-YP6ORBIK.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-CK7CPOJ7.js";
import "../chunks/chunk-HAWDIMHT.js";
import "../chunks/chunk-QDYUYNQG.js";
import "../chunks/chunk-FAFXLOUK.js";
import "../chunks/chunk-5PDNFTRC.js";
import "../chunks/chunk-BU3XQIMY.js";
import "../chunks/chunk-XPH6TCEF.js";
import "../chunks/chunk-NNHGH6Q2.js";
import "../chunks/chunk-XABYDO6B.js";
import "../chunks/chunk-YKM2KWSZ.js";
import "../chunks/chunk-LU5TSSSA.js";
import "../chunks/chunk-7XVGDBHD.js";
import "../chunks/chunk-SCIR3M4K.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
