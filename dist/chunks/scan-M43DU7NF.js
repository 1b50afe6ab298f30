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
  scanHandoffInFull,
  scanMarkdown,
  summarizeHandoff
} from "./chunk-5ZCGYKRP.js";
import "./chunk-WYDRZ7NO.js";
import "./chunk-S3HHSSIH.js";
import "./chunk-XJ7OGUP3.js";
import "./chunk-RUFAIL7O.js";
import "./chunk-MWPPMQVD.js";
export {
  MAX_LINES,
  MAX_MARKUP,
  MAX_NESTING,
  assertReadableHandoff,
  scanHandoff,
  scanHandoffInFull,
  scanMarkdown,
  summarizeHandoff
};
