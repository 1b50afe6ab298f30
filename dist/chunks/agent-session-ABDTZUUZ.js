#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
} from "./chunk-F4W3XKJH.js";
import "./chunk-V4QZ6YOS.js";
import "./chunk-QIO6ZQBI.js";
import "./chunk-AVDXK53V.js";
import "./chunk-LILWCSNF.js";
import "./chunk-FJYAL6U2.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-TP3AV36S.js";
import "./chunk-F455CIAK.js";
import "./chunk-P5EKLHLQ.js";
import "./chunk-F4ZIV5TX.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-ADIEILIC.js";
import "./chunk-57SXQ3FR.js";
import "./chunk-EHTBOV4E.js";
import "./chunk-DM7L26JY.js";
import "./chunk-HYPTYVXR.js";
import "./chunk-K2ZXCHTM.js";
import "./chunk-BJRH7MHS.js";
import "./chunk-K7ZVKXRQ.js";
import "./chunk-SRV3ZKZ5.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
