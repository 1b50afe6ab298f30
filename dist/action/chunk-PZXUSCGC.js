#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/core/errors.ts
var MAX_QUOTED_CHARS = 200;
var MAX_MESSAGE_CHARS = 2e3;
function clipText(text, max = MAX_QUOTED_CHARS) {
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/g, shownControl);
  if (escaped.length <= max || escaped.length <= max + 40 && CUT_MARK.test(escaped)) return escaped;
  let end = max;
  const code = escaped.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${escaped.slice(0, end)}\u2026 (${escaped.length - end} more characters)`;
}
function shownControl(c) {
  return { "\n": "\\n", "\r": "\\r", "	": "\\t" }[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
var CUT_MARK = /\u2026 \(\d+ more characters\)$/;
var LONG_QUOTED = new RegExp(`"([^"]{${MAX_QUOTED_CHARS + 1},})"`, "g");
function boundMessage(message) {
  const quotedCut = message.replace(LONG_QUOTED, (_, inner) => `"${clipText(inner)}"`);
  return clipText(quotedCut, MAX_MESSAGE_CHARS);
}
var INPUT_ERROR = /* @__PURE__ */ Symbol.for("handoff-guard/InputError");
var INTERNAL_ERROR = /* @__PURE__ */ Symbol.for("handoff-guard/InternalError");
function branded(value, brand) {
  return typeof value === "object" && value !== null && value[brand] === true;
}
var InputError = class _InputError extends Error {
  constructor(message, location = {}, rule) {
    super(boundMessage(message));
    this.location = location;
    this.rule = rule;
    this.name = "InputError";
  }
  location;
  rule;
  exitCode = 2;
  [INPUT_ERROR] = true;
  static [Symbol.hasInstance](value) {
    return branded(value, INPUT_ERROR);
  }
  /**
   * The other problems found with this one in the same file (a config with several): `validate`
   * lists them all; a command stops at the first.
   */
  more = [];
  /** The same problem with its file named `file` (as a package's, or for the reader: `ShownPath`). */
  inFile(file) {
    return new _InputError(this.message, { ...this.location, file }, this.rule);
  }
  /** This problem and the others it carries (`more`), each file named by `name` (`inFile`). */
  renamed(name) {
    const one = (error) => error.location.file === void 0 ? error : error.inFile(name(error.location.file));
    return _InputError.first([one(this), ...this.more.map(one)]);
  }
  /** The first of `problems`, carrying the rest (`more`). */
  static first(problems) {
    const [first, ...rest] = problems;
    first.more = rest;
    return first;
  }
};
var InternalError = class extends Error {
  exitCode = 3;
  [INTERNAL_ERROR] = true;
  static [Symbol.hasInstance](value) {
    return branded(value, INTERNAL_ERROR);
  }
  constructor(message, options) {
    super(boundMessage(message), options);
    this.name = "InternalError";
  }
};
function formatLocated(message, location = {}, rule) {
  const file = location.file === void 0 ? void 0 : clipText(location.file);
  const where = [file, location.line, location.column].filter((p) => p !== void 0).join(":");
  return `${where ? `${where}: ` : ""}${boundMessage(message)}${rule ? ` [${clipText(rule, 100)}]` : ""}`;
}
function formatInputError(error) {
  return formatLocated(error.message, error.location, error.rule);
}

// src/core/memo.ts
function memoised(limit, compute) {
  const answers = /* @__PURE__ */ new Map();
  return (text) => {
    const known = answers.get(text);
    if (known !== void 0) return known === NONE ? void 0 : known;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer === void 0 ? NONE : answer);
    return answer;
  };
}
var NONE = /* @__PURE__ */ Symbol("none");

export {
  InputError,
  InternalError,
  formatLocated,
  formatInputError,
  memoised
};
