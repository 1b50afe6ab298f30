/**
 * TAP 13 and 14 (node --test's `tap` reporter, node-tap, tape, prove, Test2), read line by line.
 * - `ok N - name` / `not ok N - name`, with `# SKIP` or `# TODO` directives (a directive starts at a
 *   `#` after white space; `\#` and `name#skip` are part of the name). A skipped test is skipped even
 *   when `not ok`; a TODO test counts by its result: `not ok # TODO` is failed, so nothing that failed
 *   is hidden (`tap/todo`, the rule JUnit's skipped-and-failed follows too).
 * - Subtests are indented (4 spaces), announced by `# Subtest: name` and summed up by the parent's own
 *   test point after them, or buffered (TAP 14: `ok 1 - name {` before them, `}` after). Tests are
 *   counted at the leaves; a parent is counted only when it fails while none of its subtests did (a
 *   failing hook), so no failure is hidden and no test is counted twice (`tap/leaves`). An indented test
 *   point at an indentation that is not a multiple of 4 is not a subtest; it is ignored.
 * - YAML diagnostics between `---` and `...` under a test point give the failure message (`message:` or
 *   node's `error:`). A block ends at `...`, or at the first line indented less than its `---` (a block
 *   whose `...` is missing never swallows the lines after it).
 * - The top-level plan `1..N` is the report's own count: no plan, test points numbered outside it, out
 *   of order or repeated, and a count that differs from it are warnings.
 * - `Bail out!` stops the run: one errored entry named `Bail out!`, plus a warning.
 */
import type { ReportWarning, TestOutcome } from '../../core/model.js';
import { emptyTestSummary, recordTest } from '../../core/reports.js';
import { type ReadOptions, ReportReadError, type TestReportRead, type TestReportReader } from './reader.js';
import { forEachLine } from './text.js';

const TEST_POINT = /^(not ok|ok)\b\s*(\d+)?\s*(?:-\s+)?(.*)$/;
// A directive starts at an unescaped `#` after white space: `# SKIP reason`, `# skipped`, `# TODO`.
const DIRECTIVE = /(?:^|\s)#\s*(skip|todo)\S*\s*:?\s*(.*)$/i;
const PLAN = /^1\.\.(\d+)\b/;
const BAIL_OUT = /^Bail out!\s*(.*)$/i;
const SUBTEST = /^#\s*Subtest\b:?\s*(.*)$/i;
const YAML_MESSAGE = /^(message|error):\s*(.*)$/;

interface PendingTest {
  outcome: TestOutcome;
  name: string;
  suite?: string;
  message?: string;
}

interface BufferedParent {
  indent: number;
  notOk: boolean;
  kind?: string;
  name: string;
  suite?: string;
}

