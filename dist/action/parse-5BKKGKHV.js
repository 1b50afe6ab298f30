#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  parseHandoff
} from "./chunk-S3H6QWS7.js";
import {
  plainText
} from "./chunk-6OF6SBJN.js";
import "./chunk-DCJBXPCQ.js";
import "./chunk-J6GC7DMC.js";
import "./chunk-RYMHIPIN.js";
import "./chunk-D4BQ4EQP.js";
export {
  parseHandoff,
  plainText
};
