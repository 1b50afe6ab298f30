/**
 * Check's XML (the C unit-test framework, `CK_XML_LOG_FILE_NAME` / `srunner_set_xml`), streamed:
 * `<testsuites xmlns="http://check.sourceforge.net/ns">` with `<suite><title>` and `<test
 * result="success|failure|error">` holding `<id>` (the test function), `<description>` (its test case)
 * and `<message>`. Detection tells it from JUnit by that namespace: it shares the root element name
 * but none of JUnit's structure.
 */
import type { TestOutcome } from '../../core/model.js';
import { emptyTestSummary, MESSAGE_MAX, recordTest } from '../../core/reports.js';
import {
  outcomeOfStatus,
  type ReadOptions,
  ReportReadError,
  type TestReportRead,
  type TestReportReader,
} from './reader.js';
import { parseXmlFile } from './xml.js';

const CAPTURED = new Set(['title', 'id', 'description', 'message', 'duration']);

export async function readCheck(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const summary = emptyTestSummary(displayPath, options);
  let rootSeen = false;
  let suiteTitle: string | undefined;
  let inSuite = false;
  let test: { outcome: TestOutcome; id: string; description: string; message?: string } | undefined;
  let capturing: string | undefined;
  let captured = '';
  // Text is kept inside the element being read, up to a bound: what saxes is asked for (wantsText).
  const keepsText = (): boolean => capturing !== undefined && captured.length < MESSAGE_MAX * 10;
  let duration: number | undefined;

  const warnings = await parseXmlFile(absPath, displayPath, {
    open(tag, name) {
      if (!rootSeen) {
        rootSeen = true;
        if (name !== 'testsuites') {
          throw new ReportReadError(
            `not a Check report: the root element is <${tag.name}>, expected <testsuites>`,
            'check/root',
          );
        }
      }
      if (name === 'suite') {
        inSuite = true;
        suiteTitle = undefined;
      } else if (name === 'test' && inSuite) {
        test = { outcome: outcomeOfStatus(tag.attributes.result), id: '', description: '' };
      } else if (CAPTURED.has(name)) {
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
          if (name === 'id') test.id = value;
          else if (name === 'description') test.description = value;
          else if (name === 'message') test.message = value;
        } else if (name === 'title' && inSuite) suiteTitle = value;
        else if (name === 'duration' && !inSuite) {
          const seconds = Number(value);
          if (value !== '' && Number.isFinite(seconds)) duration = seconds;
        }
      } else if (name === 'test' && test) {
        const suite = [suiteTitle, test.description].filter(Boolean).join(' › ') || undefined;
        recordTest(summary, test.outcome, {
          name: test.id,
          suite,
          message: test.outcome === 'passed' ? undefined : test.message,
        });
        test = undefined;
      } else if (name === 'suite') inSuite = false;
    },
    wantsText: keepsText,
    text(text) {
      if (keepsText()) captured += text;
    },
  });
  if (duration !== undefined) summary.durationSeconds = duration;
  return { summary, warnings };
}

export const checkReader: TestReportReader = {
  format: 'check',
  read: readCheck,
};
