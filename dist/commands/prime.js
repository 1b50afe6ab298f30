#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-FIUEC3HC.js";
import "../chunks/chunk-4YB6NUGQ.js";
import "../chunks/chunk-3SUZIWXB.js";
import "../chunks/chunk-5XH2AFGM.js";
import "../chunks/chunk-3GCVD47A.js";
import "../chunks/chunk-DE2CTGBG.js";
import "../chunks/chunk-5ZCGYKRP.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-VJHOI3XR.js";
import "../chunks/chunk-OT5LOI3B.js";
import "../chunks/chunk-HRDJSOJ3.js";
import "../chunks/chunk-3DP3QWJY.js";
import "../chunks/chunk-WYDRZ7NO.js";
import "../chunks/chunk-JLN7H2NK.js";
import "../chunks/chunk-FRNW5OR4.js";
import "../chunks/chunk-6O4EDJIG.js";
import "../chunks/chunk-6P3VSK7R.js";
import "../chunks/chunk-PRMLCIBP.js";
import "../chunks/chunk-S3HHSSIH.js";
import "../chunks/chunk-5S5N2QZM.js";
import "../chunks/chunk-XJ7OGUP3.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-3AIIVGP5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
