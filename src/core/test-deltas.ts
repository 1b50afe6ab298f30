/**
 * Test deltas by name, against what the previous handoff recorded.
 *
 * What a handoff records (compact, and readable by a person): the counts in `**Tests:**`
 * (`12 passed, 1 failed`), and the failing tests by name under Current State's What's Broken — every
 * one, unless the word budget cut the list, which then ends `…and K more failing tests`. So:
 *
 * - **newly failing**: failing now, not named as failing before (when the earlier list was cut, a test
 *   it did not show may have been failing then too: `complete` says whether the list was whole);
 * - **fixed**: named as failing before, passing now;
 * - **removed**: named as failing before, absent from the reports now (deleted or renamed);
 * - **added / removed, counted**: the change in the number of tests, by count — a handoff does not
 *   list the passing tests, so tests that were passing are not compared by name.
 *
 * Names compare the way the draft writes them: a failing test's name; a report's test case
 * `suite › name` matches the name alone as well.
 */
import type { FailedTest, HandoffDocument, ListItem, TestSummary } from './model.js';
import { failingLabels, ID_SEPARATOR } from './reports.js';

export interface RecordedTests {
  passed: number;
  failed: number;
  skipped?: number;
  /** Failing test names the handoff lists. */
  failing: string[];
  /** False when the list was cut (`…and K more failing tests`). */
  complete: boolean;
}

export interface TestDeltas {
  newlyFailing: string[];
  fixed: string[];
  removed: string[];
  /** Tests now minus tests before (passed + failed + skipped). */
  countChange: number;
  /** Whether the earlier failing list was whole, so `newlyFailing` is exact. */
  complete: boolean;
  /**
   * Failing tests now that the reports' reading did not name (past FAILURE_CAP): `newlyFailing` is
   * of the named ones only. Absent when every failing test was named.
   */
  unnamedFailing?: number;
}

const MORE_LINE = /^\u2026and (\d+) more failing tests?$/;

/** How many failing tests a cut list's last line (`…and K more failing tests`) stands for; undefined for any other line. */
export function moreFailingIn(text: string): number | undefined {
  const found = MORE_LINE.exec(text);
  return found ? Number(found[1]) : undefined;
}
const NOTHING_PASSING = 'No tests passing';

/** Failing names a handoff lists under Current State, and whether the list is whole. */
export function recordedFailing(doc: HandoffDocument): { failing: string[]; complete: boolean } {
  const section = doc.elements.currentState;
  if (!section) return { failing: [], complete: true };
  const items: ListItem[] = [...section.items, ...section.subsections.flatMap((s) => s.items)];
  const failing: string[] = [];
  let complete = true;
  for (const item of items) {
    if (moreFailingIn(item.text) !== undefined) complete = false;
    else if (item.mark === 'broken' && item.text !== NOTHING_PASSING) failing.push(item.text);
  }
  return { failing, complete };
}

/** What a handoff recorded of its tests: its counts and the failing tests it lists; undefined without counts. */
export function recordedTests(
  doc: HandoffDocument,
  counts: Omit<RecordedTests, 'failing' | 'complete'> | undefined,
): RecordedTests | undefined {
  return counts ? { ...counts, ...recordedFailing(doc) } : undefined;
}

/**
 * The record as the deltas read it. The broken items are a record of failing tests only when they
 * agree with the failed count (a person's "what's broken" prose is not a list of test names); with
 * nothing failing, nothing was.
 */
function asTestRecord(before: RecordedTests): RecordedTests {
  const isTestList =
    before.failed === 0 ||
    before.failing.length === before.failed ||
    (!before.complete && before.failing.length <= before.failed);
  if (!isTestList) return { ...before, failing: [], complete: false };
  if (before.failed === 0) return { ...before, failing: [], complete: true };
  return before;
}

/**
 * Whether the deltas against `before` need each test's result now (`TestSummary.cases`): only to
 * look up the failing tests it named. Without, a report's reader keeps no id per test.
 */
export function needsCaseResults(before: RecordedTests | undefined): boolean {
  return before !== undefined && asTestRecord(before).failing.length > 0;
}

