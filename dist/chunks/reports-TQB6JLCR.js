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
} from "./chunk-3SUZIWXB.js";
import "./chunk-5S5N2QZM.js";
import "./chunk-XJ7OGUP3.js";
import "./chunk-RUFAIL7O.js";
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
