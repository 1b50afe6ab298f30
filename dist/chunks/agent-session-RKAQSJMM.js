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
} from "./chunk-XBGF4ODL.js";
import "./chunk-4UZ7IEQA.js";
import "./chunk-QM3U7WMR.js";
import "./chunk-M225ANUN.js";
import "./chunk-ADECMCNL.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-RPAZG5MF.js";
import "./chunk-T4XFQDGN.js";
import "./chunk-FZND2BS4.js";
import "./chunk-TU3KJFLT.js";
import "./chunk-3SO6H74H.js";
import "./chunk-6SNJXZNB.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-4MOPLRYY.js";
import "./chunk-3D6NFJD4.js";
import "./chunk-7YRPDIK6.js";
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
