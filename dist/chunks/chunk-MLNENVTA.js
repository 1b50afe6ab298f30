#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/core/shell.ts
function shellWord(text) {
  if (/^[A-Za-z0-9._/@%+=:,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function commitPathsCommand(paths, message) {
  const words = paths.map(shellWord).join(" ");
  return `git add -- ${words} && git commit -m ${shellWord(message)} -- ${words}`;
}
var FOR_AN_AGENT = "an agent without a terminal:";
var HANDOFF_IN_FIX = new RegExp(`(^|&& |, then |${FOR_AN_AGENT} )handoff `, "g");
function withInvocation(fix, invocation) {
  return fix.replace(
    HANDOFF_IN_FIX,
    (match, before, offset) => quotedAt(fix, offset) ? match : `${before}${invocation} `
  );
}
function onPackage(fix, folder) {
  return withInvocation(fix, `handoff -C ${shellWord(folder)}`);
}
var HANDOFF_IN_PROSE = /`handoff (?=[a-z])/g;
function proseWithInvocation(text, invocation) {
  return invocation === "handoff" ? text : text.replace(HANDOFF_IN_PROSE, () => `\`${invocation} `);
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
var STARTS_COMMAND = /^(?:npx |handoff |git )/;
var COMMAND_AFTER = [", then ", `${FOR_AN_AGENT} `];
var IS_COMMAND = /^(?:npx |handoff )/;
function fixSegments(fix) {
  if (STARTS_COMMAND.test(fix)) return [{ text: fix, command: true }];
  const segments = [];
  let from = 0;
  for (; ; ) {
    const start = commandStart(fix, from);
    if (start === void 0) break;
    const end = commandEnd(fix, start);
    segments.push(
      { text: fix.slice(from, start), command: false },
      { text: fix.slice(start, end), command: true }
    );
    from = end;
  }
  if (from < fix.length) segments.push({ text: fix.slice(from), command: false });
  return segments.filter((segment) => segment.text !== "");
}
function commandStart(fix, from) {
  let first;
  for (const before of COMMAND_AFTER) {
    for (let at = fix.indexOf(before, from); at !== -1; at = fix.indexOf(before, at + 1)) {
      const start = at + before.length;
      if (IS_COMMAND.test(fix.slice(start, start + 12)) && !quotedAt(fix, start)) {
        if (first === void 0 || start < first) first = start;
        break;
      }
    }
  }
  return first;
}
function commandEnd(fix, start) {
  for (let at = fix.indexOf(", then ", start); at !== -1; at = fix.indexOf(", then ", at + 1)) {
    if (!quotedAt(fix, at)) return at;
  }
  return fix.endsWith(")") && fix.lastIndexOf("(", start) !== -1 ? fix.length - 1 : fix.length;
}
function runsHandoff(fix) {
  return withInvocation(fix, "\0") !== fix;
}

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
function withControlsShown(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, shownControl);
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
function inputErrorReport(error) {
  const { message, rule, location } = error;
  return { kind: "input", message, ...rule === void 0 ? {} : { rule }, ...location };
}
function renderErrorJson(report, exitCode) {
  return `${JSON.stringify({ error: report, exitCode })}
`;
}
var PATH_PROBLEMS = {
  ENAMETOOLONG: "the path or one of its names is too long for the file system",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "the path is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ELOOP: "too many symbolic links (a symlink loop?)",
  EEXIST: "the path already exists"
};
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
var PLAIN_NAMES = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
var DOT_NAME = /(?:^|\/)\.\.?(?:\/|$)/;
var GIT_NAME = /(?:^|\/)\.git(?:\/|$)/i;
var MEMO_LIMIT = 5e4;
var MEMO_KEY_CHARS = 1024;
var plainPath = memoised(MEMO_LIMIT, isPlainPath);
var issues = /* @__PURE__ */ new Map();
var normalized = memoised(MEMO_LIMIT, normalizeSegments);
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
var MAX_NAME_BYTES = 255;
var MAX_PATH_CHARS = 1024;
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
var asInProject = (path) => path;
function pathsInFolder(folder) {
  return folder === "" || folder === "." ? asInProject : (path) => pathFrom(folder, path);
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

export {
  shellWord,
  commitPathsCommand,
  FOR_AN_AGENT,
  withInvocation,
  onPackage,
  proseWithInvocation,
  fixSegments,
  runsHandoff,
  withControlsShown,
  boundMessage,
  InputError,
  InternalError,
  formatLocated,
  formatInputError,
  inputErrorReport,
  renderErrorJson,
  inputErrorFromSystem,
  memoised,
  linkProblem,
  linkIssue,
  pathFrom,
  asInProject,
  pathsInFolder,
  isInFolders,
  isAtOrInside,
  normalizeLink
};
