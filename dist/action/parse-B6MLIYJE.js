#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  MICROMARK_BUDGET,
  parseHandoff
} from "./chunk-5UAQ56WS.js";
import {
  plainText
} from "./chunk-7LA5LXBC.js";
import "./chunk-WDFDA3QP.js";
import "./chunk-XBCXYPMX.js";
import "./chunk-SLZXMW4B.js";
import "./chunk-MID6UTKV.js";
export {
  MICROMARK_BUDGET,
  parseHandoff,
  plainText
};
