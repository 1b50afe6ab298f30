/**
 * Dart and Flutter (`dart test --reporter json`, `flutter test --machine`): one JSON event per line,
 * streamed. A test is a `testStart` event and its `testDone`: `result` `success` passes (or is skipped
 * when `skipped` is true), `failure` fails, `error` errors; the message is the first `error` event's.
 * Hidden tests (`loading foo_test.dart`, `(setUpAll)`) are the runner's own and are not counted while
 * they succeed; a hidden test that fails (a test file that does not compile) is an errored entry, so a
 * broken file is never read as "no tests". A test that started and never finished is errored, with a
 * warning, and so is a run with no `done` event.
 */
import type { TestOutcome } from '../../core/model.js';
import { emptyTestSummary, recordTest } from '../../core/reports.js';
import { asNumber, asString, forEachJsonLine, isRecord } from './json.js';
import type { ReadOptions, TestReportRead, TestReportReader } from './reader.js';

interface StartedTest {
  name: string;
  suite?: string;
  message?: string;
}

export async function readDartJson(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const summary = emptyTestSummary(displayPath, options);
  const suites = new Map<number, string>();
  const started = new Map<number, StartedTest>();
  let done = false;
  let lastTime: number | undefined;

  const warnings = await forEachJsonLine(absPath, displayPath, 'Dart test JSON', (event) => {
    const type = asString(event.type);
    const time = asNumber(event.time);
    if (time !== undefined) lastTime = Math.max(lastTime ?? time, time);
    switch (type) {
      case 'suite': {
        const suite = isRecord(event.suite) ? event.suite : undefined;
        const id = asNumber(suite?.id);
        const path = asString(suite?.path);
        if (id !== undefined && path) suites.set(id, path);
        break;
      }
      case 'testStart': {
        const test = isRecord(event.test) ? event.test : undefined;
        const id = asNumber(test?.id);
        if (id === undefined || !test) break;
        const suiteId = asNumber(test.suiteID);
        started.set(id, {
          name: asString(test.name) ?? '',
          suite: suiteId === undefined ? undefined : suites.get(suiteId),
        });
        break;
      }
      case 'error': {
        const test = started.get(asNumber(event.testID) ?? -1);
        if (test && test.message === undefined) test.message = asString(event.error);
        break;
      }
      case 'testDone': {
        const id = asNumber(event.testID) ?? -1;
        const test = started.get(id);
        if (!test) break;
        started.delete(id);
        const result = asString(event.result);
        const outcome: TestOutcome =
          result === 'failure'
            ? 'failed'
            : result === 'error'
              ? 'error'
              : event.skipped === true
                ? 'skipped'
                : 'passed';
        if (event.hidden === true && outcome !== 'failed' && outcome !== 'error') break;
        recordTest(summary, outcome, { name: test.name, suite: test.suite, message: test.message });
        break;
      }
      case 'done':
        done = true;
        break;
    }
  });
  for (const test of started.values()) {
    recordTest(summary, 'error', {
      name: test.name,
      suite: test.suite,
      message: 'started but never finished',
    });
  }
  if (started.size > 0 || !done) {
    warnings.push({
      file: displayPath,
      message:
        started.size > 0
          ? `${started.size} ${started.size === 1 ? 'test started but has' : 'tests started but have'} no result (the run was cut short); counted as errored`
          : 'the run has no "done" event: it may have been cut short',
      rule: 'dart-json/unfinished',
    });
  }
  if (lastTime !== undefined) summary.durationSeconds = lastTime / 1000;
  return { summary, warnings };
}

export const dartJsonReader: TestReportReader = {
  format: 'dart-json',
  read: readDartJson,
};
