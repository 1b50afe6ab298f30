#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-ZABXCEVI.js";
import "../chunks/chunk-YQYXJVR4.js";
import "../chunks/chunk-N3UMRZEJ.js";
import "../chunks/chunk-HXHINS3P.js";
import "../chunks/chunk-2RLLL6R4.js";
import "../chunks/chunk-VD5K2GVC.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-FGWFOXYJ.js";
import "../chunks/chunk-WJDISUZ5.js";
import "../chunks/chunk-DQIATJSU.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-SNNSQ4FI.js";
import "../chunks/chunk-FRNW5OR4.js";
import "../chunks/chunk-IUHPHHQX.js";
import "../chunks/chunk-IXTQBQMT.js";
import "../chunks/chunk-MYM6C7UR.js";
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
