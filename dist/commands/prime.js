#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-6OOAIFMU.js";
import "../chunks/chunk-V4GM5VDN.js";
import "../chunks/chunk-I7XOSW7F.js";
import "../chunks/chunk-QIO6ZQBI.js";
import "../chunks/chunk-FNZKFLNN.js";
import "../chunks/chunk-5BD4VCZI.js";
import "../chunks/chunk-37RH47YR.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-TP3AV36S.js";
import "../chunks/chunk-F455CIAK.js";
import "../chunks/chunk-PRFUJ6PD.js";
import "../chunks/chunk-J5BLAEWY.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-UAN2S2FX.js";
import "../chunks/chunk-6SOVICYS.js";
import "../chunks/chunk-2GINSF2H.js";
import "../chunks/chunk-PPDV7S7C.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-M35PUG3Q.js";
import "../chunks/chunk-R2HC42UJ.js";
import "../chunks/chunk-BJRH7MHS.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
