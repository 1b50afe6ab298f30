#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
} from "./chunk-IFNOZHKE.js";
import "./chunk-FOZWZPHV.js";
import "./chunk-3V5NQ2YF.js";
import "./chunk-WN2OBXLF.js";
import "./chunk-H4RMGSUA.js";
import "./chunk-WV5WTJR3.js";
import "./chunk-CU4RMRRF.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-HEUJEM7B.js";
import "./chunk-AVNUWBDK.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