/** The deltas, or undefined when nothing was recorded before. */
export function testDeltas(recorded: RecordedTests | undefined, now: TestSummary): TestDeltas | undefined {
  if (!recorded) return undefined;
  const before = asTestRecord(recorded);
  // As the draft writes them: `suite › name` where two failing tests share a name. A test was
  // failing before when the handoff listed its label, or its name alone; one written by its name
  // alone, when the handoff listed that name in any suite (the other of a pair fixed since, the name
  // is unique again). Names are the failures' own, never cut out of a label: a name may hold ` › `.
  const labels = failingLabels(now.failures);
  const wasFailing = new Set(before.failing);
  const listedInSomeSuite = (name: string) =>
    before.failing.some((label) => label.endsWith(`${ID_SEPARATOR}${name}`));
  const newlyFailing = [
    ...new Set(
      labels.filter((label, at) => {
        const name = (now.failures[at] as FailedTest).name;
        if (wasFailing.has(label) || wasFailing.has(name)) return false;
        return label !== name || !listedInSomeSuite(name);
      }),
    ),
  ];
  const fixed: string[] = [];
  const removed: string[] = [];
  const cases = now.cases;
  if (cases && before.failing.length > 0) {
    // Only the names the handoff listed are looked up: a pass over the cases, no map of all of them
    // (and none at all when it listed none: a 100 MB report holds 760,000 cases).
    const wanted = new Set(before.failing);
    const outcomeByName = new Map<string, string>();
    const note = (key: string, outcome: string) => {
      // A name in several suites: any failing one keeps it failing.
      if (!outcomeByName.has(key) || outcome !== 'passed') outcomeByName.set(key, outcome);
    };
    for (const c of cases) {
      if (wanted.has(c.id)) note(c.id, c.outcome);
      // A listed name alone matches the case in any suite: after each separator of its id, as the
      // suite, the name or both may hold one.
      for (let cut = c.id.indexOf(ID_SEPARATOR); cut !== -1; cut = c.id.indexOf(ID_SEPARATOR, cut + 1)) {
        const name = c.id.slice(cut + ID_SEPARATOR.length);
        if (wanted.has(name)) note(name, c.outcome);
      }
    }
    for (const name of before.failing) {
      const outcome = outcomeByName.get(name);
      if (outcome === 'passed') fixed.push(name);
      else if (outcome === undefined && !now.casesTruncated) removed.push(name);
    }
  }
  // Without case results, a test no longer failing was fixed or removed: the report cannot tell which,
  // so neither is claimed.
  const totalNow = now.passed + now.failed + now.errored + now.skipped;
  const totalBefore = before.passed + before.failed + (before.skipped ?? 0);
  const deltas: TestDeltas = {
    newlyFailing,
    fixed,
    removed,
    countChange: totalNow - totalBefore,
    complete: before.complete,
  };
  const unnamed = now.failed + now.errored - now.failures.length;
  if (now.failedTruncated && unnamed > 0) deltas.unnamedFailing = unnamed;
  return deltas;
}

/** `newly failing: a, b; fixed: c; removed: d; +5 tests` — undefined when nothing changed. */
export function formatTestDeltas(deltas: TestDeltas, cap = 5): string | undefined {
  const names = (list: string[]) =>
    list.length > cap ? `${list.slice(0, cap).join(', ')} …and ${list.length - cap} more` : list.join(', ');
  const parts: string[] = [];
  // Of the tests the reports named: past the cap the rest are counted, not compared.
  const unnamed = deltas.unnamedFailing;
  if (deltas.newlyFailing.length > 0) {
    parts.push(
      `${deltas.complete ? 'newly failing' : 'failing, not listed before'}: ${names(deltas.newlyFailing)}${unnamed === undefined ? '' : ` (and ${unnamed} failing tests not named, not compared)`}`,
    );
  } else if (unnamed !== undefined) {
    parts.push(`${unnamed} failing tests not named, not compared`);
  }
  if (deltas.fixed.length > 0) parts.push(`fixed: ${names(deltas.fixed)}`);
  if (deltas.removed.length > 0) parts.push(`removed: ${names(deltas.removed)}`);
  if (deltas.countChange !== 0) {
    const n = Math.abs(deltas.countChange);
    parts.push(`${deltas.countChange > 0 ? '+' : '−'}${n} ${n === 1 ? 'test' : 'tests'}`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}
