#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-YQVGEVBR.js";
import "../chunks/chunk-D6QNQIMR.js";
import "../chunks/chunk-AHH7LQ72.js";
import "../chunks/chunk-QIO6ZQBI.js";
import "../chunks/chunk-GJWSWWGZ.js";
import "../chunks/chunk-BYDRH2BJ.js";
import "../chunks/chunk-XLORUUEL.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-TP3AV36S.js";
import "../chunks/chunk-F455CIAK.js";
import "../chunks/chunk-FITJLIO2.js";
import "../chunks/chunk-F4ZIV5TX.js";
import "../chunks/chunk-MMJH4BDU.js";
import "../chunks/chunk-ADIEILIC.js";
import "../chunks/chunk-VYACS4PB.js";
import "../chunks/chunk-YGLWOX4Z.js";
import "../chunks/chunk-TGLZ6OSS.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-HYPTYVXR.js";
import "../chunks/chunk-RAWQ73NC.js";
import "../chunks/chunk-BJRH7MHS.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-KJM3GENI.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
