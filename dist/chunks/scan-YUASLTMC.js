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
  scanHandoff,
  scanHandoffInFull,
  scanMarkdown,
  summarizeHandoff
} from "./chunk-Y6PQF7OR.js";
import "./chunk-HLDSGVME.js";
import "./chunk-OIKKH5CT.js";
import "./chunk-UICKQTXJ.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-BWEWCTA6.js";
import "./chunk-KOLL6F45.js";
import "./chunk-MWPPMQVD.js";
export {
  MAX_BLOCK_MARKERS,
  MAX_LINES,
  MAX_MARKUP,
  MAX_NESTING,
  assertReadableHandoff,
  assertReadableLineByLine,
  scanHandoff,
  scanHandoffInFull,
  scanMarkdown,
  summarizeHandoff
};
