#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-NSRK2X77.js";
import "./chunk-E4HWWTWD.js";
import "./chunk-QAO4T4SZ.js";
import "./chunk-D7BCVVTK.js";
import "./chunk-TWNXNQZR.js";
import "./chunk-2KM4JQFQ.js";
import "./chunk-FIXT2CTZ.js";
import "./chunk-ZZWT247G.js";
import "./chunk-QXKJGSOH.js";
import "./chunk-WGP5OUTY.js";
import "./chunk-GCU73APW.js";
import "./chunk-YBT4DQR2.js";
import "./chunk-LFNDFPQF.js";
import "./chunk-HRYHTI45.js";
import "./chunk-KW35KXUM.js";
import "./chunk-QZE5634O.js";
import "./chunk-FIUBVNCS.js";
import "./chunk-XM45BAXM.js";
import "./chunk-5CFTRBVM.js";
import "./chunk-6UYIBEJD.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-5WLR4FQL.js";
import "./chunk-MW5PXXS4.js";
import "./chunk-2DHS7WT3.js";
import "./chunk-IAF4UGKJ.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
