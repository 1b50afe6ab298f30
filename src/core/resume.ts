/**
 * The resume summary: the seed's "Session 2 resume" — what the next session reads first, in under ten
 * minutes. It states what the last handoff says (state, blockers, next steps, decisions, progress,
 * time) and what happened since (commits the handoff does not cover, tests now vs. what it claimed).
 *
 * `ResumeBrief` is plain JSON (that is the `--format json` output). `renderResumeMarkdown` is what the
 * Action puts in the sticky PR comment: every piece of user text goes through the shared
 * `escapeUserText`, so a handoff cannot inject markup or ping people. Lists are capped: the brief
 * points at the handoff for the rest.
 */

import { type DriftItem, doneBy, possiblyResolvedBy } from './claims.js';
import { ageInDays, allFields, isPlaceholderText } from './document/elements.js';
import { documentFacts, hoursIn, openBlockers, openNextSteps } from './document/facts.js';
import { normaliseLabel } from './document/labels.js';
import { type ErrorReport, formatLocated, withControlsShown } from './errors.js';
import { escapeUserText } from './markdown-escape.js';
import type {
  CommitInfo,
  CoverageSummary,
  DocumentFacts,
  HandoffDocument,
  ListItem,
  ReportWarning,
  Section,
  TestSummary,
} from './model.js';
import { redactSecrets } from './redact.js';
import { failingLabels } from './reports.js';
import { renderSessionChart, type SessionPoint, sessionChartLegend } from './session-chart.js';
import { formatTestDeltas, moreFailingIn, recordedTests, testDeltas } from './test-deltas.js';
import { collapseWhitespace } from './whitespace.js';

/** Items shown per list; the rest are counted. */
export const RESUME_LIST_CAP = 6;
/** Commits since the handoff shown by sha and subject. */
export const RESUME_COMMIT_CAP = 8;
/** Details shown under a blocker. */
const BLOCKER_DETAIL_CAP = 2;

export interface ResumeInput {
  taskId: string;
  agent: string;
  /** Registry status, e.g. `in_progress`. */
  status: string;
  briefNote?: string;
  /** The linked handoff: its document, or why there is none (`problem`, at `line`/`column` when it has a place). */
  handoff?: { path: string; document?: HandoffDocument; problem?: string; line?: number; column?: number };
  /**
   * The task's work commits after the last commit that touched the handoff, oldest first; undefined
   * when that could not be established (no handoff commit).
   */
  commitsSince?: readonly CommitInfo[];
  /** How `commitsSince` was found, e.g. `after 1a2b3c4, the last commit touching the handoff`. */
  sinceBasis?: string;
  /** Work commits after the handoff that name no active task, so count for none (as `check` notes them). */
  unattributedSince?: number;
  /** Test reports read now (`--tests`). */
  testsNow?: TestSummary;
  /** Whether reports were given (`--tests`), read or not: none readable is not "none given". */
  testsGiven?: boolean;
  /** Coverage read now (`--coverage`, the Action's `coverage` input). */
  coverageNow?: CoverageSummary;
  /** Whether a coverage report was given, read or not. */
  coverageGiven?: boolean;
  /** Every handoff of the task as its document states it (date, time, tests): the sessions chart. */
  sessions?: readonly SessionPoint[];
  /** Paths and code symbols the handoff names that do not exist at HEAD (`driftOf`). */
  drift?: readonly DriftItem[];
  now: Date;
}

/** A capped list: the items shown and how many more the handoff holds. */
export interface ResumeList<T> {
  items: T[];
  more: number;
}

export interface ResumeBlocker {
  text: string;
  details: string[];
  /** Short sha of a commit since the handoff that says it fixed this. */
  possiblyResolvedBy?: string;
}

export interface ResumeStep {
  /** The step as the handoff has it. */
  text: string;
  /**
   * Short sha of a commit since the handoff whose subject's words match the step's: maybe done there
   * (a guess: the step stays open until a person checks it off). Rendered `(done in <sha>?)`.
   */
  maybeDoneIn?: string;
}

