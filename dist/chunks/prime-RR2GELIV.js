#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "./chunk-A3DULIWE.js";
import "./chunk-YFDL5ZZH.js";
import "./chunk-CKEJW22M.js";
import "./chunk-ZIJSZTWJ.js";
import "./chunk-TWNXNQZR.js";
import "./chunk-2KM4JQFQ.js";
import "./chunk-FIXT2CTZ.js";
import "./chunk-ZZWT247G.js";
import "./chunk-QXKJGSOH.js";
import "./chunk-KZK5SOA5.js";
import "./chunk-MG6YO35T.js";
import "./chunk-YBT4DQR2.js";
import "./chunk-XMIFB5OH.js";
import "./chunk-HRYHTI45.js";
import "./chunk-KW35KXUM.js";
import "./chunk-QZE5634O.js";
import "./chunk-Q4PNYD6J.js";
import "./chunk-XM45BAXM.js";
import "./chunk-6TF43P2B.js";
import "./chunk-6UYIBEJD.js";
import "./chunk-SCIR3M4K.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-2CM6P3ZM.js";
import "./chunk-MW5PXXS4.js";
import "./chunk-2DHS7WT3.js";
import "./chunk-IAF4UGKJ.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
