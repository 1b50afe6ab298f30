#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  checkAgentName,
  checkTaskId,
  chooseAgent,
  transition
} from "./chunk-JDBGKPWC.js";
import {
  updateRegistry,
  withEntry
} from "./chunk-GBN5RL6Y.js";

// src/app/lifecycle.ts
async function runLifecycle(options) {
  const { config, action } = options;
  if (action === "start") {
    if (options.taskId === void 0) throw new Error("start needs a task id");
    checkTaskId(config, options.taskId);
  }
  if (options.agent !== void 0) checkAgentName(options.agent);
  let result;
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
    const next = withEntry(registry, agent, patch);
    result = { agent, action, after: next[agent], registry: config.registry };
    if (before) result.before = before;
    return next;
  });
  return result;
}
var taskOf = (entry) => typeof entry?.current_task === "string" && entry.current_task !== "" ? entry.current_task : null;
function lifecycleJson(result) {
  return {
    agent: result.agent,
    action: result.action,
    status: result.after.status,
    task: taskOf(result.after),
    previous: result.before ? { status: result.before.status, task: taskOf(result.before) } : null,
    registry: result.registry,
    entry: result.after
  };
}

export {
  runLifecycle,
  taskOf,
  lifecycleJson
};
