#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  projectToInit
} from "./chunk-BNLDGPFM.js";
import {
  filesFromHere
} from "./chunk-FRQYFUSM.js";

// src/cli/root-note.ts
async function rootActedOnNote(ctx, prefix) {
  if (prefix !== "") return void 0;
  const { repoRoot, prefix: packageFolder } = await projectToInit(ctx.cwd);
  if (packageFolder === "") return void 0;
  const shown = filesFromHere(ctx, repoRoot)(packageFolder);
  const named = shown === packageFolder ? packageFolder : shown === "." ? `this folder (${packageFolder})` : `${shown} (${packageFolder})`;
  return `${named} has no registry or config of its own: this acts on the repository root's registry, and so do the commands it prints. To give the package its own, run init there.`;
}

export {
  rootActedOnNote
};
