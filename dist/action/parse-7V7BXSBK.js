#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  parseHandoff
} from "./chunk-IRCJ3CBE.js";
import {
  plainText
} from "./chunk-5REH7C7Z.js";
import "./chunk-OQWWCNCY.js";
import "./chunk-ABC6TMXS.js";
import "./chunk-EKWU2DJA.js";
import "./chunk-D4BQ4EQP.js";
export {
  parseHandoff,
  plainText
};
