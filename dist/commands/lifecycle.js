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
} from "../chunks/chunk-42XDK6EH.js";
import "../chunks/chunk-V62F7GFK.js";
import "../chunks/chunk-EFMFIHOP.js";
import "../chunks/chunk-CQSOKSVB.js";
import "../chunks/chunk-IPDUR6IX.js";
import "../chunks/chunk-J5NDJD5Q.js";
import "../chunks/chunk-G2XEZ2MQ.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-UCG7X7ZG.js";
import "../chunks/chunk-PC2H6WWW.js";
import "../chunks/chunk-TCR3OQ7W.js";
import "../chunks/chunk-JOBDZV2J.js";
import "../chunks/chunk-5T3MVE66.js";
import "../chunks/chunk-7VU3X4OT.js";
import "../chunks/chunk-E5VRE2IC.js";
import "../chunks/chunk-HA43WBB2.js";
import "../chunks/chunk-JLXNMSDG.js";
import "../chunks/chunk-THQFSIYK.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
