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
} from "./chunk-D6QNQIMR.js";
import "./chunk-AHH7LQ72.js";
import "./chunk-QIO6ZQBI.js";
import "./chunk-GJWSWWGZ.js";
import "./chunk-BYDRH2BJ.js";
import "./chunk-XLORUUEL.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-TP3AV36S.js";
import "./chunk-F455CIAK.js";
import "./chunk-FITJLIO2.js";
import "./chunk-F4ZIV5TX.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-ADIEILIC.js";
import "./chunk-VYACS4PB.js";
import "./chunk-TGLZ6OSS.js";
import "./chunk-DM7L26JY.js";
import "./chunk-HYPTYVXR.js";
import "./chunk-RAWQ73NC.js";
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
