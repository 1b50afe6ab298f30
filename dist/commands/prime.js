#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-NMYGJGUO.js";
import "../chunks/chunk-2YR5U64F.js";
import "../chunks/chunk-DOBHR4XL.js";
import "../chunks/chunk-3UBNVIQA.js";
import "../chunks/chunk-DZZCOG6Q.js";
import "../chunks/chunk-Y7BSMQG4.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-5SQVI4IY.js";
import "../chunks/chunk-DQIATJSU.js";
import "../chunks/chunk-XRXXOPSH.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-KRQ4ZEEM.js";
import "../chunks/chunk-G2RGKLOY.js";
import "../chunks/chunk-3SIRJSAH.js";
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
