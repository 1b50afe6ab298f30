/**
 * The draft composer: facts in, the next handoff out. Pure — the app gathers the commits, reports and
 * previous handoff; this decides what goes where and keeps it brief.
 *
 * What the facts fill: Current State from the test report (passing count, failing test names), Time
 * and Progress (time spent from commit times, test counts and coverage with deltas against the
 * previous handoff), open blockers and unchecked next steps carried over, Files Modified and Commits.
 * What only a person knows — decisions and their reasons, new blockers, new next steps, progress — is
 * left as a placeholder the checker treats as empty, so an unedited draft stays `incomplete`.
 *
 * Brevity: the rendered markdown is measured in words (`countWords`) against the budget. Over it, the
 * least valuable detail goes first — the commit list, then the files list, then failing tests beyond
 * the first few (the seed: "commit hashes were documented but rarely referenced", "Files Modified was
 * less useful than expected"). Carried blockers and next steps are never cut: if the draft is still
 * over, it is kept whole and `overBudget` tells the caller to warn.
 */
import { CommitGraph } from './ancestry.js';
import { attributeCommits, isWorkCommit, type NonWorkPaths } from './attribution.js';
import { doneBy, possiblyResolvedBy } from './claims.js';
import { emptySection } from './document/build.js';
import { isPlaceholderText, placeholder } from './document/elements.js';
import { documentFacts, openBlockers, openNextSteps, saysNoBlockers, saysNothing } from './document/facts.js';
import { fieldFactOf } from './document/labels.js';
import { renderHandoff } from './document/render.js';
import {
  type CommitInfo,
  type CoverageSummary,
  type DocumentFacts,
  type ElementName,
  type HandoffDocument,
  type HeaderField,
  type ListItem,
  type Section,
  type Subsection,
  type TestSummary,
  TIME_FIELDS,
  type TimeField,
} from './model.js';
import { byLinesChanged, describeNetChange, formatLineCounts, type NetFileChange } from './net-change.js';
import { type NoiseKind, noiseKindWords } from './noise.js';
import { authorsOf, notOneSession, type PullRequest, pullRequestsIn, rangeShape } from './range-story.js';
import { redactSecrets } from './redact.js';
import { failingLabels } from './reports.js';
import {
  estimateSessionTime,
  localDate,
  type RecordedSessionTime,
  type TaskTotal,
  type TimeEstimate,
  type TimeRule,
  taskTotal,
} from './session-time.js';
import { formatTestDeltas, recordedTests, testDeltas } from './test-deltas.js';
import { collapseWhitespace } from './whitespace.js';
import { countWords, plural } from './words.js';

/** What a person typed at the prompts (or nothing): one entry per item. */
export interface DraftAnswers {
  decisions?: string[];
  blockers?: string[];
  nextSteps?: string[];
}

export interface DraftInput {
  taskId: string;
  agent: string;
  /** Number of the session this handoff closes (the previous handoff's + 1). */
  session: number;
  /** When the draft is made; the draft's date when the session has no commits. */
  now: Date;
  /** The user's time zone (IANA, from `TZ`): the draft's date is the session's last commit's day there. */
  timeZone?: string;
  /** Registry status of the task, e.g. `in_progress`; shown as the header's Status. */
  status?: string;
  previous?: {
    document: HandoffDocument;
    /** `documentFacts(document)` when the caller already has them. */
    facts?: DocumentFacts;
    session?: number;
  };
  /** The task's commits in the session range, oldest first, with file stats (bookkeeping files removed). */
  commits: readonly CommitInfo[];
  /** The task's merge commits in the range, oldest first: listed (pull requests by number), not counted as work. */
  merges?: readonly CommitInfo[];
  /** The task's commits in the range that change nothing (besides bookkeeping): counted, not work. */
  emptyCommits?: readonly CommitInfo[];
  /**
   * The net change of the session, `git diff -M base head` (bookkeeping files removed): what Files
   * Modified lists. Without it, Files Modified falls back to lines summed over the commits (churn).
   */
  net?: {
    base: string;
    head: string;
    files: readonly NetFileChange[];
    /** Only the files the task's own commits touched (the range holds other work too): said so. */
    taskFilesOnly?: boolean;
  };
  /** Paths of `net` that are noise (lockfiles, vendored, generated, translations): summarised, not ranked. */
  noise?: ReadonlyMap<string, NoiseKind>;
  /** `--churn`: also show lines changed summed over the commits, per file. */
  churn?: boolean;
  /** `--time-rule`; default `gap`. */
  timeRule?: TimeRule;
  /** Earlier sessions' times as their handoffs state them, oldest first: the task's total. */
  earlierSessions?: readonly RecordedSessionTime[];
  /** `--time-spent`, in hours: what the session says it took. Stated, it stands instead of the estimate. */
  statedHours?: number;
  tests?: TestSummary;
  coverage?: CoverageSummary;
  /** `parseDuration(config.sessionGap)`. */
  sessionGapMs: number;
  /** `config.wordBudget`. */
  wordBudget: number;
  answers?: DraftAnswers;
}

export interface Draft {
  document: HandoffDocument;
  markdown: string;
  words: number;
  overBudget: boolean;
  /** What was cut to fit the budget, in words a message can use (e.g. `commit list`). */
  trimmed: string[];
  time: TimeEstimate & { rule: TimeRule; ruleText: string };
  total: TaskTotal;
  /** Set when the range is clearly not one session: why, in words, and a `--from` to choose instead. */
  notOneSession?: { why: string; suggestedFrom?: string };
  pullRequests: PullRequest[];
  /**
   * Carried next steps a commit of the range seems to have done (by its words): still open in the
   * draft, with `done in <sha>?`, until someone says so with `--resolved`.
   */
  maybeDone: { step: string; sha: string }[];
  /** The progress the previous handoff stated, and since when (`since session 2`): a new one's delta. */
  previousProgress?: { percent: number; since: string };
}

