#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  namedAndCounted
} from "./chunk-O44GVA2L.js";
import {
  AGENT_SLOT,
  ANSWER_SLOTS,
  LEFT_AS_PRINTED,
  TASK_SLOT,
  TIME_SLOTS,
  commandWord,
  isSlot
} from "./chunk-EL6VZ225.js";
import {
  elementTitle
} from "./chunk-P3IB3F72.js";
import {
  handoffPath,
  isTaskId
} from "./chunk-EEYO4645.js";
import {
  agentEntries,
  isAgentKey,
  meantTask
} from "./chunk-WJKR2G64.js";
import {
  ELEMENT_NAMES,
  TIME_FIELDS
} from "./chunk-LMSMW57Z.js";
import {
  InputError,
  linkProblem,
  pathsInFolder,
  shellWord
} from "./chunk-MLNENVTA.js";

// src/core/agent-session.ts
function sessionFactsFrom(facts, folder) {
  if (folder === "" || folder === ".") return facts;
  const at = pathsInFolder(folder);
  return {
    ...facts,
    uncommitted: facts.uncommitted.map(at),
    ...facts.untracked ? { untracked: facts.untracked.map(at) } : {},
    ...facts.handoff ? { handoff: { ...facts.handoff, path: at(facts.handoff.path) } } : {},
    ...facts.othersDraft ? { othersDraft: { ...facts.othersDraft, path: at(facts.othersDraft.path) } } : {}
  };
}
function draftCommand(program, taskId, agent, open = ELEMENT_NAMES, times = ["remaining"]) {
  const slots = [
    ...ELEMENT_NAMES.filter((element) => open.includes(element)).map((e) => ANSWER_SLOTS[e]),
    ...TIME_FIELDS.filter((field) => times.includes(field)).map((f) => TIME_SLOTS[f])
  ];
  return [`${program} draft --task ${commandWord(taskId)} --agent ${commandWord(agent)}`, ...slots].join(" ");
}
function judgeSession(facts, program = "handoff") {
  const { task, handoff, agent } = facts;
  if (!task) return { stale: false, reason: `agent "${agent}" has no current task.` };
  const base = { taskId: task.taskId };
  if (!task.active) {
    return { ...base, stale: false, reason: `${task.taskId} is ${task.status}, not active.` };
  }
  const work = [];
  if (facts.workCommits > facts.maxCommitsBehind) {
    const unnamed = facts.namedWorkCommits === void 0 ? 0 : facts.workCommits - facts.namedWorkCommits;
    const why = unnamed > 0 ? ` (${unnamed === facts.workCommits ? unnamed === 1 ? "it names" : "they name" : `${unnamed} ${unnamed === 1 ? "names" : "name"}`} no task: the push gives ${unnamed === 1 ? "it" : "them"} to ${task.taskId} by its fallback rule)` : "";
    work.push(
      `${facts.workCommits} work ${facts.workCommits === 1 ? "commit" : "commits"} ${handoff ? "after the handoff" : "no handoff covers"}${why}`
    );
  }
  const untracked = new Set(facts.untracked ?? []);
  const changed = facts.uncommitted.filter((path) => !untracked.has(path));
  if (changed.length > 0) work.push(`uncommitted changes to ${listed(changed)}`);
  if (untracked.size > 0) {
    work.push(
      `${untracked.size} untracked ${untracked.size === 1 ? "file" : "files"} (${listed([...untracked])}; add what is not work to .gitignore)`
    );
  }
  const draft = draftCommand(program, task.taskId, agent);
  if (work.length === 0 && handoff?.exists && !handoff.changed && !handoff.problem && handoff.missing.length > 0) {
    const names = handoff.missing.map(elementTitle).join(", ");
    return {
      ...base,
      stale: true,
      reason: `${task.taskId}: the handoff ${handoff.path} is committed with ${names} still empty or placeholder text, so a push is refused for it (incomplete). Fill ${handoff.missing.length === 1 ? "it" : "them"} in and commit it, or write the next session with every answer.`,
      fix: draft
    };
  }
  if (work.length === 0) {
    const none = !handoff?.exists;
    if (none && facts.activeAsCommitted) {
      return {
        ...base,
        stale: true,
        reason: `${task.taskId}: no work to hand off yet, but its start is committed (the registry has it active) and it has no handoff, so a push is refused for it (missing). Write its handoff and commit it.`,
        fix: draft
      };
    }
    return {
      ...base,
      stale: false,
      reason: none ? `${task.taskId}: no work to hand off yet. It has no handoff, which a push needs while the task is active: \`${draft}\` writes one.` : `${task.taskId}: no work since the handoff.`
    };
  }
  if (facts.inProgress && (work.length > 0 || handoff?.changed)) {
    const { op, finish } = FINISH[facts.inProgress];
    return {
      ...base,
      stale: true,
      reason: `${task.taskId}: a ${op} is in progress, and what it stages is not this session's work nor its handoff until it is committed. Finish it (or abort it), then end the session: the handoff is judged on the commits.`,
      fix: finish
    };
  }
  const workText = work.join(" and ");
  if (!handoff?.exists || handoff.problem) {
    const others = facts.othersDraft;
    const why = handoff?.problem ?? (handoff ? `${handoff.path} does not exist` : others ? `the handoff linked, ${others.path}, is ${others.agent}\u2019s draft, not committed yet: not ${agent}\u2019s own, so ${agent} needs a handoff of its own (its draft numbers past that one)` : "no handoff is linked");
    return {
      ...base,
      stale: true,
      reason: `${task.taskId} has ${workText}, and ${why}. Write ${others && !handoff ? "it" : "the handoff"} before ending the session.`,
      fix: draft
    };
  }
  if (handoff.changed && handoff.missing.length > 0) {
    const names = handoff.missing.map(elementTitle).join(", ");
    return {
      ...base,
      stale: true,
      // `draft` with the answers fills a drafted file's template lines in place (see fillDraft): the
      // fix asks only for the answers still missing, as a command the agent can run.
      reason: `${task.taskId}: the handoff ${handoff.path} was written this session but ${names} ${handoff.missing.length === 1 ? "is" : "are"} still empty or placeholder text. Fill ${handoff.missing.length === 1 ? "it" : "them"} in the file, or give the answers to draft, which fills the template lines in place.`,
      fix: draftCommand(
        program,
        task.taskId,
        agent,
        handoff.answersOpen?.elements ?? handoff.missing,
        handoff.answersOpen?.times ?? []
      )
    };
  }
  if (handoff.changed) {
    return { ...base, stale: false, reason: `${task.taskId}: handoff ${handoff.path} updated this session.` };
  }
  return {
    ...base,
    stale: true,
    reason: `${task.taskId} has ${workText} that ${handoff.path} does not cover. Write the next handoff before ending the session.`,
    fix: draft
  };
}
var FINISH = {
  merge: { op: "merge", finish: "git commit --no-edit" },
  "cherry-pick": { op: "cherry-pick", finish: "git cherry-pick --continue" },
  revert: { op: "revert", finish: "git revert --continue" },
  rebase: { op: "rebase", finish: "git rebase --continue" },
  am: { op: "`git am`", finish: "git am --continue" }
};
function listed(paths) {
  return namedAndCounted(paths, 3);
}

