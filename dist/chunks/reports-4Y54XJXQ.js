#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  detectReportFormat,
  readCoverage,
  readJUnit,
  readTap,
  readTestReport,
  readTestReports,
  reportPatternInRepo
} from "./chunk-EXC7BH43.js";
import "./chunk-BW3LVNYN.js";
import "./chunk-7HCBMBWJ.js";
import "./chunk-K7ZVKXRQ.js";
import "./chunk-MWPPMQVD.js";
export {
  detectReportFormat,
  readCoverage,
  readJUnit,
  readTap,
  readTestReport,
  readTestReports,
  reportPatternInRepo
};
