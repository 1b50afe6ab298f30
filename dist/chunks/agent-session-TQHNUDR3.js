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
} from "./chunk-FRPVTHGW.js";
import "./chunk-SYLGXERK.js";
import "./chunk-RL7WPN6P.js";
import "./chunk-2FUZ7544.js";
import "./chunk-6C7KKZVH.js";
import "./chunk-SKV3QKBM.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-CMRJ74IV.js";
import "./chunk-F455CIAK.js";
import "./chunk-6V7E3354.js";
import "./chunk-HUJJGPEW.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-BIM3E2ZR.js";
import "./chunk-ZQCS46SA.js";
import "./chunk-6UVVSSLY.js";
import "./chunk-JN6EMH3H.js";
import "./chunk-ERVXMUCU.js";
import "./chunk-BJRH7MHS.js";
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
