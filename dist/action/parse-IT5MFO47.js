#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  MICROMARK_BUDGET,
  parseHandoff
} from "./chunk-7BDXL74Q.js";
import {
  plainText
} from "./chunk-ISXIFHA6.js";
import "./chunk-SLZXMW4B.js";
import "./chunk-PPMYEKPD.js";
import "./chunk-MID6UTKV.js";
export {
  MICROMARK_BUDGET,
  parseHandoff,
  plainText
};