export interface TestCounts {
  passed: number;
  failed: number;
  skipped?: number;
}

export interface ResumeBrief {
  taskId: string;
  agent: string;
  status: string;
  briefNote?: string;
  handoff?: {
    path: string;
    date?: string;
    session?: number;
    /** Whole days from the handoff's date to now. */
    ageDays?: number;
    /** Why the handoff could not be used: the message and its rule (`… [encoding/utf-8]`). */
    problem?: string;
    /** Where in the handoff the problem is, when it has a place. */
    line?: number;
    column?: number;
  };
  /** The handoff's Status line, e.g. `In Progress (30%)`. */
  statusText?: string;
  progressPercent?: number;
  /** Current State's own prose, outside a What's Working or Broken group (the draft's `--note`). */
  state: ResumeList<string>;
  working: ResumeList<string>;
  broken: ResumeList<string>;
  blockers: ResumeList<ResumeBlocker>;
  nextSteps: ResumeList<ResumeStep>;
  decisions: ResumeList<string>;
  time: {
    /** The last session's time, as the handoff states it. */
    spentHours?: number;
    remainingHours?: number;
    /** The task's total over its handoffs (the sum of each one's session time), and how many. */
    totalHours?: number;
    sessions?: number;
  };
  /** Each handoff of the task, oldest first: date, time, tests — drawn as a chart in markdown. */
  sessions: SessionPoint[];
  /** Named in the handoff, gone at HEAD. */
  drift: ResumeList<DriftItem>;
  coverage?: { claimed?: number; now?: number; note: string };
  since?: {
    basis?: string;
    total: number;
    commits: ResumeList<{ sha: string; subject: string }>;
    /** Work commits after the handoff that name no active task: counted for none (when any). */
    unattributed?: number;
  };
  tests?: {
    claimed?: TestCounts;
    now?: TestCounts;
    /** Failing test names in the reports now (capped). */
    failingNow?: ResumeList<string>;
    /** One sentence: `handoff claims 5 passed, 0 failed; reports now show 12 passed, 1 failed`. */
    note: string;
    /** By name, against the handoff's failing list: `newly failing: a; fixed: b; +3 tests`. */
    changes?: string;
  };
}

