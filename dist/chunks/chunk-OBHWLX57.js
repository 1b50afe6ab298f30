#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  checkGivenInput
} from "./chunk-YKN77QSG.js";
import {
  listTaskHandoffs
} from "./chunk-OBO4AYCL.js";
import {
  GitCommandManager
} from "./chunk-3VXYNT5A.js";
import {
  checkTaskId,
  chooseAgent,
  draftCommand,
  transition,
  workLeftBehind
} from "./chunk-TETPMYFG.js";
import {
  agentEntries,
  othersActiveOn,
  readRegistry,
  refuseWritesOutside,
  updateRegistry,
  withEntry
} from "./chunk-WJKR2G64.js";
import {
  InputError,
  asInProject,
  commitPathsCommand,
  linkProblem,
  normalizeLink
} from "./chunk-MLNENVTA.js";

// src/app/lifecycle.ts
import { lstatSync } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { join } from "node:path";
async function runLifecycle(options) {
  try {
    return await applyLifecycle(options);
  } catch (error) {
    throw namingRegistry(error, options.config.registry);
  }
}
function namingRegistry(error, file) {
  if (error instanceof InputError && error.rule?.startsWith("registry/") && error.rule !== "registry/task-id" && error.location.file === void 0)
    return error.inFile(file);
  return error;
}
async function applyLifecycle(options) {
  const { config, action } = options;
  if (action === "start") {
    if (options.taskId === void 0) throw new Error("start needs a task id");
    checkTaskId(config, options.taskId);
  }
  if (options.note !== void 0) checkGivenInput({ note: options.note });
  if (action !== "block" && !options.force) await refuseWorkLeftBehind(options);
  const { moved, keptFor } = action === "done" ? await moveDoneHandoffs(options) : { moved: [] };
  const latest = action === "start" ? (await listTaskHandoffs(options.repoRoot, config, options.taskId)).at(-1) : void 0;
  let result;
  try {
    await updateRegistry(options.repoRoot, config, (registry) => {
      const agent = chooseAgent(registry, config, action, options.agent, options.envAgent);
      const before = Object.hasOwn(registry, agent) ? registry[agent] : void 0;
      const patch = transition({
        action,
        agent,
        ...before ? { entry: before } : {},
        ...options.taskId === void 0 ? {} : { taskId: options.taskId },
        ...options.note === void 0 ? {} : { note: options.note },
        today: options.now.toISOString().slice(0, 10)
      });
      const link = typeof before?.details_link === "string" ? normalizeLink(before.details_link) : void 0;
      const relinked = moved.find((m) => m.from === link);
      if (relinked) patch.details_link = relinked.to;
      let next = withEntry(registry, agent, patch);
      const continued = latest && typeof next[agent]?.details_link !== "string" ? latest.path : void 0;
      if (continued) next = withEntry(next, agent, { details_link: continued });
      for (const [name, entry] of agentEntries(next)) {
        const theirs = typeof entry.details_link === "string" ? normalizeLink(entry.details_link) : void 0;
        const to = name === agent ? void 0 : moved.find((m) => m.from === theirs)?.to;
        if (to) next = withEntry(next, name, { details_link: to });
      }
      result = { agent, action, after: next[agent], registry: config.registry };
      if (before) result.before = before;
      if (action === "start") {
        const others = othersActiveOn(next, config, options.taskId, agent);
        if (others.length > 0) result.sharedWith = others;
      }
      if (continued) result.continues = continued;
      if (moved.length > 0) result.moved = moved;
      if (keptFor) result.keptFor = keptFor;
      return next;
    });
  } catch (error) {
    await moveBack(options.repoRoot, moved);
    throw error;
  }
  return result;
}
async function refuseWorkLeftBehind(options) {
  const { repoRoot, config, action } = options;
  const registry = await readRegistry(repoRoot, config).then(
    (read) => read.registry,
    () => void 0
  );
  if (!registry) return;
  let agent;
  try {
    agent = chooseAgent(registry, config, action, options.agent, options.envAgent);
  } catch {
    return;
  }
  const task = taskOf(Object.hasOwn(registry, agent) ? registry[agent] : void 0);
  if (task === null || action === "start" && task === options.taskId) return;
  const { gatherSessionFacts } = await import("./agent-session-IDGHJMHR.js");
  const facts = await gatherSessionFacts(repoRoot, config, agent, { fromTaskLatest: true }).catch(
    () => void 0
  );
  const refusal = facts && workLeftBehind(
    action,
    facts,
    othersActiveOn(registry, config, task, agent),
    options.program ?? "handoff"
  );
  if (refusal) throw refusal;
}
async function moveDoneHandoffs(options) {
  const { config, repoRoot } = options;
  if (config.doneHandoffDir === void 0) return { moved: [] };
  const { registry } = await readRegistry(repoRoot, config);
  const agent = chooseAgent(registry, config, "done", options.agent, options.envAgent);
  const task = taskOf(registry[agent]);
  if (task === null) return { moved: [] };
  const others = othersActiveOn(registry, config, task, agent);
  if (others.length > 0) return { moved: [], keptFor: others };
  const files = await listTaskHandoffs(repoRoot, config, task);
  const target = normalizeLink(config.doneHandoffDir);
  const moves = files.map(({ path }) => ({ from: path, to: `${target}/${path.split("/").pop()}` })).filter((m) => m.from !== m.to);
  for (const { to } of moves) {
    if (entryAt(join(repoRoot, ...to.split("/")))) {
      throw new InputError(`${to} exists already; nothing was moved`, { file: to }, "done/exists");
    }
  }
  await refuseWritesOutside(
    repoRoot,
    moves.map((m) => join(repoRoot, ...m.to.split("/"))),
    "done"
  );
  if (moves.length === 0) return { moved: [] };
  await mkdir(join(repoRoot, ...target.split("/")), { recursive: true });
  const done = [];
  try {
    for (const move of moves) {
      await rename(join(repoRoot, ...move.from.split("/")), join(repoRoot, ...move.to.split("/")));
      done.push(move);
    }
  } catch (error) {
    await moveBack(repoRoot, done);
    throw error;
  }
  return { moved: done };
}
async function moveBack(repoRoot, moves) {
  for (const { from, to } of [...moves].reverse()) {
    await rename(join(repoRoot, ...to.split("/")), join(repoRoot, ...from.split("/"))).catch(() => void 0);
  }
}
var DONE_WORDS = {
  block: "blocked",
  done: "done",
  idle: "idle"
};
async function nextAfterLifecycle(result, repoRoot, at) {
  const task = taskOf(result.after);
  if (result.action === "start") return task ? [draftCommand(at.program, task, result.agent)] : [];
  return commitAfterLifecycle(result, repoRoot, at.shown);
}
function startNote(result, shown) {
  if (result.action !== "start" || taskOf(result.after) === null) return void 0;
  if (result.before && taskOf(result.before) === taskOf(result.after)) return void 0;
  if (result.continues)
    return `commit ${shown(result.registry)} with your first work: your sessions continue ${shown(result.continues)}, and the work after it is yours to hand off.`;
  return `commit ${shown(result.registry)} with your first work: the task's first session starts at that commit, and what that day's commits before it did is setup, not the task's work.`;
}
async function commitAfterLifecycle(result, repoRoot, shown) {
  if (result.action === "start") return [];
  const moved = result.moved ?? [];
  const linked = [
    ...new Set(
      [result.before?.details_link, result.after.details_link].filter((link) => typeof link === "string" && linkProblem(link) === void 0).map(normalizeLink).filter((link) => !moved.some((m) => m.from === link || m.to === link))
    )
  ];
  const { tracked, changed } = await GitCommandManager.at(repoRoot, void 0, async (git) => ({
    tracked: moved.length === 0 ? /* @__PURE__ */ new Set() : await git.trackedOf(moved.map((m) => m.from)),
    changed: await git.changedSinceHead([result.registry, ...linked])
  }));
  if (changedNothing(result) && !changed.includes(normalizeLink(result.registry))) return [];
  const unsaved = changed.filter((path) => linked.includes(path));
  const paths = [
    result.registry,
    ...unsaved,
    ...moved.flatMap((m) => tracked.has(m.from) ? [m.from, m.to] : [m.to])
  ].map(shown);
  const task = taskOf(result.before) ?? taskOf(result.after) ?? "handoff";
  return [commitPathsCommand(paths, `${task}: ${result.agent} ${DONE_WORDS[result.action]}`)];
}
function changedNothing(result) {
  return (result.moved ?? []).length === 0 && JSON.stringify(result.before) === JSON.stringify(result.after);
}
var taskOf = (entry) => typeof entry?.current_task === "string" && entry.current_task !== "" ? entry.current_task : null;
function lifecycleJson(result, shown = asInProject) {
  return {
    agent: result.agent,
    action: result.action,
    status: result.after.status,
    task: taskOf(result.after),
    previous: result.before ? { status: result.before.status, task: taskOf(result.before) } : null,
    registry: shown(result.registry),
    entry: result.after,
    ...result.moved ? { moved: result.moved.map((m) => ({ from: shown(m.from), to: shown(m.to) })) } : {},
    ...result.keptFor ? { keptFor: result.keptFor } : {},
    ...result.sharedWith ? { sharedWith: result.sharedWith } : {},
    ...result.continues ? { continues: shown(result.continues) } : {}
  };
}
function entryAt(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export {
  runLifecycle,
  nextAfterLifecycle,
  startNote,
  changedNothing,
  taskOf,
  lifecycleJson
};