/** The scalar value on a YAML `key: value` line, without quotes; undefined for a block scalar (`|-`, `>`). */
function yamlScalar(raw: string): string | undefined {
  const value = raw.trim();
  if (/^[|>][+-]?\d*$/.test(value)) return undefined;
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'"))
    return value.slice(1, -1).replace(/''/g, "'");
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
    return value.slice(1, -1).replace(/\\"/g, '"');
  return value;
}

export interface TapReadOptions extends ReadOptions {
  /**
   * `leaves` (the rule, see above) or `top-level`: only the top-level test points, each by its own
   * result, the way tap-parser and the plan count. The corpus check uses it to show that a difference
   * from tap-parser's counts is this rule and nothing else.
   */
  tapCount?: 'leaves' | 'top-level';
}

export async function readTap(
  absPath: string,
  displayPath: string,
  options: TapReadOptions = {},
): Promise<TestReportRead> {
  const topLevelOnly = options.tapCount === 'top-level';
  const summary = emptyTestSummary(displayPath, options);
  const warnings: ReportWarning[] = [];
  const warnOnce = (rule: string, message: string, line: number, column = 1): void => {
    if (!warnings.some((w) => w.rule === rule))
      warnings.push({ file: displayPath, message, rule, line, column });
  };
  // Test points seen at each indentation since their parent's point, and whether any failed.
  const children = new Map<number, { count: number; failed: boolean }>();
  // `# Subtest: name` per indentation: the suite path of the tests below it.
  const subtestNames = new Map<number, string>();
  const buffered: BufferedParent[] = [];
  let pending: PendingTest | undefined;
  let yaml: { indent: number; blockMessage: boolean } | undefined;
  let plan: { count: number; text: string; line: number } | undefined;
  let topLevelPoints = 0;
  let lastNumber = 0;
  /** `lastNumber` as the report wrote it (for messages). */
  let lastWritten = '0';
  let maxNumber = 0;
  let maxWritten = '0';
  let sawTap = false;
  let bailedOut = false;
  let strict = false;
  // Indentation of the test point on the line just before, where a YAML block may open.
  let pointIndent: number | undefined;

  const flush = (): void => {
    if (pending) recordTest(summary, pending.outcome, pending);
    pending = undefined;
  };
  const suiteAt = (indent: number): string | undefined => {
    const names = [
      ...[...subtestNames.entries()].filter(([at]) => at < indent),
      ...buffered.filter((b) => b.indent < indent).map((b): [number, string] => [b.indent, b.name]),
    ]
      .sort(([a], [b]) => a - b)
      .map(([, name]) => name);
    return names.length ? names.join(' > ') : undefined;
  };

  /** A test point (or a buffered parent's closing `}`) at `indent`: sums up the subtests above it. */
  const resolve = (
    indent: number,
    notOk: boolean,
    kind: string | undefined,
    name: string,
    suite?: string,
  ): void => {
    let childCount = 0;
    let childFailed = false;
    for (const [at, seen] of children) {
      if (at <= indent) continue;
      childCount += seen.count;
      childFailed ||= seen.failed;
      children.delete(at);
    }
    for (const at of subtestNames.keys()) if (at > indent) subtestNames.delete(at);

    let outcome: TestOutcome | undefined;
    const own: TestOutcome = kind === 'skip' ? 'skipped' : notOk ? 'failed' : 'passed';
    if (topLevelOnly) {
      if (indent === 0) outcome = own;
    } else if (childCount === 0) outcome = own;
    else if (notOk && kind !== 'skip' && !childFailed) outcome = 'failed';
    if (outcome) pending = { outcome, name, suite };
    const here = children.get(indent) ?? { count: 0, failed: false };
    here.count++;
    here.failed ||= childFailed || outcome === 'failed';
    children.set(indent, here);
  };

  const onTestPoint = (indent: number, match: RegExpExecArray, lineNumber: number): void => {
    const [, status, numberText, rawRest = ''] = match;
    // A `{` ending the line (blanks around it) opens a buffered subtest. Not `/\s*\{\s*$/`, which
    // is quadratic on a long run of blanks (each start scans the run to its end).
    const trimmed = rawRest.trimEnd();
    const opensBuffer = trimmed.endsWith('{');
    const rest = opensBuffer ? trimmed.slice(0, -1).trimEnd() : rawRest;
    const directive = DIRECTIVE.exec(rest);
    const kind = directive?.[1]?.toLowerCase();
    const description = directive ? rest.slice(0, directive.index) : rest;
    const name = description.trim().replace(/\\([\\#])/g, '$1');
    const notOk = status === 'not ok';

    if (indent === 0) {
      topLevelPoints++;
      const number = numberText === undefined ? lastNumber + 1 : Number(numberText);
      // Numbers as written: one past 2^53 would be shown rounded.
      const written = numberText ?? String(number);
      if (number !== lastNumber + 1) {
        warnOnce(
          'tap/numbering',
          topLevelPoints === 1
            ? `the first test point is numbered ${written}, not 1: test points are out of order or missing`
            : `test point ${written} comes after ${lastWritten}: test points are out of order or repeated`,
          lineNumber,
        );
      }
      if (plan && number > plan.count) {
        warnOnce('tap/outside-plan', `test point ${written} is outside the plan 1..${plan.text}`, lineNumber);
      }
      lastWritten = written;
      lastNumber = number;
      if (number > maxNumber) {
        maxNumber = number;
        maxWritten = written;
      }
    }
    if (opensBuffer) {
      buffered.push({ indent, notOk, kind, name, suite: suiteAt(indent) });
      return;
    }
    resolve(indent, notOk, kind, name, suiteAt(indent));
  };

  await forEachLine(absPath, (raw, lineNumber) => {
    const trimmed = raw.trimStart();
    const indent = raw.length - trimmed.length;
    const afterPoint = pointIndent;
    pointIndent = undefined;
    if (yaml) {
      const line = trimmed.trimEnd();
      if (indent === yaml.indent && line === '...') {
        yaml = undefined;
        flush();
        return undefined;
      }
      if (line === '' || indent >= yaml.indent) {
        if (pending && pending.message === undefined && pending.outcome === 'failed') {
          if (yaml.blockMessage) {
            if (line) pending.message = line;
          } else if (indent === yaml.indent) {
            const key = YAML_MESSAGE.exec(line);
            if (key) {
              const value = yamlScalar(key[2] ?? '');
              if (value === undefined) yaml.blockMessage = true;
              else if (value) pending.message = value;
            }
          }
          if (pending.message !== undefined) yaml.blockMessage = false;
        }
        return undefined;
      }
      // A line indented less than the block: its `...` is missing; the line is TAP again.
      yaml = undefined;
    }
    if (afterPoint !== undefined && indent > afterPoint && trimmed.trimEnd() === '---') {
      yaml = { indent, blockMessage: false };
      return undefined;
    }
    flush();

    const point = TEST_POINT.exec(trimmed);
    if (point && indent % 4 === 0) {
      sawTap = true;
      onTestPoint(indent, point, lineNumber);
      pointIndent = indent;
      return undefined;
    }
    const top = buffered[buffered.length - 1];
    if (top && indent === top.indent && trimmed.trimEnd() === '}') {
      buffered.pop();
      resolve(top.indent, top.notOk, top.kind, top.name, top.suite);
      flush();
      return undefined;
    }
    const bail = BAIL_OUT.exec(trimmed);
    if (bail) {
      sawTap = true;
      bailedOut = true;
      const reason = bail[1]?.trim() || 'no reason given';
      recordTest(summary, 'error', { name: 'Bail out!', message: reason });
      warnings.push({
        file: displayPath,
        message: `the test run bailed out (${reason}); tests after it did not run`,
        rule: 'tap/bail-out',
        line: lineNumber,
        column: indent + 1,
      });
      return 'stop';
    }
    const planned = PLAN.exec(trimmed);
    if (planned) {
      sawTap = true;
      if (indent === 0 && buffered.length === 0) {
        plan = { count: Number(planned[1]), text: planned[1] as string, line: lineNumber };
        if (maxNumber > plan.count) {
          warnOnce(
            'tap/outside-plan',
            `test point ${maxWritten} is outside the plan 1..${plan.text}`,
            lineNumber,
          );
        }
      }
      return undefined;
    }
    const subtest = SUBTEST.exec(trimmed);
    if (subtest) {
      for (const at of subtestNames.keys()) if (at > indent) subtestNames.delete(at);
      subtestNames.set(indent, subtest[1]?.trim() ?? '');
      return undefined;
    }
    if (/^TAP version \d+/i.test(trimmed)) {
      sawTap = true;
      return undefined;
    }
    const pragma = /^pragma\s+([+-])strict\b/.exec(trimmed);
    if (pragma) strict = pragma[1] === '+';
    else if (strict && trimmed.trim() !== '' && !trimmed.startsWith('#')) {
      warnOnce('tap/strict', 'a line that is not TAP, under `pragma +strict`', lineNumber, indent + 1);
    }
    return undefined;
  });
  flush();
  // Buffered parents whose `}` never came (a truncated file): summed up as if it had.
  while (buffered.length > 0) {
    const top = buffered.pop() as BufferedParent;
    resolve(top.indent, top.notOk, top.kind, top.name, top.suite);
    flush();
  }

  if (!sawTap)
    throw new ReportReadError('not a TAP report: no test points, plan or TAP version line', 'tap/empty');
  if (!bailedOut) {
    if (!plan && topLevelPoints > 0) {
      warnings.push({
        file: displayPath,
        message: `the report has no plan (1..N) for its ${topLevelPoints} top-level test points; the run may have stopped early`,
        rule: 'tap/no-plan',
      });
    } else if (plan && plan.count !== topLevelPoints) {
      warnings.push({
        file: displayPath,
        message: `the plan says 1..${plan.text} but the report has ${topLevelPoints} top-level test points${
          topLevelPoints < plan.count ? '; the run may have stopped early' : ''
        }`,
        rule: 'tap/plan',
        line: plan.line,
        column: 1,
      });
    }
  }
  return { summary, warnings };
}

export const tapReader: TestReportReader = {
  format: 'tap',
  read: (absPath, displayPath, options) => readTap(absPath, displayPath, options),
};
