/**
 * NUnit XML, streamed: NUnit 3 (`<test-run>` from nunit3-console and the NUnit 3 adapters), NUnit 2.x
 * (`<test-results>`), and a bare `<test-suite>` root that some converters write.
 * - Each `<test-case>` is one test; `<test-suite>` elements (assemblies, namespaces, fixtures,
 *   parameterised methods) only group them.
 * - Outcomes follow each version's own totals, so a report's counters and its test cases agree:
 *   NUnit 3 `Passed` and `Warning` pass, `Failed` fails (label `Error` or `Invalid`: errored; NUnit 3
 *   counts invalid tests as failed), `Skipped` and `Inconclusive` are skipped. NUnit 2 `Success` passes,
 *   `Failure` fails, `Error` errors, `Cancelled` fails, and the not-run family (`Ignored`, `Skipped`,
 *   `NotRunnable`, `Inconclusive`, `executed="False"`) is skipped. NUnit 2.2 and older write no
 *   `result`: `success="True"` passes, `success="False"` fails.
 * - Declared totals: NUnit 3 `total`/`failed`/`skipped`+`inconclusive`; NUnit 2 `total`+`not-run`
 *   (its `total` leaves out tests that did not run), `failures`+`errors`, `not-run`+`inconclusive`.
 */
import type { SaxesTagPlain } from 'saxes';
import type { TestOutcome } from '../../core/model.js';
import {
  type DeclaredTotals,
  declaredTotalsWarning,
  emptyTestSummary,
  MESSAGE_MAX,
  recordTest,
} from '../../core/reports.js';
import { type ReadOptions, ReportReadError, type TestReportRead, type TestReportReader } from './reader.js';
import { numberAttribute, parseXmlFile } from './xml.js';

function outcomeOf(tag: SaxesTagPlain): TestOutcome {
  const result = (tag.attributes.result ?? '').toLowerCase();
  const label = (tag.attributes.label ?? '').toLowerCase();
  switch (result) {
    case 'passed':
    case 'success':
    case 'warning':
      return 'passed';
    case 'failed':
      return label === 'error' || label === 'invalid' ? 'error' : 'failed';
    case 'failure':
    case 'cancelled':
      return 'failed';
    case 'error':
      return 'error';
    case '': {
      // NUnit 2.2 and older: no `result`, only `executed` and `success`.
      const executed = (tag.attributes.executed ?? 'true').toLowerCase() !== 'false';
      const success = tag.attributes.success?.toLowerCase();
      if (!executed || success === undefined) return 'skipped';
      return success === 'true' ? 'passed' : 'failed';
    }
    default:
      return 'skipped';
  }
}

function declaredOf(tag: SaxesTagPlain, version3: boolean): DeclaredTotals | undefined {
  const n = (key: string) => numberAttribute(tag, key);
  const total = n('total');
  if (total === undefined) return undefined;
  const where = `<${tag.name}>`;
  if (version3) {
    const skipped = n('skipped');
    return {
      where,
      tests: total,
      failed: n('failed'),
      skipped: skipped === undefined ? undefined : skipped + (n('inconclusive') ?? 0),
    };
  }
  const notRun = n('not-run');
  const failures = n('failures');
  return {
    where,
    tests: total + (notRun ?? 0),
    failed: failures === undefined ? undefined : failures + (n('errors') ?? 0),
    skipped: notRun === undefined ? undefined : notRun + (n('inconclusive') ?? 0),
  };
}

export async function readNUnit(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let declared: DeclaredTotals | undefined;
  // Fixture names of the enclosing `<test-suite>` elements (undefined for other suite types).
  const suites: (string | undefined)[] = [];
  let test: { name: string; suite?: string; outcome: TestOutcome; message?: string } | undefined;
  let inMessage = false;
  let message = '';
  // Text is kept inside the element being read, up to a bound: what saxes is asked for (wantsText).
  const keepsText = (): boolean => inMessage && message.length < MESSAGE_MAX * 10;
  let duration: number | undefined;

  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== 'test-run' && name !== 'test-results' && name !== 'test-suite') {
          throw new ReportReadError(
            `not an NUnit report: the root element is <${tag.name}>, expected <test-run>, <test-results> or <test-suite>`,
            'nunit/root',
          );
        }
        if (name !== 'test-suite') declared = declaredOf(tag, name === 'test-run');
        const seconds = numberAttribute(tag, 'duration') ?? numberAttribute(tag, 'time');
        if (seconds !== undefined && name !== 'test-results') duration = seconds;
      }
      if (name === 'test-suite') {
        const type = tag.attributes.type ?? '';
        const fixture = /fixture/i.test(type) ? (tag.attributes.fullname ?? tag.attributes.name) : undefined;
        suites.push(fixture);
        if (suites.length === 1 && duration === undefined && declared === undefined) {
          duration = numberAttribute(tag, 'duration') ?? numberAttribute(tag, 'time');
        }
      } else if (name === 'test-case') {
        const classname = tag.attributes.classname;
        const fixture = [...suites].reverse().find((s) => s !== undefined);
        const suite = classname ?? fixture;
        let testName = tag.attributes.name ?? tag.attributes.fullname ?? '';
        // NUnit 2 names a test by its full name; with the fixture as suite, keep only the method part.
        if (!classname && suite && testName.startsWith(`${suite}.`))
          testName = testName.slice(suite.length + 1);
        test = { name: testName, suite, outcome: outcomeOf(tag) };
        if (tag.attributes.executed?.toLowerCase() === 'false') test.outcome = 'skipped';
      } else if (name === 'message' && test && test.message === undefined) {
        inMessage = true;
        message = '';
      }
      return undefined;
    },
    close(name) {
      if (name === 'message' && inMessage) {
        inMessage = false;
        if (test) test.message = message;
      } else if (name === 'test-case' && test) {
        recordTest(summary, test.outcome, { name: test.name, suite: test.suite, message: test.message });
        test = undefined;
      } else if (name === 'test-suite') suites.pop();
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) message += text;
    },
  });
  if (duration !== undefined) summary.durationSeconds = duration;
  const disagreement = declared && declaredTotalsWarning(displayPath, summary, declared);
  if (disagreement) warnings.push(disagreement);
  return { summary, warnings };
}

export const nunitReader: TestReportReader = {
  format: 'nunit',
  read: readNUnit,
};
