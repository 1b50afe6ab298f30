#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  linkIssue
} from "./chunk-AJ5POHAS.js";

// src/core/render/annotations.ts
function isRepositoryPath(path) {
  return linkIssue(path, "file") === void 0;
}
function annotatedOnRegistry(verdict) {
  return verdict.handoffPath === void 0 || !isRepositoryPath(verdict.handoffPath);
}

export {
  isRepositoryPath,
  annotatedOnRegistry
};
