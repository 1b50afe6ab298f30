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
} from "./chunk-Z56H7MP4.js";
import "./chunk-4UZ7IEQA.js";
import "./chunk-CHTXZCUA.js";
import "./chunk-FFZOSZ3F.js";
import "./chunk-ECL5RRVQ.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-CMRJ74IV.js";
import "./chunk-T4XFQDGN.js";
import "./chunk-XHAQC2DL.js";
import "./chunk-TU3KJFLT.js";
import "./chunk-3SO6H74H.js";
import "./chunk-4HDM5Z3M.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-C7RIE4PM.js";
import "./chunk-TVWKIFB5.js";
import "./chunk-C4FM6ASV.js";
import "./chunk-WTXDUDQT.js";
import "./chunk-VJ42LEBZ.js";
import "./chunk-DM7L26JY.js";
import "./chunk-K7ZVKXRQ.js";
import "./chunk-HZO7HLZ6.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
