/**
 * Test and coverage summaries as plain data: how one test is tallied, how the summaries of many report
 * files become one, and how counts read in a handoff. Every format reader in `src/adapters/reports/`
 * tallies through `recordTest`, so the failure cap and message bounds are the same for all formats.
 */
import { formatLocated } from './errors.js';
import type { CoverageSummary, FailedTest, ReportWarning, TestOutcome, TestSummary } from './model.js';

/** Failing tests kept by name; past this only the count grows (a draft lists a few, not 50,000). */
export const FAILURE_CAP = 200;
/** Longest failure message kept, in characters. */
export const MESSAGE_MAX = 200;
/** Longest test or suite name kept, in characters. */
export const NAME_MAX = 300;

export function emptyTestSummary(source: string): TestSummary {
  return {
    sources: [source],
    passed: 0,
    failed: 0,
    skipped: 0,
    errored: 0,
    failures: [],
    failedTruncated: false,
  };
}

// CSI and OSC escape sequences: Jest and Mocha messages carry terminal colours.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const ANSI_ESCAPE = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\))/g;

function bound(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The first non-empty line of a failure message, without terminal colours, at most `max` characters.
 * Undefined when there is no text.
 */
export function firstLine(text: string | undefined, max = MESSAGE_MAX): string | undefined {
  if (!text) return undefined;
  for (const raw of text.replace(ANSI_ESCAPE, '').split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line) return bound(line, max);
  }
  return undefined;
}

/** Counts one test into `summary`; failing and erroring tests are named until the cap is reached. */
export function recordTest(
  summary: TestSummary,
  outcome: TestOutcome,
  failure?: FailedTest,
  cap: number = FAILURE_CAP,
): void {
  switch (outcome) {
    case 'passed':
      summary.passed++;
      return;
    case 'skipped':
      summary.skipped++;
      return;
    case 'failed':
      summary.failed++;
      break;
    case 'error':
      summary.errored++;
      break;
  }
  if (!failure) return;
  if (summary.failures.length >= cap) {
    summary.failedTruncated = true;
    return;
  }
  const named: FailedTest = { name: bound(failure.name.trim() || '(unnamed test)', NAME_MAX) };
  const suite = failure.suite?.trim();
  if (suite) named.suite = bound(suite, NAME_MAX);
  const message = firstLine(failure.message);
  if (message) named.message = message;
  summary.failures.push(named);
}

export function totalTests(summary: TestSummary): number {
  return summary.passed + summary.failed + summary.skipped + summary.errored;
}

/**
 * One summary for many report files: counts add up, sources and failures keep the given order, and
 * failures stay under the cap. Undefined when there is nothing to merge.
 */
export function mergeTestSummaries(
  summaries: TestSummary[],
  cap: number = FAILURE_CAP,
): TestSummary | undefined {
  if (summaries.length === 0) return undefined;
  const merged: TestSummary = { ...emptyTestSummary(''), sources: [] };
  let duration: number | undefined;
  for (const s of summaries) {
    merged.sources.push(...s.sources);
    merged.passed += s.passed;
    merged.failed += s.failed;
    merged.skipped += s.skipped;
    merged.errored += s.errored;
    const room = cap - merged.failures.length;
    merged.failures.push(...s.failures.slice(0, Math.max(0, room)));
    if (s.failedTruncated || s.failures.length > room) merged.failedTruncated = true;
    if (s.durationSeconds !== undefined) duration = (duration ?? 0) + s.durationSeconds;
  }
  if (duration !== undefined) merged.durationSeconds = duration;
  return merged;
}

/** `10 tests: 7 passed, 2 failed, 1 skipped` — errored and skipped only when there are some. */
export function formatTestCounts(summary: TestSummary): string {
  const total = totalTests(summary);
  const parts = [`${summary.passed} passed`, `${summary.failed} failed`];
  if (summary.errored) parts.push(`${summary.errored} errored`);
  if (summary.skipped) parts.push(`${summary.skipped} skipped`);
  return `${total} ${total === 1 ? 'test' : 'tests'}: ${parts.join(', ')}`;
}

/**
 * A percentage with one decimal, rounded down so that coverage is never overstated (99.97% of lines is
 * not "100.0%"). The epsilon absorbs binary noise such as 0.85 * 100 = 84.99999999999999.
 */
export function roundPercent(percent: number): number {
  return Math.floor(percent * 10 + 1e-6) / 10;
}

/** `covered / total` as a percentage, or undefined when there is nothing to cover. */
export function coveragePercent(covered: number, total: number): number | undefined {
  return total > 0 ? roundPercent((covered / total) * 100) : undefined;
}

/** `lines 85.3%, branches 70.0%`. */
export function formatCoverage(coverage: CoverageSummary): string {
  const lines = `lines ${coverage.linesPercent.toFixed(1)}%`;
  return coverage.branchesPercent === undefined
    ? lines
    : `${lines}, branches ${coverage.branchesPercent.toFixed(1)}%`;
}

/** `file:line:column: message [rule]`, the way every command prints a located problem. */
export function formatReportWarning(warning: ReportWarning): string {
  return formatLocated(
    warning.message,
    { file: warning.file, line: warning.line, column: warning.column },
    warning.rule,
  );
}
