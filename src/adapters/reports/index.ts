/**
 * Test and coverage reports in, one summary out. Reports are facts for a draft, never a reason to
 * stop it: every problem (a pattern that matches nothing, a truncated XML file, JSON of the wrong
 * shape, a binary file) becomes a warning naming the file and the place, and the other reports are
 * still read. Nothing here throws for a bad report.
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../../core/errors.js';
import type {
  CoverageFormat,
  CoverageSummary,
  ReportFormat,
  ReportWarning,
  TestReportFormat,
  TestSummary,
} from '../../core/model.js';
import { mergeTestSummaries, noTestsWarning, totalTests } from '../../core/reports.js';
import { entryKind } from '../store.js';
import { checkReader } from './check.js';
import { coberturaReader } from './cobertura.js';
import { cppunitReader } from './cppunit.js';
import { dartJsonReader } from './dart-json.js';
import { detectReportFormat } from './detect.js';
import { goJsonReader } from './go-json.js';
import { istanbulSummaryReader } from './istanbul-summary.js';
import { jestJsonReader } from './jest-json.js';
import { junitReader } from './junit.js';
import { lcovReader } from './lcov.js';
import { mochaJsonReader } from './mocha-json.js';
import { nunitReader } from './nunit.js';
import {
  type CoverageReader,
  displayPathOf,
  type ReadOptions,
  type TestReportRead,
  type TestReportReader,
  warningFromError,
} from './reader.js';
import { rspecJsonReader } from './rspec-json.js';
import { tapReader } from './tap.js';
import { readHead } from './text.js';
import { trxReader } from './trx.js';
import { xunitReader } from './xunit.js';

export { detectReportFormat } from './detect.js';
export { readJUnit } from './junit.js';
export type { CoverageReader, TestReportReader } from './reader.js';
export { readTap } from './tap.js';

const TEST_READERS: Record<TestReportFormat, TestReportReader> = {
  junit: junitReader,
  trx: trxReader,
  'jest-json': jestJsonReader,
  'mocha-json': mochaJsonReader,
  tap: tapReader,
  nunit: nunitReader,
  xunit: xunitReader,
  'dart-json': dartJsonReader,
  'go-json': goJsonReader,
  'rspec-json': rspecJsonReader,
  cppunit: cppunitReader,
  check: checkReader,
};

const COVERAGE_READERS: Record<CoverageFormat, CoverageReader> = {
  lcov: lcovReader,
  cobertura: coberturaReader,
  'istanbul-summary': istanbulSummaryReader,
};

const FORMAT_NAMES: Record<ReportFormat, string> = {
  junit: 'JUnit XML',
  trx: 'TRX',
  'jest-json': 'Jest JSON',
  'mocha-json': 'Mocha JSON',
  tap: 'TAP',
  nunit: 'NUnit XML',
  xunit: 'xUnit.net XML',
  'dart-json': 'Dart test JSON',
  'go-json': 'go test -json',
  'rspec-json': 'RSpec JSON',
  cppunit: 'CppUnit/AUnit XML',
  check: 'Check XML',
  lcov: 'lcov',
  cobertura: 'Cobertura XML',
  'istanbul-summary': 'Istanbul coverage summary',
};

const TEST_FORMATS_TEXT =
  'JUnit XML, TRX, NUnit XML, xUnit.net XML, CppUnit XML, Check XML, Jest JSON, Mocha JSON, RSpec JSON, go test -json, Dart test JSON or TAP';
const COVERAGE_FORMATS_TEXT = 'lcov, Cobertura XML or coverage-summary.json';

/** Warnings that already say why a report reads as 0 tests (its own totals disagree, or it says so). */
const ZERO_EXPLAINED = new Set(['report/declared-totals', 'report/no-tests']);

/** Reports read at once: enough to overlap file I/O on a folder of Surefire files, few enough for file handles. */
const CONCURRENCY = 8;

function isTestFormat(format: ReportFormat): format is TestReportFormat {
  return format in TEST_READERS;
}

/**
 * What kind of report a file is, or a warning saying why it cannot be one: missing, a folder, empty,
 * binary, or of no known format.
 */
async function identify(
  absPath: string,
  displayPath: string,
): Promise<{ format: ReportFormat } | { warning: ReportWarning }> {
  const warning = (message: string, rule: string) => ({ warning: { file: displayPath, message, rule } });
  let head: Buffer;
  try {
    const info = await stat(absPath);
    if (info.isDirectory()) return warning('is a folder, not a report file', 'report/not-a-file');
    if (info.size === 0) return warning('the report is empty', 'report/empty');
    head = await readHead(absPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return warning('no such file', 'report/missing');
    return { warning: warningFromError(displayPath, error) };
  }
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const text = utf16
    ? new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head)
    : head.toString('utf8');
  if (!utf16 && head.includes(0)) return warning('is a binary file, not a report', 'report/binary');
  if (text.trim() === '' && head.length < 8192) return warning('the report is empty', 'report/empty');
  const format = detectReportFormat(displayPath, text);
  if (!format)
    return warning(
      `not a recognised report format (expected ${TEST_FORMATS_TEXT}, or ${COVERAGE_FORMATS_TEXT})`,
      'report/unknown-format',
    );
  return { format };
}

