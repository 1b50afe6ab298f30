#!/usr/bin/env node
"use strict";

// src/cli/launcher.ts
var import_node_path2 = require("node:path");

// src/cli/code-cache.ts
var import_node_buffer = require("node:buffer");
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");

// src/adapters/cache-file.ts
var import_node_fs = require("node:fs");
var CACHE_FILE_LIMIT = 64 * 1024 * 1024;
var READ_FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0) | (import_node_fs.constants.O_NOCTTY ?? 0);
function regularFileBytes(file, limit, whole) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, READ_FLAGS);
  } catch {
    return void 0;
  }
  try {
    const info = (0, import_node_fs.fstatSync)(fd);
    if (!info.isFile() || whole && info.size > limit) return void 0;
    const buffer = Buffer.allocUnsafe(Math.min(limit, info.size));
    const read = (0, import_node_fs.readSync)(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read);
  } catch {
    return void 0;
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function readCacheFile(file, limit = CACHE_FILE_LIMIT) {
  return regularFileBytes(file, limit, true);
}

// src/generated/build-id.ts
var BUILD_ID = "fe365072ee5a91e0";

// src/core/version.ts
var PACKAGE_VERSION = "0.1.0";
var CACHE_STAMP = `${PACKAGE_VERSION}+${BUILD_ID}`;

// src/cli/code-cache.ts
var OFF = /* @__PURE__ */ new Set(["off", "0", "false", "no"]);
function codeCacheDir(bundle, env) {
  const setting = env.HANDOFF_CODE_CACHE?.trim();
  if (setting && OFF.has(setting.toLowerCase())) return void 0;
  if (setting) return setting;
  const parts = (0, import_node_path.dirname)(bundle).split(import_node_path.sep);
  const modules = parts.indexOf("node_modules");
  if (modules > 0) return [...parts.slice(0, modules + 1), ".cache", "handoff-guard"].join(import_node_path.sep);
  const ownModules = (0, import_node_path.join)((0, import_node_path.dirname)((0, import_node_path.dirname)(bundle)), "node_modules");
  return (0, import_node_fs2.existsSync)(ownModules) ? (0, import_node_path.join)(ownModules, ".cache", "handoff-guard") : void 0;
}
function textOf(bytes) {
  return (0, import_node_buffer.isAscii)(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}
function requireBundle(bundle, requireFromBundle, env = process.env, options = {}) {
  const fd = (0, import_node_fs2.openSync)(bundle, "r");
  let source;
  let stamp;
  try {
    const stat = (0, import_node_fs2.fstatSync)(fd);
    stamp = `${CACHE_STAMP}-${stat.size}-${Math.trunc(stat.mtimeMs)}`;
    source = textOf((0, import_node_fs2.readFileSync)(fd));
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  const dir = codeCacheDir(bundle, env);
  const name = `${(0, import_node_path.basename)(bundle)}-${process.version}-${process.arch}-${pathHash(bundle)}-`;
  const cacheFile = dir && (0, import_node_path.join)(dir, `${name}${stamp}.v8`);
  let cached;
  if (cacheFile) {
    try {
      const bytes = readCacheFile(cacheFile);
      cached = bytes === void 0 ? void 0 : cacheFileOf(bytes);
    } catch {
    }
  }
  const cachedData = cached?.data;
  const body = source.startsWith("#!") ? `//${source.slice(2)}` : source;
  const parameters = "exports, require, module, __filename, __dirname, __hgImportModule";
  const script = new import_node_vm.Script(`(function (${parameters}) {${body}
})`, {
    filename: bundle,
    ...cachedData ? { cachedData } : {}
  });
  const wrapper = script.runInThisContext();
  const module2 = { exports: {} };
  wrapper.call(
    module2.exports,
    module2.exports,
    requireFromBundle,
    module2,
    bundle,
    (0, import_node_path.dirname)(bundle),
    options.importModule
  );
  if (dir && cacheFile) {
    if (cached === void 0 || script.cachedDataRejected) {
      process.once("exit", () => writeCache(dir, cacheFile, name, 0, script.createCachedData()));
    } else if (cached.checks < CHECKED_RUNS) {
      const { data, checks } = cached;
      process.once(
        "exit",
        () => checkCache({ dir, file: cacheFile, name, data, checks }, () => script.createCachedData())
      );
    }
  }
  return module2.exports;
}
function checkCache(cache, make) {
  const { dir, file, name, data, checks } = cache;
  if (!countCheck(file, checks + 1)) return;
  const made = make();
  if (made.length > Math.max(data.length, sizeOf(file) - HEADER_BYTES) + GROWTH)
    writeCache(dir, file, name, checks + 1, made);
}
var CHECKED_RUNS = 6;
var GROWTH = 1024;
var MAGIC = "hgc1";
var HEADER_BYTES = 8;
var CHECKS_AT = 4;
function cacheFileOf(bytes) {
  if (bytes.length <= HEADER_BYTES || bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) return void 0;
  return { data: bytes.subarray(HEADER_BYTES), checks: bytes[CHECKS_AT] };
}
function pathHash(path) {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}
function writeCache(dir, cacheFile, name, checks, data) {
  try {
    (0, import_node_fs2.mkdirSync)(dir, { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(MAGIC, 0, "latin1");
    header[CHECKS_AT] = checks;
    (0, import_node_fs2.writeFileSync)(partial, Buffer.concat([header, data]));
    (0, import_node_fs2.renameSync)(partial, cacheFile);
    for (const file of (0, import_node_fs2.readdirSync)(dir)) {
      if (file.startsWith(name) && (0, import_node_path.join)(dir, file) !== cacheFile && !file.endsWith(".tmp"))
        (0, import_node_fs2.rmSync)((0, import_node_path.join)(dir, file), { force: true });
    }
  } catch {
  }
}
function countCheck(cacheFile, checks) {
  try {
    const fd = (0, import_node_fs2.openSync)(cacheFile, "r+");
    try {
      (0, import_node_fs2.writeSync)(fd, Uint8Array.of(checks), 0, 1, CHECKS_AT);
    } finally {
      (0, import_node_fs2.closeSync)(fd);
    }
    return true;
  } catch {
    return false;
  }
}
function sizeOf(file) {
  try {
    return (0, import_node_fs2.statSync)(file).size;
  } catch {
    return 0;
  }
}

// src/cli/direct-lines.ts
var CHECK_FORMATS = ["text", "json", "github"];
var RESUME_FORMATS = ["text", "markdown", "json"];
var STATUS_FORMATS = ["text", "json"];
function prePushHookOptions(argv2) {
  if (argv2[0] !== "check" || argv2[1] !== "--hook" || argv2[2] !== "pre-push") return void 0;
  const rest = argv2[3] === "--" ? argv2.slice(4) : argv2.slice(3);
  if (rest.length > 2 || rest.some((arg) => arg.startsWith("-"))) return void 0;
  return { hook: "pre-push", format: CHECK_FORMATS[0], hookArgs: [...rest] };
}
var DIRECT_COMMANDS = {
  resume: {
    task: {},
    agent: {},
    format: { choices: RESUME_FORMATS },
    tests: { repeatable: true },
    coverage: {}
  },
  status: { format: { choices: STATUS_FORMATS } }
};
var DIRECT_COMMAND_NAMES = Object.keys(DIRECT_COMMANDS);
function directCommandLine(argv2) {
  const command = argv2[0];
  if (command !== "resume" && command !== "status") return void 0;
  const known = DIRECT_COMMANDS[command];
  const options = {};
  for (let i = 1; i < argv2.length; i++) {
    const word = argv2[i];
    if (!word.startsWith("--")) return void 0;
    const equals = word.indexOf("=");
    const name = word.slice(2, equals === -1 ? void 0 : equals);
    const option = Object.hasOwn(known, name) ? known[name] : void 0;
    const value = equals === -1 ? argv2[++i] : word.slice(equals + 1);
    if (!option || value === void 0 || equals === -1 && value.startsWith("-")) return void 0;
    if (option.choices && !option.choices.includes(value)) return void 0;
    const given = options[name];
    if (option.repeatable) options[name] = [...given ?? [], value];
    else if (given === void 0) options[name] = value;
    else return void 0;
  }
  const formats = known.format.choices;
  return { command, options: { ...options, format: options.format ?? formats[0] } };
}

// src/core/shell.ts
function shellWord(text) {
  if (/^[A-Za-z0-9._/@%+=:,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
var FOR_AN_AGENT = "an agent without a terminal:";
var HANDOFF_IN_FIX = new RegExp(`(^|&& |, then |${FOR_AN_AGENT} )handoff `, "g");
var COMMAND_AFTER = [", then ", `${FOR_AN_AGENT} `];

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

// src/core/slots.ts
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

// src/core/session-time.ts
var DEFAULT_FIRST_COMMIT_ALLOWANCE_MS = 30 * 60 * 1e3;

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

// src/core/document/labels.ts
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

// src/core/document/elements.ts
var PLACEHOLDER_START = new Uint8Array(128);
for (const c of " 	\n\v\f\r([<_*.-?tTnNfF") PLACEHOLDER_START[c.charCodeAt(0)] = 1;

// src/core/paths.ts
function isPlainPath(link) {
  if (link.length > MAX_PATH_CHARS || !PLAIN_NAMES.test(link) || DOT_NAME.test(link) || GIT_NAME.test(link))
    return false;
  return link.length <= MAX_NAME_BYTES || link.split("/").every((name) => name.length <= MAX_NAME_BYTES);
}
var PLAIN_NAMES = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
var DOT_NAME = /(?:^|\/)\.\.?(?:\/|$)/;
var GIT_NAME = /(?:^|\/)\.git(?:\/|$)/i;
var MEMO_LIMIT = 5e4;
var plainPath = memoised(MEMO_LIMIT, isPlainPath);
var normalized = memoised(MEMO_LIMIT, normalizeSegments);
var MAX_NAME_BYTES = 255;
var MAX_PATH_CHARS = 1024;
function normalizeSegments(link) {
  const parts = [];
  for (const segment of link.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "" && segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

// src/core/render/check-report.ts
var NO_TERMINAL = `without a terminal (an agent), add the answers as flags: ${[...Object.values(ANSWER_SLOTS), TIME_SLOTS.remaining].join(" ")}`;

// src/cli/uncaught.ts
function hookInternalErrorText(message, block) {
  return [
    "",
    "!!! handoff-guard: INTERNAL ERROR while checking handoffs !!!",
    `!!! ${message}`,
    block ? '!!! The push is blocked (hook.onInternalError is "block").' : '!!! The push is ALLOWED without a handoff check (set hook.onInternalError to "block" to refuse instead).',
    "!!! Set HANDOFF_DEBUG=1 for details, and please report it.",
    ""
  ].join("\n");
}

// src/cli/launcher.ts
function exitWith({ code, exitNow }) {
  if (exitNow) process.exit(code);
  process.exitCode = code;
}
function ranDirectly(line) {
  if (!line) return false;
  let entry;
  try {
    entry = requireBundle((0, import_node_path2.join)(__dirname, `${line.command}.cjs`), require);
  } catch {
    return false;
  }
  entry.runDirectLine(line, entry.run).then(exitWith);
  return true;
}
var argv = process.argv.slice(2);
var hook = prePushHookOptions(argv);
if (hook) {
  let entry;
  try {
    entry = requireBundle((0, import_node_path2.join)(__dirname, "check.cjs"), require);
  } catch (error) {
    process.stderr.write(hookInternalErrorText(`dist/check.cjs did not load: ${String(error)}`, false));
    if (process.env.HANDOFF_DEBUG && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}
`);
  }
  entry?.runHook(hook).then(exitWith);
} else if (!ranDirectly(directCommandLine(argv))) {
  requireBundle((0, import_node_path2.join)(__dirname, "cli.cjs"), require, process.env, {
    importModule: (specifier) => import(specifier)
  });
}
