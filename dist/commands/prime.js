#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-NSF5QGF3.js";
import "../chunks/chunk-RDEW4IS4.js";
import "../chunks/chunk-I6XWHHRY.js";
import "../chunks/chunk-FJRN5YOJ.js";
import "../chunks/chunk-GFJFHX76.js";
import "../chunks/chunk-BENYBE5C.js";
import "../chunks/chunk-65I4IJQD.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-44FL5UJO.js";
import "../chunks/chunk-RP5YYVAC.js";
import "../chunks/chunk-M3RYKIFT.js";
import "../chunks/chunk-LN7B74TF.js";
import "../chunks/chunk-ZL3NL7NX.js";
import "../chunks/chunk-PW24CLFA.js";
import "../chunks/chunk-W6OXNX4J.js";
import "../chunks/chunk-ANDC4IF3.js";
import "../chunks/chunk-ZP7I2ITI.js";
import "../chunks/chunk-SZUN4CFT.js";
import "../chunks/chunk-C7PIPYZO.js";
import "../chunks/chunk-BHF3EUSO.js";
import "../chunks/chunk-J3E2EIPT.js";
import "../chunks/chunk-RZLONSVD.js";
import "../chunks/chunk-73LLWF7E.js";
import "../chunks/chunk-2B4I7V23.js";
import "../chunks/chunk-SRV3ZKZ5.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
