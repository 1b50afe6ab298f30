/**
 * .NET TRX (`dotnet test --logger trx`, VSTest, MSTest), streamed: `<TestRun>` root, one result per
 * test under `<Results>`, the failure text in `<Output><ErrorInfo><Message>`.
 * - A result is any element directly inside `<Results>` or `<InnerResults>`: `<UnitTestResult>` from
 *   most runners, `<TestResultAggregation>` from NUnit's and older MSTest's adapters, and the rest of
 *   the family (`<WebTestResult>`, `<GenericTestResult>`, …).
 * - Data-driven tests nest one result per data row in `<InnerResults>`: the rows are the tests and the
 *   parent (their sum) is not counted, the rule TAP subtests follow too (`trx/inner-results`).
 * - `Aborted` means the run stopped before the test finished: it is skipped, not failed, and a warning
 *   says how many were aborted (`trx/aborted`).
 * - `<ResultSummary><Counters>` is the report's own count, compared with what was read.
 */

import type { ReportWarning, TestOutcome } from '../../core/model.js';
import { declaredTotalsWarning, emptyTestSummary, MESSAGE_MAX, recordTest } from '../../core/reports.js';
import { type ReadOptions, ReportReadError, type TestReportRead, type TestReportReader } from './reader.js';
import { numberAttribute, parseXmlFile } from './xml.js';

/**
 * VSTest's outcomes (Microsoft.VisualStudio.TestTools TestOutcome). Failed and Timeout are failures;
 * Error and Disconnected are errors; the not-run family and Aborted are skipped.
 */
const OUTCOMES: Record<string, TestOutcome> = {
  passed: 'passed',
  passedbutrunaborted: 'passed',
  completed: 'passed',
  warning: 'passed',
  failed: 'failed',
  timeout: 'failed',
  error: 'error',
  disconnected: 'error',
  aborted: 'skipped',
  notexecuted: 'skipped',
  notrunnable: 'skipped',
  inconclusive: 'skipped',
  pending: 'skipped',
  inprogress: 'skipped',
};

interface OpenResult {
  name: string;
  outcome: TestOutcome;
  /** Depth of the result element, to know which close tag ends it. */
  depth: number;
  hasInner: boolean;
  message?: string;
}

export async function readTrx(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  // Element names from the root down to the element being read.
  const path: string[] = [];
  // Results being read, outermost first (a data-driven parent, then its rows).
  const open: OpenResult[] = [];
  let inMessage = false;
  let message = '';
  // Text is kept inside the element being read, up to a bound: what saxes is asked for (wantsText).
  const keepsText = (): boolean => inMessage && message.length < MESSAGE_MAX * 10;
  let start: number | undefined;
  let finish: number | undefined;
  let aborted = 0;
  // Data-driven parents (not counted as tests), and how many of them failed: <Counters> counts them.
  let parents = 0;
  let failedParents = 0;
  let counters: { total?: number; failed: number } | undefined;

  const warnings: ReportWarning[] = await parseXmlFile(absPath, displayPath, {
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
      const parent = path[path.length - 1];
      path.push(name);
      if ((parent === 'Results' || parent === 'InnerResults') && tag.attributes.outcome !== undefined) {
        const outer = open[open.length - 1];
        if (outer) outer.hasInner = true;
        const raw = tag.attributes.outcome.toLowerCase();
        if (raw === 'aborted') aborted++;
        open.push({
          name: tag.attributes.testName ?? '',
          outcome: OUTCOMES[raw] ?? 'skipped',
          depth: path.length,
          hasInner: false,
        });
      } else if (name === 'Message' && open.length > 0 && open[open.length - 1]?.message === undefined) {
        inMessage = true;
        message = '';
      } else if (name === 'Times') {
        start = Date.parse(tag.attributes.start ?? '');
        finish = Date.parse(tag.attributes.finish ?? '');
      } else if (name === 'Counters' && parent === 'ResultSummary') {
        const count = (key: string) => numberAttribute(tag, key) ?? 0;
        counters = {
          total: numberAttribute(tag, 'total'),
          failed: count('failed') + count('error') + count('timeout'),
        };
      }
      return undefined;
    },
    close(name) {
      const depth = path.length;
      path.pop();
      if (name === 'Message' && inMessage) {
        inMessage = false;
        const result = open[open.length - 1];
        if (result) result.message = message;
        return;
      }
      const result = open[open.length - 1];
      if (result && result.depth === depth) {
        open.pop();
        if (!result.hasInner) {
          recordTest(summary, result.outcome, { name: result.name, message: result.message });
        } else {
          parents++;
          if (result.outcome === 'failed' || result.outcome === 'error') failedParents++;
        }
      }
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) message += text;
    },
  });
  if (start !== undefined && finish !== undefined && Number.isFinite(start) && Number.isFinite(finish)) {
    summary.durationSeconds = Math.max(0, (finish - start) / 1000);
  }
  if (aborted > 0) {
    warnings.push({
      file: displayPath,
      message: `${aborted} ${aborted === 1 ? 'test was' : 'tests were'} aborted (the run stopped before ${aborted === 1 ? 'it' : 'they'} finished); counted as skipped`,
      rule: 'trx/aborted',
    });
  }
  if (counters) {
    // <Counters> counts every result element, data-driven parents and their rows alike.
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: '<ResultSummary><Counters>, less data-driven parents',
      tests: counters.total === undefined ? undefined : counters.total - parents,
      failed: counters.failed - failedParents,
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}

export const trxReader: TestReportReader = {
  format: 'trx',
  read: readTrx,
};
