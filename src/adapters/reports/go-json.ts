/**
 * `go test -json` (test2json events, one JSON object per line), streamed. A test is each
 * `{"Action":"pass"|"fail"|"skip","Test":…}` event: subtests (`TestA/case_1`) and their parent are
 * each a test, as `go test`, gotestsum and go-junit-report count them (the parent is a test function
 * that can fail on its own). A package that fails with no failing test (a build error, a panic in
 * `TestMain`, a timeout) is one errored entry named after the package, so it is never a silent pass.
 * Tests that started (`run`) but never ended (the binary was killed) are errored too, with a warning.
 * Go before 1.24 reports a package that does not compile as a plain `FAIL <pkg> [build failed]` line
 * inside the JSON stream: that is an errored entry `[build failed]` too.
 */
import type { TestOutcome } from '../../core/model.js';
import { emptyTestSummary, recordTest } from '../../core/reports.js';
import { asNumber, asString, forEachJsonLine } from './json.js';
import type { ReadOptions, TestReportRead, TestReportReader } from './reader.js';

const ACTIONS: Record<string, TestOutcome> = { pass: 'passed', fail: 'failed', skip: 'skipped' };
/** Output lines kept per running test, for the failure message. */
const OUTPUT_KEPT = 20;

export async function readGoJson(
  absPath: string,
  displayPath: string,
  options: ReadOptions = {},
): Promise<TestReportRead> {
  const summary = emptyTestSummary(displayPath, options);
  // Output of tests still running, keyed by package and test, for the failure message.
  const output = new Map<string, string[]>();
  const running = new Map<string, { pkg: string; test: string }>();
  const packagesWithFailures = new Set<string>();
  let elapsed: number | undefined;
  // Plain-text lines before a `FAIL … [build failed]` line: the compiler's message.
  const compilerLines: string[] = [];

  const warnings = await forEachJsonLine(
    absPath,
    displayPath,
    'go test -json',
    (event) => {
      const action = asString(event.Action);
      const pkg = asString(event.Package) ?? '';
      const test = asString(event.Test);
      if (!action) return;
      if (test === undefined) {
        if (action === 'fail' && !packagesWithFailures.has(pkg)) {
          const lines = output.get(`${pkg}\n`) ?? [];
          const message =
            lines.find((l) => /\S/.test(l) && !/^(?:FAIL|ok)\b/.test(l.trim())) ?? 'package failed';
          recordTest(summary, 'error', { name: '[package failed]', suite: pkg, message });
        }
        if (action === 'pass' || action === 'fail' || action === 'skip') {
          const seconds = asNumber(event.Elapsed);
          if (seconds !== undefined) elapsed = (elapsed ?? 0) + seconds;
          output.delete(`${pkg}\n`);
        } else if (action === 'output') {
          const lines = output.get(`${pkg}\n`) ?? [];
          if (lines.length < OUTPUT_KEPT) lines.push(asString(event.Output) ?? '');
          output.set(`${pkg}\n`, lines);
        }
        return;
      }
      const key = `${pkg}\n${test}`;
      if (action === 'run') running.set(key, { pkg, test });
      else if (action === 'output') {
        const lines = output.get(key) ?? [];
        if (lines.length < OUTPUT_KEPT) lines.push(asString(event.Output) ?? '');
        output.set(key, lines);
      } else {
        const outcome = ACTIONS[action];
        if (!outcome) return;
        running.delete(key);
        const lines = output.get(key) ?? [];
        output.delete(key);
        let message: string | undefined;
        if (outcome === 'failed') {
          packagesWithFailures.add(pkg);
          message = lines
            .map((l) => l.trim())
            .find((l) => l && !/^(?:=== (?:RUN|PAUSE|CONT|NAME)|--- (?:FAIL|PASS|SKIP))\b/.test(l));
        }
        recordTest(summary, outcome, { name: test, suite: pkg, message });
      }
    },
    (text) => {
      // Go before 1.24 prints a package that does not build as plain text, even with -json:
      // `FAIL\t<package> [build failed]`, after the compiler's lines when stderr is in the stream too.
      const failed = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]/.exec(text);
      if (failed) {
        const pkg = failed[1] ?? '';
        packagesWithFailures.add(pkg);
        const message = compilerLines.find((l) => !l.startsWith('#')) ?? `${failed[2]} failed`;
        recordTest(summary, 'error', { name: `[${failed[2]} failed]`, suite: pkg, message });
        compilerLines.length = 0;
        return true;
      }
      if (compilerLines.length < OUTPUT_KEPT) compilerLines.push(text);
      return /^#\s/.test(text) || /^\S+\.go:\d+/.test(text);
    },
  );
  for (const { pkg, test } of running.values()) {
    recordTest(summary, 'error', { name: test, suite: pkg, message: 'started but never finished' });
  }
  if (running.size > 0) {
    warnings.push({
      file: displayPath,
      message: `${running.size} ${running.size === 1 ? 'test started but has' : 'tests started but have'} no result (the run was cut short); counted as errored`,
      rule: 'go-json/unfinished',
    });
  }
  if (elapsed !== undefined) summary.durationSeconds = elapsed;
  return { summary, warnings };
}

export const goJsonReader: TestReportReader = {
  format: 'go-json',
  read: readGoJson,
};
