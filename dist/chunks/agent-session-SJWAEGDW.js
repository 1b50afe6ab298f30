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
} from "./chunk-CZZEYD5V.js";
import "./chunk-BGDZTJYV.js";
import "./chunk-OZNDXKYC.js";
import "./chunk-6C7KKZVH.js";
import "./chunk-SKV3QKBM.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-CMRJ74IV.js";
import "./chunk-F455CIAK.js";
import "./chunk-HUJJGPEW.js";
import "./chunk-NU3AR3KM.js";
import "./chunk-RL7WPN6P.js";
import "./chunk-4GN7ZVII.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-BIM3E2ZR.js";
import "./chunk-5SBBNLG6.js";
import "./chunk-JN6EMH3H.js";
import "./chunk-JH2NOFZK.js";
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
