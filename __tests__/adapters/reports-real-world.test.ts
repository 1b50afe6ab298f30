/**
 * The formats and rules added for real-world reports (issue 12): NUnit 2 and 3, xUnit.net v2, CppUnit,
 * Check, RSpec, Dart and `go test -json` readers; dialect detection that does not mistake one XML for
 * another; declared totals checked; no silent zero; the TAP, JUnit and TRX rule fixes. Fixtures are real
 * tool output where the tool runs here (go test -json), documented-shape files otherwise.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { detectReportFormat, readTestReports } from '../../src/adapters/reports/index.js';
import type { ReportWarning, TestSummary } from '../../src/core/model.js';
import { scratchDir } from '../helpers/scratch.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/reports');

const counts = (s: TestSummary | undefined) =>
  s && { passed: s.passed, failed: s.failed, errored: s.errored, skipped: s.skipped };
const rules = (warnings: ReportWarning[]) => warnings.map((w) => w.rule);

async function fixture(file: string) {
  return readTestReports([file], FIXTURES);
}

async function inline(name: string, content: string) {
  const dir = scratchDir('handoff-real-world-');
  await writeFile(join(dir, name), content);
  return readTestReports([name], dir);
}

describe('new readers', () => {
  it('reads NUnit 3: fixtures as suites, parameterised cases, Error label errored, Inconclusive skipped', async () => {
    const { summary, warnings } = await fixture('nunit3.xml');
    expect(warnings).toEqual([]);
    expect(counts(summary)).toEqual({ passed: 2, failed: 1, errored: 1, skipped: 2 });
    expect(summary?.failures).toEqual([
      { name: 'RemovesItem', suite: 'Shop.CartTests', message: 'Expected: 0' },
      {
        name: 'Checkout',
        suite: 'Shop.CartTests',
        message: 'System.NullReferenceException : Object reference not set to an instance of an object.',
      },
    ]);
    expect(summary?.cases?.map((c) => c.id)).toContain('Shop.CartTests › Discount(-1)');
    expect(summary?.durationSeconds).toBe(0.512);
  });

  it('reads NUnit 2: total leaves out not-run tests, full names trimmed to the fixture', async () => {
    const { summary, warnings } = await fixture('nunit2.xml');
    expect(warnings).toEqual([]);
    expect(counts(summary)).toEqual({ passed: 2, failed: 1, errored: 1, skipped: 1 });
    expect(summary?.failures.map((f) => [f.suite, f.name])).toEqual([
      ['Shop.CartTests', 'RemovesItem'],
      ['Shop.CartTests', 'Checkout'],
    ]);
  });

  it('reads xUnit.net v2, counting a clean-up error outside any test as errored', async () => {
    const { summary, warnings } = await fixture('xunit-v2.xml');
    expect(warnings).toEqual([]);
    expect(counts(summary)).toEqual({ passed: 2, failed: 1, errored: 1, skipped: 1 });
    expect(summary?.failures).toEqual([
      {
        name: '[fixture-cleanup] Shop.DbFixture',
        message: 'System.IO.IOException : database file is locked',
      },
      { name: 'RemovesItem', suite: 'Shop.CartTests', message: 'Assert.Equal() Failure: Values differ' },
    ]);
  });

  it('reads CppUnit XML, told apart from TRX though both are <TestRun>', async () => {
    const { summary, warnings } = await fixture('cppunit.xml');
    expect(warnings).toEqual([]);
    expect(counts(summary)).toEqual({ passed: 2, failed: 1, errored: 1, skipped: 0 });
    expect(summary?.failures[0]).toEqual({
      name: 'testAdd',
      suite: 'MoneyTest',
      message: 'equality assertion failed - Expected: 12 - Actual  : 11',
    });
  });

  it("reads Check's XML, told apart from JUnit by its namespace", async () => {
    const { summary, warnings } = await fixture('check.xml');
    expect(warnings).toEqual([]);
    expect(counts(summary)).toEqual({ passed: 1, failed: 1, errored: 1, skipped: 0 });
    expect(summary?.failures).toEqual([
      { name: 'test_money_add', suite: 'Money › Core', message: 'Amount not 12, got 11' },
      {
        name: 'test_money_parse',
        suite: 'Money › Limits',
        message: 'Received signal 11 (Segmentation fault)',
      },
    ]);
  });

  it('reads RSpec JSON; a file that failed to load is an errored entry', async () => {
    const { summary, warnings } = await fixture('rspec.json');
    expect(warnings).toEqual([]);
    expect(counts(summary)).toEqual({ passed: 1, failed: 1, errored: 1, skipped: 1 });
    expect(summary?.failures.map((f) => [f.name, f.message])).toEqual([
      ['Cart removes an item', 'expected: 0'],
      ['[error outside of examples]', 'An error occurred while loading ./spec/broken_spec.rb.'],
    ]);
  });

  it('reads Dart JSON: hidden loading tests not counted, a file that does not load is errored', async () => {
    const { summary, warnings } = await fixture('dart.json');
    expect(warnings).toEqual([]);
    expect(counts(summary)).toEqual({ passed: 1, failed: 1, errored: 1, skipped: 1 });
    expect(summary?.failures.map((f) => [f.suite, f.name])).toEqual([
      ['test/broken_test.dart', 'loading test/broken_test.dart'],
      ['test/cart_test.dart', 'Cart removes an item'],
    ]);
  });

  it('reads real go test -json output: subtests and their parent each count; a build failure is errored', async () => {
    const { summary, warnings } = await fixture('go-test.json');
    expect(warnings).toEqual([]);
    expect(counts(summary)).toEqual({ passed: 2, failed: 3, errored: 1, skipped: 1 });
    expect(summary?.failures.map((f) => [f.suite, f.name, f.message])).toEqual([
      ['example.com/shop/broken', '[build failed]', 'build failed'],
      ['example.com/shop/cart', 'TestRemoves', 'cart_test.go:7: expected 0 items, got 1'],
      ['example.com/shop/cart', 'TestDiscount/negative', 'cart_test.go:18: negative discount -1 accepted'],
      ['example.com/shop/cart', 'TestDiscount', undefined],
    ]);
    expect(summary?.cases?.[1]).toEqual({ id: 'example.com/shop/cart › TestAdds', outcome: 'passed' });
  });

  it('reads a go package that failed with no failing test as an errored entry', async () => {
    const events = [
      { Action: 'start', Package: 'p' },
      { Action: 'output', Package: 'p', Output: 'panic: boom in TestMain\n' },
      { Action: 'fail', Package: 'p', Elapsed: 0.1 },
    ];
    const { summary } = await inline('go.json', `${events.map((e) => JSON.stringify(e)).join('\n')}\n`);
    expect(summary?.failures).toEqual([
      { name: '[package failed]', suite: 'p', message: 'panic: boom in TestMain' },
    ]);
  });
});

describe('detection by content', () => {
  it.each([
    ['<TestRun id="1" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>', 'trx'],
    ['<TestRun><Results><UnitTestResult testName="a" outcome="Passed"/>', 'trx'],
    ['<TestRun>\n<FailedTests></FailedTests>\n<SuccessfulTests>', 'cppunit'],
    ["<TestRun elapsed='1.0'>\n<Statistics><Tests>1</Tests>", 'cppunit'],
    ['<testsuites xmlns="http://check.sourceforge.net/ns"><suite>', 'check'],
    ['<testsuites name="jest"><testsuite name="a">', 'junit'],
    ['<test-run total="1">', 'nunit'],
    ['<test-results total="1">', 'nunit'],
    ['<assemblies><assembly total="1">', 'xunit'],
    ['{"Time":"2025-01-01T00:00:00Z","Action":"start","Package":"p"}\n', 'go-json'],
    ['{"protocolVersion":"0.1.1","runnerVersion":"1.25","type":"start","time":0}\n', 'dart-json'],
    ['{"version":"3.13.0","examples":[],"summary":{}}', 'rspec-json'],
    ['{"numTotalTests":1,"testResults":[{"testResults":[]}]}', 'jest-json'],
    ['# TAP emitted by Test::More 0.98\nok 1 - a\n', 'tap'],
  ])('%s is %s', (head, format) => {
    expect(detectReportFormat('report.out', head)).toBe(format);
  });
});

describe('never a silent zero, and declared totals checked', () => {
  it('a JUnit suite that declares tests but has no test cases is 0 tests and a warning, not passes', async () => {
    const { summary, warnings } = await inline(
      'j.xml',
      '<testsuites><testsuite name="s" tests="2" failures="1"></testsuite></testsuites>',
    );
    expect(counts(summary)).toEqual({ passed: 0, failed: 0, errored: 0, skipped: 0 });
    expect(warnings).toEqual([
      {
        file: 'j.xml',
        message:
          "the report's own totals (<testsuite>) disagree with its tests: 2 tests declared, 0 read; 1 failed declared, 0 read",
        rule: 'report/declared-totals',
      },
    ]);
  });

  it('a report with no tests at all says so', async () => {
    const { summary, warnings } = await inline('e.xml', '<testsuites/>');
    expect(summary?.passed).toBe(0);
    expect(rules(warnings)).toEqual(['report/no-tests']);
  });

  it("reads Jest's reporter-API shape (testResults[].testResults[]) and checks numTotalTests", async () => {
    const report = {
      numTotalTests: 3,
      numFailedTests: 0,
      numPendingTests: 0,
      numRuntimeErrorTestSuites: 1,
      testResults: [
        {
          testFilePath: '/r/a.test.js',
          testResults: [
            { title: 'adds', fullName: 'math adds', status: 'passed', failureMessages: [] },
            { title: 'subs', fullName: 'math subs', status: 'failed', failureMessages: ['Error: boom'] },
          ],
        },
        { testFilePath: '/r/b.test.js', testResults: [], testExecError: { message: 'Cannot find module x' } },
      ],
    };
    const { summary, warnings } = await inline('jest.json', JSON.stringify(report));
    expect(counts(summary)).toEqual({ passed: 1, failed: 1, errored: 1, skipped: 0 });
    expect(warnings.map((w) => w.message)).toEqual([
      `the report's own totals ("numTotalTests") disagree with its tests: 4 tests declared, 3 read; 1 failed declared, 2 read`,
    ]);
  });
});

describe('JUnit fixes', () => {
  it('a test case with both skipped and failure is failed; failure outranks error and skip', async () => {
    const { summary } = await inline(
      'm.xml',
      `<testsuites><testsuite name="s">
        <testcase name="a"><skipped/><failure message="f">x</failure><error message="e"/></testcase>
        <testcase name="b"><skipped/><failure message="todo failed"/></testcase>
        <testcase name="c"><skipped/></testcase>
        <testcase name="d"/>
      </testsuite></testsuites>`,
    );
    expect(counts(summary)).toEqual({ passed: 1, failed: 2, errored: 0, skipped: 1 });
  });

  it('accepts a blank line before <?xml and a non-numeric time, with a warning for the bad character', async () => {
    const { summary, warnings } = await inline(
      'web.xml',
      '\n\n<?xml version="1.0"?>\n<testsuites><testsuite name="s" tests="1">\n<testcase name="a" time="<<computed>>"/></testsuite></testsuites>',
    );
    expect(counts(summary)).toEqual({ passed: 1, failed: 0, errored: 0, skipped: 0 });
    expect(warnings).toEqual([
      expect.objectContaining({ rule: 'xml/disallowed-character', file: 'web.xml', line: 5 }),
    ]);
  });
});

describe('TRX fixes', () => {
  const trx = (results: string, counters = '') =>
    `<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>${results}</Results><ResultSummary>${counters}</ResultSummary></TestRun>`;

  it('reads <TestResultAggregation> results', async () => {
    const { summary, warnings } = await inline(
      'a.trx',
      trx(
        '<TestResultAggregation testName="one" outcome="Passed"/><TestResultAggregation testName="two" outcome="Failed"/>',
        '<Counters total="2" failed="1"/>',
      ),
    );
    expect(counts(summary)).toEqual({ passed: 1, failed: 1, errored: 0, skipped: 0 });
    expect(warnings).toEqual([]);
  });

  it('counts data-driven rows, not their parent, and Counters agree once the parent is set aside', async () => {
    const { summary, warnings } = await inline(
      'd.trx',
      trx(
        '<UnitTestResult testName="dd" outcome="Failed"><InnerResults><UnitTestResult testName="dd (0)" outcome="Passed"/><UnitTestResult testName="dd (1)" outcome="Failed"/></InnerResults></UnitTestResult>',
        '<Counters total="3" failed="2"/>',
      ),
    );
    expect(counts(summary)).toEqual({ passed: 1, failed: 1, errored: 0, skipped: 0 });
    expect(summary?.cases).toEqual([
      { id: 'dd (0)', outcome: 'passed' },
      { id: 'dd (1)', outcome: 'failed' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('counts Aborted as skipped, with a warning', async () => {
    const { summary, warnings } = await inline(
      'ab.trx',
      trx('<UnitTestResult testName="a" outcome="Aborted"/>'),
    );
    expect(counts(summary)).toEqual({ passed: 0, failed: 0, errored: 0, skipped: 1 });
    expect(rules(warnings)).toEqual(['trx/aborted']);
  });
});

describe('TAP fixes', () => {
  it('a YAML block without its closing ... does not swallow the lines after it', async () => {
    const tap = 'TAP version 13\nnot ok 1 - a\n  ---\n  message: boom\nok 2 - b\nnot ok 3 - c\n1..3\n';
    const { summary, warnings } = await inline('y.tap', tap);
    expect(counts(summary)).toEqual({ passed: 1, failed: 2, errored: 0, skipped: 0 });
    expect(summary?.failures).toEqual([{ name: 'a', message: 'boom' }, { name: 'c' }]);
    expect(warnings).toEqual([]);
  });

  it('reads TAP 14 buffered subtests without counting the parent as an extra test', async () => {
    const tap =
      'TAP version 14\nok 1 - x {\n    ok 1 - y\n    not ok 2 - z # TODO later\n    1..2\n}\n1..1\n';
    const { summary, warnings } = await inline('b.tap', tap);
    expect(counts(summary)).toEqual({ passed: 1, failed: 1, errored: 0, skipped: 0 });
    expect(summary?.cases).toEqual([
      { id: 'x › y', outcome: 'passed' },
      { id: 'x › z', outcome: 'failed' },
    ]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['ok 1 - a\nok 2 - b\n', 'tap/no-plan'],
    ['1..2\nok 1 - a\nok 7 - b\n', 'tap/numbering'],
    ['1..2\nok 1 - a\nok 2 - b\nok 3 - c\n', 'tap/outside-plan'],
  ])('warns about plan errors: %j', async (tap, rule) => {
    const { warnings } = await inline('p.tap', tap);
    expect(rules(warnings)).toContain(rule);
  });

  it('takes # as a directive only after white space', async () => {
    const { summary } = await inline(
      'd.tap',
      '1..3\nok 1 - a#skip\nok 2 - b \\# skip\nok 3 - c # skip later\n',
    );
    expect(counts(summary)).toEqual({ passed: 2, failed: 0, errored: 0, skipped: 1 });
  });
});

describe('hostile input never crashes or hangs (property-based)', () => {
  const bases: [string, string][] = [
    [
      'r.tap',
      'TAP version 14\nok 1 - x {\n    not ok 1 - y\n      ---\n      message: m\n    1..1\n}\n1..1\n',
    ],
    [
      'r.xml',
      '<testsuites><testsuite name="s" tests="1"><testcase name="a"><failure/></testcase></testsuite></testsuites>',
    ],
    [
      'r.trx',
      '<TestRun xmlns="TeamTest"><Results><UnitTestResult testName="a" outcome="Passed"/></Results></TestRun>',
    ],
    ['r.nunit.xml', '<test-run total="1"><test-case name="a" result="Passed"/></test-run>'],
    ['r.go.json', '{"Action":"run","Package":"p","Test":"T"}\n{"Action":"pass","Package":"p","Test":"T"}\n'],
  ];

  it('random edits of each format give a summary or a warning naming the file, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bases),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 6 })), { maxLength: 4 }),
        async ([name, base], edits) => {
          let text = base;
          for (const [at, kind, insert] of edits) {
            const i = at % (text.length + 1);
            text =
              kind === 0
                ? text.slice(0, i)
                : kind === 1
                  ? text.slice(0, i) + insert + text.slice(i)
                  : text.slice(0, i) + text.slice(i + 1);
          }
          const { summary, warnings } = await inline(name, text);
          expect(rules(warnings)).not.toContain('report/internal-error');
          expect(summary !== undefined || warnings.length > 0).toBe(true);
          for (const w of warnings) expect(w.file).toBe(name);
        },
      ),
      { numRuns: 60 },
    );
  });
});
