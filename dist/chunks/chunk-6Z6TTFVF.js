#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  escapeMarkdownText
} from "./chunk-YN7EACLT.js";

// src/core/markdown-escape.ts
var MENTION_BREAK = "\u2060";
function neutraliseMentions(text) {
  return text.replace(/(^|[^\p{L}\p{N}_])@(?=[\p{L}\p{N}])/gu, `$1@${MENTION_BREAK}`);
}
function escapeUserText(text) {
  return neutraliseMentions(escapeMarkdownText(text));
}

export {
  escapeUserText
};
