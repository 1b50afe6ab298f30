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
} from "./chunk-FIXT2CTZ.js";
import "./chunk-ZZWT247G.js";
import "./chunk-6UYIBEJD.js";
import "./chunk-IAF4UGKJ.js";
import "./chunk-7HJGQZZJ.js";
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
