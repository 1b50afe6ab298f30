#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  handoffPath,
  isTaskId
} from "./chunk-M35PUG3Q.js";
import {
  agentEntries,
  isAgentKey
} from "./chunk-FA2TZQJN.js";
import {
  linkProblem
} from "./chunk-BJRH7MHS.js";
import {
  InputError
} from "./chunk-K7ZVKXRQ.js";
import {
  shellWord
} from "./chunk-SRV3ZKZ5.js";

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
  if (problem) throw new InputError(problem, {}, "registry/agent-name");
}
function checkTaskId(config, taskId) {
  if (/[/\\\0]/.test(taskId) || taskId.trim() === "" || taskId === "." || taskId === "..") {
    throw new InputError(
      `task id "${taskId}" cannot be part of a file name: it is blank, . or .., or holds a / or \\ (or a NUL)`,
      {},
      "registry/task-id"
    );
  }
  if (!isTaskId(config, taskId)) {
    throw new InputError(
      `task id "${taskId}" does not match the task-id pattern (config key "taskIdPattern": ${config.taskIdPattern})`,
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
        `${active.length} agents are active (${active.map(([n]) => n).join(", ")}); pass --agent NAME or set ${AGENT_ENV}`,
        {},
        "registry/ambiguous-agent"
      );
    }
  }
  throw new InputError(`which agent? pass --agent NAME or set ${AGENT_ENV}`, {}, "registry/no-agent");
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
      `no agent "${agent}" in the registry; start a task first: handoff start --task ID --agent ${shellWord(agent)}`,
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

export {
  AGENT_ENV,
  agentFromEnv,
  namedAgent,
  checkAgentName,
  checkTaskId,
  chooseAgent,
  transition
};
