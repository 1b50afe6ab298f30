#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  InputError,
  formatLocated
} from "./chunk-RYMHIPIN.js";

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

// src/core/utf8.ts
function firstInvalidUtf8(bytes, options = {}) {
  const final = options.final ?? true;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    const need = continuationsAfter(b);
    if (need === 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return final ? i : -1;
      const c = bytes[i + k];
      if (k === 1 ? !secondByteFits(b, c) : (c & 192) !== 128) return i;
    }
    i += need + 1;
  }
  return -1;
}
function continuationsAfter(b) {
  return b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : 0;
}
function secondByteFits(b, c) {
  if (b === 224) return c >= 160 && c <= 191;
  if (b === 237) return c >= 128 && c <= 159;
  if (b === 240) return c >= 144 && c <= 191;
  if (b === 244) return c >= 128 && c <= 143;
  return (c & 192) === 128;
}
var Utf8Stream = class {
  held = NOTHING;
  /** Whether a character is cut at the end of the chunks so far (`check` then needs the next one). */
  get cut() {
    return this.held.length > 0;
  }
  /** The first fault in `chunk`, continuing the chunks before it; undefined when there is none. */
  check(chunk, isUtf8) {
    if (this.held.length === 0 && isUtf8(chunk)) return void 0;
    const joined = this.held.length === 0 ? chunk : concat(this.held, chunk);
    const bad = firstInvalidUtf8(joined, { final: false });
    if (bad >= 0) {
      const offset = bad - this.held.length;
      return { byte: joined[bad], offset, before: offset < 0 ? NOTHING : joined.subarray(0, bad) };
    }
    this.held = heldAtEnd(joined);
    return void 0;
  }
  /** The fault of a stream that ended inside a character, if it did. */
  end() {
    if (this.held.length === 0) return void 0;
    return { byte: this.held[0], offset: -this.held.length, before: NOTHING };
  }
};
var NOTHING = new Uint8Array(0);
function concat(a, b) {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
function heldAtEnd(bytes) {
  let i = bytes.length - 1;
  while (i > 0 && i > bytes.length - 4 && (bytes[i] & 192) === 128) i--;
  const lead = bytes[i];
  return i >= 0 && bytes.length - i < continuationsAfter(lead) + 1 ? bytes.slice(i) : NOTHING;
}
function utf8Error(bytes, file) {
  const offset = firstInvalidUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return new InputError(
    `not valid UTF-8: byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at byte offset ${offset}; save the file as UTF-8`,
    { file, line, column: new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1 },
    "encoding/utf-8"
  );
}

export {
  firstInvalidUtf8,
  Utf8Stream,
  utf8Error,
  MESSAGE_MAX,
  emptyTestSummary,
  recordTest,
  totalTests,
  mergeTestSummaries,
  roundPercent,
  coveragePercent,
  formatReportWarning,
  declaredTotalsWarning,
  noTestsWarning
};
