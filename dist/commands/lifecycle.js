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
} from "../chunks/chunk-TIGRML2T.js";
import "../chunks/chunk-6J27HGL2.js";
import "../chunks/chunk-42RXBOOJ.js";
import "../chunks/chunk-P3GJARJE.js";
import "../chunks/chunk-CWMGITCW.js";
import "../chunks/chunk-JXHARA4I.js";
import "../chunks/chunk-QABKY3HL.js";
import "../chunks/chunk-CJUEAFEE.js";
import "../chunks/chunk-FYK75IAM.js";
import "../chunks/chunk-4FNPBKYF.js";
import "../chunks/chunk-C7PIPYZO.js";
import "../chunks/chunk-SOHUX7XS.js";
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
