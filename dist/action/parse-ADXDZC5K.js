#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  parseHandoff
} from "./chunk-2IVSRXT6.js";
import {
  plainText
} from "./chunk-TUUCLRYU.js";
import "./chunk-WDFDA3QP.js";
import "./chunk-6ABRCYEW.js";
import "./chunk-GCZGSJWH.js";
import "./chunk-D4BQ4EQP.js";
export {
  parseHandoff,
  plainText
};
