/**
 * Test and coverage summaries as plain data: how one test is tallied, how the summaries of many report
 * files become one, and how counts read in a handoff. Every format reader in `src/adapters/reports/`
 * tallies through `recordTest`, so the failure cap and message bounds are the same for all formats.
 */
import { formatLocated } from './errors.js';
import type {
  CoverageSummary,
  FailedTest,
  ReportWarning,
  TestCaseResult,
  TestOutcome,
  TestSummary,
} from './model.js';

/** Failing tests kept by name; past this only the count grows (a draft lists a few, not 50,000). */
export const FAILURE_CAP = 200;
/** Longest failure message kept, in characters. */
export const MESSAGE_MAX = 200;
/** Longest test or suite name kept, in characters. */
export const NAME_MAX = 300;
/**
 * Test results kept one by one (for comparing sessions test by test); past this only the counts grow
 * and `casesTruncated` is set. 200,000 short ids stay within a few tens of MB.
 */
export const CASES_CAP = 200_000;
/** Separator between suite and name in a test's id. */
export const ID_SEPARATOR = ' › ';

/** A summary with nothing counted yet; without `cases` when each test's result is not wanted. */
export function emptyTestSummary(
  source: string,
  { caseResults = true }: { caseResults?: boolean } = {},
): TestSummary {
  const summary: TestSummary = {
    sources: [source],
    passed: 0,
    failed: 0,
    skipped: 0,
    errored: 0,
    failures: [],
    failedTruncated: false,
  };
  if (caseResults) {
    summary.cases = [];
    summary.casesTruncated = false;
  }
  return summary;
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

/** `suite › name`, or the name alone; bounded like the names it is made of. */
export function testCaseId(name: string, suite?: string): string {
  const test = bound(name.trim() || '(unnamed test)', NAME_MAX);
  const group = suite?.trim();
  return ownCopy(group ? `${bound(group, NAME_MAX)}${ID_SEPARATOR}${test}` : test);
}

/**
 * How each failing test is written in a handoff, in order: its name, or `suite › name` when another
 * failing test of the reports has the same name (two suites' `test_save`), so that sessions compare
 * them one by one (`testDeltas`) and a reader can tell them apart.
 */
export function failingLabels(failures: readonly FailedTest[]): string[] {
  const seen = new Map<string, number>();
  for (const failure of failures) seen.set(failure.name, (seen.get(failure.name) ?? 0) + 1);
  return failures.map((failure) =>
    (seen.get(failure.name) ?? 0) > 1 && failure.suite?.trim()
      ? testCaseId(failure.name, failure.suite)
      : failure.name,
  );
}

/**
 * The text as a string of its own. A streaming reader's names are slices of the chunk they were read
 * from, and V8 keeps a slice's whole parent alive: 200,000 kept test ids would hold nearly every
 * chunk of a 100 MB report in memory. Concatenating and slicing makes V8 copy the text out.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * Counts one test into `summary`: every test is kept in `cases` (up to CASES_CAP) when the summary
 * keeps them; failing and erroring tests are also named in `failures` until the cap is reached.
 */
export function recordTest(
  summary: TestSummary,
  outcome: TestOutcome,
  test: FailedTest,
  cap: number = FAILURE_CAP,
): void {
  const cases = summary.cases;
  if (cases) {
    if (cases.length < CASES_CAP) cases.push({ id: testCaseId(test.name, test.suite), outcome });
    else summary.casesTruncated = true;
  }
  const failure = test;
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
  // Each test's result only when every report kept them (all do, or none: one read asks for both).
  const withCases = summaries.every((s) => s.cases !== undefined);
  const merged: TestSummary = { ...emptyTestSummary('', { caseResults: withCases }), sources: [] };
  const cases: TestCaseResult[] = [];
  let casesTruncated = false;
  let duration: number | undefined;
  for (const s of summaries) {
    const caseRoom = CASES_CAP - cases.length;
    const theirs = s.cases ?? [];
    for (let i = 0; i < Math.min(caseRoom, theirs.length); i++) cases.push(theirs[i] as TestCaseResult);
    if (s.casesTruncated || theirs.length > caseRoom) casesTruncated = true;
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
  if (withCases) {
    merged.cases = cases;
    merged.casesTruncated = casesTruncated;
  }
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

/** Report warnings with their files named for the reader (`ShownPath`: from where the command ran). */
export function warningsNamed(
  warnings: readonly ReportWarning[],
  shown: (file: string) => string,
): ReportWarning[] {
  return warnings.map((warning) => ({ ...warning, file: shown(warning.file) }));
}

/** `file:line:column: message [rule]`, the way every command prints a located problem. */
export function formatReportWarning(warning: ReportWarning): string {
  return formatLocated(
    warning.message,
    { file: warning.file, line: warning.line, column: warning.column },
    warning.rule,
  );
}

/**
 * The totals a report states about itself: JUnit/NUnit/xUnit counters, TRX `<Counters>`, Jest's
 * `numTotalTests`, Mocha's `stats`, a TAP plan. Readers count the tests themselves; these are only
 * compared with what was read, so a report that disagrees with itself is never believed silently.
 */
export interface DeclaredTotals {
  /** Where the report states them, e.g. `<testsuites>` or `"stats"`. */
  where: string;
  tests?: number;
  /** Failed and errored together (formats differ on which is which; the sum is what they agree on). */
  failed?: number;
  skipped?: number;
}

/**
 * A `report/declared-totals` warning naming the file and both numbers for each total that disagrees
 * with what was read, or undefined when they agree (or the report declares nothing).
 */
export function declaredTotalsWarning(
  file: string,
  summary: TestSummary,
  declared: DeclaredTotals,
): ReportWarning | undefined {
  const read = {
    tests: totalTests(summary),
    failed: summary.failed + summary.errored,
    skipped: summary.skipped,
  };
  const differences: string[] = [];
  const compare = (key: 'tests' | 'failed' | 'skipped', noun: string): void => {
    const stated = declared[key];
    if (stated === undefined || !Number.isFinite(stated) || stated === read[key]) return;
    differences.push(`${stated} ${noun} declared, ${read[key]} read`);
  };
  compare('tests', 'tests');
  compare('failed', 'failed');
  compare('skipped', 'skipped');
  if (differences.length === 0) return undefined;
  return {
    file,
    message: `the report's own totals (${declared.where}) disagree with its tests: ${differences.join('; ')}`,
    rule: 'report/declared-totals',
  };
}

/** The warning for a report that holds no tests at all: never a silent "0 tests". */
export function noTestsWarning(file: string): ReportWarning {
  return { file, message: 'the report holds no tests (read as 0 tests)', rule: 'report/no-tests' };
}
