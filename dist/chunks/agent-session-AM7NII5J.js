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
} from "./chunk-YUAHAEKV.js";
import "./chunk-OF5USXAD.js";
import "./chunk-IZMHUFXC.js";
import "./chunk-M225ANUN.js";
import "./chunk-ADECMCNL.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-RPAZG5MF.js";
import "./chunk-UU3IKJYW.js";
import "./chunk-FZND2BS4.js";
import "./chunk-JO5MPF47.js";
import "./chunk-3SO6H74H.js";
import "./chunk-INOFBJ4N.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-4MOPLRYY.js";
import "./chunk-DVIUCXP3.js";
import "./chunk-7YRPDIK6.js";
import "./chunk-XK6M5E6K.js";
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
