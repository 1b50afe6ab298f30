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
} from "./chunk-2VOESMEB.js";
import "./chunk-ZWQS6ZG6.js";
import "./chunk-Y7ITE4BN.js";
import "./chunk-6D32FYWD.js";
import "./chunk-VZGPP2XI.js";
import "./chunk-XM45BAXM.js";
import "./chunk-POR52YVC.js";
import "./chunk-LCBTFNKK.js";
import "./chunk-46ER2WQD.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
