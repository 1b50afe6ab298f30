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
} from "../chunks/chunk-DPYGQMWV.js";
import "../chunks/chunk-25GWYKTF.js";
import "../chunks/chunk-DF2ROUNW.js";
import "../chunks/chunk-DQIATJSU.js";
import "../chunks/chunk-C6PMHQHF.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-UABAOYGK.js";
import "../chunks/chunk-HVULRQSG.js";
import "../chunks/chunk-OMSCYZTX.js";
import "../chunks/chunk-P5N6OVBQ.js";
import "../chunks/chunk-7O43D7JW.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
