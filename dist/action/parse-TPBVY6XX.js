#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  parseHandoff
} from "./chunk-3X66QKAN.js";
import {
  plainText
} from "./chunk-XZM7ZWKK.js";
import "./chunk-PR7MIKMW.js";
import "./chunk-O2HODSWB.js";
import "./chunk-BWWP5UR6.js";
import "./chunk-NTVE36GR.js";
import "./chunk-D4BQ4EQP.js";
export {
  parseHandoff,
  plainText
};
