#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  elementTitle
} from "./chunk-LYXL3RVC.js";
import {
  linkProblem,
  normalizeLink,
  parseDuration,
  taskIdRegExp
} from "./chunk-O6O72GKM.js";

// src/core/attribution.ts
function nonWorkPaths(handoffDir, registryFile, links) {
  const files = /* @__PURE__ */ new Set([normalizeLink(registryFile)]);
  for (const link of links) if (linkProblem(link) === void 0) files.add(normalizeLink(link));
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
  for (const { link } of tasks) {
    if (link.kind !== "document") continue;
    const dated = documentDateMs(link.facts.date);
    if (dated === void 0 || dated < windowStart) paths.add(link.path);
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
  for (const { task, link } of input.tasks) {
    if (link.kind === "document" && !handoffFiles.has(task.taskId)) handoffFiles.set(task.taskId, link.path);
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
  const verdicts = input.tasks.map(({ task, link }) => {
    const problems = [];
    const draft = `handoff draft --task ${task.taskId}`;
    if (link.kind === "invalid-link") {
      problems.push({ reason: "invalid-link", detail: link.message, fix: draft });
    } else if (link.kind === "missing") {
      problems.push({ reason: "missing", detail: link.detail, fix: draft });
    } else {
      const required = new Set(config.requiredElements);
      const absent = link.missingElements.filter((e) => required.has(e));
      if (absent.length > 0) {
        problems.push({
          reason: "incomplete",
          detail: `${link.path} lacks ${absent.map(elementTitle).join(", ")} (absent, empty or placeholder text).`,
          elements: absent,
          // A new draft would leave these open too: only a person can write them.
          fix: `fill in ${absent.map(elementTitle).join(", ")} in ${link.path}, then commit it`
        });
      }
      const behind = behindCommits(task.taskId, link.path, indexed);
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
      const expired = expiry(link, input.lastTouches, input.now, maxAgeMs, config.freshness.maxAge);
      if (expired) problems.push({ reason: "expired", detail: expired, fix: draft });
    }
    const verdict = {
      taskId: task.taskId,
      agent: task.agent,
      fresh: problems.length === 0,
      problems,
      workCommits: workCommitsByTask.get(task.taskId) ?? 0
    };
    const handoffPath = link.kind === "document" ? link.path : task.detailsLink;
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
function expiry(link, lastTouches, now, maxAgeMs, maxAgeText) {
  const dated = documentDateMs(link.facts.date);
  const touchedSeconds = lastTouches.get(link.path);
  const touched = touchedSeconds === void 0 ? void 0 : touchedSeconds * 1e3;
  const last = Math.max(dated ?? Number.NEGATIVE_INFINITY, touched ?? Number.NEGATIVE_INFINITY);
  if (now.getTime() - last <= maxAgeMs) return void 0;
  if (dated === void 0 && touched === void 0) {
    return `${link.path} has no readable **Date** and no commit touched it in the last ${maxAgeText}.`;
  }
  const when = new Date(last).toISOString().slice(0, 10);
  const days = Math.round((Date.parse(now.toISOString().slice(0, 10)) - Date.parse(when)) / DAY_MS);
  return `${link.path} was last updated ${when} (${days} day(s) ago); the limit is ${maxAgeText}.`;
}
function listShas(shas) {
  const shown = shas.slice(0, 10).map(short).join(", ");
  return shas.length > 10 ? `${shown}, \u2026 (${shas.length - 10} more)` : shown;
}
function short(sha) {
  return sha.slice(0, SHORT);
}

export {
  nonWorkPaths,
  isWorkCommit,
  attributeCommits,
  pathsNeedingHistory,
  attributeRanges,
  evaluateFreshness,
  behindInRange
};
