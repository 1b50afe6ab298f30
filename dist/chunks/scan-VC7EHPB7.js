#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  MAX_LINES,
  MAX_MARKUP,
  MAX_NESTING,
  assertReadableHandoff,
  scanHandoff,
  scanMarkdown,
  summarizeHandoff
} from "./chunk-A2YOYYIO.js";
import "./chunk-LYXL3RVC.js";
import "./chunk-O6O72GKM.js";
import "./chunk-IAF4UGKJ.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";
export {
  MAX_LINES,
  MAX_MARKUP,
  MAX_NESTING,
  assertReadableHandoff,
  scanHandoff,
  scanMarkdown,
  summarizeHandoff
};