export function buildResume(input: ResumeInput): ResumeBrief {
  const brief: ResumeBrief = {
    taskId: input.taskId,
    agent: input.agent,
    status: input.status,
    state: capped([]),
    working: capped([]),
    broken: capped([]),
    blockers: capped([]),
    nextSteps: capped([]),
    decisions: capped([]),
    time: {},
    sessions: [...(input.sessions ?? [])].sort((a, b) => a.session - b.session),
    drift: capped([...(input.drift ?? [])], RESUME_DRIFT_CAP),
  };
  if (input.briefNote) brief.briefNote = input.briefNote;
  const doc = input.handoff?.document;
  let facts: DocumentFacts | undefined;
  if (input.handoff) {
    brief.handoff = { path: input.handoff.path };
    const { problem, line, column } = input.handoff;
    if (problem) {
      brief.handoff.problem = problem;
      if (line !== undefined) brief.handoff.line = line;
      if (column !== undefined) brief.handoff.column = column;
    }
  }
  if (doc && brief.handoff) {
    facts = documentFacts(doc);
    if (facts.date) {
      brief.handoff.date = facts.date;
      const age = ageInDays(facts.date, input.now, 'local');
      if (age !== undefined) brief.handoff.ageDays = age;
    }
    if (doc.session !== undefined) brief.handoff.session = doc.session;
    if (facts.statusText) brief.statusText = facts.statusText;
    if (facts.progressPercent !== undefined) brief.progressPercent = facts.progressPercent;
    const state = stateOf(doc.elements.currentState);
    brief.state = capped(state.prose);
    brief.working = capped(state.working);
    brief.broken = capped(state.broken);
    // A draft's cut list of failing tests ends `…and K more failing tests`: counted, not an item.
    brief.broken.more += state.brokenMore;
    // Claims against facts: commits since the handoff that say they fixed a blocker or did a step.
    const since = input.commitsSince ?? [];
    brief.blockers = capped(
      openBlockers(doc).map((item) => {
        const blocker: ResumeBlocker = {
          text: item.text,
          details: item.details.filter((d) => !isPlaceholderText(d)).slice(0, BLOCKER_DETAIL_CAP),
        };
        const fix = possiblyResolvedBy(item, since);
        if (fix) blocker.possiblyResolvedBy = fix.sha.slice(0, 7);
        return blocker;
      }),
    );
    brief.nextSteps = capped(
      openNextSteps(doc).map((item) => {
        const step: ResumeStep = { text: item.text };
        const done = doneBy(item, since);
        if (done) step.maybeDoneIn = done.sha.slice(0, 7);
        return step;
      }),
    );
    brief.decisions = capped(realTexts(doc.elements.decisions));
    if (facts.timeSpentHours !== undefined) brief.time.spentHours = facts.timeSpentHours;
    if (facts.estimatedRemainingHours !== undefined)
      brief.time.remainingHours = facts.estimatedRemainingHours;
    const total = taskTotalOf(doc, brief.sessions);
    if (total) {
      brief.time.totalHours = total.hours;
      brief.time.sessions = total.sessions;
    }
  }
  if (input.commitsSince) {
    brief.since = {
      total: input.commitsSince.length,
      // Newest first: what the next session most likely needs to look at.
      commits: capped(
        [...input.commitsSince]
          .reverse()
          .map((c) => ({ sha: c.sha.slice(0, 7), subject: redactSecrets(c.subject) })),
        RESUME_COMMIT_CAP,
      ),
    };
    if (input.sinceBasis) brief.since.basis = input.sinceBasis;
    if (input.unattributedSince) brief.since.unattributed = input.unattributedSince;
  }
  const tests = testsComparison(facts?.tests, input.testsNow, input.testsGiven === true);
  if (tests) {
    if (doc && facts?.tests && input.testsNow) {
      const deltas = testDeltas(recordedTests(doc, facts.tests), input.testsNow);
      const changes = deltas && formatTestDeltas(deltas);
      if (changes) tests.changes = redactSecrets(changes);
    }
    brief.tests = tests;
  }
  const coverage = coverageComparison(
    facts?.coveragePercent,
    input.coverageNow,
    input.coverageGiven === true,
  );
  if (coverage) brief.coverage = coverage;
  return brief;
}

/** Drift items shown; the rest are counted. */
export const RESUME_DRIFT_CAP = 10;

/**
 * The task's total: the handoff's own `Task Total` when it states one (drafts write it), else the sum
 * of the sessions' hours when more than one handoff states its time. Undefined when neither says.
 */
function taskTotalOf(
  doc: HandoffDocument,
  sessions: readonly SessionPoint[],
): { hours: number; sessions: number } | undefined {
  const field = allFields(doc).find((f) => /^task total$/i.test(f.label.trim()));
  const stated = hoursIn(field?.value);
  if (field && stated !== undefined) {
    const count = /\bin (\d+) sessions\b/.exec(field.value)?.[1];
    return { hours: stated, sessions: count ? Number(count) : sessions.length };
  }
  const timed = sessions.filter((s) => s.hours !== undefined);
  if (timed.length < 2) return undefined;
  const hours = Math.round(timed.reduce((sum, s) => sum + (s.hours ?? 0), 0) * 10) / 10;
  return { hours, sessions: timed.length };
}

/**
 * Coverage now against what the handoff claims: `handoff claims 81.3% of lines; reports now show 79.0%
 * (−2.3 points)`. Pure, so the Action can use it for its `coverage` input. Undefined when neither is known.
 */
