#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-BQ4DZGY6.js";
import "./chunk-6UNWJ7NJ.js";
import "./chunk-SBPNDFKZ.js";
import "./chunk-ECPA4OLU.js";
import "./chunk-U6T5OGPQ.js";
import "./chunk-BLZWDV7I.js";
import "./chunk-YCXVFEEP.js";
import "./chunk-CPRD4K3H.js";
import "./chunk-WM7HWT35.js";
import "./chunk-3V5NQ2YF.js";
import "./chunk-WN2OBXLF.js";
import "./chunk-H4RMGSUA.js";
import "./chunk-WV5WTJR3.js";
import "./chunk-CU4RMRRF.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-HLJVNJZQ.js";
import "./chunk-HEUJEM7B.js";
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