/**
 * Reads one test report: its format, the summary (absent when the file cannot be used) and every
 * warning. A report read as 0 tests always carries a warning (`report/no-tests`), never a silent zero.
 */
export async function readTestReport(
  absPath: string,
  displayPath: string,
  repoRoot: string,
  options: Pick<ReadOptions, 'caseResults'> = {},
): Promise<{ format?: ReportFormat; read?: TestReportRead; warnings: ReportWarning[] }> {
  const identified = await identify(absPath, displayPath);
  if ('warning' in identified) return { warnings: [identified.warning] };
  const { format } = identified;
  const result = await readOneTestReport(absPath, displayPath, repoRoot, format, options);
  return { format, ...result };
}

async function readOneTestReport(
  absPath: string,
  displayPath: string,
  repoRoot: string,
  format: ReportFormat,
  options: Pick<ReadOptions, 'caseResults'>,
): Promise<{ read?: TestReportRead; warnings: ReportWarning[] }> {
  const identified = { format };
  if (!isTestFormat(identified.format)) {
    return {
      warnings: [
        {
          file: displayPath,
          message: `is a coverage report (${FORMAT_NAMES[identified.format]}), not a test report; pass it with --coverage`,
          rule: 'report/wrong-kind',
        },
      ],
    };
  }
  try {
    const read = await TEST_READERS[identified.format].read(absPath, displayPath, { repoRoot, ...options });
    if (totalTests(read.summary) === 0 && !read.warnings.some((w) => ZERO_EXPLAINED.has(w.rule ?? ''))) {
      read.warnings.push(noTestsWarning(displayPath));
    }
    return { read, warnings: read.warnings };
  } catch (error) {
    return { warnings: [warningFromError(displayPath, error)] };
  }
}

/** Runs `work` over `items`, at most `limit` at a time; results keep the items' order. */
async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * A report pattern as a path relative to the repository root. Reports are read from the repository
 * only: a pattern with a `..` segment, or an absolute one outside the root, is an InputError (the
 * Action's inputs say so, and the adapter holds to it whoever calls it); an absolute one inside the
 * root (a shell expands `$PWD/reports/*.xml`) is made relative.
 */
export function reportPatternInRepo(pattern: string, repoRoot: string, what = 'report pattern'): string {
  const root = resolve(repoRoot);
  let relativePattern = pattern.replace(/\\/g, '/');
  if (isAbsolute(pattern)) {
    const rel = relative(root, pattern);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new InputError(
        `${what} "${pattern}" is outside the repository; name report files inside it`,
        { file: pattern },
        'report/outside-repo',
      );
    }
    relativePattern = rel.split(sep).join('/');
  }
  if (relativePattern.split('/').includes('..')) {
    throw new InputError(
      `${what} "${pattern}" has a ".." segment out of the repository; name report files inside it`,
      { file: pattern },
      'report/outside-repo',
    );
  }
  return relativePattern;
}

/**
 * Most report files one read takes. A pattern a pull request can feed (the Action's `test-reports`)
 * may match anything the branch commits: 20,000 one-test files took 5 s, and 100,000 about a minute.
 * Past it, the first files by path are read and a warning says how many were left.
 */
export const MAX_REPORT_FILES = 10_000;

/**
 * The report files the glob `patterns` match, in the repository only: symlinks are not followed
 * while crawling (a `rootlink -> /` would crawl the whole file system; a symlinked report is found
 * by naming it, not by a wildcard), a match that resolves outside the repository is a warning and is
 * not read, and a file reached by two paths (a symlinked alias) is read once. Returns absolute paths
 * with their display paths, sorted by display path, at most MAX_REPORT_FILES of them.
 */