export function coverageComparison(
  claimed: number | undefined,
  now: CoverageSummary | undefined,
  given = false,
): { claimed?: number; now?: number; note: string } | undefined {
  if (claimed === undefined && !now) return undefined;
  const result: { claimed?: number; now?: number; note: string } = { note: '' };
  if (claimed !== undefined) result.claimed = claimed;
  if (now) result.now = now.linesPercent;
  if (claimed !== undefined && now) {
    const delta = Math.round((now.linesPercent - claimed) * 10) / 10;
    const change = delta === 0 ? 'unchanged' : `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)} points`;
    result.note = `handoff claims ${claimed.toFixed(1)}% of lines; reports now show ${now.linesPercent.toFixed(1)}% (${change})`;
  } else if (claimed !== undefined) {
    result.note = given
      ? `handoff claims ${claimed.toFixed(1)}% of lines; the coverage report given could not be read (see the warnings)`
      : `handoff claims ${claimed.toFixed(1)}% of lines (pass --coverage to compare)`;
  } else if (now) {
    result.note = `reports now show ${now.linesPercent.toFixed(1)}% of lines; the handoff states no coverage`;
  }
  return result;
}

function testsComparison(
  claimed: DocumentFacts['tests'],
  now: TestSummary | undefined,
  given: boolean,
): ResumeBrief['tests'] {
  const nowCounts: TestCounts | undefined = now && {
    passed: now.passed,
    failed: now.failed + now.errored,
    skipped: now.skipped,
  };
  if (!claimed && !nowCounts) return undefined;
  const result: NonNullable<ResumeBrief['tests']> = { note: '' };
  if (claimed) result.claimed = { ...claimed };
  if (nowCounts && now) {
    result.now = nowCounts;
    result.failingNow = capped(failingLabels(now.failures).map(redactSecrets));
    // Failures beyond what the reader kept still count.
    result.failingNow.more = Math.max(
      result.failingNow.more,
      nowCounts.failed - result.failingNow.items.length,
    );
  }
  if (claimed && nowCounts) {
    const same = claimed.passed === nowCounts.passed && claimed.failed === nowCounts.failed;
    result.note = `handoff claims ${counts(claimed)}; reports now show ${counts(nowCounts)}${same ? ' (matches)' : ''}`;
  } else if (claimed) {
    result.note = given
      ? `handoff claims ${counts(claimed)}; the reports given could not be read (see the warnings)`
      : `handoff claims ${counts(claimed)} (pass --tests to compare with reports now)`;
  } else if (nowCounts) {
    result.note = `reports now show ${counts(nowCounts)}; the handoff states no test counts`;
  }
  return result;
}

function counts(tests: TestCounts): string {
  const parts = [`${tests.passed} passed`, `${tests.failed} failed`];
  if (tests.skipped) parts.push(`${tests.skipped} skipped`);
  return parts.join(', ');
}

/**
 * Current State split into what works and what is broken, by mark or by the group's label; its own
 * paragraphs, in no group, are prose about where the work stands (`prose`), not things that work.
 */
function stateOf(section: Section | undefined): {
  prose: string[];
  working: string[];
  broken: string[];
  /** What a cut list's last line (`…and K more failing tests`) counts. */
  brokenMore: number;
} {
  const prose: string[] = [];
  const working: string[] = [];
  const broken: string[] = [];
  let brokenMore = 0;
  if (!section) return { prose, working, broken, brokenMore };
  const parts = [
    { label: '', part: section },
    ...section.subsections.map((s) => ({ label: s.label, part: s })),
  ];
  for (const { label, part } of parts) {
    const brokenGroup = /broken|not working|doesn't work|failing/.test(normaliseLabel(label));
    for (const text of part.paragraphs)
      if (!isPlaceholderText(text)) (part === section ? prose : brokenGroup ? broken : working).push(text);
    for (const item of part.items) {
      if (isPlaceholderText(item.text)) continue;
      const more = moreFailingIn(item.text);
      if (more !== undefined) {
        brokenMore += more;
        continue;
      }
      const isBroken = item.mark === 'broken' || (item.mark !== 'working' && brokenGroup);
      (isBroken ? broken : working).push(item.text);
    }
  }
  return { prose, working, broken, brokenMore };
}

