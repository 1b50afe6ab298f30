#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  GitCommandManager,
  commitsAfterTouch,
  headerLines,
  parseLog,
  translateGitError,
  unquoteGitPath
} from "./chunk-EXJZTR6R.js";
import "./chunk-6I3VPK6Q.js";
import "./chunk-47A3SBZ4.js";
import "./chunk-HAXGRQ23.js";
import "./chunk-D4BQ4EQP.js";
export {
  GitCommandManager,
  commitsAfterTouch,
  headerLines,
  parseLog,
  translateGitError,
  unquoteGitPath
};
