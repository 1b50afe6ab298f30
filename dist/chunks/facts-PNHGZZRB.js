#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  documentFacts,
  hoursIn,
  openBlockers,
  openNextSteps,
  testCountsIn
} from "./chunk-YGKEW4RE.js";
import "./chunk-RNIJDUBG.js";
import "./chunk-LDRPVFWU.js";
import "./chunk-AV3RITBJ.js";
import "./chunk-MWPPMQVD.js";
export {
  documentFacts,
  hoursIn,
  openBlockers,
  openNextSteps,
  testCountsIn
};
