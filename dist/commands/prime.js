#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-HDNL5KCR.js";
import "../chunks/chunk-JIB4QOAM.js";
import "../chunks/chunk-N3UMRZEJ.js";
import "../chunks/chunk-LTISCYNP.js";
import "../chunks/chunk-2RLLL6R4.js";
import "../chunks/chunk-VD5K2GVC.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-FGWFOXYJ.js";
import "../chunks/chunk-YWUBAEAT.js";
import "../chunks/chunk-DQIATJSU.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-X3CH6DDK.js";
import "../chunks/chunk-FRNW5OR4.js";
import "../chunks/chunk-TAHVOPOP.js";
import "../chunks/chunk-A5SB2HD3.js";
import "../chunks/chunk-P7ZQRM6R.js";
import "../chunks/chunk-P5N6OVBQ.js";
import "../chunks/chunk-5S5N2QZM.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
