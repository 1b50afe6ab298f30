#!/usr/bin/env node
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/core/shell.ts
function shellWord(text) {
  if (/^[A-Za-z0-9._/@%+=:,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function commitPathsCommand(paths, message2) {
  const words = paths.map(shellWord).join(" ");
  return `git add -- ${words} && git commit -m ${shellWord(message2)} -- ${words}`;
}
function proseWithInvocation(text, invocation) {
  return invocation === "handoff" ? text : text.replace(HANDOFF_IN_PROSE, () => `\`${invocation} `);
}
var FOR_AN_AGENT, HANDOFF_IN_FIX, HANDOFF_IN_PROSE, COMMAND_AFTER;
var init_shell = __esm({
  "src/core/shell.ts"() {
    "use strict";
    FOR_AN_AGENT = "an agent without a terminal:";
    HANDOFF_IN_FIX = new RegExp(`(^|&& |, then |${FOR_AN_AGENT} )handoff `, "g");
    HANDOFF_IN_PROSE = /`handoff (?=[a-z])/g;
    COMMAND_AFTER = [", then ", `${FOR_AN_AGENT} `];
  }
});

// src/core/errors.ts
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
function boundMessage(message2) {
  const quotedCut = message2.replace(LONG_QUOTED, (_, inner) => `"${clipText(inner)}"`);
  return clipText(quotedCut, MAX_MESSAGE_CHARS);
}
function branded(value, brand) {
  return typeof value === "object" && value !== null && value[brand] === true;
}
function formatLocated(message2, location = {}, rule) {
  const file = location.file === void 0 ? void 0 : clipText(location.file);
  const where = [file, location.line, location.column].filter((p) => p !== void 0).join(":");
  return `${where ? `${where}: ` : ""}${boundMessage(message2)}${rule ? ` [${clipText(rule, 100)}]` : ""}`;
}
var MAX_QUOTED_CHARS, MAX_MESSAGE_CHARS, CUT_MARK, LONG_QUOTED, INPUT_ERROR, INTERNAL_ERROR, InputError, InternalError;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    init_shell();
    MAX_QUOTED_CHARS = 200;
    MAX_MESSAGE_CHARS = 2e3;
    CUT_MARK = /\u2026 \(\d+ more characters\)$/;
    LONG_QUOTED = new RegExp(`"([^"]{${MAX_QUOTED_CHARS + 1},})"`, "g");
    INPUT_ERROR = /* @__PURE__ */ Symbol.for("handoff-guard/InputError");
    INTERNAL_ERROR = /* @__PURE__ */ Symbol.for("handoff-guard/InternalError");
    InputError = class _InputError extends Error {
      constructor(message2, location = {}, rule) {
        super(boundMessage(message2));
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
    InternalError = class extends Error {
      exitCode = 3;
      [INTERNAL_ERROR] = true;
      static [Symbol.hasInstance](value) {
        return branded(value, INTERNAL_ERROR);
      }
      constructor(message2, options) {
        super(boundMessage(message2), options);
        this.name = "InternalError";
      }
    };
  }
});

// src/adapters/repo-root.ts
async function findRepoRoot(cwd, env = process.env) {
  let dir = (0, import_node_path.resolve)(cwd);
  const ceilings = ceilingDirectories(env);
  for (; ; ) {
    const found = statOf((0, import_node_path.join)(dir, ".git"));
    if (found?.isDirectory() || found?.isFile()) return dir;
    const parent = (0, import_node_path.dirname)(dir);
    if (parent === dir || ceilings.has(parent)) break;
    dir = parent;
  }
  const start = statOf((0, import_node_path.resolve)(cwd));
  if (!start?.isDirectory()) throw new InputError(`no such folder: ${(0, import_node_path.resolve)(cwd)}`, {}, "path/no-folder");
  throw new InputError(`not inside a git repository: ${(0, import_node_path.resolve)(cwd)}`, {}, "git/no-repo");
}
function ceilingDirectories(env) {
  const list = env.GIT_CEILING_DIRECTORIES;
  if (!list) return /* @__PURE__ */ new Set();
  return new Set(
    list.split(":").filter((p) => (0, import_node_path.isAbsolute)(p)).map((p) => (0, import_node_path.resolve)(p))
  );
}
function gitDirIn(folder) {
  const dotGit = (0, import_node_path.join)(folder, ".git");
  const found = statOf(dotGit);
  if (found?.isDirectory()) return dotGit;
  if (!found?.isFile()) return void 0;
  try {
    const target = /^gitdir:\s*(.+)$/m.exec((0, import_node_fs.readFileSync)(dotGit, "utf8"))?.[1]?.trim();
    return target ? (0, import_node_path.resolve)(folder, target) : void 0;
  } catch {
    return void 0;
  }
}
function statOf(path) {
  try {
    return (0, import_node_fs.statSync)(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
async function isProjectFolder(dir, options) {
  for (const marker of PROJECT_MARKERS) {
    if (statOf((0, import_node_path.join)(dir, marker))) return true;
  }
  let manifest;
  try {
    manifest = (0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, "package.json"), "utf8");
  } catch {
    return false;
  }
  if (options.anyPackage) return true;
  try {
    const parsed = JSON.parse(manifest);
    return parsed !== null && typeof parsed === "object" && parsed.handoff !== void 0;
  } catch {
    return false;
  }
}
async function findProjectRoot(cwd, options = {}) {
  const repoRoot = await findRepoRoot(cwd);
  let dir = (0, import_node_path.resolve)(cwd);
  while (dir !== repoRoot && dir.startsWith(`${repoRoot}${import_node_path.sep}`)) {
    if (await isProjectFolder(dir, { anyPackage: options.forInit === true })) {
      return { repoRoot, projectRoot: dir, prefix: (0, import_node_path.relative)(repoRoot, dir).split(import_node_path.sep).join("/") };
    }
    dir = (0, import_node_path.dirname)(dir);
  }
  return { repoRoot, projectRoot: repoRoot, prefix: "" };
}
var import_node_fs, import_node_path, PROJECT_MARKERS;
var init_repo_root = __esm({
  "src/adapters/repo-root.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    init_errors();
    PROJECT_MARKERS = [".handoffrc.json", "handoff.config.json", ".agent-context/agent-handoffs.json"];
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
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
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// src/core/json-location.ts
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
      for (const item2 of node) walk(item2, level + 1);
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
  const fail = (message2, at2 = pos) => {
    throw new InputError(`invalid JSON: ${message2}`, { file, ...offsetToPosition(text, at2) }, "json/syntax");
  };
  const describe = (at2) => at2 >= text.length ? "end of file" : `'${String.fromCodePoint(text.codePointAt(at2) ?? 0)}'`;
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
    duplicateKeys: duplicates.map(({ pointer, at: at2 }) => ({ pointer, ...positionOf(at2) })),
    locate(pointer, options = {}) {
      let p = pointer;
      for (; ; ) {
        const at2 = options.key && p === pointer ? keyStarts.get(p) ?? valueStarts.get(p) : valueStarts.get(p);
        if (at2 !== void 0) return positionOf(at2);
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
var STDIN_NAME, NUMBER, STRING, MAX_DEPTH, TRAILING_COMMA, KEY_END;
var init_json_location = __esm({
  "src/core/json-location.ts"() {
    "use strict";
    init_errors();
    STDIN_NAME = "(stdin)";
    NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
    MAX_DEPTH = 512;
    TRAILING_COMMA = "trailing comma: JSON allows none after the last member or item (remove it)";
    KEY_END = /"\s*:/g;
  }
});

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
var NONE;
var init_memo = __esm({
  "src/core/memo.ts"() {
    "use strict";
    NONE = /* @__PURE__ */ Symbol("none");
  }
});

// src/core/paths.ts
function linkProblem(link2, what = "details_link") {
  return linkIssue(link2, what)?.message;
}
function linkIssue(link2, what = "details_link") {
  if (link2.length > MEMO_KEY_CHARS) return findLinkIssue(link2, what);
  if (plainPath(link2)) return void 0;
  let issueOf = issues.get(what);
  if (issueOf === void 0) {
    issueOf = memoised(MEMO_LIMIT, (text) => findLinkIssue(text, what));
    issues.set(what, issueOf);
  }
  return issueOf(link2);
}
function isPlainPath(link2) {
  if (link2.length > MAX_PATH_CHARS || !PLAIN_NAMES.test(link2) || DOT_NAME.test(link2) || GIT_NAME.test(link2))
    return false;
  return link2.length <= MAX_NAME_BYTES || link2.split("/").every((name) => name.length <= MAX_NAME_BYTES);
}
function findLinkIssue(link2, what = "details_link") {
  const notRelative = (message2) => ({ message: message2, rule: "path/not-relative" });
  if (link2.trim() === "") return notRelative(`${what} is empty`);
  if (link2.includes("\0")) return notRelative(`${what} contains a NUL character`);
  if (/[\n\r]/.test(link2)) return notRelative(`${what} contains a line break`);
  if (link2.startsWith("\\\\") || link2.startsWith("//"))
    return notRelative(`${what} "${link2}" is a UNC/network path`);
  if (/^[A-Za-z]:/.test(link2)) return notRelative(`${what} "${link2}" is an absolute Windows path`);
  if (link2.startsWith("/")) return notRelative(`${what} "${link2}" is an absolute path`);
  if (link2.includes("\\")) {
    return notRelative(
      `${what} "${link2}" uses backslashes; write a repository-relative path with / separators`
    );
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(link2))
    return notRelative(`${what} "${link2}" is a URL, not a file`);
  let depth = 0;
  for (const segment of link2.split("/")) {
    if (segment === "..") depth--;
    else if (segment !== "" && segment !== ".") depth++;
    if (depth < 0) return { message: `${what} "${link2}" leaves the repository`, rule: "path/escapes-repo" };
  }
  if (depth === 0) return notRelative(`${what} "${link2}" names the repository root, not a file`);
  if (GIT_NAME.test(normalizeSegments(link2)))
    return {
      message: `${what} "${link2}" is inside git's own .git folder, not the repository's files`,
      rule: "path/git-dir"
    };
  const tooLong = lengthProblem(link2, what);
  return tooLong === void 0 ? void 0 : notRelative(tooLong);
}
function lengthProblem(link2, what) {
  if (link2.length > MAX_PATH_CHARS) return `${what} "${link2}" is longer than ${MAX_PATH_CHARS} characters`;
  for (const name of link2.split("/")) {
    if (name.length * 3 > MAX_NAME_BYTES && new TextEncoder().encode(name).length > MAX_NAME_BYTES) {
      return `${what} "${link2}" has a name longer than ${MAX_NAME_BYTES} bytes, more than file systems take`;
    }
  }
  return void 0;
}
function isInFolders(path, folders) {
  if (folders.size === 0) return false;
  for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1))
    if (folders.has(path.slice(0, slash))) return true;
  return false;
}
function isAtOrInside(path, place) {
  return path === place || path.startsWith(place.endsWith("/") ? place : `${place}/`);
}
function normalizeLink(link2) {
  if (link2.length > MEMO_KEY_CHARS) return normalizeSegments(link2);
  return plainPath(link2) ? link2 : normalized(link2);
}
function normalizeSegments(link2) {
  const parts = [];
  for (const segment of link2.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "" && segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}
var PLAIN_NAMES, DOT_NAME, GIT_NAME, MEMO_LIMIT, MEMO_KEY_CHARS, plainPath, issues, normalized, MAX_NAME_BYTES, MAX_PATH_CHARS, asInProject;
var init_paths = __esm({
  "src/core/paths.ts"() {
    "use strict";
    init_memo();
    PLAIN_NAMES = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
    DOT_NAME = /(?:^|\/)\.\.?(?:\/|$)/;
    GIT_NAME = /(?:^|\/)\.git(?:\/|$)/i;
    MEMO_LIMIT = 5e4;
    MEMO_KEY_CHARS = 1024;
    plainPath = memoised(MEMO_LIMIT, isPlainPath);
    issues = /* @__PURE__ */ new Map();
    normalized = memoised(MEMO_LIMIT, normalizeSegments);
    MAX_NAME_BYTES = 255;
    MAX_PATH_CHARS = 1024;
    asInProject = (path) => path;
  }
});

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
var init_schema_words = __esm({
  "src/core/schema-words.ts"() {
    "use strict";
    init_json_location();
  }
});

// src/core/trim.ts
function trimEndOf(text, chars) {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
var init_trim = __esm({
  "src/core/trim.ts"() {
    "use strict";
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
var init_unknown_names = __esm({
  "src/core/unknown-names.ts"() {
    "use strict";
  }
});

// src/generated/agent-handoffs.validator.js
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func22(key0) < 1) {
          const err0 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!(key1 === "$schema")) {
        let data0 = data[key1];
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.status === void 0) {
            const err2 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agentEntry/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data0.status !== void 0) {
            let data1 = data0.status;
            if (typeof data1 === "string") {
              if (func22(data1) < 1) {
                const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/definitions/agentEntry/properties/status/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            } else {
              const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/definitions/agentEntry/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data0.current_task !== void 0) {
            let data2 = data0.current_task;
            if (typeof data2 !== "string" && data2 !== null) {
              const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/current_task", schemaPath: "#/definitions/agentEntry/properties/current_task/type", keyword: "type", params: { type: schema12.properties.current_task.type }, message: "must be string,null" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data0.task_started !== void 0) {
            let data3 = data0.task_started;
            if (typeof data3 === "string") {
              if (!pattern0.test(data3)) {
                const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/task_started", schemaPath: "#/definitions/agentEntry/properties/task_started/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"' };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            } else {
              const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/task_started", schemaPath: "#/definitions/agentEntry/properties/task_started/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data0.brief_note !== void 0) {
            if (typeof data0.brief_note !== "string") {
              const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/brief_note", schemaPath: "#/definitions/agentEntry/properties/brief_note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          if (data0.details_link !== void 0) {
            let data5 = data0.details_link;
            if (typeof data5 !== "string" && data5 !== null) {
              const err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/details_link", schemaPath: "#/definitions/agentEntry/properties/details_link/type", keyword: "type", params: { type: schema12.properties.details_link.type }, message: "must be string,null" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        } else {
          const err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/agentEntry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err11 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
var import_ucs2length2, agent_handoffs_validator_default, schema112, schema12, func22, pattern0, schema2;
var init_agent_handoffs_validator = __esm({
  "src/generated/agent-handoffs.validator.js"() {
    "use strict";
    import_ucs2length2 = __toESM(require_ucs2length(), 1);
    agent_handoffs_validator_default = validate102;
    schema112 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/handoff-guard/handoff-guard/v0/schema/agent-handoffs.schema.json", "title": "Agent handoffs registry", "description": "The shared registry of handoff-guard (.agent-context/agent-handoffs.json): one entry per agent, naming its current task, status and the handoff document to read before resuming. Statuses beyond in_progress, blocked, complete and idle are allowed when the config lists them.", "type": "object", "properties": { "$schema": { "description": "Lets editors find this schema; not an agent.", "type": "string" } }, "propertyNames": { "minLength": 1 }, "additionalProperties": { "$ref": "#/definitions/agentEntry" }, "definitions": { "agentEntry": { "title": "Agent entry", "description": "What one agent is doing. Unknown extra keys are allowed and kept on rewrite.", "type": "object", "required": ["status"], "properties": { "status": { "description": "in_progress, blocked, complete or idle, or a status the config adds. in_progress and blocked make the task active by default.", "type": "string", "minLength": 1, "examples": ["in_progress", "blocked", "complete", "idle"] }, "current_task": { "description": "Task id the agent works on, e.g. TASK-2025-0078-C; null when idle.", "type": ["string", "null"] }, "task_started": { "description": "Date the task started, YYYY-MM-DD (a full ISO timestamp is accepted).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$" }, "brief_note": { "description": "One line for the at-a-glance view, e.g. 'API testing implementation - 30% complete'.", "type": "string" }, "details_link": { "description": "Repository-relative path (POSIX separators) of the latest handoff document; null when there is none.", "type": ["string", "null"] } }, "additionalProperties": true } } };
    schema12 = { "title": "Agent entry", "description": "What one agent is doing. Unknown extra keys are allowed and kept on rewrite.", "type": "object", "required": ["status"], "properties": { "status": { "description": "in_progress, blocked, complete or idle, or a status the config adds. in_progress and blocked make the task active by default.", "type": "string", "minLength": 1, "examples": ["in_progress", "blocked", "complete", "idle"] }, "current_task": { "description": "Task id the agent works on, e.g. TASK-2025-0078-C; null when idle.", "type": ["string", "null"] }, "task_started": { "description": "Date the task started, YYYY-MM-DD (a full ISO timestamp is accepted).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$" }, "brief_note": { "description": "One line for the at-a-glance view, e.g. 'API testing implementation - 30% complete'.", "type": "string" }, "details_link": { "description": "Repository-relative path (POSIX separators) of the latest handoff document; null when there is none.", "type": ["string", "null"] } }, "additionalProperties": true };
    func22 = import_ucs2length2.default.default ?? import_ucs2length2.default;
    pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$", "u");
    schema2 = schema112;
  }
});

// src/core/registry.ts
function isAgentKey(key) {
  return !key.startsWith("$");
}
function agentEntries(registry) {
  let entries = AGENT_ENTRIES.get(registry);
  if (entries === void 0) {
    entries = Object.entries(registry).filter(([key]) => isAgentKey(key));
    AGENT_ENTRIES.set(registry, entries);
  }
  return entries;
}
function registryPointer(agent, key) {
  return `/${pointerSegment(agent)}${key === void 0 ? "" : `/${pointerSegment(key)}`}`;
}
function describeSchemaError(error) {
  const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const [agent, field] = segments;
  const subject = agent === void 0 ? "the registry" : field === void 0 ? `agent "${agent}"` : `"${field}" of agent "${agent}"`;
  switch (error.keyword) {
    case "type":
      if (field === void 0) {
        const wanted = agent === void 0 ? "an object mapping agent names to entries" : "an object (the agent entry)";
        return { message: `${subject} must be ${wanted}`, pointer: error.instancePath, key: false };
      }
      break;
    case "pattern":
      return {
        message: `${subject} must be a date, YYYY-MM-DD`,
        pointer: error.instancePath,
        key: false
      };
    case "minLength":
      if (error.propertyName !== void 0) {
        return {
          message: "an agent name must not be empty",
          pointer: `${error.instancePath}/${pointerSegment(error.propertyName)}`,
          key: true
        };
      }
      break;
  }
  return {
    message: `${subject} ${schemaRuleWords(error)}`,
    pointer: error.instancePath,
    key: error.keyword === "required"
  };
}
function checkRegistry(text, file, statuses) {
  let json;
  try {
    json = parseJsonLocated(text, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (/^<{7}( |$)/m.test(text)) {
      return {
        problems: [
          new InputError(
            `${error.message} (the file has an unresolved merge conflict)`,
            error.location,
            error.rule
          )
        ]
      };
    }
    return { problems: [error] };
  }
  const problems = [];
  for (const duplicate of json.duplicateKeys) problems.push(duplicateKeyError(duplicate, file));
  if (!agent_handoffs_validator_default(json.value)) {
    const seen = /* @__PURE__ */ new Set();
    for (const error of agent_handoffs_validator_default.errors ?? []) {
      if (error.keyword === "propertyNames") continue;
      const described = describeSchemaError(error);
      const id = `${described.pointer}|${error.keyword}|${described.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const rule = error.keyword === "minLength" ? "schema/empty" : `schema/${error.keyword}`;
      problems.push(
        new InputError(
          described.message,
          locationOf(json, file, described.pointer, { key: described.key }),
          rule
        )
      );
    }
  }
  const value = json.value;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [agent, entry] of Object.entries(value)) {
      if (!entry || typeof entry !== "object") continue;
      if (!isAgentKey(agent)) {
        if ("current_task" in entry || "status" in entry) {
          problems.push(
            new InputError(
              `"${agent}" holds an agent's entry, but a key starting with "$" is no agent and is skipped by every command: rename the agent`,
              locationOf(json, file, registryPointer(agent), { key: true }),
              "registry/dollar-agent"
            )
          );
        }
        continue;
      }
      for (const key of Object.keys(entry)) {
        if (Object.hasOwn(ENTRY_PROPERTIES, key)) continue;
        const meant = meantName(key, ENTRY_KEYS);
        if (meant === void 0 || meant in entry) continue;
        problems.push(
          new InputError(
            `agent "${agent}": "${key}" is no registry key (did you mean ${meant}?): unknown keys are kept, so a misspelt one is read as missing`,
            locationOf(json, file, registryPointer(agent, key), { key: true }),
            "registry/misspelt-key"
          )
        );
      }
      const status = entry.status;
      if (typeof status === "string" && status !== "" && !statuses.includes(status)) {
        const meant = meantName(status, statuses);
        problems.push(
          new InputError(
            `unknown status "${status}" for agent "${agent}"${meant === void 0 ? "" : ` (did you mean ${meant}?)`} (allowed: ${statuses.join(", ")}; add more with the config key "statuses")`,
            locationOf(json, file, registryPointer(agent, "status")),
            "registry/status"
          )
        );
      }
    }
  }
  problems.sort(
    (a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0)
  );
  return problems.length === 0 ? { registry: value, problems, json } : { problems, json };
}
function parseRegistry(text, file, statuses) {
  const checked = checkRegistry(text, file, statuses);
  if (!checked.registry) throw checked.problems[0];
  return checked.registry;
}
function heldTask(entry) {
  return typeof entry.current_task === "string" ? entry.current_task.trim() : "";
}
function meantTask(taskId, entries) {
  const held = /* @__PURE__ */ new Set();
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== "") held.add(task);
  }
  return meantName(taskId, [...held]);
}
function isActiveStatus(entry, config) {
  return config.activeStatuses.includes(entry.status);
}
function activeTasks(registry, config) {
  return activeTasksIn(agentEntries(registry), config);
}
function activeTasksIn(entries, config) {
  const tasks = [];
  for (const [agent, entry] of entries) {
    const taskId = heldTask(entry);
    if (taskId === "" || !isActiveStatus(entry, config)) continue;
    const link2 = typeof entry.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
    const task = { taskId, agent, status: entry.status };
    if (link2 !== void 0) task.detailsLink = link2;
    tasks.push(task);
  }
  return tasks;
}
function serializeRegistry(registry) {
  return `${JSON.stringify(registry, null, 2)}
`;
}
function withEntry(registry, agent, patch) {
  const next = {};
  const patched = (entry) => {
    const merged = { ...entry };
    for (const [key, value] of Object.entries(patch)) {
      if (value === void 0) delete merged[key];
      else merged[key] = value;
    }
    return merged;
  };
  let found = false;
  for (const [key, entry] of Object.entries(registry)) {
    if (key === agent) {
      found = true;
      Object.defineProperty(next, key, {
        value: patched(entry),
        enumerable: true,
        writable: true,
        configurable: true
      });
    } else {
      Object.defineProperty(next, key, {
        value: entry,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
  }
  if (!found) {
    Object.defineProperty(next, agent, {
      value: patched(void 0),
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return next;
}
function linkedBy(registry, path, agent) {
  const wanted = normalizeLink(path);
  for (const [name, entry] of agentEntries(registry)) {
    if (name !== agent && typeof entry.details_link === "string" && normalizeLink(entry.details_link) === wanted)
      return name;
  }
  return void 0;
}
function othersActiveOn(registry, config, taskId, agent) {
  return activeTasks(registry, config).filter((task) => task.taskId === taskId && task.agent !== agent).map((task) => task.agent);
}
function slipOfAgentName(name, names) {
  const folded = foldName(name);
  const chars = [...folded];
  const digits = digitsOf(folded);
  for (const known of names) {
    if (known === name) continue;
    const knownFolded = foldName(known);
    if (knownFolded === folded) return known;
    if (digitsOf(knownFolded) !== digits) continue;
    const knownChars = [...knownFolded];
    const shorter = Math.min(chars.length, knownChars.length);
    if (shorter < 3) continue;
    if (swapsNeighbours(chars, knownChars) || lastLetterSlip(chars, knownChars) || lastLetterSlip(knownChars, chars) || shorter >= 4 && (dropsOneInside(chars, knownChars) || dropsOneInside(knownChars, chars)))
      return known;
  }
  return void 0;
}
function foldName(name) {
  return name.normalize("NFC").toLowerCase();
}
function digitsOf(text) {
  return text.replace(/\D+/g, " ").trim();
}
function swapsNeighbours(a, b) {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i + 1 >= a.length || a[i] === a[i + 1] || a[i] !== b[i + 1] || a[i + 1] !== b[i]) return false;
  for (let j = i + 2; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}
function dropsOneInside(short2, long) {
  if (long.length !== short2.length + 1) return false;
  let i = 0;
  while (i < short2.length && short2[i] === long[i]) i++;
  if (i === short2.length) return false;
  for (let j = i; j < short2.length; j++) if (short2[j] !== long[j + 1]) return false;
  return true;
}
function lastLetterSlip(short2, long) {
  if (long.length !== short2.length + 1) return false;
  for (let i = 0; i < short2.length; i++) if (short2[i] !== long[i]) return false;
  return LETTER.test(long[long.length - 1]) && LETTER.test(long[long.length - 2]);
}
function detailsLinks(registry) {
  return linksIn(agentEntries(registry));
}
function linksIn(entries) {
  return entries.flatMap(([, entry]) => typeof entry.details_link === "string" ? [entry.details_link] : []);
}
function handoffFilesByTask(tasks) {
  const files = /* @__PURE__ */ new Map();
  for (const task of tasks) {
    if (task.detailsLink && !linkProblem(task.detailsLink))
      files.set(task.taskId, normalizeLink(task.detailsLink));
  }
  return files;
}
var AGENT_ENTRIES, ENTRY_PROPERTIES, ENTRY_KEYS, LETTER;
var init_registry = __esm({
  "src/core/registry.ts"() {
    "use strict";
    init_agent_handoffs_validator();
    init_errors();
    init_json_location();
    init_paths();
    init_schema_words();
    init_unknown_names();
    AGENT_ENTRIES = /* @__PURE__ */ new WeakMap();
    ENTRY_PROPERTIES = schema2.definitions.agentEntry?.properties ?? {};
    ENTRY_KEYS = Object.keys(ENTRY_PROPERTIES);
    LETTER = new RegExp("^\\p{L}$", "u");
  }
});

// src/adapters/builtins.ts
function nodeCrypto() {
  return builtin("node:crypto");
}
function builtin(id) {
  if (typeof process.getBuiltinModule === "function") return process.getBuiltinModule(id);
  if (typeof require === "function") return require(id);
  throw new InternalError(
    `${id} cannot be loaded here on Node.js ${process.version}: use Node.js 20.16 or later`
  );
}
var init_builtins = __esm({
  "src/adapters/builtins.ts"() {
    "use strict";
    init_errors();
  }
});

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
var Utf8Stream, NOTHING;
var init_utf8 = __esm({
  "src/core/utf8.ts"() {
    "use strict";
    init_errors();
    Utf8Stream = class {
      held = NOTHING;
      /** Whether a character is cut at the end of the chunks so far (`check` then needs the next one). */
      get cut() {
        return this.held.length > 0;
      }
      /** The first fault in `chunk`, continuing the chunks before it; undefined when there is none. */
      check(chunk, isUtf85) {
        if (this.held.length === 0 && isUtf85(chunk)) return void 0;
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
    NOTHING = new Uint8Array(0);
  }
});

// src/adapters/user-text.ts
function decodeUserText(raw, file) {
  let bytes = raw;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bytes = bytes.subarray(3);
  if (!(0, import_node_buffer.isUtf8)(bytes)) throw utf8Error(bytes, file);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.includes("\r") ? text.replace(/\r\n/g, "\n") : text;
}
var import_node_buffer;
var init_user_text = __esm({
  "src/adapters/user-text.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
    init_utf8();
  }
});

// src/adapters/git-process.ts
function failureOf(code, signal, stderr) {
  if (signal) return new GitFailure(`${stderr}git was stopped by ${signal} before it finished
`);
  return code !== 0 && stderr !== "" ? new GitFailure(stderr) : void 0;
}
function startError(error, cwd) {
  return error.code === "ENOENT" && !(0, import_node_fs2.existsSync)(cwd) ? new Error(`the folder ${cwd} does not exist`) : error;
}
async function runGit(args, cwd, extraEnv = {}, input) {
  let stdout = "";
  try {
    await streamGit(
      args,
      cwd,
      (text) => {
        stdout += text;
        return false;
      },
      // All of it is read anyway: fully buffered. To a pipe, git log otherwise flushes after every
      // commit, and a 10,000-commit range came as 10,000 reads (~100 ms of the draft).
      { ...FULLY_BUFFERED, ...extraEnv },
      input
    );
  } catch (error) {
    if (error instanceof GitFailure) throw new GitFailure(`${stdout}${error.message}`);
    throw error;
  }
  return stdout;
}
function runGitBlocking(args, cwd) {
  const result = (0, import_node_child_process.spawnSync)("git", args, {
    cwd,
    env: { ...process.env, ...AS_STORED, ...FULLY_BUFFERED },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    // As runGit: all of git's output, however long (a range's size is the caller's to bound).
    maxBuffer: Number.POSITIVE_INFINITY,
    windowsHide: true
  });
  if (result.error) throw startError(result.error, cwd);
  const failure = failureOf(result.status, result.signal, result.stderr);
  if (failure) throw new GitFailure(`${result.stdout}${failure.message}`);
  return result.stdout;
}
function streamGit(args, cwd, onText, extraEnv, input) {
  return new Promise((resolvePromise, reject) => {
    const child = (0, import_node_child_process.spawn)("git", args, {
      cwd,
      // Read now, not defaulted: the environment as this process sees it at the time of the call.
      env: { ...process.env, ...AS_STORED, ...extraEnv },
      // No stdin unless there is input: a pipe is one more stream for every git process.
      stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true
    });
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(input);
    child.stdout.setEncoding("utf8");
    const err = [];
    let stopped = false;
    child.stdout.on("data", (text) => {
      if (stopped) return;
      if (onText(text)) {
        stopped = true;
        child.kill();
        resolvePromise();
      }
    });
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => {
      if (!stopped) reject(startError(error, cwd));
    });
    child.on("close", (code, signal) => {
      if (stopped) return;
      const failure = failureOf(code, signal, Buffer.concat(err).toString("utf8"));
      if (failure) reject(failure);
      else resolvePromise();
    });
  });
}
function specCost(spec) {
  if (!WINDOWS) return Buffer.byteLength(spec) + 9;
  return /[\s"]/.test(spec) ? spec.length + 3 + (spec.match(/["\\]/g)?.length ?? 0) : spec.length + 1;
}
function specBatches(specs) {
  const batches = [];
  let batch = [];
  let used = 0;
  for (const spec of specs) {
    const cost = specCost(spec);
    if (batch.length > 0 && used + cost > MAX_SPEC_CHARS) {
      batches.push(batch);
      batch = [];
      used = 0;
    }
    batch.push(spec);
    used += cost;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
var import_node_child_process, import_node_fs2, FULLY_BUFFERED, AS_STORED, LITERAL_PATHSPECS, GitFailure, WINDOWS, MAX_SPEC_CHARS;
var init_git_process = __esm({
  "src/adapters/git-process.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_fs2 = require("node:fs");
    FULLY_BUFFERED = { GIT_FLUSH: "0" };
    AS_STORED = { GIT_NO_REPLACE_OBJECTS: "1" };
    LITERAL_PATHSPECS = {
      GIT_LITERAL_PATHSPECS: "1",
      GIT_GLOB_PATHSPECS: "0",
      GIT_NOGLOB_PATHSPECS: "0",
      GIT_ICASE_PATHSPECS: "0"
    };
    GitFailure = class extends Error {
      name = "GitFailure";
    };
    WINDOWS = process.platform === "win32";
    MAX_SPEC_CHARS = WINDOWS ? 3e4 : 256 * 1024;
  }
});

// src/core/tree-listing.ts
function specOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? path : `${path.slice(0, slash)}/`;
}
var init_tree_listing = __esm({
  "src/core/tree-listing.ts"() {
    "use strict";
  }
});

// src/adapters/git-tree.ts
function bytesAnnounced(buffer) {
  const head = firstLine(buffer);
  const size = head ? Number(head.line.split(" ")[2]) : Number.NaN;
  return head && Number.isSafeInteger(size) ? head.used + size + 1 : 0;
}
function firstLine(buffer) {
  const end = buffer.indexOf(10);
  return end === -1 ? void 0 : { line: buffer.subarray(0, end).toString("utf8"), used: end + 1 };
}
function parseCheck(buffer) {
  const head = firstLine(buffer);
  if (!head) return void 0;
  const fields = head.line.split(" ");
  const [first, second] = fields;
  if (fields.length === 2 && first !== void 0 && /^(symlink|dangling|loop|notdir)$/.test(first)) {
    const size = Number(second);
    if (buffer.length < head.used + size + 1) return void 0;
    const detail = buffer.subarray(head.used, head.used + size).toString("utf8");
    const used = head.used + size + 1;
    if (first === "symlink") return { value: { kind: "symlink-outside", target: detail }, used };
    if (first === "loop") return { value: { kind: "symlink-loop" }, used };
    return { value: { kind: "missing" }, used };
  }
  if (head.line.endsWith(" missing") || head.line.endsWith(" ambiguous")) {
    return { value: { kind: "missing" }, used: head.used };
  }
  if (fields.length === 3 && first !== void 0 && second !== void 0) {
    return { value: { kind: "object", oid: first, type: second, size: Number(fields[2]) }, used: head.used };
  }
  throw new InternalError(`unexpected answer from git cat-file: ${head.line.slice(0, 200)}`);
}
function contentsWithin(maxBytes) {
  return (buffer) => {
    const head = firstLine(buffer);
    if (!head) return void 0;
    if (head.line.endsWith(" missing")) return { value: void 0, used: head.used };
    const size = Number(head.line.split(" ")[2]);
    const total = head.used + size + 1;
    if (size > maxBytes) {
      const used = Math.min(buffer.length, total);
      return { value: { tooLarge: size }, used, skip: total - used };
    }
    if (buffer.length < total) return void 0;
    return { value: Buffer.from(buffer.subarray(head.used, head.used + size)), used: total };
  };
}
async function listTree(cwd, commit, specs) {
  const entries = /* @__PURE__ */ new Map();
  for (const batch of specBatches(specs)) await listTreeBatch(cwd, commit, batch, entries);
  return entries;
}
async function listTreeBatch(cwd, commit, specs, entries) {
  let output;
  try {
    output = await runGit(["ls-tree", "-z", commit, "--", ...specs], cwd, LITERAL_PATHSPECS);
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    const said = error.message.trim().split("\n")[0]?.slice(0, 300);
    throw new InputError(`git cannot read the tree of ${commit.slice(0, 12)}: ${said}`, {}, "git/corrupt");
  }
  let at2 = 0;
  while (at2 < output.length) {
    let end = output.indexOf("\0", at2);
    if (end === -1) end = output.length;
    const tab = output.indexOf("	", at2);
    if (tab !== -1 && tab < end) {
      const typeAt = output.indexOf(" ", at2) + 1;
      const oidAt = output.indexOf(" ", typeAt) + 1;
      entries.set(output.slice(tab + 1, end), {
        mode: output.slice(at2, typeAt - 1),
        type: output.slice(typeAt, oidAt - 1),
        oid: output.slice(oidAt, tab)
      });
    }
    at2 = end + 1;
  }
}
function absentFromParent(listed, spec) {
  const folder = spec.slice(0, -1);
  const parent = specOf(folder);
  return parent.endsWith("/") && listed.specs.has(parent) && listed.folders.has(parent) && !listed.entries.has(folder);
}
var import_node_child_process2, CatFileProcess, TreeReader;
var init_git_tree = __esm({
  "src/adapters/git-tree.ts"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
    init_errors();
    init_tree_listing();
    init_trim();
    init_git_process();
    CatFileProcess = class {
      child;
      buffer = Buffer.alloc(0);
      /** Chunks received since `buffer` was last joined, and how many bytes `buffer` and they hold. */
      chunks = [];
      received = 0;
      /** Bytes the first pending answer needs before parsing it again is worth a join (0: unknown). */
      needed = 0;
      pending = [];
      failure;
      stderr = "";
      /** Bytes still to come that belong to an answer already given (an oversized blob's): dropped. */
      skipping = 0;
      constructor(args, cwd) {
        this.child = (0, import_node_child_process2.spawn)("git", args, {
          cwd,
          env: { ...process.env, ...AS_STORED },
          stdio: "pipe",
          windowsHide: true
        });
        this.child.stdout.on("data", (data) => {
          let chunk = data;
          if (this.skipping > 0) {
            const dropped = Math.min(this.skipping, chunk.length);
            this.skipping -= dropped;
            if (dropped === chunk.length) return;
            chunk = chunk.subarray(dropped);
          }
          this.chunks.push(chunk);
          this.received += chunk.length;
          if (this.received < this.needed) return;
          this.buffer = this.buffer.length === 0 && this.chunks.length === 1 ? chunk : Buffer.concat([this.buffer, ...this.chunks]);
          this.chunks = [];
          this.drain();
        });
        this.child.stderr.on("data", (chunk) => {
          if (this.stderr.length < 4096) this.stderr += chunk.toString("utf8");
        });
        this.child.on("error", (error) => this.fail(error));
        this.child.on("close", (code) => {
          if (this.pending.length > 0) {
            const said = this.stderr.trim().split("\n")[0]?.slice(0, 300);
            this.fail(
              said ? new InputError(`git cannot read the repository: ${said}`, {}, "git/corrupt") : new InternalError(`git cat-file ended (exit ${code})`)
            );
          }
        });
        this.child.stdin.on("error", () => void 0);
      }
      /** Sends every line in one write and resolves with the answers in order. */
      requestAll(lines, parse) {
        if (this.failure) return Promise.reject(this.failure);
        const answers = lines.map(
          () => new Promise((resolve8, reject) => {
            this.pending.push({ parse, resolve: resolve8, reject });
          })
        );
        this.child.stdin.write(`${lines.join("\n")}
`);
        return Promise.all(answers);
      }
      close() {
        this.child.stdin.end();
      }
      drain() {
        this.needed = 0;
        while (this.pending.length > 0) {
          const next = this.pending[0];
          const parsed = next.parse(this.buffer);
          if (!parsed) {
            this.needed = bytesAnnounced(this.buffer);
            break;
          }
          this.buffer = this.buffer.subarray(parsed.used);
          this.pending.shift();
          next.resolve(parsed.value);
          if (parsed.skip) {
            this.skipping = parsed.skip;
            break;
          }
        }
        this.received = this.buffer.length;
      }
      fail(error) {
        this.failure ??= error;
        for (const pending of this.pending.splice(0)) pending.reject(this.failure);
      }
    };
    TreeReader = class {
      constructor(cwd) {
        this.cwd = cwd;
      }
      cwd;
      check;
      contents;
      /** Per commit: the folders listed so far and their entries (a commit's tree never changes). */
      listings = /* @__PURE__ */ new Map();
      /** Folders to list along with the next listing of a commit (`hint`). */
      hints = /* @__PURE__ */ new Map();
      /** The last listing of a commit asked for, which the next one waits for (it may cover what that asks). */
      listingsUnderWay = /* @__PURE__ */ new Map();
      /**
       * Folders (repository-relative) a later `read` of `commit` will likely ask about: they are listed
       * in the same `git ls-tree` as the first read's, saving a process per phase of a snapshot.
       */
      hint(commit, folders) {
        const set = this.hints.get(commit) ?? /* @__PURE__ */ new Set();
        for (const folder of folders) set.add(folder === "" ? "" : `${trimEndOf(folder, "/")}/`);
        set.delete("");
        this.hints.set(commit, set);
      }
      /**
       * Takes `listing` as `commit`'s (worked out without git, see core/tree-listing.ts): reads of
       * `commit` list only the specs it lacks. Before any read of `commit`.
       */
      seed(commit, listing) {
        if (this.listings.has(commit) || this.listingsUnderWay.has(commit)) return;
        const seeded = { specs: new Set(listing.specs), folders: /* @__PURE__ */ new Set(), entries: /* @__PURE__ */ new Map() };
        for (const [path, entry] of listing.entries) {
          seeded.entries.set(path, entry);
          seeded.folders.add(specOf(path));
        }
        this.listings.set(commit, seeded);
      }
      /**
       * The blob each of `commits` holds at `path` (repository-relative), in one `cat-file --batch-check`
       * round trip for them all: its id, or undefined where there is none (no such path, not a blob, a
       * symlink out). Many commits' copies of one file cost one process, not a listing each.
       */
      async blobsAt(commits, path) {
        if (commits.length === 0) return [];
        const answers = await this.checker().requestAll(
          commits.map((commit) => `${commit}:${path}`),
          parseCheck
        );
        return answers.map(
          (answer) => answer.kind === "object" && answer.type === "blob" ? answer.oid : void 0
        );
      }
      /**
       * Whether each of `paths` is a regular file of `commit` as listed so far (after its reads): not a
       * symlink, not reached through one. False when one is not listed; with `orAbsent`, a root file
       * that was listed (its own spec) and is not there counts too (in a folder, absence could be the
       * folder's being a symlink). No git process.
       */
      regularFiles(commit, paths, { orAbsent = false } = {}) {
        const listing = this.listings.get(commit);
        if (!listing) return false;
        for (const path of paths) {
          const entry = listing.entries.get(path);
          if (entry === void 0 && orAbsent && !path.includes("/") && listing.specs.has(path)) continue;
          if (entry?.type !== "blob" || entry.mode !== "100644" && entry.mode !== "100755") return false;
        }
        return true;
      }
      /**
       * What was listed of `commit` so far (after its reads), to remember for a later push; undefined
       * past `maxEntries`, before anything is copied (10,000 entries copied to be dropped cost ~4 ms).
       */
      listed(commit, maxEntries = Number.POSITIVE_INFINITY) {
        const listing = this.listings.get(commit);
        if (!listing || listing.entries.size > maxEntries) return void 0;
        return { specs: [...listing.specs], entries: [...listing.entries] };
      }
      /**
       * The entries of `specs` (folders `dir/` or root files) in `commit`, listing only what is new.
       * Listings of one commit run one after the other, each seeing what the earlier ones listed.
       */
      listing(commit, specs) {
        const previous = this.listingsUnderWay.get(commit);
        const next = previous ? previous.catch(() => void 0).then(() => this.listNew(commit, specs)) : this.listNew(commit, specs);
        this.listingsUnderWay.set(commit, next);
        return next;
      }
      async listNew(commit, specs) {
        let listing = this.listings.get(commit);
        if (!listing) {
          listing = { specs: /* @__PURE__ */ new Set(), folders: /* @__PURE__ */ new Set(), entries: /* @__PURE__ */ new Map() };
          this.listings.set(commit, listing);
        }
        const missing = [...specs].filter((spec) => !listing?.specs.has(spec));
        if (missing.length === 0) return listing;
        const extra = [...this.hints.get(commit) ?? []].filter((spec) => !listing?.specs.has(spec));
        this.hints.delete(commit);
        const asked = [.../* @__PURE__ */ new Set([...missing, ...extra])];
        const entries = await listTree(this.cwd, commit, asked);
        for (const spec of asked) listing.specs.add(spec);
        for (const [path, entry] of entries) {
          listing.entries.set(path, entry);
          listing.folders.add(specOf(path));
        }
        return listing;
      }
      /**
       * What each of `paths` (repository-relative, normalized, no line breaks) is in `commit`'s tree,
       * with the bytes of every blob up to `maxBytes`.
       *
       * One `git ls-tree` lists the folders the paths are in (a lookup of `commit:path` walks the tree
       * from the root and scans each folder, which is quadratic with thousands of handoffs in one
       * folder); blobs are then read by id in one pipelined round trip. Only paths that are symlinks, or
       * are not found (a folder on the way may be a symlink), take `--follow-symlinks`, which resolves
       * them inside the tree and says when one leads out of it. A path in `blobs` is a regular file
       * whose blob the caller knows (from the pushed commits' changes): it is read by that id, unlisted.
       */
      async read(commit, paths, maxBytes, known, blobs) {
        const files = /* @__PURE__ */ new Map();
        if (paths.length === 0) return files;
        const wanted = [];
        const specs = /* @__PURE__ */ new Set();
        for (const path of paths) {
          const oid = blobs?.get(path);
          if (oid === void 0) specs.add(specOf(path));
          else wanted.push({ path, oid });
        }
        const listed = specs.size > 0 ? await this.listing(commit, specs) : void 0;
        const unresolved = [];
        for (const path of paths) {
          if (listed === void 0 || blobs?.has(path)) continue;
          const entry = listed.entries.get(path);
          if (!entry) {
            const spec = specOf(path);
            if (listed.folders.has(`${path}/`)) files.set(path, { kind: "not-a-file", type: "tree" });
            else if (!spec.endsWith("/") || listed.folders.has(spec) || absentFromParent(listed, spec))
              files.set(path, { kind: "missing" });
            else unresolved.push(path);
          } else if (entry.mode === "120000") unresolved.push(path);
          else if (entry.type !== "blob") files.set(path, { kind: "not-a-file", type: entry.type });
          else wanted.push({ path, oid: entry.oid });
        }
        if (unresolved.length > 0) {
          const answers = await this.checker().requestAll(
            unresolved.map((path) => `${commit}:${path}`),
            parseCheck
          );
          answers.forEach((answer, index) => {
            const path = unresolved[index];
            if (answer.kind !== "object") files.set(path, answer);
            else if (answer.type !== "blob") files.set(path, { kind: "not-a-file", type: answer.type });
            else if (answer.size > maxBytes)
              files.set(path, { kind: "too-large", oid: answer.oid, size: answer.size });
            else wanted.push({ path, oid: answer.oid });
          });
        }
        const toRead = [];
        for (const w of wanted) {
          if (known?.(w.oid)) files.set(w.path, { kind: "known", oid: w.oid });
          else toRead.push(w);
        }
        if (toRead.length > 0) {
          this.contents ??= new CatFileProcess(["cat-file", "--batch"], this.cwd);
          const blobs2 = await this.contents.requestAll(
            toRead.map(({ oid }) => oid),
            contentsWithin(maxBytes)
          );
          toRead.forEach(({ path, oid }, index) => {
            const answer = blobs2[index];
            if (answer === void 0) files.set(path, { kind: "missing" });
            else if (Buffer.isBuffer(answer))
              files.set(path, { kind: "blob", oid, size: answer.length, bytes: answer });
            else files.set(path, { kind: "too-large", oid, size: answer.tooLarge });
          });
        }
        return files;
      }
      /** The `--batch-check --follow-symlinks` process, started on first use. */
      checker() {
        this.check ??= new CatFileProcess(
          ["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)", "--follow-symlinks"],
          this.cwd
        );
        return this.check;
      }
      close() {
        this.check?.close();
        this.contents?.close();
        this.check = void 0;
        this.contents = void 0;
      }
    };
  }
});

// src/adapters/log-records.ts
function recordsIn(text, marker) {
  const records = text.split(marker);
  records.shift();
  return records.filter((record) => record !== "");
}
function namesIn(names) {
  return names.split("\0").filter((name) => name !== "");
}
var LogRecords;
var init_log_records = __esm({
  "src/adapters/log-records.ts"() {
    "use strict";
    LogRecords = class {
      constructor(marker) {
        this.marker = marker;
      }
      marker;
      /** The text since the last marker (the marker included), in the chunks it came in. */
      pieces = [];
      /** The record still arriving: its fields, once their NUL has come (without it). */
      head;
      /** Its text after the marker while no NUL has come. */
      headPieces = [];
      /** Its names not yet handed out (the last may be cut mid-name), and whether a NUL ends one of them. */
      fresh = [];
      freshEnds = false;
      /** Whether its names have begun (git's newline between fields and names is dropped, as parseLogRecord does). */
      namesBegun = false;
      /** Adds `text`; returns the records it completed, in order, without their marker. */
      push(text) {
        const carried2 = this.tail(this.marker.length - 1);
        const last = (carried2 + text).lastIndexOf(this.marker);
        if (last === -1) {
          this.pieces.push(text);
          this.follow(text);
          return [];
        }
        const all = this.joined() + text;
        const cut = all.length - text.length - carried2.length + last;
        const rest = all.slice(cut);
        this.pieces = [rest];
        this.head = void 0;
        this.headPieces = [];
        this.fresh = [];
        this.freshEnds = false;
        this.namesBegun = false;
        this.follow(rest.slice(this.marker.length));
        return recordsIn(all.slice(0, cut), this.marker);
      }
      /**
       * The record still arriving: its fields (the same string each time) and the names that came since
       * it was last handed out, each ended by its NUL; undefined when no name has ended since.
       */
      growing() {
        if (this.head === void 0 || !this.freshEnds) return void 0;
        const text = this.fresh.length === 1 ? this.fresh[0] : this.fresh.join("");
        const end = text.lastIndexOf("\0") + 1;
        this.fresh = end < text.length ? [text.slice(end)] : [];
        this.freshEnds = false;
        return { head: this.head, names: text.slice(0, end) };
      }
      /** The records left once git has ended (the last one is whole then). */
      end() {
        const all = this.joined();
        this.pieces = [];
        return recordsIn(all, this.marker);
      }
      /** Reads `text`, which the record still arriving goes on with, into its fields or its names. */
      follow(text) {
        let names = text;
        if (this.head === void 0) {
          const nul = text.indexOf("\0");
          if (nul === -1) {
            this.headPieces.push(text);
            return;
          }
          this.headPieces.push(text.slice(0, nul));
          this.head = this.headPieces.join("");
          this.headPieces = [];
          names = text.slice(nul + 1);
        }
        if (!this.namesBegun && names !== "") {
          this.namesBegun = true;
          if (names.startsWith("\n")) names = names.slice(1);
        }
        if (names === "") return;
        this.fresh.push(names);
        if (names.includes("\0")) this.freshEnds = true;
      }
      /** `pieces` as one string (kept as one piece from then on). */
      joined() {
        if (this.pieces.length > 1) this.pieces = [this.pieces.join("")];
        return this.pieces[0] ?? "";
      }
      /** The last `count` characters of `pieces` (fewer when fewer are there). */
      tail(count) {
        if (count <= 0) return "";
        let text = "";
        for (let i = this.pieces.length - 1; i >= 0 && text.length < count; i--)
          text = `${this.pieces[i]}${text}`;
        return text.slice(-count);
      }
    };
  }
});

// lazy-library:simple-git
var require_simple_git = __commonJS({
  "lazy-library:simple-git"(exports2, module2) {
    module2.exports = require(require("node:path").join(__dirname, "lib", "simple-git.cjs"));
  }
});

// src/adapters/git.ts
var git_exports = {};
__export(git_exports, {
  GitCommandManager: () => GitCommandManager,
  commitsAfterTouch: () => commitsAfterTouch,
  headerLines: () => headerLines,
  parseLog: () => parseLog,
  translateGitError: () => translateGitError,
  unquoteGitPath: () => unquoteGitPath
});
function headInFiles(gitDir) {
  const headFile = (0, import_node_path2.join)(gitDir, "HEAD");
  if (!(0, import_node_fs3.lstatSync)(headFile, { throwIfNoEntry: false })?.isFile()) return void 0;
  const text = (0, import_node_fs3.readFileSync)(headFile, "utf8");
  const branch = /^ref: refs\/heads\/([^\n]+)\n?$/.exec(text)?.[1];
  if (branch === void 0) {
    const commit = text.replace(/\n$/, "");
    return OBJECT_NAME.test(commit) ? { commit, commonDir: commonDirOf(gitDir) } : void 0;
  }
  if (!PLAIN_BRANCH.test(branch)) return void 0;
  const commonDir = commonDirOf(gitDir);
  return { branch, refFile: (0, import_node_path2.join)(commonDir, "refs", "heads", branch), commonDir };
}
function branchInHead(gitDir) {
  const head = headInFiles(gitDir);
  if (head === void 0) return void 0;
  if ("commit" in head) return { branch: void 0 };
  const own = (0, import_node_fs3.lstatSync)(head.refFile, { throwIfNoEntry: false });
  if (own?.isSymbolicLink() || own?.isFile() && (0, import_node_fs3.readFileSync)(head.refFile, "latin1").startsWith("ref:"))
    return void 0;
  return { branch: head.branch };
}
function commitInHead(gitDir) {
  if (process.env.GIT_OBJECT_DIRECTORY !== void 0) return void 0;
  const head = headInFiles(gitDir);
  if (head === void 0) return void 0;
  const commit = "commit" in head ? head.commit : commitOfBranch(head);
  const objectsDir = (0, import_node_path2.join)(head.commonDir, "objects");
  return commit !== void 0 && (0, import_node_fs3.existsSync)((0, import_node_path2.join)(objectsDir, commit.slice(0, 2), commit.slice(2))) ? commit : void 0;
}
function commitOfBranch(head) {
  const own = (0, import_node_fs3.lstatSync)(head.refFile, { throwIfNoEntry: false });
  if (own !== void 0) {
    if (!own.isFile()) return void 0;
    const commit = (0, import_node_fs3.readFileSync)(head.refFile, "latin1").replace(/\n$/, "");
    return OBJECT_NAME.test(commit) ? commit : void 0;
  }
  const packedFile = (0, import_node_path2.join)(head.commonDir, "packed-refs");
  const packed = (0, import_node_fs3.lstatSync)(packedFile, { throwIfNoEntry: false });
  if (!packed?.isFile() || packed.size > PACKED_REFS_READ_LIMIT) return void 0;
  const line = ` refs/heads/${head.branch}`;
  for (const entry of (0, import_node_fs3.readFileSync)(packedFile, "latin1").split("\n")) {
    if (!entry.endsWith(line)) continue;
    const commit = entry.slice(0, -line.length);
    return OBJECT_NAME.test(commit) ? commit : void 0;
  }
  return void 0;
}
function fetchCommand(rev, remotes, shallow) {
  const depth = shallow ? " --depth=50" : "";
  if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(rev))
    return shallow ? `git fetch${depth} origin ${rev}` : void 0;
  const remote = remotes.find((name) => rev.startsWith(`${name}/`));
  const branch = remote === void 0 ? void 0 : rev.slice(remote.length + 1);
  return branch === void 0 || !/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes("..") ? void 0 : `git fetch${depth} ${remote} '+refs/heads/${branch}:refs/remotes/${remote}/${branch}'`;
}
function branchOfRef(ref) {
  if (ref.startsWith("refs/heads/")) return ref.slice("refs/heads/".length) || void 0;
  if (!ref.startsWith("refs/remotes/")) return void 0;
  const name = ref.slice("refs/remotes/".length);
  const slash = name.indexOf("/");
  return slash > 0 && name.slice(slash + 1) !== "HEAD" ? name.slice(slash + 1) : void 0;
}
function commonDirOf(gitDir) {
  const commonFile = (0, import_node_path2.join)(gitDir, "commondir");
  return (0, import_node_fs3.existsSync)(commonFile) ? (0, import_node_path2.resolve)(gitDir, (0, import_node_fs3.readFileSync)(commonFile, "utf8").trim()) : gitDir;
}
function stateOfEntry(entry) {
  return entry[0] === "?" || entry[0] === "A" ? "new" : "changed";
}
function translateGitError(error, args, cwd) {
  const message2 = error instanceof Error ? error.message : String(error);
  if (/\bENOENT\b/.test(message2) && /spawn/.test(message2)) {
    return new InputError("git is not installed or not on PATH", {}, "git/missing");
  }
  if (/not a git repository/i.test(message2)) {
    return new InputError(`${cwd} is not inside a git repository`, { file: cwd }, "git/not-a-repository");
  }
  const damaged = CORRUPT_REPOSITORY.exec(message2);
  if (damaged) {
    return new InputError(
      `the repository is damaged (git ${args[0] ?? ""}: ${damaged[0].trim()}); \`git fsck\` shows what is broken; repair it or clone it again`,
      {},
      "git/corrupt-repository"
    );
  }
  const bad = /(?:bad revision|ambiguous argument|unknown revision|bad object|Invalid revision range) '?([^'\n:]+)'?/i.exec(
    message2
  );
  if (bad) {
    return new InputError(
      `unknown revision "${bad[1]}": no such commit in this repository`,
      {},
      "git/unknown-revision"
    );
  }
  if (/does not have any commits yet|your current branch '.*' does not have any commits/i.test(message2)) {
    return new InputError("the repository has no commits yet", {}, "git/empty-repository");
  }
  const first = message2.split("\n").find((line) => line.trim() !== "") ?? message2;
  return new InternalError(`git ${args[0] ?? ""} failed: ${first.trim()}`, {
    cause: error instanceof Error ? error : void 0
  });
}
function mayMoveRefs(args) {
  const [command, ...rest] = args;
  if (command === void 0) return false;
  if (READS_ONLY.has(command)) return false;
  if (command === "config") return !rest.some((a) => /^(?:--list|-l|--get(?:-all|-regexp)?)$/.test(a));
  if (command === "remote") return rest.length > 0 && rest[0] !== "-v" && rest[0] !== "get-url";
  return true;
}
function onStdin(args, revisions, paths) {
  const specs = paths.map((path) => path === "." ? path : `:(literal)${path}`);
  const inLines = !paths.some((path) => /[\n\r]/.test(path));
  const lines = [...revisions, "--", ...inLines ? specs : []];
  return { args: [...args, "--stdin", "--", ...inLines ? [] : specs], input: `${lines.join("\n")}
` };
}
function commitsAfterTouch(walk, touch) {
  if (![...walk.touches.values()].includes(touch))
    throw new InternalError(`${touch} is no touch the walk found`);
  const at2 = walk.commits.findIndex((commit) => commit.sha === touch);
  return at2 === -1 ? walk.commits : walk.commits.slice(at2 + 1);
}
function headerLines(record, onLine) {
  let line = "";
  let skipping = false;
  const mayBeHeader = (start) => start.length <= MAX_HEADER_LINE && (record.startsWith(start.slice(0, record.length)) || MERGE_FILE_HEADER.startsWith(start.slice(0, MERGE_FILE_HEADER.length)));
  const finish = () => {
    if (!skipping && (line.startsWith(record) || line.startsWith(MERGE_FILE_HEADER))) onLine(line);
    line = "";
    skipping = false;
  };
  return {
    read(text) {
      let at2 = 0;
      while (at2 < text.length) {
        const newline = text.indexOf("\n", at2);
        const nul = text.indexOf("\0", at2);
        const stop = newline === -1 ? nul : nul === -1 ? newline : Math.min(newline, nul);
        const piece = text.slice(at2, stop === -1 ? text.length : stop);
        if (!skipping) {
          line += piece;
          if (!mayBeHeader(line)) {
            line = "";
            skipping = true;
          }
        }
        if (stop === -1) return;
        finish();
        at2 = stop + 1;
      }
    },
    end: finish
  };
}
function unquoteGitPath(text) {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes = [];
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if (c !== "\\") {
      for (const byte of Buffer.from(c, "utf8")) bytes.push(byte);
      continue;
    }
    const next = text[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 4), 8) & 255);
      i += 3;
    } else {
      bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function parseLog(output, stats, blobs = false) {
  const commits = [];
  for (const record of output.split(RECORD)) {
    const commit = parseLogRecord(record, stats, blobs);
    if (commit) commits.push(commit);
  }
  return commits;
}
function parseLogRecord(record, stats, blobs = false) {
  const end = record.indexOf("\0");
  if (end === -1) return void 0;
  const fields = record.slice(0, end).split(FIELD);
  const [
    sha = "",
    parents = "",
    authorName = "",
    authorEmail = "",
    authorTime = "0",
    commitTime = "0",
    subject = "",
    body = ""
  ] = fields;
  const taskTrailers = fields.slice(8).map((v) => v.trim()).filter((v) => v !== "");
  const entries = record.slice(end + 1).replace(/^\n/, "").split("\0").filter((e) => e !== "");
  const files = stats ? entries.map(parseNumstat) : blobs ? rawChanges(entries) : entries.map((path) => ({ path }));
  return {
    sha,
    parents: parents === "" ? [] : parents.split(" "),
    authorName,
    authorEmail,
    authorTime: timeOf(authorTime),
    commitTime: timeOf(commitTime),
    subject,
    body: trimEndOf(body, "\n"),
    taskTrailers,
    files
  };
}
function timeOf(text) {
  const seconds = Number(text);
  if (!Number.isFinite(seconds)) return 0;
  return Math.max(-MAX_DATE_SECONDS, Math.min(MAX_DATE_SECONDS, seconds));
}
function readTextOrEmpty(path) {
  try {
    return (0, import_node_fs3.readFileSync)(path, "utf8");
  } catch {
    return "";
  }
}
function rawChanges(entries) {
  const files = [];
  for (let i = 0; i + 1 < entries.length; i += 2) {
    const [oldMode = "", newMode = "", oldOid = "", newOid = ""] = entries[i].slice(1).split(" ");
    files.push({ path: entries[i + 1], blob: { oldMode, newMode, oldOid, newOid } });
  }
  return files;
}
function parseNumstat(entry) {
  const [added = "-", deleted = "-", ...rest] = entry.split("	");
  const path = rest.join("	");
  if (added === "-" || deleted === "-") return { path };
  return { path, added: Number(added), deleted: Number(deleted) };
}
var import_node_fs3, import_node_path2, NONCE, RECORD, FIELD, LOG_FORMAT, LOG_STABLE, PLAIN_BRANCH, PACKED_REFS_READ_LIMIT, OBJECT_NAME, EMPTY_TREE, REMOTE_COMMANDS, GitCommandManager, CORRUPT_REPOSITORY, READS_ONLY, REBASE_FOLDERS, IN_PROGRESS_FILES, WALK_LIMIT, EDGES_ASKED, CLOCK_BEHIND_WALK, MERGE_FILE_HEADER, MAX_HEADER_LINE, C_ESCAPES, MAX_DATE_SECONDS;
var init_git = __esm({
  "src/adapters/git.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path2 = require("node:path");
    init_errors();
    init_paths();
    init_trim();
    init_git_process();
    init_git_tree();
    init_log_records();
    init_repo_root();
    NONCE = `${Math.random().toString(36).slice(2, 8)}${Math.random().toString(36).slice(2, 8)}`;
    RECORD = `${NONCE}`;
    FIELD = `${NONCE}`;
    LOG_FORMAT = `--format=${RECORD}%H${FIELD}%P${FIELD}%aN${FIELD}%aE${FIELD}%at${FIELD}%ct${FIELD}%s${FIELD}%b${FIELD}%(trailers:key=Task,valueonly,separator=%x1f${NONCE})`;
    LOG_STABLE = [
      "--no-color",
      "--no-show-signature",
      "--no-renames",
      "--no-ext-diff",
      "--no-textconv",
      // A submodule's change is a change of what is pushed, whatever `diff.ignoreSubmodules` says.
      "--ignore-submodules=none",
      "-z"
    ];
    PLAIN_BRANCH = /^(?!.*(?:\.\.|\/\/|\/\.|\.lock(?:\/|$)))[A-Za-z0-9_-][A-Za-z0-9._/-]*(?<![./])$/;
    PACKED_REFS_READ_LIMIT = 1 << 20;
    OBJECT_NAME = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
    EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
    REMOTE_COMMANDS = /* @__PURE__ */ new Set(["fetch"]);
    GitCommandManager = class _GitCommandManager {
      constructor(workingDirectory, workingTreeUnchanged = false) {
        this.workingDirectory = workingDirectory;
        this.workingTreeUnchanged = workingTreeUnchanged;
        this.inPackage = !(0, import_node_fs3.existsSync)((0, import_node_path2.join)(workingDirectory, ".git"));
      }
      workingDirectory;
      workingTreeUnchanged;
      simpleGit;
      treeReader;
      /**
       * Set when the working directory is a folder inside the repository (a monorepo package): commits
       * are then listed with their files inside it, relative to it (`git log --relative`), as the
       * package's registry and handoffs name them. Pathspecs are relative to it anyway.
       */
      inPackage;
      /** `packagePrefix`, once asked. */
      prefix;
      /**
       * Answers about refs asked once per manager, by key: the commit a revision names (`commit:<rev>`),
       * the remotes, whether the clone is shallow. The agents' session-start brief asked for HEAD three
       * times and for `origin/HEAD` and `origin/main` three times each, a git process each. Any command
       * that may move a ref forgets them all (`raw`, `mayMoveRefs`).
       */
      remembered = /* @__PURE__ */ new Map();
      static create(workingDirectory, options = {}) {
        return new _GitCommandManager(workingDirectory, options.workingTreeUnchanged === true);
      }
      /**
       * `use(git)` with a manager at `workingDirectory`: the caller's `shared` one when it runs there
       * (what it has asked and read serves again; the caller closes it), else one made for this and
       * closed after.
       */
      static async at(workingDirectory, shared, use) {
        if (shared instanceof _GitCommandManager && shared.workingDirectory === workingDirectory)
          return use(shared);
        const git = new _GitCommandManager(workingDirectory);
        try {
          return await use(git);
        } finally {
          git.close();
        }
      }
      /**
       * Commits selected by `revisionArgs` (e.g. `['a..b']`, or `[sha, '--not', '--remotes=origin']`),
       * oldest first, with the files each changes, with line counts when `stats` is set. Revisions
       * the repository does not have are an InputError naming them; `--ignore-missing` in the args
       * skips them instead.
       */
      async logRange(revisionArgs, opts) {
        const args = [
          "log",
          // Parents before children, whatever the commit dates say.
          "--topo-order",
          "--reverse",
          ...LOG_STABLE,
          // In a package, only its commits: one that changes only other folders (or nothing) is none of
          // its work. Every commit that touches it is listed (git's history simplification could hide
          // some), with its parents rewritten to the nearest listed ones, so ancestry stays connected.
          ...this.inPackage ? ["--relative", "--full-history", "--parents"] : [],
          LOG_FORMAT,
          ...opts.stats ? ["--numstat"] : opts.blobs ? ["--raw", "--no-abbrev"] : ["--name-only"],
          ...revisionArgs,
          "--",
          ...this.inPackage ? ["."] : []
        ];
        const blobs = opts.blobs === true && !opts.stats;
        let first = true;
        const commits = opts.blocking ? parseLog(this.execBlocking(args), opts.stats, blobs) : await this.logRecords(args, (record) => {
          const commit = parseLogRecord(record, opts.stats, blobs);
          if (commit && first) {
            first = false;
            opts.onFirstCommit?.();
          }
          return commit;
        });
        if (commits.some((commit) => commit.parents.length > 1)) {
          const mergeFiles = await this.mergeOwnFiles(revisionArgs);
          for (const commit of commits) {
            const files = mergeFiles.get(commit.sha);
            if (files) commit.files = files.map((path) => ({ path }));
          }
        }
        return commits;
      }
      /**
       * The files of each merge's dense combined patch (`git log --merges --cc -p`), by merge: only the
       * `diff --cc <path>` headers are kept as the patch streams by, so a merge that adds a file of
       * hundreds of megabytes costs the time git takes to print it, never the memory. Named as the other
       * commits' files are: in a package, from the package (`packagePrefix`).
       */
      async mergeOwnFiles(revisionArgs, paths = [], revisions = []) {
        const { args, input } = onStdin(
          [
            "log",
            ...LOG_STABLE,
            ...this.inPackage ? ["--relative", "--full-history"] : [],
            `--format=${RECORD}%H`,
            "--merges",
            "--cc",
            "-p",
            "-U0",
            "--no-prefix",
            ...revisionArgs
          ],
          revisions,
          paths.length > 0 ? paths : this.inPackage ? ["."] : []
        );
        const merges = /* @__PURE__ */ new Map();
        let files;
        const reader = headerLines(RECORD, (line) => {
          if (line.startsWith(RECORD)) {
            files = [];
            merges.set(line.slice(RECORD.length), files);
          } else files?.push(unquoteGitPath(line.slice(MERGE_FILE_HEADER.length)));
        });
        try {
          await streamGit(
            args,
            this.workingDirectory,
            (text) => {
              reader.read(text);
              return false;
            },
            void 0,
            input
          );
        } catch (error) {
          throw translateGitError(error, args, this.workingDirectory);
        }
        reader.end();
        const prefix = merges.size > 0 ? await this.packagePrefix() : "";
        for (const [sha, files2] of merges) {
          const own = files2.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
          if (own.length === 0) merges.delete(sha);
          else merges.set(sha, own);
        }
        return merges;
      }
      /**
       * The package folder from the repository's top (`packages/a/`; '' outside a package): git names a
       * combined patch's files, and a merge's files in `--cc --name-only`, from the top even with
       * `--relative`. Asked of git once.
       */
      packagePrefix() {
        if (!this.inPackage) return Promise.resolve("");
        this.prefix ??= this.exec(["rev-parse", "--show-prefix"]).then((out) => out.trim());
        return this.prefix;
      }
      async branchNamed(rev) {
        const full = (await this.tryExec(["rev-parse", "--symbolic-full-name", rev, "--"]))?.split("\n")[0]?.trim();
        return full === void 0 ? void 0 : branchOfRef(full);
      }
      async branchesAt(sha) {
        const out = await this.exec([
          "for-each-ref",
          `--points-at=${sha}`,
          "--format=%(refname)",
          "refs/heads/",
          "refs/remotes/"
        ]);
        const names = /* @__PURE__ */ new Set();
        for (const ref of out.split("\n")) {
          const name = branchOfRef(ref);
          if (name !== void 0) names.add(name);
        }
        return [...names];
      }
      /** The branch HEAD is on, or undefined when HEAD is detached (or the repository is empty). */
      async currentBranch() {
        const fromFile = this.branchInHeadFile();
        if (fromFile) return fromFile.branch;
        const out = await this.tryExec(["symbolic-ref", "--short", "-q", "HEAD"]);
        const name = out?.trim();
        return name ? name : void 0;
      }
      async workBranch() {
        const branch = await this.currentBranch();
        if (branch !== void 0) return branch;
        const dir = await this.absoluteGitDir().catch(() => void 0);
        if (!dir) return void 0;
        for (const folder of REBASE_FOLDERS) {
          let name;
          try {
            name = (0, import_node_fs3.readFileSync)((0, import_node_path2.join)(dir, folder, "head-name"), "utf8").trim();
          } catch {
            continue;
          }
          return name.startsWith("refs/heads/") ? name.slice("refs/heads/".length) : void 0;
        }
        return void 0;
      }
      /**
       * The branch HEAD's own file names, read as git reads it (a git process costs `resume` ~4 ms,
       * measured): `ref: refs/heads/<branch>` is that branch, an object name a detached HEAD (no branch).
       * Undefined, for git to answer, for anything else: a repository GIT_DIR or GIT_WORK_TREE places, a
       * HEAD that names another kind of ref, is a link, holds reftable's placeholder or a name that is
       * not plain (`PLAIN_BRANCH`), a branch that is an alias of another, a file that cannot be read.
       * One difference, on purpose: a branch that shares its name with a tag is named as it is (`main`),
       * where `git symbolic-ref --short` would say `heads/main`; task ids are read from the name.
       */
      branchInHeadFile() {
        const gitDir = this.gitDirInFiles();
        return gitDir ? branchInHead(gitDir) : void 0;
      }
      /**
       * The git dir git finds from the working directory, read from the files as git reads them: the
       * nearest `.git`, a folder or a worktree's or submodule's `gitdir:` file. Undefined, for git to
       * answer, where the environment places the repository (GIT_DIR, GIT_WORK_TREE, GIT_COMMON_DIR) or
       * that `.git` is neither.
       */
      gitDirInFiles() {
        const env = process.env;
        if (env.GIT_DIR !== void 0 || env.GIT_WORK_TREE !== void 0 || env.GIT_COMMON_DIR !== void 0)
          return void 0;
        try {
          let dir = this.workingDirectory;
          for (; ; ) {
            if ((0, import_node_fs3.lstatSync)((0, import_node_path2.join)(dir, ".git"), { throwIfNoEntry: false })) return gitDirIn(dir);
            const parent = (0, import_node_path2.dirname)(dir);
            if (parent === dir) return void 0;
            dir = parent;
          }
        } catch {
          return void 0;
        }
      }
      /** `ask()`'s answer under `key`, asked once (see `remembered`); a failure is not kept. */
      remember(key, ask) {
        const known = this.remembered.get(key);
        if (known !== void 0) return known;
        const asked = ask();
        this.remembered.set(key, asked);
        asked.catch(() => {
          if (this.remembered.get(key) === asked) this.remembered.delete(key);
        });
        return asked;
      }
      /** The commit `rev` names, or undefined when it names none (asked once: `remember`). */
      commitOf(rev) {
        return this.remember(`commit:${rev}`, async () => {
          const gitDir = rev === "HEAD" ? this.gitDirInFiles() : void 0;
          const fromFiles = gitDir === void 0 ? void 0 : commitInHead(gitDir);
          if (fromFiles !== void 0) return fromFiles;
          const out = await this.tryExec([
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            `${rev}^{commit}`
          ]);
          const sha = out?.trim();
          return sha !== void 0 && OBJECT_NAME.test(sha) ? sha : void 0;
        });
      }
      /** Full sha of a commit; InputError naming the revision when there is no such commit. */
      async revParse(rev) {
        const sha = await this.commitOf(rev);
        if (!sha) {
          const shallow = await this.isShallow().catch(() => false);
          const remotes = await this.listRemotes().catch(() => []);
          const fetch = fetchCommand(rev, remotes, shallow);
          const hint = fetch ? ` (${shallow ? "this clone is shallow: " : "not fetched? "}fetch it first, e.g. ${fetch})` : shallow ? " (this clone is shallow: fetch it first, or name a remote-tracking branch such as origin/main)" : "";
          const range = /^[^:].*\.\./.test(rev) ? " (a range: name one commit; for A..B give each end to its own flag, e.g. --base A --head B)" : "";
          throw new InputError(
            `unknown revision "${rev}": no such commit in this repository${range || hint}`,
            {},
            "git/unknown-revision"
          );
        }
        return sha;
      }
      /**
       * Whether each of `revs` names a commit. Full object names (the Action's ends, from its event) are
       * looked up in one `git rev-parse` when there are several: git prints one line for each that names
       * a commit and drops the rest (`--revs-only`), so when every one came back each answer is remembered
       * as `commitOf`'s; otherwise, and for any other name, each is asked apart, as `revParse` would.
       */
      async areCommits(revs) {
        const unasked = [...new Set(revs)].filter(
          (rev) => OBJECT_NAME.test(rev) && !this.remembered.has(`commit:${rev}`)
        );
        if (unasked.length > 1) {
          const out = await this.tryExec([
            "rev-parse",
            "--revs-only",
            "--end-of-options",
            ...unasked.map((rev) => `${rev}^{commit}`)
          ]);
          const shas = out?.trim().split("\n") ?? [];
          if (shas.length === unasked.length && shas.every((sha) => OBJECT_NAME.test(sha)))
            for (const [index, rev] of unasked.entries()) this.remember(`commit:${rev}`, async () => shas[index]);
        }
        return Promise.all(revs.map(async (rev) => await this.commitOf(rev) !== void 0));
      }
      /** Whether HEAD points at a commit (false in a repository with no commits yet; damage throws). */
      async hasCommits() {
        return await this.headCommit() !== void 0;
      }
      /**
       * `headCommit()` and `currentBranch()` from one `git rev-parse` (a second process costs `resume`
       * ~5 ms on two cores). An unborn or broken HEAD makes git refuse it: then the two are asked apart,
       * as each knows how to tell those cases.
       */
      async headAndBranch() {
        const out = await this.tryExec(["rev-parse", "HEAD^{commit}", "--abbrev-ref", "HEAD"]);
        const [commit, name] = out?.trim().split("\n") ?? [];
        if (commit && OBJECT_NAME.test(commit) && name) {
          return { commit, branch: name === "HEAD" ? void 0 : name };
        }
        const [headCommit, branch] = await Promise.all([this.headCommit(), this.currentBranch()]);
        return { commit: headCommit, branch };
      }
      /**
       * The commit HEAD points at, or undefined when its branch is unborn (a repository with no commits
       * yet, or an orphan branch). That is the only "no commits" case: a HEAD or branch ref that names a
       * missing or corrupt object, or holds garbage, is an InputError with what git said.
       */
      async headCommit() {
        const sha = await this.commitOf("HEAD");
        if (sha) return sha;
        this.remembered.delete("commit:HEAD");
        const headFile = (0, import_node_path2.resolve)(
          this.workingDirectory,
          (await this.exec(["rev-parse", "--git-path", "HEAD"])).trim()
        );
        const ref = /^ref: (.+)$/m.exec(readTextOrEmpty(headFile))?.[1]?.trim();
        if (!ref) {
          throw new InputError(
            "HEAD names an object git cannot read as a commit: the repository is damaged (git fsck tells more)",
            {},
            "git/corrupt"
          );
        }
        let said;
        try {
          said = `it names ${(await this.raw(["show-ref", "--verify", ref])).trim().split(" ")[0]?.slice(0, 12)}, which is missing or not a commit`;
        } catch (error) {
          said = (error instanceof Error ? error.message : String(error)).trim();
          if (/not a valid ref/.test(said)) {
            const loose = (0, import_node_path2.resolve)(
              this.workingDirectory,
              (await this.exec(["rev-parse", "--git-path", ref])).trim()
            );
            if (!(0, import_node_fs3.existsSync)(loose)) return void 0;
            said = "its file does not hold an object name";
          }
          said = said.split("\n").pop()?.replace(/^fatal: /, "").slice(0, 200) ?? said;
        }
        throw new InputError(
          `${ref} cannot be read (${said}): the repository is damaged (git fsck tells more)`,
          {},
          "git/corrupt"
        );
      }
      /** Reads files as they are in commits' trees (one pair of `git cat-file` processes, reused). */
      get tree() {
        this.treeReader ??= new TreeReader(this.workingDirectory);
        return this.treeReader;
      }
      /** Ends the long-lived processes (the tree reader's); the manager can still be used afterwards. */
      close() {
        this.treeReader?.close();
        this.treeReader = void 0;
      }
      /** The text of `path` (from the repository's top) as HEAD has it; undefined with no such file or no HEAD. */
      async textAtHead(path) {
        return this.tryExec(["cat-file", "blob", `HEAD:${path}`]);
      }
      /**
       * Of `paths`, those whose working-tree or index content differs from HEAD (untracked included):
       * one `git status` over just those paths.
       */
      async changedSinceHead(paths) {
        if (this.workingTreeUnchanged && !this.inPackage) {
          const places = paths.map(normalizeLink);
          const changes = await this.workingTreeChanges();
          return changes.filter((change) => places.some((place) => isAtOrInside(change.path, place))).map((change) => change.path);
        }
        return [...(await this.changesSinceHead(paths)).keys()];
      }
      /**
       * Every change to the working tree and the index against HEAD below the working directory
       * (untracked files one by one; a rename as its removal and its addition), each path from the
       * repository's top with git's two-letter code (`??` untracked, `A ` added, ` M` changed, and so
       * on). Read once where nothing writes the working tree meanwhile (the constructor's
       * `workingTreeUnchanged`).
       */
      workingTreeChanges() {
        const read = () => this.statusEntries(["."]);
        return this.workingTreeUnchanged ? this.remember("status:.", read) : read();
      }
      /**
       * `changedSinceHead` with how each stands (as `uncommitted` tells one path): `new`, never committed
       * (untracked, or added to the index only), or `changed`, committed and changed since.
       */
      async changesSinceHead(paths) {
        const changes = /* @__PURE__ */ new Map();
        if (paths.length === 0) return changes;
        for (const { code, path } of await this.statusEntries(paths.map((p) => `:(literal)${p}`)))
          changes.set(path, stateOfEntry(code));
        return changes;
      }
      /** `git status` of `pathspecs`: each entry's two-letter code and path (renames as two entries). */
      async statusEntries(pathspecs) {
        const out = await this.execOver(
          ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"],
          pathspecs
        );
        return out.split("\0").filter((entry) => entry.length > 3).map((entry) => ({ code: entry.slice(0, 2), path: entry.slice(3) }));
      }
      /**
       * HEAD's upstream as a short name (`origin/main`), or undefined when it has none; asked with its
       * commit in the same process: the commit is remembered for the name (`commitOf`), so the caller's
       * `revParse` of it starts no second one.
       */
      async upstream() {
        const out = await this.tryExec([
          "rev-parse",
          "@{upstream}^{commit}",
          "--abbrev-ref",
          "--symbolic-full-name",
          "@{upstream}"
        ]);
        const [sha = "", name = ""] = out?.trim().split("\n") ?? [];
        if (name === "") return void 0;
        if (OBJECT_NAME.test(sha)) this.remembered.set(`commit:${name}`, Promise.resolve(sha));
        return name;
      }
      /** The first of `candidates` that names a commit here, e.g. `origin/HEAD`, `origin/main`, `main`. */
      async firstExisting(candidates) {
        for (const candidate of candidates) if (await this.commitOf(candidate)) return candidate;
        return void 0;
      }
      async isShallow() {
        return this.remember("shallow", async () => {
          const gitDir = this.gitDirInFiles();
          if (gitDir !== void 0) return (0, import_node_fs3.existsSync)((0, import_node_path2.join)(commonDirOf(gitDir), "shallow"));
          return (await this.exec(["rev-parse", "--is-shallow-repository"])).trim() === "true";
        });
      }
      async shallowEdge() {
        const file = await this.gitPath("shallow");
        try {
          return new Set(
            (0, import_node_fs3.readFileSync)(file, "latin1").split("\n").filter((line) => /^[0-9a-f]{40,64}$/.test(line))
          );
        } catch {
          return /* @__PURE__ */ new Set();
        }
      }
      /** The commit time (seconds) of each of the shallow edge's commits; none in a whole clone. */
      async shallowEdgeTimes() {
        const times = /* @__PURE__ */ new Map();
        const edge = await this.shallowEdge();
        if (edge.size === 0) return times;
        const { args, input } = onStdin(["log", ...LOG_STABLE, "--no-walk", "--format=%H %ct"], [...edge], []);
        for (const record of (await this.exec(args, input)).split("\0")) {
          const [sha = "", time = ""] = record.trim().split(" ");
          if (edge.has(sha)) times.set(sha, Number(time));
        }
        return times;
      }
      async edgesReachedSince(rev, since) {
        const recent = [...await this.shallowEdgeTimes()].filter(([, time]) => time >= since);
        if (recent.length > EDGES_ASKED) return recent.length;
        let reached = 0;
        for (const [sha] of recent) if (await this.mergeBase(sha, rev) === sha) reached++;
        return reached;
      }
      /** Fetches `by` more commits of history, of `refspecs` (a PR's head is on no branch) or the remote's default. */
      async deepen(by, refspecs = [], remote = "origin") {
        await this.exec(["fetch", "--no-tags", "--quiet", `--deepen=${by}`, remote, ...refspecs]);
      }
      /** Best common ancestor, or undefined when the two histories share none (or it is not fetched). */
      async mergeBase(a, b) {
        const out = await this.tryExec(["merge-base", a, b]);
        const sha = out?.trim();
        return sha ? sha : void 0;
      }
      async listFolders(commit, parent) {
        const out = await this.exec([
          "ls-tree",
          "-d",
          "-z",
          "--name-only",
          commit,
          "--",
          parent === "" ? "." : `${parent}/`
        ]);
        return out.split("\0").filter((p) => p !== "");
      }
      async commonAncestor(shas) {
        if (shas.length <= 1) return shas[0];
        const out = await this.tryExec(["merge-base", "--octopus", ...shas]);
        const sha = out?.trim().split("\n")[0];
        return sha ? sha : void 0;
      }
      /**
       * For each path, the commit time (seconds) of its last touch (the newest commit reachable from
       * `rev` that touched it) when that is at or after `sinceEpochSeconds`; paths touched only before
       * are absent. One `git log --since` over the paths: git stops walking at the window's start, so
       * the cost follows the window, not the history. When that walk does not find every path, the
       * CLOCK_BEHIND_WALK commits nearest `rev` are listed (one `git rev-list`), and only when a commit
       * dated in the window comes there after one dated before it are those after it read again.
       */
      async lastTouchesSince(paths, sinceEpochSeconds, rev = "HEAD") {
        const touches = await this.lastTouches(paths, [
          "--full-history",
          // A window from before 1970 (a maxAge of 100 years, to turn expiry off) holds every commit: git
          // reads such a date as that day of the current year, and the handoffs read expired.
          ...sinceEpochSeconds > 0 ? [`--since=${new Date(sinceEpochSeconds * 1e3).toISOString()}`] : [],
          rev
        ]);
        const unfound = paths.filter((path) => !touches.has(path));
        const hidden = unfound.length > 0 && sinceEpochSeconds > 0 ? await this.afterClockBehind(rev, sinceEpochSeconds) : [];
        if (hidden.length > 0) {
          for (const [path, touch] of await this.lastTouches(unfound, ["--no-walk=unsorted"], hidden))
            if (touch.time >= sinceEpochSeconds) touches.set(path, touch);
        }
        const found = /* @__PURE__ */ new Map();
        const parentless = [];
        for (const [path, { time, parents }] of touches) {
          found.set(path, time);
          if (parents.length === 0) parentless.push(path);
        }
        await this.forgetShallowEdge(found, parentless);
        return found;
      }
      /**
       * Of the CLOCK_BEHIND_WALK commits nearest `rev` (git's walk, newest date first), those from the
       * first dated before `since` on, when any after it is dated in the window (`--since` stops at the
       * first); none otherwise, the usual case.
       */
      async afterClockBehind(rev, since) {
        const out = await this.exec(["rev-list", "--timestamp", `--max-count=${CLOCK_BEHIND_WALK}`, rev, "--"]);
        const walked = out.split("\n").filter((line) => line !== "").map((line) => line.split(" "));
        const first = walked.findIndex(([time]) => Number(time) < since);
        const under = first === -1 ? [] : walked.slice(first);
        return under.some(([time]) => Number(time) >= since) ? under.map(([, sha]) => sha) : [];
      }
      /**
       * The last commit reachable from `rev` that touched each of `paths` (absent when none did), in ONE
       * `git log` over all of them. Unlike `lastTouchesSince` no touch is left out for its age: it is for
       * `resume`, which must find a handoff's last commit however old, not for the pre-push hot path.
       */
      async lastTouchingCommits(paths, rev = "HEAD") {
        const touches = await this.lastTouches(paths, [rev]);
        const found = /* @__PURE__ */ new Map();
        const parentless = [];
        for (const [path, { sha, parents }] of touches) {
          found.set(path, sha);
          if (parents.length === 0) parentless.push(path);
        }
        await this.forgetShallowEdge(found, parentless);
        return found;
      }
      /**
       * A commit with no parents shows every file as added. In a shallow clone (CI's `--depth 1`) the
       * oldest commit it has is such a commit whatever it changed: a "touch" there says nothing. Taken as
       * one it would hide the work after the real last update, or make an old handoff look updated
       * today. So such touches are dropped, in a shallow clone only (asked only when there is one).
       */
      async forgetShallowEdge(found, parentless) {
        if (parentless.length > 0 && await this.isShallow()) for (const path of parentless) found.delete(path);
      }
      /**
       * The last commit reachable from `rev` that touched each of `paths`, and the commits after the
       * oldest of them (oldest first, as `logRange([rev, '--not', touch])` lists them; `commitsAfterTouch`
       * gives each path's), in ONE walk back from `rev`: `lastTouchingCommits` and a `logRange` per touch
       * would take a git process each, one after the other (a pull request comment resuming ten tasks
       * started eleven). Only where the answer is the same: undefined when the walk meets a merge or a
       * commit without parents (a root, or a shallow clone's edge, where a touch says nothing) before the
       * last touch, passes `limit` commits without finding every path, or runs in a package folder; the
       * caller then asks the separate reads (so does a path no commit touched: the walk ends at a root).
       * With `stats`, the commits carry their line counts, as `logRange` gives them with `stats`.
       */
      async touchesAndCommitsAfter(paths, rev, options = {}) {
        const { limit = WALK_LIMIT, stats = false } = options;
        const wanted = new Set(paths);
        if (this.inPackage || wanted.size === 0) return void 0;
        const args = ["log", ...LOG_STABLE, LOG_FORMAT, stats ? "--numstat" : "--name-only", rev, "--"];
        const commits = [];
        const touches = /* @__PURE__ */ new Map();
        let exact = true;
        const beyond = (commit) => commit.parents.length !== 1 || !OBJECT_NAME.test(commit.sha);
        let growing;
        await this.walkRecords(
          args,
          (record) => {
            growing = void 0;
            const commit = parseLogRecord(record, stats);
            if (!commit) return false;
            if (beyond(commit)) {
              exact = false;
              return true;
            }
            const found = commit.files.filter((file) => wanted.has(file.path) && !touches.has(file.path));
            for (const file of found) touches.set(file.path, commit.sha);
            if (touches.size === wanted.size) return true;
            commits.push(commit);
            if (commits.length > limit) exact = false;
            return !exact;
          },
          (head, names) => {
            if (growing?.head !== head)
              growing = { head, commit: parseLogRecord(`${head}\0`, stats), found: /* @__PURE__ */ new Set() };
            const { commit, found } = growing;
            if (!commit) return false;
            if (beyond(commit)) {
              exact = false;
              return true;
            }
            for (const entry of names) {
              const path = stats ? parseNumstat(entry).path : entry;
              if (wanted.has(path) && !touches.has(path)) found.add(path);
            }
            if (found.size < wanted.size - touches.size) return false;
            for (const path of found) touches.set(path, commit.sha);
            return true;
          }
        );
        return exact && touches.size === wanted.size ? { touches, commits: commits.reverse() } : void 0;
      }
      /**
       * ONE `git log --name-only` over `paths`: for each, the newest commit touching it. The output is
       * read as it comes and git is stopped as soon as every path has been seen, so the walk ends at the
       * oldest of the last touches instead of at the root of the history.
       *
       * A merge touches a file as it is work in the check (`logRange`): where its result differs from
       * every parent in some hunk (a conflict resolved by hand, a handoff rewritten while merging), not
       * where it only combines what each side did. The walk lists a merge's files with `--cc` (every
       * file that differs from all parents), keeps such merges as candidates and goes on to the path's
       * newest other touch; the candidates are then read in their dense combined patch, once for all.
       */
      async lastTouches(paths, revisionArgs, revisions = []) {
        const touches = /* @__PURE__ */ new Map();
        if (paths.length === 0) return touches;
        const args = [
          "log",
          ...LOG_STABLE,
          ...this.inPackage ? ["--relative"] : [],
          `--format=${RECORD}%H %ct %P`,
          "--name-only",
          "--cc",
          ...revisionArgs
        ];
        const stdin = onStdin(args, revisions, paths);
        const wanted = new Set(paths);
        const foundAt = /* @__PURE__ */ new Map();
        const merges = [];
        let at2 = 0;
        const take = (head, names, whole) => {
          const [sha = "", time = "", ...parents] = head.trim().split(" ");
          const touch = { sha, time: Number(time), parents };
          if (parents.length > 1) {
            if (whole && names.length > 0) merges.push({ touch, at: at2++, names });
            return false;
          }
          for (const path of names) {
            if (!wanted.has(path) || touches.has(path)) continue;
            touches.set(path, touch);
            foundAt.set(path, at2);
          }
          if (whole) at2++;
          return touches.size === wanted.size;
        };
        await this.walkRecords(
          stdin.args,
          (record) => {
            const end = record.indexOf("\0");
            return end !== -1 && take(record.slice(0, end), namesIn(record.slice(end + 1).replace(/^\n/, "")), true);
          },
          (head, names) => take(head, names, false),
          stdin.input
        );
        if (merges.length === 0) return touches;
        const prefix = await this.packagePrefix();
        const candidates = /* @__PURE__ */ new Map();
        for (const merge of merges) {
          for (const name of merge.names) {
            const path = name.startsWith(prefix) ? name.slice(prefix.length) : void 0;
            if (path === void 0 || !wanted.has(path) || merge.at > (foundAt.get(path) ?? Number.MAX_SAFE_INTEGER))
              continue;
            const list = candidates.get(path);
            if (list) list.push(merge);
            else candidates.set(path, [merge]);
          }
        }
        if (candidates.size === 0) return touches;
        const shas = [...new Set([...candidates.values()].flatMap((list) => list.map((m) => m.touch.sha)))];
        const own = await this.mergeOwnFiles(["--no-walk"], [...candidates.keys()], shas);
        for (const [path, list] of candidates) {
          const newest = list.find((merge) => own.get(merge.touch.sha)?.includes(path));
          if (newest) touches.set(path, newest.touch);
        }
        return touches;
      }
      /**
       * Runs a `git log` whose records start with RECORD and hands each whole record to `onRecord` as it
       * arrives, and, given `onNames`, the newest one while it is still arriving: its fields and the names
       * that came since (see `LogRecords.growing`), each ended, so every name handed over is its commit's.
       * A walk can then stop on the commit that answers it, not at the next one (which, for paths that
       * commit created, is never: git would walk to the root). git is stopped as soon as either returns
       * true.
       */
      async walkRecords(args, onRecord, onNames, input) {
        const records = new LogRecords(RECORD);
        let answered = false;
        try {
          await streamGit(
            args,
            this.workingDirectory,
            (text) => {
              answered = records.push(text).some(onRecord);
              if (answered || !onNames) return answered;
              const newest = records.growing();
              answered = newest !== void 0 && onNames(newest.head, namesIn(newest.names));
              return answered;
            },
            // git log buffers what it writes to a pipe, flushed only every few KB: a walk's answer would
            // wait in git's buffer while it walks the rest of the history. A reading to the end is better
            // fully buffered (see runGit).
            { GIT_FLUSH: onNames ? "1" : "0" },
            input
          );
        } catch (error) {
          throw translateGitError(error, args, this.workingDirectory);
        }
        if (answered) return;
        records.end().some(onRecord);
      }
      /**
       * Runs a `git log` whose records start with RECORD and gives what `parse` makes of each, in order,
       * read as git writes them: a draft's range of 10,000 commits is parsed while git computes the rest
       * of it, not after (~100 ms of the draft), and its output is never held whole.
       */
      async logRecords(args, parse) {
        const parsed = [];
        await this.walkRecords(args, (record) => {
          const value = parse(record);
          if (value !== void 0) parsed.push(value);
          return false;
        });
        return parsed;
      }
      /** Whether `path` differs from HEAD in the index or the working tree, or is not tracked at all. */
      async hasUncommittedChanges(path) {
        return await this.uncommitted(path) !== "clean";
      }
      /**
       * How `path` stands against HEAD: `clean`; `new`, never committed (untracked, or added to the
       * index only); or `changed`, committed and changed since.
       */
      async uncommitted(path) {
        const output = await this.exec([
          "status",
          "--porcelain",
          "--untracked-files=all",
          "--",
          `:(literal)${path}`
        ]);
        return output.trim() === "" ? "clean" : stateOfEntry(output);
      }
      /**
       * Every config value in effect (`git config --list`, includes and `-c` settings too), in one git
       * process: key -> its last value. Keys as git prints them: section and name in lower case, a
       * subsection (a branch's or a remote's name) as written.
       */
      async configList() {
        const out = await this.exec(["config", "--list", "-z"]);
        const values = /* @__PURE__ */ new Map();
        for (const entry of out.split("\0")) {
          if (entry === "") continue;
          const newline = entry.indexOf("\n");
          if (newline === -1) values.set(entry, "true");
          else values.set(entry.slice(0, newline), entry.slice(newline + 1));
        }
        return values;
      }
      /** A config value, or undefined when unset. */
      async configGet(key) {
        const value = (await this.tryExec(["config", "--get", key]))?.trim();
        return value ? value : void 0;
      }
      /**
       * The operation a working tree is in the middle of (a merge, cherry-pick, revert or rebase that
       * stopped, for a conflict or `--no-commit`), from the files git keeps for it in this worktree's
       * git dir; undefined when none is.
       */
      async operationInProgress() {
        const dir = await this.absoluteGitDir();
        for (const [file, operation] of IN_PROGRESS_FILES) if ((0, import_node_fs3.existsSync)((0, import_node_path2.join)(dir, file))) return operation;
        return void 0;
      }
      /** Which of `paths` (from the working directory) git tracks: in the index, as `git ls-files` lists them. */
      async trackedOf(paths) {
        if (paths.length === 0) return /* @__PURE__ */ new Set();
        const out = await this.execOver(
          ["ls-files", "-z"],
          paths.map((path) => `:(literal)${path}`)
        );
        return new Set(out.split("\0").filter((path) => path !== ""));
      }
      /**
       * This worktree's git dir, asked once: `workBranch` and `operationInProgress` both read files there.
       * From the files where they tell it (a git process costs the Stop hook ~8 ms on these machines).
       */
      absoluteGitDir() {
        return this.remember(
          "git-dir",
          async () => this.gitDirInFiles() ?? (await this.exec(["rev-parse", "--absolute-git-dir"])).trim()
        );
      }
      /** Absolute path git uses for `name` inside the git dir, honouring `core.hooksPath` and worktrees. */
      async gitPath(name) {
        const out = (await this.exec(["rev-parse", "--path-format=absolute", "--git-path", name])).trim();
        return out;
      }
      async listRemotes() {
        const remotes = await this.remember(
          "remotes",
          async () => (await this.exec(["remote"])).split("\n").filter((line) => line.trim() !== "")
        );
        return [...remotes];
      }
      /** `exec` through a synchronous spawn (`runGitBlocking`): for a caller with nothing to do meanwhile. */
      execBlocking(args) {
        try {
          return runGitBlocking(args, this.workingDirectory);
        } catch (error) {
          throw translateGitError(error, args, this.workingDirectory);
        }
      }
      /** Runs git; returns stdout or throws the error `translateGitError` makes of the failure. */
      async exec(args, input) {
        try {
          return await this.raw(args, input);
        } catch (error) {
          throw translateGitError(error, args, this.workingDirectory);
        }
      }
      /**
       * `git <command> -- <pathspecs>` in batches (see MAX_SPEC_CHARS), their outputs joined: for a command
       * whose answer for each path does not depend on the others asked (`-z` lists). No pathspecs, no
       * command: '' (git would answer for the whole tree), so callers ask with at least one.
       */
      async execOver(command, pathspecs) {
        let out = "";
        for (const batch of specBatches(pathspecs)) out += await this.exec([...command, "--", ...batch]);
        return out;
      }
      /**
       * Like exec, but git exiting non-zero with something on stderr gives undefined; exiting non-zero
       * silently (as `--quiet` makes it) gives what it printed, which may not be empty (`rev-parse --verify
       * --quiet A..B` prints both ends): the caller reads it. A missing git, a folder that is no
       * repository, and git failing to start still throw. (Only local commands come here, so only
       * `runGit`'s failures.)
       */
      async tryExec(args) {
        try {
          return await this.raw(args);
        } catch (error) {
          const translated = translateGitError(error, args, this.workingDirectory);
          if (!(error instanceof GitFailure) || translated instanceof InputError && /^git\/(missing|not-a-repository)$/.test(translated.rule ?? "")) {
            throw translated;
          }
          return void 0;
        }
      }
      /** The one place git is started: simple-git for remote commands, `runGit` for the rest. */
      async raw(args, input) {
        try {
          if (!REMOTE_COMMANDS.has(args[0] ?? "")) return await runGit(args, this.workingDirectory, {}, input);
          process.env.GIT_TERMINAL_PROMPT = "0";
          this.simpleGit ??= Promise.resolve().then(() => __toESM(require_simple_git(), 1)).then(
            ({ simpleGit }) => simpleGit({ baseDir: this.workingDirectory, trimmed: false, timeout: { block: 12e4 } })
          );
          return await (await this.simpleGit).raw(args);
        } finally {
          if (mayMoveRefs(args)) this.remembered.clear();
        }
      }
      // --- Drafts and resumes: net change, merges, attributes, what exists at a revision. ---
      /**
       * Raw output of `git diff -M --raw --numstat -z base head` (renames detected, the user's diff
       * config kept out), optionally limited to `paths`; `parseNetDiff` reads it. `base` undefined diffs
       * from the empty tree (a range that starts at the root commit).
       */
      async netDiff(base, head, paths = []) {
        const args = [
          "diff",
          "--no-color",
          "--no-ext-diff",
          "--no-textconv",
          "-M",
          "--raw",
          "--numstat",
          "-z",
          // In a package, its files, named from its folder (as its handoffs name them).
          ...this.inPackage ? ["--relative"] : [],
          base ?? EMPTY_TREE,
          head,
          "--",
          ...paths.map((p) => `:(literal)${p}`)
        ];
        return paths.length === 0 ? this.remember(`net-diff:${base ?? ""}:${head}`, () => this.exec(args)) : this.exec(args);
      }
      /**
       * Raw output of `git check-attr -z linguist-generated linguist-vendored -- paths...`, in batches,
       * with the .gitattributes of `rev` (else of the index).
       */
      async linguistAttributes(paths, rev) {
        let where = rev === void 0 ? ["--cached"] : ["--source", rev];
        let output = "";
        for (let i = 0; i < paths.length; i += 500) {
          const args = (at2) => [
            "check-attr",
            "-z",
            ...at2,
            "linguist-generated",
            "linguist-vendored",
            "--",
            ...paths.slice(i, i + 500)
          ];
          try {
            output += await this.exec(args(where));
          } catch (error) {
            if (where[0] !== "--source") throw error;
            where = ["--cached"];
            output += await this.exec(args(where));
          }
        }
        return output;
      }
      /** Every file path in `rev`'s tree (`git ls-tree -r --name-only -z`). */
      async filesAt(rev) {
        const output = await this.exec(["ls-tree", "-r", "--name-only", "-z", "--full-tree", rev]);
        return output.split("\0").filter((p) => p !== "");
      }
      /** Which of `paths` (repository-relative) are a file or a folder of files at `rev`: one `git ls-tree`. */
      async pathsAt(rev, paths) {
        const found = /* @__PURE__ */ new Set();
        if (paths.length === 0) return found;
        const output = await this.execOver(
          ["ls-tree", "-r", "--name-only", "-z", "--full-tree", rev],
          paths.map((p) => `:(literal)${p}`)
        );
        const there = /* @__PURE__ */ new Set();
        for (const file of output.split("\0")) {
          if (file === "") continue;
          there.add(file);
          for (let slash = file.indexOf("/"); slash !== -1; slash = file.indexOf("/", slash + 1))
            there.add(file.slice(0, slash));
        }
        for (const path of paths) if (there.has(path.replace(/\/$/, ""))) found.add(path);
        return found;
      }
      /**
       * Which of `words` occur as whole words in some file of `rev` outside `excluded` folders and files:
       * ONE `git grep -o -h -w -F` over all of them.
       */
      async wordsAt(rev, words, excluded = []) {
        const found = /* @__PURE__ */ new Set();
        if (words.length === 0) return found;
        const excludes = excluded.map((p) => `:(exclude,literal)${p}`);
        const named = specBatches(excludes).length > 1;
        const output = await this.tryExec([
          "grep",
          "--no-color",
          "-I",
          "-o",
          named ? "-z" : "-h",
          "-w",
          "-F",
          ...words.flatMap((w) => ["-e", w]),
          rev,
          "--",
          ".",
          ...named ? [] : excludes
        ]);
        const left = named ? new Set(excluded.map((p) => p.replace(/\/$/, ""))) : void 0;
        for (const line of (output ?? "").split("\n")) {
          if (line === "") continue;
          if (left === void 0) {
            found.add(line);
            continue;
          }
          const nul = line.indexOf("\0");
          const path = line.slice(rev.length + 1, nul);
          if (!left.has(path) && !isInFolders(path, left)) found.add(line.slice(nul + 1));
        }
        return found;
      }
      /** The first parent of `sha`, or undefined for a root commit. */
      async firstParent(sha) {
        const out = await this.tryExec(["rev-parse", "--verify", "--quiet", `${sha}^1`]);
        const parent = out?.trim();
        return parent ? parent : void 0;
      }
    };
    CORRUPT_REPOSITORY = /^(?:error|fatal): [^\n]*(?:corrupt|smaller than expected|unable to read [0-9a-f]{7,}|unable to unpack|inflate: data stream error|object file [^\n]* is empty|bad signature|index uses [^\n]* extension)[^\n]*$/im;
    READS_ONLY = /* @__PURE__ */ new Set([
      "rev-parse",
      "log",
      "rev-list",
      "ls-tree",
      "cat-file",
      "status",
      "diff",
      "show",
      "show-ref",
      "merge-base",
      "for-each-ref",
      "check-attr",
      "ls-files",
      "symbolic-ref",
      "var",
      "grep"
    ]);
    REBASE_FOLDERS = ["rebase-merge", "rebase-apply"];
    IN_PROGRESS_FILES = [
      // `git am` keeps its state in rebase-apply too, marked by this file.
      ["rebase-apply/applying", "am"],
      ["rebase-merge", "rebase"],
      ["rebase-apply", "rebase"],
      ["MERGE_HEAD", "merge"],
      ["CHERRY_PICK_HEAD", "cherry-pick"],
      ["REVERT_HEAD", "revert"]
    ];
    WALK_LIMIT = 200;
    EDGES_ASKED = 8;
    CLOCK_BEHIND_WALK = 500;
    MERGE_FILE_HEADER = "diff --cc ";
    MAX_HEADER_LINE = 64 * 1024;
    C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
    MAX_DATE_SECONDS = 864e10;
  }
});

// lazy-library:proper-lockfile
var require_proper_lockfile = __commonJS({
  "lazy-library:proper-lockfile"(exports2, module2) {
    module2.exports = require(require("node:path").join(__dirname, "lib", "proper-lockfile.cjs"));
  }
});

// src/adapters/store.ts
async function readUserText(absPath, displayPath, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const where = { file: displayPath };
  if (options.repoRoot !== void 0) {
    let real;
    try {
      real = import_node_fs4.realpathSync.native(absPath);
    } catch (error) {
      throw fileError(error, displayPath);
    }
    if (!isInside(realRoot(options.repoRoot), real)) {
      throw new InputError(
        `resolves through a symlink to ${real}, outside the repository; the tool reads only files inside it`,
        where,
        "path/symlink-escape"
      );
    }
  }
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(absPath, options.noFollow ? READ_FLAGS | (import_node_fs4.constants.O_NOFOLLOW ?? 0) : READ_FLAGS);
  } catch (error) {
    if (options.noFollow && error.code === "ELOOP") {
      throw new InputError(
        "became a symlink after it was found to be a plain file; it is not followed (run the command again)",
        where,
        "path/symlink-swapped"
      );
    }
    throw fileError(error, displayPath);
  }
  let bytes;
  try {
    const info = (0, import_node_fs4.fstatSync)(fd);
    if (!info.isFile()) {
      throw new InputError(
        `is ${entryKind(info) ?? "a special file"}, not a regular file`,
        where,
        "file/not-a-file"
      );
    }
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, displayPath);
    bytes = readAtMost(fd, maxBytes + 1, info.size);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(error, displayPath);
  } finally {
    try {
      (0, import_node_fs4.closeSync)(fd);
    } catch {
    }
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, displayPath);
  return decodeUserText(bytes, displayPath);
}
function readAtMost(fd, limit, expected) {
  const first = Buffer.allocUnsafe(Math.min(limit, expected + 1));
  const firstRead = (0, import_node_fs4.readSync)(fd, first, 0, first.length, null);
  if (firstRead < first.length || firstRead === limit) return first.subarray(0, firstRead);
  const chunks = [first];
  let total = firstRead;
  while (total < limit) {
    const buffer = Buffer.allocUnsafe(Math.min(limit - total, 64 * 1024));
    const bytesRead = (0, import_node_fs4.readSync)(fd, buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}
function tooLarge(size, maxBytes, displayPath) {
  return new InputError(
    `file is ${size} bytes, over the ${maxBytes}-byte limit`,
    { file: displayPath },
    "size/too-large"
  );
}
function entryKind(info) {
  if (info.isFile()) return void 0;
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "a special file";
}
function fileError(error, displayPath) {
  const code = error.code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new InputError("file not found", { file: displayPath }, "file/missing");
  }
  if (code === "EISDIR")
    return new InputError("is a folder, not a regular file", { file: displayPath }, "file/not-a-file");
  return new InputError(
    `cannot read the file (${code ?? String(error)})`,
    { file: displayPath },
    "file/unreadable"
  );
}
function realRoot(repoRoot) {
  const root = (0, import_node_path3.resolve)(repoRoot);
  let real = realRoots.get(root);
  if (real === void 0) {
    real = import_node_fs4.realpathSync.native(root);
    realRoots.set(root, real);
  }
  return real;
}
function isInside(root, path) {
  const rel = (0, import_node_path3.relative)(root, path);
  return rel === "" || !rel.startsWith(`..${import_node_path3.sep}`) && rel !== ".." && !(0, import_node_path3.isAbsolute)(rel);
}
function realLongestPrefix(absPath) {
  let probe = absPath;
  let exists = true;
  for (; ; ) {
    try {
      return { real: import_node_fs4.realpathSync.native(probe), exists };
    } catch {
      exists = false;
      const parent = (0, import_node_path3.dirname)(probe);
      if (parent === probe) return { real: void 0, exists };
      probe = parent;
    }
  }
}
async function resolveLink(repoRoot, link2) {
  return (await resolveLinks(repoRoot, [link2]))[0];
}
async function resolveLinks(repoRoot, links) {
  const root = (0, import_node_path3.resolve)(repoRoot);
  const rootPrefix = root.endsWith(import_node_path3.sep) ? root : `${root}${import_node_path3.sep}`;
  const targets = links.map((link2) => {
    const problem = linkIssue(link2);
    if (problem) return { link: link2, problem };
    const normalized2 = normalizeLink(link2);
    const slash = normalized2.lastIndexOf("/");
    return {
      link: link2,
      absPath: rootPrefix + (import_node_path3.sep === "/" ? normalized2 : normalized2.split("/").join(import_node_path3.sep)),
      folder: slash === -1 ? "" : normalized2.slice(0, slash),
      name: normalized2.slice(slash + 1)
    };
  });
  const perFolder = /* @__PURE__ */ new Map();
  for (const target of targets) {
    if (target.folder !== void 0) perFolder.set(target.folder, (perFolder.get(target.folder) ?? 0) + 1);
  }
  let realRoot2;
  const listings = /* @__PURE__ */ new Map();
  const results = [];
  for (const target of targets) {
    if (target.problem !== void 0) {
      results.push({ ok: false, rule: target.problem.rule, message: target.problem.message });
      continue;
    }
    realRoot2 ??= import_node_fs4.realpathSync.native(root);
    if ((perFolder.get(target.folder) ?? 0) > 1 && !listings.has(target.folder)) {
      listings.set(target.folder, listFolder((0, import_node_path3.join)(root, target.folder), realRoot2));
    }
    const entry = listings.get(target.folder)?.get(target.name);
    results.push(
      entry && !entry.isSymbolicLink() ? { ok: true, absPath: target.absPath, exists: true, plain: true } : resolveOne(target.link, target.absPath, realRoot2)
    );
  }
  return results;
}
function listFolder(folder, realRoot2) {
  try {
    if (!isInside(realRoot2, import_node_fs4.realpathSync.native(folder))) return void 0;
    return new Map((0, import_node_fs4.readdirSync)(folder, { withFileTypes: true }).map((d) => [d.name, d]));
  } catch {
    return void 0;
  }
}
function resolveOne(link2, absPath, realRoot2) {
  const { real, exists } = realLongestPrefix(absPath);
  if (real !== void 0 && !isInside(realRoot2, real)) {
    return {
      ok: false,
      rule: "path/symlink-escape",
      // Not said to be a details_link: the registry and the config are read through here too.
      message: `"${link2}" resolves through a symlink to ${real}, outside the repository`
    };
  }
  return { ok: true, absPath, exists };
}
function inFileStyle(text, absPath) {
  let head;
  try {
    const fd = (0, import_node_fs4.openSync)(absPath, "r");
    try {
      head = Buffer.alloc(4096);
      head = head.subarray(0, (0, import_node_fs4.readSync)(fd, head, 0, head.length, 0));
    } finally {
      (0, import_node_fs4.closeSync)(fd);
    }
  } catch {
    return text;
  }
  const bom = head[0] === 239 && head[1] === 187 && head[2] === 191;
  const newline = head.indexOf(10);
  const crlf = newline > 0 && head[newline - 1] === 13;
  const lines = crlf ? text.replace(/\n/g, "\r\n") : text;
  return bom ? `\uFEFF${lines}` : lines;
}
function registryPath(repoRoot, config) {
  return (0, import_node_path3.join)(repoRoot, ...config.registry.split("/"));
}
async function readRegistry(repoRoot, config) {
  const file = config.registry;
  let text;
  try {
    text = await readUserText(registryPath(repoRoot, config), file, { repoRoot });
  } catch (error) {
    if (error instanceof InputError && error.rule === "file/missing")
      return { registry: {}, file, exists: false };
    throw error;
  }
  return { registry: parseRegistry(text, file, config.statuses), file, exists: true };
}
async function writablePath(repoRoot, relPath, what) {
  const resolved = await resolveLink(repoRoot, relPath);
  if (!resolved.ok) {
    throw new InputError(`${what}: ${resolved.message}`, { file: relPath }, resolved.rule);
  }
  return resolved.exists ? await (0, import_promises.realpath)(resolved.absPath) : resolved.absPath;
}
async function tempFolder(cwd, name = "tmp") {
  const key = `${name}\0${cwd}`;
  let folder = tempFolders.get(key);
  if (folder === void 0) {
    folder = (async () => {
      const { GitCommandManager: GitCommandManager2 } = await Promise.resolve().then(() => (init_git(), git_exports));
      try {
        return await GitCommandManager2.create(cwd).gitPath(`handoff-guard/${name}`);
      } catch {
        return void 0;
      }
    })();
    tempFolders.set(key, folder);
  }
  const dir = await folder;
  if (dir === void 0) return void 0;
  await (0, import_promises.mkdir)(dir, { recursive: true });
  if (name === "tmp" && !swept.has(dir)) {
    swept.add(dir);
    await removeLeftovers(dir);
  }
  return dir;
}
function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function removeLeftovers(dir) {
  const names = await (0, import_promises.readdir)(dir).catch(() => []);
  await Promise.all(
    names.filter((name) => !isRunning(Number(name.split("-")[0]))).map((name) => (0, import_promises.unlink)((0, import_node_path3.join)(dir, name)).catch(() => void 0))
  );
}
async function tempPathFor(target, repoRoot) {
  const unique2 = `${process.pid}-${nodeCrypto().randomBytes(6).toString("hex")}`;
  const folder = await tempFolder(repoRoot ?? (0, import_node_path3.dirname)(target));
  return folder ? (0, import_node_path3.join)(folder, `${unique2}.tmp`) : (0, import_node_path3.join)((0, import_node_path3.dirname)(target), `.${(0, import_node_path3.basename)(target)}.${unique2}.tmp`);
}
async function writeNewFile(path, text, mode) {
  const handle = await (0, import_promises.open)(path, "wx", mode);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function writeTextAtomic(absPath, text, repoRoot) {
  await (0, import_promises.mkdir)((0, import_node_path3.dirname)(absPath), { recursive: true });
  const target = await (0, import_promises.realpath)(absPath).catch(() => absPath);
  const mode = await (0, import_promises.stat)(target).then(
    (info) => info.mode & 4095,
    () => 438
  );
  let temp = await tempPathFor(target, repoRoot);
  try {
    await writeNewFile(temp, text, mode);
    await (0, import_promises.rename)(temp, target).catch(async (error) => {
      if (error.code !== "EXDEV") throw error;
      await (0, import_promises.unlink)(temp).catch(() => void 0);
      temp = (0, import_node_path3.join)(
        (0, import_node_path3.dirname)(target),
        `.${(0, import_node_path3.basename)(target)}.${process.pid}-${nodeCrypto().randomBytes(6).toString("hex")}.tmp`
      );
      await writeNewFile(temp, text, mode);
      await (0, import_promises.rename)(temp, target);
    });
  } finally {
    await (0, import_promises.unlink)(temp).catch(() => void 0);
  }
}
async function updateRegistry(repoRoot, config, mutate) {
  const absPath = await writablePath(repoRoot, config.registry, `config key "registry"`);
  await (0, import_promises.mkdir)((0, import_node_path3.dirname)(absPath), { recursive: true });
  const lock = { path: `${absPath}.lock`, shown: `${config.registry}.lock` };
  await refuseForeignLock(lock, config.registry);
  const { default: lockfile } = await Promise.resolve().then(() => __toESM(require_proper_lockfile(), 1));
  let release;
  try {
    release = await lockfile.lock(absPath, {
      realpath: false,
      stale: 2e3,
      retries: { retries: 100, factor: 1.3, minTimeout: 10, maxTimeout: 250, randomize: true }
    });
  } catch (error) {
    const code = error.code;
    if (code === "ENOTEMPTY" || code === "ENOTDIR" || code === "EEXIST") {
      await refuseForeignLock(lock, config.registry);
    }
    if (code === "ELOCKED") {
      throw new InputError(
        `the registry is locked by another handoff process (lock: ${lock.shown}); retry, or remove the lock if no handoff process is running`,
        { file: config.registry },
        "registry/locked"
      );
    }
    throw error;
  }
  try {
    const { registry } = await readRegistry(repoRoot, config);
    const next = mutate(registry);
    const text = serializeRegistry(next);
    const [problem] = checkRegistry(text, config.registry, config.statuses).problems;
    if (problem) {
      throw new InputError(
        `the registry would become invalid, so nothing was written: ${problem.message}`,
        { file: config.registry },
        problem.rule
      );
    }
    await writeTextAtomic(absPath, inFileStyle(text, absPath), repoRoot);
    return next;
  } finally {
    await release();
  }
}
async function refuseForeignLock(lock, registry) {
  let kind;
  try {
    const info = await (0, import_promises.lstat)(lock.path);
    if (info.isSymbolicLink()) kind = "a symbolic link";
    else if (!info.isDirectory()) kind = "a file";
    else if ((await (0, import_promises.readdir)(lock.path)).length > 0) kind = "a folder with files in it";
  } catch {
    return;
  }
  if (kind === void 0) return;
  throw new InputError(
    `${lock.shown} is ${kind}, not a lock a handoff process takes (an empty folder, held for milliseconds): remove it (and if git tracks it, \`git rm -r --cached ${shellWord(lock.shown)}\`), then retry`,
    { file: registry },
    "registry/foreign-lock"
  );
}
async function writeDocumentAndEntry(repoRoot, config, document, agent, patch, exists) {
  const absPath = await writablePath(repoRoot, document.path, "handoff path");
  await writablePath(repoRoot, config.registry, 'config key "registry"');
  await (0, import_promises.mkdir)((0, import_node_path3.dirname)(absPath), { recursive: true });
  const temp = await tempPathFor(absPath, repoRoot);
  const pendingDir = await tempFolder(repoRoot, "pending");
  const note = pendingDir ? (0, import_node_path3.join)(pendingDir, `${process.pid}-${nodeCrypto().randomBytes(6).toString("hex")}.json`) : void 0;
  let created = false;
  try {
    await writeNewFile(temp, document.text, 438);
    if (note) {
      const pending = {
        pid: process.pid,
        registry: config.registry,
        document: document.path,
        agent,
        patch
      };
      await writeTextAtomic(note, `${JSON.stringify(pending)}
`, repoRoot);
    }
    try {
      await (0, import_promises.link)(temp, absPath);
    } catch (error) {
      const code = error.code;
      if (code === "EEXIST") throw await exists();
      if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP") throw error;
      await writeNewFile(absPath, document.text, 438).catch(async (e) => {
        throw e.code === "EEXIST" ? await exists() : e;
      });
    }
    created = true;
    await updateRegistry(repoRoot, config, (registry) => withEntry(registry, agent, patch));
  } catch (error) {
    if (created) await (0, import_promises.unlink)(absPath).catch(() => void 0);
    throw error;
  } finally {
    if (note) await (0, import_promises.unlink)(note).catch(() => void 0);
    await (0, import_promises.unlink)(temp).catch(() => void 0);
  }
}
async function finishInterruptedDrafts(repoRoot, config) {
  const pendingDir = await tempFolder(repoRoot, "pending");
  if (!pendingDir) return [];
  const names = await (0, import_promises.readdir)(pendingDir).catch(() => []);
  const lines = [];
  for (const name of names) {
    if (!name.endsWith(".json") || isRunning(Number(name.split("-")[0]))) continue;
    const notePath = (0, import_node_path3.join)(pendingDir, name);
    const pending = await readPendingDraft(notePath);
    if (pending && pending.registry === config.registry) {
      const resolved = await resolveLink(repoRoot, pending.document);
      if (resolved.ok && resolved.exists) {
        const { registry } = await readRegistry(repoRoot, config);
        if (registry[pending.agent]?.details_link !== pending.document) {
          await updateRegistry(repoRoot, config, (r) => withEntry(r, pending.agent, pending.patch));
          lines.push(
            `Finished an interrupted draft: ${config.registry} now links ${pending.document} for ${pending.agent}.`
          );
        }
      }
    }
    await (0, import_promises.unlink)(notePath).catch(() => void 0);
  }
  return lines;
}
async function writtenByAnotherDraft(repoRoot, config, document) {
  const { registry } = await readRegistry(repoRoot, config).catch(() => ({ registry: {} }));
  const linked = (entry) => typeof entry.details_link === "string" && normalizeLink(entry.details_link) === normalizeLink(document);
  if (agentEntries(registry).some(([, entry]) => linked(entry))) return true;
  const pendingDir = await tempFolder(repoRoot, "pending");
  if (!pendingDir) return false;
  for (const name of await (0, import_promises.readdir)(pendingDir).catch(() => [])) {
    const pid = Number(name.split("-")[0]);
    if (!name.endsWith(".json") || pid === process.pid || !isRunning(pid)) continue;
    const pending = await readPendingDraft((0, import_node_path3.join)(pendingDir, name));
    if (pending?.registry === config.registry && pending.document === document) return true;
  }
  return false;
}
async function readPendingDraft(path) {
  try {
    const value = JSON.parse(await readUserText(path, path, { maxBytes: 64 * 1024 }));
    const ok = typeof value === "object" && value !== null && typeof value.registry === "string" && typeof value.document === "string" && typeof value.agent === "string" && isAgentKey(value.agent) && typeof value.patch === "object" && value.patch !== null && value.patch.details_link === value.document;
    return ok ? value : void 0;
  } catch {
    return void 0;
  }
}
var import_node_fs4, import_promises, import_node_path3, DEFAULT_MAX_BYTES, READ_FLAGS, realRoots, swept, tempFolders;
var init_store = __esm({
  "src/adapters/store.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_promises = require("node:fs/promises");
    import_node_path3 = require("node:path");
    init_errors();
    init_paths();
    init_registry();
    init_shell();
    init_builtins();
    init_user_text();
    DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
    READ_FLAGS = import_node_fs4.constants.O_RDONLY | (import_node_fs4.constants.O_NONBLOCK ?? 0) | (import_node_fs4.constants.O_NOCTTY ?? 0);
    realRoots = /* @__PURE__ */ new Map();
    swept = /* @__PURE__ */ new Set();
    tempFolders = /* @__PURE__ */ new Map();
  }
});

// lazy-library:re2js
var require_re2js = __commonJS({
  "lazy-library:re2js"(exports2, module2) {
    module2.exports = require(require("node:path").join(__dirname, "lib", "re2js.cjs"));
  }
});

// src/core/reports.ts
function emptyTestSummary(source, { caseResults = true } = {}) {
  const summary = {
    sources: [source],
    passed: 0,
    failed: 0,
    skipped: 0,
    errored: 0,
    failures: [],
    failedTruncated: false
  };
  if (caseResults) {
    summary.cases = [];
    summary.casesTruncated = false;
  }
  return summary;
}
function bound(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function firstLine2(text, max = MESSAGE_MAX) {
  if (!text) return void 0;
  for (const raw of text.replace(ANSI_ESCAPE, "").split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line) return bound(line, max);
  }
  return void 0;
}
function testCaseId(name, suite) {
  const test = bound(name.trim() || "(unnamed test)", NAME_MAX);
  const group = suite?.trim();
  return ownCopy(group ? `${bound(group, NAME_MAX)}${ID_SEPARATOR}${test}` : test);
}
function failingLabels(failures) {
  const seen = /* @__PURE__ */ new Map();
  for (const failure of failures) seen.set(failure.name, (seen.get(failure.name) ?? 0) + 1);
  return failures.map(
    (failure) => (seen.get(failure.name) ?? 0) > 1 && failure.suite?.trim() ? testCaseId(failure.name, failure.suite) : failure.name
  );
}
function ownCopy(text) {
  return ` ${text}`.slice(1);
}
function recordTest(summary, outcome, test, cap = FAILURE_CAP) {
  const cases = summary.cases;
  if (cases) {
    if (cases.length < CASES_CAP) cases.push({ id: testCaseId(test.name, test.suite), outcome });
    else summary.casesTruncated = true;
  }
  const failure = test;
  switch (outcome) {
    case "passed":
      summary.passed++;
      return;
    case "skipped":
      summary.skipped++;
      return;
    case "failed":
      summary.failed++;
      break;
    case "error":
      summary.errored++;
      break;
  }
  if (summary.failures.length >= cap) {
    summary.failedTruncated = true;
    return;
  }
  const named = { name: bound(failure.name.trim() || "(unnamed test)", NAME_MAX) };
  const suite = failure.suite?.trim();
  if (suite) named.suite = bound(suite, NAME_MAX);
  const message2 = firstLine2(failure.message);
  if (message2) named.message = message2;
  summary.failures.push(named);
}
function totalTests(summary) {
  return summary.passed + summary.failed + summary.skipped + summary.errored;
}
function mergeTestSummaries(summaries, cap = FAILURE_CAP) {
  if (summaries.length === 0) return void 0;
  const withCases = summaries.every((s) => s.cases !== void 0);
  const merged = { ...emptyTestSummary("", { caseResults: withCases }), sources: [] };
  const cases = [];
  let casesTruncated = false;
  let duration;
  for (const s of summaries) {
    const caseRoom = CASES_CAP - cases.length;
    const theirs = s.cases ?? [];
    for (let i = 0; i < Math.min(caseRoom, theirs.length); i++) cases.push(theirs[i]);
    if (s.casesTruncated || theirs.length > caseRoom) casesTruncated = true;
    merged.sources.push(...s.sources);
    merged.passed += s.passed;
    merged.failed += s.failed;
    merged.skipped += s.skipped;
    merged.errored += s.errored;
    const room = cap - merged.failures.length;
    merged.failures.push(...s.failures.slice(0, Math.max(0, room)));
    if (s.failedTruncated || s.failures.length > room) merged.failedTruncated = true;
    if (s.durationSeconds !== void 0) duration = (duration ?? 0) + s.durationSeconds;
  }
  if (duration !== void 0) merged.durationSeconds = duration;
  if (withCases) {
    merged.cases = cases;
    merged.casesTruncated = casesTruncated;
  }
  return merged;
}
function roundPercent(percent) {
  return Math.floor(percent * 10 + 1e-6) / 10;
}
function coveragePercent(covered, total) {
  return total > 0 ? roundPercent(covered / total * 100) : void 0;
}
function warningsNamed(warnings, shown) {
  return warnings.map((warning) => ({ ...warning, file: shown(warning.file) }));
}
function formatReportWarning(warning) {
  return formatLocated(
    warning.message,
    { file: warning.file, line: warning.line, column: warning.column },
    warning.rule
  );
}
function declaredTotalsWarning(file, summary, declared) {
  const read = {
    tests: totalTests(summary),
    failed: summary.failed + summary.errored,
    skipped: summary.skipped
  };
  const differences = [];
  const compare = (key, noun) => {
    const stated = declared[key];
    if (stated === void 0 || !Number.isFinite(stated) || stated === read[key]) return;
    differences.push(`${stated} ${noun} declared, ${read[key]} read`);
  };
  compare("tests", "tests");
  compare("failed", "failed");
  compare("skipped", "skipped");
  if (differences.length === 0) return void 0;
  return {
    file,
    message: `the report's own totals (${declared.where}) disagree with its tests: ${differences.join("; ")}`,
    rule: "report/declared-totals"
  };
}
function noTestsWarning(file) {
  return { file, message: "the report holds no tests (read as 0 tests)", rule: "report/no-tests" };
}
var FAILURE_CAP, MESSAGE_MAX, NAME_MAX, CASES_CAP, ID_SEPARATOR, ANSI_ESCAPE;
var init_reports = __esm({
  "src/core/reports.ts"() {
    "use strict";
    init_errors();
    FAILURE_CAP = 200;
    MESSAGE_MAX = 200;
    NAME_MAX = 300;
    CASES_CAP = 2e5;
    ID_SEPARATOR = " \u203A ";
    ANSI_ESCAPE = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\))/g;
  }
});

// lazy-library:tinyglobby
var require_tinyglobby = __commonJS({
  "lazy-library:tinyglobby"(exports2, module2) {
    module2.exports = require(require("node:path").join(__dirname, "lib", "tinyglobby.cjs"));
  }
});

// src/adapters/reports/reader.ts
function warningFromError(file, error) {
  if (error instanceof ReportReadError) {
    return { file, message: error.message, rule: error.rule, ...error.place };
  }
  const code = error?.code;
  if (code) return { file, message: `could not read the report (${code})`, rule: "report/unreadable" };
  const reason = error instanceof Error ? error.message : String(error);
  return { file, message: `could not read the report (${reason})`, rule: "report/internal-error" };
}
function displayPathOf(absPath, root) {
  if (!root || !(0, import_node_path7.isAbsolute)(absPath)) return absPath;
  const rel = (0, import_node_path7.relative)(root, absPath);
  if (rel === "" || rel === ".." || rel.startsWith(`..${import_node_path7.sep}`) || (0, import_node_path7.isAbsolute)(rel)) return absPath;
  return rel.split(import_node_path7.sep).join("/");
}
function coverageRead(displayPath, linesPercent, branchesPercent, warnings = []) {
  if (linesPercent === void 0) {
    warnings.push({
      file: displayPath,
      message: "the report has no instrumented lines",
      rule: "coverage/empty"
    });
    return { warnings };
  }
  return {
    coverage: {
      source: displayPath,
      linesPercent,
      ...branchesPercent === void 0 ? {} : { branchesPercent }
    },
    warnings
  };
}
function outcomeOfStatus(status) {
  switch ((status ?? "").toLowerCase()) {
    case "pass":
    case "passed":
    case "success":
      return "passed";
    case "fail":
    case "failed":
    case "failure":
      return "failed";
    case "error":
      return "error";
    default:
      return "skipped";
  }
}
var import_node_path7, ReportReadError;
var init_reader = __esm({
  "src/adapters/reports/reader.ts"() {
    "use strict";
    import_node_path7 = require("node:path");
    ReportReadError = class extends Error {
      constructor(message2, rule, place = {}) {
        super(message2);
        this.rule = rule;
        this.place = place;
        this.name = "ReportReadError";
      }
      rule;
      place;
    };
  }
});

// lazy-library:saxes
var require_saxes = __commonJS({
  "lazy-library:saxes"(exports2, module2) {
    module2.exports = require(require("node:path").join(__dirname, "lib", "saxes.cjs"));
  }
});

// src/adapters/reports/text.ts
async function readHead(absPath, bytes = HEAD_BYTES) {
  const handle = await (0, import_promises2.open)(absPath, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function advance(from, textBefore) {
  const lastBreak = textBefore.lastIndexOf("\n");
  if (lastBreak < 0) return { line: from.line, column: from.column + textBefore.length };
  const inText = offsetToPosition(textBefore, textBefore.length);
  return { line: from.line + inText.line - 1, column: inText.column };
}
function chooseEncoding(head, xml = false) {
  if (head[0] === 239 && head[1] === 187 && head[2] === 191) return "utf-8";
  if (head[0] === 255 && head[1] === 254) return "utf-16le";
  if (head[0] === 254 && head[1] === 255) return "utf-16be";
  if (xml) {
    const declaration = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(
      Buffer.from(head.subarray(0, 200)).toString("latin1")
    );
    const label = declaration?.[1];
    if (label) {
      try {
        return new TextDecoder(label).encoding;
      } catch {
      }
    }
  }
  return "utf-8";
}
function* readChunks(absPath) {
  const fd = (0, import_node_fs7.openSync)(absPath, "r");
  try {
    for (; ; ) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = (0, import_node_fs7.readSync)(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) return;
      yield read === CHUNK_BYTES ? buffer : buffer.subarray(0, read);
    }
  } finally {
    (0, import_node_fs7.closeSync)(fd);
  }
}
async function* decodeChunks(absPath, encoding = "utf-8") {
  const utf8 = new TextDecoder(encoding).encoding === "utf-8";
  const check = new Utf8Stream();
  let decoder;
  let first = true;
  for (const bytes of readChunks(absPath)) {
    if (utf8 && !check.cut && (0, import_node_buffer3.isAscii)(bytes)) {
      first = false;
      yield bytes.toString("latin1");
      continue;
    }
    const fault = utf8 ? check.check(bytes, import_node_buffer3.isUtf8) : void 0;
    if (fault) throw new InvalidUtf8(fault.byte, new TextDecoder().decode(fault.before));
    decoder ??= new TextDecoder(encoding, { ignoreBOM: !first });
    first = false;
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  const cut = check.end();
  if (cut) throw new InvalidUtf8(cut.byte, "");
  const rest = decoder?.decode() ?? "";
  if (rest) yield rest;
}
async function forEachLine(absPath, onLine) {
  let lineNumber = 1;
  let partial = "";
  const emit = (line) => onLine(line.endsWith("\r") ? line.slice(0, -1) : line, lineNumber++);
  try {
    for await (const text of decodeChunks(absPath)) {
      let start = 0;
      for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
        const line = partial + text.slice(start, nl);
        partial = "";
        start = nl + 1;
        if (emit(line) === "stop") return;
      }
      partial += text.slice(start);
    }
  } catch (error) {
    if (error instanceof InvalidUtf8) {
      throw new ReportReadError(
        error.message,
        "utf-8",
        advance({ line: lineNumber, column: 1 }, partial + error.textBefore)
      );
    }
    throw error;
  }
  if (partial) emit(partial);
}
async function readWholeText(absPath, maxBytes) {
  const { size } = await (0, import_promises2.stat)(absPath);
  if (size > maxBytes) {
    throw new ReportReadError(
      `too large to read (${Math.round(size / 1048576)} MiB; at most ${Math.round(maxBytes / 1048576)} MiB for this format)`,
      "report/too-large"
    );
  }
  const bytes = await (0, import_promises2.readFile)(absPath);
  if (!(0, import_node_buffer3.isUtf8)(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      const before = new TextDecoder().decode(bytes.subarray(0, bad));
      const error = new InvalidUtf8(bytes[bad], before);
      throw new ReportReadError(error.message, "utf-8", offsetToPosition(before, before.length));
    }
  }
  return new TextDecoder().decode(bytes);
}
var import_node_buffer3, import_node_fs7, import_promises2, HEAD_BYTES, CHUNK_BYTES, InvalidUtf8;
var init_text = __esm({
  "src/adapters/reports/text.ts"() {
    "use strict";
    import_node_buffer3 = require("node:buffer");
    import_node_fs7 = require("node:fs");
    import_promises2 = require("node:fs/promises");
    init_json_location();
    init_utf8();
    init_reader();
    HEAD_BYTES = 8192;
    CHUNK_BYTES = 64 * 1024;
    InvalidUtf8 = class extends Error {
      constructor(byte, textBefore) {
        super(
          `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")}); save the report as UTF-8`
        );
        this.byte = byte;
        this.textBefore = textBefore;
      }
      byte;
      textBefore;
    };
  }
});

// src/adapters/reports/xml.ts
function localName(name) {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
async function parseXmlFile(absPath, displayPath, visitor) {
  const warnings = [];
  const parser = new import_saxes.SaxesParser({ xmlns: false, position: true });
  let skippedLines = 0;
  const where = () => ({
    line: parser.line + skippedLines,
    column: Math.max(1, parser.column)
  });
  parser.on("error", (error) => {
    const message2 = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, "");
    if (message2 === "disallowed character") {
      if (!warnings.some((w) => w.rule === "xml/disallowed-character")) {
        warnings.push({
          file: displayPath,
          message: "a character XML does not allow here (such as < in an attribute value) was left out",
          rule: "xml/disallowed-character",
          ...where()
        });
      }
      return;
    }
    if (message2 === "undefined entity") {
      if (!warnings.some((w) => w.rule === "xml/entity")) {
        warnings.push({
          file: displayPath,
          message: "entity references are not expanded (only &lt; &gt; &amp; &quot; &apos; and character references are); the reference is kept as text",
          rule: "xml/entity",
          ...where()
        });
      }
      return;
    }
    throw new ReportReadError(`not well-formed XML: ${message2}`, "xml/well-formed", where());
  });
  const { close, text, wantsText } = visitor;
  let textOn = false;
  const listenForText = (want) => {
    if (!text || want === textOn) return;
    textOn = want;
    if (want) {
      parser.on("text", text);
      parser.on("cdata", text);
    } else {
      parser.off("text");
      parser.off("cdata");
    }
  };
  listenForText(wantsText === void 0);
  let depth = 0;
  parser.on("opentag", (tag) => {
    if (++depth > MAX_XML_DEPTH) {
      throw new ReportReadError(
        `elements nested deeper than ${MAX_XML_DEPTH} levels`,
        "xml/nesting",
        where()
      );
    }
    let next;
    try {
      next = visitor.open(tag, localName(tag.name));
    } catch (error) {
      if (error instanceof ReportReadError && error.place.line === void 0) {
        throw new ReportReadError(error.message, error.rule, where());
      }
      throw error;
    }
    if (next === "stop") throw STOP;
    if (wantsText) listenForText(wantsText());
  });
  parser.on("closetag", (tag) => {
    depth--;
    close?.(localName(tag.name));
    if (wantsText) listenForText(wantsText());
  });
  const encoding = chooseEncoding(await readHead(absPath, 256), true);
  try {
    let started = false;
    for await (const chunk of decodeChunks(absPath, encoding)) {
      if (started) {
        parser.write(chunk);
        trimGatheredText(parser);
        continue;
      }
      const text2 = chunk.replace(/^\uFEFF/, "");
      const start = text2.search(/\S/);
      if (start < 0) {
        skippedLines += text2.split("\n").length - 1;
        continue;
      }
      started = true;
      skippedLines += text2.slice(0, start).split("\n").length - 1;
      parser.write(text2.slice(start));
    }
    parser.close();
  } catch (error) {
    if (error === STOP) return warnings;
    if (error instanceof InvalidUtf8) {
      const next = { line: parser.line, column: parser.column + 1 };
      throw new ReportReadError(error.message, "utf-8", advance(next, error.textBefore));
    }
    throw error;
  }
  return warnings;
}
function trimGatheredText(parser) {
  const held = parser;
  if (typeof held.text === "string" && held.text.length > GATHERED_TEXT_MAX)
    held.text = held.text.slice(0, GATHERED_TEXT_MAX);
}
function numberAttribute(tag, name) {
  const raw = tag.attributes[name];
  if (raw === void 0 || raw.trim() === "") return void 0;
  const value = Number(raw);
  return Number.isFinite(value) ? value : void 0;
}
var import_saxes, STOP, MAX_XML_DEPTH, GATHERED_TEXT_MAX;
var init_xml = __esm({
  "src/adapters/reports/xml.ts"() {
    "use strict";
    import_saxes = __toESM(require_saxes(), 1);
    init_reader();
    init_text();
    STOP = /* @__PURE__ */ Symbol("stop");
    MAX_XML_DEPTH = 1e3;
    GATHERED_TEXT_MAX = 1024 * 1024;
  }
});

// src/adapters/reports/check.ts
async function readCheck(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let suiteTitle;
  let inSuite = false;
  let test;
  let capturing;
  let captured = "";
  const keepsText = () => capturing !== void 0 && captured.length < MESSAGE_MAX * 10;
  let duration;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "testsuites") {
          throw new ReportReadError(
            `not a Check report: the root element is <${tag.name}>, expected <testsuites>`,
            "check/root"
          );
        }
      }
      if (name === "suite") {
        inSuite = true;
        suiteTitle = void 0;
      } else if (name === "test" && inSuite) {
        test = { outcome: outcomeOfStatus(tag.attributes.result), id: "", description: "" };
      } else if (CAPTURED.has(name)) {
        capturing = name;
        captured = "";
      }
      return void 0;
    },
    close(name) {
      if (name === capturing) {
        capturing = void 0;
        const value = captured.trim();
        if (test) {
          if (name === "id") test.id = value;
          else if (name === "description") test.description = value;
          else if (name === "message") test.message = value;
        } else if (name === "title" && inSuite) suiteTitle = value;
        else if (name === "duration" && !inSuite) {
          const seconds = Number(value);
          if (value !== "" && Number.isFinite(seconds)) duration = seconds;
        }
      } else if (name === "test" && test) {
        const suite = [suiteTitle, test.description].filter(Boolean).join(" \u203A ") || void 0;
        recordTest(summary, test.outcome, {
          name: test.id,
          suite,
          message: test.outcome === "passed" ? void 0 : test.message
        });
        test = void 0;
      } else if (name === "suite") inSuite = false;
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) captured += text;
    }
  });
  if (duration !== void 0) summary.durationSeconds = duration;
  return { summary, warnings };
}
var CAPTURED, checkReader;
var init_check = __esm({
  "src/adapters/reports/check.ts"() {
    "use strict";
    init_reports();
    init_reader();
    init_xml();
    CAPTURED = /* @__PURE__ */ new Set(["title", "id", "description", "message", "duration"]);
    checkReader = {
      format: "check",
      read: readCheck
    };
  }
});

// src/adapters/reports/cobertura.ts
async function readCobertura(absPath, displayPath) {
  let linesPercent;
  let branchesPercent;
  let sawRoot = false;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (name !== "coverage") {
        throw new ReportReadError(
          `not a Cobertura report: the root element is <${tag.name}>, expected <coverage>`,
          "cobertura/root"
        );
      }
      sawRoot = true;
      const percent = (covered, valid, rate) => {
        const c = numberAttribute(tag, covered);
        const v = numberAttribute(tag, valid);
        if (c !== void 0 && v !== void 0) return coveragePercent(c, v);
        const r = numberAttribute(tag, rate);
        return r === void 0 ? void 0 : roundPercent(r * 100);
      };
      linesPercent = percent("lines-covered", "lines-valid", "line-rate");
      branchesPercent = percent("branches-covered", "branches-valid", "branch-rate");
      if (linesPercent === void 0 && numberAttribute(tag, "lines-valid") !== 0) {
        throw new ReportReadError(
          "the <coverage> element has neither line-rate nor lines-covered/lines-valid",
          "cobertura/attributes"
        );
      }
      return "stop";
    }
  });
  if (!sawRoot) throw new ReportReadError("not a Cobertura report: no <coverage> element", "cobertura/root");
  return coverageRead(displayPath, linesPercent, branchesPercent, warnings);
}
var coberturaReader;
var init_cobertura = __esm({
  "src/adapters/reports/cobertura.ts"() {
    "use strict";
    init_reports();
    init_reader();
    init_xml();
    coberturaReader = { format: "cobertura", read: readCobertura };
  }
});

// src/adapters/reports/cppunit.ts
async function readCppUnit(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let section;
  let inStatistics = false;
  let test;
  let capturing;
  let captured = "";
  const keepsText = () => capturing !== void 0 && captured.length < MESSAGE_MAX * 10;
  const declared = {};
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "TestRun") {
          throw new ReportReadError(
            `not a CppUnit report: the root element is <${tag.name}>, expected <TestRun>`,
            "cppunit/root"
          );
        }
      }
      if (name === "SuccessfulTests") section = "passed";
      else if (name === "FailedTests") section = "failed";
      else if (name === "SkippedTests") section = "skipped";
      else if (name === "Statistics") inStatistics = true;
      else if ((name === "Test" || name === "FailedTest") && section) test = { name: "", failureType: "" };
      else if (CAPTURED2.has(name) && (test || inStatistics)) {
        capturing = name;
        captured = "";
      }
      return void 0;
    },
    close(name) {
      if (name === capturing) {
        capturing = void 0;
        const value = captured.trim();
        if (test) {
          if (name === "Name") test.name = value;
          else if (name === "FailureType") test.failureType = value;
          else if (name === "Message") test.message = value;
        } else if (inStatistics) {
          const n = Number(value);
          if (value !== "" && Number.isFinite(n)) {
            if (name === "Tests") declared.tests = n;
            else if (name === "FailuresTotal") declared.failed = n;
          }
        }
      } else if ((name === "Test" || name === "FailedTest") && test && section) {
        const outcome = section === "failed" ? /error/i.test(test.failureType) ? "error" : "failed" : section;
        const separator = test.name.lastIndexOf("::");
        const suite = separator > 0 ? test.name.slice(0, separator) : void 0;
        const testName = separator > 0 ? test.name.slice(separator + 2) : test.name;
        recordTest(summary, outcome, { name: testName, suite, message: test.message });
        test = void 0;
      } else if (name === "SuccessfulTests" || name === "FailedTests" || name === "SkippedTests")
        section = void 0;
      else if (name === "Statistics") inStatistics = false;
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) captured += text;
    }
  });
  if (declared.tests !== void 0) {
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: "<Statistics>",
      tests: declared.tests,
      failed: declared.failed
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}
var CAPTURED2, cppunitReader;
var init_cppunit = __esm({
  "src/adapters/reports/cppunit.ts"() {
    "use strict";
    init_reports();
    init_reader();
    init_xml();
    CAPTURED2 = /* @__PURE__ */ new Set(["Name", "FailureType", "Message", "Tests", "FailuresTotal"]);
    cppunitReader = {
      format: "cppunit",
      read: readCppUnit
    };
  }
});

// src/adapters/reports/json.ts
async function readJsonReport(absPath, displayPath) {
  const text = await readWholeText(absPath, JSON_MAX_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    try {
      parseJsonLocated(text, displayPath);
    } catch (error) {
      if (error instanceof InputError) {
        const { line, column } = error.location;
        throw new ReportReadError(error.message, "json/syntax", { line, column });
      }
      throw error;
    }
    throw new ReportReadError("invalid JSON", "json/syntax");
  }
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
async function forEachJsonLine(absPath, displayPath, format, onEvent, onText) {
  const warnings = [];
  let objects = 0;
  let skipped = 0;
  let firstSkipped;
  await forEachLine(absPath, (raw, line) => {
    const text = raw.trim();
    if (text === "") return void 0;
    let event;
    try {
      event = text.startsWith("{") ? JSON.parse(text) : void 0;
    } catch {
      event = void 0;
    }
    if (!isRecord(event)) {
      if (onText?.(text, line)) return void 0;
      skipped++;
      firstSkipped ??= line;
      return void 0;
    }
    objects++;
    onEvent(event, line);
    return void 0;
  });
  if (objects === 0) {
    throw new ReportReadError(`not a ${format} report: no line is a JSON object`, "json/syntax", {
      line: firstSkipped ?? 1,
      column: 1
    });
  }
  if (skipped > 0) {
    warnings.push({
      file: displayPath,
      message: `${skipped} ${skipped === 1 ? "line is" : "lines are"} not JSON events and ${skipped === 1 ? "was" : "were"} skipped`,
      rule: "json/lines",
      line: firstSkipped,
      column: 1
    });
  }
  return warnings;
}
var JSON_MAX_BYTES;
var init_json = __esm({
  "src/adapters/reports/json.ts"() {
    "use strict";
    init_errors();
    init_json_location();
    init_reader();
    init_text();
    JSON_MAX_BYTES = 256 * 1024 * 1024;
  }
});

// src/adapters/reports/dart-json.ts
async function readDartJson(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  const suites = /* @__PURE__ */ new Map();
  const started = /* @__PURE__ */ new Map();
  let done = false;
  let lastTime;
  const warnings = await forEachJsonLine(absPath, displayPath, "Dart test JSON", (event) => {
    const type = asString(event.type);
    const time = asNumber(event.time);
    if (time !== void 0) lastTime = Math.max(lastTime ?? time, time);
    switch (type) {
      case "suite": {
        const suite = isRecord(event.suite) ? event.suite : void 0;
        const id = asNumber(suite?.id);
        const path = asString(suite?.path);
        if (id !== void 0 && path) suites.set(id, path);
        break;
      }
      case "testStart": {
        const test = isRecord(event.test) ? event.test : void 0;
        const id = asNumber(test?.id);
        if (id === void 0 || !test) break;
        const suiteId = asNumber(test.suiteID);
        started.set(id, {
          name: asString(test.name) ?? "",
          suite: suiteId === void 0 ? void 0 : suites.get(suiteId)
        });
        break;
      }
      case "error": {
        const test = started.get(asNumber(event.testID) ?? -1);
        if (test && test.message === void 0) test.message = asString(event.error);
        break;
      }
      case "testDone": {
        const id = asNumber(event.testID) ?? -1;
        const test = started.get(id);
        if (!test) break;
        started.delete(id);
        const result = asString(event.result);
        const outcome = result === "failure" ? "failed" : result === "error" ? "error" : event.skipped === true ? "skipped" : "passed";
        if (event.hidden === true && outcome !== "failed" && outcome !== "error") break;
        recordTest(summary, outcome, { name: test.name, suite: test.suite, message: test.message });
        break;
      }
      case "done":
        done = true;
        break;
    }
  });
  for (const test of started.values()) {
    recordTest(summary, "error", {
      name: test.name,
      suite: test.suite,
      message: "started but never finished"
    });
  }
  if (started.size > 0 || !done) {
    warnings.push({
      file: displayPath,
      message: started.size > 0 ? `${started.size} ${started.size === 1 ? "test started but has" : "tests started but have"} no result (the run was cut short); counted as errored` : 'the run has no "done" event: it may have been cut short',
      rule: "dart-json/unfinished"
    });
  }
  if (lastTime !== void 0) summary.durationSeconds = lastTime / 1e3;
  return { summary, warnings };
}
var dartJsonReader;
var init_dart_json = __esm({
  "src/adapters/reports/dart-json.ts"() {
    "use strict";
    init_reports();
    init_json();
    dartJsonReader = {
      format: "dart-json",
      read: readDartJson
    };
  }
});

// src/adapters/reports/detect.ts
function rootElement(head) {
  let rest = head;
  for (; ; ) {
    rest = rest.trimStart();
    if (rest.startsWith("<?")) {
      const end = rest.indexOf("?>");
      if (end < 0) return void 0;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith("<!--")) {
      const end = rest.indexOf("-->");
      if (end < 0) return void 0;
      rest = rest.slice(end + 3);
    } else if (rest.startsWith("<!")) {
      const subset = rest.indexOf("[");
      const close = rest.indexOf(">");
      if (close < 0) return void 0;
      if (subset >= 0 && subset < close) {
        const subsetEnd = rest.indexOf("]", subset);
        if (subsetEnd < 0) return void 0;
        const end = rest.indexOf(">", subsetEnd);
        if (end < 0) return void 0;
        rest = rest.slice(end + 1);
      } else rest = rest.slice(close + 1);
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
      return match?.[1]?.replace(/^.*:/, "");
    }
  }
}
function rootTag(text, name) {
  const head = text.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  const at2 = head.search(new RegExp(`<(?:[\\w.-]+:)?${name}[\\s/>]`));
  if (at2 < 0) return "";
  const end = head.indexOf(">", at2);
  return end < 0 ? head.slice(at2) : head.slice(at2, end + 1);
}
function xmlFormat(text) {
  const root = rootElement(text);
  switch (root) {
    case "testsuites":
    case "testsuite":
      return /check\.sourceforge\.net\/ns/.test(rootTag(text, root)) ? "check" : "junit";
    case "TestRun": {
      if (/TeamTest/.test(rootTag(text, root))) return "trx";
      const body = text.slice(text.indexOf("<TestRun"));
      if (/<(?:[\w.-]+:)?(?:Results|ResultSummary|TestSettings|TestDefinitions|Times|TestLists|UnitTestResult)\b/.test(
        body
      ))
        return "trx";
      if (/<(?:FailedTests|SuccessfulTests|Statistics|FailedTest|Test)\b/.test(body)) return "cppunit";
      return "trx";
    }
    case "test-results":
    case "test-run":
    case "test-suite":
      return "nunit";
    case "assemblies":
    case "assembly":
      return "xunit";
    case "coverage":
      return "cobertura";
    default:
      return void 0;
  }
}
function jsonFormat(text) {
  const firstLine3 = text.slice(0, text.search(/\r?\n|$/));
  if (/^\{.*"Action"\s*:\s*"/.test(firstLine3) && /"(?:Package|Time)"\s*:/.test(firstLine3)) return "go-json";
  if (/^\{.*"(?:protocolVersion|runnerVersion)"\s*:/.test(firstLine3)) return "dart-json";
  if (/^\{.*"type"\s*:\s*"(?:start|suite|testStart|allSuites|group)"/.test(firstLine3)) return "dart-json";
  if (/"(?:numTotalTests|numPassedTests|testResults)"\s*:/.test(text)) return "jest-json";
  if (/"stats"\s*:/.test(text) && /"(?:passes|failures|pending|suites)"\s*:/.test(text)) return "mocha-json";
  if (/"examples"\s*:\s*\[/.test(text) && /"(?:version|summary|summary_line|messages)"\s*:/.test(text))
    return "rspec-json";
  if (/^\{\s*"total"\s*:\s*\{\s*"(?:lines|statements|functions|branches)"\s*:/.test(text))
    return "istanbul-summary";
  return void 0;
}
function byContent(head) {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (/^FAIL\s+\S+\s+\[(?:build|setup) failed\]/.test(text)) {
    const event = text.split(/\r?\n/, 50).find((line) => line.startsWith("{"));
    if (event && jsonFormat(event) === "go-json") return "go-json";
  }
  if (text.startsWith("<")) return xmlFormat(text);
  if (text.startsWith("{")) return jsonFormat(text);
  const firstLine3 = text.split(/\r?\n/, 50).find((line) => line.trim() !== "" && !/^#(?!\s*Subtest\b)/.test(line)) ?? "";
  if (/^TAP version \d+/i.test(firstLine3)) return "tap";
  if (/^(?:(?:not )?ok\b|1\.\.\d+|# Subtest\b)/.test(firstLine3)) return "tap";
  if (/^(?:TN|SF):/.test(firstLine3)) return "lcov";
  return void 0;
}
function byName(path) {
  const name = path.toLowerCase().replace(/^.*[\\/]/, "");
  if (name.endsWith(".trx")) return "trx";
  if (name.endsWith(".tap")) return "tap";
  if (name.endsWith(".info") || name.endsWith(".lcov")) return "lcov";
  if (name === "coverage-summary.json") return "istanbul-summary";
  if (name === "cobertura.xml" || name === "cobertura-coverage.xml" || name === "coverage.xml")
    return "cobertura";
  if (name.endsWith(".xml")) return "junit";
  return void 0;
}
function detectReportFormat(path, head) {
  const fromContent = byContent(head);
  if (fromContent) return fromContent;
  const text = head.replace(/^\uFEFF/, "").trimStart();
  const undecided = text.startsWith("<") && rootElement(text) === void 0 || !/^[<{]/.test(text);
  return undecided ? byName(path) : void 0;
}
var init_detect = __esm({
  "src/adapters/reports/detect.ts"() {
    "use strict";
  }
});

// src/adapters/reports/go-json.ts
async function readGoJson(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  const output = /* @__PURE__ */ new Map();
  const running = /* @__PURE__ */ new Map();
  const packagesWithFailures = /* @__PURE__ */ new Set();
  let elapsed;
  const compilerLines = [];
  const warnings = await forEachJsonLine(
    absPath,
    displayPath,
    "go test -json",
    (event) => {
      const action = asString(event.Action);
      const pkg = asString(event.Package) ?? "";
      const test = asString(event.Test);
      if (!action) return;
      if (test === void 0) {
        if (action === "fail" && !packagesWithFailures.has(pkg)) {
          const lines = output.get(`${pkg}
`) ?? [];
          const message2 = lines.find((l) => /\S/.test(l) && !/^(?:FAIL|ok)\b/.test(l.trim())) ?? "package failed";
          recordTest(summary, "error", { name: "[package failed]", suite: pkg, message: message2 });
        }
        if (action === "pass" || action === "fail" || action === "skip") {
          const seconds = asNumber(event.Elapsed);
          if (seconds !== void 0) elapsed = (elapsed ?? 0) + seconds;
          output.delete(`${pkg}
`);
        } else if (action === "output") {
          const lines = output.get(`${pkg}
`) ?? [];
          if (lines.length < OUTPUT_KEPT) lines.push(asString(event.Output) ?? "");
          output.set(`${pkg}
`, lines);
        }
        return;
      }
      const key = `${pkg}
${test}`;
      if (action === "run") running.set(key, { pkg, test });
      else if (action === "output") {
        const lines = output.get(key) ?? [];
        if (lines.length < OUTPUT_KEPT) lines.push(asString(event.Output) ?? "");
        output.set(key, lines);
      } else {
        const outcome = ACTIONS[action];
        if (!outcome) return;
        running.delete(key);
        const lines = output.get(key) ?? [];
        output.delete(key);
        let message2;
        if (outcome === "failed") {
          packagesWithFailures.add(pkg);
          message2 = lines.map((l) => l.trim()).find((l) => l && !/^(?:=== (?:RUN|PAUSE|CONT|NAME)|--- (?:FAIL|PASS|SKIP))\b/.test(l));
        }
        recordTest(summary, outcome, { name: test, suite: pkg, message: message2 });
      }
    },
    (text) => {
      const failed = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]/.exec(text);
      if (failed) {
        const pkg = failed[1] ?? "";
        packagesWithFailures.add(pkg);
        const message2 = compilerLines.find((l) => !l.startsWith("#")) ?? `${failed[2]} failed`;
        recordTest(summary, "error", { name: `[${failed[2]} failed]`, suite: pkg, message: message2 });
        compilerLines.length = 0;
        return true;
      }
      if (compilerLines.length < OUTPUT_KEPT) compilerLines.push(text);
      return /^#\s/.test(text) || /^\S+\.go:\d+/.test(text);
    }
  );
  for (const { pkg, test } of running.values()) {
    recordTest(summary, "error", { name: test, suite: pkg, message: "started but never finished" });
  }
  if (running.size > 0) {
    warnings.push({
      file: displayPath,
      message: `${running.size} ${running.size === 1 ? "test started but has" : "tests started but have"} no result (the run was cut short); counted as errored`,
      rule: "go-json/unfinished"
    });
  }
  if (elapsed !== void 0) summary.durationSeconds = elapsed;
  return { summary, warnings };
}
var ACTIONS, OUTPUT_KEPT, goJsonReader;
var init_go_json = __esm({
  "src/adapters/reports/go-json.ts"() {
    "use strict";
    init_reports();
    init_json();
    ACTIONS = { pass: "passed", fail: "failed", skip: "skipped" };
    OUTPUT_KEPT = 20;
    goJsonReader = {
      format: "go-json",
      read: readGoJson
    };
  }
});

// src/adapters/reports/istanbul-summary.ts
function percentOf(metric) {
  if (!isRecord(metric)) return void 0;
  const total = asNumber(metric.total);
  const covered = asNumber(metric.covered);
  if (total !== void 0 && covered !== void 0) return coveragePercent(covered, total);
  const pct = asNumber(metric.pct);
  return pct === void 0 ? void 0 : roundPercent(pct);
}
async function readIstanbulSummary(absPath, displayPath) {
  const report = await readJsonReport(absPath, displayPath);
  if (!isRecord(report) || !isRecord(report.total) || !isRecord(report.total.lines)) {
    throw new ReportReadError(
      'not an Istanbul coverage summary: no "total.lines" object',
      "istanbul-summary/shape"
    );
  }
  const linesPercent = percentOf(report.total.lines);
  const warnings = [];
  const branchesPercent = percentOf(report.total.branches);
  return coverageRead(displayPath, linesPercent, branchesPercent, warnings);
}
var istanbulSummaryReader;
var init_istanbul_summary = __esm({
  "src/adapters/reports/istanbul-summary.ts"() {
    "use strict";
    init_reports();
    init_json();
    init_reader();
    istanbulSummaryReader = {
      format: "istanbul-summary",
      read: readIstanbulSummary
    };
  }
});

// src/adapters/reports/jest-json.ts
function suiteFailureMessage(message2) {
  return message2?.split("\n").map((line) => line.trim()).find((line) => line && !line.startsWith("\u25CF"));
}
async function readJestJson(absPath, displayPath, options = {}) {
  const report = await readJsonReport(absPath, displayPath);
  if (!isRecord(report) || !Array.isArray(report.testResults)) {
    throw new ReportReadError('not a Jest JSON report: no "testResults" array', "jest-json/shape");
  }
  const summary = emptyTestSummary(displayPath, options);
  let lastEnd;
  for (const file of report.testResults) {
    if (!isRecord(file)) continue;
    const testFile = asString(file.name) ?? asString(file.testFilePath);
    const suite = testFile ? displayPathOf(testFile, options.repoRoot) : void 0;
    const assertions = Array.isArray(file.assertionResults) ? file.assertionResults : asArray(file.testResults);
    for (const assertion of assertions) {
      if (!isRecord(assertion)) continue;
      const title = asString(assertion.title) ?? "";
      const ancestors = asArray(assertion.ancestorTitles).filter((t) => typeof t === "string");
      const name = asString(assertion.fullName) ?? [...ancestors, title].join(" ");
      const message2 = asArray(assertion.failureMessages).find((m) => typeof m === "string");
      recordTest(summary, outcomeOfStatus(asString(assertion.status)), { name, suite, message: message2 });
    }
    const execError = isRecord(file.testExecError) ? file.testExecError : void 0;
    const failedToRun = file.status === "failed" || execError !== void 0 || (asString(file.failureMessage) ?? "") !== "";
    if (assertions.length === 0 && failedToRun) {
      const message2 = suiteFailureMessage(
        asString(file.message) ?? asString(file.failureMessage) ?? asString(execError?.message)
      );
      recordTest(summary, "error", {
        name: suite ?? "(test file)",
        message: message2 ?? "test suite failed to run"
      });
    }
    const end = asNumber(file.endTime) ?? asNumber(isRecord(file.perfStats) ? file.perfStats.end : void 0);
    if (end !== void 0) lastEnd = Math.max(lastEnd ?? end, end);
  }
  const start = asNumber(report.startTime);
  if (start !== void 0 && lastEnd !== void 0)
    summary.durationSeconds = Math.max(0, (lastEnd - start) / 1e3);
  const warnings = [];
  const total = asNumber(report.numTotalTests);
  if (total !== void 0) {
    const runtimeErrors = asNumber(report.numRuntimeErrorTestSuites) ?? 0;
    const failed = asNumber(report.numFailedTests);
    const pending = asNumber(report.numPendingTests);
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '"numTotalTests"',
      tests: total + runtimeErrors,
      failed: failed === void 0 ? void 0 : failed + runtimeErrors,
      skipped: pending === void 0 ? void 0 : pending + (asNumber(report.numTodoTests) ?? 0)
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}
var jestJsonReader;
var init_jest_json = __esm({
  "src/adapters/reports/jest-json.ts"() {
    "use strict";
    init_reports();
    init_json();
    init_reader();
    jestJsonReader = {
      format: "jest-json",
      read: readJestJson
    };
  }
});

// src/adapters/reports/junit.ts
function attributeCounts(tag) {
  const tests = numberAttribute(tag, "tests");
  if (tests === void 0) return void 0;
  return {
    tests,
    failures: numberAttribute(tag, "failures"),
    errors: numberAttribute(tag, "errors"),
    skipped: numberAttribute(tag, "skipped") ?? numberAttribute(tag, "skip") ?? numberAttribute(tag, "disabled")
  };
}
function addCounts(into, counts) {
  into.tests += counts.tests;
  const add = (a, b) => a === void 0 && b === void 0 ? void 0 : (a ?? 0) + (b ?? 0);
  into.failures = add(into.failures, counts.failures);
  into.errors = add(into.errors, counts.errors);
  into.skipped = add(into.skipped, counts.skipped);
}
function declaredOf(counts, where) {
  const failed = counts.failures === void 0 && counts.errors === void 0 ? void 0 : (counts.failures ?? 0) + (counts.errors ?? 0);
  return { where, tests: counts.tests, failed, skipped: counts.skipped };
}
async function readJUnit(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let rootName = "";
  let nestedSuites = false;
  let casesOutsideSuites = false;
  let rootTime;
  let rootCounts;
  const suiteNames = [];
  let topSuiteTime;
  const topSuiteCounts = { tests: 0 };
  let topSuitesWithCounts = 0;
  let test;
  let capturing;
  let captured = "";
  const keepsText = () => capturing !== void 0 && captured.length < TEXT_KEPT;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "testsuites" && name !== "testsuite") {
          throw new ReportReadError(
            `not a JUnit report: the root element is <${tag.name}>, expected <testsuites> or <testsuite>`,
            "junit/root"
          );
        }
        rootName = tag.name;
        rootTime = numberAttribute(tag, "time");
        rootCounts = attributeCounts(tag);
      }
      if (test) {
        switch (name) {
          case "failure":
          case "rerunFailure":
            test.failed = true;
            break;
          case "error":
          case "rerunError":
            test.errored = true;
            break;
          case "skipped":
            test.skipped = true;
            return void 0;
          default:
            return void 0;
        }
        if (test.message === void 0 && capturing === void 0) {
          const message2 = tag.attributes.message?.trim();
          if (message2) test.message = message2;
          else {
            capturing = name;
            captured = "";
          }
        }
        return void 0;
      }
      if (name === "testsuite") {
        if (suiteNames.length === 0) {
          const time = numberAttribute(tag, "time");
          if (time !== void 0) topSuiteTime = (topSuiteTime ?? 0) + time;
          const counts = attributeCounts(tag);
          if (counts) {
            topSuitesWithCounts++;
            addCounts(topSuiteCounts, counts);
          }
        }
        if (suiteNames.length > 0) nestedSuites = true;
        suiteNames.push(tag.attributes.name ?? "");
      } else if (name === "testcase") {
        if (suiteNames.length === 0) casesOutsideSuites = true;
        test = {
          name: tag.attributes.name ?? "",
          suite: tag.attributes.classname || suiteNames[suiteNames.length - 1] || void 0,
          failed: false,
          errored: false,
          skipped: false
        };
      }
      return void 0;
    },
    close(name) {
      if (capturing === name) {
        capturing = void 0;
        if (test && captured.trim()) test.message = captured;
      } else if (name === "testcase" && test) {
        const outcome = test.failed ? "failed" : test.errored ? "error" : test.skipped ? "skipped" : "passed";
        recordTest(summary, outcome, { name: test.name, suite: test.suite, message: test.message });
        test = void 0;
      } else if (name === "testsuite" && !test) {
        suiteNames.pop();
      }
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) captured += text.slice(0, TEXT_KEPT);
    }
  });
  const declared = rootCounts ? declaredOf(rootCounts, `<${rootName}>`) : topSuitesWithCounts > 0 && !nestedSuites && !casesOutsideSuites ? declaredOf(topSuiteCounts, topSuitesWithCounts > 1 ? "the <testsuite> elements" : "<testsuite>") : void 0;
  const disagreement = declared && declaredTotalsWarning(displayPath, summary, declared);
  if (disagreement) warnings.push(disagreement);
  const duration = rootTime ?? topSuiteTime;
  if (duration !== void 0) summary.durationSeconds = duration;
  return { summary, warnings };
}
var TEXT_KEPT, junitReader;
var init_junit = __esm({
  "src/adapters/reports/junit.ts"() {
    "use strict";
    init_reports();
    init_reader();
    init_xml();
    TEXT_KEPT = MESSAGE_MAX * 10;
    junitReader = {
      format: "junit",
      read: readJUnit
    };
  }
});

// src/adapters/reports/lcov.ts
async function readLcov(absPath, displayPath) {
  let records = 0;
  let linesFound = 0;
  let linesHit = 0;
  let branchesFound = 0;
  let branchesHit = 0;
  let open3 = false;
  let lf = -1;
  let lh = -1;
  let brf = -1;
  let brh = -1;
  let daFound = 0;
  let daHit = 0;
  let brdaFound = 0;
  let brdaHit = 0;
  const close = () => {
    if (!open3) return;
    records++;
    linesFound += lf >= 0 ? lf : daFound;
    linesHit += lh >= 0 ? lh : daHit;
    branchesFound += brf >= 0 ? brf : brdaFound;
    branchesHit += brh >= 0 ? brh : brdaHit;
    open3 = false;
  };
  let lineNumber = 1;
  let at2 = 0 /* Key */;
  let key = 0;
  let keyLength = 0;
  let leading = true;
  let endMatch = 0;
  let commas = 0;
  let valueColumn = 0;
  let column = 0;
  let valueText = "";
  const field = emptyField();
  const endLine = () => {
    if (at2 === 0 /* Key */) {
      if (endMatch === END_OF_RECORD.length) close();
    } else if (at2 === 1 /* Value */) {
      if (key === DA) {
        daFound++;
        if (commas === 1 && isHit(field)) daHit++;
      } else if (key === BRDA) {
        brdaFound++;
        if (commas === 3 && isHit(field)) brdaHit++;
      } else {
        if (field.odd || field.digits === 0) {
          throw new ReportReadError(
            `not a valid lcov count in ${COUNT_KEYS.get(key)}: "${valueText.trim()}"`,
            "lcov/syntax",
            { line: lineNumber, column: valueColumn }
          );
        }
        if (key === LF) lf = field.value;
        else if (key === LH) lh = field.value;
        else if (key === BRF) brf = field.value;
        else brh = field.value;
      }
    }
    lineNumber++;
    at2 = 0 /* Key */;
    key = 0;
    keyLength = 0;
    leading = true;
    endMatch = 0;
    column = 0;
  };
  const scan = (buf) => {
    const length = buf.length;
    for (let i = 0; i < length; i++) {
      const byte = buf[i];
      if (byte === NEWLINE) {
        endLine();
        continue;
      }
      column++;
      if (at2 === 2 /* Skip */) continue;
      if (at2 === 0 /* Key */) {
        if (leading && (byte === 32 || byte === 9)) continue;
        leading = false;
        if (byte === 58) {
          if (keyLength > 4) at2 = 2 /* Skip */;
          else if (key === SF) {
            close();
            open3 = true;
            lf = lh = brf = brh = -1;
            daFound = daHit = brdaFound = brdaHit = 0;
            at2 = 2 /* Skip */;
          } else if (!open3) at2 = 2 /* Skip */;
          else if (key === DA || key === BRDA || COUNT_KEYS.has(key)) {
            at2 = 1 /* Value */;
            commas = 0;
            resetField(field);
            valueText = "";
            valueColumn = column + 1;
          } else at2 = 2 /* Skip */;
          continue;
        }
        if (endMatch >= 0) {
          if (endMatch < END_OF_RECORD.length && byte === END_OF_RECORD[endMatch]) endMatch++;
          else if (byte !== 32 && byte !== 9 && byte !== 13) endMatch = -1;
        }
        keyLength++;
        if (keyLength <= 4) key = key * 256 + byte;
        continue;
      }
      if (key === DA || key === BRDA) {
        if (byte === 44) {
          commas++;
          if (key === DA && commas === 1 || key === BRDA && commas === 3) resetField(field);
          continue;
        }
        if (key === DA && commas !== 1 || key === BRDA && commas !== 3) continue;
      } else if (valueText.length < 40) valueText += String.fromCharCode(byte);
      if (byte >= 48 && byte <= 57) {
        field.value = field.value * 10 + (byte - 48);
        field.digits++;
        if (byte !== 48) field.nonZero = true;
      } else if (byte === 32 || byte === 9 || byte === 13) {
      } else {
        if (field.digits === 0 && !field.odd && byte === 45) field.negative = true;
        field.odd = true;
      }
    }
  };
  const utf8 = new Utf8Stream();
  const faultAt = (fault) => {
    const heldBytes = fault.offset < 0 ? -fault.offset : fault.before.length - fault.offset;
    const before = fault.before;
    const lastBreak = before.lastIndexOf(NEWLINE);
    let line = lineNumber;
    for (let i = before.indexOf(NEWLINE); i >= 0; i = before.indexOf(NEWLINE, i + 1)) line++;
    const error = new InvalidUtf8(fault.byte, new TextDecoder().decode(before.subarray(lastBreak + 1)));
    const startColumn = lastBreak < 0 ? Math.max(0, column - heldBytes) + 1 : 1;
    throw new ReportReadError(
      error.message,
      "utf-8",
      advance({ line, column: startColumn }, error.textBefore)
    );
  };
  for await (const chunk of (0, import_node_fs8.createReadStream)(absPath, { highWaterMark: CHUNK_BYTES2 })) {
    const bytes = chunk;
    const fault = utf8.check(bytes, import_node_buffer4.isUtf8);
    if (fault) faultAt(fault);
    scan(bytes);
  }
  const cut = utf8.end();
  if (cut) faultAt(cut);
  if (column > 0 || at2 !== 0 /* Key */ || keyLength > 0) endLine();
  close();
  if (records === 0) throw new ReportReadError("not an lcov report: no SF: records", "lcov/empty");
  const linesPercent = coveragePercent(linesHit, linesFound);
  const warnings = [];
  const branchesPercent = coveragePercent(branchesHit, branchesFound);
  return coverageRead(displayPath, linesPercent, branchesPercent, warnings);
}
var import_node_buffer4, import_node_fs8, CHUNK_BYTES2, NEWLINE, END_OF_RECORD, pack, SF, DA, BRDA, LF, LH, BRF, BRH, COUNT_KEYS, emptyField, resetField, isHit, lcovReader;
var init_lcov = __esm({
  "src/adapters/reports/lcov.ts"() {
    "use strict";
    import_node_buffer4 = require("node:buffer");
    import_node_fs8 = require("node:fs");
    init_reports();
    init_utf8();
    init_reader();
    init_text();
    CHUNK_BYTES2 = 1024 * 1024;
    NEWLINE = 10;
    END_OF_RECORD = Buffer.from("end_of_record");
    pack = (key) => [...key].reduce((n, c) => n * 256 + c.charCodeAt(0), 0);
    SF = pack("SF");
    DA = pack("DA");
    BRDA = pack("BRDA");
    LF = pack("LF");
    LH = pack("LH");
    BRF = pack("BRF");
    BRH = pack("BRH");
    COUNT_KEYS = /* @__PURE__ */ new Map([
      [LF, "LF"],
      [LH, "LH"],
      [BRF, "BRF"],
      [BRH, "BRH"]
    ]);
    emptyField = () => ({ value: 0, digits: 0, odd: false, negative: false, nonZero: false });
    resetField = (f) => {
      f.value = 0;
      f.digits = 0;
      f.odd = false;
      f.negative = false;
      f.nonZero = false;
    };
    isHit = (f) => f.odd ? !f.negative && f.nonZero : f.value > 0;
    lcovReader = { format: "lcov", read: readLcov };
  }
});

// src/adapters/reports/mocha-json.ts
async function readMochaJson(absPath, displayPath, options = {}) {
  const report = await readJsonReport(absPath, displayPath);
  if (!isRecord(report) || !isRecord(report.stats)) {
    throw new ReportReadError('not a Mocha JSON report: no "stats" object', "mocha-json/shape");
  }
  const summary = emptyTestSummary(displayPath, options);
  const record = (tests2, outcome) => {
    for (const test of asArray(tests2)) {
      if (!isRecord(test)) continue;
      const file = asString(test.file);
      recordTest(summary, outcome, {
        name: asString(test.fullTitle) ?? asString(test.title) ?? "",
        suite: file ? displayPathOf(file, options.repoRoot) : void 0,
        message: isRecord(test.err) ? asString(test.err.message) : void 0
      });
    }
  };
  if (Array.isArray(report.passes) || Array.isArray(report.failures) || Array.isArray(report.pending)) {
    record(report.passes, "passed");
    record(report.failures, "failed");
    record(report.pending, "skipped");
  } else {
    summary.passed = asNumber(report.stats.passes) ?? 0;
    summary.failed = asNumber(report.stats.failures) ?? 0;
    summary.skipped = asNumber(report.stats.pending) ?? 0;
  }
  const duration = asNumber(report.stats.duration);
  if (duration !== void 0) summary.durationSeconds = duration / 1e3;
  const warnings = [];
  const tests = asNumber(report.stats.tests);
  if (tests !== void 0) {
    const failures = asNumber(report.stats.failures);
    const hookFailures = asArray(report.failures).filter(
      (f) => isRecord(f) && /^"(?:before|after) (?:all|each)" hook/.test(asString(f.title) ?? "")
    ).length;
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '"stats"',
      tests: tests + hookFailures,
      failed: failures,
      skipped: asNumber(report.stats.pending)
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}
var mochaJsonReader;
var init_mocha_json = __esm({
  "src/adapters/reports/mocha-json.ts"() {
    "use strict";
    init_reports();
    init_json();
    init_reader();
    mochaJsonReader = {
      format: "mocha-json",
      read: readMochaJson
    };
  }
});

// src/adapters/reports/nunit.ts
function outcomeOf(tag) {
  const result = (tag.attributes.result ?? "").toLowerCase();
  const label = (tag.attributes.label ?? "").toLowerCase();
  switch (result) {
    case "passed":
    case "success":
    case "warning":
      return "passed";
    case "failed":
      return label === "error" || label === "invalid" ? "error" : "failed";
    case "failure":
    case "cancelled":
      return "failed";
    case "error":
      return "error";
    case "": {
      const executed = (tag.attributes.executed ?? "true").toLowerCase() !== "false";
      const success = tag.attributes.success?.toLowerCase();
      if (!executed || success === void 0) return "skipped";
      return success === "true" ? "passed" : "failed";
    }
    default:
      return "skipped";
  }
}
function declaredOf2(tag, version3) {
  const n = (key) => numberAttribute(tag, key);
  const total = n("total");
  if (total === void 0) return void 0;
  const where = `<${tag.name}>`;
  if (version3) {
    const skipped = n("skipped");
    return {
      where,
      tests: total,
      failed: n("failed"),
      skipped: skipped === void 0 ? void 0 : skipped + (n("inconclusive") ?? 0)
    };
  }
  const notRun = n("not-run");
  const failures = n("failures");
  return {
    where,
    tests: total + (notRun ?? 0),
    failed: failures === void 0 ? void 0 : failures + (n("errors") ?? 0),
    skipped: notRun === void 0 ? void 0 : notRun + (n("inconclusive") ?? 0)
  };
}
async function readNUnit(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let declared;
  const suites = [];
  let test;
  let inMessage = false;
  let message2 = "";
  const keepsText = () => inMessage && message2.length < MESSAGE_MAX * 10;
  let duration;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "test-run" && name !== "test-results" && name !== "test-suite") {
          throw new ReportReadError(
            `not an NUnit report: the root element is <${tag.name}>, expected <test-run>, <test-results> or <test-suite>`,
            "nunit/root"
          );
        }
        if (name !== "test-suite") declared = declaredOf2(tag, name === "test-run");
        const seconds = numberAttribute(tag, "duration") ?? numberAttribute(tag, "time");
        if (seconds !== void 0 && name !== "test-results") duration = seconds;
      }
      if (name === "test-suite") {
        const type = tag.attributes.type ?? "";
        const fixture = /fixture/i.test(type) ? tag.attributes.fullname ?? tag.attributes.name : void 0;
        suites.push(fixture);
        if (suites.length === 1 && duration === void 0 && declared === void 0) {
          duration = numberAttribute(tag, "duration") ?? numberAttribute(tag, "time");
        }
      } else if (name === "test-case") {
        const classname = tag.attributes.classname;
        const fixture = [...suites].reverse().find((s) => s !== void 0);
        const suite = classname ?? fixture;
        let testName = tag.attributes.name ?? tag.attributes.fullname ?? "";
        if (!classname && suite && testName.startsWith(`${suite}.`))
          testName = testName.slice(suite.length + 1);
        test = { name: testName, suite, outcome: outcomeOf(tag) };
        if (tag.attributes.executed?.toLowerCase() === "false") test.outcome = "skipped";
      } else if (name === "message" && test && test.message === void 0) {
        inMessage = true;
        message2 = "";
      }
      return void 0;
    },
    close(name) {
      if (name === "message" && inMessage) {
        inMessage = false;
        if (test) test.message = message2;
      } else if (name === "test-case" && test) {
        recordTest(summary, test.outcome, { name: test.name, suite: test.suite, message: test.message });
        test = void 0;
      } else if (name === "test-suite") suites.pop();
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) message2 += text;
    }
  });
  if (duration !== void 0) summary.durationSeconds = duration;
  const disagreement = declared && declaredTotalsWarning(displayPath, summary, declared);
  if (disagreement) warnings.push(disagreement);
  return { summary, warnings };
}
var nunitReader;
var init_nunit = __esm({
  "src/adapters/reports/nunit.ts"() {
    "use strict";
    init_reports();
    init_reader();
    init_xml();
    nunitReader = {
      format: "nunit",
      read: readNUnit
    };
  }
});

// src/adapters/reports/rspec-json.ts
async function readRspecJson(absPath, displayPath, options = {}) {
  const report = await readJsonReport(absPath, displayPath);
  if (!isRecord(report) || !Array.isArray(report.examples)) {
    throw new ReportReadError('not an RSpec JSON report: no "examples" array', "rspec-json/shape");
  }
  const summary = emptyTestSummary(displayPath, options);
  for (const example of report.examples) {
    if (!isRecord(example)) continue;
    const file = asString(example.file_path);
    recordTest(summary, outcomeOfStatus(asString(example.status)), {
      name: asString(example.full_description) ?? asString(example.description) ?? asString(example.id) ?? "",
      suite: file ? displayPathOf(file.replace(/^\.\//, ""), options.repoRoot) : void 0,
      message: isRecord(example.exception) ? asString(example.exception.message) : void 0
    });
  }
  const warnings = [];
  const stats = isRecord(report.summary) ? report.summary : void 0;
  const outside = asNumber(stats?.errors_outside_of_examples_count) ?? 0;
  const messages = asArray(report.messages).filter((m) => typeof m === "string");
  for (let i = 0; i < outside; i++) {
    recordTest(summary, "error", {
      name: "[error outside of examples]",
      message: messages.find((m) => /error/i.test(m)) ?? messages[0] ?? "an error occurred outside of examples"
    });
  }
  if (stats) {
    const failures = asNumber(stats.failure_count);
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '"summary"',
      tests: (asNumber(stats.example_count) ?? 0) + outside,
      failed: failures === void 0 ? void 0 : failures + outside,
      skipped: asNumber(stats.pending_count)
    });
    if (disagreement) warnings.push(disagreement);
    const duration = asNumber(stats.duration);
    if (duration !== void 0) summary.durationSeconds = duration;
  }
  return { summary, warnings };
}
var rspecJsonReader;
var init_rspec_json = __esm({
  "src/adapters/reports/rspec-json.ts"() {
    "use strict";
    init_reports();
    init_json();
    init_reader();
    rspecJsonReader = {
      format: "rspec-json",
      read: readRspecJson
    };
  }
});

// src/adapters/reports/tap.ts
function yamlScalar(raw) {
  const value = raw.trim();
  if (/^[|>][+-]?\d*$/.test(value)) return void 0;
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'"))
    return value.slice(1, -1).replace(/''/g, "'");
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
    return value.slice(1, -1).replace(/\\"/g, '"');
  return value;
}
async function readTap(absPath, displayPath, options = {}) {
  const topLevelOnly = options.tapCount === "top-level";
  const summary = emptyTestSummary(displayPath, options);
  const warnings = [];
  const warnOnce = (rule, message2, line, column = 1) => {
    if (!warnings.some((w) => w.rule === rule))
      warnings.push({ file: displayPath, message: message2, rule, line, column });
  };
  const children = /* @__PURE__ */ new Map();
  const subtestNames = /* @__PURE__ */ new Map();
  const buffered = [];
  let pending;
  let yaml;
  let plan;
  let topLevelPoints = 0;
  let lastNumber = 0;
  let lastWritten = "0";
  let maxNumber = 0;
  let maxWritten = "0";
  let sawTap = false;
  let bailedOut = false;
  let strict = false;
  let pointIndent;
  const flush = () => {
    if (pending) recordTest(summary, pending.outcome, pending);
    pending = void 0;
  };
  const suiteAt = (indent) => {
    const names = [
      ...[...subtestNames.entries()].filter(([at2]) => at2 < indent),
      ...buffered.filter((b) => b.indent < indent).map((b) => [b.indent, b.name])
    ].sort(([a], [b]) => a - b).map(([, name]) => name);
    return names.length ? names.join(" > ") : void 0;
  };
  const resolve8 = (indent, notOk, kind, name, suite) => {
    let childCount = 0;
    let childFailed = false;
    for (const [at2, seen] of children) {
      if (at2 <= indent) continue;
      childCount += seen.count;
      childFailed ||= seen.failed;
      children.delete(at2);
    }
    for (const at2 of subtestNames.keys()) if (at2 > indent) subtestNames.delete(at2);
    let outcome;
    const own = kind === "skip" ? "skipped" : notOk ? "failed" : "passed";
    if (topLevelOnly) {
      if (indent === 0) outcome = own;
    } else if (childCount === 0) outcome = own;
    else if (notOk && kind !== "skip" && !childFailed) outcome = "failed";
    if (outcome) pending = { outcome, name, suite };
    const here = children.get(indent) ?? { count: 0, failed: false };
    here.count++;
    here.failed ||= childFailed || outcome === "failed";
    children.set(indent, here);
  };
  const onTestPoint = (indent, match, lineNumber) => {
    const [, status, numberText, rawRest = ""] = match;
    const trimmed = rawRest.trimEnd();
    const opensBuffer = trimmed.endsWith("{");
    const rest = opensBuffer ? trimmed.slice(0, -1).trimEnd() : rawRest;
    const directive = DIRECTIVE.exec(rest);
    const kind = directive?.[1]?.toLowerCase();
    const description = directive ? rest.slice(0, directive.index) : rest;
    const name = description.trim().replace(/\\([\\#])/g, "$1");
    const notOk = status === "not ok";
    if (indent === 0) {
      topLevelPoints++;
      const number = numberText === void 0 ? lastNumber + 1 : Number(numberText);
      const written = numberText ?? String(number);
      if (number !== lastNumber + 1) {
        warnOnce(
          "tap/numbering",
          topLevelPoints === 1 ? `the first test point is numbered ${written}, not 1: test points are out of order or missing` : `test point ${written} comes after ${lastWritten}: test points are out of order or repeated`,
          lineNumber
        );
      }
      if (plan && number > plan.count) {
        warnOnce("tap/outside-plan", `test point ${written} is outside the plan 1..${plan.text}`, lineNumber);
      }
      lastWritten = written;
      lastNumber = number;
      if (number > maxNumber) {
        maxNumber = number;
        maxWritten = written;
      }
    }
    if (opensBuffer) {
      buffered.push({ indent, notOk, kind, name, suite: suiteAt(indent) });
      return;
    }
    resolve8(indent, notOk, kind, name, suiteAt(indent));
  };
  await forEachLine(absPath, (raw, lineNumber) => {
    const trimmed = raw.trimStart();
    const indent = raw.length - trimmed.length;
    const afterPoint = pointIndent;
    pointIndent = void 0;
    if (yaml) {
      const line = trimmed.trimEnd();
      if (indent === yaml.indent && line === "...") {
        yaml = void 0;
        flush();
        return void 0;
      }
      if (line === "" || indent >= yaml.indent) {
        if (pending && pending.message === void 0 && pending.outcome === "failed") {
          if (yaml.blockMessage) {
            if (line) pending.message = line;
          } else if (indent === yaml.indent) {
            const key = YAML_MESSAGE.exec(line);
            if (key) {
              const value = yamlScalar(key[2] ?? "");
              if (value === void 0) yaml.blockMessage = true;
              else if (value) pending.message = value;
            }
          }
          if (pending.message !== void 0) yaml.blockMessage = false;
        }
        return void 0;
      }
      yaml = void 0;
    }
    if (afterPoint !== void 0 && indent > afterPoint && trimmed.trimEnd() === "---") {
      yaml = { indent, blockMessage: false };
      return void 0;
    }
    flush();
    const point = TEST_POINT.exec(trimmed);
    if (point && indent % 4 === 0) {
      sawTap = true;
      onTestPoint(indent, point, lineNumber);
      pointIndent = indent;
      return void 0;
    }
    const top = buffered[buffered.length - 1];
    if (top && indent === top.indent && trimmed.trimEnd() === "}") {
      buffered.pop();
      resolve8(top.indent, top.notOk, top.kind, top.name, top.suite);
      flush();
      return void 0;
    }
    const bail = BAIL_OUT.exec(trimmed);
    if (bail) {
      sawTap = true;
      bailedOut = true;
      const reason = bail[1]?.trim() || "no reason given";
      recordTest(summary, "error", { name: "Bail out!", message: reason });
      warnings.push({
        file: displayPath,
        message: `the test run bailed out (${reason}); tests after it did not run`,
        rule: "tap/bail-out",
        line: lineNumber,
        column: indent + 1
      });
      return "stop";
    }
    const planned = PLAN.exec(trimmed);
    if (planned) {
      sawTap = true;
      if (indent === 0 && buffered.length === 0) {
        plan = { count: Number(planned[1]), text: planned[1], line: lineNumber };
        if (maxNumber > plan.count) {
          warnOnce(
            "tap/outside-plan",
            `test point ${maxWritten} is outside the plan 1..${plan.text}`,
            lineNumber
          );
        }
      }
      return void 0;
    }
    const subtest = SUBTEST.exec(trimmed);
    if (subtest) {
      for (const at2 of subtestNames.keys()) if (at2 > indent) subtestNames.delete(at2);
      subtestNames.set(indent, subtest[1]?.trim() ?? "");
      return void 0;
    }
    if (/^TAP version \d+/i.test(trimmed)) {
      sawTap = true;
      return void 0;
    }
    const pragma = /^pragma\s+([+-])strict\b/.exec(trimmed);
    if (pragma) strict = pragma[1] === "+";
    else if (strict && trimmed.trim() !== "" && !trimmed.startsWith("#")) {
      warnOnce("tap/strict", "a line that is not TAP, under `pragma +strict`", lineNumber, indent + 1);
    }
    return void 0;
  });
  flush();
  while (buffered.length > 0) {
    const top = buffered.pop();
    resolve8(top.indent, top.notOk, top.kind, top.name, top.suite);
    flush();
  }
  if (!sawTap)
    throw new ReportReadError("not a TAP report: no test points, plan or TAP version line", "tap/empty");
  if (!bailedOut) {
    if (!plan && topLevelPoints > 0) {
      warnings.push({
        file: displayPath,
        message: `the report has no plan (1..N) for its ${topLevelPoints} top-level test points; the run may have stopped early`,
        rule: "tap/no-plan"
      });
    } else if (plan && plan.count !== topLevelPoints) {
      warnings.push({
        file: displayPath,
        message: `the plan says 1..${plan.text} but the report has ${topLevelPoints} top-level test points${topLevelPoints < plan.count ? "; the run may have stopped early" : ""}`,
        rule: "tap/plan",
        line: plan.line,
        column: 1
      });
    }
  }
  return { summary, warnings };
}
var TEST_POINT, DIRECTIVE, PLAN, BAIL_OUT, SUBTEST, YAML_MESSAGE, tapReader;
var init_tap = __esm({
  "src/adapters/reports/tap.ts"() {
    "use strict";
    init_reports();
    init_reader();
    init_text();
    TEST_POINT = /^(not ok|ok)\b\s*(\d+)?\s*(?:-\s+)?(.*)$/;
    DIRECTIVE = /(?:^|\s)#\s*(skip|todo)\S*\s*:?\s*(.*)$/i;
    PLAN = /^1\.\.(\d+)\b/;
    BAIL_OUT = /^Bail out!\s*(.*)$/i;
    SUBTEST = /^#\s*Subtest\b:?\s*(.*)$/i;
    YAML_MESSAGE = /^(message|error):\s*(.*)$/;
    tapReader = {
      format: "tap",
      read: (absPath, displayPath, options) => readTap(absPath, displayPath, options)
    };
  }
});

// src/adapters/reports/trx.ts
async function readTrx(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  const path = [];
  const open3 = [];
  let inMessage = false;
  let message2 = "";
  const keepsText = () => inMessage && message2.length < MESSAGE_MAX * 10;
  let start;
  let finish;
  let aborted = 0;
  let parents = 0;
  let failedParents = 0;
  let counters;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "TestRun") {
          throw new ReportReadError(
            `not a TRX report: the root element is <${tag.name}>, expected <TestRun>`,
            "trx/root"
          );
        }
      }
      const parent = path[path.length - 1];
      path.push(name);
      if ((parent === "Results" || parent === "InnerResults") && tag.attributes.outcome !== void 0) {
        const outer = open3[open3.length - 1];
        if (outer) outer.hasInner = true;
        const raw = tag.attributes.outcome.toLowerCase();
        if (raw === "aborted") aborted++;
        open3.push({
          name: tag.attributes.testName ?? "",
          outcome: OUTCOMES[raw] ?? "skipped",
          depth: path.length,
          hasInner: false
        });
      } else if (name === "Message" && open3.length > 0 && open3[open3.length - 1]?.message === void 0) {
        inMessage = true;
        message2 = "";
      } else if (name === "Times") {
        start = Date.parse(tag.attributes.start ?? "");
        finish = Date.parse(tag.attributes.finish ?? "");
      } else if (name === "Counters" && parent === "ResultSummary") {
        const count = (key) => numberAttribute(tag, key) ?? 0;
        counters = {
          total: numberAttribute(tag, "total"),
          failed: count("failed") + count("error") + count("timeout")
        };
      }
      return void 0;
    },
    close(name) {
      const depth = path.length;
      path.pop();
      if (name === "Message" && inMessage) {
        inMessage = false;
        const result2 = open3[open3.length - 1];
        if (result2) result2.message = message2;
        return;
      }
      const result = open3[open3.length - 1];
      if (result && result.depth === depth) {
        open3.pop();
        if (!result.hasInner) {
          recordTest(summary, result.outcome, { name: result.name, message: result.message });
        } else {
          parents++;
          if (result.outcome === "failed" || result.outcome === "error") failedParents++;
        }
      }
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) message2 += text;
    }
  });
  if (start !== void 0 && finish !== void 0 && Number.isFinite(start) && Number.isFinite(finish)) {
    summary.durationSeconds = Math.max(0, (finish - start) / 1e3);
  }
  if (aborted > 0) {
    warnings.push({
      file: displayPath,
      message: `${aborted} ${aborted === 1 ? "test was" : "tests were"} aborted (the run stopped before ${aborted === 1 ? "it" : "they"} finished); counted as skipped`,
      rule: "trx/aborted"
    });
  }
  if (counters) {
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: "<ResultSummary><Counters>, less data-driven parents",
      tests: counters.total === void 0 ? void 0 : counters.total - parents,
      failed: counters.failed - failedParents
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}
var OUTCOMES, trxReader;
var init_trx = __esm({
  "src/adapters/reports/trx.ts"() {
    "use strict";
    init_reports();
    init_reader();
    init_xml();
    OUTCOMES = {
      passed: "passed",
      passedbutrunaborted: "passed",
      completed: "passed",
      warning: "passed",
      failed: "failed",
      timeout: "failed",
      error: "error",
      disconnected: "error",
      aborted: "skipped",
      notexecuted: "skipped",
      notrunnable: "skipped",
      inconclusive: "skipped",
      pending: "skipped",
      inprogress: "skipped"
    };
    trxReader = {
      format: "trx",
      read: readTrx
    };
  }
});

// src/adapters/reports/xunit.ts
async function readXUnit(absPath, displayPath, options = {}) {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  const declared = { tests: 0, failed: 0, skipped: 0, seen: 0 };
  let test;
  let inErrors = false;
  let inMessage = false;
  let message2 = "";
  const keepsText = () => inMessage && message2.length < MESSAGE_MAX * 10;
  let duration;
  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== "assemblies" && name !== "assembly") {
          throw new ReportReadError(
            `not an xUnit.net report: the root element is <${tag.name}>, expected <assemblies> or <assembly>`,
            "xunit/root"
          );
        }
      }
      switch (name) {
        case "assembly": {
          const total = numberAttribute(tag, "total");
          if (total !== void 0) {
            const errors = numberAttribute(tag, "errors") ?? 0;
            declared.seen++;
            declared.tests += total + errors;
            declared.failed += (numberAttribute(tag, "failed") ?? 0) + errors;
            declared.skipped += numberAttribute(tag, "skipped") ?? 0;
          }
          const time = numberAttribute(tag, "time");
          if (time !== void 0) duration = (duration ?? 0) + time;
          break;
        }
        case "errors":
          inErrors = true;
          break;
        case "error":
          if (inErrors) {
            const kind = tag.attributes.type ?? "error";
            test = { name: `[${kind}] ${tag.attributes.name ?? ""}`.trim(), outcome: "error" };
          }
          break;
        case "test": {
          const type = tag.attributes.type;
          let testName = tag.attributes.name ?? tag.attributes.method ?? "";
          if (type && testName.startsWith(`${type}.`)) testName = testName.slice(type.length + 1);
          test = { name: testName, suite: type, outcome: outcomeOfStatus(tag.attributes.result) };
          break;
        }
        case "message":
          if (test && test.message === void 0) {
            inMessage = true;
            message2 = "";
          }
          break;
      }
      return void 0;
    },
    close(name) {
      if (name === "message" && inMessage) {
        inMessage = false;
        if (test) test.message = message2;
      } else if ((name === "test" || name === "error" && inErrors) && test) {
        recordTest(summary, test.outcome, { name: test.name, suite: test.suite, message: test.message });
        test = void 0;
      } else if (name === "errors") inErrors = false;
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) message2 += text;
    }
  });
  if (duration !== void 0) summary.durationSeconds = duration;
  if (declared.seen > 0) {
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: declared.seen > 1 ? "the <assembly> elements" : "<assembly>",
      tests: declared.tests,
      failed: declared.failed,
      skipped: declared.skipped
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}
var xunitReader;
var init_xunit = __esm({
  "src/adapters/reports/xunit.ts"() {
    "use strict";
    init_reports();
    init_reader();
    init_xml();
    xunitReader = {
      format: "xunit",
      read: readXUnit
    };
  }
});

// src/adapters/reports/index.ts
var reports_exports = {};
__export(reports_exports, {
  MAX_REPORT_FILES: () => MAX_REPORT_FILES,
  detectReportFormat: () => detectReportFormat,
  readCoverage: () => readCoverage,
  readJUnit: () => readJUnit,
  readTap: () => readTap,
  readTestReport: () => readTestReport,
  readTestReports: () => readTestReports,
  reportPatternInRepo: () => reportPatternInRepo
});
function isTestFormat(format) {
  return format in TEST_READERS;
}
async function identify(absPath, displayPath) {
  const warning = (message2, rule) => ({ warning: { file: displayPath, message: message2, rule } });
  let head;
  try {
    const info = await (0, import_promises3.stat)(absPath);
    if (info.isDirectory()) return warning("is a folder, not a report file", "report/not-a-file");
    if (info.size === 0) return warning("the report is empty", "report/empty");
    head = await readHead(absPath);
  } catch (error) {
    if (error.code === "ENOENT") return warning("no such file", "report/missing");
    return { warning: warningFromError(displayPath, error) };
  }
  const utf16 = head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255;
  const text = utf16 ? new TextDecoder(head[0] === 255 ? "utf-16le" : "utf-16be").decode(head) : head.toString("utf8");
  if (!utf16 && head.includes(0)) return warning("is a binary file, not a report", "report/binary");
  if (text.trim() === "" && head.length < 8192) return warning("the report is empty", "report/empty");
  const format = detectReportFormat(displayPath, text);
  if (!format)
    return warning(
      `not a recognised report format (expected ${TEST_FORMATS_TEXT}, or ${COVERAGE_FORMATS_TEXT})`,
      "report/unknown-format"
    );
  return { format };
}
async function readTestReport(absPath, displayPath, repoRoot, options = {}) {
  const identified = await identify(absPath, displayPath);
  if ("warning" in identified) return { warnings: [identified.warning] };
  const { format } = identified;
  const result = await readOneTestReport(absPath, displayPath, repoRoot, format, options);
  return { format, ...result };
}
async function readOneTestReport(absPath, displayPath, repoRoot, format, options) {
  const identified = { format };
  if (!isTestFormat(identified.format)) {
    return {
      warnings: [
        {
          file: displayPath,
          message: `is a coverage report (${FORMAT_NAMES[identified.format]}), not a test report; pass it with --coverage`,
          rule: "report/wrong-kind"
        }
      ]
    };
  }
  try {
    const read = await TEST_READERS[identified.format].read(absPath, displayPath, { repoRoot, ...options });
    if (totalTests(read.summary) === 0 && !read.warnings.some((w) => ZERO_EXPLAINED.has(w.rule ?? ""))) {
      read.warnings.push(noTestsWarning(displayPath));
    }
    return { read, warnings: read.warnings };
  } catch (error) {
    return { warnings: [warningFromError(displayPath, error)] };
  }
}
async function mapLimited(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
function reportPatternInRepo(pattern, repoRoot, what = "report pattern") {
  const root = (0, import_node_path8.resolve)(repoRoot);
  let relativePattern = pattern.replace(/\\/g, "/");
  if ((0, import_node_path8.isAbsolute)(pattern)) {
    const rel = (0, import_node_path8.relative)(root, pattern);
    if (rel === "" || rel === ".." || rel.startsWith(`..${import_node_path8.sep}`) || (0, import_node_path8.isAbsolute)(rel)) {
      throw new InputError(
        `${what} "${pattern}" is outside the repository; name report files inside it`,
        { file: pattern },
        "report/outside-repo"
      );
    }
    relativePattern = rel.split(import_node_path8.sep).join("/");
  }
  if (relativePattern.split("/").includes("..")) {
    throw new InputError(
      `${what} "${pattern}" has a ".." segment out of the repository; name report files inside it`,
      { file: pattern },
      "report/outside-repo"
    );
  }
  return relativePattern;
}
async function expandReportPatterns(patterns, repoRoot, warnings, maxFiles = MAX_REPORT_FILES) {
  const realRoot2 = await (0, import_promises3.realpath)(repoRoot);
  const matched = /* @__PURE__ */ new Map();
  for (const pattern of patterns) {
    const relativePattern = reportPatternInRepo(pattern, repoRoot);
    const literal = !(0, import_tinyglobby.isDynamicPattern)(relativePattern);
    let matches;
    let literalKind;
    try {
      if (literal) {
        const found = await (0, import_promises3.stat)((0, import_node_path8.resolve)(repoRoot, relativePattern)).catch(() => void 0);
        literalKind = found && entryKind(found);
        matches = found?.isFile() ? [(0, import_node_path8.resolve)(repoRoot, relativePattern)] : [];
      } else {
        matches = await (0, import_tinyglobby.glob)([relativePattern], {
          cwd: repoRoot,
          absolute: true,
          onlyFiles: true,
          dot: true,
          expandDirectories: false,
          followSymbolicLinks: false
        });
      }
    } catch (error) {
      warnings.push({ ...warningFromError(pattern, error), rule: "report/pattern" });
      continue;
    }
    if (matches.length === 0) {
      warnings.push({
        file: pattern,
        message: literalKind === "a folder" ? "is a folder; name the report files, e.g. with a pattern like reports/*.xml" : literalKind !== void 0 ? `is ${literalKind}, not a regular file; name report files` : literal ? "no such file" : "the pattern matches no files",
        rule: "report/no-match"
      });
      continue;
    }
    for (const abs of matches) if (!matched.has(abs)) matched.set(abs, displayPathOf(abs, repoRoot));
  }
  const ordered = [...matched].sort(([, a], [, b]) => a < b ? -1 : a > b ? 1 : 0);
  const files = /* @__PURE__ */ new Map();
  let taken = 0;
  for (const [abs, display] of ordered) {
    if (files.size === maxFiles) break;
    taken++;
    const { real, warning } = await realPathInRepo(abs, display, realRoot2);
    if (warning) {
      warnings.push(warning);
      continue;
    }
    const known = files.get(real);
    if (!known || known[1] !== display && display === displayPathOf(real, realRoot2))
      files.set(real, [abs, display]);
  }
  if (taken < ordered.length) {
    warnings.push({
      file: patterns.join(" "),
      message: `${patterns.length === 1 ? "matches" : "match"} ${ordered.length} files; read the first ${maxFiles} by path and left ${ordered.length - taken}: name fewer report files (a narrower pattern, or one merged report)`,
      rule: "report/too-many"
    });
  }
  return [...files.values()].sort(([, a], [, b]) => a < b ? -1 : a > b ? 1 : 0);
}
async function realPathInRepo(abs, display, realRoot2) {
  const real = await (0, import_promises3.realpath)(abs).catch(() => abs);
  const rel = (0, import_node_path8.relative)(realRoot2, real);
  if (rel === ".." || rel.startsWith(`..${import_node_path8.sep}`) || (0, import_node_path8.isAbsolute)(rel)) {
    return {
      real,
      warning: {
        file: display,
        message: `resolves through a symlink to ${real}, outside the repository; not read`,
        rule: "report/outside-repo"
      }
    };
  }
  return { real };
}
async function readTestReports(patterns, repoRoot, options = {}) {
  const warnings = [];
  const ordered = await expandReportPatterns(patterns, repoRoot, warnings, options.maxFiles);
  const results = await mapLimited(
    ordered,
    CONCURRENCY,
    ([abs, display]) => readTestReport(abs, display, repoRoot, options)
  );
  const summaries = [];
  for (const result of results) {
    if (result.read) summaries.push(result.read.summary);
    warnings.push(...result.warnings);
  }
  const summary = mergeTestSummaries(summaries);
  return summary ? { summary, warnings } : { warnings };
}
async function readCoverage(file, repoRoot) {
  const absPath = (0, import_node_path8.resolve)(repoRoot, reportPatternInRepo(file, repoRoot, "coverage file"));
  const displayPath = displayPathOf(absPath, repoRoot);
  const outside = (await realPathInRepo(absPath, displayPath, await (0, import_promises3.realpath)(repoRoot))).warning;
  if (outside) return { warnings: [outside] };
  const identified = await identify(absPath, displayPath);
  if ("warning" in identified) return { warnings: [identified.warning] };
  if (isTestFormat(identified.format)) {
    return {
      warnings: [
        {
          file: displayPath,
          message: `is a test report (${FORMAT_NAMES[identified.format]}), not a coverage report (expected ${COVERAGE_FORMATS_TEXT})`,
          rule: "report/wrong-kind"
        }
      ]
    };
  }
  try {
    const read = await COVERAGE_READERS[identified.format].read(absPath, displayPath);
    return read.coverage ? { coverage: read.coverage, warnings: read.warnings } : { warnings: read.warnings };
  } catch (error) {
    return { warnings: [warningFromError(displayPath, error)] };
  }
}
var import_promises3, import_node_path8, import_tinyglobby, TEST_READERS, COVERAGE_READERS, FORMAT_NAMES, TEST_FORMATS_TEXT, COVERAGE_FORMATS_TEXT, ZERO_EXPLAINED, CONCURRENCY, MAX_REPORT_FILES;
var init_reports2 = __esm({
  "src/adapters/reports/index.ts"() {
    "use strict";
    import_promises3 = require("node:fs/promises");
    import_node_path8 = require("node:path");
    import_tinyglobby = __toESM(require_tinyglobby(), 1);
    init_errors();
    init_reports();
    init_store();
    init_check();
    init_cobertura();
    init_cppunit();
    init_dart_json();
    init_detect();
    init_go_json();
    init_istanbul_summary();
    init_jest_json();
    init_junit();
    init_lcov();
    init_mocha_json();
    init_nunit();
    init_reader();
    init_rspec_json();
    init_tap();
    init_text();
    init_trx();
    init_xunit();
    init_detect();
    init_junit();
    init_tap();
    TEST_READERS = {
      junit: junitReader,
      trx: trxReader,
      "jest-json": jestJsonReader,
      "mocha-json": mochaJsonReader,
      tap: tapReader,
      nunit: nunitReader,
      xunit: xunitReader,
      "dart-json": dartJsonReader,
      "go-json": goJsonReader,
      "rspec-json": rspecJsonReader,
      cppunit: cppunitReader,
      check: checkReader
    };
    COVERAGE_READERS = {
      lcov: lcovReader,
      cobertura: coberturaReader,
      "istanbul-summary": istanbulSummaryReader
    };
    FORMAT_NAMES = {
      junit: "JUnit XML",
      trx: "TRX",
      "jest-json": "Jest JSON",
      "mocha-json": "Mocha JSON",
      tap: "TAP",
      nunit: "NUnit XML",
      xunit: "xUnit.net XML",
      "dart-json": "Dart test JSON",
      "go-json": "go test -json",
      "rspec-json": "RSpec JSON",
      cppunit: "CppUnit/AUnit XML",
      check: "Check XML",
      lcov: "lcov",
      cobertura: "Cobertura XML",
      "istanbul-summary": "Istanbul coverage summary"
    };
    TEST_FORMATS_TEXT = "JUnit XML, TRX, NUnit XML, xUnit.net XML, CppUnit XML, Check XML, Jest JSON, Mocha JSON, RSpec JSON, go test -json, Dart test JSON or TAP";
    COVERAGE_FORMATS_TEXT = "lcov, Cobertura XML or coverage-summary.json";
    ZERO_EXPLAINED = /* @__PURE__ */ new Set(["report/declared-totals", "report/no-tests"]);
    CONCURRENCY = 8;
    MAX_REPORT_FILES = 1e4;
  }
});

// command-entry:draft
var draft_exports = {};
__export(draft_exports, {
  run: () => run
});
module.exports = __toCommonJS(draft_exports);

// src/cli/commands/draft.ts
var import_node_path11 = require("node:path");

// src/adapters/config-loader.ts
var import_node_path5 = require("node:path");
init_errors();
init_repo_root();

// src/adapters/workspace.ts
var import_node_fs5 = require("node:fs");
var import_node_path4 = require("node:path");

// src/generated/handoff-config.validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var handoff_config_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/handoff-guard/handoff-guard/v0/schema/handoff-config.schema.json", "title": "handoff-guard config", "description": 'Config of handoff-guard, in .handoffrc.json, handoff.config.json or the "handoff" key of package.json. Every key is optional; unknown keys are errors (a typo must not silently fall back to a default).', "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "registry": { "description": "Registry path, repository-relative. Default .agent-context/agent-handoffs.json.", "type": "string", "minLength": 1 }, "activeStatuses": { "description": 'Statuses that make a task active. Default ["in_progress", "blocked"].', "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "statuses": { "description": "Every status the registry may use, besides the four built in (in_progress, blocked, complete, idle).", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "handoffDir": { "description": "Folder of handoff documents, repository-relative. Default delegation/tasks/active.", "type": "string", "minLength": 1 }, "handoffPattern": { "description": "File name pattern with {task} and {session}. Default {task}-handoff-session{session}.md.", "type": "string", "minLength": 1 }, "taskIdPattern": { "description": "Regular expression source a task id must match.", "type": "string", "minLength": 1 }, "freshness": { "type": "object", "additionalProperties": false, "properties": { "maxCommitsBehind": { "description": "Work commits allowed after the last handoff update in the checked range. Default 0.", "type": "integer", "minimum": 0 }, "maxAge": { "description": "Longest a handoff may go without update while its task is active: 7d, 36h, 90m, or 7 days, 36 hours. Default 7d.", "type": "string" }, "scope": { "description": "Which active tasks can block: all (default) or touched (only tasks the checked commits work on or whose handoff they change; the others are listed as notes). touched suits one branch per task.", "enum": ["all", "touched"] } } }, "wordBudget": { "description": "Draft word budget. Default 250.", "type": "integer", "minimum": 1 }, "requiredElements": { "description": "Elements that must be present and non-empty. Default all five.", "type": "array", "items": { "enum": ["currentState", "decisions", "blockers", "nextSteps", "timeProgress"] }, "uniqueItems": true }, "hook": { "type": "object", "additionalProperties": false, "properties": { "onInternalError": { "description": "What the pre-push hook does on an internal error. Default allow (fail open, loudly).", "enum": ["allow", "block"] } } }, "comment": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Post the sticky PR comment. Default true.", "type": "boolean" }, "waiverLabel": { "description": "Label that waives the check on a PR. Default no-handoff.", "type": "string", "minLength": 1 } } }, "sessionGap": { "description": "Gap between commits that splits sessions when estimating time spent. Default 2h.", "type": "string" }, "doneHandoffDir": { "description": "Where `handoff done` moves a task's handoffs (repository-relative), relinking details_link. Default: they stay where they are.", "type": "string", "minLength": 1 }, "workspaces": { "description": "Monorepos: package folders (repository-relative; a last segment of * takes every folder there), each with its own registry and config, judged on the commits that change files inside it. Only read from the root config.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default ?? import_ucs2length.default;
var func0 = import_equal.default.default ?? import_equal.default;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.registry !== void 0) {
      let data1 = data.registry;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err2 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.activeStatuses !== void 0) {
      let data2 = data.activeStatuses;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err4 = { instancePath: instancePath + "/activeStatuses/" + i0, schemaPath: "#/properties/activeStatuses/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/activeStatuses/" + i0, schemaPath: "#/properties/activeStatuses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err6 = { instancePath: instancePath + "/activeStatuses", schemaPath: "#/properties/activeStatuses/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/activeStatuses", schemaPath: "#/properties/activeStatuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.statuses !== void 0) {
      let data4 = data.statuses;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func3(data5) < 1) {
              const err8 = { instancePath: instancePath + "/statuses/" + i2, schemaPath: "#/properties/statuses/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/statuses/" + i2, schemaPath: "#/properties/statuses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i3 = data4.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data4[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err10 = { instancePath: instancePath + "/statuses", schemaPath: "#/properties/statuses/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/statuses", schemaPath: "#/properties/statuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.handoffDir !== void 0) {
      let data6 = data.handoffDir;
      if (typeof data6 === "string") {
        if (func3(data6) < 1) {
          const err12 = { instancePath: instancePath + "/handoffDir", schemaPath: "#/properties/handoffDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/handoffDir", schemaPath: "#/properties/handoffDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.handoffPattern !== void 0) {
      let data7 = data.handoffPattern;
      if (typeof data7 === "string") {
        if (func3(data7) < 1) {
          const err14 = { instancePath: instancePath + "/handoffPattern", schemaPath: "#/properties/handoffPattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/handoffPattern", schemaPath: "#/properties/handoffPattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.taskIdPattern !== void 0) {
      let data8 = data.taskIdPattern;
      if (typeof data8 === "string") {
        if (func3(data8) < 1) {
          const err16 = { instancePath: instancePath + "/taskIdPattern", schemaPath: "#/properties/taskIdPattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/taskIdPattern", schemaPath: "#/properties/taskIdPattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.freshness !== void 0) {
      let data9 = data.freshness;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          if (!(key1 === "maxCommitsBehind" || key1 === "maxAge" || key1 === "scope")) {
            const err18 = { instancePath: instancePath + "/freshness", schemaPath: "#/properties/freshness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.maxCommitsBehind !== void 0) {
          let data10 = data9.maxCommitsBehind;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err19 = { instancePath: instancePath + "/freshness/maxCommitsBehind", schemaPath: "#/properties/freshness/properties/maxCommitsBehind/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err20 = { instancePath: instancePath + "/freshness/maxCommitsBehind", schemaPath: "#/properties/freshness/properties/maxCommitsBehind/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
        if (data9.maxAge !== void 0) {
          if (typeof data9.maxAge !== "string") {
            const err21 = { instancePath: instancePath + "/freshness/maxAge", schemaPath: "#/properties/freshness/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.scope !== void 0) {
          let data12 = data9.scope;
          if (!(data12 === "all" || data12 === "touched")) {
            const err22 = { instancePath: instancePath + "/freshness/scope", schemaPath: "#/properties/freshness/properties/scope/enum", keyword: "enum", params: { allowedValues: schema11.properties.freshness.properties.scope.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/freshness", schemaPath: "#/properties/freshness/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.wordBudget !== void 0) {
      let data13 = data.wordBudget;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err24 = { instancePath: instancePath + "/wordBudget", schemaPath: "#/properties/wordBudget/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 1 || isNaN(data13)) {
          const err25 = { instancePath: instancePath + "/wordBudget", schemaPath: "#/properties/wordBudget/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.requiredElements !== void 0) {
      let data14 = data.requiredElements;
      if (Array.isArray(data14)) {
        const len2 = data14.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data15 = data14[i4];
          if (!(data15 === "currentState" || data15 === "decisions" || data15 === "blockers" || data15 === "nextSteps" || data15 === "timeProgress")) {
            const err26 = { instancePath: instancePath + "/requiredElements/" + i4, schemaPath: "#/properties/requiredElements/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.requiredElements.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        let i5 = data14.length;
        let j2;
        if (i5 > 1) {
          outer0: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data14[i5], data14[j2])) {
                const err27 = { instancePath: instancePath + "/requiredElements", schemaPath: "#/properties/requiredElements/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/requiredElements", schemaPath: "#/properties/requiredElements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.hook !== void 0) {
      let data16 = data.hook;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key2 in data16) {
          if (!(key2 === "onInternalError")) {
            const err29 = { instancePath: instancePath + "/hook", schemaPath: "#/properties/hook/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data16.onInternalError !== void 0) {
          let data17 = data16.onInternalError;
          if (!(data17 === "allow" || data17 === "block")) {
            const err30 = { instancePath: instancePath + "/hook/onInternalError", schemaPath: "#/properties/hook/properties/onInternalError/enum", keyword: "enum", params: { allowedValues: schema11.properties.hook.properties.onInternalError.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/hook", schemaPath: "#/properties/hook/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.comment !== void 0) {
      let data18 = data.comment;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key3 in data18) {
          if (!(key3 === "enabled" || key3 === "waiverLabel")) {
            const err32 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data18.enabled !== void 0) {
          if (typeof data18.enabled !== "boolean") {
            const err33 = { instancePath: instancePath + "/comment/enabled", schemaPath: "#/properties/comment/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data18.waiverLabel !== void 0) {
          let data20 = data18.waiverLabel;
          if (typeof data20 === "string") {
            if (func3(data20) < 1) {
              const err34 = { instancePath: instancePath + "/comment/waiverLabel", schemaPath: "#/properties/comment/properties/waiverLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/comment/waiverLabel", schemaPath: "#/properties/comment/properties/waiverLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.sessionGap !== void 0) {
      if (typeof data.sessionGap !== "string") {
        const err37 = { instancePath: instancePath + "/sessionGap", schemaPath: "#/properties/sessionGap/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.doneHandoffDir !== void 0) {
      let data22 = data.doneHandoffDir;
      if (typeof data22 === "string") {
        if (func3(data22) < 1) {
          const err38 = { instancePath: instancePath + "/doneHandoffDir", schemaPath: "#/properties/doneHandoffDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/doneHandoffDir", schemaPath: "#/properties/doneHandoffDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.workspaces !== void 0) {
      let data23 = data.workspaces;
      if (Array.isArray(data23)) {
        const len3 = data23.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data24 = data23[i6];
          if (typeof data24 === "string") {
            if (func3(data24) < 1) {
              const err40 = { instancePath: instancePath + "/workspaces/" + i6, schemaPath: "#/properties/workspaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/workspaces/" + i6, schemaPath: "#/properties/workspaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        let i7 = data23.length;
        let j3;
        if (i7 > 1) {
          const indices2 = {};
          for (; i7--; ) {
            let item2 = data23[i7];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j3 = indices2[item2];
              const err42 = { instancePath: instancePath + "/workspaces", schemaPath: "#/properties/workspaces/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
              break;
            }
            indices2[item2] = i7;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/workspaces", schemaPath: "#/properties/workspaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var schema = schema11;

// src/core/config.ts
init_errors();
init_json_location();

// src/core/model.ts
var TIME_FIELDS = ["timeSpent", "remaining"];
var ELEMENT_NAMES = [
  "currentState",
  "decisions",
  "blockers",
  "nextSteps",
  "timeProgress"
];

// src/core/config.ts
init_paths();
init_schema_words();
init_trim();
init_unknown_names();
var BUILTIN_STATUSES = ["in_progress", "blocked", "complete", "idle"];
var DEFAULT_CONFIG = Object.freeze({
  registry: ".agent-context/agent-handoffs.json",
  activeStatuses: ["in_progress", "blocked"],
  statuses: [...BUILTIN_STATUSES],
  handoffDir: "delegation/tasks/active",
  handoffPattern: "{task}-handoff-session{session}.md",
  taskIdPattern: "[A-Z][A-Z0-9]*-\\d{4}-\\d{4}(?:-[A-Z0-9]+)?|[A-Z][A-Z0-9]+-\\d+",
  freshness: { maxCommitsBehind: 0, maxAge: "7d", scope: "all" },
  wordBudget: 250,
  requiredElements: [...ELEMENT_NAMES],
  hook: { onInternalError: "allow" },
  comment: { enabled: true, waiverLabel: "no-handoff" },
  sessionGap: "2h",
  workspaces: []
});
var UNITS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
var DURATION = /^\s*(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s*$/;
function parseDuration(text) {
  const match = DURATION.exec(text);
  if (!match) {
    throw new InputError(
      `invalid duration "${text}": write a number and a unit (s, m, h, d, w, or seconds, minutes, hours, days, weeks), e.g. 7d, 36h or 2 days`,
      {},
      "config/duration"
    );
  }
  const ms = Number(match[1]) * UNITS[match[2][0]];
  if (ms > MAX_DURATION_MS) {
    throw new InputError(
      `duration "${text}" is longer than 100 years (5218w), the longest a freshness window or session gap may be`,
      {},
      "config/duration"
    );
  }
  return ms;
}
var MAX_DURATION_MS = 5218 * 6048e5;
function resolveConfig(raw, file, locate) {
  const checked = checkConfig(raw, file, locate);
  const [first, ...rest] = checked.problems;
  if (first) throw InputError.first([first, ...rest]);
  return checked.config;
}
function checkConfig(raw, file, locate) {
  const where = (pointer, key = false) => ({
    file,
    ...locate ? locate(pointer, { key }) : {}
  });
  if (raw === void 0 || raw === null) return { config: structuredClone(DEFAULT_CONFIG), problems: [] };
  const valid = handoff_config_validator_default(raw);
  const schemaProblems = valid ? [] : (handoff_config_validator_default.errors ?? []).map((error) => schemaProblem(error, where));
  if (!valid && schemaProblems.length === 0)
    schemaProblems.push(new InputError("invalid config", { file }, "schema/invalid"));
  const problems = [...schemaProblems, ...valueProblems(raw, where)];
  if (problems.length > 0) return { problems: inFileOrder(problems) };
  const user = raw;
  const config = {
    registry: user.registry ?? DEFAULT_CONFIG.registry,
    activeStatuses: user.activeStatuses ?? [...DEFAULT_CONFIG.activeStatuses],
    statuses: [],
    handoffDir: user.handoffDir ?? DEFAULT_CONFIG.handoffDir,
    handoffPattern: user.handoffPattern ?? DEFAULT_CONFIG.handoffPattern,
    taskIdPattern: user.taskIdPattern ?? DEFAULT_CONFIG.taskIdPattern,
    freshness: { ...DEFAULT_CONFIG.freshness, ...user.freshness },
    wordBudget: user.wordBudget ?? DEFAULT_CONFIG.wordBudget,
    requiredElements: user.requiredElements ?? [...DEFAULT_CONFIG.requiredElements],
    hook: { ...DEFAULT_CONFIG.hook, ...user.hook },
    comment: { ...DEFAULT_CONFIG.comment, ...user.comment },
    sessionGap: user.sessionGap ?? DEFAULT_CONFIG.sessionGap,
    workspaces: user.workspaces ?? [],
    ...user.doneHandoffDir === void 0 ? {} : { doneHandoffDir: user.doneHandoffDir }
  };
  config.statuses = [.../* @__PURE__ */ new Set([...BUILTIN_STATUSES, ...user.statuses ?? [], ...config.activeStatuses])];
  return { config, problems: [] };
}
function inFileOrder(problems) {
  const line = (p) => p.location.line ?? Number.MAX_SAFE_INTEGER;
  const column = (p) => p.location.column ?? 0;
  return [...problems].sort((a, b) => line(a) - line(b) || column(a) - column(b));
}
function caught(check) {
  try {
    check();
    return void 0;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}
function valueProblems(raw, where) {
  const fields = (value) => isRecord(value) ? value : {};
  const user = fields(raw);
  const text = (value, fallback) => typeof value === "string" ? value : fallback;
  const optionalText = (value) => typeof value === "string" ? value : void 0;
  const problems = [];
  for (const [pointer, duration] of [
    ["/freshness/maxAge", text(fields(user.freshness).maxAge, DEFAULT_CONFIG.freshness.maxAge)],
    ["/sessionGap", text(user.sessionGap, DEFAULT_CONFIG.sessionGap)]
  ]) {
    const problem = caught(() => parseDuration(duration));
    if (problem) {
      problems.push(
        new InputError(
          `config key "${pointerAsKey(pointer)}": ${problem.message}`,
          where(pointer),
          problem.rule
        )
      );
    }
  }
  const doneHandoffDir = optionalText(user.doneHandoffDir);
  for (const [key, path] of [
    ["registry", text(user.registry, DEFAULT_CONFIG.registry)],
    ["handoffDir", text(user.handoffDir, DEFAULT_CONFIG.handoffDir)],
    ...doneHandoffDir === void 0 ? [] : [["doneHandoffDir", doneHandoffDir]]
  ]) {
    const isRoot = key === "handoffDir" && /^\.?\/*$/.test(path);
    const problem = isRoot ? void 0 : linkProblem(path, `config key "${key}"`);
    if (problem) problems.push(new InputError(problem, where(`/${key}`), "config/path"));
  }
  const workspaces = Array.isArray(user.workspaces) ? user.workspaces : [];
  workspaces.forEach((folder, index) => {
    if (typeof folder !== "string") return;
    const problem = linkProblem(folder.replace(/\/\*$/, "/x"), "a workspaces folder");
    if (problem || folder.slice(0, -1).includes("*")) {
      problems.push(
        new InputError(
          problem ?? `a workspaces folder may use * only as its whole last segment ("${folder}")`,
          where(`/workspaces/${index}`),
          "config/path"
        )
      );
    }
  });
  const taskIdProblem = caught(
    () => checkTaskIdPattern(text(user.taskIdPattern, DEFAULT_CONFIG.taskIdPattern), where("/taskIdPattern"))
  );
  if (taskIdProblem) problems.push(taskIdProblem);
  const handoffPattern = text(user.handoffPattern, DEFAULT_CONFIG.handoffPattern);
  if (!handoffPattern.includes("{task}") || !handoffPattern.includes("{session}")) {
    problems.push(
      new InputError(
        'config key "handoffPattern" must contain both {task} and {session}',
        where("/handoffPattern"),
        "config/pattern"
      )
    );
  } else {
    const sample = handoffPath({ ...DEFAULT_CONFIG, handoffPattern, handoffDir: "handoffs" }, "TASK-1", 1);
    const patternProblem = normalizeLink(sample).startsWith("handoffs/") ? linkProblem(sample, 'config key "handoffPattern"') : `config key "handoffPattern" ("${handoffPattern}") names a file outside handoffDir`;
    if (patternProblem)
      problems.push(new InputError(patternProblem, where("/handoffPattern"), "config/pattern"));
  }
  return problems;
}
function schemaProblem(error, where) {
  const pointer = schemaErrorPointer(error);
  if (error.keyword === "additionalProperties") {
    const key = String(error.params.additionalProperty);
    const holder = error.instancePath === "" ? schema : schema.properties?.[error.instancePath.slice(1)];
    const known = Object.keys(holder?.properties ?? {}).filter((k) => k !== "$schema");
    const nested = error.instancePath === "" ? Object.entries(schema.properties ?? {}).flatMap(
      ([parent, schema4]) => Object.keys(schema4.properties ?? {}).map((name2) => ({
        name: name2,
        written: `${parent}.${name2}`
      }))
    ) : [];
    return new InputError(
      unknownKeyMessage("config key", key, known, pointerAsKey(pointer), nested),
      where(pointer, true),
      "config/unknown-key"
    );
  }
  const name = error.instancePath ? `config key "${pointerAsKey(error.instancePath)}"` : "the config";
  return new InputError(`${name} ${schemaRuleWords(error)}`, where(pointer), `schema/${error.keyword}`);
}
function checkTaskIdPattern(pattern, where) {
  const refuse = (why) => {
    throw new InputError(`config key "taskIdPattern" ${why}`, where, "config/regexp");
  };
  if (pattern.length > MAX_TASK_ID_PATTERN_CHARS) {
    refuse(`is longer than ${MAX_TASK_ID_PATTERN_CHARS} characters; a task-id pattern is a short rule`);
  }
  try {
    new RegExp(pattern);
  } catch (error) {
    refuse(`is not a valid regular expression: ${error.message}`);
  }
  if (pattern === DEFAULT_CONFIG.taskIdPattern) return;
  try {
    linearProgram(`^(?:${pattern})$`);
  } catch (error) {
    if (error instanceof InternalError) throw error;
    refuse(
      `uses what the linear-time matcher does not support (backreferences, lookahead or lookbehind, possessive or atomic groups): ${error.message}; task ids are matched in time linear in the text, so a pattern from a pull request cannot stall the check`
    );
  }
}
function handoffFileName(config, taskId, session) {
  return config.handoffPattern.replace(/\{task\}/g, taskId).replace(/\{session\}/g, String(session));
}
function handoffPath(config, taskId, session) {
  const folder = config.handoffDir.replace(/\\/g, "/").replace(/^\.\/+/, "");
  const dir = trimEndOf(folder, "/");
  const name = handoffFileName(config, taskId, session);
  return dir === "" || dir === "." ? name : `${dir}/${name}`;
}
var WORD_CHARS = "A-Za-z0-9_";
var AFTER_ID_CHARS = "A-Za-z0-9";
var MAX_TASK_ID_PATTERN_CHARS = 500;
var MAX_TASK_ID_INPUT_CHARS = 64 * 1024;
function isTaskId(config, id) {
  if (config.taskIdPattern === DEFAULT_CONFIG.taskIdPattern) {
    return new RegExp(`^(?:${config.taskIdPattern})$`).test(id);
  }
  return id.length <= MAX_TASK_ID_INPUT_CHARS && linearProgram(`^(?:${config.taskIdPattern})$`).matches(id);
}
function handoffNameRegExp(config, taskId) {
  return new RegExp(handoffNameSource(config, escapeRegExp(taskId), "(\\d+)"));
}
function doneArchiveOf(config) {
  if (config.doneHandoffDir === void 0) return void 0;
  return {
    dir: normalizeLink(config.doneHandoffDir),
    name: new RegExp(handoffNameSource(config, "[^/]+", "\\d+"))
  };
}
function handoffTaskRegExp(config) {
  return new RegExp(handoffNameSource(config, "([^/]+?)", "\\d+"));
}
function handoffNameSource(config, task, session) {
  const name = config.handoffPattern.split("/").pop() ?? config.handoffPattern;
  const parts = name.split(/(\{task\}|\{session\})/).map((part) => {
    if (part === "{task}") return task;
    if (part === "{session}") return session;
    return escapeRegExp(part);
  });
  return `^${parts.join("")}$`;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function taskIdRegExp(config) {
  const pattern = config.taskIdPattern;
  if (pattern === DEFAULT_CONFIG.taskIdPattern) {
    return new RegExp(`(?<![${WORD_CHARS}])(?:${pattern})(?![${AFTER_ID_CHARS}])`, "g");
  }
  return new LinearTaskIdRegExp(pattern);
}
var linearPrograms = /* @__PURE__ */ new Map();
var linearEngine;
function useLinearEngine(engine) {
  linearEngine = engine;
}
function needsLinearEngine(raw) {
  const pattern = raw?.taskIdPattern;
  return typeof pattern === "string" && pattern !== DEFAULT_CONFIG.taskIdPattern;
}
function linearProgram(source) {
  let program = linearPrograms.get(source);
  if (!program) {
    if (!linearEngine) {
      throw new InternalError("the linear-time regular expression engine is not loaded (useLinearEngine)");
    }
    program = linearEngine.compile(source);
    linearPrograms.set(source, program);
  }
  return program;
}
var LinearTaskIdRegExp = class extends RegExp {
  taskIdPattern;
  program;
  padded = { text: "", padded: "  " };
  constructor(pattern, _flags) {
    const taskIdPattern = typeof pattern === "string" ? pattern : pattern.taskIdPattern;
    super(`(?<![${WORD_CHARS}])(?:${taskIdPattern})(?![${AFTER_ID_CHARS}])`, "g");
    this.taskIdPattern = taskIdPattern;
    this.program = linearProgram(`[^${WORD_CHARS}](${taskIdPattern})[^${AFTER_ID_CHARS}]`);
  }
  exec(input) {
    const whole = String(input);
    const text = whole.length > MAX_TASK_ID_INPUT_CHARS ? whole.slice(0, MAX_TASK_ID_INPUT_CHARS) : whole;
    const from = this.lastIndex;
    if (from > text.length) {
      this.lastIndex = 0;
      return null;
    }
    if (this.padded.text !== text) this.padded = { text, padded: ` ${text} ` };
    const matcher = this.program.matcher(this.padded.padded);
    if (!matcher.find(from)) {
      this.lastIndex = 0;
      return null;
    }
    const start = matcher.start(1) - 1;
    const end = matcher.end(1) - 1;
    const result = [text.slice(start, end)];
    result.index = start;
    result.input = whole;
    this.lastIndex = end;
    return result;
  }
};

// src/adapters/workspace.ts
init_errors();
init_json_location();
init_paths();
init_registry();
init_builtins();
init_store();
init_user_text();
function scopedSource(source, prefix) {
  if (prefix === "") return source;
  const inside = (path) => `${prefix}/${normalizeLink(path)}`;
  return {
    kind: source.kind,
    ...source.commit === void 0 ? {} : { commit: source.commit },
    label: source.label,
    prefix,
    async readMany(paths, options) {
      const results = /* @__PURE__ */ new Map();
      const valid = refuseInvalidPaths(paths, results, ` (of ${prefix})`);
      const read = await source.readMany(valid.map(inside), options);
      for (const path of valid) results.set(path, read.get(inside(path)));
      return results;
    },
    hint: (folders) => source.hint?.(folders.map((f) => f === "" ? prefix : inside(f))),
    async listFolders(parent) {
      const folders = await source.listFolders(parent === "" ? prefix : inside(parent));
      return folders.map((folder) => folder.slice(prefix.length + 1));
    }
  };
}
function inPackageFolder(error, folder) {
  if (!(error instanceof InputError) || error.location.file === void 0) return error;
  return error.renamed((file) => `${folder}/${file}`);
}
async function workspaceFolders(source, patterns) {
  const folders = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const parent = parentOfPattern(pattern);
    if (parent !== void 0) {
      for (const folder of await source.listFolders(parent)) folders.add(folder);
    } else folders.add(normalizeLink(pattern));
  }
  return [...folders].sort();
}
async function rootPackageFolders(source, repoRoot, workspaces) {
  if (workspaces.length === 0 || source.prefix !== "" || !(0, import_node_fs5.existsSync)((0, import_node_path4.join)(repoRoot, ".git"))) return [];
  return workspaceFolders(source, workspaces);
}
function rootPackageFoldersAt(git, rev, repoRoot, workspaces) {
  return rootPackageFolders(revisionSource(git, rev), repoRoot, workspaces);
}
function parentOfPattern(pattern) {
  if (!pattern.endsWith("/*") && pattern !== "*") return void 0;
  const parent = normalizeLink(pattern.slice(0, -1) || ".");
  return parent === "." ? "" : parent;
}
function listsWorkspace(patterns, folder) {
  const slash = folder.lastIndexOf("/");
  const parent = slash === -1 ? "" : folder.slice(0, slash);
  return patterns.some((pattern) => {
    const of = parentOfPattern(pattern);
    return of === void 0 ? normalizeLink(pattern) === folder : of === parent;
  });
}
function refuseInvalidPaths(paths, results, suffix = "") {
  const valid = [];
  for (const path of paths) {
    const issue = linkIssue(path, "path");
    if (issue)
      results.set(path, { kind: "invalid-link", rule: issue.rule, message: `${issue.message}${suffix}` });
    else valid.push(path);
  }
  return valid;
}
function contentId(text) {
  const bytes = Buffer.from(text, "utf8");
  const hash = nodeCrypto().createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes);
  return blobContentId(hash.digest("hex"));
}
function textRead(text) {
  let id;
  return {
    kind: "text",
    text,
    get contentId() {
      id ??= contentId(text);
      return id;
    }
  };
}
function blobContentId(oid) {
  return `blob:${oid}`;
}
function unreadable(error) {
  if (error instanceof InputError) return { kind: "unreadable", error };
  throw error;
}
function workingTreeSource(repoRoot) {
  return {
    kind: "working-tree",
    label: "the working tree",
    prefix: "",
    async listFolders(parent) {
      const folder = parent === "" ? repoRoot : workingTreePath(repoRoot, parent);
      try {
        const entries = await import_node_fs5.promises.readdir(folder, { withFileTypes: true });
        return entries.filter((e) => e.isDirectory() && e.name !== ".git").map((e) => parent === "" ? e.name : `${parent}/${e.name}`).sort();
      } catch {
        return [];
      }
    },
    async readMany(paths) {
      const results = /* @__PURE__ */ new Map();
      const resolved = await resolveLinks(repoRoot, paths);
      await Promise.all(
        paths.map(async (path, index) => {
          const link2 = resolved[index];
          if (!link2) return;
          if (!link2.ok) results.set(path, { kind: "invalid-link", rule: link2.rule, message: link2.message });
          else if (!link2.exists) results.set(path, { kind: "missing" });
          else {
            try {
              const text = await readUserText(
                link2.absPath,
                normalizeLink(path),
                link2.plain ? { noFollow: true } : { repoRoot }
              );
              results.set(path, textRead(text));
            } catch (error) {
              const read = unreadable(error);
              results.set(
                path,
                read.kind === "unreadable" && read.error.rule === "file/missing" ? { kind: "missing" } : read
              );
            }
          }
        })
      );
      return results;
    }
  };
}
function revisionSource(git, commit, name) {
  const label = `commit ${commit.slice(0, 7)}${name && name !== commit ? ` (${name})` : ""}`;
  return {
    kind: "revision",
    commit,
    label,
    prefix: "",
    listFolders: (parent) => git.listFolders(commit, parent),
    hint: (folders) => git.tree.hint?.(commit, folders),
    async readMany(paths, options = {}) {
      const results = /* @__PURE__ */ new Map();
      const wanted = refuseInvalidPaths(paths, results);
      const normalized2 = [...new Set(wanted.map(normalizeLink))];
      const known = options.known;
      const files = await git.tree.read(
        commit,
        normalized2,
        DEFAULT_MAX_BYTES,
        known ? (oid) => known(blobContentId(oid)) : void 0,
        options.blobs
      );
      for (const path of wanted) {
        const file = normalizeLink(path);
        const found = files.get(file);
        if (!found || found.kind === "missing") results.set(path, { kind: "missing" });
        else if (found.kind === "symlink-outside") {
          results.set(path, {
            kind: "invalid-link",
            rule: "path/symlink-escape",
            message: `"${path}" resolves through a symlink to ${found.target.slice(0, 200)}, outside the repository (in ${label})`
          });
        } else if (found.kind === "symlink-loop") {
          results.set(path, {
            kind: "invalid-link",
            rule: "path/symlink-loop",
            message: `"${path}" is a symlink loop (in ${label})`
          });
        } else if (found.kind === "not-a-file") {
          results.set(path, {
            kind: "unreadable",
            error: new InputError(
              `not a regular file (a ${found.type}, in ${label})`,
              { file },
              "file/not-a-file"
            )
          });
        } else if (found.kind === "too-large") {
          results.set(path, {
            kind: "unreadable",
            error: new InputError(
              `file is ${found.size} bytes, over the ${DEFAULT_MAX_BYTES}-byte limit (in ${label})`,
              { file },
              "size/too-large"
            )
          });
        } else if (found.kind === "known") {
          results.set(path, { kind: "known", contentId: blobContentId(found.oid) });
        } else {
          try {
            const text = decodeUserText(found.bytes, file);
            results.set(path, { kind: "text", text, contentId: blobContentId(found.oid) });
          } catch (error) {
            results.set(path, unreadable(error));
          }
        }
      }
      return results;
    }
  };
}
var CONFIG_FILES = [".handoffrc.json", "handoff.config.json", "package.json"];
function configCandidates(configFile) {
  return configFile === void 0 ? CONFIG_FILES : [configFile];
}
function emptyConfigError(file) {
  return new InputError("the config file is empty; write {} to use the defaults", { file }, "json/syntax");
}
function throwUnreadable(read, path) {
  if (read.kind === "unreadable") throw read.error;
  if (read.kind === "invalid-link") throw new InputError(read.message, { file: path }, read.rule);
  throw new InputError("file not found", { file: path }, "file/missing");
}
async function configFromText(text, file, remember) {
  const { raw, json, inPackage } = rawConfigOf(text, file);
  if (inPackage && raw === void 0) {
    remember?.(null);
    return void 0;
  }
  const prefix = inPackage ? "/handoff" : "";
  const locate = (pointer, options) => ({
    file,
    ...json.locate(`${prefix}${pointer}`, options)
  });
  const config = await configFromRaw(raw, file, locate);
  remember?.(raw);
  return config;
}
function rawConfigOf(text, file) {
  const inPackage = file === "package.json" || file.endsWith("/package.json");
  if (!inPackage && text.trim() === "") throw emptyConfigError(file);
  const json = parseJsonLocated(text, file);
  const twice = json.duplicateKeys.find(
    (d) => !inPackage || d.pointer === "/handoff" || d.pointer.startsWith("/handoff/")
  );
  if (twice) throw duplicateKeyError(twice, file);
  const raw = inPackage ? json.value?.handoff : json.value;
  return { raw, json, inPackage };
}
async function configFromRaw(raw, file, locate = () => ({ file })) {
  if (raw === null && (file === "package.json" || file.endsWith("/package.json"))) return void 0;
  await prepareFor(raw);
  return resolveConfig(raw, file, locate);
}
async function prepareFor(config) {
  if (needsLinearEngine(config)) useLinearEngine((await Promise.resolve().then(() => __toESM(require_re2js(), 1))).RE2JS);
}
var configKey = (file, contentId2) => `config\0${file}\0${contentId2}`;
var registryKey = (statuses, contentId2) => `registry\0${statuses.join("\0")}\0${contentId2}`;
async function loadConfigFrom(source, configFile, values) {
  const files = configCandidates(configFile);
  const reads = await source.readMany(files, {
    ...values ? { known: (id) => files.some((file2) => values.has(configKey(normalizeLink(file2), id))) } : {}
  });
  const readOf = async (name) => {
    const read2 = reads.get(name);
    if (read2.kind === "known" && !values?.has(configKey(normalizeLink(name), read2.contentId)))
      return (await source.readMany([name])).get(name);
    return read2;
  };
  if (configFile !== void 0) {
    const file2 = normalizeLink(configFile);
    const config2 = await configOfRead(await readOf(configFile), file2, values);
    return { config: config2 ?? resolveConfig(void 0, "(defaults)"), file: file2 };
  }
  const holding = await configFilesOf(reads, readOf, values);
  if (holding.length > 1) {
    const named = holding.map((f) => f === PACKAGE_MANIFEST ? 'the "handoff" key of package.json' : f);
    throw new InputError(
      `${holding.length} config files here and only one would be read: keep one of ${named.join(", ")}`,
      { file: holding[0] },
      "config/ambiguous"
    );
  }
  const file = holding[0] ?? PACKAGE_MANIFEST;
  const read = await readOf(file);
  const config = read.kind === "missing" ? void 0 : await configOfRead(read, file, values);
  return config ? { config, file } : { config: resolveConfig(void 0, "(defaults)") };
}
async function configFilesOf(reads, readOf, values) {
  const dedicated = CONFIG_FILES.filter(
    (name) => name !== PACKAGE_MANIFEST && reads.get(name)?.kind !== "missing"
  );
  return dedicated.length > 0 && packageHoldsConfig(await readOf(PACKAGE_MANIFEST), values) ? [...dedicated, PACKAGE_MANIFEST] : dedicated;
}
var PACKAGE_MANIFEST = "package.json";
function packageHoldsConfig(read, values) {
  if (read.kind === "known") return values?.get(configKey(PACKAGE_MANIFEST, read.contentId)) !== null;
  if (read.kind !== "text") return false;
  let manifest;
  try {
    manifest = JSON.parse(read.text);
  } catch {
    return false;
  }
  const holds = manifest !== null && typeof manifest === "object" && manifest.handoff !== void 0;
  if (!holds) values?.set(configKey(PACKAGE_MANIFEST, read.contentId), null);
  return holds;
}
async function configOfRead(read, file, values) {
  const key = values && (read.kind === "known" || read.kind === "text") ? configKey(file, read.contentId) : "";
  if (key && values?.has(key)) return configFromRaw(values.get(key), file);
  if (read.kind === "text") return configFromText(read.text, file, values && ((raw) => values.set(key, raw)));
  throwUnreadable(read, file);
}
async function readRegistryFrom(source, config, values) {
  const file = config.registry;
  const key = (id) => registryKey(config.statuses, id);
  const read = (await source.readMany([file], values ? { known: (id) => values.has(key(id)) } : {})).get(
    file
  );
  if (read.kind === "missing") return { registry: {}, file, exists: false };
  const known = values && (read.kind === "known" || read.kind === "text") ? key(read.contentId) : "";
  if (known && values?.has(known)) {
    return {
      registry: values.get(known),
      file,
      exists: true,
      ...read.kind === "text" ? { text: read.text } : {}
    };
  }
  if (read.kind !== "text") throwUnreadable(read, file);
  const registry = parseRegistry(read.text, file, config.statuses);
  values?.set(known, registry);
  return { registry, file, exists: true, text: read.text };
}
function linkOf(entry) {
  return typeof entry.details_link === "string" && entry.details_link.trim() !== "" ? entry.details_link : void 0;
}
async function readLinkedHandoffs(source, links, options = {}) {
  const unique2 = [...new Set(links)];
  const reads = await source.readMany(unique2, options);
  const result = /* @__PURE__ */ new Map();
  for (const link2 of unique2) {
    const read = reads.get(link2);
    const path = linkProblem(link2) ? link2 : normalizeLink(link2);
    if (read.kind === "invalid-link") {
      result.set(link2, { kind: "invalid-link", link: link2, rule: read.rule, message: read.message });
    } else if (read.kind === "missing") {
      result.set(link2, { kind: "missing", path });
    } else if (read.kind === "unreadable") {
      if (read.error.rule === "file/not-a-file") {
        result.set(link2, {
          kind: "invalid-link",
          link: link2,
          rule: "file/not-a-file",
          message: `details_link "${link2}" is not a file`
        });
      } else result.set(link2, { kind: "unreadable", path, error: read.error });
    } else if (read.kind === "known") {
      result.set(link2, { kind: "document", path, contentId: read.contentId });
    } else {
      result.set(link2, {
        kind: "document",
        path,
        text: read.text,
        get contentId() {
          return read.contentId;
        }
      });
    }
  }
  return result;
}
async function readEachPackage(root, options = {}) {
  const folders = await workspaceFolders(root.source, root.config.workspaces);
  return Promise.all(
    folders.map(async (folder) => {
      try {
        return { folder, workspace: await readWorkspace(scopedSource(root.source, folder), options) };
      } catch (error) {
        return { folder, error: inPackageFolder(error, folder) };
      }
    })
  );
}
async function readPackageWorkspaces(root, options = {}) {
  const packages = await readEachPackage(root, options);
  const failed = packages.find((read) => "error" in read);
  if (failed && "error" in failed) throw failed.error;
  return packages;
}
async function readWorkspace(source, options = {}) {
  source.hint?.(["", folderOf(DEFAULT_CONFIG.registry), DEFAULT_CONFIG.handoffDir]);
  const loaded = options.config ?? await judgedThere(source, loadConfigFrom(source, options.configFile, options.values));
  const registry = await judgedThere(source, readRegistryFrom(source, loaded.config, options.values));
  const tasks = activeTasks(registry.registry, loaded.config);
  const which = options.links ?? "active";
  const linked = which === "none" ? [] : which === "active" ? tasks.map((t) => [t.agent, t.detailsLink]) : agentEntries(registry.registry).map(([agent, entry]) => [agent, linkOf(entry)]);
  const links = linked.flatMap(([, link2]) => link2 === void 0 ? [] : [link2]);
  const read = links.length > 0 ? await readLinkedHandoffs(source, links, options.known ? { known: options.known } : {}) : /* @__PURE__ */ new Map();
  const handoffs = /* @__PURE__ */ new Map();
  for (const [agent, link2] of linked) {
    handoffs.set(
      agent,
      link2 === void 0 ? { kind: "none", detail: `the registry entry of ${agent} has no details_link.` } : read.get(link2)
    );
  }
  const workspace = { source, config: loaded.config, registry, activeTasks: tasks, handoffs };
  if (loaded.file !== void 0) workspace.configFile = loaded.file;
  return workspace;
}
async function judgedThere(source, read) {
  if (source.kind !== "revision") return read;
  try {
    return await read;
  } catch (error) {
    if (!(error instanceof InputError) || error.message.includes(source.label)) throw error;
    const there = new InputError(
      `${error.message} (in ${source.label}, which is judged, not the working tree: commit the fix)`,
      error.location,
      error.rule
    );
    there.more = error.more;
    throw there;
  }
}
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function workingTreePath(repoRoot, path) {
  return (0, import_node_path4.join)(repoRoot, ...normalizeLink(path).split("/"));
}

// src/adapters/config-loader.ts
async function loadConfig(repoRoot) {
  return loadConfigFrom(workingTreeSource(repoRoot));
}
async function projectToInit(cwd) {
  const found = await findProjectRoot(cwd, { forInit: true });
  if (found.prefix !== "") return found;
  const folder = (0, import_node_path5.relative)(found.repoRoot, (0, import_node_path5.resolve)(cwd)).split(import_node_path5.sep).join("/");
  if (folder === "" || folder.startsWith("..")) return found;
  const { config } = await loadConfig(found.repoRoot);
  return listsWorkspace(config.workspaces, folder) ? { repoRoot: found.repoRoot, projectRoot: (0, import_node_path5.resolve)(cwd), prefix: folder } : { ...found, notAPackage: folder };
}

// src/adapters/prompt.ts
var import_node_readline = require("node:readline");

// src/core/session-time.ts
var DEFAULT_FIRST_COMMIT_ALLOWANCE_MS = 30 * 60 * 1e3;
function estimateTimeSpent(commitTimesSeconds, gapMs, firstCommitAllowanceMs = DEFAULT_FIRST_COMMIT_ALLOWANCE_MS) {
  const times = [...commitTimesSeconds].sort((a, b) => a - b);
  const sessions = [];
  let current;
  for (const time of times) {
    if (current && (time - current.lastCommit) * 1e3 <= gapMs) {
      current.lastCommit = time;
      current.commits++;
    } else {
      current = { firstCommit: time, lastCommit: time, commits: 1, durationMs: 0 };
      sessions.push(current);
    }
  }
  let totalMs = 0;
  for (const session of sessions) {
    session.durationMs = (session.lastCommit - session.firstCommit) * 1e3 + firstCommitAllowanceMs;
    totalMs += session.durationMs;
  }
  return { hours: Math.round(totalMs / 36e4) / 10, sessions };
}
var GIT_HOURS_MAX_COMMIT_DIFF_MINUTES = 120;
var GIT_HOURS_FIRST_COMMIT_ADDITION_MINUTES = 120;
function gitHoursForAuthor(commitTimesSeconds, maxCommitDiffMinutes = GIT_HOURS_MAX_COMMIT_DIFF_MINUTES, firstCommitAdditionMinutes = GIT_HOURS_FIRST_COMMIT_ADDITION_MINUTES) {
  if (commitTimesSeconds.length < 2) return 0;
  const times = [...commitTimesSeconds].sort((a, b) => a - b);
  let hours = 0;
  for (let i = 0; i + 1 < times.length; i++) {
    const diffMinutes = (times[i + 1] - times[i]) / 60;
    hours += diffMinutes < maxCommitDiffMinutes ? diffMinutes / 60 : firstCommitAdditionMinutes / 60;
  }
  return Math.round(hours);
}
function estimateSessionTime(commits, rule, gapMs) {
  const gap = estimateTimeSpent(
    commits.map((c) => c.authorTime),
    gapMs
  );
  if (rule === "gap") {
    const gapHours = Math.round(gapMs / 36e5 * 10) / 10;
    return {
      ...gap,
      rule,
      ruleText: `commits split at gaps over ${gapHours} h, plus 0.5 h before each first commit`
    };
  }
  const byAuthor = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    const key = commit.authorEmail.toLowerCase() || "unknown";
    byAuthor.set(key, [...byAuthor.get(key) ?? [], commit.authorTime]);
  }
  let hours = 0;
  for (const times of byAuthor.values()) hours += gitHoursForAuthor(times);
  return {
    hours,
    sessions: gap.sessions,
    rule,
    ruleText: "git-hours: per author, gaps under 120 min in full, 120 min per longer gap"
  };
}
function taskTotal(earlier, thisSessionHours) {
  let hours = thisSessionHours;
  const unknown = [];
  for (const [index, session] of earlier.entries()) {
    if (session.hours === void 0) unknown.push(session.session ?? index + 1);
    else hours += session.hours;
  }
  return { hours: Math.round(hours * 10) / 10, sessions: earlier.length + 1, unknown };
}
function localDate(time, timeZone) {
  if (timeZone === void 0) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${String(time.getFullYear()).padStart(4, "0")}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  }
  const format = (zone) => new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).format(time);
  try {
    return format(timeZone);
  } catch {
    return format("UTC");
  }
}

// src/core/document/labels.ts
init_memo();
var SECTION_LABELS = {
  currentState: ["Current State", "State", "Status", "Current Status", "Where Things Stand"],
  decisions: ["Decisions Made", "Decisions", "Key Decisions", "Design Decisions", "Decision Log"],
  blockers: [
    "Current Blockers",
    "Blockers",
    "Open Blockers",
    "Issues",
    "Open Issues",
    "Blocking Issues",
    "Known Blockers"
  ],
  nextSteps: [
    "Next Steps",
    "Immediate Next Steps",
    "TODO",
    "To Do",
    "To-Do",
    "Next Actions",
    "Remaining Work"
  ],
  timeProgress: ["Time and Progress", "Time & Progress", "Progress", "Time Spent", "Time"],
  filesModified: ["Files Modified", "Files Changed", "Changed Files", "Modified Files"],
  commits: ["Commits", "Commit Log", "Commits Made"]
};
var CURRENT_STATE_PARTS = [
  "What's Working",
  "What Works",
  "Working",
  "What's Broken",
  "What's Not Working",
  "What Doesn't Work",
  "Broken"
];
var TIME_PROGRESS_FIELDS = [
  "Time Spent",
  "Progress",
  "Estimated Remaining",
  "Time Remaining",
  "Remaining"
];
var STATUS_FIELD_LABELS = ["Status", "State", "Current Status"];
var FIELD_LABELS = {
  date: ["Date", "Session Date"],
  agent: ["Agent", "Author", "Owner"],
  status: ["Status", "State", "Current Status"],
  duration: ["Duration", "Session Duration"],
  timeSpent: ["Time Spent"],
  progress: ["Progress"],
  remaining: ["Estimated Remaining", "Time Remaining", "Remaining"],
  tests: ["Tests", "Test Results", "Test Status"],
  coverage: ["Coverage", "Test Coverage", "Line Coverage"],
  task: ["Task", "Task ID"]
};
var MAX_REMEMBERED_LABELS = 4096;
var MAX_LABEL_CHARS = 500;
var rememberedLabel = memoised(MAX_REMEMBERED_LABELS, (label) => normaliseLabelText(label));
function normaliseLabel(label) {
  return label.length > MAX_LABEL_CHARS ? label.toLowerCase() : rememberedLabel(label);
}
function normaliseLabelText(label) {
  const lower = label.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  const first = lower.charCodeAt(0);
  const opened = first >= 97 && first <= 122 || first >= 48 && first <= 57 ? lower : lower.replace(/^[^\p{L}\p{N}]+/u, "");
  return opened.replace(/^\d+[.)]\s*/, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/[\s:.]+$/, "").replace(/\s+/g, " ").trim();
}
var tables;
function labelTables() {
  if (tables) return tables;
  const kindByLabel = /* @__PURE__ */ new Map();
  for (const [kind, labels] of Object.entries(SECTION_LABELS)) {
    for (const label of labels) kindByLabel.set(normaliseLabel(label), kind);
  }
  const factByLabel = /* @__PURE__ */ new Map();
  for (const [fact, labels] of Object.entries(FIELD_LABELS)) {
    for (const label of labels) factByLabel.set(normaliseLabel(label), fact);
  }
  tables = {
    kindByLabel,
    currentStateParts: new Set(CURRENT_STATE_PARTS.map(normaliseLabel)),
    timeProgressFields: new Set(TIME_PROGRESS_FIELDS.map(normaliseLabel)),
    statusFields: new Set(STATUS_FIELD_LABELS.map(normaliseLabel)),
    factByLabel
  };
  return tables;
}
var meaningOf = memoised(MAX_REMEMBERED_LABELS, (label) => {
  const key = normaliseLabel(label);
  const t = labelTables();
  return {
    kind: t.kindByLabel.get(key),
    currentStatePart: t.currentStateParts.has(key),
    timeProgressField: t.timeProgressFields.has(key),
    statusField: t.statusFields.has(key),
    fact: t.factByLabel.get(key)
  };
});
function sectionKindOf(label) {
  return meaningOf(label).kind;
}
function canonicalLabel(kind) {
  return SECTION_LABELS[kind][0];
}
function isCurrentStatePart(label) {
  return meaningOf(label).currentStatePart;
}
function isTimeProgressField(label) {
  return meaningOf(label).timeProgressField;
}
function isStatusField(label) {
  return meaningOf(label).statusField;
}
function fieldFactOf(label) {
  return meaningOf(label).fact;
}

// src/core/document/elements.ts
var PLACEHOLDER_MARK = "_(to fill in)_";
function placeholder(hint) {
  const cleanHint = hint?.replace(/[\s)_*]+/g, " ").trim();
  return cleanHint ? `_(to fill in: ${cleanHint})_` : PLACEHOLDER_MARK;
}
function isFillInMark(text) {
  return FILL_IN_MARK.test(withoutMarkEmphasis(text));
}
var FILL_IN_MARK = /^\(to fill in\b[\s\S]*\)$/i;
function withoutMarkEmphasis(text) {
  return text.trim().replace(/^[_*]+(?=\()|(?<=\))[_*]+$/g, "");
}
function isPlaceholderText(text) {
  const first = text.charCodeAt(0);
  if (first < 128 && PLACEHOLDER_START[first] === 0) return false;
  const t = withoutMarkEmphasis(text);
  if (t === "") return true;
  if (FILL_IN_MARK.test(t)) return true;
  if (/^\[[^\]]*\]$/.test(t)) return true;
  if (/^[<(]\s*fill[ -]?in\b[^>)]*[>)]$/i.test(t)) return true;
  return /^(?:todo|tbd|tba|n\/a|na|\.\.\.|\u2026|-+|\?+|fill in|to be (?:filled in|determined))[.:!]?$/i.test(
    t
  );
}
var PLACEHOLDER_START = new Uint8Array(128);
for (const c of " 	\n\v\f\r([<_*.-?tTnNfF") PLACEHOLDER_START[c.charCodeAt(0)] = 1;
function elementStates(doc) {
  const states = {};
  for (const name of ELEMENT_NAMES) states[name] = sectionState(doc.elements[name]);
  return states;
}
function missingElements(doc, required) {
  const states = elementStates(doc);
  return required.filter((name) => states[name] !== "present");
}
function sectionState(section) {
  if (!section) return "absent";
  const texts = sectionTexts(section);
  if (texts.length === 0) return "empty";
  return texts.every(isPlaceholderText) ? "placeholder" : "present";
}
function sectionTexts(section, options = {}) {
  const texts = [];
  for (const field of section.fields) if (options.field?.(field.label) ?? true) texts.push(field.value);
  addPartTexts(texts, section, options);
  for (const part of section.subsections) addPartTexts(texts, part, options);
  return texts;
}
function addPartTexts(texts, part, { skipDone = false }) {
  for (const paragraph of part.paragraphs) texts.push(paragraph);
  for (const item2 of part.items) {
    if (skipDone && item2.mark === "done") continue;
    if (item2.text !== "" || item2.details.length === 0) texts.push(item2.text);
    for (const detail of item2.details) texts.push(detail);
  }
}
function elementTitle(name) {
  return canonicalLabel(name);
}
function allFields(doc) {
  const fields = [...doc.header];
  const add = (section) => {
    if (section && section.fields.length > 0) fields.push(...section.fields);
  };
  for (const name of ELEMENT_NAMES) add(doc.elements[name]);
  add(doc.filesModified);
  add(doc.commits);
  for (const section of doc.otherSections) add(section);
  return fields;
}
function percentIn(text) {
  const match = text.match(/(-?)(?<!\d)(\d+(?:\.\d+)?)\s*%/);
  return match ? Number(`${match[1]}${match[2]}`) : void 0;
}
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function parseDocumentDate(value) {
  const iso = value.match(
    /\b(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/
  );
  if (iso) {
    const [, y, m, d, time, zone] = iso;
    if (!validDay(Number(y), Number(m), Number(d))) return void 0;
    const zoned = time && !zone ? `${iso[0]}Z` : iso[0];
    return time && !Number.isNaN(Date.parse(zoned)) ? zoned : `${y}-${m}-${d}`;
  }
  const monthFirst = value.match(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/);
  const dayFirst = value.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/);
  const parts = monthFirst ? { month: monthFirst[1], day: monthFirst[2], year: monthFirst[3] } : dayFirst ? { month: dayFirst[2], day: dayFirst[1], year: dayFirst[3] } : void 0;
  if (!parts) return void 0;
  const monthIndex = MONTHS.indexOf((parts.month ?? "").slice(0, 3).toLowerCase());
  const year = Number(parts.year);
  const day = Number(parts.day);
  if (monthIndex < 0 || !validDay(year, monthIndex + 1, day)) return void 0;
  return `${year}-${String(monthIndex + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function validDay(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

// src/generated/draft-input.validator.js
var import_ucs2length3 = __toESM(require_ucs2length(), 1);
var draft_input_validator_default = validate103;
var schema113 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/handoff-guard/handoff-guard/v0/schema/draft-input.schema.json", "title": "handoff draft input", "description": "What `handoff draft --input -` reads on stdin: the answers the interactive prompts would ask for, so an agent with no terminal can write a complete handoff. Each key matches a flag of `handoff draft`; flags given as well are added to (lists) or override (single values) what the document says.", "type": "object", "properties": { "$schema": { "type": "string" }, "decisions": { "description": "Decisions made this session, each with its reason (--decision).", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "maxItems": 50 }, "blockers": { "description": 'New blockers; carried-over open blockers stay unless resolved. ["None"] says there are none (--blocker).', "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "maxItems": 50 }, "resolved": { "description": "Carried-over blockers (removed) or next steps (checked off) that this session resolved, by their text or a unique part of it (--resolved).", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "maxItems": 50 }, "next": { "description": "New next steps, most urgent first (--next).", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 2e3 }, "maxItems": 50 }, "progress": { "description": "Percent complete, 0-100 (--progress).", "type": "number", "minimum": 0, "maximum": 100 }, "remaining": { "description": "Estimated time remaining, amounts with their units, e.g. 3h, 90m, 2 days or 1 week (--remaining); other text is refused (draft/remaining).", "type": "string", "minLength": 1, "maxLength": 200 }, "timeSpent": { "description": "Time this session took, e.g. 45m, 1.5h or 1h30m (--time-spent). Without it, Time Spent is estimated from the session's commits, and left to fill in when it has none.", "type": "string", "minLength": 1, "maxLength": 100 }, "note": { "description": "One line on the current state: goes into Current State and the registry's brief_note (--note).", "type": "string", "minLength": 1, "maxLength": 500 } }, "additionalProperties": false };
var func23 = Object.prototype.hasOwnProperty;
var func32 = import_ucs2length3.default.default ?? import_ucs2length3.default;
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func23.call(schema113.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.decisions !== void 0) {
      let data1 = data.decisions;
      if (Array.isArray(data1)) {
        if (data1.length > 50) {
          const err2 = { instancePath: instancePath + "/decisions", schemaPath: "#/properties/decisions/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func32(data2) > 2e3) {
              const err3 = { instancePath: instancePath + "/decisions/" + i0, schemaPath: "#/properties/decisions/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (func32(data2) < 1) {
              const err4 = { instancePath: instancePath + "/decisions/" + i0, schemaPath: "#/properties/decisions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/decisions/" + i0, schemaPath: "#/properties/decisions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/decisions", schemaPath: "#/properties/decisions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.blockers !== void 0) {
      let data3 = data.blockers;
      if (Array.isArray(data3)) {
        if (data3.length > 50) {
          const err7 = { instancePath: instancePath + "/blockers", schemaPath: "#/properties/blockers/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (func32(data4) > 2e3) {
              const err8 = { instancePath: instancePath + "/blockers/" + i1, schemaPath: "#/properties/blockers/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func32(data4) < 1) {
              const err9 = { instancePath: instancePath + "/blockers/" + i1, schemaPath: "#/properties/blockers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/blockers/" + i1, schemaPath: "#/properties/blockers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/blockers", schemaPath: "#/properties/blockers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.resolved !== void 0) {
      let data5 = data.resolved;
      if (Array.isArray(data5)) {
        if (data5.length > 50) {
          const err12 = { instancePath: instancePath + "/resolved", schemaPath: "#/properties/resolved/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          if (typeof data6 === "string") {
            if (func32(data6) > 2e3) {
              const err13 = { instancePath: instancePath + "/resolved/" + i2, schemaPath: "#/properties/resolved/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func32(data6) < 1) {
              const err14 = { instancePath: instancePath + "/resolved/" + i2, schemaPath: "#/properties/resolved/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/resolved/" + i2, schemaPath: "#/properties/resolved/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/resolved", schemaPath: "#/properties/resolved/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.next !== void 0) {
      let data7 = data.next;
      if (Array.isArray(data7)) {
        if (data7.length > 50) {
          const err17 = { instancePath: instancePath + "/next", schemaPath: "#/properties/next/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len3 = data7.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data8 = data7[i3];
          if (typeof data8 === "string") {
            if (func32(data8) > 2e3) {
              const err18 = { instancePath: instancePath + "/next/" + i3, schemaPath: "#/properties/next/items/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func32(data8) < 1) {
              const err19 = { instancePath: instancePath + "/next/" + i3, schemaPath: "#/properties/next/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/next/" + i3, schemaPath: "#/properties/next/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/next", schemaPath: "#/properties/next/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.progress !== void 0) {
      let data9 = data.progress;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 100 || isNaN(data9)) {
          const err22 = { instancePath: instancePath + "/progress", schemaPath: "#/properties/progress/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          const err23 = { instancePath: instancePath + "/progress", schemaPath: "#/properties/progress/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/progress", schemaPath: "#/properties/progress/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.remaining !== void 0) {
      let data10 = data.remaining;
      if (typeof data10 === "string") {
        if (func32(data10) > 200) {
          const err25 = { instancePath: instancePath + "/remaining", schemaPath: "#/properties/remaining/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (func32(data10) < 1) {
          const err26 = { instancePath: instancePath + "/remaining", schemaPath: "#/properties/remaining/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/remaining", schemaPath: "#/properties/remaining/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.timeSpent !== void 0) {
      let data11 = data.timeSpent;
      if (typeof data11 === "string") {
        if (func32(data11) > 100) {
          const err28 = { instancePath: instancePath + "/timeSpent", schemaPath: "#/properties/timeSpent/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (func32(data11) < 1) {
          const err29 = { instancePath: instancePath + "/timeSpent", schemaPath: "#/properties/timeSpent/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/timeSpent", schemaPath: "#/properties/timeSpent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data12 = data.note;
      if (typeof data12 === "string") {
        if (func32(data12) > 500) {
          const err31 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (func32(data12) < 1) {
          const err32 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
var schema3 = schema113;

// src/core/document/build.ts
init_trim();

// src/core/whitespace.ts
var COLLAPSIBLE = /[^\S ]| \s/;
var WHITESPACE_RUN = /\s{1,1024}/g;
var DOUBLE_SPACE = /\s\s/;
function collapseWhitespace(text) {
  if (!COLLAPSIBLE.test(text)) return text;
  let collapsed = text.replace(WHITESPACE_RUN, " ");
  while (DOUBLE_SPACE.test(collapsed)) collapsed = collapsed.replace(WHITESPACE_RUN, " ");
  return collapsed;
}

// src/core/document/build.ts
function handoffBuilder() {
  return new DocumentBuilder();
}
var TASK_ID = taskIdRegExp(DEFAULT_CONFIG);
var SESSION_NUMBER = /\bsession\s*#?\s*(\d+)\b/i;
var BOLD_LABEL_DEPTH = 7;
var WORKING_MARKS = ["\u2705", "\u2714\uFE0F", "\u2714", "\u2611\uFE0F", "\u2611"];
var BROKEN_MARKS = ["\u274C", "\u2716\uFE0F", "\u2716", "\u2717", "\u2718", "\u274E"];
var DocumentBuilder = class {
  doc = { header: [], elements: {}, otherSections: [] };
  depths = /* @__PURE__ */ new Map();
  open;
  intro = [];
  finish() {
    if (this.intro.length > 0) this.doc.intro = this.intro;
    const taskSource = this.doc.title ?? this.doc.header.find((f) => /^task\b/i.test(f.label))?.value;
    TASK_ID.lastIndex = 0;
    const taskId = taskSource ? TASK_ID.exec(taskSource)?.[0] : void 0;
    if (taskId) this.doc.taskId = taskId;
    const session = this.doc.title?.match(SESSION_NUMBER)?.[1];
    if (session) this.doc.session = Number(session);
    return this.doc;
  }
  block(node) {
    switch (node.type) {
      case "heading":
        this.heading(plainText(node), node.depth, lineOf(node));
        return;
      case "paragraph":
        this.paragraph(paragraphLines(node));
        return;
      case "list":
        for (const item2 of node.children) this.item(toListItem(item2));
        return;
      case "blockquote":
        this.blockquote(node);
        return;
      case "thematicBreak":
      case "definition":
        return;
      case "html":
        if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return;
        this.addParagraph(plainText(node));
        return;
      default:
        this.addParagraph(plainText(node));
    }
  }
  heading(label, depth, line) {
    if (label === "") return;
    if (depth === 1 && this.doc.title === void 0 && this.open === void 0) {
      this.doc.title = label;
      return;
    }
    const kind = sectionKindOf(label);
    if (kind) {
      this.openSection(label, kind, line, depth);
    } else if (isCurrentStatePart(label)) {
      this.openCurrentStatePart(label, line);
    } else if (this.open === void 0 && this.doc.title === void 0 && looksLikeTitle(label)) {
      this.doc.title = label;
    } else if (this.open && depth > this.open.depth) {
      this.openSubsection(label, line);
    } else {
      this.openOtherSection(label, line, depth);
    }
  }
  paragraph(lines) {
    let pending = [];
    const flush = () => {
      this.addParagraph(pending.join(" "));
      pending = [];
    };
    for (const line of lines) {
      if (line === void 0) continue;
      if (line.label === void 0) {
        pending.push(line.text);
        continue;
      }
      flush();
      if (line.text === "") this.boldLabel(line.label, line.line);
      else this.labelledValue(line.label, line.text, line.line);
    }
    flush();
  }
  /** `**Key Decisions:**` alone on its line. */
  boldLabel(label, line) {
    const kind = sectionKindOf(label);
    if (kind) this.openSection(label, kind, line, BOLD_LABEL_DEPTH);
    else if (isCurrentStatePart(label)) this.openCurrentStatePart(label, line);
    else if (this.open) this.openSubsection(label, line);
    else if (this.doc.title === void 0 && looksLikeTitle(label)) this.doc.title = label;
    else this.openOtherSection(label, line, BOLD_LABEL_DEPTH);
  }
  /** `**Label:** value` on one line: a field, or a section whose first paragraph is the value. */
  labelledValue(label, value, line) {
    const field = { label, value, line };
    if (isTimeProgressField(label)) {
      const section = this.ensureElement("timeProgress", line);
      if (this.open?.section !== section) {
        this.open = { section, depth: this.depths.get(section) ?? BOLD_LABEL_DEPTH };
      }
      this.addField(field);
      return;
    }
    const kind = sectionKindOf(label);
    if (kind && !(kind === "currentState" && isStatusField(label))) {
      this.openSection(label, kind, line, BOLD_LABEL_DEPTH);
      this.addParagraph(value);
    } else if (isCurrentStatePart(label)) {
      this.openCurrentStatePart(label, line);
      this.addParagraph(value);
    } else if (this.open) {
      this.addField(field);
    } else {
      this.doc.header.push(field);
    }
  }
  item(item2) {
    const target = this.open?.subsection ?? this.open?.section;
    if (target) {
      target.items.push(item2);
    } else {
      if (item2.text !== "") this.intro.push(item2.text);
      this.intro.push(...item2.details);
    }
  }
  blockquote(node) {
    for (const child of node.children) {
      if (child.type === "paragraph") this.addParagraph(plainText(child));
      else if (child.type === "list") for (const item2 of child.children) this.item(toListItem(item2));
      else this.block(child);
    }
  }
  addParagraph(text) {
    if (text === "") return;
    const target = this.open?.subsection ?? this.open?.section;
    if (target) target.paragraphs.push(text);
    else this.intro.push(text);
  }
  /** Fields belong to the section itself; a field ends a labelled group (the renderer puts groups last). */
  addField(field) {
    if (!this.open) return;
    this.open.section.fields.push(field);
    this.open.subsection = void 0;
  }
  openSection(label, kind, line, depth) {
    const section = emptySection(label, line);
    this.depths.set(section, depth);
    this.open = { section, depth };
    if (this.slotOf(kind)) {
      this.doc.otherSections.push(section);
    } else {
      this.setSlot(kind, section);
    }
  }
  openOtherSection(label, line, depth) {
    const section = emptySection(label, line);
    this.depths.set(section, depth);
    this.open = { section, depth };
    this.doc.otherSections.push(section);
  }
  openSubsection(label, line) {
    if (!this.open) return;
    const subsection = { label, items: [], paragraphs: [], line };
    this.open.section.subsections.push(subsection);
    this.open.subsection = subsection;
  }
  /** What's Working / What's Broken: a group of Current State, which exists from then on. */
  openCurrentStatePart(label, line) {
    const section = this.ensureElement("currentState", line);
    this.open = { section, depth: this.depths.get(section) ?? BOLD_LABEL_DEPTH };
    this.openSubsection(label, line);
  }
  /** The element's section, created under its canonical label when the document only implies it. */
  ensureElement(kind, line) {
    const existing = this.slotOf(kind);
    if (existing) return existing;
    const section = emptySection(canonicalLabel(kind), line);
    this.depths.set(section, BOLD_LABEL_DEPTH);
    this.setSlot(kind, section);
    return section;
  }
  slotOf(kind) {
    if (kind === "filesModified") return this.doc.filesModified;
    if (kind === "commits") return this.doc.commits;
    return this.doc.elements[kind];
  }
  setSlot(kind, section) {
    if (kind === "filesModified") this.doc.filesModified = section;
    else if (kind === "commits") this.doc.commits = section;
    else this.doc.elements[kind] = section;
  }
};
function looksLikeTitle(label) {
  return /\b(handoff|session)\b/i.test(label);
}
function emptySection(label, line = 0) {
  return { label, items: [], paragraphs: [], subsections: [], fields: [], line };
}
function lineOf(node) {
  return node.position?.start.line ?? 1;
}
function squash(text) {
  return collapseWhitespace(text).trim();
}
function plainText(node) {
  return squash(rawText(node));
}
function rawText(node) {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "code":
    case "html":
      return node.value;
    case "break":
      return "\n";
    case "image":
      return node.alt ?? "";
    case "footnoteReference":
      return `[^${node.label ?? node.identifier}]`;
    case "link": {
      const text = node.children.map(rawText).join("");
      const shown = squash(text);
      const autolinked = [shown, `http://${shown}`, `https://${shown}`, `mailto:${shown}`].includes(node.url);
      return autolinked || node.url === "" ? text : `${text} (${node.url})`;
    }
    case "table":
      return node.children.map(rawText).join(" ");
    case "tableRow":
      return node.children.map(rawText).join(" | ");
    default:
      if ("children" in node) {
        const separator = node.type === "paragraph" || node.type === "heading" || isPhrasing(node) ? "" : " ";
        return node.children.map(rawText).join(separator);
      }
      return "";
  }
}
function isPhrasing(node) {
  return ["emphasis", "strong", "delete", "linkReference", "tableCell"].includes(node.type);
}
function paragraphLines(node) {
  const firstLine3 = lineOf(node);
  const lines = [{ parts: [], texts: [] }];
  const current = () => lines[lines.length - 1];
  for (const child of node.children) {
    if (child.type === "break") {
      lines.push({ parts: [], texts: [] });
    } else if (child.type === "text") {
      const pieces = child.value.split("\n");
      pieces.forEach((piece, index) => {
        if (index > 0) lines.push({ parts: [], texts: [] });
        if (piece.trim() === "" && current().parts.length === 0) return;
        current().parts.push({ type: "text", value: piece });
        current().texts.push(piece);
      });
    } else {
      current().parts.push(child);
      current().texts.push(rawText(child));
    }
  }
  return lines.map(({ parts, texts }, index) => {
    const head = parts[0];
    const headText = texts[0] ?? "";
    return paragraphLine(headText, texts.slice(1).join(""), head?.type === "strong", firstLine3 + index);
  });
}
function paragraphLine(head, rest, strong, line) {
  if (strong) {
    const rawLabel = squash(head);
    const after = squash(rest);
    if (rawLabel.endsWith(":")) {
      const label = trimEndOf(rawLabel, ":").trimEnd();
      return after !== "" || label !== "" ? { label, text: after, line } : void 0;
    }
    if (after.startsWith(":")) {
      const text2 = after.slice(1).trimStart();
      return text2 !== "" || rawLabel !== "" ? { label: rawLabel, text: text2, line } : void 0;
    }
    if (after === "") return rawLabel !== "" ? { label: rawLabel, text: "", line } : void 0;
  }
  const text = squash(head + rest);
  return text !== "" ? { text, line } : void 0;
}
function toListItem(node) {
  const [first, ...rest] = node.children;
  const details = [];
  collectDetails(first?.type === "paragraph" ? rest : node.children, details);
  return listItem(first?.type === "paragraph" ? plainText(first) : "", details, lineOf(node), node.checked);
}
function listItem(text, details, line, checked) {
  let mark;
  let itemText2 = text;
  if (checked === true) mark = "done";
  else if (checked === false) mark = "open";
  else {
    const found = leadingMark(text);
    if (found) {
      mark = found.mark;
      itemText2 = text.slice(found.length).trimStart();
    }
  }
  const item2 = { text: itemText2, details, line };
  if (mark) item2.mark = mark;
  return item2;
}
var MARK_STARTS = new Set([...WORKING_MARKS, ...BROKEN_MARKS].map((mark) => mark.charCodeAt(0)));
function leadingMark(text) {
  if (!MARK_STARTS.has(text.charCodeAt(0))) return void 0;
  for (const symbol of WORKING_MARKS)
    if (text.startsWith(symbol)) return { mark: "working", length: symbol.length };
  for (const symbol of BROKEN_MARKS)
    if (text.startsWith(symbol)) return { mark: "broken", length: symbol.length };
  return void 0;
}
function collectDetails(nodes, into) {
  for (const node of nodes) {
    if (node.type === "list") {
      for (const item2 of node.children) collectDetails(item2.children, into);
    } else if (node.type === "blockquote") {
      collectDetails(node.children, into);
    } else {
      const text = plainText(node);
      if (text !== "") into.push(text);
    }
  }
}

// src/core/document/facts.ts
function documentFacts(doc) {
  const read = readFacts(doc);
  const { field, prose } = read;
  const facts = { commitShas: commitShas(doc.commits) };
  const date = dateOf(read);
  if (date) facts.date = date;
  const agent = field("agent")?.value;
  if (agent) facts.agent = agent;
  const status = field("status")?.value;
  if (status) facts.statusText = status;
  const progress = progressOf(read);
  if (progress !== void 0) facts.progressPercent = progress;
  const timeSpent = hoursIn(field("timeSpent")?.value) ?? hoursIn(field("duration")?.value);
  if (timeSpent !== void 0) facts.timeSpentHours = timeSpent;
  const remaining = hoursIn(field("remaining")?.value);
  if (remaining !== void 0) facts.estimatedRemainingHours = remaining;
  const testsField = field("tests")?.value;
  const tests = (testsField ? testCountsIn(testsField) : void 0) ?? firstDefined(prose(), testCountsIn);
  if (tests) facts.tests = tests;
  const coverageField = field("coverage")?.value;
  const coverage = (coverageField ? numberIn(coverageField) : void 0) ?? firstDefined(prose(), coveragePhraseIn);
  if (coverage !== void 0) facts.coveragePercent = coverage;
  return facts;
}
function readFacts(doc) {
  const byFact = /* @__PURE__ */ new Map();
  const otherFacts = /* @__PURE__ */ new Set();
  for (const f of allFields(doc)) {
    const fact = fieldFactOf(f.label);
    if (fact !== void 0 && !byFact.has(fact)) byFact.set(fact, f);
    if (fact !== void 0 && fact !== "progress" && fact !== "status") otherFacts.add(f.value);
  }
  let proseRead;
  return {
    field: (fact) => byFact.get(fact),
    prose: () => {
      if (proseRead) return proseRead;
      const { timeProgress: timeProgress2, currentState: currentState2 } = doc.elements;
      proseRead = timeProgress2 ? sectionTexts(timeProgress2) : [];
      if (currentState2) proseRead.push(...sectionTexts(currentState2));
      return proseRead;
    },
    otherFacts
  };
}
function dateOf({ field }) {
  const dateField = field("date");
  return dateField && parseDocumentDate(dateField.value);
}
function progressOf({ field, prose, otherFacts }) {
  return progressIn(field("status")?.value) ?? progressIn(field("progress")?.value) ?? firstDefined(
    prose().filter((text) => !otherFacts.has(text) && !COVERAGE_WORD.test(text)),
    progressIn
  );
}
function openBlockers(doc) {
  return sectionItems(doc.elements.blockers).filter(
    (item2) => item2.mark !== "done" && item2.mark !== "working" && isRealItem(item2)
  );
}
function openNextSteps(doc) {
  return sectionItems(doc.elements.nextSteps).filter((item2) => item2.mark !== "done" && isRealItem(item2));
}
function progressIn(text) {
  if (text === void 0) return void 0;
  const percent = percentIn(text);
  return percent !== void 0 && percent >= 0 && percent <= 100 ? percent : void 0;
}
function hoursIn(text) {
  if (!text) return void 0;
  let total;
  DURATION2.lastIndex = 0;
  for (let match = DURATION2.exec(text); match !== null; match = DURATION2.exec(text)) {
    const amount = Number(match[1]);
    const minutes = (match[2] ?? "").toLowerCase().startsWith("m");
    total = (total ?? 0) + (minutes ? amount / 60 : amount);
  }
  return total === void 0 ? void 0 : Math.round(total * 100) / 100;
}
var DURATION2 = /(?<!\d)(\d+(?:\.\d+)?)\s*(hours|hour|hrs|hr|h|minutes|minute|mins|min|m)(?![a-z])/gi;
function testCountsIn(text) {
  const lower = text.toLowerCase();
  const count = (pattern, ...words) => {
    if (!words.some((word) => lower.includes(word))) return void 0;
    const match = text.match(pattern);
    return match ? Number(match[1]) : void 0;
  };
  const passed = count(TEST_COUNT.passed, "pass");
  const failed = count(TEST_COUNT.failed, "fail");
  if (passed === void 0 && failed === void 0) return void 0;
  const tests = { passed: passed ?? 0, failed: failed ?? 0 };
  const skipped = count(TEST_COUNT.skipped, "skipped", "pending", "todo");
  if (skipped !== void 0) tests.skipped = skipped;
  return tests;
}
var testCount = (words) => new RegExp(`(?<!\\d)(\\d+)\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:${words})\\b`, "i");
var TEST_COUNT = {
  passed: testCount("passed|passing|pass"),
  failed: testCount("failed|failing|failures|failure|fail"),
  skipped: testCount("skipped|pending|todo")
};
var COVERAGE_WORD = /\bcoverage\b/i;
function coveragePhraseIn(text) {
  if (!text.includes("%")) return void 0;
  const match = text.match(/coverage\b[^0-9%]{0,20}?(\d+(?:\.\d+)?)\s*%/i) ?? // A number from its first digit only: tried from every digit of a long run, the expression was
  // quadratic (32 KB of digits before `x%`: 1 s); a later start never matches where the first fails.
  text.match(/(?<!\d)(\d+(?:\.\d+)?)\s*%\s*(?:\w+\s+)?coverage/i);
  return match ? Number(match[1]) : void 0;
}
function numberIn(text) {
  const match = text.match(/(\d+(?:\.\d+)?)/);
  return match ? Number(match[1]) : void 0;
}
function firstDefined(texts, read) {
  for (const text of texts) {
    const value = read(text);
    if (value !== void 0) return value;
  }
  return void 0;
}
function commitShas(section) {
  const shas = [];
  for (const item2 of sectionItems(section)) {
    const sha = item2.text.match(/^([0-9a-f]{7,40})\b/i)?.[1];
    if (sha) shas.push(sha.toLowerCase());
  }
  return shas;
}
function sectionItems(section) {
  if (!section) return [];
  return [...section.items, ...section.subsections.flatMap((s) => s.items)];
}
function isRealItem(item2) {
  return !isPlaceholderText(item2.text) && !NOTHING2.test(item2.text);
}
var NOTHING2 = /^(?:none|nothing|no (?:current |open )?blockers?)\b[\s.!]*(?:(?:yet|so far|currently)[\s.!]*)?$/i;
function saysNothing(text) {
  return NOTHING2.test(text);
}
function saysNoBlockers(doc) {
  const items = sectionItems(doc.elements.blockers);
  return openBlockers(doc).length === 0 && items.some((item2) => NOTHING2.test(item2.text));
}

// src/core/document/render.ts
var MARK_PREFIX = {
  done: "[x] ",
  open: "[ ] ",
  working: "\u2705 ",
  broken: "\u274C "
};
function renderHandoff(doc) {
  const blocks = [];
  if (doc.title !== void 0) blocks.push(`# ${escapeHeading(doc.title)}`);
  if (doc.header.length > 0) {
    blocks.push(fieldLines(doc.header, (label) => `**${label}**:`));
  }
  for (const text of doc.intro ?? []) blocks.push(escapeMarkdownText(text));
  for (const name of ELEMENT_NAMES) {
    const section = doc.elements[name];
    if (section) blocks.push(...sectionBlocks(section, name));
  }
  if (doc.filesModified) blocks.push(...sectionBlocks(doc.filesModified, "filesModified"));
  if (doc.commits) blocks.push(...sectionBlocks(doc.commits, "commits"));
  for (const section of doc.otherSections) blocks.push(...sectionBlocks(section));
  return `${blocks.join("\n\n")}
`;
}
function sectionBlocks(section, kind) {
  const label = section.label.trim() === "" && kind ? canonicalLabel(kind) : section.label;
  const blocks = [`## ${escapeHeading(label)}`];
  if (section.fields.length > 0) {
    blocks.push(fieldLines(section.fields, (label2) => `**${label2}:**`));
  }
  blocks.push(...contentBlocks(section));
  for (const subsection of section.subsections) {
    blocks.push(`### ${escapeHeading(subsection.label)}`, ...contentBlocks(subsection));
  }
  return blocks;
}
function fieldLines(fields, labelled) {
  const tildes = fields.reduce((count, field) => count + field.value.split("~").length - 1, 0);
  return fields.map(
    (f) => `${labelled(escapeMarkdownFragment(f.label))} ${escapeText(f.value, false, false, tildes < 2)}`
  ).join("\n");
}
function contentBlocks(part) {
  const blocks = part.paragraphs.map(escapeMarkdownText);
  if (part.items.length > 0) blocks.push(part.items.map(renderItem).join("\n"));
  return blocks;
}
function renderItem(item2) {
  const prefix = item2.mark ? MARK_PREFIX[item2.mark] : "";
  const head = `- ${prefix}${escapeMarkdownText(item2.text)}`.trimEnd();
  const details = item2.details.map((detail) => `  - ${escapeMarkdownText(detail)}`);
  return [head, ...details].join("\n");
}
function escapeHeading(text) {
  return escapeText(text, true);
}
function escapeMarkdownText(text) {
  return escapeText(text, false);
}
function escapeMarkdownFragment(text) {
  return escapeText(text, false, true, false);
}
function escapeText(text, inHeading, atLineStart = true, loneTilde = true) {
  const line = collapseWhitespace(text).trim();
  const escaped = escapeAutolinks(WEIGHED.test(line) ? escapeCharacters(line, inHeading, loneTilde) : line);
  return atLineStart ? escapeLineStart(escaped) : escaped;
}
function escapeCharacters(line, inHeading, loneTilde) {
  let out = "";
  const chars = Array.from(line);
  const tildes = chars.filter((ch) => ch === "~").length;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (ch === "~" ? tildes > 1 || !loneTilde : inHeading && ch === "#" || needsEscape(ch, before, after, chars, i))
      out += `\\${ch}`;
    else out += ch;
  }
  return out;
}
var ALWAYS = /* @__PURE__ */ new Set(["\\", "`", "*", "[", "]", "|"]);
var WEIGHED = /[~#\\`*[\]|_<&]/;
var WORD = /[\p{L}\p{N}]/u;
function needsEscape(ch, before, after, chars, i) {
  if (ALWAYS.has(ch)) return true;
  switch (ch) {
    case "_":
      return !(before !== void 0 && after !== void 0 && WORD.test(before) && WORD.test(after));
    case "<":
      return after !== void 0 && /[A-Za-z/!?]/.test(after);
    case "&":
      return /^&#?[A-Za-z0-9]+;/.test(chars.slice(i, i + 34).join(""));
    default:
      return false;
  }
}
function escapeAutolinks(text) {
  if (!AUTOLINK_HINT.test(text)) return text;
  return text.replace(/\b(https?|ftp):\/\//gi, (_m, scheme) => `${scheme}\\://`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`).replace(/([A-Za-z0-9._+-])@/g, "$1\\@");
}
var AUTOLINK_HINT = /:\/\/|www\.|@/i;
function escapeLineStart(text) {
  const ordered = text.match(/^(\d{1,9})([.)])/);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`;
  if (/^[#>+=-]/.test(text)) return `\\${text}`;
  return text;
}

// src/core/ancestry.ts
var CommitGraph = class {
  parents = /* @__PURE__ */ new Map();
  /** Position in the range's topological order (parents first): ancestors always sort lower. */
  order = /* @__PURE__ */ new Map();
  constructor(commits) {
    commits.forEach((commit, index) => {
      if (this.parents.has(commit.sha)) return;
      this.parents.set(commit.sha, commit.parents);
      this.order.set(commit.sha, index);
    });
  }
  has(sha) {
    return this.parents.has(sha);
  }
  /**
   * Of `updates` (commits of the range), the newest: the latest in topological order, which no
   * other one has as an ancestor; and which of `work` are ancestors of (or are) an update. Commits
   * outside the range are not followed: whatever lies beyond the range's base is not being judged.
   *
   * One walk over the range at most, whatever the number of updates: the walks from each update
   * share what they have seen (all ancestors of a commit seen are seen), stop below the oldest work
   * commit (nothing there leads to one) and end once every work commit is found. Walked apart, 3,000
   * sibling updates over a chain of 30,000 commits took a minute and 2 GB.
   */
  coverage(updates, work) {
    const rank = (sha) => this.order.get(sha) ?? -1;
    const tips = [...new Set(updates)].filter((sha) => this.has(sha)).sort((a, b) => rank(b) - rank(a));
    const wanted = new Set(work.filter((sha) => this.has(sha)));
    const covered = /* @__PURE__ */ new Set();
    let floor = Number.POSITIVE_INFINITY;
    for (const sha of wanted) floor = Math.min(floor, rank(sha));
    const seen = /* @__PURE__ */ new Set();
    for (const tip of tips) {
      if (covered.size === wanted.size) break;
      if (seen.has(tip) || rank(tip) < floor) continue;
      const stack = [tip];
      while (stack.length > 0) {
        const sha = stack.pop();
        if (seen.has(sha)) continue;
        seen.add(sha);
        if (wanted.has(sha)) covered.add(sha);
        for (const parent of this.parents.get(sha) ?? []) {
          if (!seen.has(parent) && this.has(parent) && rank(parent) >= floor) stack.push(parent);
        }
      }
    }
    return { newest: tips[0], covered };
  }
};

// src/core/ascii.ts
function isWordCode(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}
function isLetterCode(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}

// src/core/attribution.ts
init_paths();
function nonWorkPaths(handoffDir, registryFile, links, archive) {
  const files = /* @__PURE__ */ new Set([normalizeLink(registryFile)]);
  for (const link2 of links) if (linkProblem(link2) === void 0) files.add(normalizeLink(link2));
  return { handoffDir: normalizeLink(handoffDir), files, ...archive ? { archive } : {} };
}
function isNonWorkPath(path, paths) {
  if (paths.files.has(path)) return true;
  if (paths.handoffDir !== "" && path.startsWith(`${paths.handoffDir}/`)) return true;
  const { archive } = paths;
  return archive !== void 0 && archive.dir !== "" && path.startsWith(`${archive.dir}/`) && archive.name.test(path.slice(archive.dir.length + 1));
}
function isWorkCommit(commit, paths) {
  return commit.files.some((file) => !isNonWorkPath(file.path, paths));
}
var TaskIdFinder = class {
  /** @param pattern a global RegExp from `taskIdRegExp(config)` (whole-token matches). */
  constructor(pattern, active) {
    this.pattern = pattern;
    this.active = active;
    this.irregular = [...active].filter((id) => {
      pattern.lastIndex = 0;
      const first = pattern.exec(id);
      pattern.lastIndex = 0;
      return first?.[0] !== id;
    });
    this.irregularWords = new Set(this.irregular.filter((id) => WORD_ID.test(id)));
    this.irregularOther = this.irregular.filter((id) => !WORD_ID.test(id));
  }
  pattern;
  active;
  /**
   * Active ids the pattern does not describe as a whole (registries are not forced to follow it):
   * only these need the slower search by substring, so finding ids stays linear in the text and
   * does not grow with the number of active tasks.
   */
  irregular;
  /**
   * The irregular ids made of word characters and `-` only (`job_00042`): found by looking each
   * word of the text up, in one pass, instead of searching the text once per id (10,000 such ids
   * over 64 KB messages took 0.5 s a commit). The others are searched for one by one.
   */
  irregularWords;
  irregularOther;
  find(text) {
    if (!text) return [];
    const found = /* @__PURE__ */ new Set();
    for (const match of text.matchAll(this.pattern)) {
      if (this.active.has(match[0])) found.add(match[0]);
    }
    if (found.size === 0 && this.irregular.length > 0) {
      if (this.irregularWords.size > 0)
        for (const id of wordsStandingAlone(text, this.irregularWords)) found.add(id);
      for (const id of this.irregularOther) {
        if (text.includes(id) && standsAlone(text, id)) found.add(id);
      }
    }
    return [...found];
  }
};
var WORD_ID = /^[A-Za-z0-9_-]+$/;
function wordsStandingAlone(text, ids) {
  const found = [];
  let at2 = 0;
  while (at2 < text.length) {
    const c = text.charCodeAt(at2);
    if (!isWordCode(c) && c !== 45) {
      at2++;
      continue;
    }
    let end = at2;
    while (end < text.length && (isWordCode(text.charCodeAt(end)) || text.charCodeAt(end) === 45)) end++;
    for (let cut = at2 + 1; cut < end; cut++) {
      const c2 = text.charCodeAt(cut);
      if (c2 !== 45 && c2 !== 95) continue;
      const next = text.charCodeAt(cut + 1);
      const continues = c2 === 45 && (next >= 65 && next <= 90 || next >= 48 && next <= 57);
      if (!continues) {
        const part = text.slice(at2, cut);
        if (ids.has(part)) found.push(part);
      }
    }
    const whole = text.slice(at2, end);
    if (ids.has(whole)) found.push(whole);
    at2 = end;
  }
  return found;
}
function standsAlone(text, id) {
  let from = text.indexOf(id);
  while (from !== -1) {
    const before = text[from - 1];
    const after = text[from + id.length];
    const after2 = text[from + id.length + 1];
    const boundaryBefore = before === void 0 || !/[A-Za-z0-9_-]/.test(before);
    const boundaryAfter = after === void 0 || !/[A-Za-z0-9]/.test(after) && !(after === "-" && /[A-Z0-9]/.test(after2 ?? ""));
    if (boundaryBefore && boundaryAfter) return true;
    from = text.indexOf(id, from + 1);
  }
  return false;
}
function explicitAttribution(commit, branch, ids, former) {
  const claimed = (texts) => former ? texts.flatMap((text) => former.ids.find(text)).filter(former.allowed) : [];
  const fromTrailers = commit.taskTrailers.flatMap((value) => ids.find(value));
  if (fromTrailers.length > 0) return { tasks: unique(fromTrailers), rule: "trailer" };
  const fromMessage = ids.find(`${commit.subject}
${commit.body}`);
  if (fromMessage.length > 0) return { tasks: fromMessage, rule: "message" };
  const places = claimPlaces(commit);
  const trailerClaims = claimed(places.trailers);
  if (trailerClaims.length > 0) return { tasks: unique(trailerClaims), rule: "trailer" };
  const fromLead = claimed(places.lead);
  if (fromLead.length > 0) return { tasks: unique(fromLead), rule: "message" };
  const fromBranch = ids.find(branch);
  if (fromBranch.length > 0) return { tasks: fromBranch, rule: "branch" };
  return { tasks: [] };
}
function claimPlaces(commit) {
  const lead = subjectLead(commit.subject);
  return { trailers: commit.taskTrailers, lead: lead === void 0 ? [] : [lead] };
}
function subjectLead(subject) {
  return LEAD.exec(subject)?.slice(1).find((part) => part !== void 0);
}
var LEAD = /^(?:([^\s:()[\]"]{1,80}): |\[([^\s\]"]{1,80})\]|[a-z]{1,20}\(([^\s()"]{1,80})\)!?: )/;
function attributeCommits(input) {
  const active = new Set(input.activeTaskIds);
  const ids = new TaskIdFinder(input.taskIds, active);
  const then = input.activeAtCommit;
  const formerly = new Set([...then?.values() ?? []].flat().filter((id) => !active.has(id)));
  const formerIds = formerly.size > 0 ? new TaskIdFinder(input.taskIds, formerly) : void 0;
  const bySha = /* @__PURE__ */ new Map();
  const touched = /* @__PURE__ */ new Set();
  const taskByHandoff = /* @__PURE__ */ new Map();
  for (const [taskId, file] of input.handoffFiles) taskByHandoff.set(file, taskId);
  for (const { commit, branch } of input.commits) {
    if (bySha.has(commit.sha)) continue;
    const claimable = then?.get(commit.sha);
    const attribution = formerIds && claimable ? explicitAttribution(commit, branch, ids, {
      ids: formerIds,
      allowed: (id) => claimable.includes(id)
    }) : explicitAttribution(commit, branch, ids);
    bySha.set(commit.sha, attribution);
    if (commit.elsewhere) continue;
    if (input.fallbackScope && !input.fallbackScope.has(commit.sha)) continue;
    for (const task of attribution.tasks) if (active.has(task)) touched.add(task);
    for (const file of commit.files) {
      const task = taskByHandoff.get(file.path);
      if (task !== void 0) touched.add(task);
    }
  }
  let fallback;
  const [onlyTouched] = touched;
  const [onlyActive] = active;
  if (touched.size === 1 && onlyTouched !== void 0) {
    fallback = { taskId: onlyTouched, rule: "only-task-in-range" };
  } else if (touched.size === 0 && active.size === 1 && onlyActive !== void 0) {
    fallback = { taskId: onlyActive, rule: "only-active-task" };
  }
  if (fallback) {
    for (const [sha, attribution] of bySha) {
      if (attribution.tasks.length === 0 && (!input.fallbackScope || input.fallbackScope.has(sha))) {
        attribution.tasks = [fallback.taskId];
        attribution.rule = fallback.rule;
      }
    }
  }
  return fallback ? { bySha, fallback } : { bySha };
}
function unique(values) {
  return [...new Set(values)];
}

// src/core/claims.ts
init_trim();
var STOP_WORDS = new Set(
  `a an and are as at be been but by can could do does done for from has have in into is it its of on
  or our some that the their then there these this those to was we were when which will with without
  not no yet still more most all any each than after before between about over under up down out also
  add added adds adding update updated updates make made use used using via per new now issue issues
  problem problems don doesn didn isn aren won can i s t d m ll re ve if so me my us he vs eg ie etc e g`.split(/\s+/).filter((w) => w !== "")
);
var FIX_VERBS = /\b(?:fix|fixes|fixed|fixing|resolve|resolves|resolved|close|closes|closed|solve|solves|solved|unblock|unblocks|unblocked)\b/i;
var FIX_WORDS = /* @__PURE__ */ new Set(["fix", "resolv", "clos", "solv", "unblock", "close", "resolve", "solve"]);
var ASCII_ONLY = /^[\0-\x7f]*$/;
var ASCII_WORDS = /[a-z0-9]+/g;
var WORDS = /[\p{L}\p{N}]+/gu;
var CAMEL_JOIN = /([a-z0-9])([A-Z])/g;
function keyWords(text) {
  const words = /* @__PURE__ */ new Set();
  const lower = text.toLowerCase();
  const parts = text.replace(CAMEL_JOIN, "$1 $2").toLowerCase();
  const pattern = ASCII_ONLY.test(lower) ? ASCII_WORDS : WORDS;
  const raws = parts === lower ? lower.match(pattern) : [...lower.match(pattern) ?? [], ...parts.match(pattern) ?? []];
  for (const raw of raws ?? []) {
    if (STOP_WORDS.has(raw)) continue;
    const word = stem(raw);
    if (FIX_WORDS.has(word) || FIX_VERBS.test(raw)) continue;
    words.add(word);
  }
  return words;
}
function stem(word) {
  for (const suffix of ["ing", "ies", "es", "ed", "s"]) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) {
      return suffix === "ies" ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}
function overlap(claim, commit) {
  let shared = 0;
  for (const word of claim) if (commit.has(word)) shared++;
  return shared;
}
function hasEveryNumber(claim, commit) {
  for (const word of claim) if (!commit.has(word) && /\d/.test(word)) return false;
  return true;
}
function message(commit) {
  return `${commit.subject}
${commit.body}`;
}
function possiblyResolvedBy(blocker, commits) {
  const claim = keyWords(blocker.text);
  if (claim.size === 0) return void 0;
  for (const commit of [...commits].reverse()) {
    if (!FIX_VERBS.test(message(commit))) continue;
    const shared = overlap(claim, keyWords(message(commit)));
    if (shared >= Math.min(2, claim.size) && shared / claim.size >= 0.4) {
      return { sha: commit.sha, subject: commit.subject };
    }
  }
  return void 0;
}
function doneBy(step, commits) {
  const claim = keyWords(step.text);
  if (claim.size === 0) return void 0;
  for (const commit of [...commits].reverse()) {
    const words = keyWords(commit.subject);
    const shared = overlap(claim, words);
    const share = shared / claim.size;
    if (shared >= Math.min(2, claim.size) && (share >= 0.6 || shared >= 3 && share >= 0.4) && hasEveryNumber(claim, words)) {
      return { sha: commit.sha, subject: commit.subject };
    }
  }
  return void 0;
}
var FILE_EXTENSIONS = "ts|tsx|js|jsx|mjs|cjs|json|md|mdx|yml|yaml|toml|py|go|rs|java|kt|rb|php|c|h|cc|cpp|hpp|cs|swift|sh|bash|css|scss|html|vue|svelte|sql|xml|txt|ini|cfg|lock|gradle|proto|graphql";
var BARE_FILE = new RegExp(`^[A-Za-z0-9_][\\w.-]*\\.(?:${FILE_EXTENSIONS})$`);

// src/core/net-change.ts
var STATUS_BY_LETTER = {
  A: "added",
  D: "deleted",
  M: "modified",
  R: "renamed",
  C: "copied",
  T: "type-changed"
};
function parseNetDiff(output) {
  const tokens = output.split("\0");
  const byPath = /* @__PURE__ */ new Map();
  const order = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? "";
    if (token === "") {
      i++;
      continue;
    }
    if (token.startsWith(":")) {
      const letter = token.trim().split(/\s+/).pop()?.[0] ?? "M";
      const status = STATUS_BY_LETTER[letter] ?? "modified";
      if (status === "renamed" || status === "copied") {
        const change2 = {
          path: tokens[i + 2] ?? "",
          oldPath: tokens[i + 1] ?? "",
          status,
          binary: false
        };
        byPath.set(change2.path, change2);
        order.push(change2);
        i += 3;
      } else {
        const change2 = { path: tokens[i + 1] ?? "", status, binary: false };
        byPath.set(change2.path, change2);
        order.push(change2);
        i += 2;
      }
      continue;
    }
    const [added = "-", deleted = "-", ...rest] = token.split("	");
    const path = rest.join("	");
    let newPath = path;
    let step = 1;
    if (path === "") {
      newPath = tokens[i + 2] ?? "";
      step = 3;
    }
    const change = byPath.get(newPath);
    if (change) {
      if (added === "-" || deleted === "-") change.binary = true;
      else {
        change.added = Number(added);
        change.deleted = Number(deleted);
      }
    }
    i += step;
  }
  return order;
}
function linesChanged(change) {
  return (change.added ?? 0) + (change.deleted ?? 0);
}
function formatLineCounts(change) {
  if (change.binary || change.added === void 0 || change.deleted === void 0) return "binary";
  return `+${change.added} \u2212${change.deleted}`;
}
function describeNetChange(change) {
  const path = change.oldPath !== void 0 ? `${change.oldPath} \u2192 ${change.path}` : change.path;
  const counts = change.binary ? "binary" : change.status === "added" ? `+${change.added ?? 0}` : change.status === "deleted" ? `\u2212${change.deleted ?? 0}` : formatLineCounts(change);
  return `${path} (${change.status}, ${counts})`;
}
function byLinesChanged(a, b) {
  return linesChanged(b) - linesChanged(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/core/noise.ts
var LOCKFILES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "deno.lock",
  "cargo.lock",
  "gemfile.lock",
  "poetry.lock",
  "pipfile.lock",
  "uv.lock",
  "pdm.lock",
  "composer.lock",
  "go.sum",
  "mix.lock",
  "pubspec.lock",
  "podfile.lock",
  "package.resolved",
  "packages.lock.json",
  "flake.lock",
  "gradle.lockfile"
]);
var VENDORED_DIRS = /(?:^|\/)(?:vendor|third_party|third-party|node_modules|bower_components|Godeps|\.yarn\/releases|\.yarn\/plugins)\/|(?:^|\/)\.pnp\.(?:c?js|loader\.mjs)$/;
var GENERATED_DIRS = /(?:^|\/)(?:dist|__generated__)\//;
var GENERATED_NAMES = /(?:\.min\.(?:js|css)|\.map|\.pb\.go|_pb2(?:_grpc)?\.py|\.g\.dart|\.designer\.cs|\.snap|\.lock\.json)$|\.generated\./i;
var TRANSLATIONS = /\.(?:po|pot|mo|xlf|xliff)$/i;
function noiseKind(path, attributes = {}) {
  if (attributes.generated === true) return "generated";
  if (attributes.vendored === true) return "vendored";
  const name = (path.split("/").pop() ?? path).toLowerCase();
  const byDefault = defaultKind(path, name);
  if (byDefault === "generated" && attributes.generated === false) return void 0;
  if (byDefault === "vendored" && attributes.vendored === false) return void 0;
  if (byDefault === "lockfile" && attributes.generated === false) return void 0;
  return byDefault;
}
function defaultKind(path, name) {
  if (LOCKFILES.has(name)) return "lockfile";
  if (VENDORED_DIRS.test(path)) return "vendored";
  if (GENERATED_NAMES.test(name) || GENERATED_DIRS.test(path)) return "generated";
  if (TRANSLATIONS.test(name)) return "translation";
  return void 0;
}
function parseLinguistAttributes(output) {
  const tokens = output.split("\0");
  const result = /* @__PURE__ */ new Map();
  for (let i = 0; i + 2 < tokens.length; i += 3) {
    const path = tokens[i];
    const attribute = tokens[i + 1];
    const value = tokens[i + 2];
    const state = value === "set" || value === "true" ? true : value === "unset" || value === "false" ? false : void 0;
    if (state === void 0) continue;
    const entry = result.get(path) ?? {};
    if (attribute === "linguist-generated") entry.generated = state;
    else if (attribute === "linguist-vendored") entry.vendored = state;
    result.set(path, entry);
  }
  return result;
}
function noiseKindWords(kind, count) {
  const one = {
    lockfile: "lockfile",
    vendored: "vendored file",
    generated: "generated file",
    translation: "translation"
  }[kind];
  return `${count} ${count === 1 ? one : `${one}s`}`;
}

// src/core/range-story.ts
var MERGE_SUBJECT = /^Merge pull request #(\d+) from (\S+)/;
var BITBUCKET_SUBJECT = /^Merged in (\S+) \(pull request #(\d+)\)/;
var SQUASH_SUBJECT = /^(.*\S)\s+\(#(\d+)\)\s*$/;
function pullRequestsIn(commits) {
  const found = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    const pr = pullRequestOf(commit);
    if (pr && !found.has(pr.number)) found.set(pr.number, pr);
  }
  return [...found.values()];
}
function pullRequestOf(commit) {
  const merge = MERGE_SUBJECT.exec(commit.subject);
  if (merge) {
    const title = commit.body.split("\n").find((line) => line.trim() !== "")?.trim();
    return { number: Number(merge[1]), title: title ?? merge[2], sha: commit.sha, how: "merge" };
  }
  const bitbucket = BITBUCKET_SUBJECT.exec(commit.subject);
  if (bitbucket) {
    const title = commit.body.split("\n").find((line) => line.trim() !== "")?.trim();
    return {
      number: Number(bitbucket[2]),
      title: title ?? bitbucket[1],
      sha: commit.sha,
      how: "merge"
    };
  }
  const squash2 = SQUASH_SUBJECT.exec(commit.subject);
  if (squash2)
    return { number: Number(squash2[2]), title: squash2[1], sha: commit.sha, how: "squash" };
  return void 0;
}
function authorsOf(commits) {
  const counts = /* @__PURE__ */ new Map();
  for (const commit of commits) counts.set(commit.authorName, (counts.get(commit.authorName) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, commits: count })).sort((a, b) => b.commits - a.commits || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
var ONE_SESSION_LIMITS = { commits: 300, authors: 5, days: 21 };
function rangeShape(commits) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const commit of commits) {
    first = Math.min(first, commit.authorTime);
    last = Math.max(last, commit.authorTime);
  }
  return {
    commits: commits.length,
    authors: new Set(commits.map((c) => c.authorName)).size,
    first: Number.isFinite(first) ? first : 0,
    last: Number.isFinite(last) ? last : 0
  };
}
function notOneSession(shape) {
  const days = (shape.last - shape.first) / 86400;
  const tooMany = shape.commits > ONE_SESSION_LIMITS.commits || shape.authors > ONE_SESSION_LIMITS.authors || days > ONE_SESSION_LIMITS.days;
  if (!tooMany) return void 0;
  return `${shape.commits} commits by ${shape.authors} ${shape.authors === 1 ? "author" : "authors"} over ${spanText(days)}`;
}
function spanText(days) {
  if (days >= 730) return `${Math.floor(days / 365)} years`;
  if (days >= 60) return `${Math.floor(days / 30)} months`;
  if (days >= 14) return `${Math.floor(days / 7)} weeks`;
  const whole = Math.max(1, Math.round(days));
  return `${whole} ${whole === 1 ? "day" : "days"}`;
}

// src/core/redact.ts
var REDACTED = "[REDACTED]";
function byPattern(pattern, replace) {
  return (text) => text.replace(pattern, (match, ...rest) => {
    const groups = rest.slice(0, -2).map((g) => typeof g === "string" ? g : "");
    return replace(match, ...groups);
  });
}
var REDACTIONS = [
  byPattern(
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    () => `-----BEGIN PRIVATE KEY----- ${REDACTED}`
  ),
  redactUrlPasswords,
  byPattern(/\b(gh[pousr]_)[A-Za-z0-9]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(github_pat_)[A-Za-z0-9_]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(glpat-)[A-Za-z0-9_-]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(npm_)[A-Za-z0-9]{36}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(xox[abposr]-)[A-Za-z0-9-]{10,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, () => REDACTED),
  byPattern(/\bAIza[A-Za-z0-9_-]{35}\b/g, () => REDACTED),
  byPattern(/\b([sr]k_live_)[A-Za-z0-9]{16,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(sk-(?:ant-|proj-)?)[A-Za-z0-9_-]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  redactJsonWebTokens,
  redactAssignments
];
function redactSecrets(text) {
  let result = text;
  for (const redact of REDACTIONS) result = redact(result);
  return result;
}
function isSchemeChar(code) {
  return isWordCode(code) ? code !== 95 : code === 43 || code === 46 || code === 45;
}
var URL_WITH_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):([^\s@/]+)@/iy;
function redactUrlPasswords(text) {
  let out = "";
  let copied = 0;
  for (let at2 = text.indexOf("://"); at2 !== -1; at2 = text.indexOf("://", at2 + 1)) {
    let start = at2;
    while (start > copied && isSchemeChar(text.charCodeAt(start - 1))) start--;
    while (start < at2 && !(isLetterCode(text.charCodeAt(start)) && (start === 0 || !isWordCode(text.charCodeAt(start - 1)))))
      start++;
    if (start === at2) continue;
    URL_WITH_PASSWORD.lastIndex = start;
    const match = URL_WITH_PASSWORD.exec(text);
    if (match === null) continue;
    out += `${text.slice(copied, start)}${match[1]}:${REDACTED}@`;
    copied = URL_WITH_PASSWORD.lastIndex;
    at2 = copied - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
var TOKEN_RUN = /[A-Za-z0-9_-]+/g;
var SECRET_KEY = /password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth/i;
var SEPARATOR_AND_VALUE = /(["']?\s*[:=]\s*["']?)([^\s"',;]{4,})/y;
function redactAssignments(text) {
  let out = "";
  let copied = 0;
  TOKEN_RUN.lastIndex = 0;
  for (let run2 = TOKEN_RUN.exec(text); run2 !== null; run2 = TOKEN_RUN.exec(text)) {
    const end = run2.index + run2[0].length;
    let start = run2.index;
    while (start < end && !isWordCode(text.charCodeAt(start))) start++;
    if (start === end || !SECRET_KEY.test(text.slice(start, end))) continue;
    SEPARATOR_AND_VALUE.lastIndex = end;
    const found = SEPARATOR_AND_VALUE.exec(text);
    if (found === null) continue;
    const [, separator = "", value = ""] = found;
    const after = SEPARATOR_AND_VALUE.lastIndex;
    if (/\d/.test(value) || value.length >= 16) {
      out += `${text.slice(copied, end)}${separator}${REDACTED}`;
      copied = after;
    }
    TOKEN_RUN.lastIndex = after;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
var JWT_REST = /\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/y;
function redactJsonWebTokens(text) {
  if (!text.includes("eyJ")) return text;
  let out = "";
  let copied = 0;
  TOKEN_RUN.lastIndex = 0;
  for (let run2 = TOKEN_RUN.exec(text); run2 !== null; run2 = TOKEN_RUN.exec(text)) {
    const end = run2.index + run2[0].length;
    if (text.charCodeAt(end) !== 46) continue;
    let start = -1;
    for (let at2 = run2[0].indexOf("eyJ"); at2 !== -1 && at2 + 11 <= run2[0].length; at2 = run2[0].indexOf("eyJ", at2 + 1)) {
      if (!isWordCode(text.charCodeAt(run2.index + at2 - 1))) {
        start = run2.index + at2;
        break;
      }
    }
    if (start === -1) continue;
    JWT_REST.lastIndex = end;
    if (JWT_REST.exec(text) === null) continue;
    out += `${text.slice(copied, start)}${REDACTED}`;
    copied = JWT_REST.lastIndex;
    TOKEN_RUN.lastIndex = copied;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// src/core/draft.ts
init_reports();

// src/core/test-deltas.ts
init_reports();
var MORE_LINE = /^\u2026and (\d+) more failing tests?$/;
function moreFailingIn(text) {
  const found = MORE_LINE.exec(text);
  return found ? Number(found[1]) : void 0;
}
var NOTHING_PASSING = "No tests passing";
function recordedFailing(doc) {
  const section = doc.elements.currentState;
  if (!section) return { failing: [], complete: true };
  const items = [...section.items, ...section.subsections.flatMap((s) => s.items)];
  const failing = [];
  let complete = true;
  for (const item2 of items) {
    if (moreFailingIn(item2.text) !== void 0) complete = false;
    else if (item2.mark === "broken" && item2.text !== NOTHING_PASSING) failing.push(item2.text);
  }
  return { failing, complete };
}
function recordedTests(doc, counts) {
  return counts ? { ...counts, ...recordedFailing(doc) } : void 0;
}
function asTestRecord(before) {
  const isTestList = before.failed === 0 || before.failing.length === before.failed || !before.complete && before.failing.length <= before.failed;
  if (!isTestList) return { ...before, failing: [], complete: false };
  if (before.failed === 0) return { ...before, failing: [], complete: true };
  return before;
}
function needsCaseResults(before) {
  return before !== void 0 && asTestRecord(before).failing.length > 0;
}
function testDeltas(recorded, now) {
  if (!recorded) return void 0;
  const before = asTestRecord(recorded);
  const labels = failingLabels(now.failures);
  const wasFailing = new Set(before.failing);
  const listedInSomeSuite = (name) => before.failing.some((label) => label.endsWith(`${ID_SEPARATOR}${name}`));
  const newlyFailing = [
    ...new Set(
      labels.filter((label, at2) => {
        const name = now.failures[at2].name;
        if (wasFailing.has(label) || wasFailing.has(name)) return false;
        return label !== name || !listedInSomeSuite(name);
      })
    )
  ];
  const fixed = [];
  const removed = [];
  const cases = now.cases;
  if (cases && before.failing.length > 0) {
    const wanted = new Set(before.failing);
    const outcomeByName = /* @__PURE__ */ new Map();
    const note = (key, outcome) => {
      if (!outcomeByName.has(key) || outcome !== "passed") outcomeByName.set(key, outcome);
    };
    for (const c of cases) {
      if (wanted.has(c.id)) note(c.id, c.outcome);
      for (let cut = c.id.indexOf(ID_SEPARATOR); cut !== -1; cut = c.id.indexOf(ID_SEPARATOR, cut + 1)) {
        const name = c.id.slice(cut + ID_SEPARATOR.length);
        if (wanted.has(name)) note(name, c.outcome);
      }
    }
    for (const name of before.failing) {
      const outcome = outcomeByName.get(name);
      if (outcome === "passed") fixed.push(name);
      else if (outcome === void 0 && !now.casesTruncated) removed.push(name);
    }
  }
  const totalNow = now.passed + now.failed + now.errored + now.skipped;
  const totalBefore = before.passed + before.failed + (before.skipped ?? 0);
  const deltas = {
    newlyFailing,
    fixed,
    removed,
    countChange: totalNow - totalBefore,
    complete: before.complete
  };
  const unnamed = now.failed + now.errored - now.failures.length;
  if (now.failedTruncated && unnamed > 0) deltas.unnamedFailing = unnamed;
  return deltas;
}
function formatTestDeltas(deltas, cap = 5) {
  const names = (list) => list.length > cap ? `${list.slice(0, cap).join(", ")} \u2026and ${list.length - cap} more` : list.join(", ");
  const parts = [];
  const unnamed = deltas.unnamedFailing;
  if (deltas.newlyFailing.length > 0) {
    parts.push(
      `${deltas.complete ? "newly failing" : "failing, not listed before"}: ${names(deltas.newlyFailing)}${unnamed === void 0 ? "" : ` (and ${unnamed} failing tests not named, not compared)`}`
    );
  } else if (unnamed !== void 0) {
    parts.push(`${unnamed} failing tests not named, not compared`);
  }
  if (deltas.fixed.length > 0) parts.push(`fixed: ${names(deltas.fixed)}`);
  if (deltas.removed.length > 0) parts.push(`removed: ${names(deltas.removed)}`);
  if (deltas.countChange !== 0) {
    const n = Math.abs(deltas.countChange);
    parts.push(`${deltas.countChange > 0 ? "+" : "\u2212"}${n} ${n === 1 ? "test" : "tests"}`);
  }
  return parts.length > 0 ? parts.join("; ") : void 0;
}

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
var WORD2 = /[\p{L}\p{N}]/u;
var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
var segmenter;
function countWords(markdown) {
  let text = markdown;
  for (const pattern of MARKUP) text = text.replace(pattern, " ");
  let count = 0;
  for (const token of collapseWhitespace(text).split(" ")) {
    if (!WORD2.test(token)) continue;
    if (!UNSPACED.test(token)) {
      count++;
      continue;
    }
    segmenter ??= new Intl.Segmenter(void 0, { granularity: "word" });
    for (const segment of segmenter.segment(token)) if (segment.isWordLike) count++;
  }
  return count;
}
function plural(count, word) {
  return count === 1 ? word : `${word}s`;
}

// src/core/draft.ts
function sinceSession(session) {
  return session === void 0 ? "since the last handoff" : `since session ${session}`;
}
function pointsChange(delta, since, shown) {
  return delta === 0 ? ` (unchanged ${since})` : ` (${delta > 0 ? "+" : "\u2212"}${shown(Math.abs(delta))} points ${since})`;
}
function sinceTextOf(input) {
  return sinceSession(input.previous?.session ?? input.previous?.document.session);
}
var DETAIL_LEVELS = [
  { commits: 10, files: 8, failures: 5 },
  { commits: 5, files: 8, failures: 5 },
  { commits: 0, files: 8, failures: 5 },
  { commits: 0, files: 4, failures: 5 },
  { commits: 0, files: 0, failures: 5 },
  { commits: 0, files: 0, failures: 3 }
];
var SHORT_SHA = 7;
function composeDraft(input) {
  const time = estimateSessionTime(input.commits, input.timeRule ?? "gap", input.sessionGapMs);
  const previousFacts = input.previous ? input.previous.facts ?? documentFacts(input.previous.document) : void 0;
  const total = taskTotal(input.earlierSessions ?? [], sessionHours(input, time));
  const claimCommits = [...input.merges ?? [], ...input.commits].sort(byTime);
  const pullRequests = pullRequestsIn([...claimCommits, ...input.emptyCommits ?? []].sort(byTime));
  const context = {
    input,
    time,
    total,
    pullRequests,
    maybeDone: /* @__PURE__ */ new Map(),
    claimCommits,
    ...previousFacts ? { previousFacts } : {}
  };
  if (input.previous && input.tests && previousFacts?.tests) {
    const deltas = testDeltas(recordedTests(input.previous.document, previousFacts.tests), input.tests);
    const text = deltas && formatTestDeltas(deltas);
    if (text) context.testChanges = redactSecrets(text);
  }
  if (input.previous) {
    for (const step of openNextSteps(input.previous.document)) {
      const done = doneBy(step, context.claimCommits);
      if (done) context.maybeDone.set(step.text, done.sha);
    }
  }
  const shape = notOneSession(rangeShape(input.commits));
  if (shape) {
    context.notOneSession = { why: shape };
    const from = lastSessionStart(input.commits, time);
    if (from) context.notOneSession.suggestedFrom = from;
  }
  let chosen;
  for (const level2 of DETAIL_LEVELS) {
    const document2 = buildDocument(context, level2);
    const markdown2 = renderHandoff(document2);
    chosen = { document: document2, markdown: markdown2, words: countWords(markdown2), level: level2 };
    if (chosen.words <= input.wordBudget) break;
  }
  const { document, markdown, words, level } = chosen;
  return {
    document,
    markdown,
    words,
    overBudget: words > input.wordBudget,
    trimmed: trimmedParts(context, level),
    time,
    total,
    ...context.notOneSession ? { notOneSession: context.notOneSession } : {},
    pullRequests,
    maybeDone: [...context.maybeDone].map(([step, sha]) => ({ step, sha })),
    ...previousFacts?.progressPercent === void 0 ? {} : { previousProgress: { percent: previousFacts.progressPercent, since: sinceTextOf(input) } }
  };
}
function byTime(a, b) {
  return a.commitTime - b.commitTime;
}
var SUGGESTED_SESSION_SECONDS = 24 * 3600;
function lastSessionStart(commits, time) {
  const last = time.sessions[time.sessions.length - 1];
  if (!last) return void 0;
  const start = Math.max(last.firstCommit, last.lastCommit - SUGGESTED_SESSION_SECONDS);
  let before;
  for (const commit of commits) {
    if (commit.authorTime < start && (!before || commit.authorTime >= before.authorTime)) before = commit;
  }
  return before?.sha;
}
function buildDocument(context, level) {
  const { input } = context;
  const date = sessionDate(input);
  const { claimCommits } = context;
  const blocked = input.status === "blocked";
  const document = {
    title: draftTitle(input, date),
    taskId: input.taskId,
    session: input.session,
    header: header(input, date),
    elements: {
      currentState: currentState(input.tests, level),
      decisions: listSection(
        "Decisions Made",
        input.answers?.decisions,
        "decisions made this session, each with its reason",
        false
      ),
      blockers: listSection(
        "Current Blockers",
        input.answers?.blockers,
        blocked ? "what blocks the task, as the registry says it is blocked; or None" : "new blockers, or None; delete resolved ones",
        false,
        input.previous ? openBlockers(input.previous.document).map((blocker) => {
          const copy = carried(blocker);
          const fix = possiblyResolvedBy(blocker, claimCommits);
          if (fix) {
            copy.details.push(`possibly resolved by ${short(fix.sha)}`);
          }
          return copy;
        }) : [],
        // "None" holds until a session says otherwise, as a carried blocker does; not for a task the
        // registry calls blocked (`handoff block`), whose handoff must say what blocks it.
        !blocked && input.previous && saysNoBlockers(input.previous.document) ? "None" : void 0,
        // "None" beside a blocker (a carried one, or `--blocker None --blocker "DB down"`) is untrue.
        true
      ),
      nextSteps: listSection(
        "Next Steps",
        input.answers?.nextSteps,
        "new next steps, most urgent first",
        true,
        input.previous ? openNextSteps(input.previous.document).map((step) => {
          const copy = { ...carried(step), mark: "open" };
          const done = context.maybeDone.get(step.text);
          if (done) copy.details.push(doneGuess(short(done)));
          return copy;
        }) : [],
        void 0,
        // "None" beside a step still open (a carried one) is untrue, as for blockers.
        true
      ),
      timeProgress: timeProgress(context)
    },
    otherSections: []
  };
  if (context.notOneSession) {
    const { why, suggestedFrom } = context.notOneSession;
    const choice = suggestedFrom ? ` Draft again with --from to choose where it started, e.g. --from ${short(suggestedFrom)} for the last work session.` : " Draft again with --from to choose where it started.";
    document.intro = [`\u26A0\uFE0F This range is probably not one session: ${why}.${choice}`];
  }
  if (input.commits.length > 0 || (input.merges?.length ?? 0) > 0 || (input.net?.files.length ?? 0) > 0) {
    document.filesModified = filesModified(input, level.files);
    document.commits = commitsSection(context, level.commits);
  }
  return document;
}
function sessionDate(input) {
  let last = 0;
  for (const commit of [...input.commits, ...input.merges ?? []]) last = Math.max(last, commit.authorTime);
  return localDate(last > 0 ? new Date(last * 1e3) : input.now, input.timeZone);
}
var MONTHS2 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var MONTH_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(,?\s+\d{4})?\b/;
var ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
function draftTitle(input, date) {
  const previous = input.previous?.document.title;
  if (previous && /\bsession\s*#?\s*\d+/i.test(previous)) {
    const [year, month, day] = date.split("-");
    return previous.replace(/\b(session\s*#?\s*)\d+/i, `$1${input.session}`).replace(ISO_DATE, date).replace(MONTH_DATE, (_match, _month, withYear) => {
      const text = `${MONTHS2[Number(month) - 1]} ${Number(day)}`;
      return withYear ? `${text}, ${year}` : text;
    });
  }
  return `${input.taskId}: Handoff (Session ${input.session})`;
}
function header(input, date) {
  const fields = [
    { label: "Date", value: date, line: 0 },
    { label: "Agent", value: input.agent, line: 0 }
  ];
  if (input.status) fields.push({ label: "Status", value: statusTitle(input.status), line: 0 });
  return fields;
}
function statusTitle(status) {
  return status.split(/[_\s-]+/).filter((w) => w !== "").map((w) => w[0]?.toUpperCase() + w.slice(1)).join(" ");
}
function currentState(tests, level) {
  const section = emptySection("Current State");
  if (!tests) {
    section.paragraphs.push(placeholderText("what works and what is broken; or pass --tests"));
    return section;
  }
  const failed = tests.failed + tests.errored;
  const working = { label: "What's Working", items: [], paragraphs: [], line: 0 };
  if (tests.passed > 0) {
    const text = failed === 0 ? tests.passed === 1 ? "The 1 test passing" : `All ${tests.passed} tests passing` : `${tests.passed} of ${tests.passed + failed} tests passing`;
    working.items.push(item(text, "working"));
  } else {
    working.items.push(item("No tests passing", "broken"));
  }
  section.subsections.push(working);
  if (failed > 0) {
    const broken = { label: "What's Broken", items: [], paragraphs: [], line: 0 };
    const named = failingLabels(tests.failures).slice(0, level.failures);
    for (const label of named) broken.items.push(item(redactSecrets(label), "broken"));
    const more = failed - named.length;
    if (more > 0) broken.items.push(item(`\u2026and ${more} more failing ${plural(more, "test")}`));
    section.subsections.push(broken);
  }
  return section;
}
function listSection(label, answers, hint, asSteps, carriedItems = [], whenEmpty, noneOnlyAlone = false) {
  const section = emptySection(label);
  section.items.push(...carriedItems);
  appendAnswers(section, answers, asSteps);
  if (noneOnlyAlone) dropNoneBesideItems(section);
  if (section.items.length === 0)
    section.items.push(item(whenEmpty ?? placeholderText(hint), asSteps ? "open" : void 0));
  return section;
}
function doneGuess(sha) {
  return `done in ${sha}?`;
}
function confirmedGuess(detail) {
  return /^done in [0-9a-f]{7,40}\?$/.test(detail) ? detail.slice(0, -1) : detail;
}
function dropNoneBesideItems(section) {
  if (section.items.some((i) => !saysNothing(i.text)))
    section.items = section.items.filter((i) => !saysNothing(i.text));
}
function appendAnswers(section, answers, asSteps) {
  const listed = new Set(section.items.map((i) => sameItemText(i.text)));
  for (const answer of (answers ?? []).map((a) => a.trim())) {
    const key = sameItemText(answer);
    if (answer === "" || listed.has(key)) continue;
    listed.add(key);
    section.items.push(item(answer, asSteps && !saysNothing(answer) ? "open" : void 0));
  }
}
function sameItemText(text) {
  return collapseWhitespace(text).trim().toLowerCase();
}
function carried(source) {
  const copy = {
    text: source.text,
    // The last draft's guesses go: this draft makes its own from its own commits.
    details: source.details.filter((d) => !isPlaceholderText(d) && !OWN_GUESS.test(d)),
    line: 0
  };
  if (source.mark) copy.mark = source.mark;
  return copy;
}
var OWN_GUESS = /^(?:done in [0-9a-f]{7,40}\?|possibly resolved by [0-9a-f]{7,40})$/;
function sessionHours(input, time) {
  return input.statedHours ?? (input.commits.length > 0 ? time.hours : 0);
}
function answersLeftOpen(document, missing) {
  const fields = document.elements.timeProgress?.fields ?? [];
  const progressOpen = fields.some(
    (field) => fieldFactOf(field.label) === "progress" && isPlaceholderText(field.value)
  );
  const elements = progressOpen && !missing.includes("timeProgress") ? [...missing, "timeProgress"] : [...missing];
  return { elements, times: timeFieldsLeftOpen(document) };
}
function timeFieldsLeftOpen(document) {
  const fields = document.elements.timeProgress?.fields ?? [];
  return TIME_FIELDS.filter((fact) => {
    const field = fields.find((f) => fieldFactOf(f.label) === fact);
    return field !== void 0 && isPlaceholderText(field.value);
  });
}
function statedTimeText(hours) {
  const shown = Number(hours.toFixed(2));
  return `${shown} ${shown === 1 ? "hour" : "hours"} this session (stated)`;
}
function taskTotalText(total, noTime) {
  const unknown = noTime.length > 0 ? `; at least: ${plural(noTime.length, "session")} ${noTime.join(", ")} ${noTime.length === 1 ? "states" : "state"} no time` : "";
  return `${total.hours.toFixed(1)} hours in ${total.sessions} sessions (sum of each handoff's Time Spent${unknown})`;
}
function stateTimeSpent(document, hours, earlier) {
  document.elements.timeProgress ??= emptySection("Time and Progress");
  const fields = document.elements.timeProgress.fields;
  const isTimeSpent = (label) => fieldFactOf(label) === "timeSpent";
  const isTaskTotal = (label) => sameItemText(label) === "task total";
  const spent = fields.find((f) => isTimeSpent(f.label));
  if (spent) spent.value = statedTimeText(hours);
  else fields.unshift({ label: "Time Spent", value: statedTimeText(hours), line: 0 });
  if (earlier.length === 0) return;
  const total = taskTotal(earlier, hours);
  const value = taskTotalText(total, total.unknown);
  const known = fields.find((f) => isTaskTotal(f.label));
  if (known) known.value = value;
  else
    fields.splice(fields.findIndex((f) => isTimeSpent(f.label)) + 1, 0, {
      label: "Task Total",
      value,
      line: 0
    });
}
function timeProgress(context) {
  const { input, time, total, previousFacts } = context;
  const sinceText = sinceTextOf(input);
  const section = emptySection("Time and Progress");
  const field = (label, value) => section.fields.push({ label, value, line: 0 });
  if (input.statedHours !== void 0) {
    field("Time Spent", statedTimeText(input.statedHours));
  } else if (input.commits.length > 0) {
    const sessions = time.sessions.length;
    const sittings = time.rule === "gap" ? `, ${sessions} work ${plural(sessions, "session")}` : "";
    field(
      "Time Spent",
      `${time.hours.toFixed(1)} hours this session (${time.rule} rule: ${input.commits.length} ${plural(input.commits.length, "commit")}${sittings})`
    );
  } else {
    field("Time Spent", placeholderText("no commits in the range to estimate from"));
  }
  if (total.sessions > 1) {
    const statesTime = input.statedHours !== void 0 || input.commits.length > 0;
    field("Task Total", taskTotalText(total, statesTime ? total.unknown : [...total.unknown, input.session]));
  }
  field("Estimated Remaining", placeholderText());
  const before = previousFacts?.progressPercent;
  const at2 = sinceText.replace(/^since /, "at ");
  field(
    "Progress",
    placeholderText(before === void 0 ? "percent complete" : `percent complete; ${before} percent ${at2}`)
  );
  if (input.tests) {
    const failed = input.tests.failed + input.tests.errored;
    let value = `${input.tests.passed} passed, ${failed} failed`;
    if (input.tests.skipped > 0) value += `, ${input.tests.skipped} skipped`;
    const before2 = previousFacts?.tests;
    if (before2) {
      const deltas = [
        signed(input.tests.passed - before2.passed, "passed"),
        signed(failed - before2.failed, "failed")
      ].filter((d) => d !== void 0).join(", ");
      value += deltas === "" ? ` (unchanged ${sinceText})` : ` (${deltas} ${sinceText})`;
    }
    field("Tests", value);
    if (context.testChanges) field("Test Changes", `${context.testChanges} (${sinceText})`);
  }
  if (input.coverage) {
    let value = `${input.coverage.linesPercent.toFixed(1)}% of lines`;
    const before2 = previousFacts?.coveragePercent;
    if (before2 !== void 0) {
      const delta = Math.round((input.coverage.linesPercent - before2) * 10) / 10;
      value += pointsChange(delta, sinceText, (points) => points.toFixed(1));
    }
    const branches = input.coverage.branchesPercent;
    if (branches !== void 0) value += `, ${branches.toFixed(1)}% of branches`;
    field("Coverage", value);
  }
  return section;
}
function signed(delta, what) {
  if (delta === 0) return void 0;
  return `${delta > 0 ? "+" : "\u2212"}${Math.abs(delta)} ${what}`;
}
function changedFiles(commits) {
  const byPath = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    if (commit.parents.length > 1) continue;
    for (const file of commit.files) {
      const entry = byPath.get(file.path) ?? { path: file.path, added: 0, deleted: 0, binary: false };
      if (file.added === void 0 || file.deleted === void 0) entry.binary = true;
      else {
        entry.added += file.added;
        entry.deleted += file.deleted;
      }
      byPath.set(file.path, entry);
    }
  }
  return [...byPath.values()].sort(byLinesChanged);
}
function filesModified(input, cap) {
  const section = emptySection("Files Modified");
  const churn = changedFiles(input.commits);
  if (!input.net) {
    const lines = churn.reduce((sum, f) => sum + f.added + f.deleted, 0);
    section.paragraphs.push(
      `Churn over the commits: ${churn.length} ${plural(churn.length, "file")}, ${lines} lines.`
    );
    for (const file of cap === 0 ? [] : churn.slice(0, cap)) {
      section.items.push(
        item(`${file.path} (${file.binary ? "binary" : `+${file.added} \u2212${file.deleted}`})`)
      );
    }
    const more = churn.length - cap;
    if (cap > 0 && more > 0) section.items.push(item(`\u2026and ${more} more ${plural(more, "file")}`));
    return section;
  }
  const { net } = input;
  const noise = input.noise ?? /* @__PURE__ */ new Map();
  const news = net.files.filter((f) => !noise.has(f.path)).sort(byLinesChanged);
  const noisy = net.files.filter((f) => noise.has(f.path));
  const added = net.files.reduce((sum, f) => sum + (f.added ?? 0), 0);
  const deleted = net.files.reduce((sum, f) => sum + (f.deleted ?? 0), 0);
  const binary = net.files.filter((f) => f.binary).length;
  const range = `${short(net.base)}..${short(net.head)}${net.taskFilesOnly ? ", in the files the task's commits touched" : ""}`;
  const binaryText = binary > 0 ? `, ${binary} binary` : "";
  const renamed = net.files.filter((f) => f.status === "renamed").length;
  const renamedText = renamed > 0 ? ` (${renamed} renamed)` : "";
  section.paragraphs.push(
    net.files.length === 0 ? `Net change ${range}: none (the commits cancel out).` : `Net change ${range}: ${net.files.length} ${plural(net.files.length, "file")}${renamedText}, +${added} \u2212${deleted}${binaryText}.`
  );
  if (input.churn) {
    const churnAdded = churn.reduce((sum, f) => sum + f.added, 0);
    const churnDeleted = churn.reduce((sum, f) => sum + f.deleted, 0);
    section.paragraphs.push(
      `Churn summed over ${input.commits.length} ${plural(input.commits.length, "commit")}: +${churnAdded} \u2212${churnDeleted} in ${churn.length} ${plural(churn.length, "file")}.`
    );
  }
  if (cap > 0) {
    const churnByPath = new Map(churn.map((f) => [f.path, f]));
    for (const file of news.slice(0, cap)) {
      let text = describeNetChange(file);
      const fileChurn = churnByPath.get(file.path);
      if (input.churn && fileChurn) text = `${text.slice(0, -1)}; churn ${formatLineCounts(fileChurn)})`;
      section.items.push(item(text));
    }
    const more = news.length - cap;
    if (more > 0) section.items.push(item(`\u2026and ${more} more ${plural(more, "file")}`));
  }
  if (noisy.length > 0) {
    const byKind = /* @__PURE__ */ new Map();
    for (const file of noisy) {
      const kind = noise.get(file.path);
      byKind.set(kind, [...byKind.get(kind) ?? [], file]);
    }
    const parts = [...byKind].map(([kind, files]) => {
      const counts = formatLineCounts({
        added: files.reduce((sum, f) => sum + (f.added ?? 0), 0),
        deleted: files.reduce((sum, f) => sum + (f.deleted ?? 0), 0)
      });
      const only = files.length === 1 ? files[0] : void 0;
      return only ? `${only.path} (${kind}, ${only.binary ? "binary" : counts})` : `${noiseKindWords(kind, files.length)} (${counts})`;
    });
    section.items.push(item(`Noise, not ranked: ${parts.join(", ")}`));
  }
  return section;
}
function commitsSection(context, cap) {
  const { input, pullRequests } = context;
  const section = emptySection("Commits");
  const merges = input.merges ?? [];
  const empty = input.emptyCommits ?? [];
  const all = [...input.commits, ...merges, ...empty].sort(byTime);
  const kinds = [`${input.commits.length} work`];
  if (merges.length > 0) kinds.push(`${merges.length} ${plural(merges.length, "merge")}`);
  if (empty.length > 0) kinds.push(`${empty.length} empty`);
  const total = all.length;
  let summary = `${total} ${plural(total, "commit")}${kinds.length > 1 ? ` (${kinds.join(", ")})` : ""}`;
  const authors = authorsOf(all);
  if (authors.length > 1) {
    const named = authors.slice(0, 5).map((a) => `${a.name} (${a.commits})`);
    if (authors.length > 5) named.push(`and ${authors.length - 5} more`);
    summary += ` by ${named.join(", ")}`;
  }
  const first = all[0];
  const last = all[all.length - 1];
  if (cap === 0 && first && last) {
    const span = first === last ? short(first.sha) : `${short(first.sha)}..${short(last.sha)}`;
    const prs = pullRequests.length > 0 ? `, ${pullRequests.length} pull ${plural(pullRequests.length, "request")}` : "";
    section.paragraphs.push(`${redactSecrets(summary)}: ${span}${prs}.`);
    return section;
  }
  if (kinds.length > 1 || authors.length > 1) section.paragraphs.push(`${redactSecrets(summary)}.`);
  const prShas = new Set(pullRequests.map((pr) => pr.sha));
  const bySha = new Map(all.map((c) => [c.sha, c]));
  const listedAsPullRequest = /* @__PURE__ */ new Set();
  for (const pr of pullRequests) {
    const merge = bySha.get(pr.sha);
    for (const sha of merge?.parents.slice(1) ?? []) {
      const subject = bySha.get(sha)?.subject;
      if (subject !== void 0 && sameTitle(subject, pr.title)) listedAsPullRequest.add(sha);
    }
  }
  const entries = [
    // Newest first: the last commits say best where the session ended.
    ...[...pullRequests].reverse().map((pr) => `#${pr.number} ${redactSecrets(pr.title)} (pull request, ${short(pr.sha)})`),
    ...[...all].reverse().filter((c) => !prShas.has(c.sha) && !listedAsPullRequest.has(c.sha)).map((c) => `${short(c.sha)} ${redactSecrets(c.subject)}`)
  ];
  for (const entry of entries.slice(0, cap)) section.items.push(item(entry));
  const more = entries.length - cap;
  if (more > 0) section.items.push(item(`\u2026and ${more} more`));
  return section;
}
function sameTitle(subject, title) {
  const a = subject.trim();
  const b = title.trim();
  const cut = /(?:\u2026|\.\.\.)$/.exec(b);
  return a === b || cut !== null && b.length - cut[0].length >= 20 && a.startsWith(b.slice(0, cut.index));
}
function trimmedParts(context, level) {
  const full = DETAIL_LEVELS[0];
  const { input } = context;
  const parts = [];
  const listed = input.commits.length + (input.merges?.length ?? 0) + (input.emptyCommits?.length ?? 0);
  if (level.commits < full.commits && listed > level.commits) parts.push("commit list");
  const files = input.net ? input.net.files.length : changedFiles(input.commits).length;
  if (level.files < full.files && files > level.files) parts.push("files list");
  const failed = input.tests ? input.tests.failures.length : 0;
  if (level.failures < full.failures && failed > level.failures) parts.push("failing-test list");
  return parts;
}
function short(sha) {
  return sha.slice(0, SHORT_SHA);
}
function placeholderText(hint) {
  return placeholder(hint).replace(/^_|_$/g, "");
}
function item(text, mark) {
  const result = { text, details: [], line: 0 };
  if (mark) result.mark = mark;
  return result;
}
function fallbackDecides(commits, input) {
  const bySha = attributeForTask(commits, input);
  return commits.some((commit) => {
    if (!isWorkCommit(commit, input.nonWork)) return false;
    const rule = bySha.get(commit.sha)?.rule;
    return rule === void 0 || rule === "only-task-in-range" || rule === "only-active-task";
  });
}
function coveredByHandoff(commits, handoffPath2) {
  if (handoffPath2 === void 0) return NONE_COVERED;
  const updates = commits.filter((c) => c.files.some((f) => f.path === handoffPath2)).map((c) => c.sha);
  if (updates.length === 0) return NONE_COVERED;
  return new CommitGraph(commits).coverage(
    updates,
    commits.map((c) => c.sha)
  ).covered;
}
var NONE_COVERED = /* @__PURE__ */ new Set();
function attributeForTask(commits, input) {
  const activeTaskIds = input.activeTaskIds.includes(input.taskId) ? input.activeTaskIds : [...input.activeTaskIds, input.taskId];
  const inRange = new Set(commits.map((c) => c.sha));
  const before = (input.nextPush ?? []).filter((c) => !inRange.has(c.sha));
  return attributeCommits({
    commits: [...before, ...commits].map(
      (commit) => input.branch === void 0 ? { commit } : { commit, branch: input.branch }
    ),
    ...input.nextPush ? { fallbackScope: new Set(input.nextPush.map((c) => c.sha)) } : {},
    activeTaskIds,
    ...input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {},
    handoffFiles: input.handoffFiles,
    taskIds: input.taskIds
  }).bySha;
}
function endOfStartDay(taskStarted) {
  return Date.parse(`${taskStarted}T00:00:00Z`) / 1e3 + 86400 + 12 * 3600;
}
function startDayLead(commits, input, day) {
  const bySha = attributeForTask(commits, input);
  const named = commits.findIndex((commit) => {
    const attribution = bySha.get(commit.sha);
    return attribution?.tasks.includes(input.taskId) === true && attribution.rule !== "only-task-in-range" && attribution.rule !== "only-active-task";
  });
  const end = named === -1 ? commits.length : named;
  const dayEnd = endOfStartDay(day);
  let count = 0;
  while (count < end && (commits[count]?.authorTime ?? dayEnd) < dayEnd) count++;
  return { count, named: named !== -1 };
}
function setupCommitsBefore(lead, firstRecorded) {
  if (firstRecorded !== void 0 && firstRecorded < lead.count) return firstRecorded;
  return lead.named ? lead.count : 0;
}
function selectTaskRange(commits, input) {
  const bySha = attributeForTask(commits, input);
  const covered = coveredByHandoff(commits, input.handoffPath);
  const range = { work: [], merges: [], empty: [], foreign: 0 };
  for (const commit of commits) {
    if (covered.has(commit.sha)) continue;
    const mine = bySha.get(commit.sha)?.tasks.includes(input.taskId) ?? false;
    const work = isWorkCommit(commit, input.nonWork);
    if (!mine) {
      if (work) range.foreign++;
      continue;
    }
    if (commit.parents.length > 1 && !work) range.merges.push(commit);
    else if (work) {
      range.work.push({
        ...commit,
        files: commit.files.filter((f) => isWorkCommit({ ...commit, files: [f] }, input.nonWork))
      });
    } else if (commit.files.length === 0) range.empty.push(commit);
  }
  return range;
}

// src/core/draft-input.ts
init_errors();
init_json_location();
init_schema_words();

// src/core/slots.ts
init_shell();
function slot(what) {
  return { slot: `<${what}>` };
}
var TASK_SLOT = slot("task id");
var AGENT_SLOT = slot("agent name");
function commandWord(value) {
  return typeof value === "string" ? shellWord(value) : `"${value.slot}"`;
}
function isSlot(value) {
  return /^<[^<>\n]+>$/.test(value) && !AUTOLINK.test(value);
}
function isOnlySlots(text) {
  return /^\s*(?:<[^<>]+>[\s:,.;-]*)+$/.test(text) && !AUTOLINK.test(text);
}
var AUTOLINK = /:\/\/|@/;
var LEFT_AS_PRINTED = "is the printed command's placeholder, left as it was";
var ANSWER_SLOTS = {
  currentState: `--note ${commandWord(slot("state in one line"))}`,
  decisions: `--decision ${commandWord(slot("decision: reason"))}`,
  blockers: `--blocker ${commandWord(slot("blocker, or None"))}`,
  nextSteps: `--next ${commandWord(slot("next step"))}`,
  timeProgress: `--progress ${commandWord(slot("0-100"))}`
};
var TIME_SLOTS = {
  timeSpent: `--time-spent ${commandWord(slot("time taken, e.g. 45m"))}`,
  remaining: `--remaining ${commandWord(slot("time left, e.g. 3h"))}`
};

// src/core/draft-input.ts
init_unknown_names();
var DRAFT_INPUT_KEYS = Object.keys(schema3.properties ?? {}).filter((key) => key !== "$schema");
var NO_PLACE = () => ({});
function readDraftInputJson(text, file, flags) {
  const { input, json } = parseLocated(text, file);
  const placeOf = (key, answer) => {
    const value = input[key];
    if (Array.isArray(value)) {
      const index = value.findIndex((item2) => item2.trim() === answer.trim());
      return index === -1 ? {} : locationOf(json, file, `/${key}/${index}`);
    }
    if (value === void 0 || flags[key] !== void 0 || value.trim() !== answer.trim()) return {};
    return locationOf(json, file, `/${key}`);
  };
  return { input: mergeDraftInputs(input, flags), placeOf };
}
function parseLocated(text, file) {
  const json = parseJsonLocated(text, file);
  if (!draft_input_validator_default(json.value)) {
    const error = draft_input_validator_default.errors?.[0];
    if (error === void 0) throw new InputError("the input is invalid", { file }, "schema/invalid");
    const pointer = schemaErrorPointer(error);
    if (error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      throw new InputError(
        unknownKeyMessage("input key", key, DRAFT_INPUT_KEYS),
        { file, ...json.locate(pointer, { key: true }) },
        "draft/unknown-key"
      );
    }
    throw new InputError(
      `${inputSubject(error.instancePath)} ${schemaRuleWords(error)}`,
      { file, ...json.locate(pointer, { key: error.keyword === "required" }) },
      `schema/${error.keyword}`
    );
  }
  const { $schema: _ignored, ...input } = json.value;
  const times = [
    ["timeSpent", input.timeSpent, timeSpentHours],
    ["remaining", input.remaining, checkRemaining]
  ];
  for (const [key, text2, check] of times) {
    if (text2 === void 0) continue;
    try {
      check(text2, `"${key}"`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(error.message, { file, ...json.locate(`/${key}`) }, error.rule);
    }
  }
  return { input, json };
}
function inputSubject(pointer) {
  const [key, item2] = pointer.split("/").slice(1);
  if (key === void 0) return "the input";
  const name = `"${key.replace(/~1/g, "/").replace(/~0/g, "~")}"`;
  return item2 === void 0 ? name : `item ${Number(item2) + 1} of ${name}`;
}
function mergeDraftInputs(base, flags) {
  const merged = { ...base };
  for (const key of ["decisions", "blockers", "resolved", "next"]) {
    const items = [...base[key] ?? [], ...flags[key] ?? []].map((s) => s.trim()).filter((s) => s !== "");
    if (items.length > 0) merged[key] = items;
    else delete merged[key];
  }
  if (flags.progress !== void 0) merged.progress = flags.progress;
  if (flags.remaining !== void 0) merged.remaining = flags.remaining;
  if (flags.timeSpent !== void 0) merged.timeSpent = flags.timeSpent;
  if (flags.note !== void 0) merged.note = flags.note;
  return merged;
}
function timeSpentHours(text, name = "--time-spent") {
  const hours = hoursIn(text);
  if (hours === void 0 || !/^[\s\d.~a-z]*$/i.test(text)) {
    throw new InputError(
      `${name} "${text}" is not a time: write hours or minutes, e.g. 45m, 1.5h or 1h30m`,
      {},
      "draft/time-spent"
    );
  }
  if (hours > MAX_SESSION_HOURS) {
    throw new InputError(
      `${name} "${text}" is ${hours} hours, more than the ${MAX_SESSION_HOURS} one session may state`,
      {},
      "draft/time-spent"
    );
  }
  return hours;
}
var MAX_SESSION_HOURS = 1e3;
function checkRemaining(text, name = "--remaining") {
  if (!REMAINING.test(text.trim())) {
    throw new InputError(
      `${name} "${text}" is not a time: write amounts with their units, e.g. 3h, 90m, 2 days or 1 week`,
      {},
      "draft/remaining"
    );
  }
}
var REMAINING = /^(?:~ ?)?(?:\d{1,6}(?:\.\d{1,3})?[ ]?(?:weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m)(?:,? (?:and )?|(?=\d)|$))+$/i;
function parseProgress(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  const value = match ? Number(match[1]) : Number.NaN;
  if (!(value >= 0 && value <= 100)) {
    if (isOnlySlots(text)) {
      throw new InputError(
        `the progress (--progress) "${text}" ${LEFT_AS_PRINTED}: say what it is, a number from 0 to 100`,
        {},
        "draft/template-answer"
      );
    }
    throw new InputError(`--progress "${text}" is not a percentage from 0 to 100`, {}, "draft/progress");
  }
  return value;
}
function isEmptyDraftInput(input) {
  return Object.values(input).every((v) => v === void 0 || Array.isArray(v) && v.length === 0);
}
function toDraftAnswers(input) {
  const answers = {};
  if (input.decisions?.length) answers.decisions = [...input.decisions];
  if (input.blockers?.length) answers.blockers = [...input.blockers];
  if (input.next?.length) answers.nextSteps = [...input.next];
  return answers;
}
function applyDraftInput(draft2, input, wordBudget, placeOf = NO_PLACE) {
  if (!input.resolved?.length && input.progress === void 0 && input.remaining === void 0 && input.note === void 0) {
    return draft2;
  }
  const document = structuredClone(draft2.document);
  applyRest(document, input, draft2.previousProgress, placeOf);
  return { ...draft2, ...rendered(document, wordBudget) };
}
function fillDraft(source, input, wordBudget, previousProgress, stated, placeOf = NO_PLACE) {
  const document = structuredClone(source);
  fillList(document, "decisions", input.decisions, false);
  fillList(document, "blockers", input.blockers, false);
  fillList(document, "nextSteps", input.next, true);
  applyRest(document, input, previousProgress, placeOf);
  if (stated) stateTimeSpent(document, stated.hours, stated.earlier);
  return rendered(document, wordBudget);
}
function checkDraftAnswers(input, placeOf = NO_PLACE) {
  if (input?.note !== void 0 && input.note.trim() === "") {
    throw new InputError(
      "the note (--note) is empty: say in a line where the work stands, or leave --note out",
      placeOf("note", input.note),
      "schema/minLength"
    );
  }
  const answers = [
    ["note", "note", input?.note === void 0 ? void 0 : [input.note]],
    ["decision", "decisions", input?.decisions],
    ["blocker", "blockers", input?.blockers],
    ["next", "next", input?.next],
    ["remaining", "remaining", input?.remaining === void 0 ? void 0 : [input.remaining]],
    ["time-spent", "timeSpent", input?.timeSpent === void 0 ? void 0 : [input.timeSpent]]
  ];
  for (const [flag, key, texts] of answers) {
    const given = texts?.filter((text) => text.trim() !== "") ?? [];
    const template = given.every((text) => isPlaceholderText(text) || isOnlySlots(text)) ? given[0] : void 0;
    if (template !== void 0) {
      const what = isOnlySlots(template) ? LEFT_AS_PRINTED : "reads as template text, which the check counts as empty";
      throw new InputError(
        `the ${flag} (--${flag}) "${template}" ${what}: say what it is${flag === "blocker" ? " (or None)" : ""}`,
        placeOf(key, template),
        "draft/template-answer"
      );
    }
  }
}
function holdsTemplateText(document) {
  if (Object.values(elementStates(document)).includes("placeholder")) return true;
  if (document.header.some((field) => isFillInMark(field.value))) return true;
  return Object.values(document.elements).some((section) => sectionTexts(section).some(isFillInMark));
}
function fillList(document, name, answers, asSteps) {
  if (!answers?.some((a) => a.trim() !== "")) return;
  document.elements[name] ??= emptySection(elementTitle(name));
  const section = document.elements[name];
  section.items = section.items.filter((item2) => !isPlaceholderText(item2.text));
  section.paragraphs = section.paragraphs.filter((text) => !isPlaceholderText(text));
  appendAnswers(section, answers, asSteps);
  if (name !== "decisions") dropNoneBesideItems(section);
}
function applyRest(document, input, previous, placeOf) {
  if (input.resolved?.length) resolveItems(document, input.resolved, placeOf);
  if (input.progress !== void 0) setProgress(document, input.progress, previous);
  if (input.remaining !== void 0) setField(document, "remaining", input.remaining.trim());
  else if (input.progress === 100 && remainingLeftOpen(document)) setField(document, "remaining", "0 hours");
  if (input.note !== void 0) addStateNote(document, input.note.trim());
}
function rendered(document, wordBudget) {
  const markdown = renderHandoff(document);
  const words = countWords(markdown);
  return { document, markdown, words, overBudget: words > wordBudget };
}
function resolveItems(document, resolved, placeOf) {
  const blockers = document.elements.blockers;
  const nextSteps = document.elements.nextSteps;
  const open3 = new Set(openBlockers(document));
  const openBlockerItems = (blockers?.items ?? []).filter((item2) => open3.has(item2));
  const openSteps = nextSteps ? openNextSteps(document) : [];
  const candidates = [
    ...openBlockerItems.map((item2) => ({ item: item2, kind: "blocker" })),
    ...openSteps.map((item2) => ({ item: item2, kind: "step" }))
  ];
  let removedBlocker = false;
  for (const text of resolved) {
    const wanted = sameItemText(text);
    const exact = candidates.filter((c) => sameItemText(c.item.text) === wanted);
    const found = exact.length > 0 ? exact : candidates.filter((c) => sameItemText(c.item.text).includes(wanted));
    const open4 = () => candidates.length === 0 ? "nothing is open" : `open: ${candidates.map((c) => `"${c.item.text}"`).join(", ")}`;
    if (found.length === 0) {
      throw new InputError(
        `--resolved "${text}" matches no open blocker or next step (${open4()})`,
        placeOf("resolved", text),
        "draft/resolved-unknown"
      );
    }
    if (found.length > 1) {
      throw new InputError(
        `--resolved "${text}" matches ${found.length} items; use more of the text (${open4()})`,
        placeOf("resolved", text),
        "draft/resolved-ambiguous"
      );
    }
    const [match] = found;
    candidates.splice(candidates.indexOf(match), 1);
    if (match.kind === "blocker" && blockers) {
      blockers.items = blockers.items.filter((item2) => item2 !== match.item);
      removedBlocker = true;
    } else {
      match.item.mark = "done";
      match.item.details = match.item.details.map(confirmedGuess);
    }
  }
  if (removedBlocker && blockers?.items.every((item2) => isPlaceholderText(item2.text))) {
    blockers.items = [{ text: "None", details: [], line: 0 }];
  }
}
function setProgress(document, percent, previous) {
  const status = document.header.find((f) => fieldFactOf(f.label) === "status");
  if (status) {
    const words = status.value.replace(/\s*\(\s*-?\d+(?:\.\d+)?\s*%\s*\)\s*$/, "");
    status.value = `${percent === 100 && /^in progress$/i.test(words) ? "Complete" : words} (${percent}%)`;
  }
  const change = previous === void 0 ? "" : pointsChange(
    percent - previous.percent,
    previous.since,
    (points) => String(Number(points.toFixed(2)))
  );
  setField(document, "progress", `${percent}% complete${change}`);
}
function remainingLeftOpen(document) {
  const field = document.elements.timeProgress?.fields.find((f) => fieldFactOf(f.label) === "remaining");
  return field === void 0 || isPlaceholderText(field.value);
}
function setField(document, fact, value) {
  document.elements.timeProgress ??= emptySection("Time and Progress");
  const section = document.elements.timeProgress;
  const field = section.fields.find((f) => fieldFactOf(f.label) === fact);
  if (field) field.value = value;
  else
    section.fields.push({ label: fact === "progress" ? "Progress" : "Estimated Remaining", value, line: 0 });
}
function addStateNote(document, note) {
  document.elements.currentState ??= emptySection("Current State");
  const section = document.elements.currentState;
  const same = sameItemText(note);
  section.paragraphs = [
    note,
    ...section.paragraphs.filter((p) => !isPlaceholderText(p) && sameItemText(p) !== same)
  ];
}

// src/adapters/prompt.ts
init_errors();
var LISTS = [
  { key: "decisions", title: "Decisions made this session, each with its reason" },
  { key: "blockers", title: "New blockers (open ones from the last handoff are carried over)" },
  { key: "next", title: "New next steps, most urgent first" }
];
var templateText = (line) => `    "${line}" reads as template text, which the check counts as empty: say what it is, or press Enter to skip.
`;
var PromptInterrupted = class extends Error {
  constructor() {
    super("interrupted (Ctrl-C): nothing written");
    this.name = "PromptInterrupted";
  }
};
async function promptForDraftInput(input, output) {
  const rl = (0, import_node_readline.createInterface)({ input, output, terminal: Boolean(output.isTTY) });
  let interrupted = false;
  let ended = false;
  rl.on("SIGINT", () => {
    interrupted = true;
    rl.close();
  });
  const lines = rl[Symbol.asyncIterator]();
  const nextLine = async () => {
    const next = await lines.next();
    if (interrupted) throw new PromptInterrupted();
    if (!next.done) return String(next.value).trim();
    if (!ended) output.write("\n");
    ended = true;
    return void 0;
  };
  const answers = {};
  try {
    output.write(
      "Fill in what the facts cannot know (Enter skips a question or ends a list, Ctrl-D the rest):\n"
    );
    output.write(
      "\nWhere the work stands, in a line (opens Current State; the registry keeps it as the note):\n  "
    );
    for (; ; ) {
      const line = await nextLine();
      if (line === void 0) return answers;
      if (line !== "" && isPlaceholderText(line)) {
        output.write(`${templateText(line)}  `);
        continue;
      }
      if (line !== "") answers.note = line;
      break;
    }
    for (const { key, title } of LISTS) {
      output.write(`
${title}:
`);
      const items = [];
      for (; ; ) {
        output.write("  - ");
        const line = await nextLine();
        if (line === void 0) {
          if (items.length > 0) answers[key] = items;
          return answers;
        }
        if (line === "") break;
        if (isPlaceholderText(line)) {
          output.write(templateText(line));
          continue;
        }
        items.push(line);
      }
      if (items.length > 0) answers[key] = items;
    }
    output.write("\nProgress of the task, in percent:\n  ");
    for (; ; ) {
      const line = await nextLine();
      if (line === void 0) return answers;
      if (line === "") break;
      try {
        answers.progress = parseProgress(line);
        break;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        output.write(
          `    "${line}" is not a percentage from 0 to 100: a number such as 40, or Enter to skip.
  `
        );
      }
    }
    if (answers.progress === 100) return answers;
    output.write("\nTime remaining (e.g. 3h, 2 days):\n  ");
    for (; ; ) {
      const line = await nextLine();
      if (line === void 0 || line === "") return answers;
      try {
        checkRemaining(line);
        answers.remaining = line;
        return answers;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        output.write(
          `    "${line}" is not a time: amounts with their units, such as 3h or 2 days, or Enter to skip.
  `
        );
      }
    }
  } finally {
    rl.close();
  }
}

// src/cli/commands/draft.ts
init_repo_root();

// src/adapters/stdin.ts
var import_node_buffer2 = require("node:buffer");
init_errors();
var STDIN_MAX_BYTES = 1024 * 1024;
async function readStdinText(stream, name, maxBytes = STDIN_MAX_BYTES, { untilJsonObject = false, waitMs } = {}) {
  const chunks = [];
  let size = 0;
  const pieces = stream[Symbol.asyncIterator]();
  const deadline = waitMs === void 0 ? void 0 : Date.now() + waitMs;
  try {
    for (; ; ) {
      const next = await nextBefore(pieces, deadline);
      if (next === "late") {
        stream.destroy?.();
        throw new InputError(
          `no ${untilJsonObject ? "complete JSON object" : "end of input"} on stdin within ${Math.round((waitMs ?? 0) / 1e3)} s`,
          { file: name },
          "stdin/timeout"
        );
      }
      if (next.done) break;
      const chunk = next.value;
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes) {
        throw new InputError(`more than ${maxBytes} bytes on stdin`, { file: name }, "size/too-large");
      }
      chunks.push(buffer);
      if (untilJsonObject && endsAnObject(buffer) && isJsonObject(Buffer.concat(chunks))) break;
    }
  } finally {
    void pieces.return?.();
  }
  let bytes = Buffer.concat(chunks);
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bytes = bytes.subarray(3);
  if (!(0, import_node_buffer2.isUtf8)(bytes)) throw new InputError("stdin is not valid UTF-8", { file: name }, "encoding/utf-8");
  return bytes.toString("utf8").replace(/\r\n/g, "\n");
}
function nextBefore(pieces, deadline) {
  const next = pieces.next();
  if (deadline === void 0) return next;
  let timer;
  const late = new Promise((resolve8) => {
    timer = setTimeout(() => resolve8("late"), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([next, late]).finally(() => clearTimeout(timer));
}
function endsAnObject(chunk) {
  for (let i = chunk.length - 1; i >= 0; i--) {
    const byte = chunk[i];
    if (byte === 32 || byte === 10 || byte === 13 || byte === 9) continue;
    return byte === 125;
  }
  return false;
}
function isJsonObject(bytes) {
  try {
    const value = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

// src/cli/commands/draft.ts
init_store();

// src/app/draft.ts
var import_node_path9 = require("node:path");
init_git();
init_repo_root();
init_store();

// src/core/document/scan.ts
init_errors();
init_trim();

// src/core/document/line-syntax.ts
function listMarker(body) {
  const c = body[0];
  if (c === "-" || c === "*" || c === "+") {
    const next2 = body.charCodeAt(1);
    if (body.length === 1 || next2 === 32)
      return { char: c, width: 1, ordered: false, start: 0, interrupts: true };
    return void 0;
  }
  let i = 0;
  while (i < 9 && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  if (i === 0) return void 0;
  const d = body[i];
  if (d !== "." && d !== ")") return void 0;
  const next = body.charCodeAt(i + 1);
  if (body.length !== i + 1 && next !== 32) return void 0;
  const digits = body.slice(0, i);
  return { char: d, width: i + 1, ordered: true, start: Number(digits), interrupts: digits === "1" };
}
function atxHeading(body) {
  let depth = 0;
  while (body[depth] === "#") depth++;
  if (depth < 1 || depth > 6) return void 0;
  if (body.length > depth && body[depth] !== " " && body[depth] !== "	") return void 0;
  let text = trimSpacesAndTabs(body.slice(depth));
  const closing = /(?:^|[ \t])#+[ \t]*$/.exec(text);
  if (closing) text = trimSpacesAndTabs(text.slice(0, closing.index));
  return { depth, text };
}
function trimSpacesAndTabs(text) {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(start, end);
}
function indentAt(text, from) {
  let i = from;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  return i - from;
}
function isAsciiPunctuation(code) {
  return code >= 33 && code <= 47 || code >= 58 && code <= 64 || code >= 91 && code <= 96 || code >= 123 && code <= 126;
}
function isBlank(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
function fenceOpening(body) {
  const char = body[0];
  if (char !== "`" && char !== "~") return void 0;
  let run2 = 1;
  while (body[run2] === char) run2++;
  if (run2 < 3) return void 0;
  const info = body.slice(run2);
  if (char === "`" && info.includes("`")) return void 0;
  return { char, length: run2, info };
}
function closesFence(body, fence) {
  let run2 = 0;
  while (body[run2] === fence.char) run2++;
  return run2 >= fence.length && isBlank(body.slice(run2));
}

// src/core/document/plain-scan.ts
var CONTROL = /[\0-\t\v-\x1f]/;
var NOT_PLAIN = /[\\`~[\]<|@]|&[#A-Za-z]|:\/\/|[Ww][Ww][Ww]\./;
function scanPlainHandoff(source) {
  if (CONTROL.test(source)) return void 0;
  const builder = handoffBuilder();
  let open3;
  const close = () => {
    if (open3?.kind === "paragraph") {
      const first = open3.line;
      builder.paragraph(
        open3.lines.map(
          (line, index) => line.strong ? paragraphLine(line.strong.head, line.strong.rest, true, first + index) : paragraphLine(line.text, "", false, first + index)
        )
      );
    } else if (open3?.kind === "item") {
      const text = itemText(open3.lines);
      if (text === void 0 || !closeSubItem(open3)) return false;
      builder.item(listItem(text, open3.details, open3.line, open3.checked));
    }
    open3 = void 0;
    return true;
  };
  let lineNo = 0;
  let start = 0;
  const length = source.length;
  while (start < length) {
    let end = source.indexOf("\n", start);
    if (end === -1) end = length;
    lineNo++;
    const line = source.slice(start, end);
    start = end + 1;
    const indent = indentAt(line, 0);
    if (indent === line.length) {
      if (!close()) return void 0;
      continue;
    }
    if (indent > 0) {
      const rest = line.slice(indent);
      const marker2 = listMarker(rest);
      if (marker2 && open3?.kind === "item" && indent >= open3.contentIndent && indent <= open3.contentIndent + 3) {
        if (!openSubItem(open3, indent, marker2, rest)) return void 0;
      } else if (!open3 || !opensParagraph(rest) || !continueParagraph(open3, rest)) {
        return void 0;
      }
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 35) {
      const heading = atxHeading(line);
      const text = heading && plainInline(heading.text);
      if (!heading || !text || !close()) return void 0;
      builder.heading(squash(text.text), heading.depth, lineNo);
      continue;
    }
    const marker = listMarker(line);
    if (marker) {
      if (!marker.interrupts && open3?.kind === "paragraph") return void 0;
      const item2 = itemContent(line.slice(marker.width + 1));
      if (!item2 || !close()) return void 0;
      open3 = {
        kind: "item",
        line: lineNo,
        lines: [item2.text],
        checked: item2.checked,
        contentIndent: marker.width + 1,
        details: []
      };
      continue;
    }
    if (!opensParagraph(line)) return void 0;
    if (open3) {
      if (!continueParagraph(open3, line)) return void 0;
      continue;
    }
    const plain = plainInline(line);
    if (!plain) return void 0;
    open3 = { kind: "paragraph", line: lineNo, lines: [plain] };
  }
  if (!close()) return void 0;
  return builder.finish();
}
function continueParagraph(open3, line) {
  if (open3.kind === "item") {
    (open3.sub?.lines ?? open3.lines).push(line);
    return true;
  }
  const plain = plainInline(line);
  if (!plain) return false;
  open3.lines.push(plain);
  return true;
}
function openSubItem(item2, indent, marker, rest) {
  if (item2.sub && indent >= item2.sub.contentIndent) return false;
  if (!item2.sub && !marker.interrupts) return false;
  const content = itemContent(rest.slice(marker.width + 1));
  if (!content || !closeSubItem(item2)) return false;
  item2.sub = { contentIndent: indent + marker.width + 1, lines: [content.text] };
  return true;
}
function itemText(lines) {
  const text = plainInline(lines.join("\n"));
  return text && squash(text.text);
}
function closeSubItem(item2) {
  if (!item2.sub) return true;
  const detail = itemText(item2.sub.lines);
  if (detail === void 0) return false;
  if (detail !== "") item2.details.push(detail);
  item2.sub = void 0;
  return true;
}
function opensParagraph(line) {
  const c = line.charCodeAt(0);
  if (c === 42) {
    const next = line.charCodeAt(1);
    return next === 42 && line.charCodeAt(2) !== 42 && line.charCodeAt(2) !== 32 && !Number.isNaN(line.charCodeAt(2));
  }
  if (c >= 48 && c <= 57) return listMarker(line) === void 0;
  if (c === 96) return line.charCodeAt(1) !== 96;
  if (c >= 128) return true;
  if (c === 58 && line.charCodeAt(1) === 45) return false;
  return PARAGRAPH_START[c] === 1;
}
var PARAGRAPH_START = new Uint8Array(128);
for (const c of `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"$%'(),./:;?^{}`)
  PARAGRAPH_START[c.charCodeAt(0)] = 1;
function itemContent(content) {
  let text = content;
  let checked = null;
  if (text.charCodeAt(0) === 91) {
    const check = text.charCodeAt(1);
    if (text.charCodeAt(2) !== 93 || text.charCodeAt(3) !== 32) return void 0;
    if (check === 32) checked = false;
    else if (check === 120 || check === 88) checked = true;
    else return void 0;
    text = text.slice(4);
    let i = 0;
    while (text.charCodeAt(i) === 32) i++;
    text = text.slice(i);
  }
  if (text === "" || !opensParagraph(text)) return void 0;
  return { text, checked };
}
function plainInline(text) {
  const read = {
    text: "",
    head: void 0,
    restFrom: void 0,
    under: void 0,
    star: void 0
  };
  let from = 0;
  for (; ; ) {
    const tick = text.indexOf("`", from);
    const to = tick === -1 ? text.length : tick;
    if (!readRuns(text, from, to, read)) return void 0;
    if (tick === -1) break;
    const end = text.indexOf("`", tick + 1);
    if (text.charCodeAt(tick + 1) === 96 || end === -1 || text.charCodeAt(end + 1) === 96) return void 0;
    const code = text.slice(tick + 1, end);
    if (code.charCodeAt(0) === 32 || code.charCodeAt(code.length - 1) === 32 || code.indexOf("\n") !== -1)
      return void 0;
    read.text += code;
    from = end + 1;
  }
  if (read.head === void 0) return { text: read.text };
  return { text: read.text, strong: { head: read.head, rest: read.text.slice(read.restFrom) } };
}
function nextOf(text, char, from, read) {
  if (char === "_") {
    const known2 = read.under;
    if (known2 !== void 0 && (known2 === -1 || known2 >= from)) return known2;
    read.under = text.indexOf(char, from);
    return read.under;
  }
  const known = read.star;
  if (known !== void 0 && (known === -1 || known >= from)) return known;
  read.star = text.indexOf(char, from);
  return read.star;
}
function readRuns(text, from, to, read) {
  if (from === to) return true;
  if (NOT_PLAIN.test(from === 0 && to === text.length ? text : text.slice(from, to))) return false;
  for (let under = nextOf(text, "_", from, read); under !== -1 && under < to; ) {
    let end = under;
    while (text.charCodeAt(end) === 95) end++;
    if (under === from || end >= to) return false;
    if (!isAsciiAlphanumeric(text.charCodeAt(under - 1)) || !isAsciiAlphanumeric(text.charCodeAt(end)))
      return false;
    under = nextOf(text, "_", end, read);
  }
  let star = nextOf(text, "*", from, read);
  let done = from;
  while (star !== -1 && star < to) {
    if (text.charCodeAt(star + 1) !== 42) return false;
    if (star > 0 && !isSpaceOrNewline(text.charCodeAt(star - 1))) return false;
    if (!isRunEdge(text.charCodeAt(star + 2))) return false;
    const close = text.indexOf("*", star + 2);
    if (close === -1 || close + 1 >= to || text.charCodeAt(close + 1) !== 42) return false;
    if (!isRunEdge(text.charCodeAt(close - 1))) return false;
    const after = close + 2;
    if (after < text.length && !closesRun(text.charCodeAt(after))) return false;
    const inner = text.slice(star + 2, close);
    if (inner.indexOf("\n") !== -1) return false;
    const head = read.head === void 0 && read.text === "" && done === 0 && text.slice(0, star).trim() === "";
    read.text += text.slice(done, star);
    if (head) {
      read.head = inner;
      read.restFrom = read.text.length + inner.length;
    }
    read.text += inner;
    done = close + 2;
    star = nextOf(text, "*", done, read);
  }
  read.text += text.slice(done, to);
  return true;
}
function isAsciiAlphanumeric(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function isSpaceOrNewline(code) {
  return code === 32 || code === 10;
}
function closesRun(code) {
  return isSpaceOrNewline(code) || isAsciiPunctuation(code) && code !== 42;
}
function isRunEdge(code) {
  return code > 32 && code < 127 && code !== 42;
}

// src/core/document/scan.ts
var MAX_NESTING = 64;
function scanHandoff(markdown, file) {
  const source = readableSource(markdown, file);
  return scanPlainHandoff(source) ?? scanSourceInFull(source, file);
}
function scanSourceInFull(source, file) {
  const builder = handoffBuilder();
  scanBlocks(source, (node) => builder.block(node), file);
  return builder.finish();
}
var MAX_LINES = 5e4;
var MAX_MARKUP = 1e5;
var MAX_BLOCK_MARKERS = 5e4;
function assertReadableHandoff(markdown, file) {
  if (!withinBudgetsAtAGlance(markdown)) assertReadableLineByLine(markdown, file);
}
function assertReadableLineByLine(markdown, file) {
  let line = 1;
  let start = 0;
  const length = markdown.length;
  const markers = { count: 0 };
  const conflict = { from: 0, fence: 0, split: false, splitFence: 0 };
  let fence;
  const items = [];
  let fences = 0;
  while (start <= length) {
    let end = markdown.indexOf("\n", start);
    if (end === -1) end = length;
    const indent = indentColumns(markdown, start, end);
    if (fence && fence.item > 0 && indent >= 0 && indent < fence.item) fence = void 0;
    if (!fence && indent >= 0) followItems(items, markdown, start, end, indent);
    const body = fenceLineBody(markdown, start, end);
    const opener = body !== void 0 && !fence ? fenceOpening(body) : void 0;
    const inFence = fence?.id ?? 0;
    if (opener) {
      fences++;
      fence = {
        char: opener.char,
        length: opener.length,
        id: fences,
        item: items.length > 0 ? items[items.length - 1] : 0
      };
    } else if (body !== void 0 && fence && closesFence(body, fence)) {
      fence = void 0;
    } else if (conflictMarkerAt(markdown, start, end, "<")) {
      if (conflict.from === 0) Object.assign(conflict, { from: line, fence: inFence, split: false });
    } else if (conflict.from > 0 && splitMarkerAt(markdown, start, end)) {
      conflict.split = true;
      conflict.splitFence = inFence;
    } else if (conflict.split && conflictMarkerAt(markdown, start, end, ">")) {
      const quoted = conflict.fence !== 0 && conflict.fence === conflict.splitFence && conflict.fence === inFence;
      if (!quoted) {
        throw new InputError(
          `an unresolved merge conflict (lines ${conflict.from}-${line}): resolve it, keeping one version of each section, then commit`,
          { file, line: conflict.from },
          "document/conflict"
        );
      }
      Object.assign(conflict, { from: 0, fence: 0, split: false, splitFence: 0 });
    }
    const lineDepth = nestingAt(markdown, start, end, markers);
    if (lineDepth > MAX_NESTING) {
      throw new InputError(
        `lists or quotes nested ${lineDepth > 1e4 ? "over 10000" : lineDepth} deep; a handoff may nest ${MAX_NESTING} at most`,
        { file, line },
        "document/nesting"
      );
    }
    if (line > MAX_LINES) {
      throw new InputError(
        `more than ${MAX_LINES} lines; a handoff is a page or two, not a log`,
        { file, line },
        "document/lines"
      );
    }
    if (markers.count > MAX_BLOCK_MARKERS) {
      throw new InputError(
        `more than ${MAX_BLOCK_MARKERS} list-item and quote markers; a handoff is prose and lists, not a tree of them`,
        { file, line },
        "document/blocks"
      );
    }
    start = end + 1;
    line++;
  }
  if (length <= MAX_MARKUP) return;
  let markup = 0;
  let nodes = 0;
  for (let i = 0; i < length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) {
      markup++;
      if (markup > MAX_MARKUP) {
        throw new InputError(
          `more than ${MAX_MARKUP} emphasis and bracket characters (*_~[]); a handoff is prose and lists`,
          { file, line: lineAt(markdown, i) },
          "document/markup"
        );
      }
    } else if (c === 96 || c === 60 || c === 124) {
      nodes++;
      if (nodes > MAX_MARKUP) {
        throw new InputError(
          `more than ${MAX_MARKUP} code, tag and table characters (\`<|); a handoff is prose and lists`,
          { file, line: lineAt(markdown, i) },
          "document/markup"
        );
      }
    }
  }
}
function withinBudgetsAtAGlance(markdown) {
  return markdown.length < MAX_LINES && markdown.length < MAX_BLOCK_MARKERS && markdown.length < MAX_MARKUP && !CONFLICT_START.test(markdown) && !DEEP_LINE_START.test(markdown);
}
var CONFLICT_START = /^<{7}/m;
var NESTING_RUN = Math.floor(MAX_NESTING / 2);
var DEEP_LINE_START = new RegExp(`^[\\t >*+\\-0-9.)]{${NESTING_RUN}}`, "m");
function fenceLineBody(text, start, end) {
  let at2 = start;
  while (at2 < end && at2 - start < 3 && text.charCodeAt(at2) === 32) at2++;
  const c = text.charCodeAt(at2);
  return c === 96 || c === 126 ? text.slice(at2, end) : void 0;
}
function indentColumns(text, start, end) {
  let column = 0;
  for (let at2 = start; at2 < end; at2++) {
    const c = text.charCodeAt(at2);
    if (c === 32) column++;
    else if (c === 9) column += 4 - column % 4;
    else if (c !== 13) return column;
  }
  return -1;
}
function followItems(items, text, start, end, indent) {
  while (items.length > 0 && items[items.length - 1] > indent) items.pop();
  let at2 = start;
  while (at2 < end && (text.charCodeAt(at2) === 32 || text.charCodeAt(at2) === 9)) at2++;
  const marker = listMarker(text.slice(at2, Math.min(end, at2 + 12)));
  if (!marker) return;
  let spaces = 0;
  while (at2 + marker.width + spaces < end && text.charCodeAt(at2 + marker.width + spaces) === 32) spaces++;
  items.push(indent + marker.width + (spaces >= 1 && spaces <= 4 ? spaces : 1));
}
function conflictMarkerAt(text, start, end, char) {
  let at2 = start;
  while (at2 < end && text[at2] === char) at2++;
  if (at2 - start < 7) return false;
  const after = text.charCodeAt(at2);
  return at2 === end || after === 32 || after === 9 || after === 13;
}
function splitMarkerAt(text, start, end) {
  let at2 = start;
  while (at2 < end && text.charCodeAt(at2) === 61) at2++;
  return at2 - start >= 7 && (at2 === end || at2 + 1 === end && text.charCodeAt(at2) === 13);
}
function lineAt(text, index) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function nestingAt(text, start, end, counted) {
  let markers = 0;
  let indent = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (markers === 0) indent++;
    } else if (c === 9) {
      if (markers === 0) indent += 4;
    } else if (c === 62) markers++;
    else if ((c === 45 || c === 42 || c === 43) && (i + 1 === end || isSpaceCode(text.charCodeAt(i + 1))))
      markers++;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) && (j + 1 === end || isSpaceCode(text.charCodeAt(j + 1)))) {
        markers++;
        i = j;
      } else break;
    } else break;
    i++;
  }
  counted.count += markers;
  return markers === 0 ? 0 : markers + Math.floor(indent / 2);
}
function isSpaceCode(c) {
  return c === 32 || c === 9;
}
function paragraphLike(leaf) {
  return leaf?.node.type === "paragraph" || leaf?.node.type === "definition";
}
var BLOCK_TAGS = new Set(
  "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul".split(" ")
);
var DEFINITION_TITLE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))[ \t]*$/;
var RAW_TAGS = /^<(?:script|pre|style|textarea)(?=[\s>]|$)/i;
var TAG_OPEN = /^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;
var TAG_CLOSE = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
var BlockScanner = class {
  constructor(definitions, sink, file) {
    this.sink = sink;
    this.inline = new InlineParser(definitions, file);
  }
  sink;
  /** The top-level block still open (at most one child). */
  root = { type: "root", children: [] };
  stack = [];
  leaf;
  inline;
  /** The definitions met (the first pass's answer). */
  found = /* @__PURE__ */ new Set();
  /** The run of definitions just read: its first line and its last. */
  definitions;
  /** Adds a block to a container, or as the next top-level block (handing over the previous one). */
  addChild(parent, node) {
    if (parent === this.root) this.flushTopLevel();
    parent.children.push(node);
  }
  flushTopLevel() {
    const done = this.root.children.pop();
    if (done && this.sink) this.sink(finishBlock(done, this.inline));
  }
  scan(source) {
    let lineNo = 0;
    let start = 0;
    while (start < source.length) {
      let end = source.indexOf("\n", start);
      if (end === -1) end = source.length;
      lineNo++;
      this.line(expandTabs(source.slice(start, end)), lineNo);
      start = end + 1;
    }
    this.closeLeaf();
  }
  parentNode() {
    const top = this.stack[this.stack.length - 1];
    return top ? top.node : this.root;
  }
  line(text, lineNo) {
    let pos = 0;
    let matched = 0;
    const blank = isBlank(text);
    let spacesEnd = -1;
    const spacesFrom = (from) => {
      if (spacesEnd < from) spacesEnd = from + indentAt(text, from);
      return spacesEnd - from;
    };
    for (const frame of this.stack) {
      if (frame.kind === "quote") {
        const indent2 = spacesFrom(pos);
        if (indent2 < 4 && text.charCodeAt(pos + indent2) === 62) {
          pos += indent2 + 1;
          if (text.charCodeAt(pos) === 32) pos++;
          matched++;
          continue;
        }
        break;
      }
      if (blank) {
        if (frame.startedBlank && frame.node.children.length === 0 && frame.lines > 0) break;
        matched++;
        continue;
      }
      const indent = spacesFrom(pos);
      if (indent >= frame.contentIndent - pos) {
        pos = frame.contentIndent;
        matched++;
        continue;
      }
      break;
    }
    for (let i = 0; i < matched; i++) {
      const frame = this.stack[i];
      if (frame.kind === "item") frame.lines++;
    }
    const rest = text.slice(pos);
    if (matched === this.stack.length && this.leaf) {
      if (this.leaf.fence) {
        if (this.continueFence(rest)) return;
      } else if (this.leaf.htmlEnd !== void 0) {
        this.continueHtml(rest, blank);
        return;
      }
    }
    if (matched < this.stack.length && !blank && paragraphLike(this.leaf) && !this.startsBlock(rest, true)) {
      if (this.leaf?.node.type === "paragraph") this.leaf.node.raw.push(rest.trimStart());
      else this.leafLine(rest.trimStart(), lineNo, false);
      return;
    }
    let lazy = matched < this.stack.length;
    if (matched < this.stack.length) {
      this.closeLeaf();
      this.stack.length = matched;
    }
    const interrupting = paragraphLike(this.leaf) || this.leaf?.pendingBlank !== void 0;
    let cursor = rest;
    let column = pos;
    for (; ; ) {
      const indent = indentAt(cursor, 0);
      if (indent >= 4) break;
      const afterIndent = cursor.slice(indent);
      if (afterIndent.charCodeAt(0) === 62) {
        this.closeLeaf();
        const node = { type: "blockquote", children: [], position: at(lineNo) };
        this.addChild(this.parentNode(), node);
        this.stack.push({ kind: "quote", node });
        lazy = false;
        let skip = indent + 1;
        if (cursor.charCodeAt(skip) === 32) skip++;
        column += skip;
        cursor = cursor.slice(skip);
        continue;
      }
      const marker = listMarker(afterIndent);
      if (!marker || this.breaksAt(rest, cursor)) break;
      const afterMarker = afterIndent.slice(marker.width);
      if (interrupting && (isBlank(afterMarker) || !marker.interrupts)) break;
      if (this.setextDepth(cursor) !== void 0) break;
      this.closeLeaf();
      const spaces = indentAt(afterMarker, 0);
      const blankItem = isBlank(afterMarker);
      const gap = blankItem || spaces > 4 ? 1 : spaces;
      const contentIndent = column + indent + marker.width + gap;
      const parent = this.parentNode();
      const last = parent.children[parent.children.length - 1];
      let list;
      if (last?.type === "list" && last.marker === marker.char) {
        list = last;
      } else {
        list = {
          type: "list",
          ordered: marker.ordered,
          start: marker.ordered ? marker.start : null,
          spread: false,
          children: [],
          position: at(lineNo)
        };
        list.marker = marker.char;
        this.addChild(parent, list);
      }
      const item2 = {
        type: "listItem",
        spread: false,
        checked: null,
        children: [],
        position: at(lineNo)
      };
      list.children.push(item2);
      this.stack.push({ kind: "item", node: item2, list, contentIndent, startedBlank: blankItem, lines: 1 });
      lazy = false;
      column = contentIndent;
      cursor = blankItem ? "" : afterMarker.slice(gap);
      if (blankItem) break;
    }
    this.leafLine(cursor, lineNo, lazy);
  }
  leafLine(text, lineNo, lazy) {
    const blank = isBlank(text);
    if (blank) {
      if (this.leaf?.pendingBlank !== void 0) {
        this.leaf.pendingBlank++;
        return;
      }
      this.closeLeaf();
      return;
    }
    const indent = indentAt(text, 0);
    const paragraph = this.leaf?.node.type === "paragraph" ? this.leaf.node : void 0;
    if (indent >= 4 && !paragraphLike(this.leaf)) {
      const code = this.leaf?.pendingBlank !== void 0 ? this.leaf.node : void 0;
      if (code) {
        const held = this.leaf?.pendingBlank ?? 0;
        code.value += `${"\n".repeat(held)}
${text.slice(4)}`;
        this.leaf.pendingBlank = 0;
        return;
      }
      this.closeLeaf();
      const node2 = { type: "code", lang: null, meta: null, value: text.slice(4), position: at(lineNo) };
      this.push(node2);
      if (!lazy) this.leaf = { node: node2, pendingBlank: 0 };
      return;
    }
    if (this.leaf?.pendingBlank !== void 0) this.closeLeaf();
    const body = text.slice(indent);
    const first = body.charCodeAt(0);
    if (this.leaf?.node.type === "definition" && !this.leaf.titled && DEFINITION_TITLE.test(body)) {
      this.leaf.titled = true;
      if (this.definitions) this.definitions.line = lineNo;
      return;
    }
    if (paragraph) {
      const setext = this.setextDepth(text);
      if (setext !== void 0) {
        this.leaf = void 0;
        this.toHeading(paragraph, setext);
        return;
      }
      const table = this.leaf?.node.type === "paragraph" ? this.tableStart(paragraph, text, lineNo) : false;
      if (table) return;
    }
    if (this.leaf?.node.type === "table") {
      if (!this.startsBlock(text, false)) {
        this.leaf.node.rawRows.push(text);
        return;
      }
    }
    if (first === 35) {
      const heading = atxHeading(body);
      if (heading) {
        this.closeLeaf();
        const node2 = {
          type: "heading",
          depth: heading.depth,
          children: [],
          raw: heading.text,
          position: at(lineNo)
        };
        this.push(node2);
        return;
      }
    }
    if (isThematicBreak(text)) {
      this.closeLeaf();
      this.push({ type: "thematicBreak", position: at(lineNo) });
      return;
    }
    if (first === 96 || first === 126) {
      const fence = fenceOpening(body);
      if (fence) {
        this.closeLeaf();
        const info = fence.info.trim();
        const node2 = {
          type: "code",
          lang: info === "" ? null : info.split(/\s/)[0] ?? null,
          meta: null,
          value: "",
          position: at(lineNo)
        };
        this.push(node2);
        this.leaf = {
          node: node2,
          fence: { char: fence.char, length: fence.length, indent }
        };
        node2.lines = [];
        return;
      }
    }
    if (first === 60) {
      const end = htmlBlockEnd(body, paragraphLike(this.leaf));
      if (end !== void 0) {
        this.closeLeaf();
        const node2 = { type: "html", value: text, position: at(lineNo) };
        this.push(node2);
        if (end !== "" && body.includes(end, 1)) return;
        this.leaf = { node: node2, htmlEnd: end };
        return;
      }
    }
    if (paragraph) {
      paragraph.raw.push(body);
      return;
    }
    if (first === 91 && this.definition(body, lineNo)) return;
    this.closeLeaf();
    const node = { type: "paragraph", children: [], raw: [body], position: at(lineNo) };
    if (this.definitions?.line === lineNo - 1) node.contentStart = this.definitions.start;
    this.push(node);
    this.leaf = { node };
  }
  push(node) {
    this.addChild(this.parentNode(), node);
  }
  continueFence(text) {
    const leaf = this.leaf;
    const fence = leaf.fence;
    const node = leaf.node;
    const indent = indentAt(text, 0);
    if (indent < 4 && closesFence(text.slice(indent), fence)) {
      this.closeLeaf();
      return true;
    }
    node.lines.push(text.slice(Math.min(fence.indent, indent)));
    return true;
  }
  continueHtml(text, blank) {
    const leaf = this.leaf;
    const node = leaf.node;
    if (leaf.htmlEnd === "") {
      if (blank) {
        this.closeLeaf();
        return;
      }
      node.value += `
${text}`;
      return;
    }
    node.value += `
${text}`;
    if (text.includes(leaf.htmlEnd)) this.closeLeaf();
  }
  /** `---`/`===` under a paragraph, in the same container. */
  /**
   * Whether `line` from its suffix `cursor` on is a thematic break, from the line's reach for each
   * character, found once per line: each list marker on a line asks again of what follows it, and
   * 60 markers before a 4 MB run of `-` scanned it 60 times (2.5 s).
   */
  breaksAt(line, cursor) {
    return thematicBreakAt(line, line.length - cursor.length, (char) => {
      let reach = this.breakReach;
      if (reach?.line !== line || reach.char !== char) {
        reach = { line, ...breakReachOf(line, char) };
        this.breakReach = reach;
      }
      return reach;
    });
  }
  breakReach;
  setextDepth(text) {
    if (this.leaf?.node.type !== "paragraph") return void 0;
    const match = /^ {0,3}(=+|-+)[ \t]*$/.exec(text);
    if (!match) return void 0;
    return (match[1] ?? "").startsWith("=") ? 1 : 2;
  }
  toHeading(paragraph, depth) {
    const parent = this.parentNode();
    const index = parent.children.lastIndexOf(paragraph);
    const raw = paragraph.raw.join("\n");
    const heading = {
      type: "heading",
      depth,
      children: [],
      raw,
      position: paragraph.contentStart === void 0 ? paragraph.position : at(paragraph.contentStart)
    };
    parent.children[index] = heading;
  }
  /** A GFM table: the paragraph's last line is the header row, this line the delimiter row. */
  tableStart(paragraph, text, lineNo) {
    if (!text.includes("-")) return false;
    const delimiter = splitCells(text.trim());
    if (delimiter.length === 0 || !delimiter.every((cell) => /^:?-+:?$/.test(cell.trim()))) return false;
    if (!text.includes("|") && delimiter.length === 1 && !text.includes(":")) return false;
    const header2 = paragraph.raw[paragraph.raw.length - 1];
    if (splitCells(header2.trim()).length !== delimiter.length) return false;
    const parent = this.parentNode();
    const table = {
      type: "table",
      align: delimiter.map(() => null),
      children: [],
      rawRows: [header2],
      position: at(lineNo - 1)
    };
    paragraph.raw.pop();
    if (paragraph.raw.length === 0) {
      const index = parent.children.lastIndexOf(paragraph);
      parent.children.splice(index, 1);
    }
    this.addChild(parent, table);
    this.leaf = { node: table };
    return true;
  }
  /** Would this line start a block that interrupts a paragraph (or ends a table)? */
  startsBlock(text, lazy) {
    const indent = indentAt(text, 0);
    if (indent >= 4) return false;
    const body = text.slice(indent);
    const first = body.charCodeAt(0);
    if (first === 62) return true;
    if (first === 35 && atxHeading(body)) return true;
    if (isThematicBreak(text)) return true;
    if ((first === 96 || first === 126) && /^(`{3,}|~{3,})/.test(body)) return true;
    if (first === 60 && htmlBlockEnd(body, true) !== void 0) return true;
    const marker = listMarker(body);
    if (marker) {
      if (lazy) return true;
      const after = body.slice(marker.width);
      if (!isBlank(after) && marker.interrupts) return true;
    }
    return false;
  }
  definition(body, lineNo) {
    const match = /^\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+("[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/.exec(
      body
    );
    if (!match || (match[1] ?? "").trim() === "") return false;
    this.closeLeaf();
    const label = normaliseReference(match[1] ?? "");
    this.found.add(label);
    const start = this.definitions?.line === lineNo - 1 ? this.definitions.start : lineNo;
    this.definitions = { start, line: lineNo };
    const node = {
      type: "definition",
      identifier: label,
      label: match[1] ?? "",
      url: "",
      title: null,
      position: at(lineNo)
    };
    this.push(node);
    this.leaf = { node, titled: match[3] !== void 0 };
    return true;
  }
  closeLeaf() {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = void 0;
    if (leaf.fence) {
      const node = leaf.node;
      node.value = (node.lines ?? []).join("\n");
      delete node.lines;
    }
  }
  finish() {
    this.closeLeaf();
    this.stack.length = 0;
    this.flushTopLevel();
  }
};
function at(line) {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}
function expandTabs(line) {
  if (!line.includes("	")) return line;
  let out = "";
  let column = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === "	") {
      const width = 4 - column % 4;
      out += " ".repeat(width);
      column += width;
    } else if (c === " " || c === ">" || c === "-" || c === "*" || c === "+") {
      out += c;
      column++;
    } else break;
  }
  return out + line.slice(i);
}
function isThematicBreak(text) {
  return thematicBreakAt(text, 0, (char) => breakReachOf(text, char));
}
function breakReachOf(line, char) {
  let seen = 0;
  let third = -1;
  let i = line.length - 1;
  for (; i >= 0; i--) {
    const d = line[i];
    if (d === char) {
      if (++seen === 3) third = i;
    } else if (d !== " " && d !== "	") break;
  }
  return { char, after: i, third };
}
function thematicBreakAt(line, from, reachOf) {
  const at2 = from + indentAt(line, from);
  if (at2 - from >= 4) return false;
  const c = line[at2];
  if (c !== "-" && c !== "*" && c !== "_") return false;
  const { after, third } = reachOf(c);
  return at2 > after && at2 <= third;
}
function htmlBlockEnd(body, paragraphOpen) {
  if (body.startsWith("<!--")) return "-->";
  if (RAW_TAGS.test(body)) {
    const name = /^<([a-z]+)/i.exec(body)?.[1]?.toLowerCase() ?? "";
    return `</${name}>`;
  }
  if (body.startsWith("<?")) return "?>";
  if (body.startsWith("<![CDATA[")) return "]]>";
  if (/^<![A-Za-z]/.test(body)) return ">";
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(body);
  if (tag && BLOCK_TAGS.has((tag[1] ?? "").toLowerCase())) return "";
  if (paragraphOpen) return void 0;
  TAG_OPEN.lastIndex = 0;
  TAG_CLOSE.lastIndex = 0;
  const open3 = TAG_OPEN.exec(body) ?? TAG_CLOSE.exec(body);
  if (open3 && isBlank(body.slice(open3[0].length))) {
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(body)?.[1]?.toLowerCase();
    if (name && !/^(?:script|pre|style|textarea)$/.test(name)) return "";
  }
  return void 0;
}
function splitCells(row) {
  const cells = [];
  let current = "";
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === "\\" && row[i + 1] === "|") {
      current += "|";
      i++;
    } else if (c === "|") {
      cells.push(current);
      current = "";
    } else current += c;
  }
  cells.push(current);
  if (row.startsWith("|")) cells.shift();
  if (row.endsWith("|") && !row.endsWith("\\|") && cells.length > 0) cells.pop();
  return cells;
}
function normaliseReference(label) {
  return label.replace(/[ \t\r\n]+/g, " ").trim().toLowerCase().toUpperCase();
}
function readableSource(markdown, file) {
  const text = markdown.charCodeAt(0) === 65279 ? markdown.slice(1) : markdown;
  const source = text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
  assertReadableHandoff(source, file);
  return source;
}
function scanBlocks(source, sink, file) {
  let definitions = /* @__PURE__ */ new Set();
  if (/^[ >]*\[[^\n]*\]:/m.test(source)) {
    const first = new BlockScanner(definitions, void 0, file);
    first.scan(source);
    first.finish();
    definitions = first.found;
  }
  const scanner = new BlockScanner(definitions, sink, file);
  scanner.scan(source);
  scanner.finish();
}
function finishBlock(block, inline) {
  const pending = [block];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.type === "paragraph") {
      const raw = node.raw;
      if (raw) {
        const text = trimEndOf(raw.join("\n"), " 	");
        if (TASK_CHECK.test(text)) opensWithCheck.add(node);
        node.children = inline.parse(text, node.position?.start.line);
        node.raw = void 0;
      }
    } else if (node.type === "heading") {
      const raw = node.raw;
      if (raw !== void 0) node.children = inline.parse(raw.trim(), node.position?.start.line);
    } else if (node.type === "table") {
      const rows = node.rawRows;
      node.children = rows.map(
        (row) => ({
          type: "tableRow",
          children: splitCells(row.trim()).map(
            (cell) => ({
              type: "tableCell",
              children: inline.parse(cell.trim(), node.position?.start.line)
            })
          )
        })
      );
    } else if (node.type === "list") {
      for (const item2 of node.children) pending.push(...item2.children);
    } else if (node.type === "blockquote") {
      pending.push(...node.children);
    }
  }
  taskItems(block);
  return block;
}
var TASK_CHECK = /^\[([ \txX])\](?=[ \t\n])[ \t]*/;
var opensWithCheck = /* @__PURE__ */ new WeakSet();
function taskItems(block) {
  const pending = [block];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.type === "list") {
      for (const item2 of node.children) {
        const first = item2.children[0];
        const head = first?.type === "paragraph" && opensWithCheck.has(first) ? first.children[0] : void 0;
        if (head?.type === "text") {
          const match = TASK_CHECK.exec(head.value);
          const followed = match && (match[0].length < head.value.length || first?.type === "paragraph" && first.children.length > 1);
          if (match && followed) {
            item2.checked = match[1] === "x" || match[1] === "X";
            head.value = head.value.slice(match[0].length);
          }
        }
        pending.push(...item2.children);
      }
    } else if (node.type === "blockquote") {
      pending.push(...node.children);
    }
  }
}
var ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  rarr: "\u2192",
  larr: "\u2190",
  harr: "\u2194",
  rArr: "\u21D2",
  check: "\u2713",
  times: "\xD7",
  deg: "\xB0",
  middot: "\xB7",
  bull: "\u2022",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  euro: "\u20AC",
  pound: "\xA3",
  sect: "\xA7",
  para: "\xB6",
  plusmn: "\xB1",
  le: "\u2264",
  ge: "\u2265",
  ne: "\u2260"
};
var PUNCTUATION = /[\p{P}\p{S}]/u;
var MAY_HOLD_INLINE_SYNTAX = /[\\\n`*_~[!\]<&]|https?:\/\/|www\./i;
var SPECIAL = [];
for (const c of "\\\n`*_~[!]<&hwHW") SPECIAL[c.charCodeAt(0)] = true;
var WHITESPACE = /\s/u;
var MAX_DESTINATION = 4096;
function classify(text, i) {
  if (i < 0 || i >= text.length) return 1;
  const code = text.codePointAt(i);
  if (code < 128) {
    if (code === 32 || code >= 9 && code <= 13) return 1;
    return isAsciiPunctuation(code) ? 2 : 0;
  }
  const char = code >= 56320 && code <= 57343 && i > 0 ? String.fromCodePoint(text.codePointAt(i - 1)) : String.fromCodePoint(code);
  if (WHITESPACE.test(char)) return 1;
  if (PUNCTUATION.test(char)) return 2;
  return 0;
}
var InlineParser = class {
  constructor(definitions, file) {
    this.definitions = definitions;
    this.file = file;
  }
  definitions;
  file;
  head = { seq: 0 };
  tail = this.head;
  seq = 0;
  text = "";
  brackets = [];
  /**
   * The link openers (`[`, not `![`) held at `brackets[k]` for k below this are inactive: a link
   * closed over them (CommonMark: no link inside a link). A mark, not a walk over the stack per link:
   * 40,000 open `[` before 20,000 links took 17 s.
   */
  inactiveBelow = 0;
  codeRuns = /* @__PURE__ */ new Map();
  codeCursor = /* @__PURE__ */ new Map();
  lastCloseBracket = -1;
  /**
   * The first `-->` at or after `from` (`at`, -1 for none): one search answers every `<!--` before
   * it. Searched again for each, 40,000 unclosed `<!--` took 17 s.
   */
  commentClose = { from: Number.MAX_SAFE_INTEGER, at: -1 };
  /** How deep each link, image, emphasis and strikethrough node nests others (text: 0). */
  depths = /* @__PURE__ */ new WeakMap();
  /** The line the text being parsed starts on, for the error a hostile one gets. */
  line;
  /**
   * Records how deep `node` nests its `children`; past MAX_NESTING, as for lists and quotes, the
   * document is refused (`document/nesting`). 3,500 nested `*a ... a*` overflowed the stack of every
   * reader of the tree, and an image's alt text was copied again at each of 25,000 levels (3.4 s).
   */
  nest(node, children) {
    let deepest = 0;
    for (const child of children) deepest = Math.max(deepest, this.depths.get(child) ?? 0);
    if (deepest >= MAX_NESTING) {
      throw new InputError(
        `links, images or emphasis nested over ${MAX_NESTING} deep; a handoff may nest ${MAX_NESTING} at most`,
        {
          ...this.file === void 0 ? {} : { file: this.file },
          ...this.line === void 0 ? {} : { line: this.line }
        },
        "document/nesting"
      );
    }
    this.depths.set(node, deepest + 1);
  }
  parse(text, line) {
    if (!MAY_HOLD_INLINE_SYNTAX.test(text)) return text === "" ? [] : [{ type: "text", value: text }];
    this.text = text;
    this.line = line;
    this.seq = 0;
    this.head = { seq: 0 };
    this.tail = this.head;
    this.brackets = [];
    this.inactiveBelow = 0;
    this.commentClose = { from: Number.MAX_SAFE_INTEGER, at: -1 };
    this.indexCodeRuns();
    let parts = [];
    let runStart = 0;
    const closeRun = (at2) => {
      if (at2 > runStart) parts.push(text.slice(runStart, at2));
    };
    const flush = (at2) => {
      closeRun(at2);
      if (parts.length > 0) {
        const value = parts.length === 1 ? parts[0] : parts.join("");
        if (value !== "") this.appendText(value);
      }
      parts = [];
    };
    let i = 0;
    const n = text.length;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (!SPECIAL[code]) {
        i++;
        continue;
      }
      const c = text[i];
      if (c === "\\") {
        const next = text[i + 1];
        if (next === "\n") {
          flush(i);
          this.append({ node: { type: "break" } });
          i = skipSpaces(text, i + 2);
          runStart = i;
          continue;
        }
        if (next !== void 0 && isAsciiPunctuation(next.charCodeAt(0))) {
          closeRun(i);
          parts.push(next);
          i += 2;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === "\n") {
        let spaces = 0;
        while (i - spaces - 1 >= runStart && text[i - spaces - 1] === " ") spaces++;
        if (spaces >= 2) {
          flush(i - spaces);
          this.append({ node: { type: "break" } });
        } else {
          closeRun(i - spaces);
          parts.push("\n");
        }
        i = skipSpaces(text, i + 1);
        runStart = i;
        continue;
      }
      if (c === "`") {
        let run2 = 1;
        while (text[i + run2] === "`") run2++;
        const close = this.codeCloser(run2, i + run2);
        if (close === void 0) {
          i += run2;
          continue;
        }
        flush(i);
        let value = text.slice(i + run2, close);
        if (/^[ \n].*[ \n]$/s.test(value) && !/^[ \n]*$/.test(value)) value = value.slice(1, -1);
        this.append({ node: { type: "inlineCode", value } });
        i = close + run2;
        runStart = i;
        continue;
      }
      if (c === "*" || c === "_" || c === "~") {
        let run2 = 1;
        while (text[i + run2] === c) run2++;
        if (c === "~" && run2 > 2) {
          i += run2;
          continue;
        }
        const before = classify(text, i - 1);
        const after = classify(text, i + run2);
        let canOpen;
        let canClose;
        if (c === "~") {
          canOpen = after === 0 || after === 2 && before !== 0;
          canClose = before === 0 || before === 2 && after !== 0;
        } else {
          const open3 = after === 0 || after === 2 && before !== 0;
          const close = before === 0 || before === 2 && after !== 0;
          canOpen = c === "*" ? open3 : open3 && (before !== 0 || !close);
          canClose = c === "*" ? close : close && (after !== 0 || !open3);
        }
        if (!canOpen && !canClose) {
          i += run2;
          continue;
        }
        flush(i);
        this.append({
          node: { type: "text", value: text.slice(i, i + run2) },
          delim: { char: c, count: run2, original: run2, canOpen, canClose }
        });
        i += run2;
        runStart = i;
        continue;
      }
      if (c === "[" || c === "!" && text[i + 1] === "[") {
        const image = c === "!";
        const width = image ? 2 : 1;
        if (i > this.lastCloseBracket) {
          i += width;
          continue;
        }
        flush(i);
        const piece = {
          node: { type: "text", value: image ? "![" : "[" },
          bracket: { image, start: i + width },
          seq: 0
        };
        this.append(piece);
        this.brackets.push(piece);
        i += width;
        runStart = i;
        continue;
      }
      if (c === "]") {
        if (this.brackets.length === 0) {
          i++;
          continue;
        }
        flush(i);
        runStart = i;
        const end = this.closeBracket(i);
        if (end !== void 0) {
          i = end;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === "<") {
        const window = text.slice(i, i + 2048);
        const auto = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/.exec(window);
        const mail = auto ? void 0 : /^<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/.exec(
          window
        );
        const found = auto ?? mail;
        if (found) {
          flush(i);
          const target = found[1];
          this.append({
            node: {
              type: "link",
              url: mail ? `mailto:${target}` : target,
              title: null,
              children: [{ type: "text", value: target }]
            }
          });
          i += found[0].length;
          runStart = i;
          continue;
        }
        const html = text.startsWith("<!--", i) ? this.commentEnd(i) : inlineHtml(text, i);
        if (html !== void 0) {
          flush(i);
          this.append({ node: { type: "html", value: text.slice(i, html) } });
          i = html;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === "&") {
        const entity = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/.exec(
          text.slice(i, i + 40)
        );
        if (entity) {
          const decoded = entity[1] ? codePoint(Number.parseInt(entity[1], 16)) : entity[2] ? codePoint(Number(entity[2])) : ENTITIES[entity[3]];
          if (decoded !== void 0) {
            closeRun(i);
            parts.push(decoded);
            i += entity[0].length;
            runStart = i;
            continue;
          }
        }
        i++;
        continue;
      }
      if (literalAutolinkAllowed(text, i)) {
        const end = literalAutolinkEnd(text, i);
        if (end !== void 0) {
          i = end;
          continue;
        }
      }
      i++;
    }
    flush(n);
    this.processEmphasis(void 0);
    const nodes = [];
    for (let piece = this.head.next; piece; piece = piece.next) {
      if (piece.node) nodes.push(piece.node);
    }
    return mergeTexts(nodes);
  }
  /** Text joins the plain text before it, so failed brackets and the like do not pile up pieces. */
  appendText(value) {
    const tail = this.tail;
    if (tail !== this.head && tail.node?.type === "text" && !tail.delim && !tail.bracket) {
      tail.node = { type: "text", value: tail.node.value + value };
      return;
    }
    this.append({ node: { type: "text", value } });
  }
  append(input) {
    const piece = input;
    piece.seq = ++this.seq;
    piece.prev = this.tail;
    this.tail.next = piece;
    this.tail = piece;
  }
  indexCodeRuns() {
    this.lastCloseBracket = this.text.lastIndexOf("]");
    this.codeRuns = /* @__PURE__ */ new Map();
    this.codeCursor = /* @__PURE__ */ new Map();
    const text = this.text;
    for (let i = text.indexOf("`"); i !== -1; ) {
      let run2 = 1;
      while (text[i + run2] === "`") run2++;
      const list = this.codeRuns.get(run2) ?? [];
      list.push(i);
      this.codeRuns.set(run2, list);
      i = text.indexOf("`", i + run2);
    }
  }
  /** Start of the next backtick run of exactly `run` after `from`, in amortised constant time. */
  codeCloser(run2, from) {
    const list = this.codeRuns.get(run2);
    if (!list) return void 0;
    let cursor = this.codeCursor.get(run2) ?? 0;
    while (cursor < list.length && list[cursor] < from) cursor++;
    this.codeCursor.set(run2, cursor);
    return list[cursor];
  }
  /** The end of the HTML comment `<!--` opens at i (after its `-->`), or undefined when none closes it. */
  commentEnd(i) {
    const from = i + 4;
    const known = this.commentClose;
    if (from < known.from || known.at !== -1 && known.at < from) {
      known.from = from;
      known.at = this.text.indexOf("-->", from);
    }
    return known.at === -1 ? void 0 : known.at + 3;
  }
  /** `]` at i: a link or image when an open bracket and a destination or reference follow. */
  closeBracket(i) {
    const opener = this.brackets.pop();
    if (!opener?.bracket) return void 0;
    const index = this.brackets.length;
    const active = opener.bracket.image || index >= this.inactiveBelow;
    this.inactiveBelow = Math.min(this.inactiveBelow, index);
    if (!active) return void 0;
    const text = this.text;
    const label = text.slice(opener.bracket.start, i);
    let end;
    let url = "";
    let reference = false;
    if (text[i + 1] === "(") {
      const resource = linkResource(text, i + 2);
      if (resource) {
        end = resource.end;
        url = resource.url;
      }
    }
    if (end === void 0) {
      const ref = /^\[((?:[^\\[\]]|\\.){0,999})\]/.exec(text.slice(i + 1, i + 1 + 1002));
      if (ref && (ref[1] ?? "").trim() !== "" && this.definitions.has(normaliseReference(ref[1] ?? ""))) {
        end = i + 1 + ref[0].length;
        reference = true;
      } else if (
        // The limit first: normalising a long label at every `]` made nested brackets quadratic
        // (49,900 `[` and as many `a]`, inside every budget, took 54 s).
        label.length <= 999 && label.trim() !== "" && this.definitions.has(normaliseReference(label))
      ) {
        end = ref && (ref[1] ?? "") === "" ? i + 3 : i + 1;
        reference = true;
      }
    }
    if (end === void 0) return void 0;
    this.processEmphasis(opener);
    const children = [];
    for (let piece = opener.next; piece; piece = piece.next) if (piece.node) children.push(piece.node);
    const merged = mergeTexts(children);
    let node;
    if (opener.bracket.image) {
      const alt = merged.map(textOf).join("");
      node = reference ? { type: "imageReference", identifier: "", label: "", referenceType: "full", alt } : { type: "image", url, title: null, alt };
    } else {
      node = reference ? { type: "linkReference", identifier: "", label: "", referenceType: "full", children: merged } : { type: "link", url, title: null, children: merged };
      this.inactiveBelow = this.brackets.length;
    }
    this.nest(node, merged);
    opener.node = node;
    opener.bracket = void 0;
    opener.next = void 0;
    this.tail = opener;
    return end;
  }
  /**
   * The CommonMark delimiter algorithm over the runs after `bottom` (exclusive), with a floor per
   * kind of closer so each run is looked at a bounded number of times: linear overall.
   */
  processEmphasis(bottom) {
    const start = bottom ?? this.head;
    const floors = /* @__PURE__ */ new Map();
    let closer = start.next;
    while (closer) {
      const d = closer.delim;
      if (!d?.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${d.char}${d.canOpen ? 1 : 0}${d.original % 3}${d.char === "~" ? d.count : ""}`;
      const floor = Math.max(floors.get(key) ?? start.seq, start.seq);
      let opener = closer.prev;
      let found;
      while (opener && opener.seq > floor) {
        const o2 = opener.delim;
        if (o2?.canOpen && o2.char === d.char) {
          if (d.char === "~") {
            if (o2.count === d.count) {
              found = opener;
              break;
            }
          } else {
            const oddMatch = (o2.canClose || d.canOpen) && (o2.original + d.original) % 3 === 0 && (o2.original % 3 !== 0 || d.original % 3 !== 0);
            if (!oddMatch) {
              found = opener;
              break;
            }
          }
        }
        opener = opener.prev;
      }
      if (!found) {
        floors.set(key, (closer.prev ?? start).seq);
        const next = closer.next;
        if (!d.canOpen) closer.delim = void 0;
        closer = next;
        continue;
      }
      const o = found.delim;
      const use = d.char === "~" ? d.count : o.count >= 2 && d.count >= 2 ? 2 : 1;
      const children = [];
      for (let piece = found.next; piece && piece !== closer; piece = piece.next) {
        if (piece.node) children.push(piece.node);
      }
      const merged = mergeTexts(children);
      const node = d.char === "~" ? { type: "delete", children: merged } : use === 2 ? { type: "strong", children: merged } : { type: "emphasis", children: merged };
      this.nest(node, merged);
      const wrapper = { node, prev: found, next: closer, seq: found.seq };
      found.next = wrapper;
      closer.prev = wrapper;
      o.count -= use;
      d.count -= use;
      setRunText(found);
      setRunText(closer);
      if (o.count === 0) unlink2(this, found);
      if (d.count === 0) {
        const next = closer.next;
        unlink2(this, closer);
        closer = next;
      }
    }
    for (let piece = start.next; piece; piece = piece.next) piece.delim = void 0;
  }
};
function setRunText(piece) {
  const d = piece.delim;
  if (d && piece.node?.type === "text") piece.node = { type: "text", value: d.char.repeat(d.count) };
}
function unlink2(parser, piece) {
  const owner = parser;
  if (piece.prev) piece.prev.next = piece.next;
  if (piece.next) piece.next.prev = piece.prev;
  if (owner.tail === piece && piece.prev) owner.tail = piece.prev;
  piece.delim = void 0;
}
function mergeTexts(nodes) {
  const out = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === "text" && last?.type === "text") {
      out[out.length - 1] = { type: "text", value: last.value + node.value };
    } else if (node.type !== "text" || node.value !== "") out.push(node);
  }
  return out;
}
function textOf(node) {
  if ("value" in node) return node.value;
  if (node.type === "image" || node.type === "imageReference") return node.alt ?? "";
  if ("children" in node) return node.children.map(textOf).join("");
  return "";
}
function skipSpaces(text, i) {
  while (text[i] === " " || text[i] === "	") i++;
  return i;
}
function codePoint(value) {
  if (value === 0 || value > 1114111 || value >= 55296 && value <= 57343) return "\uFFFD";
  return String.fromCodePoint(value);
}
function linkResource(text, from) {
  let i = skipWhitespace(text, from);
  let url = "";
  if (text[i] === "<") {
    const close = text.indexOf(">", i + 1);
    if (close === -1 || close - i > MAX_DESTINATION) return void 0;
    const inside = text.slice(i + 1, close);
    if (/[\n<]/.test(inside.replace(/\\[<>]/g, ""))) return void 0;
    url = inside;
    i = close + 1;
  } else {
    let depth = 0;
    const start = i;
    while (i < text.length && i - start <= MAX_DESTINATION) {
      const c = text[i];
      const code = c.charCodeAt(0);
      if (code <= 32 || code === 127) break;
      if (c === "\\" && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
        i += 2;
        continue;
      }
      if (c === "(") {
        depth++;
        if (depth > 32) return void 0;
      } else if (c === ")") {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    if (i - start > MAX_DESTINATION || depth !== 0) return void 0;
    url = text.slice(start, i);
  }
  const afterDestination = i;
  i = skipWhitespace(text, i);
  if (i > afterDestination && (text[i] === '"' || text[i] === "'" || text[i] === "(")) {
    const closeChar = text[i] === "(" ? ")" : text[i];
    let j = i + 1;
    while (j < text.length && text[j] !== closeChar && j - i <= MAX_DESTINATION) {
      if (text[j] === "\\") j++;
      else if (closeChar === ")" && text[j] === "(") return void 0;
      j++;
    }
    if (text[j] !== closeChar) return void 0;
    i = skipWhitespace(text, j + 1);
  }
  if (text[i] !== ")") return void 0;
  return { end: i + 1, url: decodeDestination(url) };
}
function skipWhitespace(text, i) {
  let lineEndings = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      lineEndings++;
      if (lineEndings > 1) break;
    } else if (c !== " " && c !== "	") break;
    i++;
  }
  return i;
}
function decodeDestination(url) {
  return url.replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(
    /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
    (whole, hex, dec, name) => {
      if (hex) return codePoint(Number.parseInt(hex, 16));
      if (dec) return codePoint(Number(dec));
      return ENTITIES[name] ?? whole;
    }
  );
}
function inlineHtml(text, i) {
  const window = text.slice(i, i + 4096);
  TAG_OPEN.lastIndex = 0;
  TAG_CLOSE.lastIndex = 0;
  const match = TAG_OPEN.exec(window) ?? TAG_CLOSE.exec(window);
  return match ? i + match[0].length : void 0;
}
function literalAutolinkAllowed(text, i) {
  if (i === 0) return true;
  const before = text[i - 1];
  return /[\s(*_~]/.test(before);
}
function literalAutolinkEnd(text, i) {
  const first = text.charCodeAt(i) | 32;
  const second = text.charCodeAt(i + 1) | 32;
  if (first === 104 ? second !== 116 : second !== 119) return void 0;
  const head = text.slice(i, i + 8).toLowerCase();
  let j;
  if (head.startsWith("www.")) j = i + 4;
  else if (head.startsWith("http://")) j = i + 7;
  else if (head.startsWith("https://")) j = i + 8;
  else return void 0;
  const domainStart = j;
  while (j < text.length && /[\p{L}\p{N}_.-]/u.test(text[j])) j++;
  if (j === domainStart) return void 0;
  while (j < text.length && !/[\s<]/.test(text[j])) j++;
  let open3 = 0;
  let close = 0;
  for (let k = i; k < j; k++) {
    if (text[k] === "(") open3++;
    else if (text[k] === ")") close++;
  }
  let end = j;
  for (; ; ) {
    const last = text[end - 1];
    if (/[?!.,:*_~'"]/.test(last)) end--;
    else if (last === ")" && close > open3) {
      end--;
      close--;
    } else break;
    if (end <= domainStart) return void 0;
  }
  return end;
}

// src/core/document/parse.ts
function parseHandoff(markdown, file) {
  return scanHandoff(markdown, file);
}

// src/app/draft.ts
init_errors();

// src/core/input-limits.ts
init_errors();
init_schema_words();
function checkGivenInput(input) {
  const given = {};
  for (const [key2, value] of Object.entries(input)) {
    if (value === "" || value === void 0) continue;
    given[key2] = Array.isArray(value) ? value.filter((item3) => typeof item3 !== "string" || item3.trim() !== "") : value;
  }
  if (draft_input_validator_default(given)) return;
  const error = draft_input_validator_default.errors?.[0];
  const [key = "", item2] = (error?.instancePath ?? "").split("/").slice(1);
  const flag = (key === "decisions" || key === "blockers" ? key.slice(0, -1) : key).replace(
    /[A-Z]/g,
    (letter) => `-${letter.toLowerCase()}`
  );
  const what = `the ${key} (--${flag}${item2 === void 0 ? "" : `, item ${Number(item2) + 1}`})`;
  throw new InputError(
    `${what} ${error === void 0 ? "is invalid" : schemaRuleWords(error)}`,
    {},
    `schema/${error?.keyword ?? "invalid"}`
  );
}

// src/core/agent-session.ts
init_paths();
function draftCommand(program, taskId, agent, open3 = ELEMENT_NAMES, times = ["remaining"]) {
  const slots = [
    ...ELEMENT_NAMES.filter((element) => open3.includes(element)).map((e) => ANSWER_SLOTS[e]),
    ...TIME_FIELDS.filter((field) => times.includes(field)).map((f) => TIME_SLOTS[f])
  ];
  return [`${program} draft --task ${commandWord(taskId)} --agent ${commandWord(agent)}`, ...slots].join(" ");
}

// src/core/lifecycle.ts
init_errors();
init_paths();
init_registry();
init_shell();
var AGENT_ENV = "HANDOFF_AGENT";
function agentFromEnv(env) {
  const value = env[AGENT_ENV];
  return value === void 0 || value === "" ? void 0 : value;
}
var MAX_AGENT_CHARS = 200;
function checkAgentName(name, registry) {
  if (registry !== void 0 && name !== "" && isAgentKey(name) && Object.hasOwn(registry, name)) return;
  let problem;
  if (name === "") problem = "an agent name must not be empty";
  else if (!isAgentKey(name))
    problem = `agent name "${name}" starts with "$", which marks keys that are not agents`;
  else if (name.trim() !== name) problem = `agent name "${name}" starts or ends with blanks`;
  else if (name.length > MAX_AGENT_CHARS)
    problem = `agent name "${name}" is longer than ${MAX_AGENT_CHARS} characters`;
  else if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name))
    problem = "an agent name must not contain line breaks or other control characters";
  else if (isSlot(name)) problem = `agent name "${name}" ${LEFT_AS_PRINTED}: give your agent's name`;
  if (problem) throw new InputError(problem, {}, "registry/agent-name");
}
function checkTaskId(config, taskId, registry) {
  if (/[/\\\0]/.test(taskId) || taskId.trim() === "" || taskId === "." || taskId === "..") {
    throw new InputError(
      `task id "${taskId}" cannot be part of a file name: it is blank, . or .., or holds a / or \\ (or a NUL)`,
      {},
      "registry/task-id"
    );
  }
  if (isSlot(taskId)) {
    throw new InputError(
      `task id "${taskId}" ${LEFT_AS_PRINTED}: give the task's id`,
      {},
      "registry/task-id"
    );
  }
  if (!isTaskId(config, taskId)) {
    const meant = registry === void 0 ? void 0 : meantTask(taskId, agentEntries(registry));
    throw new InputError(
      `task id "${taskId}" does not match the task-id pattern (config key "taskIdPattern": ${config.taskIdPattern})${meant === void 0 ? "" : `: did you mean ${meant}?`}`,
      {},
      "registry/task-id"
    );
  }
  const pathProblem = linkProblem(handoffPath(config, taskId, 999), "handoff path");
  if (pathProblem) throw new InputError(pathProblem, {}, "config/handoff-path");
}

// src/core/package-ranges.ts
function rangeByFolder(range, folders) {
  const packages = new Set(folders);
  const eachPackageOf = (path, inside) => {
    let inPackage = false;
    for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1)) {
      const folder = path.slice(0, slash);
      if (!packages.has(folder)) continue;
      inPackage = true;
      inside(folder, path.slice(slash + 1));
    }
    return inPackage;
  };
  const filesInside = /* @__PURE__ */ new Map();
  const outsideCommits = range.commits.map((commit) => {
    const outside = [];
    for (const file of commit.files) {
      const inPackage = eachPackageOf(file.path, (folder, path) => {
        let byCommit = filesInside.get(folder);
        if (!byCommit) {
          byCommit = /* @__PURE__ */ new Map();
          filesInside.set(folder, byCommit);
        }
        let files = byCommit.get(commit);
        if (!files) {
          files = [];
          byCommit.set(commit, files);
        }
        files.push({ ...file, path });
      });
      if (!inPackage) outside.push(file);
    }
    return outsideView(commit, outside);
  });
  const startOutside = [];
  const startInside = /* @__PURE__ */ new Map();
  for (const path of range.changedAtStart ?? []) {
    const inPackage = eachPackageOf(path, (folder, pathThere) => {
      const paths = startInside.get(folder);
      if (paths) paths.push(pathThere);
      else startInside.set(folder, [pathThere]);
    });
    if (!inPackage) startOutside.push(path);
  }
  const atStart = range.changedAtStart !== void 0;
  const withoutFiles = /* @__PURE__ */ new Map();
  const noFiles = (commit) => {
    let view = withoutFiles.get(commit);
    if (!view) {
      view = isMerge(commit) ? { ...commit, files: [] } : { ...commit, files: [], elsewhere: true };
      withoutFiles.set(commit, view);
    }
    return view;
  };
  return {
    outside: {
      ...range,
      commits: outsideCommits,
      ...atStart ? { changedAtStart: startOutside } : {}
    },
    inside: (folder) => {
      const byCommit = filesInside.get(folder);
      const changedAtStart = atStart ? startInside.get(folder) ?? [] : void 0;
      return {
        ...range,
        commits: range.commits.map((commit) => {
          const files = byCommit?.get(commit);
          return files ? { ...commit, files } : noFiles(commit);
        }),
        ...changedAtStart === void 0 ? {} : { changedAtStart }
      };
    }
  };
}
function outsideFolders(commits, folders) {
  if (folders.length === 0) return [...commits];
  return rangeByFolder({ description: "", head: "", commits: [...commits] }, folders).outside.commits;
}
function outsideView(commit, files) {
  if (files.length === commit.files.length) return commit;
  return files.length === 0 && !isMerge(commit) ? { ...commit, files, elsewhere: true } : { ...commit, files };
}
function isMerge(commit) {
  return commit.parents.length > 1;
}

// src/app/draft.ts
init_paths();
init_registry();
init_reports();
init_shell();

// src/app/finished-tasks.ts
init_git();
init_repo_root();
init_paths();
init_registry();
var MAX_COMMITS_READ = 256;
async function activeAtClaims(query, naming) {
  const found = /* @__PURE__ */ new Map();
  let index = 0;
  for await (const then of activeInEach(
    query,
    naming.map((n) => n.sha)
  )) {
    const { sha, ids } = naming[index++];
    const named = ids.filter((id) => then.has(id));
    if (named.length > 0) found.set(sha, named);
  }
  return found;
}
async function* activeInEach(query, commits) {
  if (commits.length === 0) return;
  const { config, prefix } = query;
  const registryPath2 = normalizeLink(prefix === "" ? config.registry : `${prefix}/${config.registry}`);
  const blobs = query.git.tree.blobsAt ? await query.git.tree.blobsAt(commits, registryPath2) : commits;
  const activeIn = /* @__PURE__ */ new Map();
  for (const [index, commit] of commits.entries()) {
    const blob = blobs[index];
    if (blob === void 0) {
      yield NONE_ACTIVE;
      continue;
    }
    let active = activeIn.get(blob);
    if (!active) {
      active = activeAt(query, commit);
      activeIn.set(blob, active);
    }
    yield await active;
  }
}
var NONE_ACTIVE = /* @__PURE__ */ new Set();
function commitsClaimingOthers(commits, config, entries) {
  const listed = tasksHandedOffIn(commits, config);
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== "" && !isActiveStatus(entry, config)) listed.add(task);
  }
  if (listed.size === 0) return [];
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== "" && listed.has(task) && isActiveStatus(entry, config)) listed.delete(task);
  }
  const naming = [];
  if (listed.size === 0) return naming;
  const pattern = taskIdRegExp(config);
  for (const commit of commits) {
    if (commit.elsewhere) continue;
    const ids = /* @__PURE__ */ new Set();
    const { trailers, lead } = claimPlaces(commit);
    for (const text of [...trailers, ...lead]) {
      for (const match of text.matchAll(pattern)) if (listed.has(match[0])) ids.add(match[0]);
    }
    if (ids.size > 0) naming.push({ sha: commit.sha, ids: [...ids] });
    if (naming.length >= MAX_COMMITS_READ) break;
  }
  return naming;
}
function tasksHandedOffIn(commits, config) {
  const tasks = /* @__PURE__ */ new Set();
  const folders = [config.handoffDir, config.doneHandoffDir].flatMap(
    (dir) => dir === void 0 ? [] : [`${normalizeLink(dir)}/`]
  );
  const name = handoffTaskRegExp(config);
  for (const commit of commits) {
    if (commit.elsewhere) continue;
    for (const { path } of commit.files) {
      if (!folders.some((folder) => path.startsWith(folder))) continue;
      const task = name.exec(path.slice(path.lastIndexOf("/") + 1))?.[1];
      if (task !== void 0) tasks.add(task);
    }
  }
  return tasks;
}
async function firstCommitWithTaskActive(projectRoot, config, commits, taskId, callers) {
  const shas = commits.slice(0, MAX_COMMITS_READ);
  if (shas.length === 0) return void 0;
  const { repoRoot: top, prefix } = await findProjectRoot(projectRoot);
  return GitCommandManager.at(top, callers, async (git) => {
    let index = 0;
    for await (const then of activeInEach({ git, prefix, config }, shas)) {
      if (then.has(taskId)) return index;
      index++;
    }
    return void 0;
  });
}
async function activeAt(query, commit) {
  try {
    const source = scopedSource(revisionSource(query.git, commit), query.prefix);
    const read = await readRegistryFrom(source, query.config, query.values);
    return new Set(activeTasks(read.registry, query.config).map((t) => t.taskId));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
async function tasksActiveAtCommitsIn(projectRoot, config, commits, registry, callers) {
  const naming = commitsClaimingOthers(commits, config, agentEntries(registry));
  if (naming.length === 0) return /* @__PURE__ */ new Map();
  const { repoRoot: top, prefix } = await findProjectRoot(projectRoot);
  return GitCommandManager.at(top, callers, (git) => activeAtClaims({ git, prefix, config }, naming));
}

// src/app/next-push.ts
init_git();

// src/core/pre-push.ts
init_errors();
var ZERO_SHA = /^0+$/;
function planPush(refs, remote, remotesAtUrl = []) {
  const plan = { refs: [], skipped: [] };
  const named = isRemoteName(remote) ? [remote] : remotesAtUrl;
  const remotes = named.length > 0 ? named.map((name) => `--remotes=${name}`) : ["--remotes"];
  const seen = /* @__PURE__ */ new Set();
  for (const ref of refs) {
    if (ZERO_SHA.test(ref.localSha)) {
      plan.skipped.push({ ...ref, why: "deletion" });
      continue;
    }
    if (ref.remoteRef.startsWith("refs/tags/")) {
      plan.skipped.push({ ...ref, why: "tag" });
      continue;
    }
    const key = `${ref.localSha} ${ref.remoteSha} ${ref.remoteRef}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const branch = ref.remoteRef.replace(/^refs\/heads\//, "");
    const isNew = ZERO_SHA.test(ref.remoteSha);
    const revisionArgs = ["--ignore-missing", ref.localSha, "--not", ...remotes];
    if (!isNew) revisionArgs.push(ref.remoteSha);
    plan.refs.push({
      ...ref,
      kind: isNew ? "new" : "update",
      branch,
      revisionArgs,
      description: isNew ? `new branch ${branch}: commits no remote has` : `${ref.remoteSha.slice(0, 7)}..${ref.localSha.slice(0, 7)} \u2192 ${branch}`
    });
  }
  return plan;
}
function isRemoteName(remote) {
  return remote !== "" && !/[:/\\]/.test(remote) && !remote.startsWith(".");
}

// src/app/next-push.ts
var ZERO = "0".repeat(40);
async function newBranchBound(git, documents, head) {
  if (documents === void 0 || documents.length === 0) return void 0;
  const unique2 = [...new Set(documents)];
  const touches = await git.lastTouchingCommits(unique2, head);
  return touches.size === unique2.length ? git.commonAncestor([...new Set(touches.values())]) : void 0;
}
function activeDocuments(judged) {
  const documents = [];
  for (const { folder, workspace } of judged) {
    for (const task of workspace.activeTasks) {
      const linked = workspace.handoffs.get(task.agent);
      if (linked?.kind !== "document") return void 0;
      documents.push(folder === "" ? linked.path : `${folder}/${linked.path}`);
    }
  }
  return documents;
}
async function pushedHandoffsAt(top, head) {
  const root = await readWorkspace(revisionSource(top, head));
  return activeDocuments([{ folder: "", workspace: root }, ...await readPackageWorkspaces(root)]);
}
function pushRemoteOf(config, branch) {
  for (const key of [`branch.${branch}.pushremote`, "remote.pushdefault", `branch.${branch}.remote`]) {
    const remote = config.get(key);
    if (remote !== void 0 && remote !== ".") return remote;
  }
  const remotes = /* @__PURE__ */ new Set();
  for (const key of config.keys()) {
    const found = /^remote\.(.+)\.(?:url|pushurl|fetch)$/.exec(key);
    if (found?.[1] !== void 0) remotes.add(found[1]);
  }
  if (remotes.has("origin")) return "origin";
  const [only] = remotes;
  return remotes.size === 1 ? only : void 0;
}
function pushedBranchOf(config, branch, remote) {
  const mode = config.get("push.default")?.toLowerCase();
  if (mode !== "upstream" && mode !== "tracking") return branch;
  const merge = config.get(`branch.${branch}.merge`);
  return config.get(`branch.${branch}.remote`) === remote && merge?.startsWith("refs/heads/") ? merge.slice("refs/heads/".length) : branch;
}
async function nextPushOf(git, branch, head) {
  const config = await git.configList();
  const remote = pushRemoteOf(config, branch);
  if (remote === void 0 || !isRemoteName(remote)) return void 0;
  const target = pushedBranchOf(config, branch, remote);
  const tracking = `refs/remotes/${remote}/${target}`;
  const remoteSha = await git.firstExisting([tracking]) ? await git.revParse(tracking) : ZERO;
  const plan = planPush(
    [{ localRef: `refs/heads/${branch}`, localSha: head, remoteRef: `refs/heads/${target}`, remoteSha }],
    remote
  );
  return plan.refs[0];
}
var PUSHED_ALONG_LIMIT = 1e3;
async function nextPushCommits(git, push) {
  if (push.branch === void 0) return void 0;
  const head = await git.revParse("HEAD");
  const ref = await nextPushOf(git, push.branch, head);
  if (ref === void 0) return void 0;
  let bound2;
  if (ref.kind === "new") {
    bound2 = await GitCommandManager.at(
      push.topLevel,
      git,
      async (top) => newBranchBound(top, await pushedHandoffsAt(top, head), head)
    );
  }
  const args = [...ref.revisionArgs];
  if (bound2 !== void 0) args.push(bound2);
  return git.logRange([`--max-count=${PUSHED_ALONG_LIMIT}`, ...args], { stats: false });
}

// src/app/main-line.ts
var DEFAULT_BASES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
var MAIN_BRANCHES = ["main", "master", "trunk", "develop"];
function isMainLine(branch) {
  return branch === void 0 || MAIN_BRANCHES.includes(branch);
}
async function otherLines(git, branch) {
  if (isMainLine(branch)) return void 0;
  const mainLine = await git.firstExisting(DEFAULT_BASES);
  if (mainLine === void 0) return void 0;
  const own = (await git.listRemotes()).map((remote) => `--exclude=${remote}/${branch}`);
  return { mainLine, args: [mainLine, ...own, "--remotes"] };
}

// src/app/session-start.ts
async function firstSessionStart(git, branch, taskStarted) {
  const fromDay = taskStarted !== void 0 && /^\d{4}-\d{2}-\d{2}$/.test(taskStarted) ? taskStarted : void 0;
  const others = await otherLines(git, branch);
  if (others === void 0) {
    return { ...fromDay ? { fromDay } : {}, excluded: [], besides: "", cutsSetup: fromDay !== void 0 };
  }
  return {
    ...fromDay ? { fromDay } : {},
    mainLine: others.mainLine,
    excluded: ["--not", ...others.args],
    besides: `, not on ${others.mainLine} nor on another remote branch`,
    cutsSetup: false
  };
}
function sinceDay(day) {
  return `--since=${day} 00:00:00 +0000`;
}
async function setupCommitCount(git, projectRoot, config, commits, input, fromDay) {
  const lead = startDayLead(commits, input, fromDay);
  if (lead.count === 0) return { count: 0, endedBy: "named" };
  const recorded = await firstCommitWithTaskActive(
    projectRoot,
    config,
    commits.slice(0, lead.count).map((commit) => commit.sha),
    input.taskId,
    git
  );
  const count = setupCommitsBefore(lead, recorded);
  return { count, endedBy: recorded === count ? "recorded" : "named" };
}

// src/app/task-handoffs.ts
var import_node_fs6 = require("node:fs");
var import_node_path6 = require("node:path");
init_paths();
init_registry();
async function listTaskHandoffs(repoRoot, config, taskId) {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const dir = handoffPath(config, taskId, 1).split("/").slice(0, -1).join("/");
  const found = [];
  for (const folder of /* @__PURE__ */ new Set([
    dir,
    ...config.doneHandoffDir ? [normalizeLink(config.doneHandoffDir)] : []
  ])) {
    let names;
    try {
      names = (0, import_node_fs6.readdirSync)((0, import_node_path6.join)(repoRoot, ...folder.split("/").filter((s) => s !== "")));
    } catch {
      continue;
    }
    for (const name of names) {
      const session = Number(nameRegExp.exec(name)?.[1] ?? Number.NaN);
      if (Number.isInteger(session))
        found.push({ session, path: folder === "" ? name : `${folder}/${name}` });
    }
  }
  return found.sort((a, b) => a.session - b.session);
}
async function isOthersDraft(registry, agent, path, uncommitted) {
  return linkedBy(registry, path, agent) !== void 0 && await uncommitted(path);
}
async function latestToContinue(repoRoot, config, taskId, registry, agent, uncommitted) {
  const sessions = await listTaskHandoffs(repoRoot, config, taskId);
  for (let i = sessions.length - 1; i >= 0; i--) {
    const session = sessions[i];
    if (!await isOthersDraft(registry, agent, session.path, uncommitted)) return session;
  }
  return void 0;
}

// src/app/draft.ts
var FALLBACK_COMMIT_COUNT = 50;
function planDraft(options) {
  return GitCommandManager.at(options.repoRoot, void 0, async (git) => {
    const plan = await planDraftWith(git, options);
    if (plan.draft.overBudget)
      plan.warnings.push({
        file: (options.shown ?? asInProject)(plan.path),
        message: `the draft has ${plan.draft.words} words, over the ${options.config.wordBudget}-word budget; a short handoff gets read, so trim it`,
        rule: "draft/over-budget"
      });
    return plan;
  });
}
async function planDraftWith(git, options) {
  const { repoRoot, config, taskId, now } = options;
  const shown = options.shown ?? asInProject;
  checkGivenInput({ ...options.input });
  checkDraftAnswers(options.input, options.inputPlaces);
  const statedHours = options.input?.timeSpent === void 0 ? void 0 : timeSpentHours(options.input.timeSpent);
  if (options.input?.remaining !== void 0) checkRemaining(options.input.remaining);
  const notes = options.preview ? [] : await finishInterruptedDrafts(repoRoot, config);
  const { registry } = await readRegistry(repoRoot, config);
  checkTaskId(config, taskId, registry);
  const named = options.agent ?? options.envAgent;
  if (named !== void 0) checkAgentName(named, registry);
  let found;
  try {
    found = findAgent(registry, config, taskId, options.agent, options.envAgent);
  } catch (error) {
    throw await inPackageInstead(error, repoRoot, config, taskId, shown);
  }
  const { agent, entry } = found;
  const registryPatch = {};
  if (!entry) {
    registryPatch.status = "in_progress";
    registryPatch.current_task = taskId;
    registryPatch.task_started = now.toISOString().slice(0, 10);
    notes.push(`Adding agent "${agent}" to the registry, working on ${taskId}.`);
  } else if (!entry.current_task) {
    registryPatch.current_task = taskId;
  }
  const stateOf = async (path2) => await git.hasCommits() ? git.uncommitted(path2) : "clean";
  const uncommitted = async (path2) => await stateOf(path2) !== "clean";
  const previous = await findPreviousHandoff(
    repoRoot,
    config,
    taskId,
    registry,
    agent,
    entry,
    notes,
    uncommitted
  );
  const previousState = previous?.path === void 0 ? "clean" : await stateOf(previous.path);
  const previousUncommitted = previousState !== "clean";
  const committedTemplate = previousState === "clean" && previous?.path !== void 0 && entry?.details_link === previous.path && holdsTemplateText(previous.document) && missingElements(previous.document, config.requiredElements).length > 0 && await lastCommitTouches(git, previous.path);
  if (previous && options.input && (previousState === "new" && holdsTemplateText(previous.document) || committedTemplate)) {
    const plan2 = planFill(
      config,
      previous,
      options.input,
      {
        agent,
        notes,
        registryPatch,
        committed: committedTemplate
      },
      shown,
      options.input.progress === void 0 ? void 0 : await progressBefore(repoRoot, config, taskId, previous.session),
      statedHours === void 0 ? void 0 : {
        hours: statedHours,
        earlier: await readEarlierSessions(repoRoot, config, taskId, previous.session ?? 1)
      },
      options.inputPlaces
    );
    const unread = [
      ...options.tests?.length ? ["--tests"] : [],
      ...options.coverage ? ["--coverage"] : [],
      ...options.from !== void 0 ? ["--from"] : [],
      ...options.to !== void 0 ? ["--to"] : []
    ];
    if (unread.length > 0) {
      plan2.warnings.push({
        file: shown(previous.path),
        message: `${unread.join(", ")} not read: filling in this session's uncommitted draft keeps the facts it was drafted with (commit it and draft the next session to read reports or another range)`,
        rule: "draft/fill-reports"
      });
    }
    return plan2;
  }
  let session = (previous?.session ?? 0) + 1;
  const isAnotherSession = anotherAgentsSessions(repoRoot, git, registry, taskId, agent);
  const passedOver = [];
  while (await isAnotherSession(handoffPath(config, taskId, session))) {
    passedOver.push(handoffPath(config, taskId, session));
    session++;
  }
  const path = handoffPath(config, taskId, session);
  const pathProblem = linkProblem(path, "handoff path");
  if (pathProblem) throw new InputError(pathProblem, {}, "config/handoff-path");
  const target = await resolveLink(repoRoot, path);
  if (!target.ok) throw new InputError(target.message, { file: path }, target.rule);
  if (target.exists) throw alreadyExists(path);
  registryPatch.details_link = path;
  if (previous?.path && previousUncommitted) {
    throw new InputError(
      "this handoff has changes that are not committed: commit it (the check reads commits, so that is what makes the task fresh), then draft the next session when it ends",
      { file: previous.path },
      "draft/previous-uncommitted"
    );
  }
  const tasks = activeTasks(registry, config);
  const range = await readSessionRange(git, options, previous?.path, entry?.task_started);
  const handoffFiles = handoffFilesByTask(tasks);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, [...links, path], doneArchiveOf(config));
  const taskInput = {
    taskId,
    activeTaskIds: tasks.map((t) => t.taskId),
    handoffFiles,
    taskIds: taskIdRegExp(config),
    ...range.branch === void 0 ? {} : { branch: range.branch },
    ...range.afterHandoff === void 0 ? {} : { handoffPath: range.afterHandoff.path },
    nonWork
  };
  if (range.fromTaskStart) await leaveOutSetup(git, options.repoRoot, config, range, taskInput);
  if (options.from === void 0 && fallbackDecides(range.commits, taskInput)) {
    const push = { branch: range.branch, topLevel: await findRepoRoot(options.repoRoot) };
    const pushed = await nextPushCommits(git, push);
    if (pushed)
      taskInput.nextPush = outsideFolders(pushed, range.packages ?? []).filter((commit) => !commit.elsewhere);
  }
  const activeAtCommit = await tasksActiveAtCommitsIn(repoRoot, config, range.commits, registry, git);
  const taskRange = selectTaskRange(
    range.commits,
    activeAtCommit.size > 0 ? { ...taskInput, activeAtCommit } : taskInput
  );
  const commits = taskRange.work;
  const net = range.head ? await readNetChange(git, range, taskRange, nonWork) : void 0;
  const noise = net ? await readNoise(git, net.files, range.head) : void 0;
  const earlierSessions = await readEarlierSessions(repoRoot, config, taskId, session);
  const warnings = [];
  if (passedOver.length > 0) {
    const one = passedOver.length === 1;
    const them = one ? "it" : "them";
    const unsaved = await unsavedSessions(passedOver, stateOf, shown);
    warnings.push({
      file: passedOver.map(shown).join(", "),
      message: `${one ? "is another agent\u2019s newer session" : "are other agents\u2019 newer sessions"} of ${taskId}${unsaved}, and ${one ? "its" : "their"} open next steps and blockers are not carried over (this draft carries ${previous?.path ? `those of ${shown(previous.path)}` : "none: it has no earlier session to carry them from"}); read ${them} (\`handoff resume --task ${shellWord(taskId)}\`) and pass what still holds with --next and --blocker`,
      rule: "draft/newer-sessions"
    });
  }
  let tests;
  if (options.tests && options.tests.length > 0) {
    const before = previous && recordedTests(previous.document, documentFacts(previous.document).tests);
    const caseResults = needsCaseResults(before);
    const { readTestReports: readTestReports2 } = await reportReaders();
    const read = await readTestReports2(options.tests, repoRoot, { caseResults });
    tests = read.summary;
    warnings.push(...warningsNamed(read.warnings, shown));
  }
  let coverage;
  if (options.coverage) {
    const { readCoverage: readCoverage2 } = await reportReaders();
    const read = await readCoverage2(options.coverage, repoRoot);
    coverage = read.coverage;
    warnings.push(...warningsNamed(read.warnings, shown));
  }
  const asked = options.askAnswers ? await options.askAnswers() : void 0;
  const input = asked ? mergeDraftInputs(options.input ?? {}, asked) : options.input;
  if (asked) checkDraftAnswers(input, options.inputPlaces);
  const answers = input ? toDraftAnswers(input) : void 0;
  if (input?.note !== void 0) registryPatch.brief_note = input.note.trim();
  const status = entry?.status ?? registryPatch.status;
  const composed = composeDraft({
    taskId,
    agent,
    session,
    now,
    ...status ? { status } : {},
    ...previous ? {
      previous: {
        document: previous.document,
        ...previous.session ? { session: previous.session } : {}
      }
    } : {},
    commits,
    merges: taskRange.merges,
    emptyCommits: taskRange.empty,
    ...net ? { net } : {},
    ...noise ? { noise } : {},
    ...options.churn ? { churn: true } : {},
    ...options.timeRule ? { timeRule: options.timeRule } : {},
    ...options.timeZone ? { timeZone: options.timeZone } : {},
    earlierSessions,
    ...statedHours === void 0 ? {} : { statedHours },
    ...tests ? { tests } : {},
    ...coverage ? { coverage } : {},
    sessionGapMs: parseDuration(config.sessionGap),
    wordBudget: config.wordBudget,
    ...answers ? { answers } : {}
  });
  const progressFrom = passedOver.length > 0 ? { ...composed, previousProgress: await progressBefore(repoRoot, config, taskId, session) } : composed;
  const draft2 = input ? applyDraftInput(progressFrom, input, config.wordBudget, options.inputPlaces) : composed;
  if (input) warnings.push(...noneBesideOpenItems(draft2.document, input, shown(path)));
  warnings.push(...timeFieldWarnings(draft2.document, shown(path)));
  const plan = {
    draft: draft2,
    mode: "new",
    agent,
    path,
    session,
    rangeNote: range.note,
    commitCount: commits.length,
    mergeCount: taskRange.merges.length,
    warnings,
    notes,
    registryPatch,
    toFillIn: missingElements(draft2.document, config.requiredElements),
    // Those `--resolved` checked off are settled.
    maybeDone: composed.maybeDone.filter(
      (m) => openNextSteps(draft2.document).some((step) => step.text === m.step)
    )
  };
  if (previous) plan.previousPath = previous.path;
  return plan;
}
function timeFieldWarnings(document, path) {
  return timeFieldsLeftOpen(document).map((field) => ({ file: path, ...TIME_FIELD_LEFT_OPEN[field] }));
}
var TIME_FIELD_LEFT_OPEN = {
  timeSpent: {
    message: "Time Spent is left to fill in (no commits to estimate it from): --time-spent states it, e.g. --time-spent 45m",
    rule: "draft/time-spent"
  },
  remaining: {
    message: "Estimated Remaining is left to fill in: --remaining states it, e.g. --remaining 3h (--progress 100 states 0 hours)",
    rule: "draft/remaining"
  }
};
function noneBesideOpenItems(document, input, path) {
  const lists = [
    {
      answers: input.blockers,
      open: openBlockers(document),
      flag: "--blocker",
      what: "blocker(s)",
      settled: "settled",
      rule: "draft/none-beside-blocker"
    },
    {
      answers: input.next,
      open: openNextSteps(document),
      flag: "--next",
      what: "next step(s)",
      settled: "done",
      rule: "draft/none-beside-step"
    }
  ];
  return lists.flatMap(({ answers, open: listed, flag, what, settled, rule }) => {
    if (!answers?.some(saysNothing)) return [];
    const given = new Set(answers.map(sameItemText));
    const open3 = listed.filter((item2) => !given.has(sameItemText(item2.text)));
    if (open3.length === 0) return [];
    const first = open3[0]?.text ?? "";
    return [
      {
        file: path,
        message: `${flag} None left out: ${open3.length} ${what} are still open ("${first.slice(0, 80)}"${open3.length > 1 ? ", \u2026" : ""}); if one is ${settled}, pass --resolved "<its words>"`,
        rule
      }
    ];
  });
}
async function lastCommitTouches(git, path) {
  const head = await git.headCommit();
  return head !== void 0 && (await git.lastTouchingCommits([path])).get(path) === head;
}
function planFill(config, previous, input, known, shown, previousProgress, stated, placeOf) {
  const filled = fillDraft(previous.document, input, config.wordBudget, previousProgress, stated, placeOf);
  const registryPatch = { details_link: previous.path };
  if (input.note !== void 0) registryPatch.brief_note = input.note.trim();
  return {
    draft: { ...filled, trimmed: [] },
    mode: "fill",
    agent: known.agent,
    path: previous.path,
    session: previous.session ?? 1,
    rangeNote: `the commits it listed when it was drafted (not read again)`,
    commitCount: documentFacts(filled.document).commitShas.length,
    mergeCount: 0,
    warnings: [
      ...noneBesideOpenItems(filled.document, input, shown(previous.path)),
      ...timeFieldWarnings(filled.document, shown(previous.path))
    ],
    notes: [
      ...known.notes,
      known.committed ? `Filled in ${shown(previous.path)}, committed with template text left (the check calls it incomplete): commit it again.` : `Filled in ${shown(previous.path)}, this session's draft, which was not committed yet.`
    ],
    registryPatch: { ...known.registryPatch, ...registryPatch },
    toFillIn: missingElements(filled.document, config.requiredElements),
    maybeDone: []
  };
}
async function writeDraft(repoRoot, config, plan) {
  const { current_task: task } = plan.registryPatch;
  const { registry } = await readRegistry(repoRoot, config);
  checkDraftInputs(config, typeof task === "string" ? task : void 0, plan.agent, registry);
  const [problem] = checkRegistry(
    serializeRegistry(withEntry(registry, plan.agent, plan.registryPatch)),
    config.registry,
    config.statuses
  ).problems;
  if (problem) {
    throw new InputError(
      `the draft would make the registry invalid, so nothing was written: ${problem.message}`,
      { file: config.registry },
      problem.rule
    );
  }
  if (plan.mode === "fill") {
    const target = await resolveLink(repoRoot, plan.path);
    if (!target.ok) throw new InputError(target.message, { file: plan.path }, target.rule);
    await writeTextAtomic(target.absPath, plan.draft.markdown, repoRoot);
    await updateRegistry(repoRoot, config, (registry2) => withEntry(registry2, plan.agent, plan.registryPatch));
    return;
  }
  await writeDocumentAndEntry(
    repoRoot,
    config,
    { path: plan.path, text: plan.draft.markdown },
    plan.agent,
    plan.registryPatch,
    async () => await writtenByAnotherDraft(repoRoot, config, plan.path) ? writtenMeanwhile(plan.path) : alreadyExists(plan.path)
  );
}
function writtenMeanwhile(path) {
  return new InputError(
    "another draft wrote this session while this one ran (two drafts of the task at once): nothing of this one was written; read that handoff (`handoff resume`), and draft again if this session has more to say",
    { file: path },
    "draft/written-meanwhile"
  );
}
function alreadyExists(path) {
  return new InputError(
    "the next handoff already exists but the registry does not link it (an interrupted draft, or one made by hand): keep it by pointing the agent's details_link at it, or delete it; then draft again",
    { file: path },
    "draft/exists"
  );
}
function anotherAgentsSessions(repoRoot, git, registry, taskId, agent) {
  const others = new Set(
    agentEntries(registry).filter(([name, entry]) => name !== agent && entry.current_task === taskId).map(([name]) => name)
  );
  return async (path) => {
    if (linkedBy(registry, path, agent) !== void 0) return true;
    if (others.size === 0) return false;
    const found = await resolveLink(repoRoot, path);
    if (!found.ok || !found.exists) return false;
    const writer = documentFacts(parseHandoff(await readUserText(found.absPath, path), path)).agent;
    if (writer === void 0 || !others.has(writer)) return false;
    return await git.hasCommits() && !await git.hasUncommittedChanges(path);
  };
}
async function unsavedSessions(passedOver, stateOf, shown) {
  const said = { new: "not committed yet", changed: "with changes not committed" };
  const unsaved = [];
  for (const path of passedOver) {
    const state = await stateOf(path);
    if (state !== "clean") unsaved.push({ path, state });
  }
  const first = unsaved[0];
  if (!first) return "";
  const why = "no draft continues from another agent\u2019s uncommitted draft";
  if (unsaved.length === passedOver.length && unsaved.every((u) => u.state === first.state))
    return `, ${said[first.state]} (${why})`;
  return ` (${unsaved.map((u) => `${shown(u.path)} ${said[u.state]}`).join(", ")}: ${why})`;
}
async function inPackageInstead(error, repoRoot, config, taskId, shown) {
  if (!(error instanceof InputError) || error.rule !== "registry/no-agent" || config.workspaces.length === 0)
    return error;
  const packages = await readEachPackage({ source: workingTreeSource(repoRoot), config }, { links: "none" });
  const holding = packages.flatMap(
    (read) => "workspace" in read && agentEntries(read.workspace.registry.registry).some(([, entry]) => heldTask(entry) === taskId) ? [read.folder] : []
  );
  if (holding.length === 0) return error;
  const commands = holding.map(
    (folder) => `\`handoff -C ${shellWord(shown(folder))} draft --task ${shellWord(taskId)}\``
  );
  return new InputError(
    `no agent in the root's registry has current_task ${taskId}; ${holding.join(", ")} ${holding.length === 1 ? "has" : "have"} it in ${holding.length === 1 ? "its" : "their"} own: draft it there, ${commands.join(" or ")}, with the same answers`,
    error.location,
    error.rule
  );
}
function checkDraftInputs(config, taskId, agent, registry) {
  if (taskId !== void 0) checkTaskId(config, taskId, registry);
  if (agent !== void 0) checkAgentName(agent, registry);
}
function findAgent(registry, config, taskId, agentName, envAgent) {
  const entries = agentEntries(registry);
  const named = agentName ?? envAgent;
  if (named !== void 0) {
    const entry = entries.find(([name]) => name === named)?.[1];
    if (entry && typeof entry.current_task === "string" && entry.current_task !== "" && entry.current_task !== taskId) {
      const who = agentName === void 0 ? `$${AGENT_ENV} is "${named}", who` : `agent "${named}"`;
      const others = entries.filter(([, e]) => e.current_task === taskId).map(([name]) => name);
      const instead = agentName === void 0 && others.length > 0 ? ` or pass --agent ${others.join("|")}` : "";
      const on = config.activeStatuses.includes(entry.status) ? `is working on ${entry.current_task}` : `is ${entry.status} on ${entry.current_task}`;
      const meant = meantTask(taskId, entries) === entry.current_task ? entry.current_task : void 0;
      const switchTo = `switch it with \`handoff start --task ${shellWord(taskId)} --agent ${shellWord(named)}\` first`;
      throw new InputError(
        `${who} ${on}, not ${taskId}: ${meant === void 0 ? switchTo : `did you mean --task ${shellWord(meant)}? To take up ${taskId} instead, ${switchTo}`}${instead}`,
        { file: config.registry },
        "registry/agent-task"
      );
    }
    const names = othersActiveOn(registry, config, taskId, named);
    const slip = entry === void 0 ? slipOfAgentName(named, names) : void 0;
    const onPurpose = `run \`handoff start --task ${shellWord(taskId)} --agent ${shellWord(named)}\` first`;
    if (agentName === void 0 && entry?.current_task !== taskId && names.length > 0) {
      const join7 = slip === void 0 ? `, or --agent ${named} to join the task` : `; to add ${named} beside ${slip} on purpose, ${onPurpose}`;
      throw new InputError(
        `$${AGENT_ENV} is "${named}", who is not on ${taskId}; ${names.join(", ")} ${names.length === 1 ? "is" : "are"}: pass --agent ${names.join("|")}${join7}`,
        { file: config.registry },
        "registry/agent-task"
      );
    }
    if (slip !== void 0) {
      throw new InputError(
        `agent "${named}" is not in the registry, and ${slip} is on ${taskId}: did you mean --agent ${shellWord(slip)}? To add ${named} as another agent on ${taskId}, ${onPurpose}`,
        { file: config.registry },
        "registry/agent-slip"
      );
    }
    return entry ? { agent: named, entry } : { agent: named };
  }
  const onTask = entries.filter(([, e]) => e.current_task === taskId);
  const active = onTask.filter(([, e]) => config.activeStatuses.includes(e.status));
  const matching = onTask.length > 1 && active.length > 0 ? active : onTask;
  const [first] = matching;
  if (!first) {
    const meant = meantTask(taskId, entries);
    throw new InputError(
      `no agent in the registry has current_task ${taskId}; ${meant === void 0 ? "" : `did you mean --task ${shellWord(meant)}? Else `}pass --agent ${commandWord(AGENT_SLOT)}`,
      { file: config.registry },
      "registry/no-agent"
    );
  }
  if (matching.length > 1) {
    throw new InputError(
      `agents ${matching.map(([name]) => name).join(", ")} all have current_task ${taskId}; pass --agent ${matching.map(([name]) => name).join("|")} or set ${AGENT_ENV}`,
      { file: config.registry },
      "registry/ambiguous-agent"
    );
  }
  return { agent: first[0], entry: first[1] };
}
async function progressBefore(repoRoot, config, taskId, session) {
  if (session === void 0) return void 0;
  const before = (await listTaskHandoffs(repoRoot, config, taskId)).filter((h) => h.session < session).pop();
  if (!before) return void 0;
  try {
    const document = await readHandoffAt(repoRoot, before.path);
    const percent = document && documentFacts(document).progressPercent;
    return percent === void 0 ? void 0 : { percent, since: sinceSession(before.session) };
  } catch (error) {
    if (error instanceof InputError) return void 0;
    throw error;
  }
}
async function findPreviousHandoff(repoRoot, config, taskId, registry, agent, entry, notes, uncommitted) {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const link2 = typeof entry?.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
  if (link2 && !await isOthersDraft(registry, agent, normalizeLink(link2), uncommitted)) {
    const resolved = await resolveLink(repoRoot, link2);
    if (!resolved.ok) {
      notes.push(`Ignoring details_link: ${resolved.message}.`);
    } else if (!resolved.exists) {
      notes.push(`Ignoring details_link: ${link2} does not exist.`);
    } else {
      const document2 = parseHandoff(await readUserText(resolved.absPath, link2), link2);
      const fromName = nameRegExp.exec((0, import_node_path9.basename)(link2))?.[1];
      const session = fromName !== void 0 ? Number(fromName) : document2.session;
      return { path: normalizeLink(link2), document: document2, ...session !== void 0 ? { session } : {} };
    }
  }
  const best = await latestToContinue(repoRoot, config, taskId, registry, agent, uncommitted);
  if (!best) return void 0;
  const document = await readHandoffAt(repoRoot, best.path);
  return document && { path: best.path, document, session: best.session };
}
async function readHandoffAt(repoRoot, path) {
  const resolved = await resolveLink(repoRoot, path);
  if (!resolved.ok || !resolved.exists) return void 0;
  return parseHandoff(await readUserText(resolved.absPath, path), path);
}
async function readSessionRange(git, options, previousPath, taskStarted) {
  if (!options.from && !options.to && !await git.hasCommits()) {
    return { commits: [], note: "the repository has no commits yet" };
  }
  const toName = options.to ?? "HEAD";
  const fromAsked = options.from === void 0 ? void 0 : git.revParse(options.from);
  fromAsked?.catch(() => void 0);
  const to = await git.revParse(toName);
  const branch = options.to ? void 0 : await git.workBranch();
  const packages = await rootPackageFoldersAt(git, to, options.repoRoot, options.config.workspaces);
  const read = async (revisionArgs, base2, note, onFirstCommit) => {
    const log = await git.logRange(revisionArgs, {
      stats: true,
      ...onFirstCommit ? { onFirstCommit } : {}
    });
    const commits = outsideFolders(log, packages).filter((commit) => !commit.elsewhere);
    const range2 = { commits, note, head: to };
    if (packages.length > 0) range2.packages = packages;
    if (base2 !== void 0) range2.base = base2;
    if (branch !== void 0) range2.branch = branch;
    return range2;
  };
  if (options.from && fromAsked) {
    const from = await fromAsked;
    const range2 = await read([to, "--not", from], from, `${options.from}..${toName}`, () => {
      git.netDiff(from, to).catch(() => void 0);
    });
    if (range2.commits.length === 0 && from !== to && await git.commonAncestor([from, to]) === to)
      range2.note += `, which is empty: ${options.from} comes after ${toName} (swap --from and --to?)`;
    return range2;
  }
  const start = await firstSessionStart(git, branch, taskStarted);
  if (previousPath) {
    const touched = (await git.lastTouchingCommits([previousPath], to)).get(previousPath);
    if (touched) {
      const range2 = await read(
        [to, "--not", touched, ...start.excluded.slice(1)],
        touched,
        `after ${touched.slice(0, 7)}, the last commit touching ${(options.shown ?? asInProject)(previousPath)}${start.besides} (--from changes it)`
      );
      range2.afterHandoff = { path: previousPath, touch: touched };
      if (start.mainLine) range2.leavesOut = true;
      return range2;
    }
  }
  const range = start.fromDay ? await read(
    [sinceDay(start.fromDay), to, ...start.excluded],
    void 0,
    `since ${start.fromDay}, the task's task_started${start.besides} (--from changes it)`
  ) : await read(
    [`--max-count=${FALLBACK_COMMIT_COUNT}`, to, ...start.excluded],
    void 0,
    `the last ${FALLBACK_COMMIT_COUNT} commits${start.besides}: no earlier handoff commit or task_started to start from (--from changes it)`
  );
  const oldest = range.commits[0];
  const base = start.mainLine ? await git.mergeBase(start.mainLine, to) : oldest ? await git.firstParent(oldest.sha) : void 0;
  if (base !== void 0) range.base = base;
  if (start.mainLine) range.leavesOut = true;
  if (!oldest) delete range.head;
  if (start.cutsSetup && start.fromDay) range.fromTaskStart = start.fromDay;
  return range;
}
async function leaveOutSetup(git, projectRoot, config, range, input) {
  if (range.fromTaskStart === void 0) return;
  const setup = await setupCommitCount(git, projectRoot, config, range.commits, input, range.fromTaskStart);
  const first = range.commits[setup.count];
  if (setup.count === 0 || !first) return;
  range.commits = range.commits.slice(setup.count);
  const base = await git.firstParent(first.sha);
  if (base === void 0) delete range.base;
  else range.base = base;
  const earlier = setup.count === 1 ? "1 earlier commit" : `${setup.count} earlier commits`;
  const before = setup.endedBy === "recorded" ? `before the registry first had ${input.taskId} active` : `before the first naming ${input.taskId}`;
  range.note = `since ${range.fromTaskStart}, the task's task_started, from ${first.sha.slice(0, 7)}: ${earlier} of that day, ${before}, ${setup.count === 1 ? "is" : "are"} left out as setup (--from changes it)`;
}
async function readNetChange(git, range, taskRange, nonWork) {
  if (!range.head || range.commits.length === 0) return void 0;
  const isWorkPath = (path) => isWorkCommit({ files: [{ path }] }, nonWork);
  const packages = new Set(range.packages);
  const isRootWorkPath = (path) => isWorkPath(path) && !isInFolders(path, packages);
  let files = parseNetDiff(await git.netDiff(range.base, range.head)).filter(
    (f) => isRootWorkPath(f.path) || f.oldPath !== void 0 && isRootWorkPath(f.oldPath)
  );
  const base = range.base ?? EMPTY_TREE2;
  if (taskRange.foreign > 0 || range.leavesOut) {
    const touched = new Set(taskRange.work.flatMap((c) => c.files.map((f) => f.path)));
    files = files.filter((f) => touched.has(f.path) || f.oldPath !== void 0 && touched.has(f.oldPath));
    return { base, head: range.head, files, taskFilesOnly: true };
  }
  return { base, head: range.head, files };
}
var EMPTY_TREE2 = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
async function readNoise(git, files, rev) {
  const paths = files.map((f) => f.path);
  const attributes = parseLinguistAttributes(await git.linguistAttributes(paths, rev));
  const noise = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const kind = noiseKind(path, attributes.get(path));
    if (kind) noise.set(path, kind);
  }
  return noise;
}
async function readEarlierSessions(repoRoot, config, taskId, session) {
  const found = await listTaskHandoffs(repoRoot, config, taskId);
  const sessions = [];
  for (const { session: number, path } of found) {
    if (number >= session) continue;
    const entry = { session: number };
    try {
      const resolved = await resolveLink(repoRoot, path);
      if (resolved.ok && resolved.exists) {
        const hours = documentFacts(parseHandoff(await readUserText(resolved.absPath, path))).timeSpentHours;
        if (hours !== void 0) entry.hours = hours;
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
    sessions.push(entry);
  }
  return sessions;
}
function reportReaders() {
  return Promise.resolve().then(() => (init_reports2(), reports_exports));
}

// src/app/draft-report.ts
init_shell();
function draftReport(plan, wordBudget, written, at2) {
  const { draft: draft2 } = plan;
  return {
    written,
    next: nextAfterDraft(plan, written, at2),
    mode: plan.mode,
    path: at2.shown(plan.path),
    agent: plan.agent,
    session: plan.session,
    ...plan.previousPath ? { previous: at2.shown(plan.previousPath) } : {},
    words: draft2.words,
    wordBudget,
    overBudget: draft2.overBudget,
    trimmed: draft2.trimmed,
    commits: plan.commitCount,
    range: plan.rangeNote,
    toFillIn: plan.toFillIn,
    complete: plan.toFillIn.length === 0,
    open: {
      blockers: openBlockers(draft2.document).map((item2) => item2.text),
      nextSteps: openNextSteps(draft2.document).map((item2) => item2.text)
    },
    // What the text says on stderr, for an agent that reads only this: a range that looks like
    // several sessions (and a --from for the last), and carried next steps a commit may have done.
    ...draft2.notOneSession ? { notOneSession: draft2.notOneSession } : {},
    maybeDone: plan.maybeDone,
    // The commands they name, as this project runs them (`npx handoff resume ...`).
    notes: plan.notes.map((note) => proseWithInvocation(note, at2.program)),
    warnings: plan.warnings.map((w) => ({ ...w, message: proseWithInvocation(w.message, at2.program) })),
    ...written ? {} : { markdown: draft2.markdown }
  };
}
function nextAfterDraft(plan, written, at2) {
  if (!written) return [];
  if (plan.toFillIn.length > 0) {
    const { elements, times } = answersLeftOpen(plan.draft.document, plan.toFillIn);
    return [draftCommand(at2.program, at2.taskId, plan.agent, elements, times)];
  }
  return [commitPathsCommand([at2.shown(plan.path), at2.shown(at2.registry)], `${at2.taskId}: handoff`)];
}

// src/cli/commands/draft.ts
init_reports();
init_shell();

// src/cli/context.ts
var import_node_path10 = require("node:path");
init_errors();
init_json_location();
init_paths();
init_shell();
var EXIT = { ok: 0, stale: 1, input: 2, internal: 3 };
function reportPathFromHere(ctx, projectRoot, path) {
  if ((0, import_node_path10.isAbsolute)(path)) return path;
  const here = (0, import_node_path10.relative)(projectRoot, (0, import_node_path10.resolve)(ctx.cwd));
  if (here === "" || here === ".." || here.startsWith(`..${import_node_path10.sep}`) || (0, import_node_path10.isAbsolute)(here)) return path;
  return import_node_path10.posix.normalize(`${here.split(import_node_path10.sep).join("/")}/${path.replace(/\\/g, "/")}`);
}
function reportOptionsFromHere(ctx, projectRoot, { tests, coverage }) {
  return {
    ...tests === void 0 ? {} : { tests: tests.map((t) => reportPathFromHere(ctx, projectRoot, t)) },
    ...coverage === void 0 ? {} : { coverage: reportPathFromHere(ctx, projectRoot, coverage) }
  };
}
function pathsFromHere(ctx, projectRoot) {
  if ((0, import_node_path10.relative)((0, import_node_path10.resolve)(ctx.startedIn ?? ctx.cwd), projectRoot) === "") return asInProject;
  const fromHere = filesFromHere(ctx, projectRoot);
  return (path) => linkIssue(path) !== void 0 ? path : fromHere(path);
}
function filesFromHere(ctx, root) {
  const here = (0, import_node_path10.resolve)(ctx.startedIn ?? ctx.cwd);
  return (path) => (0, import_node_path10.relative)(here, (0, import_node_path10.resolve)(root, path)).split(import_node_path10.sep).join("/") || ".";
}
function namedFromHere(error, shown) {
  return error instanceof InputError ? error.renamed((file) => file === STDIN_NAME ? file : shown(file)) : error;
}
async function namingFilesBy(shown, work) {
  try {
    return await work();
  } catch (error) {
    throw namedFromHere(error, shown);
  }
}

// src/cli/root-note.ts
async function rootActedOnNote(ctx, prefix) {
  if (prefix !== "") return void 0;
  const { repoRoot, prefix: packageFolder } = await projectToInit(ctx.cwd);
  if (packageFolder === "") return void 0;
  const shown = filesFromHere(ctx, repoRoot)(packageFolder);
  const named = shown === packageFolder ? packageFolder : shown === "." ? `this folder (${packageFolder})` : `${shown} (${packageFolder})`;
  return `${named} has no registry or config of its own: this acts on the repository root's registry, and so do the commands it prints. To give the package its own, run init there.`;
}

// src/cli/commands/draft.ts
var EXIT_INTERRUPTED = 130;
async function readDraftInput(options, ctx, repoRoot) {
  const flags = {};
  if (options.decision) flags.decisions = options.decision;
  if (options.blocker) flags.blockers = options.blocker;
  if (options.resolved) flags.resolved = options.resolved;
  if (options.next) flags.next = options.next;
  if (options.progress !== void 0) flags.progress = parseProgress(options.progress);
  if (options.remaining !== void 0) flags.remaining = options.remaining;
  if (options.timeSpent !== void 0) flags.timeSpent = options.timeSpent;
  if (options.note !== void 0) flags.note = options.note;
  if (options.input === void 0) return { input: flags };
  const file = options.input === "-" ? STDIN_NAME : reportPathFromHere(ctx, repoRoot, options.input);
  const text = options.input === "-" ? await readStdinText(ctx.stdin, STDIN_NAME) : await readUserText((0, import_node_path11.resolve)(ctx.cwd, options.input), file);
  return readDraftInputJson(text, file, flags);
}
async function run(options, ctx) {
  const { projectRoot: repoRoot, prefix } = await findProjectRoot(ctx.cwd);
  const shown = pathsFromHere(ctx, repoRoot);
  return namingFilesBy(shown, () => draft(options, ctx, repoRoot, shown, prefix));
}
async function draft(options, ctx, repoRoot, shown, prefix) {
  const { config } = await loadConfig(repoRoot);
  const { input, placeOf } = await readDraftInput(options, ctx, repoRoot);
  const given = options.input !== void 0 || !isEmptyDraftInput(input);
  const stdinIsTerminal = Boolean(ctx.stdin.isTTY);
  const interactive = options.interactive !== false && !given && options.format !== "json" && !options.stdout && stdinIsTerminal && Boolean(ctx.stdout.isTTY);
  const envAgent = agentFromEnv(ctx.env);
  const planning = planDraft({
    repoRoot,
    config,
    shown,
    taskId: options.task,
    ...options.agent === void 0 ? {} : { agent: options.agent },
    ...envAgent === void 0 ? {} : { envAgent },
    ...options.from === void 0 ? {} : { from: options.from },
    // Commander gives `--to` its default `HEAD`; only an explicit revision changes how the range is read.
    ...options.to === void 0 || options.to === "HEAD" ? {} : { to: options.to },
    ...reportOptionsFromHere(ctx, repoRoot, options),
    ...options.churn ? { churn: true } : {},
    ...options.timeRule === void 0 ? {} : { timeRule: options.timeRule },
    // The user's zone: TZ as this command was given it, else the system's. That is this process's
    // own local time unless the command was given another TZ than the process runs in (undefined:
    // read without ICU's date formatting, see localDate).
    ...ctx.env.TZ && ctx.env.TZ !== process.env.TZ ? { timeZone: ctx.env.TZ } : {},
    now: ctx.now(),
    ...options.stdout ? { preview: true } : {},
    ...given ? { input } : {},
    ...placeOf === void 0 ? {} : { inputPlaces: placeOf },
    ...interactive ? { askAnswers: () => promptForDraftInput(ctx.stdin, ctx.stdout) } : {}
  });
  let plan;
  try {
    plan = await planning;
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    ctx.stderr.write(`
handoff: draft ${error.message}
`);
    return EXIT_INTERRUPTED;
  }
  const rootNote = await rootActedOnNote(ctx, prefix);
  if (options.format === "json") {
    if (!options.stdout) await writeDraft(repoRoot, config, plan);
    const report = draftReport(
      plan,
      config.wordBudget,
      !options.stdout,
      nextAt(ctx, shown, options.task, config.registry)
    );
    ctx.stdout.write(`${JSON.stringify({ ...report, ...rootNote ? { note: rootNote } : {} }, null, 2)}
`);
    return EXIT.ok;
  }
  const err = (line) => ctx.stderr.write(`${line}
`);
  const program = ctx.program ?? "handoff";
  if (rootNote) err(`note: ${rootNote}`);
  for (const warning of plan.warnings)
    err(`warning: ${proseWithInvocation(formatReportWarning(warning), program)}`);
  for (const note of plan.notes) err(proseWithInvocation(note, program));
  const merges = plan.mergeCount > 0 ? ` (and ${plan.mergeCount} ${plan.mergeCount === 1 ? "merge" : "merges"})` : "";
  if (plan.mode === "new")
    err(`Commits: ${plan.commitCount}${merges} for ${options.task}, ${plan.rangeNote}.`);
  if (plan.draft.notOneSession) {
    const { why, suggestedFrom } = plan.draft.notOneSession;
    err(
      `warning: this range is probably not one session (${why}); choose its start with --from${suggestedFrom ? `, e.g. --from ${suggestedFrom.slice(0, 7)} for the last work session` : ""}.`
    );
  }
  for (const { step, sha } of plan.maybeDone) {
    err(
      `note: next step "${step}" may be done in ${sha.slice(0, 7)} (its words match); it stays open: if it is done, check it off (- [x]) in ${shown(plan.path)}, or give --resolved ${shellWord(step)} when you draft.`
    );
  }
  const { draft: draft2 } = plan;
  if (options.stdout) {
    ctx.stdout.write(draft2.markdown);
  } else {
    await writeDraft(repoRoot, config, plan);
    const incomplete = plan.toFillIn.length > 0 ? `; not complete yet, ${plan.toFillIn.map(elementTitle).join(", ")} to fill in` : "";
    ctx.stdout.write(
      `Wrote ${shown(plan.path)} (${draft2.words} words${incomplete}); ${shown(config.registry)} now links it for ${plan.agent}.
`
    );
  }
  if (!options.stdout && plan.toFillIn.length === 0) {
    const [commit] = nextAfterDraft(plan, true, nextAt(ctx, shown, options.task, config.registry));
    err(`Next: ${commit}`);
  }
  if (draft2.trimmed.length > 0) err(`Shortened to fit the word budget: ${draft2.trimmed.join(", ")}.`);
  if (plan.toFillIn.length > 0) {
    err(
      `To fill in before the check passes: ${plan.toFillIn.map(elementTitle).join(", ")} (edit the file, or give draft the answers: ${plan.toFillIn.map((e) => ANSWER_SLOTS[e]).join(" ")}).`
    );
  }
  return EXIT.ok;
}
function nextAt(ctx, shown, taskId, registry) {
  return { program: ctx.program ?? "handoff", shown, taskId, registry };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