/** How a draft names the previous handoff in its deltas: `since session 2`, or `since the last handoff`. */
export function sinceSession(session: number | undefined): string {
  return session === undefined ? 'since the last handoff' : `since session ${session}`;
}

/**
 * A percentage's change against the previous handoff, as a draft states it: ` (+2.0 points since
 * session 1)`, ` (unchanged since session 1)`; `shown` writes the size of a change.
 */
export function pointsChange(delta: number, since: string, shown: (points: number) => string): string {
  return delta === 0
    ? ` (unchanged ${since})`
    : ` (${delta > 0 ? '+' : '−'}${shown(Math.abs(delta))} points ${since})`;
}

function sinceTextOf(input: DraftInput): string {
  return sinceSession(input.previous?.session ?? input.previous?.document.session);
}

/** How much detail the lists show; the composer walks down these levels until the draft fits. */
interface DetailLevel {
  commits: number;
  files: number;
  failures: number;
}

const DETAIL_LEVELS: readonly DetailLevel[] = [
  { commits: 10, files: 8, failures: 5 },
  { commits: 5, files: 8, failures: 5 },
  { commits: 0, files: 8, failures: 5 },
  { commits: 0, files: 4, failures: 5 },
  { commits: 0, files: 0, failures: 5 },
  { commits: 0, files: 0, failures: 3 },
];

const SHORT_SHA = 7;

export function composeDraft(input: DraftInput): Draft {
  const time = estimateSessionTime(input.commits, input.timeRule ?? 'gap', input.sessionGapMs);
  const previousFacts = input.previous
    ? (input.previous.facts ?? documentFacts(input.previous.document))
    : undefined;
  const total = taskTotal(input.earlierSessions ?? [], sessionHours(input, time));
  const claimCommits = [...(input.merges ?? []), ...input.commits].sort(byTime);
  // Empty commits too: a squash-merged pull request that changed nothing (`… (#1448)`) is still one.
  const pullRequests = pullRequestsIn([...claimCommits, ...(input.emptyCommits ?? [])].sort(byTime));
  const context: ComposeContext = {
    input,
    time,
    total,
    pullRequests,
    maybeDone: new Map(),
    claimCommits,
    ...(previousFacts ? { previousFacts } : {}),
  };
  // Once, not per detail level: with 50,000 test cases this is the costly comparison.
  if (input.previous && input.tests && previousFacts?.tests) {
    const deltas = testDeltas(recordedTests(input.previous.document, previousFacts.tests), input.tests);
    const text = deltas && formatTestDeltas(deltas);
    if (text) context.testChanges = redactSecrets(text);
  }
  if (input.previous) {
    for (const step of openNextSteps(input.previous.document)) {
      const done = doneBy(step, context.claimCommits);
      if (done) context.maybeDone.set(step.text, done.sha);
    }
  }
  // Judged by the task's work commits: a merge made today or the commit of the last handoff would
  // make a month-old commit look like a session spanning months, and other tasks' old commits say
  // nothing of this session.
  const shape = notOneSession(rangeShape(input.commits));
  if (shape) {
    context.notOneSession = { why: shape };
    const from = lastSessionStart(input.commits, time);
    if (from) context.notOneSession.suggestedFrom = from;
  }

  let chosen: { document: HandoffDocument; markdown: string; words: number; level: DetailLevel } | undefined;
  for (const level of DETAIL_LEVELS) {
    const document = buildDocument(context, level);
    const markdown = renderHandoff(document);
    chosen = { document, markdown, words: countWords(markdown), level };
    if (chosen.words <= input.wordBudget) break;
  }
  // DETAIL_LEVELS is not empty, so the loop ran.
  const { document, markdown, words, level } = chosen as NonNullable<typeof chosen>;
  return {
    document,
    markdown,
    words,
    overBudget: words > input.wordBudget,
    trimmed: trimmedParts(context, level),
    time,
    total,
    ...(context.notOneSession ? { notOneSession: context.notOneSession } : {}),
    pullRequests,
    maybeDone: [...context.maybeDone].map(([step, sha]) => ({ step, sha })),
    ...(previousFacts?.progressPercent === undefined
      ? {}
      : { previousProgress: { percent: previousFacts.progressPercent, since: sinceTextOf(input) } }),
  };
}

interface ComposeContext {
  input: DraftInput;
  time: TimeEstimate & { rule: TimeRule; ruleText: string };
  total: TaskTotal;
  pullRequests: PullRequest[];
  previousFacts?: DocumentFacts;
  notOneSession?: { why: string; suggestedFrom?: string };
  /** Carried next steps a commit seems to have done, and that commit (see `Draft.maybeDone`). */
  maybeDone: Map<string, string>;
  /** The range's commits and merges by time: what blockers and steps are matched against. */
  claimCommits: CommitInfo[];
  /** The test deltas by name, in words (`newly failing: a; fixed: b; +3 tests`). */
  testChanges?: string;
}

function byTime(a: CommitInfo, b: CommitInfo): number {
  return a.commitTime - b.commitTime;
}

/** The longest stretch a suggested `--from` covers: a sitting, not a month of commits every hour. */
const SUGGESTED_SESSION_SECONDS = 24 * 3600;

/**
 * The commit just before the last work session began (by author time), or before the last 24 hours
 * of it when it is longer: `--from` there drafts that session alone. Undefined when no commit is older.
 */
function lastSessionStart(commits: readonly CommitInfo[], time: TimeEstimate): string | undefined {
  const last = time.sessions[time.sessions.length - 1];
  if (!last) return undefined;
  const start = Math.max(last.firstCommit, last.lastCommit - SUGGESTED_SESSION_SECONDS);
  let before: CommitInfo | undefined;
  for (const commit of commits) {
    if (commit.authorTime < start && (!before || commit.authorTime >= before.authorTime)) before = commit;
  }
  return before?.sha;
}

