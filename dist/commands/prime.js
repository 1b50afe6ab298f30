#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-HTBLJY44.js";
import "../chunks/chunk-U2X4KIOP.js";
import "../chunks/chunk-Q5LVH7FM.js";
import "../chunks/chunk-QP24HR3V.js";
import "../chunks/chunk-7FX7WUTB.js";
import "../chunks/chunk-QUALKUSI.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-2MRVZE4S.js";
import "../chunks/chunk-O2MTIDFU.js";
import "../chunks/chunk-5663MZEH.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-Q6HIZ3H7.js";
import "../chunks/chunk-WGPYOGLZ.js";
import "../chunks/chunk-ERNOCSBB.js";
import "../chunks/chunk-V3UHJ7GA.js";
import "../chunks/chunk-OARWSS5U.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-XL3GW3QV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
