/**
 * JUnit XML, streamed. One reader covers the dialects in use, because they differ only in details:
 * - jest-junit, pytest (`--junitxml`), node --test (`--test-reporter=junit`), go-junit-report:
 *   `<testsuites>` root, `<testsuite>` children, `<testcase>` with `<failure>`, `<error>`, `<skipped>`.
 * - Maven Surefire / Gradle: a `<testsuite>` root; reruns add `<rerunFailure>`/`<rerunError>` next to
 *   `<failure>` (still failing) or `<flakyFailure>`/`<flakyError>` alone (passed on a rerun: a pass).
 * - PHPUnit and node --test nest `<testsuite>` inside `<testsuite>`, and their suite attributes
 *   already include the nested suites' counts, so tests are counted from `<testcase>` elements only
 *   (the suites' `tests=`/`failures=` attributes are used only when a report has no test cases at all).
 * A test case counts once, with the worst of what it holds: `<failure>` (failed), then `<error>`
 * (errored), then `<skipped>`. A test case with both `<skipped>` and `<failure>` is failed: node --test
 * writes a failing `todo` test that way and pytest a failing xfail-strict one, and a failure is never
 * hidden behind a skip mark (docs/reports.md, `junit/skipped-and-failed`).
 * The counts a report declares (`tests=`, `failures=`, `errors=`, `skipped=` on the root, or summed over
 * the top-level suites) are compared with the test cases read; a difference is a warning naming both.
 * A report with declared tests but no `<testcase>` is 0 tests and that warning, never invented passes.
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

/** Characters of a failure element's text kept when it has no `message` attribute. */
const TEXT_KEPT = MESSAGE_MAX * 10;

interface OpenTestCase {
  name: string;
  suite?: string;
  failed: boolean;
  errored: boolean;
  skipped: boolean;
  message?: string;
}

interface AttributeCounts {
  tests: number;
  failures?: number;
  errors?: number;
  skipped?: number;
}

function attributeCounts(tag: SaxesTagPlain): AttributeCounts | undefined {
  const tests = numberAttribute(tag, 'tests');
  if (tests === undefined) return undefined;
  return {
    tests,
    failures: numberAttribute(tag, 'failures'),
    errors: numberAttribute(tag, 'errors'),
    skipped:
      numberAttribute(tag, 'skipped') ?? numberAttribute(tag, 'skip') ?? numberAttribute(tag, 'disabled'),
  };
}

function addCounts(into: AttributeCounts, counts: AttributeCounts): void {
  into.tests += counts.tests;
  const add = (a: number | undefined, b: number | undefined) =>
    a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
  into.failures = add(into.failures, counts.failures);
  into.errors = add(into.errors, counts.errors);
  into.skipped = add(into.skipped, counts.skipped);
}

function declaredOf(counts: AttributeCounts, where: string): DeclaredTotals {
  const failed =
    counts.failures === undefined && counts.errors === undefined
      ? undefined
      : (counts.failures ?? 0) + (counts.errors ?? 0);
  return { where, tests: counts.tests, failed, skipped: counts.skipped };
}

/** Reads one JUnit XML file. Exported on its own for the bench, which measures it directly. */
export async function readJUnit(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let rootName = '';
  let nestedSuites = false;
  let casesOutsideSuites = false;
  let rootTime: number | undefined;
  let rootCounts: AttributeCounts | undefined;
  const suiteNames: string[] = [];
  let topSuiteTime: number | undefined;
  const topSuiteCounts: AttributeCounts = { tests: 0 };
  let topSuitesWithCounts = 0;
  let test: OpenTestCase | undefined;
  // Text of the failure or error element whose message is its text (no `message` attribute).
  let capturing: string | undefined;
  let captured = '';
  // Text is kept inside the element being read, up to a bound: what saxes is asked for (wantsText).
  const keepsText = (): boolean => capturing !== undefined && captured.length < TEXT_KEPT;

  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== 'testsuites' && name !== 'testsuite') {
          throw new ReportReadError(
            `not a JUnit report: the root element is <${tag.name}>, expected <testsuites> or <testsuite>`,
            'junit/root',
          );
        }
        rootName = tag.name;
        rootTime = numberAttribute(tag, 'time');
        rootCounts = attributeCounts(tag);
      }
      if (test) {
        switch (name) {
          case 'failure':
          case 'rerunFailure':
            test.failed = true;
            break;
          case 'error':
          case 'rerunError':
            test.errored = true;
            break;
          case 'skipped':
            test.skipped = true;
            return undefined;
          default:
            return undefined;
        }
        if (test.message === undefined && capturing === undefined) {
          const message = tag.attributes.message?.trim();
          if (message) test.message = message;
          else {
            capturing = name;
            captured = '';
          }
        }
        return undefined;
      }
      if (name === 'testsuite') {
        if (suiteNames.length === 0) {
          const time = numberAttribute(tag, 'time');
          if (time !== undefined) topSuiteTime = (topSuiteTime ?? 0) + time;
          const counts = attributeCounts(tag);
          if (counts) {
            topSuitesWithCounts++;
            addCounts(topSuiteCounts, counts);
          }
        }
        if (suiteNames.length > 0) nestedSuites = true;
        suiteNames.push(tag.attributes.name ?? '');
      } else if (name === 'testcase') {
        if (suiteNames.length === 0) casesOutsideSuites = true;
        test = {
          name: tag.attributes.name ?? '',
          suite: tag.attributes.classname || suiteNames[suiteNames.length - 1] || undefined,
          failed: false,
          errored: false,
          skipped: false,
        };
      }
      return undefined;
    },
    close(name) {
      if (capturing === name) {
        capturing = undefined;
        if (test && captured.trim()) test.message = captured;
      } else if (name === 'testcase' && test) {
        const outcome: TestOutcome = test.failed
          ? 'failed'
          : test.errored
            ? 'error'
            : test.skipped
              ? 'skipped'
              : 'passed';
        recordTest(summary, outcome, { name: test.name, suite: test.suite, message: test.message });
        test = undefined;
      } else if (name === 'testsuite' && !test) {
        suiteNames.pop();
      }
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) captured += text.slice(0, TEXT_KEPT);
    },
  });

  // Without totals on the root, the top-level suites' sum is compared only when it can mean the same
  // thing: no test case outside a suite, and no nested suites (PHPUnit counts a nested suite's tests in
  // its parent, node --test counts the nested suite as one test).
  const declared = rootCounts
    ? declaredOf(rootCounts, `<${rootName}>`)
    : topSuitesWithCounts > 0 && !nestedSuites && !casesOutsideSuites
      ? declaredOf(topSuiteCounts, topSuitesWithCounts > 1 ? 'the <testsuite> elements' : '<testsuite>')
      : undefined;
  const disagreement = declared && declaredTotalsWarning(displayPath, summary, declared);
  if (disagreement) warnings.push(disagreement);
  const duration = rootTime ?? topSuiteTime;
  if (duration !== undefined) summary.durationSeconds = duration;
  return { summary, warnings };
}

export const junitReader: TestReportReader = {
  format: 'junit',
  read: readJUnit,
};
