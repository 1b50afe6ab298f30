import type { TestSummary } from '../../src/core/model.js';
import {
  CASES_CAP,
  coveragePercent,
  declaredTotalsWarning,
  emptyTestSummary,
  FAILURE_CAP,
  firstLine,
  formatCoverage,
  formatReportWarning,
  formatTestCounts,
  MESSAGE_MAX,
  mergeTestSummaries,
  noTestsWarning,
  recordTest,
  roundPercent,
  testCaseId,
  totalTests,
} from '../../src/core/reports.js';

describe('firstLine', () => {
  it('takes the first non-empty line, trimmed', () => {
    expect(firstLine('\n\n   AssertionError: nope  \n  at x.js:1')).toBe('AssertionError: nope');
    expect(firstLine('one\r\ntwo')).toBe('one');
  });

  it('drops terminal colours', () => {
    expect(firstLine('\u001b[31mexpected\u001b[39m 1 \u001b[2mto be\u001b[22m 2')).toBe('expected 1 to be 2');
  });

  it('bounds the length', () => {
    const line = firstLine('x'.repeat(5000));
    expect(line).toHaveLength(MESSAGE_MAX);
    expect(line?.endsWith('…')).toBe(true);
  });

  it('is undefined for no text', () => {
    expect(firstLine(undefined)).toBeUndefined();
    expect(firstLine('  \n \n')).toBeUndefined();
  });
});

describe('recordTest', () => {
  it('counts each outcome and names failures and errors', () => {
    const summary = emptyTestSummary('r.xml');
    recordTest(summary, 'passed', { name: 'a' });
    recordTest(summary, 'skipped', { name: 'b' });
    recordTest(summary, 'failed', { name: ' c ', suite: 'S', message: 'boom\nstack' });
    recordTest(summary, 'error', { name: '', message: '' });
    expect(summary).toMatchObject({ passed: 1, skipped: 1, failed: 1, errored: 1 });
    expect(summary.failures).toEqual([
      { name: 'c', suite: 'S', message: 'boom' },
      { name: '(unnamed test)' },
    ]);
  });

  it('stops naming at the cap but keeps counting', () => {
    const summary = emptyTestSummary('r.xml');
    for (let i = 0; i < 5; i++) recordTest(summary, 'failed', { name: `t${i}` }, 3);
    expect(summary.failed).toBe(5);
    expect(summary.failures.map((f) => f.name)).toEqual(['t0', 't1', 't2']);
    expect(summary.failedTruncated).toBe(true);
  });
});

describe('mergeTestSummaries', () => {
  const summary = (source: string, failed: number, duration?: number): TestSummary => {
    const s = emptyTestSummary(source);
    s.passed = 2;
    for (let i = 0; i < failed; i++) recordTest(s, 'failed', { name: `${source}#${i}` });
    if (duration !== undefined) s.durationSeconds = duration;
    return s;
  };

  it('is undefined for nothing', () => {
    expect(mergeTestSummaries([])).toBeUndefined();
  });

  it('adds counts and durations, keeps sources and failures in order', () => {
    const merged = mergeTestSummaries([summary('a', 1, 1.5), summary('b', 2), summary('c', 0, 2)]);
    expect(merged).toEqual({
      sources: ['a', 'b', 'c'],
      passed: 6,
      failed: 3,
      skipped: 0,
      errored: 0,
      failures: [{ name: 'a#0' }, { name: 'b#0' }, { name: 'b#1' }],
      failedTruncated: false,
      cases: [
        { id: 'a#0', outcome: 'failed' },
        { id: 'b#0', outcome: 'failed' },
        { id: 'b#1', outcome: 'failed' },
      ],
      casesTruncated: false,
      durationSeconds: 3.5,
    });
  });

  it('keeps every case up to CASES_CAP across files, then says it truncated', () => {
    const many = emptyTestSummary('many');
    for (let i = 0; i < CASES_CAP + 2; i++)
      recordTest(many, i % 2 ? 'passed' : 'skipped', { name: `t${i}`, suite: 's' });
    expect(many.cases).toHaveLength(CASES_CAP);
    expect(many.casesTruncated).toBe(true);
    expect(many.passed + many.skipped).toBe(CASES_CAP + 2);
    const other = emptyTestSummary('other');
    recordTest(other, 'failed', { name: 'late' });
    const merged = mergeTestSummaries([other, many]);
    expect(merged?.cases?.[0]).toEqual({ id: 'late', outcome: 'failed' });
    expect(merged?.cases?.[1]).toEqual({ id: 's › t0', outcome: 'skipped' });
    expect(merged?.cases).toHaveLength(CASES_CAP);
    expect(merged?.casesTruncated).toBe(true);
  });

  it('keeps failures under the cap across files', () => {
    const merged = mergeTestSummaries([summary('a', 2), summary('b', 2)], 3);
    expect(merged?.failures.map((f) => f.name)).toEqual(['a#0', 'a#1', 'b#0']);
    expect(merged?.failed).toBe(4);
    expect(merged?.failedTruncated).toBe(true);
  });

  it('keeps a file truncation', () => {
    const big = emptyTestSummary('big');
    for (let i = 0; i < FAILURE_CAP + 1; i++) recordTest(big, 'failed', { name: `t${i}` });
    expect(mergeTestSummaries([big])?.failedTruncated).toBe(true);
  });
});

