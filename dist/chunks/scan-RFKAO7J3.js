#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  MAX_BLOCK_MARKERS,
  MAX_LINES,
  MAX_MARKUP,
  MAX_NESTING,
  assertReadableHandoff,
  assertReadableLineByLine,
  countLines,
  scanHandoff,
  scanHandoffInFull,
  scanMarkdown,
  summarizeHandoff
} from "./chunk-KKZV6DWG.js";
import "./chunk-DY4KF6Z6.js";
import "./chunk-LNBNO5VW.js";
import "./chunk-TB7QQ237.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-MKQHAUPF.js";
import "./chunk-WPQNHNMC.js";
import "./chunk-MWPPMQVD.js";
export {
  MAX_BLOCK_MARKERS,
  MAX_LINES,
  MAX_MARKUP,
  MAX_NESTING,
  assertReadableHandoff,
  assertReadableLineByLine,
  countLines,
  scanHandoff,
  scanHandoffInFull,
  scanMarkdown,
  summarizeHandoff
};