function buildDocument(context: ComposeContext, level: DetailLevel): HandoffDocument {
  const { input } = context;
  const date = sessionDate(input);
  const { claimCommits } = context;
  const blocked = input.status === 'blocked';
  const document: HandoffDocument = {
    title: draftTitle(input, date),
    taskId: input.taskId,
    session: input.session,
    header: header(input, date),
    elements: {
      currentState: currentState(input.tests, level),
      decisions: listSection(
        'Decisions Made',
        input.answers?.decisions,
        'decisions made this session, each with its reason',
        false,
      ),
      blockers: listSection(
        'Current Blockers',
        input.answers?.blockers,
        blocked
          ? 'what blocks the task, as the registry says it is blocked; or None'
          : 'new blockers, or None; delete resolved ones',
        false,
        input.previous
          ? openBlockers(input.previous.document).map((blocker) => {
              const copy = carried(blocker);
              const fix = possiblyResolvedBy(blocker, claimCommits);
              if (fix) {
                copy.details.push(`possibly resolved by ${short(fix.sha)}`);
              }
              return copy;
            })
          : [],
        // "None" holds until a session says otherwise, as a carried blocker does; not for a task the
        // registry calls blocked (`handoff block`), whose handoff must say what blocks it.
        !blocked && input.previous && saysNoBlockers(input.previous.document) ? 'None' : undefined,
        // "None" beside a blocker (a carried one, or `--blocker None --blocker "DB down"`) is untrue.
        true,
      ),
      nextSteps: listSection(
        'Next Steps',
        input.answers?.nextSteps,
        'new next steps, most urgent first',
        true,
        input.previous
          ? openNextSteps(input.previous.document).map((step) => {
              const copy: ListItem = { ...carried(step), mark: 'open' };
              // Still open: words in a commit subject are a guess, and a step checked off by a guess
              // would leave the handoff (and the next session) without it. `--resolved` confirms.
              const done = context.maybeDone.get(step.text);
              if (done) copy.details.push(doneGuess(short(done)));
              return copy;
            })
          : [],
        undefined,
        // "None" beside a step still open (a carried one) is untrue, as for blockers.
        true,
      ),
      timeProgress: timeProgress(context),
    },
    otherSections: [],
  };
  if (context.notOneSession) {
    const { why, suggestedFrom } = context.notOneSession;
    const choice = suggestedFrom
      ? ` Draft again with --from to choose where it started, e.g. --from ${short(suggestedFrom)} for the last work session.`
      : ' Draft again with --from to choose where it started.';
    document.intro = [`⚠️ This range is probably not one session: ${why}.${choice}`];
  }
  if (input.commits.length > 0 || (input.merges?.length ?? 0) > 0 || (input.net?.files.length ?? 0) > 0) {
    document.filesModified = filesModified(input, level.files);
    document.commits = commitsSection(context, level.commits);
  }
  return document;
}

