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
} from "../chunks/chunk-WQZ7B4ZT.js";
import "../chunks/chunk-TOSVC5EJ.js";
import "../chunks/chunk-T4XFQDGN.js";
import "../chunks/chunk-XHAQC2DL.js";
import "../chunks/chunk-DVH4S7HK.js";
import "../chunks/chunk-AVDDDDRG.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-C7RIE4PM.js";
import "../chunks/chunk-K4FEDKYQ.js";
import "../chunks/chunk-C4FM6ASV.js";
import "../chunks/chunk-EZV67CD2.js";
import "../chunks/chunk-VJ42LEBZ.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-J3W7ZOIS.js";
import "../chunks/chunk-HZO7HLZ6.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
