#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  listsWorkspace,
  loadConfigFrom,
  workingTreeSource
} from "./chunk-T5QRKEOB.js";
import {
  findProjectRoot
} from "./chunk-HUG4EZO3.js";

// src/adapters/config-loader.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
async function loadConfig(repoRoot) {
  return loadConfigFrom(workingTreeSource(repoRoot));
}
async function projectToInit(cwd) {
  const found = await findProjectRoot(cwd, { forInit: true });
  if (found.prefix !== "") return found;
  const folder = relative(found.repoRoot, resolve(cwd)).split(sep).join("/");
  if (folder === "" || folder.startsWith("..")) return found;
  const { config } = await loadConfig(found.repoRoot);
  return listsWorkspace(config.workspaces, folder) ? { repoRoot: found.repoRoot, projectRoot: resolve(cwd), prefix: folder } : { ...found, notAPackage: folder };
}

export {
  loadConfig,
  projectToInit
};
