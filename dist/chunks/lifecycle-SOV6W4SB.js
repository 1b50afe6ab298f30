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
} from "./chunk-PCTDVHXC.js";
import "./chunk-GGWBNYWP.js";
import "./chunk-LMVJPMKV.js";
import "./chunk-JRTSTZW3.js";
import "./chunk-OY4K3KWV.js";
import "./chunk-SFWFSXBJ.js";
import "./chunk-6CNRQBC5.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-V7NCU7RV.js";
import "./chunk-AVNUWBDK.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
