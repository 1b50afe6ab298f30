#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-MLNENVTA.js";

// src/adapters/repo-root.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
async function findRepoRoot(cwd, env = process.env) {
  let dir = resolve(cwd);
  const ceilings = ceilingDirectories(env);
  for (; ; ) {
    const found = statOf(join(dir, ".git"));
    if (found?.isDirectory() || found?.isFile()) return dir;
    const parent = dirname(dir);
    if (parent === dir || ceilings.has(parent)) break;
    dir = parent;
  }
  const start = statOf(resolve(cwd));
  if (!start?.isDirectory()) throw new InputError(`no such folder: ${resolve(cwd)}`, {}, "path/no-folder");
  throw new InputError(`not inside a git repository: ${resolve(cwd)}`, {}, "git/no-repo");
}
function ceilingDirectories(env) {
  const list = env.GIT_CEILING_DIRECTORIES;
  if (!list) return /* @__PURE__ */ new Set();
  return new Set(
    list.split(":").filter((p) => isAbsolute(p)).map((p) => resolve(p))
  );
}
function gitDirIn(folder) {
  const dotGit = join(folder, ".git");
  const found = statOf(dotGit);
  if (found?.isDirectory()) return dotGit;
  if (!found?.isFile()) return void 0;
  try {
    const target = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, "utf8"))?.[1]?.trim();
    return target ? resolve(folder, target) : void 0;
  } catch {
    return void 0;
  }
}
function statOf(path) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
var PROJECT_MARKERS = [".handoffrc.json", "handoff.config.json", ".agent-context/agent-handoffs.json"];
async function isProjectFolder(dir, options) {
  for (const marker of PROJECT_MARKERS) {
    if (statOf(join(dir, marker))) return true;
  }
  let manifest;
  try {
    manifest = readFileSync(join(dir, "package.json"), "utf8");
  } catch {
    return false;
  }
  if (options.anyPackage) return true;
  try {
    const parsed = JSON.parse(manifest);
    return parsed !== null && typeof parsed === "object" && parsed.handoff !== void 0;
  } catch {
    return false;
  }
}
async function findProjectRoot(cwd, options = {}) {
  const repoRoot = await findRepoRoot(cwd);
  let dir = resolve(cwd);
  while (dir !== repoRoot && dir.startsWith(`${repoRoot}${sep}`)) {
    if (await isProjectFolder(dir, { anyPackage: options.forInit === true })) {
      return { repoRoot, projectRoot: dir, prefix: relative(repoRoot, dir).split(sep).join("/") };
    }
    dir = dirname(dir);
  }
  return { repoRoot, projectRoot: repoRoot, prefix: "" };
}

export {
  findRepoRoot,
  gitDirIn,
  findProjectRoot
};
