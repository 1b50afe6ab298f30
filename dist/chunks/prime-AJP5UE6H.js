#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-OEFBLCQJ.js";
import "./chunk-L2PAKKNR.js";
import "./chunk-EYLGCDMI.js";
import "./chunk-DB26RA2C.js";
import "./chunk-WDWFYUMM.js";
import "./chunk-VM6H5HU7.js";
import "./chunk-6GOJQKSL.js";
import "./chunk-6Z6TTFVF.js";
import "./chunk-ZQ7BTUES.js";
import "./chunk-PUE742PO.js";
import "./chunk-QFCLKFR4.js";
import "./chunk-CPRD4K3H.js";
import "./chunk-WM7HWT35.js";
import "./chunk-YN7EACLT.js";
import "./chunk-2CQ2CZ6F.js";
import "./chunk-WV5WTJR3.js";
import "./chunk-GCXWWHAT.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-MATBB7BT.js";
import "./chunk-AGC7PJND.js";
import "./chunk-P7WDVDQ5.js";
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
