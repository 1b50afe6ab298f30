#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  GitCommandManager
} from "./chunk-3VXYNT5A.js";
import {
  loadConfig
} from "./chunk-BNLDGPFM.js";
import {
  DEFAULT_CONFIG,
  handoffSessionOf
} from "./chunk-EEYO4645.js";
import {
  isAgentKey,
  readUserText
} from "./chunk-WJKR2G64.js";
import {
  isRecord,
  parseJsonLocated
} from "./chunk-X2JOUVYR.js";
import {
  InputError,
  asInProject,
  formatLocated
} from "./chunk-MLNENVTA.js";

// src/core/init-step.ts
function initStep(action, text, about = {}) {
  const step = { action, text };
  if (about.file !== void 0) step.file = about.file;
  if (about.command !== void 0) step.command = about.command;
  if (about.setting !== void 0) step.setting = about.setting;
  if (about.value !== void 0) step.value = about.value;
  return step;
}
function initReport(steps, where) {
  const written = steps.flatMap(
    (s) => (s.action === "created" || s.action === "updated") && s.file !== void 0 && inWorkTree(s.file) ? [s.file] : []
  );
  const next = steps.flatMap((s) => s.command === void 0 ? [] : [s.command]);
  return { ...where, steps: [...steps], written: [...new Set(written)], next: [...new Set(next)] };
}
function initReportShown(report, shown) {
  const name = (file) => file.endsWith("/") ? `${shown(file)}/` : shown(file);
  return {
    ...report,
    steps: report.steps.map((step) => step.file === void 0 ? step : { ...step, file: name(step.file) }),
    written: report.written.map(name)
  };
}
function filesFound(steps) {
  return [
    ...new Set(
      steps.flatMap(
        (s) => s.action === "exists" && s.file !== void 0 && inWorkTree(s.file) ? [s.file] : []
      )
    )
  ];
}
function inWorkTree(file) {
  return !/^(?:\.git\/|\.\.\/|\/)/.test(file) && file !== ".git";
}

