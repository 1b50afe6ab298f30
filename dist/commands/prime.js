#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-VFQAMEN7.js";
import "../chunks/chunk-HOSGPQME.js";
import "../chunks/chunk-ERG3F5S7.js";
import "../chunks/chunk-UL7LLZOM.js";
import "../chunks/chunk-DZZCOG6Q.js";
import "../chunks/chunk-Y7BSMQG4.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-LM2DAL23.js";
import "../chunks/chunk-DQIATJSU.js";
import "../chunks/chunk-C6PMHQHF.js";
import "../chunks/chunk-SNNSQ4FI.js";
import "../chunks/chunk-FRNW5OR4.js";
import "../chunks/chunk-GJS43CM7.js";
import "../chunks/chunk-XZV3CPPH.js";
import "../chunks/chunk-CQOCIXZH.js";
import "../chunks/chunk-P5N6OVBQ.js";
import "../chunks/chunk-7O43D7JW.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
