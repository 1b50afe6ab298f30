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
} from "./chunk-HWF64P3J.js";
import "./chunk-NNPSBKSI.js";
import "./chunk-I2AGUFT2.js";
import "./chunk-VCZ3DIL2.js";
import "./chunk-MWPPMQVD.js";
export {
  GitCommandManager,
  commitsAfterTouch,
  headerLines,
  parseLog,
  translateGitError,
  unquoteGitPath
};