// src/app/registry-merge-driver.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/core/registry-merge.ts
var ASSIGNMENT = ["status", "current_task", "task_started", "details_link", "brief_note"];
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function sameJson(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
  }
  return false;
}
function get(object, key) {
  return object !== void 0 && Object.hasOwn(object, key) ? object[key] : void 0;
}
function mergeKeyOrder(ours, theirs, keep) {
  const kept = ours.filter(keep);
  const inOrder = new Set(kept);
  const placed = new Set(ours);
  const after = /* @__PURE__ */ new Map();
  let anchor = null;
  for (const key of theirs) {
    if (!placed.has(key)) {
      placed.add(key);
      if (keep(key)) {
        after.set(anchor, key);
        inOrder.add(key);
      }
    }
    if (inOrder.has(key)) anchor = key;
  }
  const order = [];
  const follow = (from) => {
    for (let next = after.get(from); next !== void 0; next = after.get(next)) order.push(next);
  };
  follow(null);
  for (const key of kept) {
    order.push(key);
    follow(key);
  }
  return order;
}
function threeWay(base, ours, theirs) {
  if (sameJson(ours, theirs)) return { kind: "same", value: ours };
  if (sameJson(base, ours)) return { kind: "same", value: theirs };
  if (sameJson(base, theirs)) return { kind: "same", value: ours };
  return { kind: "both-changed" };
}
function newerSide(ours, theirs, options) {
  const task = ours.current_task;
  if (typeof task === "string" && task !== "" && task === theirs.current_task) {
    const session = (entry) => typeof entry.details_link === "string" ? options.sessionOf(task, entry.details_link) : void 0;
    const [a2, b2] = [session(ours), session(theirs)];
    if (a2 !== void 0 && b2 !== void 0 && a2 !== b2) {
      return a2 > b2 ? { side: "ours", why: `its handoff is session ${a2} of ${task}, the other side's session ${b2}` } : { side: "theirs", why: `its handoff is session ${b2} of ${task}, the other side's session ${a2}` };
    }
  }
  const [a, b] = [ours.task_started, theirs.task_started];
  if (typeof a === "string" && typeof b === "string" && DATE.test(a) && DATE.test(b) && a !== b) {
    return a > b ? { side: "ours", why: `its task_started ${a} is later than ${b}` } : { side: "theirs", why: `its task_started ${b} is later than ${a}` };
  }
  return void 0;
}
function build(order, pick) {
  const result = {};
  for (const key of order) {
    const value = pick(key);
    if (value !== void 0) {
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return result;
}
function mergeEntry(base, ours, theirs, options) {
  const decided = /* @__PURE__ */ new Map();
  const contested = [];
  const changedOn = (side) => ASSIGNMENT.some((field) => !sameJson(get(base, field), get(side, field)));
  const assignmentContested = !sameJson(get(ours, "current_task"), get(theirs, "current_task")) && changedOn(ours) && changedOn(theirs);
  for (const field of /* @__PURE__ */ new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const merged = threeWay(get(base, field), get(ours, field), get(theirs, field));
    if (merged.kind === "same" && !(assignmentContested && ASSIGNMENT.includes(field)))
      decided.set(field, merged.value);
    else contested.push(field);
  }
  const order = mergeKeyOrder(Object.keys(ours), Object.keys(theirs), () => true);
  const withSide = (side) => build(order, (field) => decided.has(field) ? decided.get(field) : get(side, field));
  if (contested.length === 0) return { kind: "clean", value: withSide(ours) };
  const newer = newerSide(ours, theirs, options);
  if (newer === void 0) {
    const carried = [...decided.keys()].filter(
      (field) => !sameJson(decided.get(field), get(ours, field)) || !sameJson(decided.get(field), get(theirs, field))
    );
    return { kind: "conflict", ours: withSide(ours), theirs: withSide(theirs), fields: contested, carried };
  }
  const [kept, other] = newer.side === "ours" ? [ours, theirs] : [theirs, ours];
  const value = withSide(kept);
  const left = other.current_task;
  const status = other.status;
  const dropped = typeof left === "string" && left !== "" && left !== value.current_task && typeof status === "string" && options.isActive(status);
  return {
    kind: "clean",
    value,
    choice: { side: newer.side, fields: contested, why: newer.why, ...dropped ? { leftTask: left } : {} }
  };
}
function mergeRegistries(base, ours, theirs, options) {
  const values = /* @__PURE__ */ new Map();
  const choices = [];
  const conflicts = [];
  const baseObject = base;
  for (const key of /* @__PURE__ */ new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const [b, o, t] = [get(baseObject, key), get(ours, key), get(theirs, key)];
    const merged = threeWay(b, o, t);
    if (merged.kind === "same") {
      if (merged.value !== void 0) values.set(key, { key, value: merged.value });
      continue;
    }
    const conflict = (reason) => {
      values.set(key, {
        key,
        conflict: {
          ...o === void 0 ? {} : { ours: o },
          ...t === void 0 ? {} : { theirs: t },
          reason
        }
      });
      conflicts.push({ key, reason });
    };
    if (!isAgentKey(key)) {
      conflict(`both sides changed "${key}"`);
    } else if (o === void 0 || t === void 0) {
      conflict(`agent "${key}": one side removed the entry, the other changed it`);
    } else if (!isObject(o) || !isObject(t)) {
      conflict(`agent "${key}": both sides changed the entry`);
    } else {
      const entry = mergeEntry(isObject(b) ? b : void 0, o, t, options);
      if (entry.kind === "clean") {
        values.set(key, { key, value: entry.value });
        if (entry.choice) choices.push({ agent: key, ...entry.choice });
      } else {
        const carried = entry.carried.length > 0 ? `; ${entry.carried.join(", ")}, changed on one side only, in both blocks` : "";
        const reason = `agent "${key}": both sides changed ${entry.fields.join(", ")} and neither handoff is newer${carried}`;
        values.set(key, { key, conflict: { ours: entry.ours, theirs: entry.theirs, reason } });
        conflicts.push({ key, reason });
      }
    }
  }
  const order = mergeKeyOrder(Object.keys(ours), Object.keys(theirs), (key) => values.has(key));
  return { items: order.map((key) => values.get(key)), choices, conflicts };
}
function renderMergedRegistry(merge, labels) {
  const size = labels.markerSize ?? 7;
  const member = (key, value) => {
    const text = `${JSON.stringify(key)}: ${JSON.stringify(value, null, 2)}`;
    return text.split("\n").map((line) => `  ${line}`);
  };
  const definite = merge.items.map(
    (item) => "conflict" in item ? item.conflict.ours !== void 0 && item.conflict.theirs !== void 0 : true
  );
  const lines = ["{"];
  merge.items.forEach((item, index) => {
    const definiteAfter = definite.slice(index + 1).includes(true);
    const definiteBefore = definite.slice(0, index).includes(true);
    const optionalBefore = merge.items.slice(0, index).some((_, i) => !definite[i]);
    const side = (value) => {
      if (value === void 0) return [];
      const text = member(item.key, value);
      if (definiteAfter || definite[index]) {
        if (definiteAfter) text[text.length - 1] += ",";
        return text;
      }
      return definiteBefore || optionalBefore ? ["  ,", ...text] : text;
    };
    if (!("conflict" in item)) {
      lines.push(...side(item.value));
      return;
    }
    lines.push(
      `${"<".repeat(size)} ${labels.ours} (${item.conflict.reason})`,
      ...side(item.conflict.ours),
      "=".repeat(size),
      ...side(item.conflict.theirs),
      `${">".repeat(size)} ${labels.theirs}`
    );
  });
  if (lines.length === 1) return "{}\n";
  lines.push("}");
  return `${lines.join("\n")}
`;
}

// src/core/templates/merge-driver.ts
var SCRIPT = [
  'for h in ./node_modules/.bin/handoff "$(git rev-parse --git-common-dir 2>/dev/null)/../node_modules/.bin/handoff"; do',
  'if [ -x "$h" ]; then exec "$h" merge-registry "$@"; fi; done;',
  'if command -v handoff >/dev/null 2>&1; then exec handoff merge-registry "$@"; fi;',
  'echo "handoff-guard: no handoff program found here, so the registry is merged line by line (git merge-file)" >&2;',
  'exec git merge-file -L ours -L base -L theirs "$2" "$1" "$3"'
].join(" ");
var REGISTRY_MERGE_DRIVER_COMMAND = `sh -c '${SCRIPT}' handoff-registry %O %A %B %P`;

// src/app/registry-merge-driver.ts
var MERGE_DRIVER = "handoff-registry";
var DRIVER_NAME = "handoff-guard: merges the registry entry by entry";
async function mergeRegistryFiles(files, repoRoot) {
  const config = await configOrDefault(repoRoot);
  const [base, ours, theirs] = await Promise.all([
    readSide(files.base, `${files.displayPath} (common ancestor)`),
    readSide(files.current, `${files.displayPath} (current branch)`),
    readSide(files.other, `${files.displayPath} (other branch)`)
  ]);
  const notObject = [base, ours, theirs].find((side) => side.kind === "not-object");
  if (notObject?.kind === "not-object" || ours.kind !== "object" || theirs.kind !== "object") {
    const why = notObject?.kind === "not-object" ? notObject.why : "a side is empty";
    let text;
    try {
      text = await lineMerge(files, repoRoot);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n").find((l) => /error|fatal/i.test(l)) ?? error.message : String(error);
      return {
        conflicts: [
          `neither the JSON merge (${why}) nor git's line merge (${reason.trim()}) can merge it: it is left as the current branch has it`
        ],
        choices: [],
        lineMerge: why
      };
    }
    await writeFile(files.current, text);
    return {
      conflicts: /^<{7}( |$)/m.test(text) ? [`git's line merge left conflicts (${why})`] : [],
      choices: [],
      lineMerge: why
    };
  }
  const merged = mergeRegistries(base.kind === "object" ? base.value : void 0, ours.value, theirs.value, {
    sessionOf: (taskId, link) => handoffSessionOf(config, taskId, link),
    isActive: (status) => config.activeStatuses.includes(status)
  });
  await writeFile(files.current, renderMergedRegistry(merged, { ours: "ours", theirs: "theirs" }));
  return { conflicts: merged.conflicts.map((c) => c.reason), choices: merged.choices };
}
async function readSide(path, display) {
  let text;
  try {
    text = await readUserText(path, display);
  } catch (error) {
    if (error instanceof InputError) return { kind: "not-object", why: `${display}: ${error.message}` };
    throw error;
  }
  if (text.trim() === "") return { kind: "empty" };
  let json;
  try {
    json = parseJsonLocated(text, display);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      kind: "not-object",
      why: `${display} is not valid JSON: ${formatLocated(error.message, error.location, error.rule)}`
    };
  }
  const twice = json.duplicateKeys[0];
  if (twice) {
    return {
      kind: "not-object",
      why: `${display}:${twice.line}:${twice.column} writes the key ${twice.pointer} twice (the JSON merge would keep only one)`
    };
  }
  const value = json.value;
  if (!isRecord(value)) {
    return { kind: "not-object", why: `${display} is not a JSON object` };
  }
  return { kind: "object", value };
}
async function configOrDefault(repoRoot) {
  if (repoRoot === void 0) return DEFAULT_CONFIG;
  try {
    return (await loadConfig(repoRoot)).config;
  } catch (error) {
    if (error instanceof InputError) return DEFAULT_CONFIG;
    throw error;
  }
}
async function lineMerge(files, repoRoot) {
  const git = GitCommandManager.create(repoRoot ?? process.cwd());
  return git.exec([
    "merge-file",
    "-p",
    "-L",
    "ours",
    "-L",
    "base",
    "-L",
    "theirs",
    files.current,
    files.base,
    files.other
  ]);
}
async function registerRegistryMergeDriver(repoRoot, registry, shown = asInProject) {
  const said = [];
  const attributesName = shown(".gitattributes");
  const attributesFile = join(repoRoot, ".gitattributes");
  const existing = await readIfExists(attributesFile);
  const pattern = `/${registry.replace(/^\.\//, "")}`;
  const line = `${gitattributesPattern(pattern)} merge=${MERGE_DRIVER}`;
  if (existing?.split(/\r?\n/).some((l) => l.trim() === line)) {
    said.push(initStep("exists", `exists  ${attributesName} merge driver line`, { file: ".gitattributes" }));
  } else {
    const before = existing === void 0 || existing === "" || existing.endsWith("\n") ? existing ?? "" : `${existing}
`;
    await writeFile(attributesFile, `${before}${line}
`);
    said.push(
      initStep(
        existing === void 0 ? "created" : "updated",
        `${existing === void 0 ? "created" : "added to"} ${attributesName}: ${line}`,
        { file: ".gitattributes" }
      )
    );
  }
  const git = GitCommandManager.create(repoRoot);
  const driver = REGISTRY_MERGE_DRIVER_COMMAND;
  const current = await git.configGet(`merge.${MERGE_DRIVER}.driver`);
  if (current === driver) {
    said.push(initStep("exists", `exists  git config merge.${MERGE_DRIVER}.driver`));
  } else {
    await git.exec(["config", `merge.${MERGE_DRIVER}.name`, DRIVER_NAME]);
    await git.exec(["config", `merge.${MERGE_DRIVER}.driver`, driver]);
    said.push(
      initStep("set", `set     git config merge.${MERGE_DRIVER}.driver (runs handoff merge-registry)`, {
        setting: `merge.${MERGE_DRIVER}.driver`,
        value: driver
      })
    );
  }
  return said;
}
function gitattributesPattern(path) {
  return /[\s"\\]/.test(path) ? `"${path.replace(/["\\]/g, "\\$&")}"` : path;
}
async function readIfExists(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}

export {
  initStep,
  initReport,
  initReportShown,
  filesFound,
  mergeRegistryFiles,
  registerRegistryMergeDriver
};
