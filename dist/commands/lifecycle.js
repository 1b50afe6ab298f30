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
} from "../chunks/chunk-INNGZGBP.js";
import "../chunks/chunk-F2OLNHCK.js";
import "../chunks/chunk-F455CIAK.js";
import "../chunks/chunk-6V7E3354.js";
import "../chunks/chunk-HUJJGPEW.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-BIM3E2ZR.js";
import "../chunks/chunk-2UQ2CLPB.js";
import "../chunks/chunk-6UVVSSLY.js";
import "../chunks/chunk-JN6EMH3H.js";
import "../chunks/chunk-ERVXMUCU.js";
import "../chunks/chunk-BJRH7MHS.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-EKKSDTYU.js";
import "../chunks/chunk-HZO7HLZ6.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
