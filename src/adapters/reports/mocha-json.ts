/**
 * Mocha's `json` reporter (`mocha --reporter json`): `stats` plus `passes[]`, `failures[]` and
 * `pending[]`, each test `{ title, fullTitle, file, err: { message } }`. A failing hook (`"before
 * all" hook for …`) appears in `failures[]` only, and counts as a failure, as Mocha itself counts it.
 * `stats` is the report's own count, compared with what was read.
 */

import type { TestOutcome } from '../../core/model.js';
import { declaredTotalsWarning, emptyTestSummary, recordTest } from '../../core/reports.js';
import { asArray, asNumber, asString, isRecord, readJsonReport } from './json.js';
import {
  displayPathOf,
  type ReadOptions,
  ReportReadError,
  type TestReportRead,
  type TestReportReader,
} from './reader.js';

export async function readMochaJson(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const report = await readJsonReport(absPath, displayPath);
  if (!isRecord(report) || !isRecord(report.stats)) {
    throw new ReportReadError('not a Mocha JSON report: no "stats" object', 'mocha-json/shape');
  }
  const summary = emptyTestSummary(displayPath, options);
  const record = (tests: unknown, outcome: TestOutcome): void => {
    for (const test of asArray(tests)) {
      if (!isRecord(test)) continue;
      const file = asString(test.file);
      recordTest(summary, outcome, {
        name: asString(test.fullTitle) ?? asString(test.title) ?? '',
        suite: file ? displayPathOf(file, options.repoRoot) : undefined,
        message: isRecord(test.err) ? asString(test.err.message) : undefined,
      });
    }
  };
  if (Array.isArray(report.passes) || Array.isArray(report.failures) || Array.isArray(report.pending)) {
    record(report.passes, 'passed');
    record(report.failures, 'failed');
    record(report.pending, 'skipped');
  } else {
    // Only the totals (a trimmed report): counts without names.
    summary.passed = asNumber(report.stats.passes) ?? 0;
    summary.failed = asNumber(report.stats.failures) ?? 0;
    summary.skipped = asNumber(report.stats.pending) ?? 0;
  }
  const duration = asNumber(report.stats.duration);
  if (duration !== undefined) summary.durationSeconds = duration / 1000;
  const warnings = [];
  const tests = asNumber(report.stats.tests);
  if (tests !== undefined) {
    // Mocha's `tests` leaves out failing hooks, which `failures` (and `failures[]`) include.
    const failures = asNumber(report.stats.failures);
    const hookFailures = asArray(report.failures).filter(
      (f) => isRecord(f) && /^"(?:before|after) (?:all|each)" hook/.test(asString(f.title) ?? ''),
    ).length;
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '"stats"',
      tests: tests + hookFailures,
      failed: failures,
      skipped: asNumber(report.stats.pending),
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}

export const mochaJsonReader: TestReportReader = {
  format: 'mocha-json',
  read: readMochaJson,
};
