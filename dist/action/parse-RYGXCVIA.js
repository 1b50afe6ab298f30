#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  parseHandoff
} from "./chunk-GHKGCVBL.js";
import {
  plainText
} from "./chunk-H54K2Y2P.js";
import "./chunk-MVRVBM54.js";
import "./chunk-L3IUVY3T.js";
import "./chunk-EKWU2DJA.js";
import "./chunk-D4BQ4EQP.js";
export {
  parseHandoff,
  plainText
};
