#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-MLNENVTA.js";

// src/core/json-location.ts
var STDIN_NAME = "(stdin)";
function offsetToPosition(text, offset) {
  return positionsIn(text)(offset);
}
function positionsIn(text) {
  let starts;
  return (offset) => {
    if (starts === void 0) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    const end = Math.min(offset, text.length);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= end) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: end - starts[low] + 1 };
  };
}
function pointerSegment(key) {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}
function pointerAsKey(pointer) {
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
var MAX_DEPTH = 512;
var TRAILING_COMMA = "trailing comma: JSON allows none after the last member or item (remove it)";
var KEY_END = /"\s*:/g;
function parseJsonLocated(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return parseWithPositions(text, file);
  }
  const shape = countKeys(value);
  if (shape.depth > MAX_DEPTH || (text.match(KEY_END)?.length ?? 0) !== shape.keys) {
    return parseWithPositions(text, file);
  }
  let located;
  return {
    value,
    duplicateKeys: [],
    locate(pointer, options) {
      located ??= parseWithPositions(text, file);
      return located.locate(pointer, options);
    }
  };
}
function countKeys(value) {
  let keys = 0;
  let depth = 0;
  const walk = (node, level) => {
    if (level > depth) depth = level;
    if (level > MAX_DEPTH || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, level + 1);
      return;
    }
    for (const key of Object.keys(node)) {
      keys++;
      walk(node[key], level + 1);
    }
  };
  walk(value, 0);
  return { keys, depth };
}
function parseWithPositions(text, file) {
  const valueStarts = /* @__PURE__ */ new Map();
  const keyStarts = /* @__PURE__ */ new Map();
  const duplicates = [];
  let pos = 0;
  const fail = (message, at = pos) => {
    throw new InputError(`invalid JSON: ${message}`, { file, ...offsetToPosition(text, at) }, "json/syntax");
  };
  const describe = (at) => at >= text.length ? "end of file" : `'${String.fromCodePoint(text.codePointAt(at) ?? 0)}'`;
  const skipSpace = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const readString = () => {
    STRING.lastIndex = pos;
    const match = STRING.exec(text);
    if (!match) {
      let i = pos + 1;
      while (i < text.length && text[i] !== '"') {
        const c = text.charCodeAt(i);
        if (c < 32) fail("control character inside a string (escape it)", i);
        if (text[i] === "\\") {
          if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) fail("invalid escape", i);
          i += text[i + 1] === "u" ? 6 : 2;
        } else i++;
      }
      fail("unterminated string", pos);
    }
    pos += match[0].length;
    return JSON.parse(match[0]);
  };
  const expectWord = (word, value2) => {
    if (text.startsWith(word, pos)) {
      pos += word.length;
      return value2;
    }
    return fail(`unexpected ${describe(pos)}`);
  };
  const readValue = (pointer, depth) => {
    skipSpace();
    valueStarts.set(pointer, pos);
    if (depth > MAX_DEPTH) fail("nested too deeply");
    const c = text[pos];
    if (c === "{") {
      pos++;
      const object = {};
      skipSpace();
      if (text[pos] === "}") {
        pos++;
        return object;
      }
      let commaAt = -1;
      for (; ; ) {
        skipSpace();
        if (text[pos] === "}" && commaAt !== -1) fail(TRAILING_COMMA, commaAt);
        if (text[pos] !== '"') fail(`expected a quoted key, found ${describe(pos)}`);
        const keyAt = pos;
        const key = readString();
        const child = `${pointer}/${pointerSegment(key)}`;
        if (Object.hasOwn(object, key)) duplicates.push({ pointer: child, at: keyAt });
        keyStarts.set(child, keyAt);
        skipSpace();
        if (text[pos] !== ":") fail(`expected ':' after key "${key}", found ${describe(pos)}`);
        pos++;
        Object.defineProperty(object, key, {
          value: readValue(child, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true
        });
        skipSpace();
        if (text[pos] === ",") {
          commaAt = pos;
          pos++;
          continue;
        }
        if (text[pos] === "}") {
          pos++;
          return object;
        }
        fail(`expected ',' or '}', found ${describe(pos)}`);
      }
    }
    if (c === "[") {
      pos++;
      const array = [];
      skipSpace();
      if (text[pos] === "]") {
        pos++;
        return array;
      }
      for (; ; ) {
        if (array.length > 0) {
          const commaAt = pos - 1;
          skipSpace();
          if (text[pos] === "]") fail(TRAILING_COMMA, commaAt);
        }
        array.push(readValue(`${pointer}/${array.length}`, depth + 1));
        skipSpace();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "]") {
          pos++;
          return array;
        }
        fail(`expected ',' or ']', found ${describe(pos)}`);
      }
    }
    if (c === '"') return readString();
    if (c === "t") return expectWord("true", true);
    if (c === "f") return expectWord("false", false);
    if (c === "n") return expectWord("null", null);
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number) {
      pos += number[0].length;
      return Number(number[0]);
    }
    return fail(`unexpected ${describe(pos)}`);
  };
  if (text.trim() === "") fail("the file is empty", 0);
  const value = readValue("", 0);
  skipSpace();
  if (pos < text.length) fail(`unexpected ${describe(pos)} after the end of the JSON value`);
  const positionOf = positionsIn(text);
  return {
    value,
    duplicateKeys: duplicates.map(({ pointer, at }) => ({ pointer, ...positionOf(at) })),
    locate(pointer, options = {}) {
      let p = pointer;
      for (; ; ) {
        const at = options.key && p === pointer ? keyStarts.get(p) ?? valueStarts.get(p) : valueStarts.get(p);
        if (at !== void 0) return positionOf(at);
        if (p === "") return { line: 1, column: 1 };
        p = p.slice(0, p.lastIndexOf("/"));
      }
    }
  };
}
function locationOf(json, file, pointer, options) {
  return { file, ...json.locate(pointer, options) };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function duplicateKeyError(duplicate, file) {
  return new InputError(
    `key "${pointerAsKey(duplicate.pointer)}" is written twice; the first one would be lost`,
    { file, line: duplicate.line, column: duplicate.column },
    "json/duplicate-key"
  );
}

export {
  STDIN_NAME,
  offsetToPosition,
  pointerSegment,
  pointerAsKey,
  parseJsonLocated,
  locationOf,
  isRecord,
  duplicateKeyError
};
