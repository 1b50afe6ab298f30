/**
 * Jest's `--json` output (Vitest's `json` reporter writes the same shape): `testResults[]`, one per
 * test file, each with `assertionResults[]` of `{ status, fullName, ancestorTitles, title,
 * failureMessages }`. A test file that failed to run at all (a syntax error, a failing import) has no
 * assertion results, only `status: "failed"` and a `message`; it counts as one errored test named by
 * its file, so a broken suite never reads as "all passed".
 * The reporter-API shape (what custom reporters and `testResultsProcessor` receive, and what
 * jest-junit reads) names the per-file list `testResults[]` instead of `assertionResults[]`, and marks
 * a file that failed to run with `testExecError` or `failureMessage`: both shapes are read.
 * `numTotalTests`, `numFailedTests`, `numPendingTests` + `numTodoTests` (plus one errored entry per
 * `numRuntimeErrorTestSuites`) are the report's own totals, compared with what was read.
 */
import { declaredTotalsWarning, emptyTestSummary, recordTest } from '../../core/reports.js';
import { asArray, asNumber, asString, isRecord, readJsonReport } from './json.js';
import {
  displayPathOf,
  outcomeOfStatus,
  type ReadOptions,
  ReportReadError,
  type TestReportRead,
  type TestReportReader,
} from './reader.js';

/** The first line of a suite's failure that says something: Jest starts with a `● Test suite failed to run` banner. */
function suiteFailureMessage(message: string | undefined): string | undefined {
  return message
    ?.split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('●'));
}

export async function readJestJson(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const report = await readJsonReport(absPath, displayPath);
  if (!isRecord(report) || !Array.isArray(report.testResults)) {
    throw new ReportReadError('not a Jest JSON report: no "testResults" array', 'jest-json/shape');
  }
  const summary = emptyTestSummary(displayPath, options);
  let lastEnd: number | undefined;
  for (const file of report.testResults) {
    if (!isRecord(file)) continue;
    const testFile = asString(file.name) ?? asString(file.testFilePath);
    const suite = testFile ? displayPathOf(testFile, options.repoRoot) : undefined;
    const assertions = Array.isArray(file.assertionResults)
      ? file.assertionResults
      : asArray(file.testResults);
    for (const assertion of assertions) {
      if (!isRecord(assertion)) continue;
      const title = asString(assertion.title) ?? '';
      const ancestors = asArray(assertion.ancestorTitles).filter((t): t is string => typeof t === 'string');
      const name = asString(assertion.fullName) ?? [...ancestors, title].join(' ');
      const message = asArray(assertion.failureMessages).find((m): m is string => typeof m === 'string');
      recordTest(summary, outcomeOfStatus(asString(assertion.status)), { name, suite, message });
    }
    const execError = isRecord(file.testExecError) ? file.testExecError : undefined;
    const failedToRun =
      file.status === 'failed' || execError !== undefined || (asString(file.failureMessage) ?? '') !== '';
    if (assertions.length === 0 && failedToRun) {
      const message = suiteFailureMessage(
        asString(file.message) ?? asString(file.failureMessage) ?? asString(execError?.message),
      );
      recordTest(summary, 'error', {
        name: suite ?? '(test file)',
        message: message ?? 'test suite failed to run',
      });
    }
    const end = asNumber(file.endTime) ?? asNumber(isRecord(file.perfStats) ? file.perfStats.end : undefined);
    if (end !== undefined) lastEnd = Math.max(lastEnd ?? end, end);
  }
  const start = asNumber(report.startTime);
  if (start !== undefined && lastEnd !== undefined)
    summary.durationSeconds = Math.max(0, (lastEnd - start) / 1000);
  const warnings = [];
  const total = asNumber(report.numTotalTests);
  if (total !== undefined) {
    const runtimeErrors = asNumber(report.numRuntimeErrorTestSuites) ?? 0;
    const failed = asNumber(report.numFailedTests);
    const pending = asNumber(report.numPendingTests);
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '"numTotalTests"',
      tests: total + runtimeErrors,
      failed: failed === undefined ? undefined : failed + runtimeErrors,
      skipped: pending === undefined ? undefined : pending + (asNumber(report.numTodoTests) ?? 0),
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}

export const jestJsonReader: TestReportReader = {
  format: 'jest-json',
  read: readJestJson,
};
