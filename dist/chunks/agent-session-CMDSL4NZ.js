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
} from "./chunk-HJFH3MZS.js";
import "./chunk-LZ5PZ4UX.js";
import "./chunk-QIO6ZQBI.js";
import "./chunk-GBW2YTR4.js";
import "./chunk-RQMMHUVQ.js";
import "./chunk-U4ZNGIXA.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-TP3AV36S.js";
import "./chunk-F455CIAK.js";
import "./chunk-BRIWH2H3.js";
import "./chunk-F4ZIV5TX.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-ADIEILIC.js";
import "./chunk-VYACS4PB.js";
import "./chunk-I6DOKCWD.js";
import "./chunk-DM7L26JY.js";
import "./chunk-HYPTYVXR.js";
import "./chunk-Y3Z2ULE3.js";
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
