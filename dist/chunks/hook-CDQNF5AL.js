#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  requireBundle
} from "./chunk-J6QPPDHR.js";
import "./chunk-JHJHB2M5.js";
import "./chunk-QMZXATRO.js";
import "./chunk-MWPPMQVD.js";

// command-bundle:hook
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var file = fileURLToPath(new URL("../hook.cjs", import.meta.url));
var bundle = requireBundle(file, createRequire(file));
var run = bundle.run;
export {
  run
};
