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
} from "../chunks/chunk-6AMGQKO6.js";
import "../chunks/chunk-P2BEFBNQ.js";
import "../chunks/chunk-UU3IKJYW.js";
import "../chunks/chunk-FZND2BS4.js";
import "../chunks/chunk-Y7UCLTIP.js";
import "../chunks/chunk-JO5MPF47.js";
import "../chunks/chunk-INOFBJ4N.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-4MOPLRYY.js";
import "../chunks/chunk-DVIUCXP3.js";
import "../chunks/chunk-7YRPDIK6.js";
import "../chunks/chunk-XK6M5E6K.js";
import "../chunks/chunk-VJ42LEBZ.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-PXLUWPZL.js";
import "../chunks/chunk-HZO7HLZ6.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
