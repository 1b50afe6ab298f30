#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-AVNUWBDK.js";

// src/adapters/repo-root.ts
import { stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
async function findRepoRoot(cwd) {
  let dir = resolve(cwd);
  for (; ; ) {
    try {
      const found = await stat(join(dir, ".git"));
      if (found.isDirectory() || found.isFile()) return dir;
    } catch {
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const start = await stat(resolve(cwd)).catch(() => void 0);
  if (!start?.isDirectory()) throw new InputError(`no such folder: ${resolve(cwd)}`, {}, "path/no-folder");
  throw new InputError(`not inside a git repository: ${resolve(cwd)}`, {}, "git/no-repo");
}

export {
  findRepoRoot
};
