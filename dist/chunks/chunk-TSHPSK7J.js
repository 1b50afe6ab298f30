#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  loadConfigFrom,
  workingTreeSource
} from "./chunk-WYJWUGRJ.js";

// src/adapters/config-loader.ts
async function loadConfig(repoRoot) {
  return loadConfigFrom(workingTreeSource(repoRoot));
}

export {
  loadConfig
};