/** Items and paragraphs that are not template text. */
function realTexts(section: Section | undefined): string[] {
  if (!section) return [];
  const items: ListItem[] = [...section.items, ...section.subsections.flatMap((s) => s.items)];
  const texts = [
    ...section.paragraphs,
    ...section.subsections.flatMap((s) => s.paragraphs),
    ...items.map((i) => i.text),
  ];
  return texts.filter((t) => !isPlaceholderText(t));
}

function capped<T>(items: T[], cap = RESUME_LIST_CAP): ResumeList<T> {
  return { items: items.slice(0, cap), more: Math.max(0, items.length - cap) };
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

function headline(brief: ResumeBrief): string {
  // `in_progress` and the handoff's `In Progress (70%)` say the same: show the handoff's words alone.
  const stated = brief.statusText;
  const sameStatus = stated
    ?.toLowerCase()
    .replace(/[\s-]+/g, '_')
    .startsWith(brief.status.toLowerCase());
  // Inside the headline's own parentheses, the handoff's `(30%)` reads `, 30%`.
  const words = stated === undefined ? undefined : lastParenthesesAsClause(stated);
  // Else the registry's status, then the handoff's said to be the handoff's: side by side,
  // `complete, In Progress, 45%` read as a contradiction.
  const state =
    sameStatus || words === undefined
      ? (words ?? brief.status)
      : `${brief.status}; the handoff says ${words}`;
  return `${brief.taskId} — ${brief.agent} (${state})`;
}

/**
 * `In Progress (30%)` as `In Progress, 30%`: a text's last parenthesised part, with nothing after it
 * and no parenthesis in it, as a clause. A loop, where `/\s*\(([^()]*)\)\s*$/` is quadratic on a
 * long run of blanks in a committed Status line.
 */
function lastParenthesesAsClause(text: string): string {
  const end = text.trimEnd();
  const open = end.lastIndexOf('(');
  if (!end.endsWith(')') || open === -1 || end.indexOf(')', open) !== end.length - 1) return text;
  return `${end.slice(0, open).trimEnd()}, ${end.slice(open + 1, -1)}`;
}

function handoffLine(brief: ResumeBrief): string {
  const handoff = brief.handoff;
  if (!handoff) return 'no handoff linked yet';
  // A problem reads `file:line:column: message [rule]`, as every other error does (its rule is in it).
  if (handoff.problem) {
    const { path: file, line, column } = handoff;
    return formatLocated(handoff.problem, {
      file,
      ...(line === undefined ? {} : { line }),
      ...(column === undefined ? {} : { column }),
    });
  }
  const when =
    handoff.date === undefined
      ? ''
      : ` (${handoff.date}${handoff.ageDays === undefined ? '' : `, ${ageText(handoff.ageDays)}`})`;
  return `${handoff.path}${when}`;
}

function ageText(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

function timeText(brief: ResumeBrief): string | undefined {
  const parts: string[] = [];
  if (brief.progressPercent !== undefined) parts.push(`${brief.progressPercent}% complete`);
  // The last session's time is not the task's: each says which it is.
  if (brief.time.spentHours !== undefined) parts.push(`${brief.time.spentHours} h last session`);
  if (brief.time.totalHours !== undefined) {
    parts.push(`${brief.time.totalHours} h in total over ${brief.time.sessions} sessions`);
  }
  if (brief.time.remainingHours !== undefined) parts.push(`${brief.time.remainingHours} h remaining`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function sinceText(brief: ResumeBrief): string | undefined {
  const since = brief.since;
  if (!since) return undefined;
  const basis = since.basis ? ` (${since.basis})` : '';
  // Commits that name no task count for none, here as in `check`: said, so a session that forgot a
  // `Task:` trailer (or works on a detached HEAD, with no branch name to go by) is not told "none".
  const unattributed = since.unattributed
    ? `; ${since.unattributed} more name no active task and count for none (add a \`Task: <ID>\` trailer)`
    : '';
  if (since.total === 0) return `no work commits since the handoff${basis}${unattributed}`;
  return `${since.total} ${since.total === 1 ? 'commit' : 'commits'} since the handoff, not covered by it${basis}${unattributed}`;
}

/** The next steps as text and markdown show them: the guess that a commit did one after its text. */
function stepTexts(steps: ResumeList<ResumeStep>): ResumeList<string> {
  return {
    items: steps.items.map((step) =>
      step.maybeDoneIn === undefined ? step.text : `${step.text} (done in ${step.maybeDoneIn}?)`,
    ),
    more: steps.more,
  };
}

/** Plain text for a terminal. */
export function renderResumeText(brief: ResumeBrief): string {
  const lines = [headline(brief), `Handoff: ${handoffLine(brief)}`];
  if (brief.briefNote) lines.push(`Note: ${brief.briefNote}`);
  const list = (title: string, list: ResumeList<string>, bullet: (i: number) => string) => {
    if (list.items.length === 0) return;
    lines.push(`${title}:`);
    for (const [i, text] of list.items.entries()) {
      // A line the handoff already marks (`✅ Login works`) is not marked twice.
      const mark = bullet(i);
      lines.push(text.startsWith(mark) ? `  ${text}` : `  ${mark} ${text}`);
    }
    if (list.more > 0) lines.push(`  …and ${list.more} more`);
  };
  list('State', brief.state, () => '-');
  list('Working', brief.working, () => '✅');
  list('Broken', brief.broken, () => '❌');
  if (brief.blockers.items.length > 0) {
    lines.push('Blockers:');
    for (const blocker of brief.blockers.items) {
      lines.push(`  - ${blocker.text}`);
      for (const detail of blocker.details) lines.push(`      ${detail}`);
      if (blocker.possiblyResolvedBy) lines.push(`      possibly resolved by ${blocker.possiblyResolvedBy}`);
    }
    if (brief.blockers.more > 0) lines.push(`  …and ${brief.blockers.more} more`);
  }
  list('Next steps', stepTexts(brief.nextSteps), (i) => `${i + 1}.`);
  list('Decisions', brief.decisions, () => '-');
  const time = timeText(brief);
  if (time) lines.push(`Progress: ${time}`);
  const since = sinceText(brief);
  if (since) {
    lines.push(`Since: ${since}`);
    for (const commit of brief.since?.commits.items ?? []) lines.push(`  ${commit.sha} ${commit.subject}`);
    if (brief.since && brief.since.commits.more > 0) lines.push(`  …and ${brief.since.commits.more} more`);
  }
  if (brief.coverage) lines.push(`Coverage: ${brief.coverage.note}`);
  if (brief.drift.items.length > 0) {
    lines.push('Drift (named in the handoff, gone at HEAD):');
    for (const item of brief.drift.items) lines.push(`  - ${item.kind} ${item.name}`);
    if (brief.drift.more > 0) lines.push(`  …and ${brief.drift.more} more`);
  }
  if (brief.tests) {
    lines.push(`Tests: ${brief.tests.note}`);
    if (brief.tests.changes) lines.push(`  Changes: ${brief.tests.changes}`);
    for (const name of brief.tests.failingNow?.items ?? []) lines.push(`  ❌ ${name}`);
    if (brief.tests.failingNow && brief.tests.failingNow.more > 0) {
      lines.push(`  …and ${brief.tests.failingNow.more} more failing`);
    }
  }
  return withControlsShown(`${lines.join('\n')}\n`);
}

/**
 * Markdown for the PR comment and `--format markdown`. Stable signature: the Action calls it. All text
 * from handoffs, the registry and git goes through `escapeUserText`; the shas are hex.
 */
export function renderResumeMarkdown(brief: ResumeBrief): string {
  const e = escapeUserText;
  const blocks: string[] = [`#### ${e(headline(brief)).replace(/#/g, '\\#')}`];
  const facts = [`**Handoff:** ${e(handoffLine(brief))}`];
  if (brief.briefNote) facts.push(`**Note:** ${e(brief.briefNote)}`);
  const time = timeText(brief);
  if (time) facts.push(`**Progress:** ${e(time)}`);
  if (brief.tests) facts.push(`**Tests:** ${e(brief.tests.note)}`);
  if (brief.tests?.changes) facts.push(`**Test changes:** ${e(brief.tests.changes)}`);
  if (brief.coverage) facts.push(`**Coverage:** ${e(brief.coverage.note)}`);
  blocks.push(facts.join('  \n'));
  const chart = renderSessionChart(brief.taskId, brief.sessions);
  if (chart && brief.sessions.length > 0)
    blocks.push(`${chart}\n\n<sub>${sessionChartLegend(brief.sessions)}</sub>`);
  const list = (title: string, list: ResumeList<string>, prefix: string) => {
    if (list.items.length === 0) return;
    const lines = list.items.map((text) => `- ${prefix}${e(text)}`);
    if (list.more > 0) lines.push(`- …and ${list.more} more`);
    blocks.push(`**${title}:**\n\n${lines.join('\n')}`);
  };
  list('State', brief.state, '');
  list('Working', brief.working, '✅ ');
  list('Broken', brief.broken, '❌ ');
  if (brief.blockers.items.length > 0) {
    const lines = brief.blockers.items.flatMap((b) => [
      `- ${e(b.text)}`,
      ...b.details.map((d) => `  - ${e(d)}`),
      ...(b.possiblyResolvedBy ? [`  - possibly resolved by \`${b.possiblyResolvedBy}\``] : []),
    ]);
    if (brief.blockers.more > 0) lines.push(`- …and ${brief.blockers.more} more`);
    blocks.push(`**Blockers:**\n\n${lines.join('\n')}`);
  }
  list('Next steps', stepTexts(brief.nextSteps), '[ ] ');
  list('Decisions', brief.decisions, '');
  const since = sinceText(brief);
  if (since) {
    const lines = (brief.since?.commits.items ?? []).map((c) => `- \`${c.sha}\` ${e(c.subject)}`);
    if (brief.since && brief.since.commits.more > 0) lines.push(`- …and ${brief.since.commits.more} more`);
    blocks.push(
      [`**Since the handoff:** ${e(since)}`, lines.join('\n')].filter((b) => b !== '').join('\n\n'),
    );
  }
  if (brief.tests?.failingNow && brief.tests.failingNow.items.length > 0) {
    list('Failing now', brief.tests.failingNow, '❌ ');
  }
  const drift = renderDriftMarkdown(brief.drift);
  if (drift) blocks.push(drift);
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The briefs as JSON, with `warnings` (reports that could not be read) and `errors` (handoffs that
 * could not be read, the reason for exit 2, each as `--format json` reports an error) when there are;
 * `note` when there was nothing to resume, `package` when the briefs are a monorepo package's.
 */
export function renderResumeJson(
  briefs: readonly ResumeBrief[],
  warnings: readonly ReportWarning[] = [],
  errors: readonly ErrorReport[] = [],
  { note, package: folder }: { note?: string | undefined; package?: string | undefined } = {},
): string {
  const document = {
    tasks: briefs,
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(errors.length > 0 ? { errors } : {}),
    ...(note === undefined ? {} : { note }),
    ...(folder === undefined ? {} : { package: folder }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The drift list as markdown (the resume and the PR comment): names as inline code, so they read as
 * code and cannot carry markup. Undefined when nothing drifted.
 */
export function renderDriftMarkdown(drift: ResumeList<DriftItem>): string | undefined {
  if (drift.items.length === 0) return undefined;
  const lines = drift.items.map((item) => `- ${item.kind} ${inlineCode(item.name)}`);
  if (drift.more > 0) lines.push(`- …and ${drift.more} more`);
  return `**Drift — named in the handoff, gone at HEAD:**\n\n${lines.join('\n')}`;
}

function inlineCode(text: string): string {
  const oneLine = collapseWhitespace(text);
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${oneLine.startsWith('`') || oneLine.endsWith('`') ? ` ${oneLine} ` : oneLine}${fence}`;
}
