#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  handoffNameRegExp,
  handoffPath
} from "./chunk-EEYO4645.js";
import {
  linkedBy
} from "./chunk-WJKR2G64.js";
import {
  normalizeLink
} from "./chunk-MLNENVTA.js";

// src/app/task-handoffs.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";
async function listTaskHandoffs(repoRoot, config, taskId) {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const dir = handoffPath(config, taskId, 1).split("/").slice(0, -1).join("/");
  const found = [];
  for (const folder of /* @__PURE__ */ new Set([
    dir,
    ...config.doneHandoffDir ? [normalizeLink(config.doneHandoffDir)] : []
  ])) {
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
async function isOthersDraft(registry, agent, path, uncommitted) {
  return linkedBy(registry, path, agent) !== void 0 && await uncommitted(path);
}
async function latestToContinue(repoRoot, config, taskId, registry, agent, uncommitted) {
  const sessions = await listTaskHandoffs(repoRoot, config, taskId);
  for (let i = sessions.length - 1; i >= 0; i--) {
    const session = sessions[i];
    if (!await isOthersDraft(registry, agent, session.path, uncommitted)) return session;
  }
  return void 0;
}

export {
  listTaskHandoffs,
  isOthersDraft,
  latestToContinue
};
