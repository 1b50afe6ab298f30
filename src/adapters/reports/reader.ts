/**
 * What every report reader is: one format, one file in, one summary out. A reader throws
 * ReportReadError for a file it cannot use (the caller turns it into a warning naming the file and
 * the place); problems that leave the counts usable come back as warnings next to the summary.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type {
  CoverageFormat,
  CoverageSummary,
  ReportWarning,
  TestOutcome,
  TestReportFormat,
  TestSummary,
} from '../../core/model.js';

export interface ReadOptions {
  /** Repository root: paths a report names (test files) are shown relative to it. */
  repoRoot?: string;
  /**
   * Whether to keep each test's result (`TestSummary.cases`, for test deltas by name); true unless
   * said otherwise. A draft whose earlier handoff named no failing test needs none: on a 100 MB
   * report that is 760,000 ids not made, ~250 ms and most of the memory.
   */
  caseResults?: boolean;
}

export interface TestReportRead {
  summary: TestSummary;
  warnings: ReportWarning[];
}

export interface TestReportReader {
  format: TestReportFormat;
  /** `displayPath` is how the file is named in the summary's sources and in warnings. */
  read(absPath: string, displayPath: string, options?: ReadOptions): Promise<TestReportRead>;
}

export interface CoverageRead {
  /** Undefined when the report covers nothing (no instrumented lines); a warning says so. */
  coverage?: CoverageSummary;
  warnings: ReportWarning[];
}

export interface CoverageReader {
  format: CoverageFormat;
  read(absPath: string, displayPath: string): Promise<CoverageRead>;
}

/** A report file that cannot be used, with the place and the rule when known. */
export class ReportReadError extends Error {
  constructor(
    message: string,
    readonly rule: string,
    readonly place: { line?: number; column?: number } = {},
  ) {
    super(message);
    this.name = 'ReportReadError';
  }
}

/** The warning for `error` in `file`; errors that are not ReportReadError (fs failures) become `report/unreadable`. */
export function warningFromError(file: string, error: unknown): ReportWarning {
  if (error instanceof ReportReadError) {
    return { file, message: error.message, rule: error.rule, ...error.place };
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return { file, message: `could not read the report (${code})`, rule: 'report/unreadable' };
  // Not a file-system failure and not a rejection by the reader: a bug in a reader, named apart so
  // that it can be found (the corpus run counts these as crashes).
  const reason = error instanceof Error ? error.message : String(error);
  return { file, message: `could not read the report (${reason})`, rule: 'report/internal-error' };
}

/** `absPath` relative to `root` with `/` separators when inside it, else as given. */
export function displayPathOf(absPath: string, root: string | undefined): string {
  if (!root || !isAbsolute(absPath)) return absPath;
  const rel = relative(root, absPath);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return absPath;
  return rel.split(sep).join('/');
}

/**
 * What every coverage reader returns once it has its percentages: the summary, or a `coverage/empty`
 * warning when the report instruments no lines (a 0-line report must not read as 0% or 100%).
 */
export function coverageRead(
  displayPath: string,
  linesPercent: number | undefined,
  branchesPercent: number | undefined,
  warnings: ReportWarning[] = [],
): CoverageRead {
  if (linesPercent === undefined) {
    warnings.push({
      file: displayPath,
      message: 'the report has no instrumented lines',
      rule: 'coverage/empty',
    });
    return { warnings };
  }
  return {
    coverage: {
      source: displayPath,
      linesPercent,
      ...(branchesPercent === undefined ? {} : { branchesPercent }),
    },
    warnings,
  };
}

/**
 * A test's outcome from the word a report gives it (`passed`, `success`, `fail`, `failure`,
 * `error`, …): the one mapping the JSON and XML readers share. Any other word (pending, todo,
 * skipped, disabled, notrun) is a test that did not run.
 */
export function outcomeOfStatus(status: string | undefined): TestOutcome {
  switch ((status ?? '').toLowerCase()) {
    case 'pass':
    case 'passed':
    case 'success':
      return 'passed';
    case 'fail':
    case 'failed':
    case 'failure':
      return 'failed';
    case 'error':
      return 'error';
    default:
      return 'skipped';
  }
}