/** The session's own date in the user's time zone: its last commit's day, else today's. */
function sessionDate(input: DraftInput): string {
  let last = 0;
  for (const commit of [...input.commits, ...(input.merges ?? [])]) last = Math.max(last, commit.authorTime);
  return localDate(last > 0 ? new Date(last * 1000) : input.now, input.timeZone);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_DATE =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(,?\s+\d{4})?\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/**
 * The previous title with this session's number and this session's date where it had one (`Session 2
 * Handoff (Nov 10, End of Day)`, not the previous session's Nov 8), else `<TASK>: Handoff (Session N)`.
 */
function draftTitle(input: DraftInput, date: string): string {
  const previous = input.previous?.document.title;
  if (previous && /\bsession\s*#?\s*\d+/i.test(previous)) {
    const [year, month, day] = date.split('-');
    return previous
      .replace(/\b(session\s*#?\s*)\d+/i, `$1${input.session}`)
      .replace(ISO_DATE, date)
      .replace(MONTH_DATE, (_match, _month, withYear: string | undefined) => {
        const text = `${MONTHS[Number(month) - 1]} ${Number(day)}`;
        return withYear ? `${text}, ${year}` : text;
      });
  }
  return `${input.taskId}: Handoff (Session ${input.session})`;
}

function header(input: DraftInput, date: string): HeaderField[] {
  const fields: HeaderField[] = [
    { label: 'Date', value: date, line: 0 },
    { label: 'Agent', value: input.agent, line: 0 },
  ];
  if (input.status) fields.push({ label: 'Status', value: statusTitle(input.status), line: 0 });
  return fields;
}

/** `in_progress` → `In Progress`. */
function statusTitle(status: string): string {
  return status
    .split(/[_\s-]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ');
}

function currentState(tests: TestSummary | undefined, level: DetailLevel): Section {
  const section = emptySection('Current State');
  if (!tests) {
    section.paragraphs.push(placeholderText('what works and what is broken; or pass --tests'));
    return section;
  }
  const failed = tests.failed + tests.errored;
  const working: Subsection = { label: "What's Working", items: [], paragraphs: [], line: 0 };
  if (tests.passed > 0) {
    const text =
      failed === 0
        ? tests.passed === 1
          ? 'The 1 test passing'
          : `All ${tests.passed} tests passing`
        : `${tests.passed} of ${tests.passed + failed} tests passing`;
    working.items.push(item(text, 'working'));
  } else {
    working.items.push(item('No tests passing', 'broken'));
  }
  section.subsections.push(working);
  if (failed > 0) {
    const broken: Subsection = { label: "What's Broken", items: [], paragraphs: [], line: 0 };
    const named = failingLabels(tests.failures).slice(0, level.failures);
    // Names only: a failure message (`AssertionError: …`) names exception classes and paths that are
    // not the project's, which the resume's drift check would then report as gone at HEAD.
    for (const label of named) broken.items.push(item(redactSecrets(label), 'broken'));
    const more = failed - named.length;
    if (more > 0) broken.items.push(item(`…and ${more} more failing ${plural(more, 'test')}`));
    section.subsections.push(broken);
  }
  return section;
}

/**
 * A list element: carried items, then what the person answered, then — only when the person said
 * nothing — a placeholder item for what only they know.
 */
function listSection(
  label: string,
  answers: readonly string[] | undefined,
  hint: string,
  asSteps: boolean,
  carriedItems: ListItem[] = [],
  /** Written instead of the placeholder when nothing else is listed (a carried `None`). */
  whenEmpty?: string,
  /** Items that say the list is empty are dropped when it lists anything else. */
  noneOnlyAlone = false,
): Section {
  const section = emptySection(label);
  section.items.push(...carriedItems);
  appendAnswers(section, answers, asSteps);
  if (noneOnlyAlone) dropNoneBesideItems(section);
  // The placeholder asks for what only a person knows; a list that already has items needs no prompt.
  if (section.items.length === 0)
    section.items.push(item(whenEmpty ?? placeholderText(hint), asSteps ? 'open' : undefined));
  return section;
}

/** The draft's guess that a commit did a next step: `done in abc1234?` (`--resolved` confirms it). */
export function doneGuess(sha: string): string {
  return `done in ${sha}?`;
}

/** A detail with `doneGuess` settled: `done in abc1234`, the guess confirmed; any other detail as it is. */
export function confirmedGuess(detail: string): string {
  return /^done in [0-9a-f]{7,40}\?$/.test(detail) ? detail.slice(0, -1) : detail;
}

/**
 * Drops the items that say the list is empty (`None`) when the list has anything else: "None" beside
 * a blocker (a carried one, or `--blocker None --blocker "DB down"`) is untrue.
 */
export function dropNoneBesideItems(section: Section): void {
  if (section.items.some((i) => !saysNothing(i.text)))
    section.items = section.items.filter((i) => !saysNothing(i.text));
}

/**
 * Appends each answer to the section's items (an open step when `asSteps`). An answer that repeats
 * an item already listed (carried, or an earlier answer) is that item, not a second one.
 */
export function appendAnswers(
  section: Section,
  answers: readonly string[] | undefined,
  asSteps: boolean,
): void {
  const listed = new Set(section.items.map((i) => sameItemText(i.text)));
  for (const answer of (answers ?? []).map((a) => a.trim())) {
    const key = sameItemText(answer);
    if (answer === '' || listed.has(key)) continue;
    listed.add(key);
    // `--next None` says there is no step left: no box to check off.
    section.items.push(item(answer, asSteps && !saysNothing(answer) ? 'open' : undefined));
  }
}

/** An item's text as two items are compared: case and runs of white space do not matter. */
export function sameItemText(text: string): string {
  return collapseWhitespace(text).trim().toLowerCase();
}

/** A carried item, without the template lines its details held. */
function carried(source: ListItem): ListItem {
  const copy: ListItem = {
    text: source.text,
    // The last draft's guesses go: this draft makes its own from its own commits.
    details: source.details.filter((d) => !isPlaceholderText(d) && !OWN_GUESS.test(d)),
    line: 0,
  };
  if (source.mark) copy.mark = source.mark;
  return copy;
}

/** The details a draft adds to a carried item: `done in <sha>?`, `possibly resolved by <sha>`. */
const OWN_GUESS = /^(?:done in [0-9a-f]{7,40}\?|possibly resolved by [0-9a-f]{7,40})$/;

/** This session's hours in the task's total: as stated, else the estimate; none without commits. */
function sessionHours(input: DraftInput, time: TimeEstimate): number {
  return input.statedHours ?? (input.commits.length > 0 ? time.hours : 0);
}

/**
 * The answers a drafted handoff still waits for, as the draft command that fills it in asks for them
 * (draft's `next`, the Stop hook's fix): the required elements `missing`, the Progress line when it is
 * left to fill in (the check allows it, but `resume` and the session chart read progress from it; its
 * flag is the Time and Progress element's), and the open time lines (`timeFieldsLeftOpen`).
 */
export function answersLeftOpen(
  document: HandoffDocument,
  missing: readonly ElementName[],
): { elements: ElementName[]; times: TimeField[] } {
  const fields = document.elements.timeProgress?.fields ?? [];
  const progressOpen = fields.some(
    (field) => fieldFactOf(field.label) === 'progress' && isPlaceholderText(field.value),
  );
  const elements =
    progressOpen && !missing.includes('timeProgress') ? [...missing, 'timeProgress' as const] : [...missing];
  return { elements, times: timeFieldsLeftOpen(document) };
}

/**
 * The Time and Progress lines a draft left to fill in: Time Spent (nothing to estimate it from, none
 * stated) and Estimated Remaining (none given). Neither is required, so the check passes without
 * them; a draft says so rather than call itself complete in silence.
 */
export function timeFieldsLeftOpen(document: HandoffDocument): TimeField[] {
  const fields = document.elements.timeProgress?.fields ?? [];
  return TIME_FIELDS.filter((fact) => {
    const field = fields.find((f) => fieldFactOf(f.label) === fact);
    return field !== undefined && isPlaceholderText(field.value);
  });
}

/** Time Spent as the session states it (`--time-spent`): one hour figure, as readers sum it back. */
function statedTimeText(hours: number): string {
  const shown = Number(hours.toFixed(2));
  return `${shown} ${shown === 1 ? 'hour' : 'hours'} this session (stated)`;
}

/** Task Total: the sum, and which sessions state no time (then it is a lower bound). */
function taskTotalText(total: TaskTotal, noTime: readonly number[]): string {
  const unknown =
    noTime.length > 0
      ? `; at least: ${plural(noTime.length, 'session')} ${noTime.join(', ')} ${noTime.length === 1 ? 'states' : 'state'} no time`
      : '';
  return `${total.hours.toFixed(1)} hours in ${total.sessions} sessions (sum of each handoff's Time Spent${unknown})`;
}

/**
 * A stated time (`--time-spent`) set in a draft already composed (this session's uncommitted draft,
 * filled in): Time Spent says it, and Task Total, when there are earlier sessions, is summed again
 * with it, as a new draft would have summed it.
 */
export function stateTimeSpent(
  document: HandoffDocument,
  hours: number,
  earlier: readonly RecordedSessionTime[],
): void {
  document.elements.timeProgress ??= emptySection('Time and Progress');
  const fields = document.elements.timeProgress.fields;
  const isTimeSpent = (label: string) => fieldFactOf(label) === 'timeSpent';
  const isTaskTotal = (label: string) => sameItemText(label) === 'task total';
  const spent = fields.find((f) => isTimeSpent(f.label));
  if (spent) spent.value = statedTimeText(hours);
  else fields.unshift({ label: 'Time Spent', value: statedTimeText(hours), line: 0 });
  if (earlier.length === 0) return;
  const total = taskTotal(earlier, hours);
  const value = taskTotalText(total, total.unknown);
  const known = fields.find((f) => isTaskTotal(f.label));
  if (known) known.value = value;
  else
    fields.splice(fields.findIndex((f) => isTimeSpent(f.label)) + 1, 0, {
      label: 'Task Total',
      value,
      line: 0,
    });
}

function timeProgress(context: ComposeContext): Section {
  const { input, time, total, previousFacts } = context;
  const sinceText = sinceTextOf(input);
  const section = emptySection('Time and Progress');
  const field = (label: string, value: string) => section.fields.push({ label, value, line: 0 });

  if (input.statedHours !== undefined) {
    field('Time Spent', statedTimeText(input.statedHours));
  } else if (input.commits.length > 0) {
    const sessions = time.sessions.length;
    // The sittings are the gap rule's own split: git-hours counts per author and has none to give.
    const sittings = time.rule === 'gap' ? `, ${sessions} work ${plural(sessions, 'session')}` : '';
    // No other durations in this value: readers sum every hour figure a Time Spent line holds.
    field(
      'Time Spent',
      `${time.hours.toFixed(1)} hours this session (${time.rule} rule: ${input.commits.length} ${plural(input.commits.length, 'commit')}${sittings})`,
    );
  } else {
    field('Time Spent', placeholderText('no commits in the range to estimate from'));
  }
  if (total.sessions > 1) {
    // This session states no time either when it has no commits to estimate from and none was stated.
    const statesTime = input.statedHours !== undefined || input.commits.length > 0;
    field('Task Total', taskTotalText(total, statesTime ? total.unknown : [...total.unknown, input.session]));
  }
  field('Estimated Remaining', placeholderText());
  // The last value, for whoever fills it in (a draft never guesses how far the task is). No `%`
  // sign: a reader takes the first percentage of a Progress line as the progress.
  const before = previousFacts?.progressPercent;
  const at = sinceText.replace(/^since /, 'at ');
  field(
    'Progress',
    placeholderText(before === undefined ? 'percent complete' : `percent complete; ${before} percent ${at}`),
  );

  if (input.tests) {
    const failed = input.tests.failed + input.tests.errored;
    let value = `${input.tests.passed} passed, ${failed} failed`;
    if (input.tests.skipped > 0) value += `, ${input.tests.skipped} skipped`;
    const before = previousFacts?.tests;
    if (before) {
      const deltas = [
        signed(input.tests.passed - before.passed, 'passed'),
        signed(failed - before.failed, 'failed'),
      ]
        .filter((d) => d !== undefined)
        .join(', ');
      value += deltas === '' ? ` (unchanged ${sinceText})` : ` (${deltas} ${sinceText})`;
    }
    field('Tests', value);
    if (context.testChanges) field('Test Changes', `${context.testChanges} (${sinceText})`);
  }
  if (input.coverage) {
    let value = `${input.coverage.linesPercent.toFixed(1)}% of lines`;
    const before = previousFacts?.coveragePercent;
    if (before !== undefined) {
      const delta = Math.round((input.coverage.linesPercent - before) * 10) / 10;
      value += pointsChange(delta, sinceText, (points) => points.toFixed(1));
    }
    // After the lines' figure and its change, which the next draft reads back (the first number).
    const branches = input.coverage.branchesPercent;
    if (branches !== undefined) value += `, ${branches.toFixed(1)}% of branches`;
    field('Coverage', value);
  }
  return section;
}

/** `+7 passed`, `−1 failed`; undefined for no change. */
function signed(delta: number, what: string): string | undefined {
  if (delta === 0) return undefined;
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta)} ${what}`;
}

/** Files by lines changed (most first), summed over the commits: churn. Binary files count as 0 lines. */
export function changedFiles(
  commits: readonly CommitInfo[],
): { path: string; added: number; deleted: number; binary: boolean }[] {
  const byPath = new Map<string, { path: string; added: number; deleted: number; binary: boolean }>();
  for (const commit of commits) {
    // A merge's own changes carry no line counts (git counts a merge's lines against its first
    // parent, all the other side brought): they are in the net change, not the churn.
    if (commit.parents.length > 1) continue;
    for (const file of commit.files) {
      const entry = byPath.get(file.path) ?? { path: file.path, added: 0, deleted: 0, binary: false };
      if (file.added === undefined || file.deleted === undefined) entry.binary = true;
      else {
        entry.added += file.added;
        entry.deleted += file.deleted;
      }
      byPath.set(file.path, entry);
    }
  }
  return [...byPath.values()].sort(byLinesChanged);
}

/**
 * Files Modified: the net change first (`git diff -M base..head`: each file added, deleted, renamed or
 * modified, binary said), noise summarised on one line after the rest; with `--churn`, the lines
 * summed over the commits beside each file. Without a net change, the churn list, labelled as such.
 */
function filesModified(input: DraftInput, cap: number): Section {
  const section = emptySection('Files Modified');
  const churn = changedFiles(input.commits);
  if (!input.net) {
    const lines = churn.reduce((sum, f) => sum + f.added + f.deleted, 0);
    section.paragraphs.push(
      `Churn over the commits: ${churn.length} ${plural(churn.length, 'file')}, ${lines} lines.`,
    );
    for (const file of cap === 0 ? [] : churn.slice(0, cap)) {
      section.items.push(
        item(`${file.path} (${file.binary ? 'binary' : `+${file.added} −${file.deleted}`})`),
      );
    }
    const more = churn.length - cap;
    if (cap > 0 && more > 0) section.items.push(item(`…and ${more} more ${plural(more, 'file')}`));
    return section;
  }
  const { net } = input;
  const noise = input.noise ?? new Map<string, NoiseKind>();
  const news = net.files.filter((f) => !noise.has(f.path)).sort(byLinesChanged);
  const noisy = net.files.filter((f) => noise.has(f.path));
  const added = net.files.reduce((sum, f) => sum + (f.added ?? 0), 0);
  const deleted = net.files.reduce((sum, f) => sum + (f.deleted ?? 0), 0);
  const binary = net.files.filter((f) => f.binary).length;
  const range = `${short(net.base)}..${short(net.head)}${net.taskFilesOnly ? ", in the files the task's commits touched" : ''}`;
  const binaryText = binary > 0 ? `, ${binary} binary` : '';
  // Counted in the header: a move of many files shows only a few of them in the list below.
  const renamed = net.files.filter((f) => f.status === 'renamed').length;
  const renamedText = renamed > 0 ? ` (${renamed} renamed)` : '';
  section.paragraphs.push(
    net.files.length === 0
      ? `Net change ${range}: none (the commits cancel out).`
      : `Net change ${range}: ${net.files.length} ${plural(net.files.length, 'file')}${renamedText}, +${added} −${deleted}${binaryText}.`,
  );
  if (input.churn) {
    const churnAdded = churn.reduce((sum, f) => sum + f.added, 0);
    const churnDeleted = churn.reduce((sum, f) => sum + f.deleted, 0);
    section.paragraphs.push(
      `Churn summed over ${input.commits.length} ${plural(input.commits.length, 'commit')}: +${churnAdded} −${churnDeleted} in ${churn.length} ${plural(churn.length, 'file')}.`,
    );
  }
  if (cap > 0) {
    const churnByPath = new Map(churn.map((f) => [f.path, f]));
    for (const file of news.slice(0, cap)) {
      let text = describeNetChange(file);
      const fileChurn = churnByPath.get(file.path);
      if (input.churn && fileChurn) text = `${text.slice(0, -1)}; churn ${formatLineCounts(fileChurn)})`;
      section.items.push(item(text));
    }
    const more = news.length - cap;
    if (more > 0) section.items.push(item(`…and ${more} more ${plural(more, 'file')}`));
  }
  if (noisy.length > 0) {
    const byKind = new Map<NoiseKind, NetFileChange[]>();
    for (const file of noisy) {
      const kind = noise.get(file.path) as NoiseKind;
      byKind.set(kind, [...(byKind.get(kind) ?? []), file]);
    }
    const parts = [...byKind].map(([kind, files]) => {
      const counts = formatLineCounts({
        added: files.reduce((sum, f) => sum + (f.added ?? 0), 0),
        deleted: files.reduce((sum, f) => sum + (f.deleted ?? 0), 0),
      });
      const only = files.length === 1 ? (files[0] as NetFileChange) : undefined;
      return only
        ? `${only.path} (${kind}, ${only.binary ? 'binary' : counts})`
        : `${noiseKindWords(kind, files.length)} (${counts})`;
    });
    section.items.push(item(`Noise, not ranked: ${parts.join(', ')}`));
  }
  return section;
}

/**
 * Commits: who (when more than one author), what landed (pull requests by number and title), then
 * the commits newest first. Merges and empty commits are counted and listed, never silently dropped,
 * and never counted as work (time, files).
 */
function commitsSection(context: ComposeContext, cap: number): Section {
  const { input, pullRequests } = context;
  const section = emptySection('Commits');
  const merges = input.merges ?? [];
  const empty = input.emptyCommits ?? [];
  const all = [...input.commits, ...merges, ...empty].sort(byTime);
  const kinds = [`${input.commits.length} work`];
  if (merges.length > 0) kinds.push(`${merges.length} ${plural(merges.length, 'merge')}`);
  if (empty.length > 0) kinds.push(`${empty.length} empty`);
  const total = all.length;
  let summary = `${total} ${plural(total, 'commit')}${kinds.length > 1 ? ` (${kinds.join(', ')})` : ''}`;
  const authors = authorsOf(all);
  if (authors.length > 1) {
    const named = authors.slice(0, 5).map((a) => `${a.name} (${a.commits})`);
    if (authors.length > 5) named.push(`and ${authors.length - 5} more`);
    summary += ` by ${named.join(', ')}`;
  }
  const first = all[0];
  const last = all[all.length - 1];
  if (cap === 0 && first && last) {
    const span = first === last ? short(first.sha) : `${short(first.sha)}..${short(last.sha)}`;
    const prs =
      pullRequests.length > 0
        ? `, ${pullRequests.length} pull ${plural(pullRequests.length, 'request')}`
        : '';
    section.paragraphs.push(`${redactSecrets(summary)}: ${span}${prs}.`);
    return section;
  }
  // The count alone says nothing the list does not: the line is there for merges, empties, authors.
  if (kinds.length > 1 || authors.length > 1) section.paragraphs.push(`${redactSecrets(summary)}.`);
  const prShas = new Set(pullRequests.map((pr) => pr.sha));
  // A one-commit pull request is its commit: the merge's second parent, titled as the PR (GitHub
  // titles a one-commit PR by its subject). Listed once, as the pull request, not twice.
  const bySha = new Map(all.map((c) => [c.sha, c]));
  const listedAsPullRequest = new Set<string>();
  for (const pr of pullRequests) {
    const merge = bySha.get(pr.sha);
    for (const sha of merge?.parents.slice(1) ?? []) {
      const subject = bySha.get(sha)?.subject;
      if (subject !== undefined && sameTitle(subject, pr.title)) listedAsPullRequest.add(sha);
    }
  }
  const entries = [
    // Newest first: the last commits say best where the session ended.
    ...[...pullRequests]
      .reverse()
      .map((pr) => `#${pr.number} ${redactSecrets(pr.title)} (pull request, ${short(pr.sha)})`),
    ...[...all]
      .reverse()
      .filter((c) => !prShas.has(c.sha) && !listedAsPullRequest.has(c.sha))
      .map((c) => `${short(c.sha)} ${redactSecrets(c.subject)}`),
  ];
  for (const entry of entries.slice(0, cap)) section.items.push(item(entry));
  const more = entries.length - cap;
  if (more > 0) section.items.push(item(`…and ${more} more`));
  return section;
}

