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
} from "./chunk-JVW4YCNK.js";
import "./chunk-JI2ZIUBH.js";
import "./chunk-WW4OZG5K.js";
import "./chunk-CWT6G27S.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-AQJZLCXN.js";
import "./chunk-VCZ3DIL2.js";
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
