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
function withInvocation(fix, invocation2) {
  return fix.replace(
    HANDOFF_IN_FIX,
    (match, before, offset) => quotedAt(fix, offset) ? match : `${before}${invocation2} `
  );
}
function onPackage(fix, folder) {
  return withInvocation(fix, `handoff -C ${shellWord(folder)}`);
}
function proseWithInvocation(text, invocation2) {
  return invocation2 === "handoff" ? text : text.replace(HANDOFF_IN_PROSE, () => `\`${invocation2} `);
}
function quotedAt(text, end) {
  let quoted = false;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (quoted) quoted = c !== "'";
    else if (c === "\\") i++;
    else if (c === "'") quoted = true;
  }
  return quoted;
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
function withControlsShown(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, shownControl);
}
function boundMessage(message) {
  const quotedCut = message.replace(LONG_QUOTED, (_, inner) => `"${clipText(inner)}"`);
  return clipText(quotedCut, MAX_MESSAGE_CHARS);
}
function branded(value, brand) {
  return typeof value === "object" && value !== null && value[brand] === true;
}
function formatLocated(message, location = {}, rule) {
  const file = location.file === void 0 ? void 0 : clipText(location.file);
  const where = [file, location.line, location.column].filter((p) => p !== void 0).join(":");
  return `${where ? `${where}: ` : ""}${boundMessage(message)}${rule ? ` [${clipText(rule, 100)}]` : ""}`;
}
function formatInputError(error) {
  return formatLocated(error.message, error.location, error.rule);
}
function inputErrorReport(error) {
  const { message, rule, location } = error;
  return { kind: "input", message, ...rule === void 0 ? {} : { rule }, ...location };
}
function renderErrorJson(report, exitCode) {
  return `${JSON.stringify({ error: report, exitCode })}
`;
}
function inputErrorFromSystem(error) {
  const { code, path, syscall } = error ?? {};
  const problem = code === void 0 ? void 0 : PATH_PROBLEMS[code];
  if (problem === void 0 || typeof path !== "string") return void 0;
  const folder = /^(.*[\\/]\.git[\\/](?:.*[\\/])?handoff-guard)(?:[\\/]|$)/.exec(path)?.[1];
  const own = folder === void 0 ? "" : `; this is handoff-guard's own folder in the git dir (temporary files and caches, nothing that must be kept), made by another user (a sudo git push?): remove it as that user, e.g. sudo rm -rf ${shellWord(folder)}`;
  return new InputError(
    `cannot ${syscall ?? "use"} this path: ${problem}${own}`,
    { file: path },
    `fs/${code?.toLowerCase()}`
  );
}
var MAX_QUOTED_CHARS, MAX_MESSAGE_CHARS, CUT_MARK, LONG_QUOTED, INPUT_ERROR, INTERNAL_ERROR, InputError, InternalError, PATH_PROBLEMS;
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
    InternalError = class extends Error {
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
    PATH_PROBLEMS = {
      ENAMETOOLONG: "the path or one of its names is too long for the file system",
      ENOTDIR: "a part of the path is a file, not a folder",
      EISDIR: "the path is a folder, not a file",
      EACCES: "permission denied",
      EPERM: "operation not permitted",
      EROFS: "the file system is read-only",
      ELOOP: "too many symbolic links (a symlink loop?)",
      EEXIST: "the path already exists"
    };
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
function linkProblem(link, what = "details_link") {
  return linkIssue(link, what)?.message;
}
function linkIssue(link, what = "details_link") {
  if (link.length > MEMO_KEY_CHARS) return findLinkIssue(link, what);
  if (plainPath(link)) return void 0;
  let issueOf = issues.get(what);
  if (issueOf === void 0) {
    issueOf = memoised(MEMO_LIMIT, (text) => findLinkIssue(text, what));
    issues.set(what, issueOf);
  }
  return issueOf(link);
}
function isPlainPath(link) {
  if (link.length > MAX_PATH_CHARS || !PLAIN_NAMES.test(link) || DOT_NAME.test(link) || GIT_NAME.test(link))
    return false;
  return link.length <= MAX_NAME_BYTES || link.split("/").every((name) => name.length <= MAX_NAME_BYTES);
}
function findLinkIssue(link, what = "details_link") {
  const notRelative = (message) => ({ message, rule: "path/not-relative" });
  if (link.trim() === "") return notRelative(`${what} is empty`);
  if (link.includes("\0")) return notRelative(`${what} contains a NUL character`);
  if (/[\n\r]/.test(link)) return notRelative(`${what} contains a line break`);
  if (link.startsWith("\\\\") || link.startsWith("//"))
    return notRelative(`${what} "${link}" is a UNC/network path`);
  if (/^[A-Za-z]:/.test(link)) return notRelative(`${what} "${link}" is an absolute Windows path`);
  if (link.startsWith("/")) return notRelative(`${what} "${link}" is an absolute path`);
  if (link.includes("\\")) {
    return notRelative(
      `${what} "${link}" uses backslashes; write a repository-relative path with / separators`
    );
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(link))
    return notRelative(`${what} "${link}" is a URL, not a file`);
  let depth = 0;
  for (const segment of link.split("/")) {
    if (segment === "..") depth--;
    else if (segment !== "" && segment !== ".") depth++;
    if (depth < 0) return { message: `${what} "${link}" leaves the repository`, rule: "path/escapes-repo" };
  }
  if (depth === 0) return notRelative(`${what} "${link}" names the repository root, not a file`);
  if (GIT_NAME.test(normalizeSegments(link)))
    return {
      message: `${what} "${link}" is inside git's own .git folder, not the repository's files`,
      rule: "path/git-dir"
    };
  const tooLong = lengthProblem(link, what);
  return tooLong === void 0 ? void 0 : notRelative(tooLong);
}
function lengthProblem(link, what) {
  if (link.length > MAX_PATH_CHARS) return `${what} "${link}" is longer than ${MAX_PATH_CHARS} characters`;
  for (const name of link.split("/")) {
    if (name.length * 3 > MAX_NAME_BYTES && new TextEncoder().encode(name).length > MAX_NAME_BYTES) {
      return `${what} "${link}" has a name longer than ${MAX_NAME_BYTES} bytes, more than file systems take`;
    }
  }
  return void 0;
}
function pathFrom(folder, path) {
  return folder === "" || folder === "." || linkIssue(path) !== void 0 ? path : `${folder}/${path}`;
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
function normalizeLink(link) {
  if (link.length > MEMO_KEY_CHARS) return normalizeSegments(link);
  return plainPath(link) ? link : normalized(link);
}
function normalizeSegments(link) {
  const parts = [];
  for (const segment of link.split("/")) {
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

// src/adapters/git-process.ts
function failureOf(code, signal, stderr) {
  if (signal) return new GitFailure(`${stderr}git was stopped by ${signal} before it finished
`);
  return code !== 0 && stderr !== "" ? new GitFailure(stderr) : void 0;
}
function startError(error, cwd) {
  return error.code === "ENOENT" && !(0, import_node_fs.existsSync)(cwd) ? new Error(`the folder ${cwd} does not exist`) : error;
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
var import_node_child_process, import_node_fs, FULLY_BUFFERED, AS_STORED, LITERAL_PATHSPECS, GitFailure, WINDOWS, MAX_SPEC_CHARS;
var init_git_process = __esm({
  "src/adapters/git-process.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_fs = require("node:fs");
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
          () => new Promise((resolve5, reject) => {
            this.pending.push({ parse, resolve: resolve5, reject });
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
        const carried = this.tail(this.marker.length - 1);
        const last = (carried + text).lastIndexOf(this.marker);
        if (last === -1) {
          this.pieces.push(text);
          this.follow(text);
          return [];
        }
        const all = this.joined() + text;
        const cut = all.length - text.length - carried.length + last;
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
    const target = /^gitdir:\s*(.+)$/m.exec((0, import_node_fs2.readFileSync)(dotGit, "utf8"))?.[1]?.trim();
    return target ? (0, import_node_path.resolve)(folder, target) : void 0;
  } catch {
    return void 0;
  }
}
function statOf(path) {
  try {
    return (0, import_node_fs2.statSync)(path, { throwIfNoEntry: false });
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
    manifest = (0, import_node_fs2.readFileSync)((0, import_node_path.join)(dir, "package.json"), "utf8");
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
var import_node_fs2, import_node_path, PROJECT_MARKERS;
var init_repo_root = __esm({
  "src/adapters/repo-root.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path = require("node:path");
    init_errors();
    PROJECT_MARKERS = [".handoffrc.json", "handoff.config.json", ".agent-context/agent-handoffs.json"];
  }
});

// lazy-library:simple-git
var require_simple_git = __commonJS({
  "lazy-library:simple-git"(exports2, module2) {
    module2.exports = require(require("node:path").join(__dirname, "lib", "simple-git.cjs"));
  }
});

// src/adapters/git.ts
function headInFiles(gitDir2) {
  const headFile = (0, import_node_path2.join)(gitDir2, "HEAD");
  if (!(0, import_node_fs3.lstatSync)(headFile, { throwIfNoEntry: false })?.isFile()) return void 0;
  const text = (0, import_node_fs3.readFileSync)(headFile, "utf8");
  const branch = /^ref: refs\/heads\/([^\n]+)\n?$/.exec(text)?.[1];
  if (branch === void 0) {
    const commit = text.replace(/\n$/, "");
    return OBJECT_NAME.test(commit) ? { commit, commonDir: commonDirOf(gitDir2) } : void 0;
  }
  if (!PLAIN_BRANCH.test(branch)) return void 0;
  const commonDir = commonDirOf(gitDir2);
  return { branch, refFile: (0, import_node_path2.join)(commonDir, "refs", "heads", branch), commonDir };
}
function branchInHead(gitDir2) {
  const head = headInFiles(gitDir2);
  if (head === void 0) return void 0;
  if ("commit" in head) return { branch: void 0 };
  const own = (0, import_node_fs3.lstatSync)(head.refFile, { throwIfNoEntry: false });
  if (own?.isSymbolicLink() || own?.isFile() && (0, import_node_fs3.readFileSync)(head.refFile, "latin1").startsWith("ref:"))
    return void 0;
  return { branch: head.branch };
}
function commitInHead(gitDir2) {
  if (process.env.GIT_OBJECT_DIRECTORY !== void 0) return void 0;
  const head = headInFiles(gitDir2);
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
function commonDirOf(gitDir2) {
  const commonFile = (0, import_node_path2.join)(gitDir2, "commondir");
  return (0, import_node_fs3.existsSync)(commonFile) ? (0, import_node_path2.resolve)(gitDir2, (0, import_node_fs3.readFileSync)(commonFile, "utf8").trim()) : gitDir2;
}
function stateOfEntry(entry) {
  return entry[0] === "?" || entry[0] === "A" ? "new" : "changed";
}
function translateGitError(error, args, cwd) {
  const message = error instanceof Error ? error.message : String(error);
  if (/\bENOENT\b/.test(message) && /spawn/.test(message)) {
    return new InputError("git is not installed or not on PATH", {}, "git/missing");
  }
  if (/not a git repository/i.test(message)) {
    return new InputError(`${cwd} is not inside a git repository`, { file: cwd }, "git/not-a-repository");
  }
  const damaged = CORRUPT_REPOSITORY.exec(message);
  if (damaged) {
    return new InputError(
      `the repository is damaged (git ${args[0] ?? ""}: ${damaged[0].trim()}); \`git fsck\` shows what is broken; repair it or clone it again`,
      {},
      "git/corrupt-repository"
    );
  }
  const bad = /(?:bad revision|ambiguous argument|unknown revision|bad object|Invalid revision range) '?([^'\n:]+)'?/i.exec(
    message
  );
  if (bad) {
    return new InputError(
      `unknown revision "${bad[1]}": no such commit in this repository`,
      {},
      "git/unknown-revision"
    );
  }
  if (/does not have any commits yet|your current branch '.*' does not have any commits/i.test(message)) {
    return new InputError("the repository has no commits yet", {}, "git/empty-repository");
  }
  const first = message.split("\n").find((line) => line.trim() !== "") ?? message;
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
        const gitDir2 = this.gitDirInFiles();
        return gitDir2 ? branchInHead(gitDir2) : void 0;
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
          const gitDir2 = rev === "HEAD" ? this.gitDirInFiles() : void 0;
          const fromFiles = gitDir2 === void 0 ? void 0 : commitInHead(gitDir2);
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
          const gitDir2 = this.gitDirInFiles();
          if (gitDir2 !== void 0) return (0, import_node_fs3.existsSync)((0, import_node_path2.join)(commonDirOf(gitDir2), "shallow"));
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
  const fail = (message, at2 = pos) => {
    throw new InputError(`invalid JSON: ${message}`, { file, ...offsetToPosition(text, at2) }, "json/syntax");
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

// src/generated/handoff-config.validator.js
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func22.call(schema112.properties, key0)) {
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
            const err22 = { instancePath: instancePath + "/freshness/scope", schemaPath: "#/properties/freshness/properties/scope/enum", keyword: "enum", params: { allowedValues: schema112.properties.freshness.properties.scope.enum }, message: "must be equal to one of the allowed values" };
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
            const err26 = { instancePath: instancePath + "/requiredElements/" + i4, schemaPath: "#/properties/requiredElements/items/enum", keyword: "enum", params: { allowedValues: schema112.properties.requiredElements.items.enum }, message: "must be equal to one of the allowed values" };
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
            const err30 = { instancePath: instancePath + "/hook/onInternalError", schemaPath: "#/properties/hook/properties/onInternalError/enum", keyword: "enum", params: { allowedValues: schema112.properties.hook.properties.onInternalError.enum }, message: "must be equal to one of the allowed values" };
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
  validate102.errors = vErrors;
  return errors === 0;
}
var import_ucs2length2, import_equal, handoff_config_validator_default, schema112, func22, func3, func0, schema2;
var init_handoff_config_validator = __esm({
  "src/generated/handoff-config.validator.js"() {
    "use strict";
    import_ucs2length2 = __toESM(require_ucs2length(), 1);
    import_equal = __toESM(require_equal(), 1);
    handoff_config_validator_default = validate102;
    schema112 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/handoff-guard/handoff-guard/v0/schema/handoff-config.schema.json", "title": "handoff-guard config", "description": 'Config of handoff-guard, in .handoffrc.json, handoff.config.json or the "handoff" key of package.json. Every key is optional; unknown keys are errors (a typo must not silently fall back to a default).', "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "registry": { "description": "Registry path, repository-relative. Default .agent-context/agent-handoffs.json.", "type": "string", "minLength": 1 }, "activeStatuses": { "description": 'Statuses that make a task active. Default ["in_progress", "blocked"].', "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "statuses": { "description": "Every status the registry may use, besides the four built in (in_progress, blocked, complete, idle).", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "handoffDir": { "description": "Folder of handoff documents, repository-relative. Default delegation/tasks/active.", "type": "string", "minLength": 1 }, "handoffPattern": { "description": "File name pattern with {task} and {session}. Default {task}-handoff-session{session}.md.", "type": "string", "minLength": 1 }, "taskIdPattern": { "description": "Regular expression source a task id must match.", "type": "string", "minLength": 1 }, "freshness": { "type": "object", "additionalProperties": false, "properties": { "maxCommitsBehind": { "description": "Work commits allowed after the last handoff update in the checked range. Default 0.", "type": "integer", "minimum": 0 }, "maxAge": { "description": "Longest a handoff may go without update while its task is active: 7d, 36h, 90m, or 7 days, 36 hours. Default 7d.", "type": "string" }, "scope": { "description": "Which active tasks can block: all (default) or touched (only tasks the checked commits work on or whose handoff they change; the others are listed as notes). touched suits one branch per task.", "enum": ["all", "touched"] } } }, "wordBudget": { "description": "Draft word budget. Default 250.", "type": "integer", "minimum": 1 }, "requiredElements": { "description": "Elements that must be present and non-empty. Default all five.", "type": "array", "items": { "enum": ["currentState", "decisions", "blockers", "nextSteps", "timeProgress"] }, "uniqueItems": true }, "hook": { "type": "object", "additionalProperties": false, "properties": { "onInternalError": { "description": "What the pre-push hook does on an internal error. Default allow (fail open, loudly).", "enum": ["allow", "block"] } } }, "comment": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Post the sticky PR comment. Default true.", "type": "boolean" }, "waiverLabel": { "description": "Label that waives the check on a PR. Default no-handoff.", "type": "string", "minLength": 1 } } }, "sessionGap": { "description": "Gap between commits that splits sessions when estimating time spent. Default 2h.", "type": "string" }, "doneHandoffDir": { "description": "Where `handoff done` moves a task's handoffs (repository-relative), relinking details_link. Default: they stay where they are.", "type": "string", "minLength": 1 }, "workspaces": { "description": "Monorepos: package folders (repository-relative; a last segment of * takes every folder there), each with its own registry and config, judged on the commits that change files inside it. Only read from the root config.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true } } };
    func22 = Object.prototype.hasOwnProperty;
    func3 = import_ucs2length2.default.default ?? import_ucs2length2.default;
    func0 = import_equal.default.default ?? import_equal.default;
    schema2 = schema112;
  }
});

// src/core/model.ts
var ELEMENT_NAMES;
var init_model = __esm({
  "src/core/model.ts"() {
    "use strict";
    ELEMENT_NAMES = [
      "currentState",
      "decisions",
      "blockers",
      "nextSteps",
      "timeProgress"
    ];
  }
});

// src/core/config.ts
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
    const holder = error.instancePath === "" ? schema2 : schema2.properties?.[error.instancePath.slice(1)];
    const known = Object.keys(holder?.properties ?? {}).filter((k) => k !== "$schema");
    const nested = error.instancePath === "" ? Object.entries(schema2.properties ?? {}).flatMap(
      ([parent, schema3]) => Object.keys(schema3.properties ?? {}).map((name2) => ({
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
function doneArchiveOf(config) {
  if (config.doneHandoffDir === void 0) return void 0;
  return {
    dir: normalizeLink(config.doneHandoffDir),
    name: new RegExp(handoffNameSource(config, "[^/]+", "\\d+"))
  };
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
var BUILTIN_STATUSES, DEFAULT_CONFIG, UNITS, DURATION, MAX_DURATION_MS, WORD_CHARS, AFTER_ID_CHARS, MAX_TASK_ID_PATTERN_CHARS, MAX_TASK_ID_INPUT_CHARS, linearPrograms, linearEngine, LinearTaskIdRegExp;
var init_config = __esm({
  "src/core/config.ts"() {
    "use strict";
    init_handoff_config_validator();
    init_errors();
    init_json_location();
    init_model();
    init_paths();
    init_schema_words();
    init_trim();
    init_unknown_names();
    BUILTIN_STATUSES = ["in_progress", "blocked", "complete", "idle"];
    DEFAULT_CONFIG = Object.freeze({
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
    UNITS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
    DURATION = /^\s*(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s*$/;
    MAX_DURATION_MS = 5218 * 6048e5;
    WORD_CHARS = "A-Za-z0-9_";
    AFTER_ID_CHARS = "A-Za-z0-9";
    MAX_TASK_ID_PATTERN_CHARS = 500;
    MAX_TASK_ID_INPUT_CHARS = 64 * 1024;
    linearPrograms = /* @__PURE__ */ new Map();
    LinearTaskIdRegExp = class extends RegExp {
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
  }
});

// src/core/whitespace.ts
function collapseWhitespace(text) {
  if (!COLLAPSIBLE.test(text)) return text;
  let collapsed = text.replace(WHITESPACE_RUN, " ");
  while (DOUBLE_SPACE.test(collapsed)) collapsed = collapsed.replace(WHITESPACE_RUN, " ");
  return collapsed;
}
var COLLAPSIBLE, WHITESPACE_RUN, DOUBLE_SPACE;
var init_whitespace = __esm({
  "src/core/whitespace.ts"() {
    "use strict";
    COLLAPSIBLE = /[^\S ]| \s/;
    WHITESPACE_RUN = /\s{1,1024}/g;
    DOUBLE_SPACE = /\s\s/;
  }
});

// src/core/document/labels.ts
function normaliseLabel(label) {
  return label.length > MAX_LABEL_CHARS ? label.toLowerCase() : rememberedLabel(label);
}
function normaliseLabelText(label) {
  const lower = label.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  const first = lower.charCodeAt(0);
  const opened = first >= 97 && first <= 122 || first >= 48 && first <= 57 ? lower : lower.replace(/^[^\p{L}\p{N}]+/u, "");
  return opened.replace(/^\d+[.)]\s*/, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/[\s:.]+$/, "").replace(/\s+/g, " ").trim();
}
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
var SECTION_LABELS, CURRENT_STATE_PARTS, TIME_PROGRESS_FIELDS, STATUS_FIELD_LABELS, FIELD_LABELS, MAX_REMEMBERED_LABELS, MAX_LABEL_CHARS, rememberedLabel, tables, meaningOf;
var init_labels = __esm({
  "src/core/document/labels.ts"() {
    "use strict";
    init_memo();
    SECTION_LABELS = {
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
    CURRENT_STATE_PARTS = [
      "What's Working",
      "What Works",
      "Working",
      "What's Broken",
      "What's Not Working",
      "What Doesn't Work",
      "Broken"
    ];
    TIME_PROGRESS_FIELDS = [
      "Time Spent",
      "Progress",
      "Estimated Remaining",
      "Time Remaining",
      "Remaining"
    ];
    STATUS_FIELD_LABELS = ["Status", "State", "Current Status"];
    FIELD_LABELS = {
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
    MAX_REMEMBERED_LABELS = 4096;
    MAX_LABEL_CHARS = 500;
    rememberedLabel = memoised(MAX_REMEMBERED_LABELS, (label) => normaliseLabelText(label));
    meaningOf = memoised(MAX_REMEMBERED_LABELS, (label) => {
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
  }
});

// src/core/document/build.ts
function handoffBuilder() {
  return new DocumentBuilder();
}
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
  const firstLine2 = lineOf(node);
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
    return paragraphLine(headText, texts.slice(1).join(""), head?.type === "strong", firstLine2 + index);
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
  const item = { text: itemText2, details, line };
  if (mark) item.mark = mark;
  return item;
}
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
      for (const item of node.children) collectDetails(item.children, into);
    } else if (node.type === "blockquote") {
      collectDetails(node.children, into);
    } else {
      const text = plainText(node);
      if (text !== "") into.push(text);
    }
  }
}
var TASK_ID, SESSION_NUMBER, BOLD_LABEL_DEPTH, WORKING_MARKS, BROKEN_MARKS, DocumentBuilder, MARK_STARTS;
var init_build = __esm({
  "src/core/document/build.ts"() {
    "use strict";
    init_config();
    init_trim();
    init_whitespace();
    init_labels();
    TASK_ID = taskIdRegExp(DEFAULT_CONFIG);
    SESSION_NUMBER = /\bsession\s*#?\s*(\d+)\b/i;
    BOLD_LABEL_DEPTH = 7;
    WORKING_MARKS = ["\u2705", "\u2714\uFE0F", "\u2714", "\u2611\uFE0F", "\u2611"];
    BROKEN_MARKS = ["\u274C", "\u2716\uFE0F", "\u2716", "\u2717", "\u2718", "\u274E"];
    DocumentBuilder = class {
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
            for (const item of node.children) this.item(toListItem(item));
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
      item(item) {
        const target = this.open?.subsection ?? this.open?.section;
        if (target) {
          target.items.push(item);
        } else {
          if (item.text !== "") this.intro.push(item.text);
          this.intro.push(...item.details);
        }
      }
      blockquote(node) {
        for (const child of node.children) {
          if (child.type === "paragraph") this.addParagraph(plainText(child));
          else if (child.type === "list") for (const item of child.children) this.item(toListItem(item));
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
    MARK_STARTS = new Set([...WORKING_MARKS, ...BROKEN_MARKS].map((mark) => mark.charCodeAt(0)));
  }
});

// src/core/session-time.ts
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
var DEFAULT_FIRST_COMMIT_ALLOWANCE_MS;
var init_session_time = __esm({
  "src/core/session-time.ts"() {
    "use strict";
    DEFAULT_FIRST_COMMIT_ALLOWANCE_MS = 30 * 60 * 1e3;
  }
});

// src/core/document/elements.ts
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
function elementStates(doc) {
  const states = {};
  for (const name of ELEMENT_NAMES) states[name] = sectionState(doc.elements[name]);
  return states;
}
function missingPlaces(doc, lastLine) {
  const states = elementStates(doc);
  const places = [];
  let next;
  for (let i = ELEMENT_NAMES.length - 1; i >= 0; i--) {
    const element = ELEMENT_NAMES[i];
    const line = doc.elements[element]?.line;
    if (states[element] !== "present") {
      places.push(line === void 0 ? { element, line: next ?? lastLine, absent: true } : { element, line });
    }
    if (line !== void 0) next = line;
  }
  return places.reverse();
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
  for (const item of part.items) {
    if (skipDone && item.mark === "done") continue;
    if (item.text !== "" || item.details.length === 0) texts.push(item.text);
    for (const detail of item.details) texts.push(detail);
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
function ageInDays(date, now, reckoning = "utc") {
  const days = daysSince(date, now, reckoning);
  return days === void 0 ? void 0 : Math.max(0, days);
}
function daysSince(date, now, reckoning) {
  const dayOf = (time) => reckoning === "utc" ? time.toISOString().slice(0, 10) : localDate(time);
  const instant = DAY_ONLY.test(date) ? Number.NaN : Date.parse(date);
  const day = Number.isNaN(instant) ? date.slice(0, 10) : dayOf(new Date(instant));
  const days = Math.round((Date.parse(dayOf(now)) - Date.parse(day)) / 864e5);
  return Number.isFinite(days) ? days : void 0;
}
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
var FILL_IN_MARK, PLACEHOLDER_START, MONTHS, DAY_ONLY;
var init_elements = __esm({
  "src/core/document/elements.ts"() {
    "use strict";
    init_model();
    init_session_time();
    init_labels();
    FILL_IN_MARK = /^\(to fill in\b[\s\S]*\)$/i;
    PLACEHOLDER_START = new Uint8Array(128);
    for (const c of " 	\n\v\f\r([<_*.-?tTnNfF") PLACEHOLDER_START[c.charCodeAt(0)] = 1;
    MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
  }
});

// src/core/document/facts.ts
function summaryFacts(doc) {
  const read = readFacts(doc);
  const facts = {};
  const date = dateOf(read);
  if (date) facts.date = date;
  const progress = progressOf(read);
  if (progress !== void 0) facts.progressPercent = progress;
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
      const { timeProgress, currentState } = doc.elements;
      proseRead = timeProgress ? sectionTexts(timeProgress) : [];
      if (currentState) proseRead.push(...sectionTexts(currentState));
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
function progressIn(text) {
  if (text === void 0) return void 0;
  const percent = percentIn(text);
  return percent !== void 0 && percent >= 0 && percent <= 100 ? percent : void 0;
}
function firstDefined(texts, read) {
  for (const text of texts) {
    const value = read(text);
    if (value !== void 0) return value;
  }
  return void 0;
}
var testCount, TEST_COUNT, COVERAGE_WORD;
var init_facts = __esm({
  "src/core/document/facts.ts"() {
    "use strict";
    init_elements();
    init_labels();
    testCount = (words) => new RegExp(`(?<!\\d)(\\d+)\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:${words})\\b`, "i");
    TEST_COUNT = {
      passed: testCount("passed|passing|pass"),
      failed: testCount("failed|failing|failures|failure|fail"),
      skipped: testCount("skipped|pending|todo")
    };
    COVERAGE_WORD = /\bcoverage\b/i;
  }
});

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
var init_line_syntax = __esm({
  "src/core/document/line-syntax.ts"() {
    "use strict";
  }
});

// src/core/document/plain-scan.ts
function scanPlainHandoff(source) {
  if (CONTROL.test(source)) return void 0;
  const builder = handoffBuilder();
  let open;
  const close = () => {
    if (open?.kind === "paragraph") {
      const first = open.line;
      builder.paragraph(
        open.lines.map(
          (line, index) => line.strong ? paragraphLine(line.strong.head, line.strong.rest, true, first + index) : paragraphLine(line.text, "", false, first + index)
        )
      );
    } else if (open?.kind === "item") {
      const text = itemText(open.lines);
      if (text === void 0 || !closeSubItem(open)) return false;
      builder.item(listItem(text, open.details, open.line, open.checked));
    }
    open = void 0;
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
      if (marker2 && open?.kind === "item" && indent >= open.contentIndent && indent <= open.contentIndent + 3) {
        if (!openSubItem(open, indent, marker2, rest)) return void 0;
      } else if (!open || !opensParagraph(rest) || !continueParagraph(open, rest)) {
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
      if (!marker.interrupts && open?.kind === "paragraph") return void 0;
      const item = itemContent(line.slice(marker.width + 1));
      if (!item || !close()) return void 0;
      open = {
        kind: "item",
        line: lineNo,
        lines: [item.text],
        checked: item.checked,
        contentIndent: marker.width + 1,
        details: []
      };
      continue;
    }
    if (!opensParagraph(line)) return void 0;
    if (open) {
      if (!continueParagraph(open, line)) return void 0;
      continue;
    }
    const plain = plainInline(line);
    if (!plain) return void 0;
    open = { kind: "paragraph", line: lineNo, lines: [plain] };
  }
  if (!close()) return void 0;
  return builder.finish();
}
function continueParagraph(open, line) {
  if (open.kind === "item") {
    (open.sub?.lines ?? open.lines).push(line);
    return true;
  }
  const plain = plainInline(line);
  if (!plain) return false;
  open.lines.push(plain);
  return true;
}
function openSubItem(item, indent, marker, rest) {
  if (item.sub && indent >= item.sub.contentIndent) return false;
  if (!item.sub && !marker.interrupts) return false;
  const content = itemContent(rest.slice(marker.width + 1));
  if (!content || !closeSubItem(item)) return false;
  item.sub = { contentIndent: indent + marker.width + 1, lines: [content.text] };
  return true;
}
function itemText(lines) {
  const text = plainInline(lines.join("\n"));
  return text && squash(text.text);
}
function closeSubItem(item) {
  if (!item.sub) return true;
  const detail = itemText(item.sub.lines);
  if (detail === void 0) return false;
  if (detail !== "") item.details.push(detail);
  item.sub = void 0;
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
var CONTROL, NOT_PLAIN, PARAGRAPH_START;
var init_plain_scan = __esm({
  "src/core/document/plain-scan.ts"() {
    "use strict";
    init_build();
    init_line_syntax();
    CONTROL = /[\0-\t\v-\x1f]/;
    NOT_PLAIN = /[\\`~[\]<|@]|&[#A-Za-z]|:\/\/|[Ww][Ww][Ww]\./;
    PARAGRAPH_START = new Uint8Array(128);
    for (const c of `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"$%'(),./:;?^{}`)
      PARAGRAPH_START[c.charCodeAt(0)] = 1;
  }
});

// src/core/document/scan.ts
var scan_exports = {};
__export(scan_exports, {
  MAX_BLOCK_MARKERS: () => MAX_BLOCK_MARKERS,
  MAX_LINES: () => MAX_LINES,
  MAX_MARKUP: () => MAX_MARKUP,
  MAX_NESTING: () => MAX_NESTING,
  assertReadableHandoff: () => assertReadableHandoff,
  assertReadableLineByLine: () => assertReadableLineByLine,
  countLines: () => countLines,
  scanHandoff: () => scanHandoff,
  scanHandoffInFull: () => scanHandoffInFull,
  scanMarkdown: () => scanMarkdown,
  summarizeHandoff: () => summarizeHandoff
});
function summarizeHandoff(markdown, file) {
  const doc = scanHandoff(markdown, file);
  return { missingElements: missingPlaces(doc, countLines(markdown)), facts: summaryFacts(doc) };
}
function scanHandoff(markdown, file) {
  const source = readableSource(markdown, file);
  return scanPlainHandoff(source) ?? scanSourceInFull(source, file);
}
function scanHandoffInFull(markdown, file) {
  return scanSourceInFull(readableSource(markdown, file), file);
}
function scanSourceInFull(source, file) {
  const builder = handoffBuilder();
  scanBlocks(source, (node) => builder.block(node), file);
  return builder.finish();
}
function countLines(text) {
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  if (text.endsWith("\n")) lines--;
  return Math.max(lines, 1);
}
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
  const open = TAG_OPEN.exec(body) ?? TAG_CLOSE.exec(body);
  if (open && isBlank(body.slice(open[0].length))) {
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
function scanMarkdown(markdown, file) {
  const root = { type: "root", children: [] };
  scanBlocks(readableSource(markdown, file), (node) => root.children.push(node), file);
  return root;
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
      for (const item of node.children) pending.push(...item.children);
    } else if (node.type === "blockquote") {
      pending.push(...node.children);
    }
  }
  taskItems(block);
  return block;
}
function taskItems(block) {
  const pending = [block];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.type === "list") {
      for (const item of node.children) {
        const first = item.children[0];
        const head = first?.type === "paragraph" && opensWithCheck.has(first) ? first.children[0] : void 0;
        if (head?.type === "text") {
          const match = TASK_CHECK.exec(head.value);
          const followed = match && (match[0].length < head.value.length || first?.type === "paragraph" && first.children.length > 1);
          if (match && followed) {
            item.checked = match[1] === "x" || match[1] === "X";
            head.value = head.value.slice(match[0].length);
          }
        }
        pending.push(...item.children);
      }
    } else if (node.type === "blockquote") {
      pending.push(...node.children);
    }
  }
}
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
function setRunText(piece) {
  const d = piece.delim;
  if (d && piece.node?.type === "text") piece.node = { type: "text", value: d.char.repeat(d.count) };
}
function unlink(parser, piece) {
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
  let open = 0;
  let close = 0;
  for (let k = i; k < j; k++) {
    if (text[k] === "(") open++;
    else if (text[k] === ")") close++;
  }
  let end = j;
  for (; ; ) {
    const last = text[end - 1];
    if (/[?!.,:*_~'"]/.test(last)) end--;
    else if (last === ")" && close > open) {
      end--;
      close--;
    } else break;
    if (end <= domainStart) return void 0;
  }
  return end;
}
var MAX_NESTING, MAX_LINES, MAX_MARKUP, MAX_BLOCK_MARKERS, CONFLICT_START, NESTING_RUN, DEEP_LINE_START, BLOCK_TAGS, DEFINITION_TITLE, RAW_TAGS, TAG_OPEN, TAG_CLOSE, BlockScanner, TASK_CHECK, opensWithCheck, ENTITIES, PUNCTUATION, MAY_HOLD_INLINE_SYNTAX, SPECIAL, WHITESPACE, MAX_DESTINATION, InlineParser;
var init_scan = __esm({
  "src/core/document/scan.ts"() {
    "use strict";
    init_errors();
    init_trim();
    init_build();
    init_elements();
    init_facts();
    init_line_syntax();
    init_plain_scan();
    MAX_NESTING = 64;
    MAX_LINES = 5e4;
    MAX_MARKUP = 1e5;
    MAX_BLOCK_MARKERS = 5e4;
    CONFLICT_START = /^<{7}/m;
    NESTING_RUN = Math.floor(MAX_NESTING / 2);
    DEEP_LINE_START = new RegExp(`^[\\t >*+\\-0-9.)]{${NESTING_RUN}}`, "m");
    BLOCK_TAGS = new Set(
      "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul".split(" ")
    );
    DEFINITION_TITLE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))[ \t]*$/;
    RAW_TAGS = /^<(?:script|pre|style|textarea)(?=[\s>]|$)/i;
    TAG_OPEN = /^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;
    TAG_CLOSE = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
    BlockScanner = class {
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
          const item = {
            type: "listItem",
            spread: false,
            checked: null,
            children: [],
            position: at(lineNo)
          };
          list.children.push(item);
          this.stack.push({ kind: "item", node: item, list, contentIndent, startedBlank: blankItem, lines: 1 });
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
        const header = paragraph.raw[paragraph.raw.length - 1];
        if (splitCells(header.trim()).length !== delimiter.length) return false;
        const parent = this.parentNode();
        const table = {
          type: "table",
          align: delimiter.map(() => null),
          children: [],
          rawRows: [header],
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
    TASK_CHECK = /^\[([ \txX])\](?=[ \t\n])[ \t]*/;
    opensWithCheck = /* @__PURE__ */ new WeakSet();
    ENTITIES = {
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
    PUNCTUATION = /[\p{P}\p{S}]/u;
    MAY_HOLD_INLINE_SYNTAX = /[\\\n`*_~[!\]<&]|https?:\/\/|www\./i;
    SPECIAL = [];
    for (const c of "\\\n`*_~[!]<&hwHW") SPECIAL[c.charCodeAt(0)] = true;
    WHITESPACE = /\s/u;
    MAX_DESTINATION = 4096;
    InlineParser = class {
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
              const open = after === 0 || after === 2 && before !== 0;
              const close = before === 0 || before === 2 && after !== 0;
              canOpen = c === "*" ? open : open && (before !== 0 || !close);
              canClose = c === "*" ? close : close && (after !== 0 || !open);
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
          if (o.count === 0) unlink(this, found);
          if (d.count === 0) {
            const next = closer.next;
            unlink(this, closer);
            closer = next;
          }
        }
        for (let piece = start.next; piece; piece = piece.next) piece.delim = void 0;
      }
    };
  }
});

// lazy-library:re2js
var require_re2js = __commonJS({
  "lazy-library:re2js"(exports2, module2) {
    module2.exports = require(require("node:path").join(__dirname, "lib", "re2js.cjs"));
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports2, module2) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module2.exports = createColors2();
    module2.exports.createColors = createColors2;
  }
});

// src/cli/terminal.ts
var terminal_exports = {};
__export(terminal_exports, {
  styleLine: () => styleLine,
  styleText: () => styleText,
  terminalContext: () => terminalContext
});
function styleLine(line, c) {
  if (line === "") return line;
  for (const { pattern, style } of LINE_STYLES) {
    const match = pattern.exec(line);
    if (match) return style(c, match.slice(1));
  }
  return line;
}
function styleText(text, c) {
  return text.split("\n").map((line) => styleLine(line, c)).join("\n");
}
function terminalContext(ctx, options, manners = streamManners(ctx, options)) {
  const held = [];
  const wrap = (stream, colour, hold) => {
    if (!colour && !hold) return stream;
    const colours = (0, import_picocolors.createColors)(colour);
    return {
      isTTY: stream.isTTY,
      write: (text) => {
        const out = colour ? styleText(text, colours) : text;
        if (hold) held.push({ stream, text: out });
        else stream.write(out);
        return true;
      }
    };
  };
  const wrapped = withVerbosity(ctx, options.verbosity);
  wrapped.stdout = wrap(ctx.stdout, manners.stdout.colour, manners.stdout.hold);
  wrapped.stderr = wrap(ctx.stderr, manners.stderr.colour, manners.stderr.hold);
  return {
    ctx: wrapped,
    finish: (succeeded) => {
      if (!succeeded) for (const { stream, text } of held) stream.write(text);
      held.length = 0;
    }
  };
}
var import_picocolors, LINE_STYLES;
var init_terminal = __esm({
  "src/cli/terminal.ts"() {
    "use strict";
    import_picocolors = __toESM(require_picocolors(), 1);
    init_terminal_manners();
    LINE_STYLES = [
      { pattern: /^(!!! .*|handoff: internal error.*)$/, style: (c, [line]) => c.bold(c.red(line ?? "")) },
      { pattern: /^(\u2717 .*|.*: CONFLICT: .*)$/, style: (c, [line]) => c.red(line ?? "") },
      { pattern: /^(\u2713 .*)$/, style: (c, [line]) => c.green(line ?? "") },
      { pattern: /^(\s+fix: )(.*)$/, style: (c, [lead, fix]) => `${lead}${c.cyan(fix ?? "")}` },
      { pattern: /^((?:note|hint): .*)$/, style: (c, [line]) => c.dim(line ?? "") },
      { pattern: /^((?:warning: |handoff: warning).*)$/, style: (c, [line]) => c.yellow(line ?? "") },
      {
        pattern: /^(handoff check: )(.*)$/,
        style: (c, [lead, rest = ""]) => `${c.bold(lead ?? "")}${/ need (?:a handoff update|an update)\b/.test(rest) ? c.yellow(rest) : c.green(rest)}`
      },
      {
        pattern: /^(created|installed|added|added to|set) (.*)$/,
        style: (c, [verb, rest]) => `${c.green(verb ?? "")} ${rest}`
      },
      { pattern: /^(exists {2}.*)$/, style: (c, [line]) => c.dim(line ?? "") },
      // `file:line:column: message [rule]`, the one format of bad input, alone or after `handoff: `.
      {
        pattern: /^(handoff: )?(\S+?:\d+(?::\d+)?: )(.*?)( \[[\w/.-]+\])?$/,
        style: (c, [lead, where, message, rule]) => `${lead ? c.red(lead) : ""}${c.bold(where ?? "")}${message}${rule ? c.dim(rule) : ""}`
      },
      { pattern: /^(handoff: .*)$/, style: (c, [line]) => c.red(line ?? "") }
    ];
  }
});

// src/cli/terminal-manners.ts
function colourWanted(env, stream) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}
function commandTerminalOptions(command, format, verbosity) {
  const plainText2 = format === void 0 || format === "text";
  return {
    verbosity,
    stdoutIsReport: REPORT_COMMANDS.has(command) && plainText2,
    colourStdout: !PLAIN_STDOUT_COMMANDS.has(command) && plainText2
  };
}
function streamManners(ctx, options) {
  const quiet = options.verbosity === "quiet";
  return {
    stdout: {
      colour: options.colourStdout && colourWanted(ctx.env, ctx.stdout),
      hold: quiet && options.stdoutIsReport
    },
    stderr: { colour: colourWanted(ctx.env, ctx.stderr), hold: quiet }
  };
}
function mannersApply({ stdout, stderr }) {
  return stdout.colour || stdout.hold || stderr.colour || stderr.hold;
}
function withVerbosity(ctx, verbosity) {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx));
  copy.verbosity = verbosity;
  return copy;
}
async function terminalFor(ctx, options) {
  const manners = streamManners(ctx, options);
  if (!mannersApply(manners)) return { ctx: withVerbosity(ctx, options.verbosity), finish: () => void 0 };
  const { terminalContext: terminalContext2 } = await Promise.resolve().then(() => (init_terminal(), terminal_exports));
  return terminalContext2(ctx, options, manners);
}
var REPORT_COMMANDS, PLAIN_STDOUT_COMMANDS;
var init_terminal_manners = __esm({
  "src/cli/terminal-manners.ts"() {
    "use strict";
    REPORT_COMMANDS = /* @__PURE__ */ new Set(["check", "validate", "init", "merge-registry"]);
    PLAIN_STDOUT_COMMANDS = /* @__PURE__ */ new Set(["draft", "completion"]);
  }
});

// command-entry:status
var status_exports = {};
__export(status_exports, {
  run: () => run,
  runDirectLine: () => runDirectLine
});
module.exports = __toCommonJS(status_exports);

// src/cli/commands/status.ts
init_git();

// src/adapters/husky-here.ts
var import_node_fs4 = require("node:fs");
var import_node_path3 = require("node:path");

// src/core/pre-push.ts
init_errors();
function isHuskyHooksPath(hooksPath) {
  return hooksPath !== void 0 && /^\.husky[\\/]_[\\/]?$/.test(hooksPath.trim());
}
function huskyHookMissingNote(facts) {
  if (!isHuskyHooksPath(facts.hooksPath) || !facts.huskyRunsCheck || facts.hookFileHere) return void 0;
  return `git runs no pre-push hook in this checkout, so pushes from it are not checked: core.hooksPath is .husky/_, which husky has not made here (a linked worktree has none until husky runs in it). Run \`${facts.runHusky}\` here.`;
}

// src/adapters/husky-here.ts
init_shell();

// src/core/templates/hook.ts
var HOOK_COMMAND = "handoff check --hook pre-push";
var NO_EXTRA_CA = "NODE_EXTRA_CA_CERTS=";
var HUSKY_HOOK_LINE = `${NO_EXTRA_CA} ${HOOK_COMMAND} -- "$@"`;
function notInstalled(removal = "the handoff-guard block (its '# >>>' line to its '# <<<' line) from $0") {
  return `handoff check: handoff-guard is not installed here (no node_modules/.bin/handoff, no handoff on PATH or for npx): run npm ci (or npm install), then push again; to push without the check once: HANDOFF_SKIP=1 git push; if handoff-guard was removed on purpose, delete ${removal}`;
}
var NOT_INSTALLED = notInstalled();
function runsCheck(entry) {
  const text = typeof entry === "string" ? entry : JSON.stringify(entry ?? null);
  return text.includes(HOOK_COMMAND.replace(/^handoff /, ""));
}

// src/adapters/husky-here.ts
async function huskyHookNote(git, top) {
  let text;
  try {
    text = (0, import_node_fs4.readFileSync)((0, import_node_path3.join)(top, ".husky", "pre-push"), "utf8");
  } catch {
    return void 0;
  }
  if (!runsCheck(text)) return void 0;
  const hooksPath = await git.configGet("core.hooksPath").catch(() => void 0);
  if (!isHuskyHooksPath(hooksPath)) return void 0;
  const hookFile = await git.gitPath("hooks/pre-push");
  if ((0, import_node_fs4.existsSync)(hookFile)) return void 0;
  let runHusky = "npx husky";
  if (!(0, import_node_fs4.existsSync)((0, import_node_path3.join)(top, "node_modules", ".bin", "husky"))) {
    const common = (await git.exec(["rev-parse", "--path-format=absolute", "--git-common-dir"])).trim();
    const main = (0, import_node_path3.dirname)(common);
    if (main !== top && (0, import_node_fs4.existsSync)((0, import_node_path3.join)(main, "node_modules", ".bin", "husky")))
      runHusky = `npx --prefix ${shellWord(main)} husky`;
  }
  return huskyHookMissingNote({ hooksPath, huskyRunsCheck: true, hookFileHere: false, runHusky });
}

// src/cli/commands/status.ts
init_repo_root();

// src/adapters/document-cache.ts
var import_node_fs8 = require("node:fs");
var import_node_path5 = require("node:path");
init_errors();

// src/generated/build-id.ts
var BUILD_ID = "fe365072ee5a91e0";

// src/core/version.ts
var PACKAGE_VERSION = "0.1.0";
var CACHE_STAMP = `${PACKAGE_VERSION}+${BUILD_ID}`;

// src/adapters/cache-file.ts
var import_node_fs5 = require("node:fs");
var CACHE_FILE_LIMIT = 64 * 1024 * 1024;
var READ_FLAGS = import_node_fs5.constants.O_RDONLY | (import_node_fs5.constants.O_NONBLOCK ?? 0) | (import_node_fs5.constants.O_NOCTTY ?? 0);
function regularFileBytes(file, limit, whole) {
  let fd;
  try {
    fd = (0, import_node_fs5.openSync)(file, READ_FLAGS);
  } catch {
    return void 0;
  }
  try {
    const info = (0, import_node_fs5.fstatSync)(fd);
    if (!info.isFile() || whole && info.size > limit) return void 0;
    const buffer = Buffer.allocUnsafe(Math.min(limit, info.size));
    const read = (0, import_node_fs5.readSync)(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read);
  } catch {
    return void 0;
  } finally {
    (0, import_node_fs5.closeSync)(fd);
  }
}
function readCacheFile(file, limit = CACHE_FILE_LIMIT) {
  return regularFileBytes(file, limit, true);
}
function readCacheJson(file, head) {
  const bytes = readCacheFile(file);
  const begins = Buffer.from(head);
  if (bytes === void 0 || !bytes.subarray(0, begins.length).equals(begins)) return void 0;
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
}
function jsonHead(key, value) {
  return `{${JSON.stringify(key)}:${JSON.stringify(value)},`;
}

// src/adapters/document-cache.ts
init_repo_root();

// src/adapters/store.ts
var import_node_fs7 = require("node:fs");
var import_node_path4 = require("node:path");
init_errors();
init_paths();

// src/generated/agent-handoffs.validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var agent_handoffs_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/handoff-guard/handoff-guard/v0/schema/agent-handoffs.schema.json", "title": "Agent handoffs registry", "description": "The shared registry of handoff-guard (.agent-context/agent-handoffs.json): one entry per agent, naming its current task, status and the handoff document to read before resuming. Statuses beyond in_progress, blocked, complete and idle are allowed when the config lists them.", "type": "object", "properties": { "$schema": { "description": "Lets editors find this schema; not an agent.", "type": "string" } }, "propertyNames": { "minLength": 1 }, "additionalProperties": { "$ref": "#/definitions/agentEntry" }, "definitions": { "agentEntry": { "title": "Agent entry", "description": "What one agent is doing. Unknown extra keys are allowed and kept on rewrite.", "type": "object", "required": ["status"], "properties": { "status": { "description": "in_progress, blocked, complete or idle, or a status the config adds. in_progress and blocked make the task active by default.", "type": "string", "minLength": 1, "examples": ["in_progress", "blocked", "complete", "idle"] }, "current_task": { "description": "Task id the agent works on, e.g. TASK-2025-0078-C; null when idle.", "type": ["string", "null"] }, "task_started": { "description": "Date the task started, YYYY-MM-DD (a full ISO timestamp is accepted).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$" }, "brief_note": { "description": "One line for the at-a-glance view, e.g. 'API testing implementation - 30% complete'.", "type": "string" }, "details_link": { "description": "Repository-relative path (POSIX separators) of the latest handoff document; null when there is none.", "type": ["string", "null"] } }, "additionalProperties": true } } };
var schema12 = { "title": "Agent entry", "description": "What one agent is doing. Unknown extra keys are allowed and kept on rewrite.", "type": "object", "required": ["status"], "properties": { "status": { "description": "in_progress, blocked, complete or idle, or a status the config adds. in_progress and blocked make the task active by default.", "type": "string", "minLength": 1, "examples": ["in_progress", "blocked", "complete", "idle"] }, "current_task": { "description": "Task id the agent works on, e.g. TASK-2025-0078-C; null when idle.", "type": ["string", "null"] }, "task_started": { "description": "Date the task started, YYYY-MM-DD (a full ISO timestamp is accepted).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$" }, "brief_note": { "description": "One line for the at-a-glance view, e.g. 'API testing implementation - 30% complete'.", "type": "string" }, "details_link": { "description": "Repository-relative path (POSIX separators) of the latest handoff document; null when there is none.", "type": ["string", "null"] } }, "additionalProperties": true };
var func2 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func2(key0) < 1) {
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
              if (func2(data1) < 1) {
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
  validate10.errors = vErrors;
  return errors === 0;
}
var schema = schema11;

// src/core/registry.ts
init_errors();
init_json_location();
init_paths();
init_schema_words();
init_unknown_names();
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
var AGENT_ENTRIES = /* @__PURE__ */ new WeakMap();
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
var ENTRY_PROPERTIES = schema.definitions.agentEntry?.properties ?? {};
var ENTRY_KEYS = Object.keys(ENTRY_PROPERTIES);
function parseRegistry(text, file, statuses) {
  const checked = checkRegistry(text, file, statuses);
  if (!checked.registry) throw checked.problems[0];
  return checked.registry;
}
function heldTask(entry) {
  return typeof entry.current_task === "string" ? entry.current_task.trim() : "";
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
    const link = typeof entry.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
    const task = { taskId, agent, status: entry.status };
    if (link !== void 0) task.detailsLink = link;
    tasks.push(task);
  }
  return tasks;
}
var LETTER = new RegExp("^\\p{L}$", "u");
function linksIn(entries) {
  return entries.flatMap(([, entry]) => typeof entry.details_link === "string" ? [entry.details_link] : []);
}

// src/adapters/store.ts
init_shell();

// src/adapters/builtins.ts
var import_node_fs6 = require("node:fs");
init_errors();
function nodeCrypto() {
  return builtin("node:crypto");
}
function isTerminal(fd) {
  try {
    const device = (0, import_node_fs6.fstatSync)(fd);
    if (!device.isCharacterDevice()) return false;
    if (device.rdev === (0, import_node_fs6.statSync)("/dev/null", { throwIfNoEntry: false })?.rdev) return false;
  } catch {
    return false;
  }
  return builtin("node:tty").isatty(fd);
}
function builtin(id) {
  if (typeof process.getBuiltinModule === "function") return process.getBuiltinModule(id);
  if (typeof require === "function") return require(id);
  throw new InternalError(
    `${id} cannot be loaded here on Node.js ${process.version}: use Node.js 20.16 or later`
  );
}

// src/adapters/user-text.ts
var import_node_buffer = require("node:buffer");

// src/core/utf8.ts
init_errors();
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
var NOTHING = new Uint8Array(0);
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

// src/adapters/user-text.ts
function decodeUserText(raw, file) {
  let bytes = raw;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bytes = bytes.subarray(3);
  if (!(0, import_node_buffer.isUtf8)(bytes)) throw utf8Error(bytes, file);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.includes("\r") ? text.replace(/\r\n/g, "\n") : text;
}

// src/adapters/store.ts
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
async function readUserText(absPath, displayPath, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const where = { file: displayPath };
  if (options.repoRoot !== void 0) {
    let real;
    try {
      real = import_node_fs7.realpathSync.native(absPath);
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
    fd = (0, import_node_fs7.openSync)(absPath, options.noFollow ? READ_FLAGS2 | (import_node_fs7.constants.O_NOFOLLOW ?? 0) : READ_FLAGS2);
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
    const info = (0, import_node_fs7.fstatSync)(fd);
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
      (0, import_node_fs7.closeSync)(fd);
    } catch {
    }
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, displayPath);
  return decodeUserText(bytes, displayPath);
}
var READ_FLAGS2 = import_node_fs7.constants.O_RDONLY | (import_node_fs7.constants.O_NONBLOCK ?? 0) | (import_node_fs7.constants.O_NOCTTY ?? 0);
function readAtMost(fd, limit, expected) {
  const first = Buffer.allocUnsafe(Math.min(limit, expected + 1));
  const firstRead = (0, import_node_fs7.readSync)(fd, first, 0, first.length, null);
  if (firstRead < first.length || firstRead === limit) return first.subarray(0, firstRead);
  const chunks = [first];
  let total = firstRead;
  while (total < limit) {
    const buffer = Buffer.allocUnsafe(Math.min(limit - total, 64 * 1024));
    const bytesRead = (0, import_node_fs7.readSync)(fd, buffer, 0, buffer.length, null);
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
function statIfThere(file) {
  try {
    return (0, import_node_fs7.statSync)(file);
  } catch {
    return void 0;
  }
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
var realRoots = /* @__PURE__ */ new Map();
function realRoot(repoRoot) {
  const root = (0, import_node_path4.resolve)(repoRoot);
  let real = realRoots.get(root);
  if (real === void 0) {
    real = import_node_fs7.realpathSync.native(root);
    realRoots.set(root, real);
  }
  return real;
}
function isInside(root, path) {
  const rel = (0, import_node_path4.relative)(root, path);
  return rel === "" || !rel.startsWith(`..${import_node_path4.sep}`) && rel !== ".." && !(0, import_node_path4.isAbsolute)(rel);
}
function realLongestPrefix(absPath) {
  let probe = absPath;
  let exists = true;
  for (; ; ) {
    try {
      return { real: import_node_fs7.realpathSync.native(probe), exists };
    } catch {
      exists = false;
      const parent = (0, import_node_path4.dirname)(probe);
      if (parent === probe) return { real: void 0, exists };
      probe = parent;
    }
  }
}
async function resolveLinks(repoRoot, links) {
  const root = (0, import_node_path4.resolve)(repoRoot);
  const rootPrefix = root.endsWith(import_node_path4.sep) ? root : `${root}${import_node_path4.sep}`;
  const targets = links.map((link) => {
    const problem = linkIssue(link);
    if (problem) return { link, problem };
    const normalized2 = normalizeLink(link);
    const slash = normalized2.lastIndexOf("/");
    return {
      link,
      absPath: rootPrefix + (import_node_path4.sep === "/" ? normalized2 : normalized2.split("/").join(import_node_path4.sep)),
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
    realRoot2 ??= import_node_fs7.realpathSync.native(root);
    if ((perFolder.get(target.folder) ?? 0) > 1 && !listings.has(target.folder)) {
      listings.set(target.folder, listFolder((0, import_node_path4.join)(root, target.folder), realRoot2));
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
    if (!isInside(realRoot2, import_node_fs7.realpathSync.native(folder))) return void 0;
    return new Map((0, import_node_fs7.readdirSync)(folder, { withFileTypes: true }).map((d) => [d.name, d]));
  } catch {
    return void 0;
  }
}
function resolveOne(link, absPath, realRoot2) {
  const { real, exists } = realLongestPrefix(absPath);
  if (real !== void 0 && !isInside(realRoot2, real)) {
    return {
      ok: false,
      rule: "path/symlink-escape",
      // Not said to be a details_link: the registry and the config are read through here too.
      message: `"${link}" resolves through a symlink to ${real}, outside the repository`
    };
  }
  return { ok: true, absPath, exists };
}

// src/adapters/document-cache.ts
var saves = 0;
var CACHE_VERSION = `6/${CACHE_STAMP}`;
async function gitDir(repoRoot) {
  return gitDirIn(repoRoot) ?? (0, import_node_path5.join)(repoRoot, ".git");
}
var DocumentCache = class _DocumentCache {
  constructor(file) {
    this.file = file;
  }
  file;
  used = /* @__PURE__ */ new Map();
  usedValues = /* @__PURE__ */ new Map();
  misses = 0;
  valuesAdded = false;
  keepingUnused = false;
  loaded;
  /**
   * Opens the repository's cache; a missing, unreadable or outdated cache is an empty one. The file
   * is read on first use, not here: the check opens the cache before it starts git, and reading it
   * then (~1-2 ms for 300 handoffs) would only hold back the second git process.
   */
  static async open(repoRoot) {
    const dir = await gitDir(repoRoot);
    if (!(0, import_node_fs8.existsSync)(dir)) return _DocumentCache.inMemory();
    return new _DocumentCache((0, import_node_path5.join)(dir, "handoff-guard", "cache.json"));
  }
  /** What the file held, read once. */
  get previous() {
    if (this.loaded) return this.loaded;
    this.loaded = { entries: {}, values: {} };
    if (this.file === void 0) return this.loaded;
    try {
      const parsed = readCacheJson(this.file, jsonHead("version", CACHE_VERSION));
      if (parsed && parsed.version === CACHE_VERSION && parsed.entries && typeof parsed.entries === "object") {
        this.loaded.entries = parsed.entries;
        if (parsed.values && typeof parsed.values === "object") this.loaded.values = parsed.values;
      }
    } catch {
    }
    return this.loaded;
  }
  /** A cache that never persists (for callers without a repository). */
  static inMemory() {
    return new _DocumentCache(void 0);
  }
  /** The cache file's size in bytes, without reading it (0: none yet, or a cache in memory). */
  get fileBytes() {
    return this.file === void 0 ? 0 : statIfThere(this.file)?.size ?? 0;
  }
  /**
   * Keeps, when saving, the summaries this run did not use: a run that looked at part of a snapshot
   * (a push from a remembered one) must not make the cache forget the rest.
   */
  keepUnused() {
    this.keepingUnused = true;
  }
  /** How many documents were parsed (not served from the cache) since opening. */
  get parsedCount() {
    return this.misses;
  }
  /** Whether the summary of the content `id` is here (then its text need not even be read). */
  has(id) {
    return this.used.has(id) || Object.hasOwn(this.previous.entries, id);
  }
  /** The summary of the content `id` when it is here, without waiting: a warm check's every one. */
  known(id) {
    const entries = this.previous.entries;
    const known = this.used.get(id) ?? (Object.hasOwn(entries, id) ? entries[id] : void 0);
    if (known) this.used.set(id, known);
    return known;
  }
  /**
   * The summary of a document; `id` is its content id, `text` may be left out when `has(id)` said
   * the summary is here; `file` names the document in the error a hostile one gets.
   */
  async summarize(id, text, file) {
    const known = this.known(id);
    if (known) return known;
    if (text === void 0) throw new InternalError(`no text and no cached summary for ${file ?? id}`);
    this.misses++;
    const summary = await summarizeMarkdown(text, file);
    this.used.set(id, summary);
    return summary;
  }
  /** What the snapshot worked out from a file before (`KnownValues`), kept while used, like summaries. */
  values = {
    has: (key) => this.usedValues.has(key) || Object.hasOwn(this.previous.values, key),
    get: (key) => {
      if (this.usedValues.has(key)) return this.usedValues.get(key);
      const value = this.previous.values[key];
      this.usedValues.set(key, value);
      return value;
    },
    set: (key, value) => {
      this.usedValues.set(key, value);
      this.valuesAdded = true;
    }
  };
  /**
   * Writes the cache back when anything was parsed (entries not used in this run are dropped, so the
   * cache follows the registry). Failures are ignored: the cache only saves time.
   */
  async save() {
    if (!this.file || this.misses === 0 && !this.valuesAdded) return;
    const content = {
      version: CACHE_VERSION,
      entries: this.keepingUnused ? { ...this.previous.entries, ...Object.fromEntries(this.used) } : Object.fromEntries(this.used),
      // A run that used none (`status` reads the working tree) keeps the hook's for its next push.
      values: this.usedValues.size > 0 ? Object.fromEntries(this.usedValues) : this.previous.values
    };
    const temp = `${this.file}.${process.pid}.${++saves}.tmp`;
    try {
      await import_node_fs8.promises.mkdir((0, import_node_path5.dirname)(this.file), { recursive: true });
      await import_node_fs8.promises.writeFile(temp, JSON.stringify(content));
      await import_node_fs8.promises.rename(temp, this.file);
    } catch {
    }
  }
};
async function summarizeMarkdown(text, file) {
  const { summarizeHandoff: summarizeHandoff2 } = await Promise.resolve().then(() => (init_scan(), scan_exports));
  const { missingElements, facts } = summarizeHandoff2(text, file);
  return { missingElements, facts };
}

// src/app/status.ts
init_git();

// src/adapters/workspace.ts
var import_node_fs9 = require("node:fs");
var import_node_path6 = require("node:path");
init_config();
init_errors();
init_json_location();
init_paths();
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
function parentOfPattern(pattern) {
  if (!pattern.endsWith("/*") && pattern !== "*") return void 0;
  const parent = normalizeLink(pattern.slice(0, -1) || ".");
  return parent === "." ? "" : parent;
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
        const entries = await import_node_fs9.promises.readdir(folder, { withFileTypes: true });
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
          const link = resolved[index];
          if (!link) return;
          if (!link.ok) results.set(path, { kind: "invalid-link", rule: link.rule, message: link.message });
          else if (!link.exists) results.set(path, { kind: "missing" });
          else {
            try {
              const text = await readUserText(
                link.absPath,
                normalizeLink(path),
                link.plain ? { noFollow: true } : { repoRoot }
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
function registryEntries(read) {
  return read.entries ?? agentEntries(read.registry);
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
  for (const link of unique2) {
    const read = reads.get(link);
    const path = linkProblem(link) ? link : normalizeLink(link);
    if (read.kind === "invalid-link") {
      result.set(link, { kind: "invalid-link", link, rule: read.rule, message: read.message });
    } else if (read.kind === "missing") {
      result.set(link, { kind: "missing", path });
    } else if (read.kind === "unreadable") {
      if (read.error.rule === "file/not-a-file") {
        result.set(link, {
          kind: "invalid-link",
          link,
          rule: "file/not-a-file",
          message: `details_link "${link}" is not a file`
        });
      } else result.set(link, { kind: "unreadable", path, error: read.error });
    } else if (read.kind === "known") {
      result.set(link, { kind: "document", path, contentId: read.contentId });
    } else {
      result.set(link, {
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
async function readWorkspace(source, options = {}) {
  source.hint?.(["", folderOf(DEFAULT_CONFIG.registry), DEFAULT_CONFIG.handoffDir]);
  const loaded = options.config ?? await judgedThere(source, loadConfigFrom(source, options.configFile, options.values));
  const registry = await judgedThere(source, readRegistryFrom(source, loaded.config, options.values));
  const tasks = activeTasks(registry.registry, loaded.config);
  const which = options.links ?? "active";
  const linked = which === "none" ? [] : which === "active" ? tasks.map((t) => [t.agent, t.detailsLink]) : agentEntries(registry.registry).map(([agent, entry]) => [agent, linkOf(entry)]);
  const links = linked.flatMap(([, link]) => link === void 0 ? [] : [link]);
  const read = links.length > 0 ? await readLinkedHandoffs(source, links, options.known ? { known: options.known } : {}) : /* @__PURE__ */ new Map();
  const handoffs = /* @__PURE__ */ new Map();
  for (const [agent, link] of linked) {
    handoffs.set(
      agent,
      link === void 0 ? { kind: "none", detail: `the registry entry of ${agent} has no details_link.` } : read.get(link)
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
  return (0, import_node_path6.join)(repoRoot, ...normalizeLink(path).split("/"));
}

// src/core/ascii.ts
function isWordCode(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}

// src/core/attribution.ts
init_paths();
function nonWorkPaths(handoffDir, registryFile, links, archive) {
  const files = /* @__PURE__ */ new Set([normalizeLink(registryFile)]);
  for (const link of links) if (linkProblem(link) === void 0) files.add(normalizeLink(link));
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

// src/app/status.ts
init_config();
init_errors();

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

// src/core/freshness.ts
init_config();
init_elements();
init_memo();
init_paths();
init_shell();

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

// src/core/freshness.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var SHORT = 7;
var FIX_SHA = 12;
function documentDateMs(date) {
  return date ? dateMs(date) : void 0;
}
var FUTURE_SLACK_MS = 2 * DAY_MS;
function notFuture(ms, now) {
  return ms !== void 0 && ms > now.getTime() + FUTURE_SLACK_MS ? void 0 : ms;
}
var dateMs = memoised(1e3, (date) => {
  if (DAY_ONLY.test(date)) {
    const start = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(start) ? void 0 : start + DAY_MS - 1;
  }
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? void 0 : parsed;
});
function attributeRanges(input) {
  const everyCommit = input.ranges.flatMap(
    (range) => range.commits.map((commit) => range.branch ? { commit, branch: range.branch } : { commit })
  );
  const branch = input.ranges[0]?.branch;
  const inRanges = new Set(everyCommit.map(({ commit }) => commit.sha));
  const before = (input.nextPush ?? []).filter((commit) => !inRanges.has(commit.sha)).map((commit) => branch ? { commit, branch } : { commit });
  const attribution = attributeCommits({
    commits: before.length > 0 ? [...before, ...everyCommit] : everyCommit,
    ...input.nextPush ? { fallbackScope: new Set(input.nextPush.map((c) => c.sha)) } : {},
    activeTaskIds: input.activeTaskIds,
    ...input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {},
    handoffFiles: input.handoffFiles,
    taskIds: taskIdRegExp(input.config)
  });
  const workShas = new Set(
    everyCommit.filter(({ commit }) => isWorkCommit(commit, input.nonWork)).map(({ commit }) => commit.sha)
  );
  const indexed = input.ranges.map((range) => indexRange(range, workShas, attribution.bySha));
  return { everyCommit, attribution, workShas, indexed };
}
function unattributedWork({
  workShas,
  attribution
}) {
  return [...workShas].filter((sha) => attribution.bySha.get(sha)?.tasks.length === 0);
}
var NO_ACTIVE_TASKS = "No active tasks in the registry: nothing to check.";
function evaluateFreshness(input) {
  const { config } = input;
  const notes = [...input.notes ?? []];
  const handoffFiles = /* @__PURE__ */ new Map();
  for (const { task, link } of input.tasks) {
    if (link.kind === "document" && !handoffFiles.has(task.taskId)) handoffFiles.set(task.taskId, link.path);
  }
  const { everyCommit, attribution, workShas, indexed } = attributeRanges({
    config,
    ranges: input.ranges,
    activeTaskIds: input.tasks.map((t) => t.task.taskId),
    ...input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {},
    handoffFiles,
    nonWork: input.nonWork
  });
  const ofFolder = input.folder ? ` of ${input.folder}` : "";
  const fellBack = [...workShas].filter((sha) => {
    const rule = attribution.bySha.get(sha)?.rule;
    return rule === "only-task-in-range" || rule === "only-active-task";
  });
  if (attribution.fallback && fellBack.length > 0) {
    const why = attribution.fallback.rule === "only-task-in-range" ? "the only active task the checked commits name" : "the only active task";
    notes.push(
      `${fellBack.length} work commit(s) that name no active task${ofFolder} count for ${attribution.fallback.taskId} (${why}).`
    );
  }
  const unattributed = unattributedWork({ workShas, attribution });
  if (unattributed.length > 0 && input.tasks.length > 0) {
    notes.push(
      `${unattributed.length} work commit(s) name no active task${ofFolder} and were not counted for any (add a \`Task: <ID>\` trailer): ${listShas(unattributed)}.`
    );
  }
  const active = new Set(input.tasks.map((t) => t.task.taskId));
  if (input.activeAtCommit && input.tasks.length > 0) {
    const ofFormer = /* @__PURE__ */ new Map();
    for (const sha of workShas) {
      const named = attribution.bySha.get(sha)?.tasks ?? [];
      if (named.length === 0 || named.some((id) => active.has(id))) continue;
      for (const id of named) ofFormer.set(id, (ofFormer.get(id) ?? 0) + 1);
    }
    for (const [taskId, count] of ofFormer) {
      notes.push(
        `${count} work commit(s) name ${taskId}, no longer active${ofFolder} but active where they were made: counted for it, not for an active task.`
      );
    }
  }
  const workCommitsByTask = /* @__PURE__ */ new Map();
  for (const sha of workShas) {
    for (const taskId of attribution.bySha.get(sha)?.tasks ?? []) {
      workCommitsByTask.set(taskId, (workCommitsByTask.get(taskId) ?? 0) + 1);
    }
  }
  const inRepository = (path) => pathFrom(input.folder ?? "", path);
  const shown = (path) => (input.shown ?? asInProject)(inRepository(path));
  const maxAgeMs = parseDuration(config.freshness.maxAge);
  const required = new Set(config.requiredElements);
  const agentsByTask = /* @__PURE__ */ new Map();
  for (const { task } of input.tasks) agentsByTask.set(task.taskId, (agentsByTask.get(task.taskId) ?? 0) + 1);
  const verdicts = input.tasks.map(({ task, link }) => {
    const problems = [];
    const shared = (agentsByTask.get(task.taskId) ?? 0) > 1;
    if (link.kind === "invalid-link") {
      const draft = draftCommand(task, shared);
      const fix = link.symlink ? `make ${shellWord(shown(link.symlink))} a file inside the repository, not a symlink out of it (or git rm it), then ${draft}` : draft;
      problems.push({ reason: "invalid-link", detail: link.message, fix });
    } else if (link.kind === "missing") {
      problems.push({ reason: "missing", detail: link.detail, fix: draftCommand(task, shared) });
    } else {
      const places = link.missingElements.filter((place) => required.has(place.element));
      if (places.length > 0) {
        const absent = places.map((place) => place.element);
        problems.push({
          reason: "incomplete",
          detail: `${shown(link.path)} lacks ${absent.map(elementTitle).join(", ")} (absent, empty or placeholder text).`,
          elements: absent,
          places,
          // A new draft would leave these open too: only a person or an agent can write them. An
          // agent, with no terminal for draft's questions, answers them as draft's flags (which fill
          // in a template committed last, or write the next session with the answers). The note is
          // always asked: a next session carries blockers and steps, never the last Current State.
          fix: `fill in ${absent.map(elementTitle).join(", ")} in ${shown(link.path)}, then commit it (${FOR_AN_AGENT} ${draftCommand(task, shared)} ${[.../* @__PURE__ */ new Set(["currentState", ...absent])].map((element) => ANSWER_SLOTS[element]).join(" ")}, then commit)`
        });
      }
      const behind = behindCommits(task.taskId, link.path, indexed);
      if (behind.commits.length > config.freshness.maxCommitsBehind) {
        const shas = behind.commits.map((c) => c.sha);
        const since = behind.lastTouch ? `after its last update in ${short(behind.lastTouch.sha)}` : "and the checked commits never update it";
        const from = behind.lastTouch?.sha ?? behind.base ?? void 0;
        const draft = draftCommand(task, shared);
        const others = shared ? ` ${task.taskId} is shared: every active agent's handoff must cover its work; if ${task.agent} has left it, \`handoff idle --agent ${shellWord(task.agent)}\` instead.` : "";
        const mentioned = behind.commits.filter(
          (c) => attribution.bySha.get(c.sha)?.rule === "message" && subjectLead(c.subject) !== task.taskId
        );
        const mentionNote = mentioned.length === 0 ? "" : ` ${listShas(mentioned.map((c) => c.sha))} ${mentioned.length === 1 ? "counts" : "count"} for ${task.taskId} because ${mentioned.length === 1 ? "its message mentions" : "their messages mention"} it: if that is another task's work, reword ${mentioned.length === 1 ? "it" : "them"} with a \`Task: <that task>\` trailer, which wins.`;
        problems.push({
          reason: "behind",
          detail: `${behind.commits.length} work commit(s) for ${task.taskId} ${since}: ${listShas(shas)} (allowed: ${config.freshness.maxCommitsBehind}).${mentionNote}${others}`,
          commits: shas.map(short),
          fix: from ? `${draft} --from ${from.slice(0, FIX_SHA)}` : draft
        });
      }
      const expired = expiry(
        link,
        shown(link.path),
        input.lastTouches,
        input.now,
        maxAgeMs,
        config.freshness.maxAge
      );
      if (expired) problems.push({ reason: "expired", detail: expired, fix: draftCommand(task, shared) });
    }
    const verdict = {
      taskId: task.taskId,
      agent: task.agent,
      fresh: problems.length === 0,
      problems,
      workCommits: workCommitsByTask.get(task.taskId) ?? 0
    };
    const handoffPath2 = link.kind === "document" ? link.path : task.detailsLink;
    if (handoffPath2 !== void 0) verdict.handoffPath = inRepository(handoffPath2);
    return verdict;
  });
  const judged = scoped(verdicts, config, input.ranges, everyCommit, notes);
  if (input.tasks.length === 0) notes.push(input.noTasksNote ?? NO_ACTIVE_TASKS);
  const commitCount = new Set(everyCommit.map((c) => c.commit.sha)).size;
  const result = { verdicts: judged, stale: judged.some((v) => !v.fresh), notes };
  if (input.ranges.length > 0) {
    result.range = { description: input.ranges.map((r) => r.description).join("; "), commitCount };
    const readAfter = input.ranges.length === 1 ? input.ranges[0]?.readAfter : void 0;
    if (readAfter !== void 0) result.range.readAfter = readAfter;
  }
  return result;
}
function draftCommand(task, shared) {
  return `handoff draft --task ${shellWord(task.taskId)}${shared ? ` --agent ${shellWord(task.agent)}` : ""}`;
}
function indexRange(range, workShas, bySha) {
  const touches = /* @__PURE__ */ new Map();
  const work = /* @__PURE__ */ new Map();
  for (const commit of range.commits) {
    for (const file of commit.files) {
      const list = touches.get(file.path);
      if (list) list.push(commit);
      else touches.set(file.path, [commit]);
    }
    if (!workShas.has(commit.sha)) continue;
    for (const taskId of bySha.get(commit.sha)?.tasks ?? []) {
      const list = work.get(taskId);
      if (list) list.push(commit);
      else work.set(taskId, [commit]);
    }
  }
  return { range, graph: new CommitGraph(range.commits), touches, work };
}
function behindInRange(indexed, taskId, handoffPath2) {
  const work = indexed.work.get(taskId) ?? [];
  const updates = indexed.touches.get(handoffPath2) ?? [];
  if (work.length === 0 && updates.length === 0) return { commits: [] };
  const { newest, covered } = indexed.graph.coverage(
    updates.map((c) => c.sha),
    work.map((c) => c.sha)
  );
  const lastTouch = updates.find((c) => c.sha === newest);
  if (work.length === 0) return lastTouch ? { commits: [], lastTouch } : { commits: [] };
  const commits = work.filter((c) => !covered.has(c.sha));
  return lastTouch ? { commits, lastTouch } : { commits };
}
function behindCommits(taskId, handoffPath2, ranges) {
  const result = {
    commits: []
  };
  let found;
  for (const indexed of ranges) {
    const behind = behindInRange(indexed, taskId, handoffPath2);
    if (behind.commits.length === 0) continue;
    found ??= /* @__PURE__ */ new Map();
    for (const commit of behind.commits) found.set(commit.sha, commit);
    if (result.head === void 0) {
      result.head = indexed.range.head;
      if (behind.lastTouch) result.lastTouch = behind.lastTouch;
      if (indexed.range.base) result.base = indexed.range.base;
    }
  }
  if (found) result.commits = [...found.values()];
  return result;
}
function scoped(verdicts, config, ranges, everyCommit, notes) {
  if (config.freshness.scope !== "touched" || ranges.length === 0) return verdicts;
  const changed = new Set(everyCommit.flatMap(({ commit }) => commit.files.map((f) => f.path)));
  for (const range of ranges) for (const path of range.changedAtStart ?? []) changed.add(path);
  const touched = (v) => (v.workCommits ?? 0) > 0 || v.handoffPath !== void 0 && changed.has(v.handoffPath);
  const untouched = verdicts.filter((v) => !touched(v));
  const waiting = untouched.filter((v) => !v.fresh);
  if (waiting.length > 0) {
    notes.push(
      `not judged (freshness.scope: touched; the checked commits do not work on them): ${waiting.map((v) => `${v.taskId} (${v.problems.map((p) => p.reason).join(", ")})`).join(", ")}.`
    );
  }
  const judged = verdicts.filter(touched);
  if (judged.length === 0 && verdicts.length > 0) {
    notes.push("No active task is worked on by the checked commits: nothing to check.");
  }
  return judged;
}
function expiry(link, shownPath, lastTouches, now, maxAgeMs, maxAgeText) {
  const written = documentDateMs(link.facts.date);
  const dated = notFuture(written, now);
  const touchedSeconds = lastTouches.get(link.path);
  const touched = notFuture(touchedSeconds === void 0 ? void 0 : touchedSeconds * 1e3, now);
  const last = Math.max(dated ?? Number.NEGATIVE_INFINITY, touched ?? Number.NEGATIVE_INFINITY);
  if (now.getTime() - last <= maxAgeMs) return void 0;
  const future = written !== void 0 && dated === void 0 ? ` (its **Date**, ${link.facts.date}, is in the future)` : "";
  if (dated === void 0 && touched === void 0) {
    return future ? `${shownPath} is dated in the future (${link.facts.date}), which is no update, and no commit dated within the last ${maxAgeText} touched it.` : `${shownPath} has no readable **Date** and no commit touched it in the last ${maxAgeText}.`;
  }
  const when = new Date(last).toISOString().slice(0, 10);
  const days = ageInDays(when, now);
  return `${shownPath} was last updated ${when} (${days} day(s) ago)${future}; the limit is ${maxAgeText}.`;
}
function listShas(shas) {
  const shown = shas.slice(0, 10).map(short).join(", ");
  return shas.length > 10 ? `${shown}, \u2026 (${shas.length - 10} more)` : shown;
}
function short(sha) {
  return sha.slice(0, SHORT);
}

// src/app/status.ts
init_paths();

// src/core/render/status.ts
init_elements();
init_errors();
init_shell();

// src/core/words.ts
init_whitespace();
function plural(count, word) {
  return count === 1 ? word : `${word}s`;
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint2) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint2 < ranges[i]) {
      high = mid - 1;
    } else if (codePoint2 > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint2) => {
  if (codePoint2 < ambiguousMinimalCodePoint || codePoint2 > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint2);
};
var isFullwidth = (codePoint2) => {
  if (codePoint2 < fullwidthMinimalCodePoint || codePoint2 > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint2);
};
var isWide = (codePoint2) => {
  if (codePoint2 >= wideFastPathStart && codePoint2 <= wideFastPathEnd) {
    return true;
  }
  if (codePoint2 < wideMinimalCodePoint || codePoint2 > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint2);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint2) {
  if (!Number.isSafeInteger(codePoint2)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint2}\`.`);
  }
}
function eastAsianWidth(codePoint2, { ambiguousAsWide = false } = {}) {
  validate(codePoint2);
  if (isFullwidth(codePoint2) || isWide(codePoint2) || ambiguousAsWide && isAmbiguous(codePoint2)) {
    return 2;
  }
  return 1;
}

// src/core/render/text-width.ts
init_whitespace();
var PLAIN = /^[\x20-\x7e]*$/;
var ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
function displayWidth(text) {
  if (PLAIN.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}
function charWidth(char) {
  return ZERO_WIDTH.test(char) ? 0 : eastAsianWidth(char.codePointAt(0));
}
function truncateToWidth(text, max) {
  const flat = collapseWhitespace(text).trim();
  if (displayWidth(flat) <= max) return flat;
  let out = "";
  let width = 0;
  for (const char of flat) {
    const w = charWidth(char);
    if (width + w > max - 1) break;
    out += char;
    width += w;
  }
  return `${out}\u2026`;
}

// src/core/render/status.ts
function handoffUpdatedMs(date, committedMs) {
  const dated = date === void 0 ? Number.NaN : Date.parse(date);
  if (Number.isNaN(dated)) return void 0;
  return committedMs === void 0 ? dated : Math.max(dated, committedMs);
}
function buildStatusRows(registry, config, handoffs, now, verdicts = /* @__PURE__ */ new Map()) {
  return agentEntries(registry).map(([agent, entry]) => {
    const task = typeof entry.current_task === "string" && entry.current_task !== "" ? entry.current_task : void 0;
    const linked = handoffs.get(agent);
    const row = {
      agent,
      status: entry.status,
      active: task !== void 0 && config.activeStatuses.includes(entry.status)
    };
    if (task !== void 0) row.task = task;
    if (typeof entry.brief_note === "string" && entry.brief_note !== "") row.briefNote = entry.brief_note;
    if (typeof entry.details_link === "string" && entry.details_link !== "")
      row.detailsLink = entry.details_link;
    const date = linked?.facts?.date;
    if (date !== void 0) {
      row.handoffDate = date;
      const days = daysSince(date, now, "local");
      const at2 = handoffUpdatedMs(date, linked?.committedMs);
      if (at2 !== void 0) {
        const todayAhead = at2 > now.getTime() && DAY_ONLY.test(date) && days === 0;
        const from = todayAhead ? Math.min(linked?.committedMs ?? now.getTime(), now.getTime()) : at2;
        row.ageMs = now.getTime() - from;
      }
      if (days !== void 0) row.ageDays = Math.max(0, days);
    }
    if (linked?.facts?.progressPercent !== void 0) row.progressPercent = linked.facts.progressPercent;
    if (linked?.problem !== void 0) row.problem = linked.problem;
    const verdict = row.active ? verdicts.get(agent) : void 0;
    if (verdict !== void 0) {
      row.freshness = {
        fresh: verdict.fresh,
        problems: verdict.problems.map(({ reason, detail, fix }) => ({ reason, detail, fix }))
      };
    }
    return row;
  });
}
function formatAge(ms, date, ageDays) {
  if (date !== void 0 && DAY_ONLY.test(date)) {
    const days = ageDays ?? Math.floor(ms / 864e5);
    return ms < 0 || days < 0 ? "future" : days === 0 ? "today" : `${days}d`;
  }
  if (ms < 0) return "future";
  const minutes = Math.floor(ms / 6e4);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}
var NOTE_WIDTH = 40;
function renderStatusText(root, packages = [], program = "handoff", packageFixProgram = program) {
  if (packages.length === 0) return tableText(root, root.file, program, program);
  const parts = root.rows.length > 0 ? [`. \u2014 ${root.file}
${tableText(root, root.file, program, program)}`] : [];
  for (const pkg of packages) {
    parts.push(
      pkg.problem === void 0 ? `${pkg.folder} \u2014 ${pkg.file}
${tableText(pkg, pkg.file, program, packageFixProgram)}` : `${pkg.folder}
! ${pkg.problem}
Run \`${program} validate\` for details.
`
    );
  }
  return parts.join("\n");
}
function noRegistryNote(registryFile, program = "handoff") {
  return `No registry at ${registryFile} yet: run \`${program} init\` to create one.`;
}
function tableText(table, registryFile, program, fixProgram) {
  const { rows, exists: registryExists } = table;
  if (!registryExists) return `${noRegistryNote(registryFile, program)}
`;
  if (rows.length === 0) return `No agents in ${registryFile} yet.
`;
  const header = ["AGENT", "TASK", "STATUS", "FRESHNESS", "AGE", "PROGRESS", "NOTE", "HANDOFF"];
  const cells = rows.map(
    (row) => [
      row.agent,
      row.task ?? "-",
      row.status,
      freshnessCell(row),
      row.ageMs !== void 0 ? formatAge(row.ageMs, row.handoffDate, row.ageDays) : "-",
      row.progressPercent !== void 0 ? `${row.progressPercent}%` : "-",
      row.briefNote !== void 0 ? truncateToWidth(row.briefNote, NOTE_WIDTH) : "-",
      row.detailsLink ?? "-"
    ].map(withControlsShown)
  );
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => displayWidth(c[i]))));
  const line = (values) => values.map((v, i) => i === values.length - 1 ? v : v + " ".repeat(widths[i] - displayWidth(v))).join("  ").trimEnd();
  const out = [line(header), ...cells.map(line)];
  const active = new Set(rows.filter((r) => r.active).map((r) => r.task)).size;
  const stale = rows.filter((r) => r.freshness?.fresh === false);
  const staleTasks = new Set(stale.map((r) => r.task)).size;
  out.push(
    "",
    `${rows.length} ${plural(rows.length, "agent")}, ${active} ${plural(active, "active task")}${staleTasks > 0 ? `, ${staleTasks} stale` : ""}.`
  );
  for (const row of stale) {
    for (const problem of row.freshness?.problems ?? []) {
      out.push(
        withControlsShown(
          `\u2717 ${row.task} (${row.agent}): ${problem.reason}: ${proseWithInvocation(problem.detail, program)} Fix: ${withInvocation(problem.fix, fixProgram)}`
        )
      );
    }
  }
  if (active > 0) {
    out.push(
      `Freshness as the working tree stands; \`${program} check\` also counts the work commits a push sends (behind).`
    );
    if (table.scope === "touched")
      out.push("freshness.scope is touched: a push judges only the tasks its commits work on.");
  }
  const problems = rows.filter((r) => r.problem !== void 0 && !(r.freshness?.fresh === false));
  for (const row of problems) out.push(withControlsShown(`! ${row.agent}: ${row.problem}`));
  if (problems.length > 0) out.push(`Run \`${program} validate\` for details.`);
  return `${out.join("\n")}
`;
}
function freshnessCell(row) {
  if (row.freshness === void 0) return "-";
  return row.freshness.fresh ? "fresh" : row.freshness.problems.map((p) => p.reason).join(", ");
}
function withProblemsSaid(row, detail, fix) {
  if (row.freshness === void 0) return row;
  const problems = row.freshness.problems.map((p) => ({
    reason: p.reason,
    detail: detail(p.detail),
    fix: fix(p.fix)
  }));
  return { ...row, freshness: { fresh: row.freshness.fresh, problems } };
}
function renderStatusJson(root, packages, hookNote, program = "handoff", packageFixProgram = program) {
  const json = (t, fixProgram = program) => ({
    registry: t.file,
    exists: t.exists,
    ...t.scope ? { scope: t.scope } : {},
    agents: t.rows.map((row) => invoked(row, fixProgram))
  });
  const invoked = (row, fixProgram) => fixProgram === "handoff" ? row : withProblemsSaid(
    row,
    (detail) => proseWithInvocation(detail, fixProgram),
    (fix) => withInvocation(fix, fixProgram)
  );
  const value = packages === void 0 ? json(root) : {
    ...json(root),
    packages: packages.map(
      (p) => p.problem === void 0 ? { folder: p.folder, ...json(p, packageFixProgram) } : { folder: p.folder, problem: p.problem }
    )
  };
  return `${JSON.stringify(hookNote === void 0 ? value : { ...value, hookNote }, null, 2)}
`;
}

// src/app/status.ts
init_shell();

// src/app/link-state.ts
init_errors();
init_paths();
function linkState(linked, summary, source, shown) {
  if (!linked) return { kind: "missing", detail: "the task has no details_link." };
  switch (linked.kind) {
    case "none":
      return { kind: "missing", detail: linked.detail };
    case "invalid-link":
      return {
        kind: "invalid-link",
        message: `${linked.message} [${linked.rule}].`,
        ...linked.rule === "path/symlink-escape" ? { symlink: normalizeLink(linked.link) } : {}
      };
    case "missing":
      return {
        kind: "missing",
        detail: `${shown(linked.path)} does not exist${source.kind === "revision" ? ` in ${source.label}` : ""}.`
      };
    case "unreadable":
      throw linked.error;
    case "document": {
      if (summary === void 0) throw new InternalError(`no summary of ${linked.path} was made`);
      return {
        kind: "document",
        path: linked.path,
        missingElements: summary.missingElements,
        facts: summary.facts
      };
    }
  }
}

// src/app/status.ts
async function statusOf(linked, cache, shown) {
  switch (linked.kind) {
    case "none":
      return void 0;
    case "invalid-link":
      return { problem: `${linked.message} [${linked.rule}]` };
    case "missing":
      return { problem: `${shown(linked.path)} does not exist [link/missing]` };
    case "unreadable":
      return {
        problem: formatLocated(
          linked.error.message,
          { ...linked.error.location, file: shown(linked.error.location.file ?? linked.path) },
          linked.error.rule
        )
      };
    case "document":
      try {
        const summary = await cache.summarize(linked.contentId, linked.text, linked.path);
        return { facts: summary.facts, summary };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return {
          problem: formatLocated(
            error.message,
            { ...error.location, file: shown(error.location.file ?? linked.path) },
            error.rule
          )
        };
      }
  }
}
async function gatherStatus(repoRoot, now, {
  packages: withPackages = true,
  shown = asInProject,
  git,
  freshness = true
} = {}) {
  const cache = await DocumentCache.open(repoRoot);
  try {
    const source = workingTreeSource(repoRoot);
    const rootWorkspace = await readWorkspace(source, { links: "all", values: cache.values });
    const rootRead = await readHandoffs(rootWorkspace, cache, shown, "");
    const reads = [rootRead];
    const patterns = rootWorkspace.config.workspaces;
    const packages = [];
    if (withPackages && patterns.length > 0) {
      for (const read of await readEachPackage(
        { source, config: rootWorkspace.config },
        { links: "all", values: cache.values }
      )) {
        const { folder } = read;
        if ("error" in read) {
          if (!(read.error instanceof InputError)) throw read.error;
          packages.push({ folder, rows: [], file: "", exists: false, problem: formatInputError(read.error) });
        } else if (read.workspace.registry.exists) {
          const handoffs = await readHandoffs(
            read.workspace,
            cache,
            (path) => shown(pathFrom(folder, path)),
            folder
          );
          reads.push(handoffs);
          packages.push({ folder, read: handoffs, workspace: read.workspace });
        }
      }
    }
    await GitCommandManager.at(repoRoot, git, (reader) => addCommitTimes(reader, reads, now));
    const judged = freshness ? shown : void 0;
    const root = statusTable(rootWorkspace, rootRead, now, shown, judged);
    if (!withPackages || patterns.length === 0) return root;
    return {
      ...root,
      packages: packages.map(
        (pkg) => "read" in pkg ? {
          folder: pkg.folder,
          ...statusTable(
            pkg.workspace,
            pkg.read,
            now,
            (path) => shown(pathFrom(pkg.folder, path)),
            judged
          )
        } : pkg
      )
    };
  } finally {
    await cache.save();
  }
}
async function readHandoffs(workspace, cache, shown, folder) {
  const handoffs = /* @__PURE__ */ new Map();
  const paths = /* @__PURE__ */ new Map();
  const summaries = /* @__PURE__ */ new Map();
  for (const [agent, linked] of workspace.handoffs) {
    const status = await statusOf(linked, cache, shown);
    if (!status) continue;
    const { summary, ...handoff } = status;
    handoffs.set(agent, handoff);
    if (linked.kind === "document" && summary) {
      paths.set(agent, pathFrom(folder, linked.path));
      summaries.set(agent, summary);
    }
  }
  return {
    handoffs,
    paths,
    summaries,
    lastTouches: /* @__PURE__ */ new Map(),
    folder,
    maxAgeMs: parseDuration(workspace.config.freshness.maxAge)
  };
}
async function addCommitTimes(git, reads, now) {
  let since = Number.POSITIVE_INFINITY;
  const sought = /* @__PURE__ */ new Set();
  for (const { handoffs, paths, maxAgeMs } of reads) {
    for (const [agent, path] of paths) {
      const at2 = handoffUpdatedMs(handoffs.get(agent)?.facts?.date);
      const from = at2 !== void 0 && at2 <= now.getTime() ? at2 : Number.NEGATIVE_INFINITY;
      since = Math.min(since, Math.max(from, now.getTime() - maxAgeMs));
      sought.add(path);
    }
  }
  if (sought.size === 0) return;
  let touches;
  try {
    touches = await git.lastTouchesSince([...sought], Math.floor(since / 1e3));
  } catch (error) {
    if (await git.headCommit() !== void 0) throw error;
    return;
  }
  for (const { handoffs, paths, summaries, lastTouches, folder, maxAgeMs } of reads) {
    for (const [agent, path] of paths) {
      const seconds = touches.get(path);
      if (seconds === void 0) continue;
      const handoff = handoffs.get(agent);
      if (handoff) handoff.committedMs = seconds * 1e3;
      if (seconds * 1e3 >= now.getTime() - maxAgeMs && summaries.has(agent))
        lastTouches.set(folder === "" ? path : path.slice(folder.length + 1), seconds);
    }
  }
}
function freshnessByAgent(workspace, read, now, shown) {
  const { config } = workspace;
  const inWorkspace = (path) => shown(pathFrom(read.folder, path));
  const tasks = [];
  const unjudged = /* @__PURE__ */ new Set();
  for (const task of workspace.activeTasks) {
    const linked = workspace.handoffs.get(task.agent);
    if (linked?.kind === "unreadable" || linked?.kind === "document" && !read.summaries.has(task.agent)) {
      unjudged.add(task.agent);
      tasks.push({ task, link: { kind: "missing", detail: "" } });
      continue;
    }
    tasks.push({
      task,
      link: linkState(linked, read.summaries.get(task.agent), workspace.source, inWorkspace)
    });
  }
  const verdicts = /* @__PURE__ */ new Map();
  if (tasks.length === 0) return verdicts;
  const { verdicts: judged } = evaluateFreshness({
    config,
    tasks,
    ranges: [],
    nonWork: nonWorkPaths(
      config.handoffDir,
      config.registry,
      linksIn(registryEntries(workspace.registry)),
      doneArchiveOf(config)
    ),
    lastTouches: read.lastTouches,
    now,
    ...read.folder === "" ? {} : { folder: read.folder },
    shown
  });
  for (const verdict of judged) {
    if (unjudged.has(verdict.agent)) continue;
    if (read.folder !== "") {
      for (const problem of verdict.problems) problem.fix = onPackage(problem.fix, shown(read.folder));
    }
    verdicts.set(verdict.agent, verdict);
  }
  return verdicts;
}
function statusTable(workspace, read, now, shown, judgedShown) {
  const { registry, file, exists } = workspace.registry;
  const verdicts = judgedShown ? freshnessByAgent(workspace, read, now, judgedShown) : void 0;
  const rows = buildStatusRows(registry, workspace.config, read.handoffs, now, verdicts).map(
    (row) => row.detailsLink === void 0 ? row : { ...row, detailsLink: shown(row.detailsLink) }
  );
  return {
    rows,
    file: shown(file),
    exists,
    ...workspace.config.freshness.scope === "touched" ? { scope: "touched" } : {}
  };
}

// src/cli/context.ts
var import_node_fs10 = require("node:fs");
var import_node_path7 = require("node:path");

// src/adapters/clock.ts
function clockFrom(env) {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) {
    const fixed = Number(epoch) * 1e3;
    return () => new Date(fixed);
  }
  return () => /* @__PURE__ */ new Date();
}

// src/cli/context.ts
init_errors();
init_json_location();
init_paths();
init_shell();
function processContext(options = {}) {
  const direct = (fd, stream) => descriptorOutput(fd, () => guarded(stream()), options.isatty);
  const directOutput = options.directOutput && process.platform !== "win32";
  const cwd = startedIn(process.env, process.cwd());
  return {
    cwd,
    env: process.env,
    // Made on first use: creating process.stdin costs ~4 ms, and most commands never read it.
    get stdin() {
      return process.stdin;
    },
    stdinFd: 0,
    stdout: directOutput ? direct(1, () => process.stdout) : process.stdout,
    stderr: directOutput ? direct(2, () => process.stderr) : process.stderr,
    now: clockFrom(process.env),
    program: invocation(process.argv[1] ?? "", cwd, (folder) => (0, import_node_fs10.existsSync)((0, import_node_path7.join)(folder, "package.json")))
  };
}
function startedIn(env, cwd) {
  const typedIn = env.INIT_CWD;
  if (env.npm_command !== "exec" || typedIn === void 0 || !(0, import_node_path7.isAbsolute)(typedIn)) return cwd;
  const ran = env.npm_lifecycle_script?.trim().split(/\s+/)[0]?.replace(/^['"]|['"]$/g, "");
  if (ran !== "handoff" && !ran?.endsWith("/handoff")) return cwd;
  const inside = (0, import_node_path7.relative)(cwd, typedIn);
  if (inside === "" || inside.startsWith("..") || (0, import_node_path7.isAbsolute)(inside)) return cwd;
  return (0, import_node_fs10.existsSync)(typedIn) ? typedIn : cwd;
}
function invocation(bin, cwd, isProject) {
  const at2 = bin.search(/[\\/]node_modules[\\/]/);
  if (at2 <= 0) return "handoff";
  const project = bin.slice(0, at2);
  const fromProject = (0, import_node_path7.relative)(project, cwd);
  if (!fromProject.startsWith("..") && !(0, import_node_path7.isAbsolute)(fromProject)) return "npx handoff";
  return isProject(project) ? `npx --prefix ${shellWord(project)} handoff` : "handoff";
}
function allWritten(output) {
  return output.streamed === false;
}
function descriptorOutput(fd, stream, isatty) {
  let made;
  const viaStream = () => {
    made ??= stream();
    return made;
  };
  let closed = false;
  return {
    write(text) {
      if (made) return made.write(text);
      if (closed) return true;
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      try {
        while (written < bytes.length) written += (0, import_node_fs10.writeSync)(fd, bytes, written);
      } catch (error) {
        const code = error.code;
        if (code === "EPIPE") closed = true;
        else if (code === "EAGAIN") viaStream().write(bytes.subarray(written));
        else throw error;
      }
      return true;
    },
    // Asked of the descriptor when `isatty` is given: making the stream only to ask would cost what
    // this output saves. (The hook never asks, and its bundle does not load node:tty for it.)
    get isTTY() {
      return made || !isatty ? viaStream().isTTY : isatty(fd);
    },
    get streamed() {
      return made !== void 0;
    }
  };
}
var EXIT = { ok: 0, stale: 1, input: 2, internal: 3 };
function guarded(stream) {
  return stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
}
function projectFromHere(ctx, projectRoot) {
  return (0, import_node_path7.relative)((0, import_node_path7.resolve)(ctx.startedIn ?? ctx.cwd), projectRoot).split(import_node_path7.sep).join("/");
}
function pathsFromHere(ctx, projectRoot) {
  if ((0, import_node_path7.relative)((0, import_node_path7.resolve)(ctx.startedIn ?? ctx.cwd), projectRoot) === "") return asInProject;
  const fromHere = filesFromHere(ctx, projectRoot);
  return (path) => linkIssue(path) !== void 0 ? path : fromHere(path);
}
function filesFromHere(ctx, root) {
  const here = (0, import_node_path7.resolve)(ctx.startedIn ?? ctx.cwd);
  return (path) => (0, import_node_path7.relative)(here, (0, import_node_path7.resolve)(root, path)).split(import_node_path7.sep).join("/") || ".";
}
function programOn(program, ctx, projectRoot) {
  const there = projectFromHere(ctx, projectRoot);
  return there === "" ? program : `${program} -C ${shellWord(there)}`;
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

// src/cli/commands/status.ts
async function run(options, ctx) {
  const { projectRoot: repoRoot, repoRoot: top } = await findProjectRoot(ctx.cwd);
  const shown = pathsFromHere(ctx, repoRoot);
  const hookNoting = huskyHookNote(GitCommandManager.create(top), top).catch(() => void 0);
  const { packages, ...root } = await namingFilesBy(
    shown,
    () => gatherStatus(repoRoot, ctx.now(), { shown })
  );
  const hookNote = await hookNoting;
  const program = programOn(ctx.program ?? "handoff", ctx, repoRoot);
  ctx.stdout.write(
    options.format === "json" ? renderStatusJson(root, packages, hookNote, program, ctx.program ?? "handoff") : `${renderStatusText(root, packages, program, ctx.program ?? "handoff")}${hookNote ? `warning: ${hookNote}
` : ""}`
  );
  return EXIT.ok;
}

// src/cli/direct-run.ts
init_terminal_manners();

// src/cli/uncaught.ts
init_errors();

// src/core/render/check-report.ts
init_shell();

// src/core/render/annotations.ts
init_elements();
init_paths();
function isRepositoryPath(path) {
  return linkIssue(path, "file") === void 0;
}

// src/core/render/check-report.ts
var NO_TERMINAL = `without a terminal (an agent), add the answers as flags: ${[...Object.values(ANSWER_SLOTS), TIME_SLOTS.remaining].join(" ")}`;
var UNCHECKED_TITLE = "Handoff Guard could not check this commit";
function renderUncheckedGithub(message, place) {
  const properties = [];
  if (place.file !== void 0 && isRepositoryPath(place.file)) {
    properties.push(`file=${escapeProperty(place.file)}`);
    if (place.line !== void 0) properties.push(`line=${place.line}`);
  }
  properties.push(`title=${escapeProperty(UNCHECKED_TITLE)}`);
  return `::error ${properties.join(",")}::${escapeData(message)}
`;
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

// src/cli/uncaught.ts
init_shell();
function reportUncaught(error, ctx, verbose = false, format) {
  const json = format === "json";
  const inputError = error instanceof InputError ? error : inputErrorFromSystem(error);
  if (inputError) {
    const program = ctx.program ?? "handoff";
    const message2 = proseWithInvocation(formatInputError(inputError), program);
    ctx.stderr.write(`handoff: ${message2}
`);
    if (json) ctx.stdout.write(inputErrorJson(inputError, program));
    if (format === "github") ctx.stdout.write(renderUncheckedGithub(message2, inputError.location));
    return EXIT.input;
  }
  const message = boundMessage(error instanceof Error ? error.message : String(error));
  ctx.stderr.write(`handoff: internal error: ${message}
`);
  if (json) ctx.stdout.write(renderErrorJson({ kind: "internal", message }, EXIT.internal));
  if ((ctx.env.HANDOFF_DEBUG || verbose) && error instanceof Error && error.stack)
    ctx.stderr.write(`${error.stack}
`);
  else ctx.stderr.write("handoff: set HANDOFF_DEBUG=1 for the stack trace, and please report it.\n");
  return EXIT.internal;
}
async function runOnDescriptors(command, options = {}) {
  const ctx = processContext({ directOutput: true, ...options.isatty ? { isatty: options.isatty } : {} });
  let code;
  try {
    code = await command(ctx);
  } catch (error) {
    code = reportUncaught(error, ctx, false, options.json ? "json" : void 0);
  }
  return { code, exitNow: allWritten(ctx.stdout) && allWritten(ctx.stderr) };
}
function inputErrorJson(error, program = "handoff") {
  const report = inputErrorReport(error);
  return renderErrorJson({ ...report, message: proseWithInvocation(report.message, program) }, EXIT.input);
}

// src/cli/direct-run.ts
function runDirectLine(line, run2) {
  const json = line.options.format === "json";
  return runOnDescriptors(
    async (ctx) => {
      const terminal = await terminalFor(
        ctx,
        commandTerminalOptions(line.command, line.options.format, "normal")
      );
      let code = EXIT.internal;
      try {
        code = await run2(line.options, terminal.ctx);
        return code;
      } finally {
        terminal.finish(code === EXIT.ok);
      }
    },
    { isatty: isTerminal, json }
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run,
  runDirectLine
});
