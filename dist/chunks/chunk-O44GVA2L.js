#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  collapseWhitespace
} from "./chunk-P3IB3F72.js";

// src/core/words.ts
var MARKUP = [
  /^\s{0,3}#{1,6}\s+/gm,
  // heading marks
  // Indentation within its line only: `^\s*` could cross blank lines, and from each of a million
  // line starts scan every one after it (quadratic).
  /^[^\S\r\n\u2028\u2029]*(?:[-*+]|\d{1,9}[.)])\s+/gm,
  // list bullets
  /\[[ xX]\]\s/g,
  // check boxes
  /\\(?=[^\s])/g,
  // backslash escapes
  /[*_`~|]/g,
  // emphasis, code and table markup
  /[\u2705\u274c\u2714\u2716]\uFE0F?/gu
  // state marks (check and cross marks)
];
var WORD = /[\p{L}\p{N}]/u;
var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
var segmenter;
function countWords(markdown) {
  let text = markdown;
  for (const pattern of MARKUP) text = text.replace(pattern, " ");
  let count = 0;
  for (const token of collapseWhitespace(text).split(" ")) {
    if (!WORD.test(token)) continue;
    if (!UNSPACED.test(token)) {
      count++;
      continue;
    }
    segmenter ??= new Intl.Segmenter(void 0, { granularity: "word" });
    for (const segment of segmenter.segment(token)) if (segment.isWordLike) count++;
  }
  return count;
}
function namedAndCounted(items, max) {
  const named = items.slice(0, max).join(", ");
  return items.length > max ? `${named} and ${items.length - max} more` : named;
}
function plural(count, word) {
  return count === 1 ? word : `${word}s`;
}

export {
  countWords,
  namedAndCounted,
  plural
};
