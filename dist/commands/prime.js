#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-SLQIRZO3.js";
import "../chunks/chunk-G2I5ABOO.js";
import "../chunks/chunk-75QVAMDR.js";
import "../chunks/chunk-QIO6ZQBI.js";
import "../chunks/chunk-2VAGUCCQ.js";
import "../chunks/chunk-5BD4VCZI.js";
import "../chunks/chunk-37RH47YR.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-TP3AV36S.js";
import "../chunks/chunk-F455CIAK.js";
import "../chunks/chunk-UBSH2MFE.js";
import "../chunks/chunk-J5BLAEWY.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-UAN2S2FX.js";
import "../chunks/chunk-6SOVICYS.js";
import "../chunks/chunk-NNMYEDFN.js";
import "../chunks/chunk-DLIJRS5A.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-M35PUG3Q.js";
import "../chunks/chunk-DUJ3XYP3.js";
import "../chunks/chunk-BJRH7MHS.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