/**
 * A commit subject and a PR title that say the same: equal, or the title the subject cut short with
 * `…` (as GitHub cuts a long one). A title that merely begins the subject is another commit's.
 */
function sameTitle(subject: string, title: string): boolean {
  const a = subject.trim();
  const b = title.trim();
  const cut = /(?:\u2026|\.\.\.)$/.exec(b);
  return a === b || (cut !== null && b.length - cut[0].length >= 20 && a.startsWith(b.slice(0, cut.index)));
}

function trimmedParts(context: ComposeContext, level: DetailLevel): string[] {
  const full = DETAIL_LEVELS[0] as DetailLevel;
  const { input } = context;
  const parts: string[] = [];
  const listed = input.commits.length + (input.merges?.length ?? 0) + (input.emptyCommits?.length ?? 0);
  if (level.commits < full.commits && listed > level.commits) parts.push('commit list');
  const files = input.net ? input.net.files.length : changedFiles(input.commits).length;
  if (level.files < full.files && files > level.files) parts.push('files list');
  const failed = input.tests ? input.tests.failures.length : 0;
  if (level.failures < full.failures && failed > level.failures) parts.push('failing-test list');
  return parts;
}

function short(sha: string): string {
  return sha.slice(0, SHORT_SHA);
}

/**
 * The placeholder as the document model holds it: `placeholder()` gives the markdown
 * (`_(to fill in: …)_`); the model keeps text without inline markup, as the parser would read it.
 */