async function expandReportPatterns(
  patterns: string[],
  repoRoot: string,
  warnings: ReportWarning[],
  maxFiles = MAX_REPORT_FILES,
): Promise<[string, string][]> {
  const realRoot = await realpath(repoRoot);
  const matched = new Map<string, string>();
  for (const pattern of patterns) {
    const relativePattern = reportPatternInRepo(pattern, repoRoot);
    const literal = !isDynamicPattern(relativePattern);
    let matches: string[];
    let literalKind: string | undefined;
    try {
      if (literal) {
        // A plain path is looked up, not crawled for; it may be a symlink (checked below).
        const found = await stat(resolve(repoRoot, relativePattern)).catch(() => undefined);
        literalKind = found && entryKind(found);
        matches = found?.isFile() ? [resolve(repoRoot, relativePattern)] : [];
      } else {
        matches = await glob([relativePattern], {
          cwd: repoRoot,
          absolute: true,
          onlyFiles: true,
          dot: true,
          expandDirectories: false,
          followSymbolicLinks: false,
        });
      }
    } catch (error) {
      warnings.push({ ...warningFromError(pattern, error), rule: 'report/pattern' });
      continue;
    }
    if (matches.length === 0) {
      warnings.push({
        file: pattern,
        message:
          literalKind === 'a folder'
            ? 'is a folder; name the report files, e.g. with a pattern like reports/*.xml'
            : literalKind !== undefined
              ? `is ${literalKind}, not a regular file; name report files`
              : literal
                ? 'no such file'
                : 'the pattern matches no files',
        rule: 'report/no-match',
      });
      continue;
    }
    for (const abs of matches) if (!matched.has(abs)) matched.set(abs, displayPathOf(abs, repoRoot));
  }
  // Ordered before any file is resolved or read, so which files a capped read takes never depends
  // on the order the crawl met them.
  const ordered = [...matched].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
  const files = new Map<string, [string, string]>();
  let taken = 0;
  for (const [abs, display] of ordered) {
    if (files.size === maxFiles) break;
    taken++;
    const { real, warning } = await realPathInRepo(abs, display, realRoot);
    if (warning) {
      warnings.push(warning);
      continue;
    }
    // Keyed by the real path: the file and a symlinked alias of it count once, under the file's own
    // path when a pattern reached it by that path too.
    const known = files.get(real);
    if (!known || (known[1] !== display && display === displayPathOf(real, realRoot)))
      files.set(real, [abs, display]);
  }
  if (taken < ordered.length) {
    warnings.push({
      file: patterns.join(' '),
      message: `${patterns.length === 1 ? 'matches' : 'match'} ${ordered.length} files; read the first ${maxFiles} by path and left ${ordered.length - taken}: name fewer report files (a narrower pattern, or one merged report)`,
      rule: 'report/too-many',
    });
  }
  return [...files.values()].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Where `abs` really is, and the warning for reading it when a symlink takes it outside the
 * repository (whose real path is `realRoot`): such a report is not read.
 */
async function realPathInRepo(
  abs: string,
  display: string,
  realRoot: string,
): Promise<{ real: string; warning?: ReportWarning }> {
  const real = await realpath(abs).catch(() => abs);
  const rel = relative(realRoot, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return {
      real,
      warning: {
        file: display,
        message: `resolves through a symlink to ${real}, outside the repository; not read`,
        rule: 'report/outside-repo',
      },
    };
  }
  return { real };
}

/**
 * Reads every test report the glob `patterns` match (relative to `repoRoot`, see
 * `reportPatternInRepo` and `expandReportPatterns`) and merges them into one summary. `summary` is
 * undefined when no report could be read. A pattern that matches nothing, and every report that
 * cannot be used, is a warning; a pattern outside the repository is an InputError.
 */
export async function readTestReports(
  patterns: string[],
  repoRoot: string,
  options: Pick<ReadOptions, 'caseResults'> & { maxFiles?: number } = {},
): Promise<{ summary?: TestSummary; warnings: ReportWarning[] }> {
  const warnings: ReportWarning[] = [];
  const ordered = await expandReportPatterns(patterns, repoRoot, warnings, options.maxFiles);
  const results = await mapLimited(ordered, CONCURRENCY, ([abs, display]) =>
    readTestReport(abs, display, repoRoot, options),
  );
  const summaries: TestSummary[] = [];
  for (const result of results) {
    if (result.read) summaries.push(result.read.summary);
    warnings.push(...result.warnings);
  }
  const summary = mergeTestSummaries(summaries);
  return summary ? { summary, warnings } : { warnings };
}

/**
 * Reads one coverage report (lcov, Cobertura XML or Istanbul's coverage-summary.json), `file` inside
 * the repository, relative to `repoRoot` or absolute (see `reportPatternInRepo`). A file that cannot be used is a warning, never an exception.
 */
export async function readCoverage(
  file: string,
  repoRoot: string,
): Promise<{ coverage?: CoverageSummary; warnings: ReportWarning[] }> {
  const absPath = resolve(repoRoot, reportPatternInRepo(file, repoRoot, 'coverage file'));
  const displayPath = displayPathOf(absPath, repoRoot);
  const outside = (await realPathInRepo(absPath, displayPath, await realpath(repoRoot))).warning;
  if (outside) return { warnings: [outside] };
  const identified = await identify(absPath, displayPath);
  if ('warning' in identified) return { warnings: [identified.warning] };
  if (isTestFormat(identified.format)) {
    return {
      warnings: [
        {
          file: displayPath,
          message: `is a test report (${FORMAT_NAMES[identified.format]}), not a coverage report (expected ${COVERAGE_FORMATS_TEXT})`,
          rule: 'report/wrong-kind',
        },
      ],
    };
  }
  try {
    const read = await COVERAGE_READERS[identified.format].read(absPath, displayPath);
    return read.coverage ? { coverage: read.coverage, warnings: read.warnings } : { warnings: read.warnings };
  } catch (error) {
    return { warnings: [warningFromError(displayPath, error)] };
  }
}
