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
} from "./chunk-7Z5RG7RY.js";
import "./chunk-P5X6BTOQ.js";
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
