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
} from "../chunks/chunk-3FREFIP7.js";
import "../chunks/chunk-BNB4MPO6.js";
import "../chunks/chunk-42RXBOOJ.js";
import "../chunks/chunk-P3GJARJE.js";
import "../chunks/chunk-IWMQ6PUA.js";
import "../chunks/chunk-JXHARA4I.js";
import "../chunks/chunk-QABKY3HL.js";
import "../chunks/chunk-LPUDHXUG.js";
import "../chunks/chunk-DTHAGMPQ.js";
import "../chunks/chunk-N4IFUJFJ.js";
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
