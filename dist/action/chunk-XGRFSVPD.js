#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  formatLocated
} from "./chunk-HAXGRQ23.js";

// src/core/reports.ts
var FAILURE_CAP = 200;
var MESSAGE_MAX = 200;
var NAME_MAX = 300;
var CASES_CAP = 2e5;
var ID_SEPARATOR = " \u203A ";
function emptyTestSummary(source, { caseResults = true } = {}) {
  const summary = {
    sources: [source],
    passed: 0,
    failed: 0,
    skipped: 0,
    errored: 0,
    failures: [],
    failedTruncated: false
  };
  if (caseResults) {
    summary.cases = [];
    summary.casesTruncated = false;
  }
  return summary;
}
var ANSI_ESCAPE = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\))/g;
function bound(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function firstLine(text, max = MESSAGE_MAX) {
  if (!text) return void 0;
  for (const raw of text.replace(ANSI_ESCAPE, "").split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line) return bound(line, max);
  }
  return void 0;
}
function testCaseId(name, suite) {
  const test = bound(name.trim() || "(unnamed test)", NAME_MAX);
  const group = suite?.trim();
  return ownCopy(group ? `${bound(group, NAME_MAX)}${ID_SEPARATOR}${test}` : test);
}
function failingLabels(failures) {
  const seen = /* @__PURE__ */ new Map();
  for (const failure of failures) seen.set(failure.name, (seen.get(failure.name) ?? 0) + 1);
  return failures.map(
    (failure) => (seen.get(failure.name) ?? 0) > 1 && failure.suite?.trim() ? testCaseId(failure.name, failure.suite) : failure.name
  );
}
function ownCopy(text) {
  return ` ${text}`.slice(1);
}
function recordTest(summary, outcome, test, cap = FAILURE_CAP) {
  const cases = summary.cases;
  if (cases) {
    if (cases.length < CASES_CAP) cases.push({ id: testCaseId(test.name, test.suite), outcome });
    else summary.casesTruncated = true;
  }
  const failure = test;
  switch (outcome) {
    case "passed":
      summary.passed++;
      return;
    case "skipped":
      summary.skipped++;
      return;
    case "failed":
      summary.failed++;
      break;
    case "error":
      summary.errored++;
      break;
  }
  if (summary.failures.length >= cap) {
    summary.failedTruncated = true;
    return;
  }
  const named = { name: bound(failure.name.trim() || "(unnamed test)", NAME_MAX) };
  const suite = failure.suite?.trim();
  if (suite) named.suite = bound(suite, NAME_MAX);
  const message = firstLine(failure.message);
  if (message) named.message = message;
  summary.failures.push(named);
}
function totalTests(summary) {
  return summary.passed + summary.failed + summary.skipped + summary.errored;
}
function mergeTestSummaries(summaries, cap = FAILURE_CAP) {
  if (summaries.length === 0) return void 0;
  const withCases = summaries.every((s) => s.cases !== void 0);
  const merged = { ...emptyTestSummary("", { caseResults: withCases }), sources: [] };
  const cases = [];
  let casesTruncated = false;
  let duration;
  for (const s of summaries) {
    const caseRoom = CASES_CAP - cases.length;
    const theirs = s.cases ?? [];
    for (let i = 0; i < Math.min(caseRoom, theirs.length); i++) cases.push(theirs[i]);
    if (s.casesTruncated || theirs.length > caseRoom) casesTruncated = true;
    merged.sources.push(...s.sources);
    merged.passed += s.passed;
    merged.failed += s.failed;
    merged.skipped += s.skipped;
    merged.errored += s.errored;
    const room = cap - merged.failures.length;
    merged.failures.push(...s.failures.slice(0, Math.max(0, room)));
    if (s.failedTruncated || s.failures.length > room) merged.failedTruncated = true;
    if (s.durationSeconds !== void 0) duration = (duration ?? 0) + s.durationSeconds;
  }
  if (duration !== void 0) merged.durationSeconds = duration;
  if (withCases) {
    merged.cases = cases;
    merged.casesTruncated = casesTruncated;
  }
  return merged;
}
function roundPercent(percent) {
  return Math.floor(percent * 10 + 1e-6) / 10;
}
function coveragePercent(covered, total) {
  return total > 0 ? roundPercent(covered / total * 100) : void 0;
}
function warningsNamed(warnings, shown) {
  return warnings.map((warning) => ({ ...warning, file: shown(warning.file) }));
}
function formatReportWarning(warning) {
  return formatLocated(
    warning.message,
    { file: warning.file, line: warning.line, column: warning.column },
    warning.rule
  );
}
function declaredTotalsWarning(file, summary, declared) {
  const read = {
    tests: totalTests(summary),
    failed: summary.failed + summary.errored,
    skipped: summary.skipped
  };
  const differences = [];
  const compare = (key, noun) => {
    const stated = declared[key];
    if (stated === void 0 || !Number.isFinite(stated) || stated === read[key]) return;
    differences.push(`${stated} ${noun} declared, ${read[key]} read`);
  };
  compare("tests", "tests");
  compare("failed", "failed");
  compare("skipped", "skipped");
  if (differences.length === 0) return void 0;
  return {
    file,
    message: `the report's own totals (${declared.where}) disagree with its tests: ${differences.join("; ")}`,
    rule: "report/declared-totals"
  };
}
function noTestsWarning(file) {
  return { file, message: "the report holds no tests (read as 0 tests)", rule: "report/no-tests" };
}

export {
  MESSAGE_MAX,
  ID_SEPARATOR,
  emptyTestSummary,
  failingLabels,
  recordTest,
  totalTests,
  mergeTestSummaries,
  roundPercent,
  coveragePercent,
  warningsNamed,
  formatReportWarning,
  declaredTotalsWarning,
  noTestsWarning
};