// src/core/lifecycle.ts
var ACTION_STATUS = {
  start: "in_progress",
  block: "blocked",
  done: "complete",
  idle: "idle"
};
var AGENT_ENV = "HANDOFF_AGENT";
function agentFromEnv(env) {
  const value = env[AGENT_ENV];
  return value === void 0 || value === "" ? void 0 : value;
}
function namedAgent(explicit, envAgent) {
  const agent = explicit ?? envAgent;
  if (agent !== void 0) checkAgentName(agent);
  return agent;
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
function chooseAgent(registry, config, action, explicit, fromEnv) {
  const named = explicit ?? fromEnv;
  if (named !== void 0) {
    checkAgentName(named, registry);
    return named;
  }
  if (action !== "start") {
    const active = agentEntries(registry).filter(([, e]) => config.activeStatuses.includes(e.status));
    if (active.length === 1) return active[0][0];
    if (active.length > 1) {
      throw new InputError(
        `${active.length} agents are active (${active.map(([n]) => n).join(", ")}); pass --agent ${commandWord(AGENT_SLOT)} or set ${AGENT_ENV}`,
        {},
        "registry/ambiguous-agent"
      );
    }
  }
  throw new InputError(
    `which agent? pass --agent ${commandWord(AGENT_SLOT)} or set ${AGENT_ENV}`,
    {},
    "registry/no-agent"
  );
}
function transition(input) {
  const { action, agent, entry, note } = input;
  const patch = { status: ACTION_STATUS[action] };
  if (action === "start") {
    const taskId = input.taskId ?? "";
    const sameTask = entry?.current_task === taskId;
    patch.current_task = taskId;
    if (!sameTask || typeof entry?.task_started !== "string") patch.task_started = input.today;
    if (note !== void 0) patch.brief_note = note;
    else if (entry && (!sameTask || entry.status === "blocked")) patch.brief_note = void 0;
    if (entry && !sameTask) patch.details_link = void 0;
    return patch;
  }
  if (!entry) {
    throw new InputError(
      `no agent "${agent}" in the registry; start a task first: \`handoff start --task ${commandWord(TASK_SLOT)} --agent ${shellWord(agent)}\``,
      {},
      "registry/no-agent"
    );
  }
  const task = typeof entry.current_task === "string" && entry.current_task !== "" ? entry.current_task : "";
  if (task === "" && action !== "idle") {
    throw new InputError(
      `agent "${agent}" has no current task to mark ${ACTION_STATUS[action]}`,
      {},
      "registry/no-task"
    );
  }
  if (action === "idle") patch.current_task = null;
  if (note !== void 0) patch.brief_note = note;
  else if (entry.status === "blocked" && action !== "block") patch.brief_note = void 0;
  return patch;
}
function workLeftBehind(action, facts, othersOnTask, program) {
  const { task } = facts;
  const handingOff = facts.handoff?.changed === true && facts.handoff.missing.length === 0;
  if (!task?.active || !facts.countedAfter || handingOff || othersOnTask.length > 0) return void 0;
  const named = facts.namedWorkCommits ?? facts.workCommits;
  if (named <= facts.maxCommitsBehind) return void 0;
  const verdict = judgeSession({ ...facts, workCommits: named, uncommitted: [], untracked: [] }, program);
  if (!verdict.stale || !verdict.fix) return void 0;
  const unnamed = facts.workCommits - named;
  const commits = `${named} work ${named === 1 ? "commit" : "commits"}${unnamed > 0 ? ` that ${named === 1 ? "names" : "name"} it (and ${unnamed} that ${unnamed === 1 ? "names" : "name"} no task)` : ""}`;
  const leaving = action === "done" ? "marked complete" : action === "idle" ? "left idle" : "left for another task";
  return new InputError(
    `${task.taskId} has ${commits} its handoff does not cover: ${leaving} now, ${named === 1 ? "it" : "they"} would be in no handoff. Hand it off first: ${verdict.fix} (then commit the handoff); or run again with --force to leave ${named === 1 ? "it" : "them"} out`,
    {},
    "lifecycle/work-left-behind"
  );
}

export {
  sessionFactsFrom,
  draftCommand,
  judgeSession,
  AGENT_ENV,
  agentFromEnv,
  namedAgent,
  checkAgentName,
  checkTaskId,
  chooseAgent,
  transition,
  workLeftBehind
};