function placeholderText(hint?: string): string {
  return placeholder(hint).replace(/^_|_$/g, '');
}

function item(text: string, mark?: ListItem['mark']): ListItem {
  const result: ListItem = { text, details: [], line: 0 };
  if (mark) result.mark = mark;
  return result;
}

export interface TaskCommitsInput {
  taskId: string;
  /** Every active task id (the task itself included), for attribution. */
  activeTaskIds: readonly string[];
  /** For commits that name a task not active now, those active in the commit's tree (`attributeCommits`). */
  activeAtCommit?: ReadonlyMap<string, readonly string[]>;
  /** Active task id -> its handoff file, as `attributeCommits` takes it. */
  handoffFiles: ReadonlyMap<string, string>;
  /** `taskIdRegExp(config)`. */
  taskIds: RegExp;
  /** Branch the range is on, for attribution by branch name. */
  branch?: string;
  nonWork: NonWorkPaths;
  /**
   * The handoff the range starts after. A commit of the task that an update of it in the range has
   * as an ancestor (the update made on another line, brought in by a merge or a cherry-pick) is
   * covered: not the session's, as `behindInRange` does not count it for the check and `resume`.
   */
  handoffPath?: string;
  /**
   * The commits the next push carries (`attributeRanges`' `nextPush`): they decide the fallback and
   * only they get it; those before the range are attributed along, not selected.
   */
  nextPush?: readonly CommitInfo[];
}

