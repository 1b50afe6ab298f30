/**
 * CppUnit's `XmlOutputter` and AUnit's (Ada) XML, streamed. Both are a `<TestRun>` root without the
 * VSTest namespace (detection tells them from TRX by their elements): tests in `<SuccessfulTests>` pass,
 * tests in `<FailedTests>` fail (`<FailureType>Error</FailureType>`: errored), each test a `<Test>` or
 * `<FailedTest>` with a `<Name>` and, when failing, a `<Message>`. `<Statistics><Tests>` and
 * `<FailuresTotal>` are the report's own counts, compared with what was read.
 */
import type { TestOutcome } from '../../core/model.js';
import { declaredTotalsWarning, emptyTestSummary, MESSAGE_MAX, recordTest } from '../../core/reports.js';
import { type ReadOptions, ReportReadError, type TestReportRead, type TestReportReader } from './reader.js';
import { parseXmlFile } from './xml.js';

const CAPTURED = new Set(['Name', 'FailureType', 'Message', 'Tests', 'FailuresTotal']);

export async function readCppUnit(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let section: 'passed' | 'failed' | 'skipped' | undefined;
  let inStatistics = false;
  let test: { name: string; failureType: string; message?: string } | undefined;
  let capturing: string | undefined;
  let captured = '';
  // Text is kept inside the element being read, up to a bound: what saxes is asked for (wantsText).
  const keepsText = (): boolean => capturing !== undefined && captured.length < MESSAGE_MAX * 10;
  const declared: { tests?: number; failed?: number } = {};

  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== 'TestRun') {
          throw new ReportReadError(
            `not a CppUnit report: the root element is <${tag.name}>, expected <TestRun>`,
            'cppunit/root',
          );
        }
      }
      if (name === 'SuccessfulTests') section = 'passed';
      else if (name === 'FailedTests') section = 'failed';
      else if (name === 'SkippedTests') section = 'skipped';
      else if (name === 'Statistics') inStatistics = true;
      else if ((name === 'Test' || name === 'FailedTest') && section) test = { name: '', failureType: '' };
      else if (CAPTURED.has(name) && (test || inStatistics)) {
        capturing = name;
        captured = '';
      }
      return undefined;
    },
    close(name) {
      if (name === capturing) {
        capturing = undefined;
        const value = captured.trim();
        if (test) {
          if (name === 'Name') test.name = value;
          else if (name === 'FailureType') test.failureType = value;
          else if (name === 'Message') test.message = value;
        } else if (inStatistics) {
          const n = Number(value);
          if (value !== '' && Number.isFinite(n)) {
            if (name === 'Tests') declared.tests = n;
            else if (name === 'FailuresTotal') declared.failed = n;
          }
        }
      } else if ((name === 'Test' || name === 'FailedTest') && test && section) {
        const outcome: TestOutcome =
          section === 'failed' ? (/error/i.test(test.failureType) ? 'error' : 'failed') : section;
        const separator = test.name.lastIndexOf('::');
        const suite = separator > 0 ? test.name.slice(0, separator) : undefined;
        const testName = separator > 0 ? test.name.slice(separator + 2) : test.name;
        recordTest(summary, outcome, { name: testName, suite, message: test.message });
        test = undefined;
      } else if (name === 'SuccessfulTests' || name === 'FailedTests' || name === 'SkippedTests')
        section = undefined;
      else if (name === 'Statistics') inStatistics = false;
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) captured += text;
    },
  });
  if (declared.tests !== undefined) {
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '<Statistics>',
      tests: declared.tests,
      failed: declared.failed,
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}

export const cppunitReader: TestReportReader = {
  format: 'cppunit',
  read: readCppUnit,
};
