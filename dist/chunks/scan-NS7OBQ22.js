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
  scanHandoff,
  scanHandoffInFull,
  scanMarkdown,
  summarizeHandoff
} from "./chunk-775J6J7V.js";
import "./chunk-AP6PSAX6.js";
import "./chunk-ETYKQNVF.js";
import "./chunk-NAF5B5UH.js";
import "./chunk-73LLWF7E.js";
import "./chunk-MWPPMQVD.js";
export {
  MAX_BLOCK_MARKERS,
  MAX_LINES,
  MAX_MARKUP,
  MAX_NESTING,
  assertReadableHandoff,
  scanHandoff,
  scanHandoffInFull,
  scanMarkdown,
  summarizeHandoff
};
