#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-FMBAGUJC.js";
import "../chunks/chunk-6KLXG5LS.js";
import "../chunks/chunk-Q5LVH7FM.js";
import "../chunks/chunk-QXFK3BIV.js";
import "../chunks/chunk-I4O4QY6M.js";
import "../chunks/chunk-PQRMCJ2A.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-Z272VPMR.js";
import "../chunks/chunk-B6RAZZ7V.js";
import "../chunks/chunk-XRXXOPSH.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-GW6OGTUZ.js";
import "../chunks/chunk-LIXA3C6Y.js";
import "../chunks/chunk-TOTRD7RS.js";
import "../chunks/chunk-VM5Q27XN.js";
import "../chunks/chunk-OARWSS5U.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
