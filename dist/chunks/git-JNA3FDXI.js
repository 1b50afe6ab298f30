#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  GitCommandManager,
  parseLog,
  translateGitError
} from "./chunk-FD2FJRJA.js";
import "./chunk-U6D34C3H.js";
import "./chunk-MWPPMQVD.js";
export {
  GitCommandManager,
  parseLog,
  translateGitError
};
