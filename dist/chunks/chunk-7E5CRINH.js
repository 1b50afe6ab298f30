#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  pointerSegment
} from "./chunk-X2JOUVYR.js";
import {
  __commonJS
} from "./chunk-MWPPMQVD.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/core/unknown-names.ts
function meantName(name, known) {
  const folded = fold(name);
  const firstWord = fold(name.split(/[-_]|(?=[A-Z])/).find((word) => word !== "") ?? "");
  const rules = [
    (candidate) => candidate === folded,
    (candidate) => isPluralOf(folded, candidate),
    (candidate) => firstWord !== folded && (candidate === firstWord || isPluralOf(firstWord, candidate)),
    (candidate) => Math.min(folded.length, candidate.length) >= 4 && oneSlipApart(folded, candidate)
  ];
  for (const rule of rules) {
    const found = known.find((candidate) => candidate !== name && rule(fold(candidate)));
    if (found !== void 0) return found;
  }
  return void 0;
}
function unknownNamesMessage(unknown, known, what) {
  const named = unknown.map((name) => {
    const meant = meantName(name, known);
    return meant === void 0 ? JSON.stringify(name) : `${JSON.stringify(name)} (did you mean ${meant}?)`;
  });
  return `unknown ${what}${unknown.length === 1 ? "" : "s"} ${named.join(", ")}; known: ${known.join(", ")}`;
}
function unknownKeyMessage(what, key, known, shown = key, elsewhere = []) {
  const meant = meantName(key, known) ?? elsewhere.find(({ name }) => name === key || meantName(key, [name]) !== void 0)?.written;
  return `unknown ${what} "${shown}"${meant === void 0 ? "" : ` (did you mean ${meant}?)`} (known: ${known.join(", ")})`;
}
function fold(name) {
  return name.toLowerCase().replace(/[-_]/g, "");
}
function isPluralOf(a, b) {
  return a.length > 0 && b.length > 0 && (`${a}s` === b || `${b}s` === a);
}
function oneSlipApart(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length + restB.length <= 1) return true;
  if (restA.length === 1 && restB.length === 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

// src/core/schema-words.ts
function schemaRuleWords(error) {
  const params = error.params;
  const limit = params.limit;
  switch (error.keyword) {
    case "required":
      return `has no "${String(params.missingProperty)}"`;
    case "additionalProperties":
      return `has an unknown key "${String(params.additionalProperty)}"`;
    case "type":
      return `must be ${[params.type].flat().map(typeWords).join(" or ")}`;
    case "minLength":
      return limit === 1 ? "must not be empty" : `must be at least ${limit} characters long`;
    case "maxLength":
      return `must be at most ${limit} characters long`;
    case "minItems":
      return `must list at least ${limit} item${limit === 1 ? "" : "s"}`;
    case "maxItems":
      return `must list at most ${limit} item${limit === 1 ? "" : "s"}`;
    case "minimum":
      return `must be at least ${limit}`;
    case "maximum":
      return `must be at most ${limit}`;
    case "exclusiveMinimum":
      return `must be more than ${limit}`;
    case "exclusiveMaximum":
      return `must be less than ${limit}`;
    case "enum":
      return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "uniqueItems": {
      const [first, second] = [params.j, params.i].sort((a, b) => a - b);
      return `must not list an item twice (items ${(first ?? 0) + 1} and ${(second ?? 0) + 1} are the same)`;
    }
    default:
      return error.message ?? "is invalid";
  }
}
function schemaErrorPointer(error) {
  if (error.keyword !== "additionalProperties") return error.instancePath;
  const key = String(error.params.additionalProperty);
  return `${error.instancePath}/${pointerSegment(key)}`;
}
function typeWords(type) {
  const name = String(type);
  if (name === "null") return "null";
  return `${/^[aeiou]/.test(name) ? "an" : "a"} ${name}`;
}

export {
  require_ucs2length,
  schemaRuleWords,
  schemaErrorPointer,
  meantName,
  unknownNamesMessage,
  unknownKeyMessage
};
