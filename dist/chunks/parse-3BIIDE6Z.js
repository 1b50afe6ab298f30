#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  parseHandoff,
  plainText
} from "./chunk-TGYIKV6U.js";
import "./chunk-FVNY36H5.js";
import "./chunk-7HJGQZZJ.js";
import "./chunk-LDRPVFWU.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";
export {
  parseHandoff,
  plainText
};
