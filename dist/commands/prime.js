#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-35KN3GIM.js";
import "../chunks/chunk-2NXCHKBF.js";
import "../chunks/chunk-DOBHR4XL.js";
import "../chunks/chunk-HKXNOFIN.js";
import "../chunks/chunk-DZZCOG6Q.js";
import "../chunks/chunk-Y7BSMQG4.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-B4A7JTOI.js";
import "../chunks/chunk-272OBUQO.js";
import "../chunks/chunk-XRXXOPSH.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-U2PIQKCV.js";
import "../chunks/chunk-GRDEU5Q2.js";
import "../chunks/chunk-6ZQXHHAC.js";
import "../chunks/chunk-P5N6OVBQ.js";
import "../chunks/chunk-OARWSS5U.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
