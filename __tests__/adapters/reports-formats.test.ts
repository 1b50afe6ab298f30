/**
 * Every format against real tool output (where a tool could be run here) or fixtures that follow the
 * tool's documented output: exact counts and the names of the failing tests.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectReportFormat, readJUnit, readTestReports } from '../../src/adapters/reports/index.js';
import { readJestJson } from '../../src/adapters/reports/jest-json.js';
import { readMochaJson } from '../../src/adapters/reports/mocha-json.js';
import type { TestSummary } from '../../src/core/model.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/reports');

async function read(file: string): Promise<TestSummary> {
  const { summary, warnings } = await readTestReports([file], FIXTURES);
  expect(warnings).toEqual([]);
  if (!summary) throw new Error(`no summary for ${file}`);
  return summary;
}

const counts = (s: TestSummary) => ({
  passed: s.passed,
  failed: s.failed,
  errored: s.errored,
  skipped: s.skipped,
});

describe('JUnit XML dialects', () => {
  it('reads real pytest --junitxml output', async () => {
    const s = await read('pytest-junit.xml');
    expect(counts(s)).toEqual({ passed: 3, failed: 2, errored: 1, skipped: 2 });
    expect(s.failures).toEqual([
      { name: 'test_metrics', suite: 'tests.test_api', message: 'AssertionError: metrics counter mismatch' },
      {
        name: 'test_uses_db',
        suite: 'tests.test_api',
        message: 'failed on setup with "RuntimeError: database cleanup failed"',
      },
      { name: 'test_status[404]', suite: 'tests.test_api.TestVersion', message: 'assert 404 == 200' },
    ]);
    expect(s.durationSeconds).toBeCloseTo(0.024);
    expect(s.sources).toEqual(['pytest-junit.xml']);
  });

  it('reads real node --test junit output: nested suites, a todo with a failure is failed', async () => {
    const s = await read('node-test-junit.xml');
    expect(counts(s)).toEqual({ passed: 5, failed: 3, errored: 0, skipped: 1 });
    expect(s.failures.map((f) => [f.name, f.message])).toEqual([
      ['divides by zero', 'division by zero should be 0Infinity !== 0'],
      ['parses hex', 'not yet'],
      ['recalls', 'memory is emptysecond line'],
    ]);
  });

  it('reads go-junit-report output, with a build failure as an error', async () => {
    const s = await read('go-junit-report.xml');
    expect(counts(s)).toEqual({ passed: 3, failed: 1, errored: 1, skipped: 1 });
    expect(s.failures).toEqual([
      { name: 'TestMetrics', suite: 'example.com/api/handlers', message: 'Failed' },
      { name: '[build failed]', suite: 'example.com/api/bench', message: 'Build error' },
    ]);
  });

  it('reads Surefire reruns: failing in every run fails, flaky passes', async () => {
    const s = await read('surefire-rerun.xml');
    expect(counts(s)).toEqual({ passed: 3, failed: 1, errored: 1, skipped: 1 });
    expect(s.failures).toEqual([
      {
        name: 'retriesOnTimeout',
        suite: 'com.example.api.ClientTest',
        message: 'expected: <3> but was: <1>',
      },
      { name: 'closesPool', suite: 'com.example.api.ClientTest', message: 'Pool already closed' },
    ]);
    expect(s.durationSeconds).toBeCloseTo(1.234);
  });

  it('reads a Gradle report', async () => {
    const s = await read('gradle-junit.xml');
    expect(counts(s)).toEqual({ passed: 2, failed: 1, errored: 0, skipped: 1 });
    expect(s.failures).toEqual([
      {
        name: 'divides by zero()',
        suite: 'com.example.CalculatorTest',
        message: 'org.opentest4j.AssertionFailedError: expected: <0> but was: <Infinity>',
      },
    ]);
  });

  it('reads PHPUnit nested suites without counting twice; message from the element text', async () => {
    const s = await read('phpunit-nested.xml');
    expect(counts(s)).toEqual({ passed: 2, failed: 1, errored: 1, skipped: 1 });
    expect(s.failures).toEqual([
      {
        name: 'testConverts with data set "yen"',
        suite: 'App.Tests.MoneyTest',
        message: 'App\\Tests\\MoneyTest::testConverts with data set "yen"',
      },
      { name: 'testParses', suite: 'App.Tests.MoneyTest', message: 'App\\Tests\\MoneyTest::testParses' },
    ]);
    expect(s.durationSeconds).toBeCloseTo(0.02);
  });

  it('reads jest-junit output', async () => {
    const s = await read('jest-junit.xml');
    expect(counts(s)).toEqual({ passed: 2, failed: 1, errored: 0, skipped: 1 });
    expect(s.failures).toEqual([
      {
        name: 'api client handles timeouts',
        suite: 'api client handles timeouts',
        message: 'Error: expect(received).toBe(expected) // Object.is equality',
      },
    ]);
    expect(s.durationSeconds).toBeCloseTo(1.52);
  });

  it('is exported on its own for the bench', async () => {
    const { summary } = await readJUnit(join(FIXTURES, 'surefire-rerun.xml'), 'surefire-rerun.xml');
    expect(summary.failed).toBe(1);
  });
});

describe('TRX', () => {
  it('reads dotnet test --logger trx output; data-driven rows are the tests, not their parent', async () => {
    const s = await read('dotnet.trx');
    expect(counts(s)).toEqual({ passed: 3, failed: 2, errored: 0, skipped: 1 });
    expect(s.failures).toEqual([
      { name: 'Api.Tests.ClientTests.RetriesOnTimeout', message: 'Assert.Equal() Failure: Values differ' },
      { name: 'Api.Tests.MoneyTests.Parses' },
    ]);
    expect(s.durationSeconds).toBeCloseTo(2.5);
  });
});

describe('Jest JSON', () => {
  it('reads real jest --json output; a suite that failed to run is one errored test', async () => {
    const s = await read('jest-real.json');
    expect(counts(s)).toEqual({ passed: 3, failed: 2, errored: 1, skipped: 2 });
    expect(s.failures.map((f) => [f.name, f.suite, f.message])).toEqual([
      [
        'math subtracts',
        '/home/dev/api-server/math.test.js',
        'Error: expect(received).toBe(expected) // Object.is equality',
      ],
      [
        'trims "quoted" <tags>',
        '/home/dev/api-server/strings.test.js',
        'Error: expect(received).toBe(expected) // Object.is equality',
      ],
      ['/home/dev/api-server/broken.test.js', undefined, 'Jest encountered an unexpected token'],
    ]);
    expect(s.durationSeconds).toBeGreaterThan(0);
  });

  it('names test files relative to the repository', async () => {
    const { summary } = await readJestJson(join(FIXTURES, 'jest-real.json'), 'jest-real.json', {
      repoRoot: '/home/dev/api-server',
    });
    expect(summary.failures.map((f) => f.suite ?? f.name)).toEqual([
      'math.test.js',
      'strings.test.js',
      'broken.test.js',
    ]);
  });
});

describe('Mocha JSON', () => {
  it('reads the json reporter, with a failing hook as a failure', async () => {
    const { summary: s } = await readMochaJson(join(FIXTURES, 'mocha.json'), 'mocha.json', {
      repoRoot: '/home/dev/api-server',
    });
    expect(counts(s)).toEqual({ passed: 2, failed: 2, errored: 0, skipped: 1 });
    expect(s.failures).toEqual([
      {
        name: 'api client handles timeouts',
        suite: 'test/client.spec.js',
        message: 'Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called.',
      },
      {
        name: 'database "before all" hook for "opens"',
        suite: 'test/db.spec.js',
        message: 'connect ECONNREFUSED 127.0.0.1:5432',
      },
    ]);
    expect(s.durationSeconds).toBe(0.25);
  });
});

describe('TAP', () => {
  it('reads real node --test tap output: leaves counted, suites not, a failing todo is failed', async () => {
    const s = await read('node-test.tap');
    expect(counts(s)).toEqual({ passed: 5, failed: 3, errored: 0, skipped: 1 });
    expect(s.failures).toEqual([
      { name: 'divides by zero', suite: 'calculator', message: 'division by zero should be 0' },
      { name: 'parses hex', suite: 'calculator', message: 'not yet' },
      { name: 'recalls', suite: 'calculator > memory', message: 'memory is empty' },
    ]);
  });

  it('reads TAP 14 subtests, directives, YAML messages and escaped #', async () => {
    const s = await read('tap14-subtests.tap');
    expect(counts(s)).toEqual({ passed: 2, failed: 3, errored: 0, skipped: 1 });
    expect(s.failures).toEqual([
      { name: 'reads bodies', suite: 'parser', message: 'body was truncated at 1024 bytes' },
      { name: 'server stops' },
      { name: 'cleanup runs', message: 'cleanup left 3 rows' },
    ]);
  });

  it('counts a failing parent whose subtests all passed (a failing hook)', async () => {
    const { summary } = await readTestReports(['hook.tap'], await tempWith('hook.tap', HOOK_TAP));
    expect(summary && counts(summary)).toEqual({ passed: 2, failed: 1, errored: 0, skipped: 0 });
    expect(summary?.failures).toEqual([{ name: 'suite', message: 'after hook failed' }]);
  });

  it('stops at Bail out!, as an errored entry and a warning', async () => {
    const { summary, warnings } = await readTestReports(['tap-bailout.tap'], FIXTURES);
    expect(summary && counts(summary)).toEqual({ passed: 1, failed: 1, errored: 1, skipped: 0 });
    expect(summary?.failures).toEqual([
      { name: 'migrates' },
      { name: 'Bail out!', message: 'database unreachable' },
    ]);
    expect(warnings).toEqual([
      {
        file: 'tap-bailout.tap',
        message: 'the test run bailed out (database unreachable); tests after it did not run',
        rule: 'tap/bail-out',
        line: 6,
        column: 1,
      },
    ]);
  });

  it('warns when the plan promises more tests than ran', async () => {
    const { summary, warnings } = await readTestReports(['tap-short-plan.tap'], FIXTURES);
    expect(summary?.passed).toBe(2);
    expect(warnings).toEqual([
      {
        file: 'tap-short-plan.tap',
        message:
          'the plan says 1..4 but the report has 2 top-level test points; the run may have stopped early',
        rule: 'tap/plan',
        line: 1,
        column: 1,
      },
    ]);
  });

  it('reads CRLF line endings', async () => {
    const crlf =
      'TAP version 13\r\nok 1 - a\r\nnot ok 2 - b\r\n  ---\r\n  message: broke\r\n  ...\r\n1..2\r\n';
    const { summary, warnings } = await readTestReports(['crlf.tap'], await tempWith('crlf.tap', crlf));
    expect(warnings).toEqual([]);
    expect(summary?.failures).toEqual([{ name: 'b', message: 'broke' }]);
    expect(summary?.passed).toBe(1);
  });

  it('names a first point numbered past 1 as the first, and numbers as written', async () => {
    const tap = 'TAP version 13\nok 3 - a\nok 99999999999999999999 - b\n1..99999999999999900000\n';
    const { warnings } = await readTestReports(['numbers.tap'], await tempWith('numbers.tap', tap));
    expect(warnings.map((w) => w.message)).toEqual([
      'the first test point is numbered 3, not 1: test points are out of order or missing',
      'test point 99999999999999999999 is outside the plan 1..99999999999999900000',
      'the plan says 1..99999999999999900000 but the report has 2 top-level test points; the run may have stopped early',
    ]);
  });
});

describe('many files', () => {
  it('merges every file a glob matches, in path order, naming each source', async () => {
    const { summary, warnings } = await readTestReports(['*.xml', '*.trx'], FIXTURES);
    // The pattern also matches the Cobertura fixtures: named, and left out of the test counts.
    expect(warnings).toEqual(
      ['cobertura-coveragepy.xml', 'cobertura-jest.xml', 'cobertura-rates-only.xml'].map((file) => ({
        file,
        message: 'is a coverage report (Cobertura XML), not a test report; pass it with --coverage',
        rule: 'report/wrong-kind',
      })),
    );
    expect(summary?.sources).toEqual([
      'check.xml',
      'cppunit.xml',
      'dotnet.trx',
      'go-junit-report.xml',
      'gradle-junit.xml',
      'jest-junit.xml',
      'node-test-junit.xml',
      'nunit2.xml',
      'nunit3.xml',
      'phpunit-nested.xml',
      'pytest-junit.xml',
      'surefire-rerun.xml',
      'xunit-v2.xml',
    ]);
    // Check, CppUnit, then the JUnit-family files, NUnit 2 and 3 in place, xUnit.net last.
    expect(summary && counts(summary)).toEqual({
      passed: 1 + 2 + 3 + 3 + 2 + 2 + 5 + 2 + 2 + 2 + 3 + 3 + 2,
      failed: 1 + 1 + 2 + 1 + 1 + 1 + 3 + 1 + 1 + 1 + 2 + 1 + 1,
      errored: 1 + 1 + 0 + 1 + 0 + 0 + 0 + 1 + 1 + 1 + 1 + 1 + 1,
      skipped: 0 + 0 + 1 + 1 + 1 + 1 + 1 + 1 + 2 + 1 + 2 + 1 + 1,
    });
  });

  it('reads a file matched by two patterns once', async () => {
    const { summary } = await readTestReports(['gradle-junit.xml', 'gradle-*.xml'], FIXTURES);
    expect(summary?.sources).toEqual(['gradle-junit.xml']);
    expect(summary?.passed).toBe(2);
  });
});

describe('detectReportFormat', () => {
  it.each([
    ['r.xml', '<?xml version="1.0"?>\n<!-- c -->\n<testsuites>', 'junit'],
    ['r.xml', '\uFEFF<testsuite name="x">', 'junit'],
    ['r.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "<b>">]><testsuites>', 'junit'],
    ['r.xml', '<?xml version="1.0"?><!DOCTYPE coverage SYSTEM "x.dtd"><coverage line-rate="1">', 'cobertura'],
    ['results.xml', '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">', 'trx'],
    ['r.json', '{"numFailedTestSuites":0,"numPassedTests":3', 'jest-json'],
    ['r.json', '{\n  "stats": {\n    "suites": 1,\n    "passes": 1', 'mocha-json'],
    ['r.json', '{"total": {"lines":{"total":6', 'istanbul-summary'],
    ['r.txt', 'TAP version 14\n1..1', 'tap'],
    ['r.txt', 'ok 1 - a\n', 'tap'],
    ['r.out', 'TN:\nSF:src/a.js\n', 'lcov'],
    ['report.trx', '<?xml version="1.0"?>\n<!-- a long comment that does not end in the head', 'trx'],
    ['report.tap', '# comment only\n', 'tap'],
    ['lcov.info', '', 'lcov'],
  ])('%s starting %j is %s', (path, head, format) => {
    expect(detectReportFormat(path, head)).toBe(format);
  });

  it.each([
    ['page.xml', '<html><body>'],
    ['data.json', '{"name": "x"}'],
    ['notes.txt', 'hello world'],
  ])('%s starting %j is no report', (path, head) => {
    expect(detectReportFormat(path, head)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------

const HOOK_TAP = `TAP version 14
# Subtest: suite
    ok 1 - first
    ok 2 - second
    1..2
not ok 1 - suite
  ---
  error: 'after hook failed'
  ...
1..1
`;

async function tempWith(name: string, content: string): Promise<string> {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'handoff-reports-'));
  await writeFile(join(dir, name), content);
  return dir;
}

describe('without each test’s result (`caseResults: false`, a draft with no failing tests to compare)', () => {
  const TEST_FIXTURES = [
    'check.xml',
    'cppunit.xml',
    'dart.json',
    'dotnet.trx',
    'go-junit-report.xml',
    'go-test.json',
    'gradle-junit.xml',
    'jest-junit.xml',
    'jest-real.json',
    'mocha.json',
    'node-test-junit.xml',
    'node-test.tap',
    'nunit2.xml',
    'nunit3.xml',
    'phpunit-nested.xml',
    'pytest-junit.xml',
    'rspec.json',
    'surefire-rerun.xml',
    'tap14-subtests.tap',
    'xunit-v2.xml',
  ];
  it.each(TEST_FIXTURES)('%s: the same counts and failures, no case results', async (file) => {
    const all = await readTestReports([file], FIXTURES);
    const lean = await readTestReports([file], FIXTURES, { caseResults: false });
    expect(all.summary?.cases?.length).toBeGreaterThan(0);
    expect(lean.summary?.cases).toBeUndefined();
    expect(lean.summary?.casesTruncated).toBeUndefined();
    const { cases: _cases, casesTruncated: _truncated, ...rest } = all.summary as TestSummary;
    expect(lean.summary).toEqual(rest);
    expect(lean.warnings).toEqual(all.warnings);
  });
});