describe('formatting', () => {
  it('formats counts, leaving out zero errored and skipped', () => {
    const s = emptyTestSummary('x');
    s.passed = 7;
    s.failed = 2;
    expect(formatTestCounts(s)).toBe('9 tests: 7 passed, 2 failed');
    s.skipped = 1;
    s.errored = 1;
    expect(formatTestCounts(s)).toBe('11 tests: 7 passed, 2 failed, 1 errored, 1 skipped');
    expect(totalTests(s)).toBe(11);
    expect(formatTestCounts({ ...emptyTestSummary('y'), passed: 1 })).toBe('1 test: 1 passed, 0 failed');
  });

  it('rounds percentages down to one decimal, without binary noise', () => {
    expect(roundPercent(99.99)).toBe(99.9);
    expect(roundPercent(0.85 * 100)).toBe(85);
    expect(roundPercent(0.57 * 100)).toBe(57);
    expect(coveragePercent(2, 3)).toBe(66.6);
    expect(coveragePercent(0, 0)).toBeUndefined();
  });

  it('formats coverage', () => {
    expect(formatCoverage({ source: 'c', linesPercent: 85.3 })).toBe('lines 85.3%');
    expect(formatCoverage({ source: 'c', linesPercent: 85, branchesPercent: 70 })).toBe(
      'lines 85.0%, branches 70.0%',
    );
  });

  it('formats a warning as file:line:column: message [rule]', () => {
    expect(
      formatReportWarning({
        file: 'r.xml',
        line: 3,
        column: 9,
        message: 'not well-formed',
        rule: 'xml/well-formed',
      }),
    ).toBe('r.xml:3:9: not well-formed [xml/well-formed]');
    expect(formatReportWarning({ file: 'r/*.xml', message: 'the pattern matches no files' })).toBe(
      'r/*.xml: the pattern matches no files',
    );
  });
});

describe('declared totals and test ids', () => {
  const read = (passed: number, failed: number, skipped: number): TestSummary => {
    const s = emptyTestSummary('r.xml');
    for (let i = 0; i < passed; i++) recordTest(s, 'passed', { name: `p${i}` });
    for (let i = 0; i < failed; i++) recordTest(s, i % 2 ? 'error' : 'failed', { name: `f${i}` });
    for (let i = 0; i < skipped; i++) recordTest(s, 'skipped', { name: `s${i}` });
    return s;
  };

  it('says nothing when the report agrees with itself, or declares nothing', () => {
    expect(
      declaredTotalsWarning('r.xml', read(3, 2, 1), { where: '<x>', tests: 6, failed: 2, skipped: 1 }),
    ).toBeUndefined();
    expect(declaredTotalsWarning('r.xml', read(3, 2, 1), { where: '<x>' })).toBeUndefined();
  });

  it('names the file and both numbers of each total that differs', () => {
    expect(
      declaredTotalsWarning('r.xml', read(0, 0, 0), {
        where: '<testsuite>',
        tests: 6,
        failed: 1,
        skipped: 2,
      }),
    ).toEqual({
      file: 'r.xml',
      message:
        "the report's own totals (<testsuite>) disagree with its tests: 6 tests declared, 0 read; 1 failed declared, 0 read; 2 skipped declared, 0 read",
      rule: 'report/declared-totals',
    });
    expect(
      declaredTotalsWarning('r.xml', read(1, 2, 0), { where: '"stats"', tests: 3, failed: 1 })?.message,
    ).toBe(`the report's own totals ("stats") disagree with its tests: 1 failed declared, 2 read`);
  });

  it('has one warning for a report with no tests', () => {
    expect(noTestsWarning('e.xml')).toEqual({
      file: 'e.xml',
      message: 'the report holds no tests (read as 0 tests)',
      rule: 'report/no-tests',
    });
  });

  it('makes ids of suite and name, bounded, with a name for unnamed tests', () => {
    expect(testCaseId('adds', 'calculator')).toBe('calculator › adds');
    expect(testCaseId('  adds ', '  ')).toBe('adds');
    expect(testCaseId('')).toBe('(unnamed test)');
    expect(testCaseId('x'.repeat(1000), 'y'.repeat(1000)).length).toBeLessThanOrEqual(603);
  });
});
