/**
 * TAP 13 and 14 (node --test's `tap` reporter, node-tap, tape, prove), read line by line.
 * - `ok N - name` / `not ok N - name`, with `# SKIP` or `# TODO` directives: a skipped test, and a
 *   failing TODO test, are skipped (TODO is "expected to fail"); a passing TODO test is a pass.
 * - Subtests are indented (4 spaces in TAP 14), announced by `# Subtest: name`, and end with the
 *   parent's own test point, which sums them up. Tests are counted at the leaves; a parent is counted
 *   only when it fails while none of its subtests did (a failing hook), so no failure is hidden.
 * - YAML diagnostics between `---` and `...` under a test point give the failure message (`message:`
 *   or node's `error:`).
 * - `1..N` at the top: fewer top-level test points than planned means the run stopped early: a warning.
 * - `Bail out!` stops the run: one errored entry named `Bail out!`, plus a warning.
 */
import type { ReportWarning, TestOutcome } from '../../core/model.js';
import { emptyTestSummary, recordTest } from '../../core/reports.js';
import { ReportReadError, type TestReportRead, type TestReportReader } from './reader.js';
import { forEachLine } from './text.js';

const TEST_POINT = /^(not ok|ok)\b\s*(\d+)?\s*(?:-\s+)?(.*)$/;
// A directive starts at an unescaped `#`: `# SKIP reason`, `# skipped`, `# TODO not yet`.
const DIRECTIVE = /(?:^|[^\\])#\s*(skip|todo)\S*\s*:?\s*(.*)$/i;
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

export async function readTap(absPath: string, displayPath: string): Promise<TestReportRead> {
  const summary = emptyTestSummary(displayPath);
  const warnings: ReportWarning[] = [];
  // Test points seen at each indentation since their parent's point, and whether any failed.
  const children = new Map<number, { count: number; failed: boolean }>();
  // `# Subtest: name` per indentation: the suite path of the tests below it.
  const subtestNames = new Map<number, string>();
  let pending: PendingTest | undefined;
  let yaml: { indent: number; blockMessage: boolean } | undefined;
  let plan: { count: number; line: number } | undefined;
  let topLevelPoints = 0;
  let sawTap = false;
  let bailedOut = false;
  // Indentation of the test point on the line just before, where a YAML block may open.
  let pointIndent: number | undefined;

  const flush = (): void => {
    if (pending) recordTest(summary, pending.outcome, pending);
    pending = undefined;
  };
  const suiteAt = (indent: number): string | undefined => {
    const names = [...subtestNames.entries()]
      .filter(([at]) => at < indent)
      .sort(([a], [b]) => a - b)
      .map(([, name]) => name);
    return names.length ? names.join(' > ') : undefined;
  };

  const onTestPoint = (indent: number, match: RegExpExecArray): void => {
    const [, status, , rest = ''] = match;
    const directive = DIRECTIVE.exec(rest);
    const kind = directive?.[1]?.toLowerCase();
    const description = directive
      ? rest.slice(0, directive.index + (directive[0].startsWith('#') ? 0 : 1))
      : rest;
    const name = description.trim().replace(/\\([\\#])/g, '$1');
    const notOk = status === 'not ok';

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
    if (childCount === 0) {
      if (kind === 'skip' || (kind === 'todo' && notOk)) outcome = 'skipped';
      else outcome = notOk ? 'failed' : 'passed';
    } else if (notOk && !kind && !childFailed) {
      outcome = 'failed';
    }
    if (outcome) pending = { outcome, name, suite: suiteAt(indent) };
    const here = children.get(indent) ?? { count: 0, failed: false };
    here.count++;
    here.failed ||= childFailed || outcome === 'failed';
    children.set(indent, here);
    if (indent === 0) topLevelPoints++;
  };

  await forEachLine(absPath, (raw, lineNumber) => {
    const trimmed = raw.trimStart();
    const indent = raw.length - trimmed.length;
    const afterPoint = pointIndent;
    pointIndent = undefined;
    if (yaml) {
      if (indent === yaml.indent && trimmed.trimEnd() === '...') {
        yaml = undefined;
        flush();
      } else if (pending && pending.message === undefined && pending.outcome === 'failed') {
        if (yaml.blockMessage) {
          if (trimmed) pending.message = trimmed;
        } else if (indent === yaml.indent) {
          const key = YAML_MESSAGE.exec(trimmed);
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
    if (afterPoint !== undefined && indent > afterPoint && trimmed.trimEnd() === '---') {
      yaml = { indent, blockMessage: false };
      return undefined;
    }
    flush();

    const point = TEST_POINT.exec(trimmed);
    if (point) {
      sawTap = true;
      onTestPoint(indent, point);
      pointIndent = indent;
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
      if (indent === 0) plan = { count: Number(planned[1]), line: lineNumber };
      return undefined;
    }
    const subtest = SUBTEST.exec(trimmed);
    if (subtest) {
      for (const at of subtestNames.keys()) if (at > indent) subtestNames.delete(at);
      subtestNames.set(indent, subtest[1]?.trim() ?? '');
      return undefined;
    }
    if (/^TAP version \d+/i.test(trimmed)) sawTap = true;
    return undefined;
  });
  flush();

  if (!sawTap)
    throw new ReportReadError('not a TAP report: no test points, plan or TAP version line', 'tap/empty');
  if (plan && !bailedOut && plan.count !== topLevelPoints) {
    warnings.push({
      file: displayPath,
      message: `the plan says 1..${plan.count} but the report has ${topLevelPoints} top-level test points${
        topLevelPoints < plan.count ? '; the run may have stopped early' : ''
      }`,
      rule: 'tap/plan',
      line: plan.line,
      column: 1,
    });
  }
  return { summary, warnings };
}

export const tapReader: TestReportReader = {
  format: 'tap',
  read: (absPath, displayPath) => readTap(absPath, displayPath),
};
