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
} from "./chunk-V4GM5VDN.js";
import "./chunk-I7XOSW7F.js";
import "./chunk-QIO6ZQBI.js";
import "./chunk-FNZKFLNN.js";
import "./chunk-5BD4VCZI.js";
import "./chunk-37RH47YR.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-TP3AV36S.js";
import "./chunk-F455CIAK.js";
import "./chunk-PRFUJ6PD.js";
import "./chunk-J5BLAEWY.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-UAN2S2FX.js";
import "./chunk-6SOVICYS.js";
import "./chunk-PPDV7S7C.js";
import "./chunk-DM7L26JY.js";
import "./chunk-M35PUG3Q.js";
import "./chunk-R2HC42UJ.js";
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