/**
 * Whether the next push's commits (`TaskCommitsInput.nextPush`) could attribute `commits` differently,
 * so are worth reading: a work commit names no task of its own (the fallback gives it one, or none).
 * `fallbackMatters` asks the same of the check's attribution.
 */
export function fallbackDecides(commits: readonly CommitInfo[], input: TaskCommitsInput): boolean {
  const bySha = attributeForTask(commits, input);
  return commits.some((commit) => {
    if (!isWorkCommit(commit, input.nonWork)) return false;
    const rule = bySha.get(commit.sha)?.rule;
    return rule === undefined || rule === 'only-task-in-range' || rule === 'only-active-task';
  });
}

/**
 * The task's work commits among `commits` (the rules of `attributeCommits`, so draft, resume and
 * check agree on what belongs to a task), each with its bookkeeping files (handoffs, registry) removed.
 */
export function selectTaskCommits(
  commits: readonly CommitInfo[],
  input: TaskCommitsInput,
  /** Only the commits that name the task (a trailer, the message, the branch), not those it fell back to. */
  { namedOnly = false }: { namedOnly?: boolean } = {},
): CommitInfo[] {
  const bySha = attributeForTask(commits, input);
  const covered = coveredByHandoff(commits, input.handoffPath);
  const counts = (sha: string) => {
    const attribution = bySha.get(sha);
    if (!attribution?.tasks.includes(input.taskId) || covered.has(sha)) return false;
    return (
      !namedOnly || (attribution.rule !== 'only-task-in-range' && attribution.rule !== 'only-active-task')
    );
  };
  return commits
    .filter((c) => isWorkCommit(c, input.nonWork) && counts(c.sha))
    .map((c) => ({ ...c, files: c.files.filter((f) => isWorkCommit({ ...c, files: [f] }, input.nonWork)) }));
}

/**
 * The commits of `commits` that an update of `handoffPath` among them has as an ancestor (or that
 * are one): the coverage `behindInRange` judges by, through the same walk (`CommitGraph.coverage`).
 */
