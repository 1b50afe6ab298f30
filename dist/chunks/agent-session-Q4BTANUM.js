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
} from "./chunk-GSS2RMGL.js";
import "./chunk-CSVNLCJ5.js";
import "./chunk-AZJHQRSL.js";
import "./chunk-PCPFDH7M.js";
import "./chunk-OVTAMD4D.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-6SEHBE6S.js";
import "./chunk-RYQJM7HT.js";
import "./chunk-2RMZSGCL.js";
import "./chunk-J5NDJD5Q.js";
import "./chunk-XWUFBGSL.js";
import "./chunk-OIIP5ZE3.js";
import "./chunk-MMJH4BDU.js";
import "./chunk-QEPEPIRY.js";
import "./chunk-DLXL6YT5.js";
import "./chunk-6CAGK36M.js";
import "./chunk-TAMHYIWY.js";
import "./chunk-LUVY6DZG.js";
import "./chunk-7VU3X4OT.js";
import "./chunk-E5VRE2IC.js";
import "./chunk-HZO7HLZ6.js";
import "./chunk-MWPPMQVD.js";
export {
  draftBeforeCompaction,
  gatherSessionFacts,
  judgeAgentSession,
  runPrime
};
