/**
 * .NET TRX (`dotnet test --logger trx`, VSTest), streamed: `<TestRun>` root, one
 * `<Results><UnitTestResult testName= outcome=>` per test, the failure text in
 * `<Output><ErrorInfo><Message>`. Data-driven tests nest their rows in `<InnerResults>`; the parent
 * result already stands for them, so only results outside `<InnerResults>` are counted.
 */

import type { TestOutcome } from '../../core/model.js';
import { emptyTestSummary, MESSAGE_MAX, recordTest } from '../../core/reports.js';
import { ReportReadError, type TestReportRead, type TestReportReader } from './reader.js';
import { parseXmlFile } from './xml.js';

/**
 * VSTest's outcomes (Microsoft.VisualStudio.TestTools TestOutcome). Timeout and Aborted are failures;
 * the not-run family is skipped; Error and Disconnected are errors.
 */
const OUTCOMES: Record<string, TestOutcome> = {
  passed: 'passed',
  passedbutrunaborted: 'passed',
  completed: 'passed',
  warning: 'passed',
  failed: 'failed',
  timeout: 'failed',
  aborted: 'failed',
  error: 'error',
  disconnected: 'error',
  notexecuted: 'skipped',
  notrunnable: 'skipped',
  inconclusive: 'skipped',
  pending: 'skipped',
  inprogress: 'skipped',
};

export async function readTrx(absPath: string, displayPath: string): Promise<TestReportRead> {
  const summary = emptyTestSummary(displayPath);
  let rootSeen = false;
  let innerDepth = 0;
  let result: { name: string; outcome: TestOutcome; message?: string } | undefined;
  let inMessage = false;
  let message = '';
  let start: number | undefined;
  let finish: number | undefined;

  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== 'TestRun') {
          throw new ReportReadError(
            `not a TRX report: the root element is <${tag.name}>, expected <TestRun>`,
            'trx/root',
          );
        }
      }
      if (name === 'InnerResults') innerDepth++;
      else if (name === 'UnitTestResult' && innerDepth === 0) {
        result = {
          name: tag.attributes.testName ?? '',
          outcome: OUTCOMES[(tag.attributes.outcome ?? '').toLowerCase()] ?? 'skipped',
        };
      } else if (name === 'Message' && result && result.message === undefined) {
        inMessage = true;
        message = '';
      } else if (name === 'Times') {
        start = Date.parse(tag.attributes.start ?? '');
        finish = Date.parse(tag.attributes.finish ?? '');
      }
      return undefined;
    },
    close(name) {
      if (name === 'InnerResults') innerDepth--;
      else if (name === 'Message' && inMessage) {
        inMessage = false;
        if (result) result.message = message;
      } else if (name === 'UnitTestResult' && innerDepth === 0 && result) {
        recordTest(summary, result.outcome, { name: result.name, message: result.message });
        result = undefined;
      }
    },
    text(text) {
      if (inMessage && message.length < MESSAGE_MAX * 10) message += text;
    },
  });
  if (start !== undefined && finish !== undefined && Number.isFinite(start) && Number.isFinite(finish)) {
    summary.durationSeconds = Math.max(0, (finish - start) / 1000);
  }
  return { summary, warnings };
}

export const trxReader: TestReportReader = {
  format: 'trx',
  read: (absPath, displayPath) => readTrx(absPath, displayPath),
};
