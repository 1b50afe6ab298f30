/**
 * xUnit.net XML (`--xml`, the v2 format that v3 keeps; also Fixie and other runners that write it):
 * `<assemblies><assembly total= passed= failed= skipped=><collection><test result=>`, and the v1 format
 * (`<assembly>` root, tests inside `<class>`), streamed.
 * - `<test result="Pass|Fail|Skip|NotRun">`: NotRun (v3, an explicit test not asked for) is skipped.
 * - `<errors><error type= name=>` are failures outside any test (a fixture or assembly clean-up that
 *   threw): each is counted as an errored test, so a broken clean-up is never hidden, and the declared
 *   totals are compared with that in mind (`errors=` is added to `total=`).
 */
import type { TestOutcome } from '../../core/model.js';
import { declaredTotalsWarning, emptyTestSummary, MESSAGE_MAX, recordTest } from '../../core/reports.js';
import {
  outcomeOfStatus,
  type ReadOptions,
  ReportReadError,
  type TestReportRead,
  type TestReportReader,
} from './reader.js';
import { numberAttribute, parseXmlFile } from './xml.js';

export async function readXUnit(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  const declared = { tests: 0, failed: 0, skipped: 0, seen: 0 };
  let test: { name: string; suite?: string; outcome: TestOutcome; message?: string } | undefined;
  let inErrors = false;
  let inMessage = false;
  let message = '';
  // Text is kept inside the element being read, up to a bound: what saxes is asked for (wantsText).
  const keepsText = (): boolean => inMessage && message.length < MESSAGE_MAX * 10;
  let duration: number | undefined;

  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== 'assemblies' && name !== 'assembly') {
          throw new ReportReadError(
            `not an xUnit.net report: the root element is <${tag.name}>, expected <assemblies> or <assembly>`,
            'xunit/root',
          );
        }
      }
      switch (name) {
        case 'assembly': {
          const total = numberAttribute(tag, 'total');
          if (total !== undefined) {
            const errors = numberAttribute(tag, 'errors') ?? 0;
            declared.seen++;
            declared.tests += total + errors;
            declared.failed += (numberAttribute(tag, 'failed') ?? 0) + errors;
            declared.skipped += numberAttribute(tag, 'skipped') ?? 0;
          }
          const time = numberAttribute(tag, 'time');
          if (time !== undefined) duration = (duration ?? 0) + time;
          break;
        }
        case 'errors':
          inErrors = true;
          break;
        case 'error':
          if (inErrors) {
            const kind = tag.attributes.type ?? 'error';
            test = { name: `[${kind}] ${tag.attributes.name ?? ''}`.trim(), outcome: 'error' };
          }
          break;
        case 'test': {
          const type = tag.attributes.type;
          let testName = tag.attributes.name ?? tag.attributes.method ?? '';
          if (type && testName.startsWith(`${type}.`)) testName = testName.slice(type.length + 1);
          test = { name: testName, suite: type, outcome: outcomeOfStatus(tag.attributes.result) };
          break;
        }
        case 'message':
          if (test && test.message === undefined) {
            inMessage = true;
            message = '';
          }
          break;
      }
      return undefined;
    },
    close(name) {
      if (name === 'message' && inMessage) {
        inMessage = false;
        if (test) test.message = message;
      } else if ((name === 'test' || (name === 'error' && inErrors)) && test) {
        recordTest(summary, test.outcome, { name: test.name, suite: test.suite, message: test.message });
        test = undefined;
      } else if (name === 'errors') inErrors = false;
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) message += text;
    },
  });
  if (duration !== undefined) summary.durationSeconds = duration;
  if (declared.seen > 0) {
    const disagreement = declaredTotalsWarning(displayPath, summary, {
      where: declared.seen > 1 ? 'the <assembly> elements' : '<assembly>',
      tests: declared.tests,
      failed: declared.failed,
      skipped: declared.skipped,
    });
    if (disagreement) warnings.push(disagreement);
  }
  return { summary, warnings };
}

export const xunitReader: TestReportReader = {
  format: 'xunit',
  read: readXUnit,
};
