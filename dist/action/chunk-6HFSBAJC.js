#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  formatLocated
} from "./chunk-PZXUSCGC.js";

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

// src/core/shell.ts
function shellWord(text) {
  if (/^[A-Za-z0-9._/@%+=:,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function commitPathsCommand(paths, message) {
  const words = paths.map(shellWord).join(" ");
  return `git add -- ${words} && git commit -m ${shellWord(message)} -- ${words}`;
}
var FOR_AN_AGENT = "an agent without a terminal:";
var HANDOFF_IN_FIX = new RegExp(`(^|&& |, then |${FOR_AN_AGENT} )handoff `, "g");
function withInvocation(fix, invocation) {
  return fix.replace(
    HANDOFF_IN_FIX,
    (match, before, offset) => quotedAt(fix, offset) ? match : `${before}${invocation} `
  );
}
var HANDOFF_IN_PROSE = /`handoff (?=[a-z])/g;
function proseWithInvocation(text, invocation) {
  return invocation === "handoff" ? text : text.replace(HANDOFF_IN_PROSE, () => `\`${invocation} `);
}
function quotedAt(text, end) {
  let quoted = false;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (quoted) quoted = c !== "'";
    else if (c === "\\") i++;
    else if (c === "'") quoted = true;
  }
  return quoted;
}
var STARTS_COMMAND = /^(?:npx |handoff |git )/;
var COMMAND_AFTER = [", then ", `${FOR_AN_AGENT} `];
var IS_COMMAND = /^(?:npx |handoff )/;
function fixSegments(fix) {
  if (STARTS_COMMAND.test(fix)) return [{ text: fix, command: true }];
  const segments = [];
  let from = 0;
  for (; ; ) {
    const start = commandStart(fix, from);
    if (start === void 0) break;
    const end = commandEnd(fix, start);
    segments.push(
      { text: fix.slice(from, start), command: false },
      { text: fix.slice(start, end), command: true }
    );
    from = end;
  }
  if (from < fix.length) segments.push({ text: fix.slice(from), command: false });
  return segments.filter((segment) => segment.text !== "");
}
function commandStart(fix, from) {
  let first;
  for (const before of COMMAND_AFTER) {
    for (let at = fix.indexOf(before, from); at !== -1; at = fix.indexOf(before, at + 1)) {
      const start = at + before.length;
      if (IS_COMMAND.test(fix.slice(start, start + 12)) && !quotedAt(fix, start)) {
        if (first === void 0 || start < first) first = start;
        break;
      }
    }
  }
  return first;
}
function commandEnd(fix, start) {
  for (let at = fix.indexOf(", then ", start); at !== -1; at = fix.indexOf(", then ", at + 1)) {
    if (!quotedAt(fix, at)) return at;
  }
  return fix.endsWith(")") && fix.lastIndexOf("(", start) !== -1 ? fix.length - 1 : fix.length;
}
function runsHandoff(fix) {
  return withInvocation(fix, "\0") !== fix;
}

export {
  shellWord,
  commitPathsCommand,
  FOR_AN_AGENT,
  withInvocation,
  proseWithInvocation,
  fixSegments,
  runsHandoff,
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
