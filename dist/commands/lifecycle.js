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
} from "../chunks/chunk-PPVYXS6B.js";
import "../chunks/chunk-5KEZJICN.js";
import "../chunks/chunk-S5HAZCVS.js";
import "../chunks/chunk-VREE2PLH.js";
import "../chunks/chunk-AULBEHUZ.js";
import "../chunks/chunk-UBVI44NI.js";
import "../chunks/chunk-H7CQAL37.js";
import "../chunks/chunk-RPX2D73R.js";
import "../chunks/chunk-ZKBACUTL.js";
import "../chunks/chunk-MABRG7PM.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-OFAHZBMF.js";
import "../chunks/chunk-XPIM2FQV.js";
import "../chunks/chunk-775MH3VB.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
