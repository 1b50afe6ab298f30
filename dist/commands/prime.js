#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-Y2M7Y6D4.js";
import "../chunks/chunk-TWWDVSHZ.js";
import "../chunks/chunk-PKDDTL7K.js";
import "../chunks/chunk-GD2JBZI6.js";
import "../chunks/chunk-G2JFLOXV.js";
import "../chunks/chunk-UTMDAMM5.js";
import "../chunks/chunk-UV4E45HL.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-TP3AV36S.js";
import "../chunks/chunk-W72IVGXF.js";
import "../chunks/chunk-SQ3RWZB6.js";
import "../chunks/chunk-ZR7E3S4F.js";
import "../chunks/chunk-W6TIKAWW.js";
import "../chunks/chunk-CUZTUE6Q.js";
import "../chunks/chunk-PYLXJLSN.js";
import "../chunks/chunk-4MFSSW7D.js";
import "../chunks/chunk-3HG6YGMZ.js";
import "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-SSGQVMIC.js";
import "../chunks/chunk-BW3LVNYN.js";
import "../chunks/chunk-7HCBMBWJ.js";
import "../chunks/chunk-K7ZVKXRQ.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
