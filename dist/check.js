#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  GitCommandManager
} from "./chunks/check-chunk-EELIGTLL.js";
import {
  DEFAULT_CONFIG,
  elementTitle,
  linkIssue,
  linkProblem,
  locationOf,
  needsLinearEngine,
  normalizeLink,
  parseDuration,
  parseJsonLocated,
  pointerSegment,
  require_ucs2length,
  resolveConfig,
  taskIdRegExp,
  useLinearEngine
} from "./chunks/check-chunk-FKQ55PEW.js";
import {
  InputError,
  InternalError,
  formatInputError
} from "./chunks/check-chunk-5RSSXZPM.js";
import {
  __toESM
} from "./chunks/check-chunk-62YIHLCJ.js";

// src/adapters/pre-push.ts
import { fstatSync } from "node:fs";
import { readFile } from "node:fs/promises";

// src/core/pre-push.ts
var ZERO_SHA = /^0+$/;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;
var PRE_PUSH_STDIN = "<pre-push stdin>";
function parsePrePushInput(stdin) {
  const refs = [];
  stdin.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    const fields = line.trim().split(/\s+/);
    const [localRef, localSha, remoteRef, remoteSha] = fields;
    if (fields.length !== 4 || localRef === void 0 || localSha === void 0 || remoteRef === void 0 || remoteSha === void 0 || !SHA.test(localSha) || !SHA.test(remoteSha)) {
      throw new InputError(
        'expected "<local ref> <local sha> <remote ref> <remote sha>" as git passes to a pre-push hook',
        { file: PRE_PUSH_STDIN, line: index + 1, column: 1 },
        "pre-push/stdin"
      );
    }
    refs.push({ localRef, localSha, remoteRef, remoteSha });
  });
  return refs;
}
function planPush(refs, remote) {
  const plan = { refs: [], skipped: [] };
  const remotes = isRemoteName(remote) ? `--remotes=${remote}` : "--remotes";
  const seen = /* @__PURE__ */ new Set();
  for (const ref of refs) {
    if (ZERO_SHA.test(ref.localSha)) {
      plan.skipped.push({ ...ref, why: "deletion" });
      continue;
    }
    if (ref.remoteRef.startsWith("refs/tags/") || ref.localRef.startsWith("refs/tags/")) {
      plan.skipped.push({ ...ref, why: "tag" });
      continue;
    }
    const key = `${ref.localSha} ${ref.remoteSha}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const branch = ref.remoteRef.replace(/^refs\/heads\//, "");
    const isNew = ZERO_SHA.test(ref.remoteSha);
    const revisionArgs = ["--ignore-missing", ref.localSha, "--not", remotes];
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
function chooseHookInput(stdin, env) {
  if (stdin.text.trim() !== "") return { kind: "stdin", text: stdin.text };
  const push = preCommitPush(env);
  if (push) return { kind: "pre-commit", push };
  if (env.PRE_COMMIT === "1") {
    return {
      kind: "none",
      why: "run by pre-commit without PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF or PRE_COMMIT_LOCAL_BRANCH: pre-commit sets them only in its pre-push stage (`stages: [pre-push]`, installed with `pre-commit install --hook-type pre-push`); for a manual run pass `--hook-stage pre-push --from-ref REV --to-ref REV`"
    };
  }
  if (stdin.provided) return { kind: "stdin", text: stdin.text };
  return {
    kind: "none",
    why: "no pushed refs to check: stdin is a terminal or not connected, and no PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF is set. git passes the pushed refs on stdin, so run this from a pre-push hook that does not consume stdin; to check a range by hand use `handoff check --base REV --head REV`"
  };
}
function preCommitPush(env) {
  const value = (name) => {
    const v = env[name]?.trim();
    return v === void 0 || v === "" ? void 0 : v;
  };
  const from = value("PRE_COMMIT_FROM_REF");
  const to = value("PRE_COMMIT_TO_REF");
  const localBranch = value("PRE_COMMIT_LOCAL_BRANCH");
  const remoteBranch = value("PRE_COMMIT_REMOTE_BRANCH");
  const remoteName = value("PRE_COMMIT_REMOTE_NAME");
  const localRev = to ?? localBranch;
  if (localRev === void 0) return void 0;
  const localRef = localBranch ?? to ?? localRev;
  const push = { localRef, localRev, remoteRef: remoteBranch ?? localRef };
  if (from !== void 0 && to !== void 0) push.remoteRev = from;
  if (remoteName !== void 0) push.remoteName = remoteName;
  return push;
}
var ZERO_OID = "0000000000000000000000000000000000000000";
function prePushLine(push, localSha, remoteSha) {
  return `${push.localRef.replace(/\s+/g, "")} ${localSha} ${push.remoteRef.replace(/\s+/g, "")} ${remoteSha ?? ZERO_OID}
`;
}
function isFullSha(rev) {
  return SHA.test(rev);
}
function hookManagerOf(facts) {
  if (facts.env.PRE_COMMIT === "1") return "pre-commit";
  const text = facts.hookText ?? "";
  if (/File generated by pre-commit|pre_commit|\bpre-commit hook-impl\b/.test(text)) return "pre-commit";
  if (/lefthook/.test(text)) return "lefthook";
  if (/SKIP_SIMPLE_GIT_HOOKS|simple-git-hooks/.test(text)) return "simple-git-hooks";
  const path = (facts.hookPath ?? "").replaceAll("\\", "/");
  if (/(^|\/)\.husky\//.test(path) || /\bhusky\b/.test(text)) return "husky";
  return "plain";
}
function bypassLines(manager) {
  const own = {
    husky: ["HUSKY=0 git push", "skip husky hooks"],
    lefthook: ["LEFTHOOK=0 git push", "skip lefthook hooks"],
    "pre-commit": ["SKIP=handoff git push", "skip this pre-commit hook"],
    "simple-git-hooks": ["SKIP_SIMPLE_GIT_HOOKS=1 git push", "skip simple-git-hooks hooks"],
    plain: void 0
  };
  const managerLine = own[manager];
  const lines = [
    ["git push --no-verify", "skip every pre-push hook"],
    ...managerLine ? [managerLine] : [],
    ["HANDOFF_SKIP=1 git push", "skip only this check"]
  ];
  const width = Math.max(...lines.map(([command]) => command.length)) + 1;
  return lines.map(([command, why]) => `${command.padEnd(width)} (${why})`);
}

// src/adapters/pre-push.ts
async function readPushedRange(git, ref) {
  const commits = await git.logRange(ref.revisionArgs, { stats: false });
  const range = {
    description: ref.description,
    head: ref.localSha,
    branch: ref.branch,
    commits
  };
  if (ref.kind === "update") range.base = ref.remoteSha;
  return range;
}
async function readHookStdin(stream) {
  if (stream.isTTY) return { provided: false, text: "" };
  if (typeof stream.fd === "number") {
    try {
      const stat4 = fstatSync(stream.fd);
      if (!stat4.isFIFO() && !stat4.isFile() && !stat4.isSocket()) return { provided: false, text: "" };
    } catch {
      return { provided: false, text: "" };
    }
  }
  const chunks = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return { provided: true, text: Buffer.concat(chunks).toString("utf8") };
}
async function resolveHookPush(git, stdin, env, hookArgs) {
  const input = chooseHookInput(stdin, env);
  const argRemote = hookArgs[0];
  if (input.kind === "stdin") return { stdin: input.text, remoteName: argRemote ?? "origin" };
  if (input.kind === "none") throw new InputError(input.why, { file: PRE_PUSH_STDIN }, "pre-push/no-input");
  const { push } = input;
  const resolve4 = (rev) => isFullSha(rev) ? rev : git.revParse(rev);
  const [localSha, remoteSha] = await Promise.all([
    resolve4(push.localRev),
    push.remoteRev === void 0 ? void 0 : resolve4(push.remoteRev)
  ]);
  return {
    stdin: prePushLine(push, localSha, remoteSha),
    remoteName: push.remoteName ?? argRemote ?? "origin"
  };
}
async function detectHookManager(git, env) {
  if (env.PRE_COMMIT === "1") return "pre-commit";
  try {
    const hookPath = await git.gitPath("hooks/pre-push");
    const hookText = await readFile(hookPath, "utf8").catch(() => void 0);
    return hookManagerOf({ env, hookPath, ...hookText === void 0 ? {} : { hookText } });
  } catch {
    return "plain";
  }
}

// src/adapters/repo-root.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
async function findRepoRoot(cwd) {
  let dir = resolve(cwd);
  for (; ; ) {
    try {
      const found = await stat(join(dir, ".git"));
      if (found.isDirectory() || found.isFile()) return dir;
    } catch {
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const start = await stat(resolve(cwd)).catch(() => void 0);
  if (!start?.isDirectory()) throw new InputError(`no such folder: ${resolve(cwd)}`, {}, "path/no-folder");
  throw new InputError(`not inside a git repository: ${resolve(cwd)}`, {}, "git/no-repo");
}

// src/adapters/document-cache.ts
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile as readFile3, rename, stat as stat2, writeFile } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, join as join2, resolve as resolve2 } from "node:path";

// src/core/version.ts
var PACKAGE_VERSION = "0.1.0";

// src/adapters/document-cache.ts
var CACHE_VERSION = `3/${PACKAGE_VERSION}`;
async function gitDir(repoRoot) {
  const dotGit = join2(repoRoot, ".git");
  try {
    const info = await stat2(dotGit);
    if (info.isDirectory()) return dotGit;
    const text = await readFile3(dotGit, "utf8");
    const match = /^gitdir:\s*(.+)$/m.exec(text);
    if (match?.[1]) {
      const target = match[1].trim();
      return isAbsolute(target) ? target : resolve2(repoRoot, target);
    }
  } catch {
  }
  return dotGit;
}
var DocumentCache = class _DocumentCache {
  constructor(file, previous) {
    this.file = file;
    this.previous = previous;
  }
  file;
  previous;
  used = /* @__PURE__ */ new Map();
  misses = 0;
  /** Opens the repository's cache; a missing, unreadable or outdated cache is an empty one. */
  static async open(repoRoot) {
    const dir = await gitDir(repoRoot);
    if (!existsSync(dir)) return _DocumentCache.inMemory();
    const file = join2(dir, "handoff-guard", "cache.json");
    let previous = {};
    try {
      const parsed = JSON.parse(readFileSync(file, "utf8"));
      if (parsed && parsed.version === CACHE_VERSION && parsed.entries && typeof parsed.entries === "object") {
        previous = parsed.entries;
      }
    } catch {
    }
    return new _DocumentCache(file, previous);
  }
  /** A cache that never persists (for callers without a repository). */
  static inMemory() {
    return new _DocumentCache(void 0, {});
  }
  /** How many documents were parsed (not served from the cache) since opening. */
  get parsedCount() {
    return this.misses;
  }
  /** Whether the summary of the content `id` is here (then its text need not even be read). */
  has(id) {
    return this.used.has(id) || Object.hasOwn(this.previous, id);
  }
  /**
   * The summary of a document; `id` is its content id, `text` may be left out when `has(id)` said
   * the summary is here; `file` names the document in the error a hostile one gets.
   */
  async summarize(id, text, file) {
    const known = this.used.get(id) ?? (Object.hasOwn(this.previous, id) ? this.previous[id] : void 0);
    if (known) {
      this.used.set(id, known);
      return known;
    }
    if (text === void 0) throw new InternalError(`no text and no cached summary for ${file ?? id}`);
    this.misses++;
    const summary = await summarizeMarkdown(text, file);
    this.used.set(id, summary);
    return summary;
  }
  /**
   * Writes the cache back when anything was parsed (entries not used in this run are dropped, so the
   * cache follows the registry). Failures are ignored: the cache only saves time.
   */
  async save() {
    if (!this.file || this.misses === 0) return;
    const content = { version: CACHE_VERSION, entries: Object.fromEntries(this.used) };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname2(this.file), { recursive: true });
      await writeFile(temp, JSON.stringify(content));
      await rename(temp, this.file);
    } catch {
    }
  }
};
async function summarizeMarkdown(text, file) {
  const { summarizeHandoff } = await import("./chunks/check-scan-X2YIG7RE.js");
  const { missingElements, facts } = summarizeHandoff(text, file);
  return { missingElements, facts };
}

// src/adapters/workspace.ts
import { createHash } from "node:crypto";
import { readdir as readdir2 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/generated/agent-handoffs.validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var agent_handoffs_validator_default = validate10;
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

// src/core/registry.ts
function isAgentKey(key) {
  return !key.startsWith("$");
}
function agentEntries(registry) {
  return Object.entries(registry).filter(([key]) => isAgentKey(key));
}
function registryPointer(agent, key) {
  return `/${pointerSegment(agent)}${key === void 0 ? "" : `/${pointerSegment(key)}`}`;
}
function describeSchemaError(error) {
  const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const [agent, field] = segments;
  const subject = agent === void 0 ? "the registry" : field === void 0 ? `agent "${agent}"` : `"${field}" of agent "${agent}"`;
  switch (error.keyword) {
    case "required": {
      const missing = error.params.missingProperty;
      return { message: `${subject} has no "${missing}"`, pointer: error.instancePath, key: true };
    }
    case "type": {
      const expected = error.params.type;
      const wanted = agent === void 0 ? "an object mapping agent names to entries" : field === void 0 ? "an object (the agent entry)" : [expected].flat().join(" or ");
      return { message: `${subject} must be ${wanted}`, pointer: error.instancePath, key: false };
    }
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
      return { message: `${subject} must not be empty`, pointer: error.instancePath, key: false };
    default:
      return {
        message: `${subject} ${error.message ?? "is invalid"}`,
        pointer: error.instancePath,
        key: false
      };
  }
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
  for (const duplicate of json.duplicateKeys) {
    const name = duplicate.pointer.split("/").slice(1).join("/").replace(/~1/g, "/").replace(/~0/g, "~");
    problems.push(
      new InputError(
        `key "${name}" is written twice; the first one would be lost`,
        { file, line: duplicate.line, column: duplicate.column },
        "json/duplicate-key"
      )
    );
  }
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
      if (!isAgentKey(agent) || !entry || typeof entry !== "object") continue;
      const status = entry.status;
      if (typeof status === "string" && status !== "" && !statuses.includes(status)) {
        problems.push(
          new InputError(
            `unknown status "${status}" for agent "${agent}" (allowed: ${statuses.join(", ")}; add more with the config key "statuses")`,
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
function activeTasks(registry, config) {
  const tasks = [];
  for (const [agent, entry] of agentEntries(registry)) {
    const taskId = typeof entry.current_task === "string" ? entry.current_task.trim() : "";
    if (taskId === "" || !config.activeStatuses.includes(entry.status)) continue;
    const link2 = typeof entry.details_link === "string" && entry.details_link !== "" ? entry.details_link : void 0;
    tasks.push({ taskId, agent, status: entry.status, ...link2 === void 0 ? {} : { detailsLink: link2 } });
  }
  return tasks;
}
function detailsLinks(registry) {
  return agentEntries(registry).flatMap(
    ([, entry]) => typeof entry.details_link === "string" ? [entry.details_link] : []
  );
}

// src/core/utf8.ts
function firstInvalidUtf8(bytes, options = {}) {
  const final = options.final ?? true;
  let i = 0;
  if (options.continuation) while (i < 3 && i < bytes.length && (bytes[i] & 192) === 128) i++;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (b >= 194 && b <= 223) [need, min] = [1, 128];
    else if (b >= 224 && b <= 239) [need, min] = [2, 2048];
    else if (b >= 240 && b <= 244) [need, min] = [3, 65536];
    else return i;
    let code = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return final ? i : -1;
      const c = bytes[i + k];
      if ((c & 192) !== 128) return i;
      code = code << 6 | c & 63;
    }
    if (code < min || code >= 55296 && code <= 57343 || code > 1114111) return i;
    i += need + 1;
  }
  return -1;
}
function decodeUserText(raw, file) {
  let bytes = raw;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bytes = bytes.subarray(3);
  let text;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    throw new InputError(
      `not valid UTF-8: byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at byte offset ${offset}; save the file as UTF-8`,
      // Columns count characters, as editors do; everything before the offset is valid UTF-8.
      { file, line, column: textDecoder.decode(bytes.subarray(lineStart, offset)).length + 1 },
      "encoding/utf-8"
    );
  }
  return text.includes("\r") ? text.replace(/\r\n/g, "\n") : text;
}
var textDecoder = new TextDecoder("utf-8");
var strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// src/adapters/store.ts
import { constants as fsConstants, readdirSync, realpathSync } from "node:fs";
import {
  link,
  mkdir as mkdir2,
  open,
  readdir,
  realpath,
  rename as rename2,
  stat as stat3,
  unlink
} from "node:fs/promises";
import { basename, dirname as dirname3, isAbsolute as isAbsolute2, join as join3, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
async function readUserText(absPath, displayPath, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const where = { file: displayPath };
  if (options.repoRoot !== void 0) {
    const real = await realpath(absPath).catch((error) => {
      throw fileError(error, displayPath);
    });
    if (!isInside(realRoot(options.repoRoot), real)) {
      throw new InputError(
        `resolves through a symlink to ${real}, outside the repository; the tool reads only files inside it`,
        where,
        "path/symlink-escape"
      );
    }
  }
  let handle;
  try {
    handle = await open(absPath, READ_FLAGS);
  } catch (error) {
    throw fileError(error, displayPath);
  }
  let bytes;
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new InputError(`is ${kindOf(info)}, not a regular file`, where, "file/not-a-file");
    }
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, displayPath);
    bytes = await readAtMost(handle, maxBytes + 1, info.size);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(error, displayPath);
  } finally {
    await handle.close().catch(() => void 0);
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, displayPath);
  return decodeUserText(bytes, displayPath);
}
var READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);
async function readAtMost(handle, limit, expected) {
  const chunks = [];
  let total = 0;
  while (total < limit) {
    const buffer = Buffer.allocUnsafe(Math.min(limit - total, Math.max(expected - total, 64 * 1024)));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function tooLarge(size, maxBytes, displayPath) {
  return new InputError(
    `file is ${size} bytes, over the ${maxBytes}-byte limit`,
    { file: displayPath },
    "size/too-large"
  );
}
function kindOf(info) {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a file";
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
  const root = resolve3(repoRoot);
  let real = realRoots.get(root);
  if (real === void 0) {
    real = realpathSync.native(root);
    realRoots.set(root, real);
  }
  return real;
}
function isInside(root, path) {
  const rel = relative2(root, path);
  return rel === "" || !rel.startsWith(`..${sep2}`) && rel !== ".." && !isAbsolute2(rel);
}
async function resolveLinks(repoRoot, links) {
  const root = resolve3(repoRoot);
  const rootPrefix = root.endsWith(sep2) ? root : `${root}${sep2}`;
  const targets = links.map((link2) => {
    const problem = linkIssue(link2);
    if (problem) return { link: link2, problem };
    const normalized = normalizeLink(link2);
    const slash = normalized.lastIndexOf("/");
    return {
      link: link2,
      absPath: rootPrefix + (sep2 === "/" ? normalized : normalized.split("/").join(sep2)),
      folder: slash === -1 ? "" : normalized.slice(0, slash),
      name: normalized.slice(slash + 1)
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
    realRoot2 ??= realpathSync.native(root);
    if ((perFolder.get(target.folder) ?? 0) > 1 && !listings.has(target.folder)) {
      listings.set(target.folder, listFolder(join3(root, target.folder), realRoot2));
    }
    const entry = listings.get(target.folder)?.get(target.name);
    results.push(
      entry && !entry.isSymbolicLink() ? { ok: true, absPath: target.absPath, exists: true } : resolveOne(target.link, target.absPath, realRoot2)
    );
  }
  return results;
}
function listFolder(folder, realRoot2) {
  try {
    if (!isInside(realRoot2, realpathSync.native(folder))) return void 0;
    return new Map(readdirSync(folder, { withFileTypes: true }).map((d) => [d.name, d]));
  } catch {
    return void 0;
  }
}
function resolveOne(link2, absPath, realRoot2) {
  let probe = absPath;
  let exists = true;
  for (; ; ) {
    try {
      const real = realpathSync.native(probe);
      if (!isInside(realRoot2, real)) {
        return {
          ok: false,
          rule: "path/symlink-escape",
          message: `details_link "${link2}" resolves through a symlink to ${real}, outside the repository`
        };
      }
      break;
    } catch {
      exists = false;
      const parent = dirname3(probe);
      if (parent === probe) break;
      probe = parent;
    }
  }
  return { ok: true, absPath, exists };
}

// src/adapters/workspace.ts
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
async function workspaceFolders(source, patterns) {
  const folders = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    if (pattern.endsWith("/*") || pattern === "*") {
      const parent = normalizeLink(pattern.slice(0, -1) || ".");
      for (const folder of await source.listFolders(parent === "." ? "" : parent)) folders.add(folder);
    } else folders.add(normalizeLink(pattern));
  }
  return [...folders].sort();
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
  return createHash("sha1").update(text).digest("hex");
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
        const entries = await readdir2(folder, { withFileTypes: true });
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
              const text = await readUserText(link2.absPath, normalizeLink(path), { repoRoot });
              results.set(path, { kind: "text", text, contentId: contentId(text) });
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
      const normalized = [...new Set(wanted.map(normalizeLink))];
      const known = options.known;
      const files = await git.tree.read(
        commit,
        normalized,
        DEFAULT_MAX_BYTES,
        known ? (oid) => known(blobContentId(oid)) : void 0
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
function emptyConfigError(file) {
  return new InputError("the config file is empty; write {} to use the defaults", { file }, "json/syntax");
}
function throwUnreadable(read, path) {
  if (read.kind === "unreadable") throw read.error;
  if (read.kind === "invalid-link") throw new InputError(read.message, { file: path }, read.rule);
  throw new InputError("file not found", { file: path }, "file/missing");
}
async function configFromText(text, file) {
  const inPackage = file === "package.json" || file.endsWith("/package.json");
  if (!inPackage && text.trim() === "") throw emptyConfigError(file);
  const json = parseJsonLocated(text, file);
  const raw = inPackage ? json.value?.handoff : json.value;
  if (inPackage && raw === void 0) return void 0;
  if (needsLinearEngine(raw)) useLinearEngine((await import("./chunks/check-build-GLZL7HK5.js")).RE2JS);
  const prefix = inPackage ? "/handoff" : "";
  const locate = (pointer, options) => ({
    file,
    ...json.locate(`${prefix}${pointer}`, options)
  });
  return resolveConfig(raw, file, locate);
}
async function loadConfigFrom(source, configFile) {
  if (configFile !== void 0) {
    const file = normalizeLink(configFile);
    const read = (await source.readMany([configFile])).get(configFile);
    if (read.kind !== "text") throwUnreadable(read, file);
    const config = await configFromText(read.text, file);
    return { config: config ?? resolveConfig(void 0, "(defaults)"), file };
  }
  const reads = await source.readMany(CONFIG_FILES);
  for (const file of CONFIG_FILES) {
    const read = reads.get(file);
    if (read.kind === "missing") continue;
    if (read.kind !== "text") throwUnreadable(read, file);
    const config = await configFromText(read.text, file);
    if (config) return { config, file };
  }
  return { config: resolveConfig(void 0, "(defaults)") };
}
async function readRegistryFrom(source, config) {
  const file = config.registry;
  const read = (await source.readMany([file])).get(file);
  if (read.kind === "missing") return { registry: {}, file, exists: false };
  if (read.kind !== "text") throwUnreadable(read, file);
  return { registry: parseRegistry(read.text, file, config.statuses), file, exists: true, text: read.text };
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
      result.set(link2, {
        kind: "missing",
        path,
        detail: `${path} does not exist${source.kind === "revision" ? ` in ${source.label}` : ""}.`
      });
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
    } else result.set(link2, { kind: "document", path, text: read.text, contentId: read.contentId });
  }
  return result;
}
async function readWorkspace(source, options = {}) {
  source.hint?.([folderOf(DEFAULT_CONFIG.registry), DEFAULT_CONFIG.handoffDir]);
  const loaded = options.config ?? await loadConfigFrom(source, options.configFile);
  const registry = await readRegistryFrom(source, loaded.config);
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
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function workingTreePath(repoRoot, path) {
  return join4(repoRoot, ...normalizeLink(path).split("/"));
}

// src/core/attribution.ts
function nonWorkPaths(handoffDir, registryFile, links) {
  const files = /* @__PURE__ */ new Set([normalizeLink(registryFile)]);
  for (const link2 of links) if (linkProblem(link2) === void 0) files.add(normalizeLink(link2));
  return { handoffDir: normalizeLink(handoffDir), files };
}
function isNonWorkPath(path, paths) {
  if (paths.files.has(path)) return true;
  return paths.handoffDir !== "" && path.startsWith(`${paths.handoffDir}/`);
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
      for (const match of id.matchAll(pattern)) if (match[0] === id) return false;
      return true;
    });
  }
  pattern;
  active;
  /**
   * Active ids the pattern does not describe as a whole (registries are not forced to follow it):
   * only these need the slower search by substring, so finding ids stays linear in the text and
   * does not grow with the number of active tasks.
   */
  irregular;
  find(text) {
    if (!text) return [];
    const found = [];
    for (const match of text.matchAll(this.pattern)) {
      if (this.active.has(match[0]) && !found.includes(match[0])) found.push(match[0]);
    }
    if (found.length === 0) {
      for (const id of this.irregular) {
        if (text.includes(id) && standsAlone(text, id) && !found.includes(id)) found.push(id);
      }
    }
    return found;
  }
};
function standsAlone(text, id) {
  let from = text.indexOf(id);
  while (from !== -1) {
    const before = text[from - 1];
    const after = text[from + id.length];
    const after2 = text[from + id.length + 1];
    const boundaryBefore = before === void 0 || !/[A-Za-z0-9_-]/.test(before);
    const boundaryAfter = after === void 0 || !/[A-Za-z0-9_]/.test(after) && !(after === "-" && /[A-Z0-9]/.test(after2 ?? ""));
    if (boundaryBefore && boundaryAfter) return true;
    from = text.indexOf(id, from + 1);
  }
  return false;
}
function explicitAttribution(commit, branch, ids) {
  const fromTrailers = commit.taskTrailers.flatMap((value) => ids.find(value));
  if (fromTrailers.length > 0) return { tasks: unique(fromTrailers), rule: "trailer" };
  const fromMessage = ids.find(`${commit.subject}
${commit.body}`);
  if (fromMessage.length > 0) return { tasks: fromMessage, rule: "message" };
  const fromBranch = ids.find(branch);
  if (fromBranch.length > 0) return { tasks: fromBranch, rule: "branch" };
  return { tasks: [] };
}
function attributeCommits(input) {
  const active = new Set(input.activeTaskIds);
  const ids = new TaskIdFinder(input.taskIds, active);
  const bySha = /* @__PURE__ */ new Map();
  const touched = /* @__PURE__ */ new Set();
  const taskByHandoff = /* @__PURE__ */ new Map();
  for (const [taskId, file] of input.handoffFiles) taskByHandoff.set(file, taskId);
  for (const { commit, branch } of input.commits) {
    if (bySha.has(commit.sha)) continue;
    const attribution = explicitAttribution(commit, branch, ids);
    bySha.set(commit.sha, attribution);
    for (const task of attribution.tasks) touched.add(task);
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
    for (const attribution of bySha.values()) {
      if (attribution.tasks.length === 0) {
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

// src/core/ancestry.ts
var CommitGraph = class {
  parents = /* @__PURE__ */ new Map();
  /** Position in the range's topological order (parents first): ancestors always sort lower. */
  order = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
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
   * Every commit of the range reachable from `tips`, the tips included. Commits outside the range
   * are not followed: whatever lies beyond the range's base is not being judged. Memoized by the tip
   * set, since tasks whose handoffs were committed together share one walk.
   */
  ancestorsOf(tips) {
    const key = [...tips].sort().join(",");
    const known = this.memo.get(key);
    if (known) return known;
    const seen = /* @__PURE__ */ new Set();
    const stack = tips.filter((sha) => this.parents.has(sha));
    while (stack.length > 0) {
      const sha = stack.pop();
      if (seen.has(sha)) continue;
      seen.add(sha);
      for (const parent of this.parents.get(sha) ?? []) {
        if (!seen.has(parent) && this.parents.has(parent)) stack.push(parent);
      }
    }
    this.memo.set(key, seen);
    return seen;
  }
  /** The tips among `shas`: those that are no other one's ancestor, latest in topological order first. */
  newest(shas) {
    const sorted = [...new Set(shas)].sort((a, b) => (this.order.get(b) ?? 0) - (this.order.get(a) ?? 0));
    const covered = /* @__PURE__ */ new Set();
    const tips = [];
    for (const sha of sorted) {
      if (covered.has(sha)) continue;
      tips.push(sha);
      for (const ancestor of this.ancestorsOf([sha])) covered.add(ancestor);
    }
    return tips;
  }
};

// src/core/freshness.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var SHORT = 7;
var FIX_SHA = 12;
function documentDateMs(date) {
  if (!date) return void 0;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const start = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(start) ? void 0 : start + DAY_MS - 1;
  }
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? void 0 : parsed;
}
function pathsNeedingHistory(tasks, config, now) {
  const windowStart = now.getTime() - parseDuration(config.freshness.maxAge);
  const paths = /* @__PURE__ */ new Set();
  for (const { link: link2 } of tasks) {
    if (link2.kind !== "document") continue;
    const dated = documentDateMs(link2.facts.date);
    if (dated === void 0 || dated < windowStart) paths.add(link2.path);
  }
  return [...paths];
}
function attributeRanges(input) {
  const everyCommit = input.ranges.flatMap(
    (range) => range.commits.map((commit) => range.branch ? { commit, branch: range.branch } : { commit })
  );
  const attribution = attributeCommits({
    commits: everyCommit,
    activeTaskIds: input.activeTaskIds,
    handoffFiles: input.handoffFiles,
    taskIds: taskIdRegExp(input.config)
  });
  const workShas = new Set(
    everyCommit.filter(({ commit }) => isWorkCommit(commit, input.nonWork)).map(({ commit }) => commit.sha)
  );
  const indexed = input.ranges.map((range) => indexRange(range, workShas, attribution.bySha));
  return { everyCommit, attribution, workShas, indexed };
}
function evaluateFreshness(input) {
  const { config } = input;
  const notes = [...input.notes ?? []];
  const handoffFiles = /* @__PURE__ */ new Map();
  for (const { task, link: link2 } of input.tasks) {
    if (link2.kind === "document" && !handoffFiles.has(task.taskId)) handoffFiles.set(task.taskId, link2.path);
  }
  const { everyCommit, attribution, workShas, indexed } = attributeRanges({
    config,
    ranges: input.ranges,
    activeTaskIds: input.tasks.map((t) => t.task.taskId),
    handoffFiles,
    nonWork: input.nonWork
  });
  const fellBack = [...workShas].filter((sha) => {
    const rule = attribution.bySha.get(sha)?.rule;
    return rule === "only-task-in-range" || rule === "only-active-task";
  });
  if (attribution.fallback && fellBack.length > 0) {
    const why = attribution.fallback.rule === "only-task-in-range" ? "the only active task the checked commits name" : "the only active task";
    notes.push(
      `${fellBack.length} work commit(s) that name no task count for ${attribution.fallback.taskId} (${why}).`
    );
  }
  const unattributed = [...workShas].filter((sha) => attribution.bySha.get(sha)?.tasks.length === 0);
  if (unattributed.length > 0 && input.tasks.length > 0) {
    notes.push(
      `${unattributed.length} work commit(s) name no active task and were not counted for any (add a \`Task: <ID>\` trailer): ${listShas(unattributed)}.`
    );
  }
  const workCommitsByTask = /* @__PURE__ */ new Map();
  for (const sha of workShas) {
    for (const taskId of attribution.bySha.get(sha)?.tasks ?? []) {
      workCommitsByTask.set(taskId, (workCommitsByTask.get(taskId) ?? 0) + 1);
    }
  }
  const maxAgeMs = parseDuration(config.freshness.maxAge);
  const verdicts = input.tasks.map(({ task, link: link2 }) => {
    const problems = [];
    const draft = `handoff draft --task ${task.taskId}`;
    if (link2.kind === "invalid-link") {
      problems.push({ reason: "invalid-link", detail: link2.message, fix: draft });
    } else if (link2.kind === "missing") {
      problems.push({ reason: "missing", detail: link2.detail, fix: draft });
    } else {
      const required = new Set(config.requiredElements);
      const absent = link2.missingElements.filter((e) => required.has(e));
      if (absent.length > 0) {
        problems.push({
          reason: "incomplete",
          detail: `${link2.path} lacks ${absent.map(elementTitle).join(", ")} (absent, empty or placeholder text).`,
          elements: absent,
          // A new draft would leave these open too: only a person can write them.
          fix: `fill in ${absent.map(elementTitle).join(", ")} in ${link2.path}, then commit it`
        });
      }
      const behind = behindCommits(task.taskId, link2.path, indexed);
      if (behind.commits.length > config.freshness.maxCommitsBehind) {
        const shas = behind.commits.map((c) => c.sha);
        const since = behind.lastTouch ? `after its last update in ${short(behind.lastTouch.sha)}` : "and the checked commits never update it";
        const from = behind.lastTouch?.sha ?? behind.base ?? void 0;
        problems.push({
          reason: "behind",
          detail: `${behind.commits.length} work commit(s) for ${task.taskId} ${since}: ${listShas(shas)} (allowed: ${config.freshness.maxCommitsBehind}).`,
          commits: shas.map(short),
          fix: from ? `${draft} --from ${from.slice(0, FIX_SHA)}` : draft
        });
      }
      const expired = expiry(link2, input.lastTouches, input.now, maxAgeMs, config.freshness.maxAge);
      if (expired) problems.push({ reason: "expired", detail: expired, fix: draft });
    }
    const verdict = {
      taskId: task.taskId,
      agent: task.agent,
      fresh: problems.length === 0,
      problems,
      workCommits: workCommitsByTask.get(task.taskId) ?? 0
    };
    const handoffPath = link2.kind === "document" ? link2.path : task.detailsLink;
    if (handoffPath !== void 0) verdict.handoffPath = handoffPath;
    return verdict;
  });
  const judged = scoped(verdicts, config, input.ranges, everyCommit, notes);
  if (input.tasks.length === 0) notes.push("No active tasks in the registry: nothing to check.");
  const commitCount = new Set(everyCommit.map((c) => c.commit.sha)).size;
  const result = { verdicts: judged, stale: judged.some((v) => !v.fresh), notes };
  if (input.ranges.length > 0) {
    result.range = { description: input.ranges.map((r) => r.description).join("; "), commitCount };
  }
  return result;
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
function behindInRange(indexed, taskId, handoffPath) {
  const work = indexed.work.get(taskId) ?? [];
  const updates = indexed.touches.get(handoffPath) ?? [];
  if (work.length === 0 && updates.length === 0) return { commits: [] };
  const tips = indexed.graph.newest(updates.map((c) => c.sha));
  const lastTouch = updates.find((c) => c.sha === tips[0]);
  if (work.length === 0) return lastTouch ? { commits: [], lastTouch } : { commits: [] };
  const covered = updates.length === 0 ? /* @__PURE__ */ new Set() : indexed.graph.ancestorsOf(tips);
  const commits = work.filter((c) => !covered.has(c.sha));
  return lastTouch ? { commits, lastTouch } : { commits };
}
function behindCommits(taskId, handoffPath, ranges) {
  const found = /* @__PURE__ */ new Map();
  const result = {
    commits: []
  };
  for (const indexed of ranges) {
    const behind = behindInRange(indexed, taskId, handoffPath);
    for (const commit of behind.commits) found.set(commit.sha, commit);
    if (behind.commits.length > 0 && result.head === void 0) {
      result.head = indexed.range.head;
      if (behind.lastTouch) result.lastTouch = behind.lastTouch;
      if (indexed.range.base) result.base = indexed.range.base;
    }
  }
  result.commits = [...found.values()];
  return result;
}
function scoped(verdicts, config, ranges, everyCommit, notes) {
  if (config.freshness.scope !== "touched" || ranges.length === 0) return verdicts;
  const changed = new Set(everyCommit.flatMap(({ commit }) => commit.files.map((f) => f.path)));
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
function expiry(link2, lastTouches, now, maxAgeMs, maxAgeText) {
  const dated = documentDateMs(link2.facts.date);
  const touchedSeconds = lastTouches.get(link2.path);
  const touched = touchedSeconds === void 0 ? void 0 : touchedSeconds * 1e3;
  const last = Math.max(dated ?? Number.NEGATIVE_INFINITY, touched ?? Number.NEGATIVE_INFINITY);
  if (now.getTime() - last <= maxAgeMs) return void 0;
  if (dated === void 0 && touched === void 0) {
    return `${link2.path} has no readable **Date** and no commit touched it in the last ${maxAgeText}.`;
  }
  const when = new Date(last).toISOString().slice(0, 10);
  const days = Math.round((Date.parse(now.toISOString().slice(0, 10)) - Date.parse(when)) / DAY_MS);
  return `${link2.path} was last updated ${when} (${days} day(s) ago); the limit is ${maxAgeText}.`;
}
function listShas(shas) {
  const shown = shas.slice(0, 10).map(short).join(", ");
  return shas.length > 10 ? `${shown}, \u2026 (${shas.length - 10} more)` : shown;
}
function short(sha) {
  return sha.slice(0, SHORT);
}

// src/app/check.ts
var DEFAULT_BASES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
async function runCheck(options) {
  const git = options.git ?? GitCommandManager.create(options.repoRoot);
  const cache = await DocumentCache.open(options.repoRoot);
  const withCache = { ...options, cache };
  try {
    return options.prePush ? await checkPush(git, withCache, options.prePush) : await checkRange(git, withCache);
  } finally {
    git.close();
    await cache.save();
  }
}
function knownTo(options) {
  const cache = options.cache;
  return cache ? { known: (id) => cache.has(id) } : {};
}
async function checkPush(git, options, prePush) {
  const plan = planPush(parsePrePushInput(prePush.stdin), prePush.remoteName);
  const notes = plan.skipped.map(
    (s) => `Skipped ${s.remoteRef} (${s.why === "tag" ? "a tag" : "deleted by this push"}).`
  );
  if (plan.refs.length === 0) {
    return { verdicts: [], stale: false, notes: [...notes, "Nothing pushed to check: nothing to check."] };
  }
  const updates = new Map(
    plan.refs.map((ref, index) => [index, ref.kind === "update" ? readPushedRange(git, ref) : void 0])
  );
  for (const read of updates.values()) read?.catch(() => void 0);
  const workspaces = await Promise.all(
    plan.refs.map(
      (ref) => readWorkspace(revisionSource(git, ref.localSha, ref.branch), {
        ...knownTo(options),
        ...options.configFile === void 0 ? {} : { configFile: options.configFile }
      })
    )
  );
  if (workspaces[0]) options.onConfig?.(workspaces[0].config);
  const results = [];
  let localHead;
  for (const [index, ref] of plan.refs.entries()) {
    const workspace = workspaces[index];
    const range = await (updates.get(index) ?? readNewBranch(git, ref, workspace, notes));
    const result = await judge(git, options, workspace, range, range.head);
    if (result.stale) {
      localHead ??= git.headCommit().catch(() => void 0);
      if (await localHead !== ref.localSha) switchFirst(result, ref.branch);
    }
    results.push(result);
  }
  return mergeResults(results, notes, plan.refs.length > 1 ? plan.refs.map((r) => r.branch) : void 0);
}
async function readNewBranch(git, ref, workspace, notes) {
  const documents = workspace.activeTasks.flatMap((task) => {
    const linked = workspace.handoffs.get(task.agent);
    return linked?.kind === "document" ? [linked.path] : [];
  });
  if (workspace.activeTasks.length === 0) {
    return { description: ref.description, head: ref.localSha, branch: ref.branch, commits: [] };
  }
  if (documents.length === workspace.activeTasks.length) {
    const touches = await git.lastTouchingCommits([...new Set(documents)], ref.localSha);
    const bound = touches.size === new Set(documents).size ? await git.commonAncestor([...new Set(touches.values())]) : void 0;
    if (bound !== void 0) {
      notes.push(
        `New branch ${ref.branch}: read from ${bound.slice(0, 7)}, where every active handoff had been updated.`
      );
      return readPushedRange(git, { ...ref, revisionArgs: [...ref.revisionArgs, bound] });
    }
  }
  return readPushedRange(git, ref);
}
async function checkRange(git, options) {
  const notes = [];
  const givenRange = options.base !== void 0 || options.head !== void 0;
  const headCommit = givenRange ? void 0 : await git.headCommit();
  if (!givenRange && headCommit === void 0) {
    return { verdicts: [], stale: false, notes: ["The repository has no commits yet: nothing to check."] };
  }
  const range = await readLocalRange(git, options, notes, headCommit);
  const source = options.head !== void 0 ? revisionSource(git, range.head, options.head) : workingTreeSource(options.repoRoot);
  const workspace = await readWorkspace(source, {
    ...knownTo(options),
    ...options.configFile === void 0 ? {} : { configFile: options.configFile }
  });
  options.onConfig?.(workspace.config);
  if (source.kind === "working-tree") notes.push(...await workingTreeNotes(git, workspace));
  const result = await judge(
    git,
    options,
    workspace,
    range,
    options.head === void 0 ? "HEAD" : range.head
  );
  return { ...result, notes: [...notes, ...result.notes] };
}
async function workingTreeNotes(git, workspace) {
  const files = [workspace.registry.file, ...workspace.configFile ? [workspace.configFile] : []];
  for (const linked of workspace.handoffs.values()) if ("path" in linked) files.push(linked.path);
  const changed = await git.changedSinceHead([...new Set(files)]);
  if (changed.length === 0) return [];
  const shown = changed.slice(0, 5).join(", ") + (changed.length > 5 ? `, \u2026 (${changed.length - 5} more)` : "");
  return [
    `Judged the working tree, which differs from HEAD in ${shown}: commit them, or a push will be judged without them.`
  ];
}
async function judge(git, options, root, range, rev) {
  const folders = await workspaceFolders(root.source, root.config.workspaces);
  if (folders.length === 0) return judgeOne(git, options, root, range, rev);
  const results = [];
  const labels = [];
  const notes = [];
  if (root.registry.exists) {
    results.push(await judgeOne(git, options, root, outsideFolders(range, folders), rev));
    labels.push("");
  }
  for (const folder of folders) {
    const workspace = await readWorkspace(scopedSource(root.source, folder), knownTo(options));
    if (!workspace.registry.exists) {
      notes.push(
        `${folder} has no registry (${folder}/${workspace.config.registry}): nothing to judge there.`
      );
      continue;
    }
    results.push(await judgeOne(git, options, workspace, insideFolder(range, folder), rev));
    labels.push(folder);
  }
  for (const [index, result] of results.entries()) {
    const folder = labels[index];
    if (folder === "") continue;
    for (const verdict of result.verdicts) {
      verdict.workspace = folder;
      if (verdict.handoffPath !== void 0) verdict.handoffPath = `${folder}/${verdict.handoffPath}`;
      for (const problem of verdict.problems) {
        problem.fix = problem.fix.replace(/^handoff /, `handoff -C ${folder} `);
      }
    }
  }
  return {
    ...mergeResults(results, notes, void 0),
    range: { description: range.description, commitCount: range.commits.length }
  };
}
function insideFolder(range, folder) {
  const prefix = `${folder}/`;
  return {
    ...range,
    commits: range.commits.map((commit) => ({
      ...commit,
      files: commit.files.filter((f) => f.path.startsWith(prefix)).map((f) => ({ ...f, path: f.path.slice(prefix.length) }))
    }))
  };
}
function outsideFolders(range, folders) {
  const prefixes = folders.map((f) => `${f}/`);
  return {
    ...range,
    commits: range.commits.map((commit) => ({
      ...commit,
      files: commit.files.filter((f) => !prefixes.some((p) => f.path.startsWith(p)))
    }))
  };
}
async function judgeOne(git, options, workspace, range, rev) {
  const { config } = workspace;
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, detailsLinks(workspace.registry.registry));
  const tasks = await taskInputs(options.cache ?? DocumentCache.inMemory(), workspace);
  const needHistory = pathsNeedingHistory(tasks, config, options.now);
  const since = Math.floor((options.now.getTime() - parseDuration(config.freshness.maxAge)) / 1e3);
  const prefix = workspace.source.prefix === "" ? "" : `${workspace.source.prefix}/`;
  const lastTouches = /* @__PURE__ */ new Map();
  if (needHistory.length > 0) {
    const touched = await git.lastTouchesSince(
      needHistory.map((p) => `${prefix}${p}`),
      since,
      rev
    );
    for (const [path, time] of touched) lastTouches.set(path.slice(prefix.length), time);
  }
  return evaluateFreshness({ config, tasks, ranges: [range], nonWork, lastTouches, now: options.now });
}
async function taskInputs(cache, workspace) {
  return Promise.all(
    workspace.activeTasks.map(async (task) => ({
      task,
      link: await linkState(workspace.handoffs.get(task.agent), cache)
    }))
  );
}
async function linkState(linked, cache) {
  if (!linked) return { kind: "missing", detail: "the task has no details_link." };
  switch (linked.kind) {
    case "none":
      return { kind: "missing", detail: linked.detail };
    case "invalid-link":
      return { kind: "invalid-link", message: `${linked.message} [${linked.rule}].` };
    case "missing":
      return { kind: "missing", detail: linked.detail };
    case "unreadable":
      throw linked.error;
    case "document": {
      const summary = await cache.summarize(linked.contentId, linked.text, linked.path);
      return {
        kind: "document",
        path: linked.path,
        missingElements: summary.missingElements,
        facts: summary.facts
      };
    }
  }
}
function switchFirst(result, branch) {
  for (const verdict of result.verdicts) {
    for (const problem of verdict.problems) {
      if (problem.fix.startsWith("handoff ")) problem.fix = `git switch ${branch} && ${problem.fix}`;
    }
  }
}
function mergeResults(results, notes, refNames) {
  const verdicts = results.flatMap(
    (result, index) => result.verdicts.map((verdict) => refNames ? { ...verdict, ref: refNames[index] } : verdict)
  );
  const merged = {
    verdicts,
    stale: results.some((r) => r.stale),
    notes: [...notes, ...new Set(results.flatMap((r) => r.notes))]
  };
  const ranges = results.flatMap((r) => r.range ? [r.range] : []);
  if (ranges.length > 0) {
    merged.range = {
      description: ranges.map((r) => r.description).join("; "),
      commitCount: ranges.reduce((sum, r) => sum + r.commitCount, 0)
    };
  }
  return merged;
}
async function readLocalRange(git, options, notes, headCommit) {
  const head = options.head === void 0 && headCommit !== void 0 ? headCommit : await git.revParse(options.head ?? "HEAD");
  const branch = options.head ? void 0 : await git.currentBranch();
  let baseRev = options.base;
  if (baseRev === void 0) {
    const candidates = DEFAULT_BASES.filter((b) => b !== branch && b !== options.head);
    baseRev = await git.upstream() ?? await git.firstExisting(candidates);
    if (baseRev === void 0)
      notes.push("No upstream, origin/HEAD or main branch to compare with: checked all of HEAD.");
  }
  const base = baseRev === void 0 ? void 0 : await git.revParse(baseRev);
  if (base !== void 0 && await git.isShallow())
    await ensureMergeBase(git, base, head, { baseName: baseRev ?? base, notes });
  const commits = await git.logRange(base === void 0 ? [head] : [head, "--not", base], { stats: false });
  const description = `${baseRev ?? "(root)"}..${options.head ?? branch ?? "HEAD"}`;
  const range = { description, head, commits };
  if (base !== void 0) range.base = base;
  if (branch !== void 0) range.branch = branch;
  return range;
}
var FIRST_DEEPEN = 50;
var MAX_DEEPEN_ROUNDS = 10;
async function ensureMergeBase(git, base, head, options = {}) {
  const found = await git.mergeBase(base, head);
  if (found) return found;
  let fetched = 0;
  let step = FIRST_DEEPEN;
  for (let round = 0; round < MAX_DEEPEN_ROUNDS && await git.isShallow(); round++) {
    options.log?.(`Shallow clone: no merge base yet, fetching ${step} more commits of history`);
    await git.deepen(step, options.refspecs);
    fetched += step;
    step *= 2;
    const mergeBase = await git.mergeBase(base, head);
    if (mergeBase) {
      options.notes?.push(
        `Shallow clone: fetched ${fetched} more commit(s) of history to reach the merge base.`
      );
      return mergeBase;
    }
  }
  const why = await git.isShallow() ? `after fetching ${fetched} more commit(s) of this shallow clone` : "the two have no common history";
  throw new InputError(
    `cannot find where ${options.baseName ?? base.slice(0, 7)} and ${head.slice(0, 7)} meet (${why}), so the range to check cannot be read; fetch more history (actions/checkout: fetch-depth: 0)`,
    {},
    "git/range-unreadable"
  );
}

// src/core/render/check-report.ts
var REASON_TITLES = {
  missing: "handoff missing",
  incomplete: "handoff incomplete",
  behind: "handoff behind the work",
  expired: "handoff expired",
  "invalid-link": "invalid details_link"
};
function renderCheckText(result, options) {
  const program = options.program ?? "handoff";
  const lines = [];
  const stale = result.verdicts.filter((v) => !v.fresh);
  const checked = result.range ? ` (${result.range.description}, ${result.range.commitCount} commit(s))` : "";
  const why = result.verdicts.length === 0 ? result.notes.find((n) => n.endsWith("nothing to check.")) : void 0;
  const notes = result.notes.filter((n) => n !== why);
  if (!result.stale) {
    const count = result.verdicts.length;
    lines.push(
      count === 0 ? `handoff check: ${sentenceCase(why) ?? `nothing to check${checked}.`}` : `handoff check: ${count} active task(s), every handoff fresh${checked}.`
    );
  } else {
    lines.push(
      `handoff check: ${stale.length} of ${result.verdicts.length} active task(s) need a handoff update${checked}.`
    );
    for (const verdict of stale) lines.push("", ...verdictLines(verdict, program));
  }
  if (notes.length > 0) {
    lines.push("");
    for (const note of notes) lines.push(`note: ${note}`);
  }
  if (result.stale && options.hook) {
    lines.push("", "Push blocked. Update the handoff (commit it), then push again. To push anyway:");
    for (const bypass of options.bypasses ?? bypassLines("plain")) lines.push(`  ${bypass}`);
  }
  return `${lines.join("\n")}
`;
}
function verdictLines(verdict, program) {
  const where = verdict.handoffPath ? ` \u2014 ${verdict.handoffPath}` : "";
  const lines = [`\u2717 ${verdict.taskId} (agent ${verdict.agent})${where}`];
  const fixes = [];
  for (const problem of verdict.problems) {
    lines.push(`  ${problem.reason}: ${problem.detail}`);
    if (!fixes.includes(problem.fix)) fixes.push(problem.fix);
  }
  for (const fix of fixes) lines.push(`  fix: ${fix.replace(/^handoff /, `${program} `)}`);
  return lines;
}
function renderCheckJson(result) {
  return `${JSON.stringify(result, null, 2)}
`;
}
function renderCheckGithub(result) {
  const lines = [];
  for (const verdict of result.verdicts) {
    if (verdict.fresh) continue;
    const reasons = verdict.problems.map((p) => p.reason).join(", ");
    const properties = [];
    if (verdict.handoffPath) properties.push(`file=${escapeProperty(verdict.handoffPath)}`);
    properties.push(`title=${escapeProperty(`${verdict.taskId}: ${titleOf(verdict)} (${reasons})`)}`);
    const message = verdict.problems.map((p) => `${p.reason}: ${p.detail} Fix: ${p.fix}`).join("\n");
    lines.push(`::error ${properties.join(",")}::${escapeData(message)}`);
  }
  for (const note of result.notes) lines.push(`::notice::${escapeData(note)}`);
  const stale = result.verdicts.filter((v) => !v.fresh).length;
  lines.push(
    `::notice title=${escapeProperty("Handoff Guard")}::${escapeData(
      stale === 0 ? `${result.verdicts.length} active task(s), every handoff fresh.` : `${stale} of ${result.verdicts.length} active task(s) need a handoff update.`
    )}`
  );
  return `${lines.join("\n")}
`;
}
function titleOf(verdict) {
  const first = verdict.problems[0];
  return first ? REASON_TITLES[first.reason] : "stale handoff";
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function sentenceCase(note) {
  return note === void 0 ? void 0 : `${note.charAt(0).toLowerCase()}${note.slice(1)}`;
}

// src/cli/context.ts
var EXIT = { ok: 0, stale: 1, input: 2, internal: 3 };

// src/cli/commands/check.ts
function skipRequested(env) {
  const value = env.HANDOFF_SKIP?.trim().toLowerCase();
  return value !== void 0 && value !== "" && value !== "0" && value !== "false";
}
async function run(options, ctx) {
  if (skipRequested(ctx.env)) {
    ctx.stderr.write("handoff check: skipped (HANDOFF_SKIP is set).\n");
    return EXIT.ok;
  }
  const hook = options.hook === "pre-push";
  if (!hook) {
    try {
      return await check(options, ctx);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      ctx.stderr.write(`handoff: ${formatInputError(error)}
`);
      return EXIT.input;
    }
  }
  let config;
  try {
    return await check(options, ctx, (c) => {
      config = c;
    });
  } catch (error) {
    if (error instanceof InputError) {
      ctx.stderr.write(`handoff: ${formatInputError(error)}
${await bypassText(ctx)}`);
      return EXIT.input;
    }
    const message = error instanceof Error ? error.message : String(error);
    const block = config?.hook.onInternalError === "block";
    ctx.stderr.write(
      [
        "",
        "!!! handoff-guard: INTERNAL ERROR while checking handoffs !!!",
        `!!! ${message}`,
        block ? '!!! The push is blocked (hook.onInternalError is "block").' : '!!! The push is ALLOWED without a handoff check (set hook.onInternalError to "block" to refuse instead).',
        "!!! Set HANDOFF_DEBUG=1 for details, and please report it.",
        ""
      ].join("\n")
    );
    if (ctx.env.HANDOFF_DEBUG && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}
`);
    if (!block) return EXIT.ok;
    ctx.stderr.write(await bypassText(ctx));
    return EXIT.internal;
  }
}
async function check(options, ctx, onConfig) {
  const hook = options.hook === "pre-push";
  if (hook && (options.base || options.head)) {
    throw new InputError(
      "--hook pre-push reads the pushed refs from stdin; do not combine it with --base/--head",
      {},
      "usage/hook"
    );
  }
  const repoRoot = await findRepoRoot(ctx.cwd);
  const prePush = hook ? await resolveHookPush(
    GitCommandManager.create(repoRoot),
    await readHookStdin(ctx.stdin),
    ctx.env,
    options.hookArgs ?? []
  ) : void 0;
  const result = await runCheck({
    repoRoot,
    now: ctx.now(),
    ...onConfig ? { onConfig } : {},
    ...options.base === void 0 ? {} : { base: options.base },
    ...options.head === void 0 ? {} : { head: options.head },
    ...prePush ? { prePush } : {}
  });
  const format = options.format ?? "text";
  const output = format === "json" ? renderCheckJson(result) : format === "github" ? renderCheckGithub(result) : renderCheckText(result, {
    hook,
    ...ctx.program ? { program: ctx.program } : {},
    // Only a blocked push lists the bypasses, so only then is the manager looked up.
    ...hook && result.stale ? {
      bypasses: bypassLines(await detectHookManager(GitCommandManager.create(repoRoot), ctx.env))
    } : {}
  });
  (hook ? ctx.stderr : ctx.stdout).write(output);
  return result.stale ? EXIT.stale : EXIT.ok;
}
async function bypassText(ctx) {
  const manager = await findRepoRoot(ctx.cwd).then((root) => detectHookManager(GitCommandManager.create(root), ctx.env)).catch(() => "plain");
  return `To push anyway:
${bypassLines(manager).map((b) => `  ${b}
`).join("")}`;
}
export {
  run,
  skipRequested
};
