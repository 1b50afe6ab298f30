#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-K7ZVKXRQ.js";

// src/core/utf8.ts
function firstInvalidUtf8(bytes, options = {}) {
  const final = options.final ?? true;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    const need = continuationsAfter(b);
    if (need === 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return final ? i : -1;
      const c = bytes[i + k];
      if (k === 1 ? !secondByteFits(b, c) : (c & 192) !== 128) return i;
    }
    i += need + 1;
  }
  return -1;
}
function continuationsAfter(b) {
  return b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : 0;
}
function secondByteFits(b, c) {
  if (b === 224) return c >= 160 && c <= 191;
  if (b === 237) return c >= 128 && c <= 159;
  if (b === 240) return c >= 144 && c <= 191;
  if (b === 244) return c >= 128 && c <= 143;
  return (c & 192) === 128;
}
var Utf8Stream = class {
  held = NOTHING;
  /** Whether a character is cut at the end of the chunks so far (`check` then needs the next one). */
  get cut() {
    return this.held.length > 0;
  }
  /** The first fault in `chunk`, continuing the chunks before it; undefined when there is none. */
  check(chunk, isUtf8) {
    if (this.held.length === 0 && isUtf8(chunk)) return void 0;
    const joined = this.held.length === 0 ? chunk : concat(this.held, chunk);
    const bad = firstInvalidUtf8(joined, { final: false });
    if (bad >= 0) {
      const offset = bad - this.held.length;
      return { byte: joined[bad], offset, before: offset < 0 ? NOTHING : joined.subarray(0, bad) };
    }
    this.held = heldAtEnd(joined);
    return void 0;
  }
  /** The fault of a stream that ended inside a character, if it did. */
  end() {
    if (this.held.length === 0) return void 0;
    return { byte: this.held[0], offset: -this.held.length, before: NOTHING };
  }
};
var NOTHING = new Uint8Array(0);
function concat(a, b) {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
function heldAtEnd(bytes) {
  let i = bytes.length - 1;
  while (i > 0 && i > bytes.length - 4 && (bytes[i] & 192) === 128) i--;
  const lead = bytes[i];
  return i >= 0 && bytes.length - i < continuationsAfter(lead) + 1 ? bytes.slice(i) : NOTHING;
}
function utf8Error(bytes, file) {
  const offset = firstInvalidUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return new InputError(
    `not valid UTF-8: byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at byte offset ${offset}; save the file as UTF-8`,
    { file, line, column: new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1 },
    "encoding/utf-8"
  );
}

export {
  firstInvalidUtf8,
  Utf8Stream,
  utf8Error
};
