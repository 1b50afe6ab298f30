#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom,
  run
} from "../chunks/chunk-AVZNY63I.js";
import "../chunks/chunk-EISF6VOM.js";
import "../chunks/chunk-Q5LVH7FM.js";
import "../chunks/chunk-FWMFO3SF.js";
import "../chunks/chunk-7DQXKOAD.js";
import "../chunks/chunk-4F3Y7C77.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-GM7JJ7WG.js";
import "../chunks/chunk-MOWRIUPB.js";
import "../chunks/chunk-AEISIR3V.js";
import "../chunks/chunk-B2AM3CZO.js";
import "../chunks/chunk-USTQVIVS.js";
import "../chunks/chunk-VI23USRB.js";
import "../chunks/chunk-NIBENTCK.js";
import "../chunks/chunk-3KPFOU4N.js";
import "../chunks/chunk-P743P6KZ.js";
import "../chunks/chunk-OARWSS5U.js";
import "../chunks/chunk-XNAVF6DM.js";
import "../chunks/chunk-RUFAIL7O.js";
import "../chunks/chunk-YHQRZ4FV.js";
import "../chunks/chunk-MWPPMQVD.js";
export {
  agentFrom,
  run
};
