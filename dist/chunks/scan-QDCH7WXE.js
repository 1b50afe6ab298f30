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
} from "./chunk-IUV7YQHS.js";
import "./chunk-4AMQNRJ3.js";
import "./chunk-ZACF6ZJL.js";
import "./chunk-JNKY6PJ2.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-LMSMW57Z.js";
import "./chunk-P2VDQLP3.js";
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
