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
} from "./chunk-3VXYNT5A.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-HUG4EZO3.js";
import "./chunk-MLNENVTA.js";
import "./chunk-MWPPMQVD.js";
export {
  GitCommandManager,
  commitsAfterTouch,
  headerLines,
  parseLog,
  translateGitError,
  unquoteGitPath
};
