#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  activeTasks,
  inactiveTaskIds
} from "./chunk-WAFP4FJC.js";
import {
  handoffNameRegExp,
  handoffPath,
  normalizeLink,
  taskIdOfHandoffName
} from "./chunk-7SQILEP7.js";

// src/app/task-handoffs.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";
async function listTaskHandoffs(repoRoot, config, taskId) {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const found = [];
  for (const folder of handoffFolders(config)) {
    let names;
    try {
      names = readdirSync(join(repoRoot, ...folder.split("/").filter((s) => s !== "")));
    } catch {
      continue;
    }
    for (const name of names) {
      const session = Number(nameRegExp.exec(name)?.[1] ?? Number.NaN);
      if (Number.isInteger(session))
        found.push({ session, path: folder === "" ? name : `${folder}/${name}` });
    }
  }
  return found.sort((a, b) => a.session - b.session);
}
function taskIdsWithHandoffs(repoRoot, config) {
  const ids = /* @__PURE__ */ new Set();
  for (const folder of handoffFolders(config)) {
    let names;
    try {
      names = readdirSync(join(repoRoot, ...folder.split("/").filter((s) => s !== "")));
    } catch {
      continue;
    }
    for (const name of names) {
      const id = taskIdOfHandoffName(config, name);
      if (id) ids.add(id);
    }
  }
  return [...ids];
}
function handoffFolders(config) {
  const dir = handoffPath(config, "T", 1).split("/").slice(0, -1).join("/");
  return /* @__PURE__ */ new Set([dir, ...config.doneHandoffDir ? [normalizeLink(config.doneHandoffDir)] : []]);
}
function knownInactiveTasks(registry, config, repoRoot) {
  const active = new Set(activeTasks(registry, config).map((t) => t.taskId));
  const known = /* @__PURE__ */ new Set([...inactiveTaskIds(registry, config), ...taskIdsWithHandoffs(repoRoot, config)]);
  return [...known].filter((id) => !active.has(id));
}

export {
  listTaskHandoffs,
  knownInactiveTasks
};