function coveredByHandoff(
  commits: readonly CommitInfo[],
  handoffPath: string | undefined,
): ReadonlySet<string> {
  if (handoffPath === undefined) return NONE_COVERED;
  const updates = commits.filter((c) => c.files.some((f) => f.path === handoffPath)).map((c) => c.sha);
  if (updates.length === 0) return NONE_COVERED;
  return new CommitGraph(commits).coverage(
    updates,
    commits.map((c) => c.sha),
  ).covered;
}
const NONE_COVERED: ReadonlySet<string> = new Set();

/** `attributeCommits` over `commits`, with the task counted as active even when it is not any more. */
function attributeForTask(commits: readonly CommitInfo[], input: TaskCommitsInput) {
  const activeTaskIds = input.activeTaskIds.includes(input.taskId)
    ? input.activeTaskIds
    : [...input.activeTaskIds, input.taskId];
  const inRange = new Set(commits.map((c) => c.sha));
  const before = (input.nextPush ?? []).filter((c) => !inRange.has(c.sha));
  return attributeCommits({
    commits: [...before, ...commits].map((commit) =>
      input.branch === undefined ? { commit } : { commit, branch: input.branch },
    ),
    ...(input.nextPush ? { fallbackScope: new Set(input.nextPush.map((c) => c.sha)) } : {}),
    activeTaskIds,
    ...(input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {}),
    handoffFiles: input.handoffFiles,
    taskIds: input.taskIds,
  }).bySha;
}

/**
 * When the day a task started (`task_started`, the UTC day `start` records) has ended everywhere, in
 * seconds: 12 hours after its end in UTC, where it ends last (UTC-12). A start's own hour is not
 * recorded, so its setup is looked for until then: in California a task started at 16:45 is
 * recorded on that day and its setup committed at 17:05 is already the next day in UTC; in Tokyo one
 * started at 08:45 is recorded on the day before, and its setup at 09:05 is after that day's UTC end.
 */
function endOfStartDay(taskStarted: string): number {
  return Date.parse(`${taskStarted}T00:00:00Z`) / 1000 + 86_400 + 12 * 3600;
}

/** The leading commits of a first session's start day that may be setup (`startDayLead`). */
export interface StartDayLead {
  /** How many leading commits of the start day come before the first that names the task. */
  count: number;
  /** Whether a commit after them names the task (none does when they run to the day's or the range's end). */
  named: boolean;
}

/**
 * The commits a first session may start after: of `commits` (oldest first, read from the day the
 * task started), the leading ones made on that day (before it has ended everywhere,
 * `endOfStartDay`) before the first that names the task itself (a `Task:` trailer, its id in the
 * message or branch); all of that day's leading commits when none names it. A later day's commit ends
 * them: by then the task was under way. `setupCommitsBefore` says how many of them were setup.
 */
export function startDayLead(
  commits: readonly CommitInfo[],
  input: TaskCommitsInput,
  day: string,
): StartDayLead {
  const bySha = attributeForTask(commits, input);
  const named = commits.findIndex((commit) => {
    const attribution = bySha.get(commit.sha);
    return (
      attribution?.tasks.includes(input.taskId) === true &&
      attribution.rule !== 'only-task-in-range' &&
      attribution.rule !== 'only-active-task'
    );
  });
  const end = named === -1 ? commits.length : named;
  const dayEnd = endOfStartDay(day);
  let count = 0;
  while (count < end && (commits[count]?.authorTime ?? dayEnd) < dayEnd) count++;
  return { count, named: named !== -1 };
}

/**
 * How many leading commits of a first session were the setup its task was started after (an initial
 * commit, `handoff init`, `handoff setup`): they counted for the task only as the one active task.
 * Of the start day's lead (`startDayLead`), those before the first commit whose own registry has the
 * task active (`firstRecorded`, its index: `handoff start` committed), else before the first that
 * names it. 0 when neither marks a start within the lead: then every commit may be its work (a
 * `start` never committed leaves the registry at each commit without the task).
 */
export function setupCommitsBefore(lead: StartDayLead, firstRecorded: number | undefined): number {
  if (firstRecorded !== undefined && firstRecorded < lead.count) return firstRecorded;
  return lead.named ? lead.count : 0;
}

export interface TaskRange {
  /** The task's work commits, bookkeeping files removed (as `selectTaskCommits`). */
  work: CommitInfo[];
  /** The task's merge commits. */
  merges: CommitInfo[];
  /** The task's commits that change nothing (not merges): counted, not work. Bookkeeping-only commits are neither. */
  empty: CommitInfo[];
  /** Work commits in the range attributed to other tasks (or to none). */
  foreign: number;
}

/**
 * The range split for a draft: the task's work commits, its merges (more than one parent; `git log
 * --numstat` lists no files for them) and its empty commits, by the same attribution as
 * `selectTaskCommits`.
 */
export function selectTaskRange(commits: readonly CommitInfo[], input: TaskCommitsInput): TaskRange {
  const bySha = attributeForTask(commits, input);
  const covered = coveredByHandoff(commits, input.handoffPath);
  const range: TaskRange = { work: [], merges: [], empty: [], foreign: 0 };
  for (const commit of commits) {
    // Covered by an update of the handoff on another line: that session's, not this one's nor foreign.
    if (covered.has(commit.sha)) continue;
    const mine = bySha.get(commit.sha)?.tasks.includes(input.taskId) ?? false;
    const work = isWorkCommit(commit, input.nonWork);
    if (!mine) {
      if (work) range.foreign++;
      continue;
    }
    // A merge is work when it changes something itself (a conflict resolved by hand, code added
    // while merging), as the check counts it; a clean merge is listed apart.
    if (commit.parents.length > 1 && !work) range.merges.push(commit);
    else if (work) {
      range.work.push({
        ...commit,
        files: commit.files.filter((f) => isWorkCommit({ ...commit, files: [f] }, input.nonWork)),
      });
    } else if (commit.files.length === 0) range.empty.push(commit);
  }
  return range;
}
