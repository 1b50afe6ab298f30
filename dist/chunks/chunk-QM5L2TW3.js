#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  scanHandoff
} from "./chunk-OLX7WK4A.js";

// src/core/document/parse.ts
function parseHandoff(markdown, file) {
  return scanHandoff(markdown, file);
}

export {
  parseHandoff
};
