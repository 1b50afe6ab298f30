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
} from "../chunks/chunk-KBVKMJX5.js";
import "../chunks/chunk-DT6V4WCX.js";
import "../chunks/chunk-2CMHYXHL.js";
import "../chunks/chunk-TIXV6R3V.js";
import "../chunks/chunk-KENRQVJC.js";
import "../chunks/chunk-5S3L7BXL.js";
import "../chunks/chunk-AP6PSAX6.js";
import "../chunks/chunk-LALGMWNB.js";
import "../chunks/chunk-PFHJU4FK.js";
import "../chunks/chunk-WQMY3MHA.js";
import "../chunks/chunk-C7PIPYZO.js";
import "../chunks/chunk-ETYKQNVF.js";
import "../chunks/chunk-J3E2EIPT.js";
import "../chunks/chunk-NAF5B5UH.js";
import "../chunks/chunk-73LLWF7E.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
