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
import { attributeCommits, isWorkCommit, type NonWorkPaths } from './attribution.js';
import { placeholder } from './document/elements.js';
import { documentFacts, openBlockers, openNextSteps } from './document/facts.js';
import { renderHandoff } from './document/render.js';
import type {
  CommitInfo,
  CoverageSummary,
  DocumentFacts,
  HandoffDocument,
  HeaderField,
  ListItem,
  Section,
  Subsection,
  TestSummary,
} from './model.js';
import { estimateTimeSpent, type TimeEstimate } from './session-time.js';
import { countWords } from './words.js';

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
  /** The draft's date. */
  now: Date;
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
  time: TimeEstimate;
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
  const time = estimateTimeSpent(
    input.commits.map((c) => c.authorTime),
    input.sessionGapMs,
  );
  const previousFacts = input.previous
    ? (input.previous.facts ?? documentFacts(input.previous.document))
    : undefined;
  const context: ComposeContext = { input, time, previousFacts };

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
  };
}

interface ComposeContext {
  input: DraftInput;
  time: TimeEstimate;
  previousFacts?: DocumentFacts;
}

function buildDocument(context: ComposeContext, level: DetailLevel): HandoffDocument {
  const { input } = context;
  const document: HandoffDocument = {
    title: draftTitle(input),
    taskId: input.taskId,
    session: input.session,
    header: header(input),
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
        'new blockers, or None; delete resolved ones',
        false,
        input.previous ? openBlockers(input.previous.document).map(carried) : [],
      ),
      nextSteps: listSection(
        'Next Steps',
        input.answers?.nextSteps,
        'new next steps, most urgent first',
        true,
        input.previous
          ? openNextSteps(input.previous.document).map((item) => ({ ...carried(item), mark: 'open' }))
          : [],
      ),
      timeProgress: timeProgress(context),
    },
    otherSections: [],
  };
  if (input.commits.length > 0) {
    document.filesModified = filesModified(input.commits, level.files);
    document.commits = commitsSection(input.commits, level.commits);
  }
  return document;
}

/** The previous title with this session's number, else `<TASK>: Handoff (Session N)`. */
function draftTitle(input: DraftInput): string {
  const previous = input.previous?.document.title;
  if (previous && /\bsession\s*#?\s*\d+/i.test(previous)) {
    return previous.replace(/\b(session\s*#?\s*)\d+/i, `$1${input.session}`);
  }
  return `${input.taskId}: Handoff (Session ${input.session})`;
}

function header(input: DraftInput): HeaderField[] {
  const fields: HeaderField[] = [
    { label: 'Date', value: input.now.toISOString().slice(0, 10), line: 0 },
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
        ? `All ${tests.passed} tests passing`
        : `${tests.passed} of ${tests.passed + failed} tests passing`;
    working.items.push(item(text, 'working'));
  } else {
    working.items.push(item('No tests passing', 'broken'));
  }
  section.subsections.push(working);
  if (failed > 0) {
    const broken: Subsection = { label: "What's Broken", items: [], paragraphs: [], line: 0 };
    const named = tests.failures.slice(0, level.failures);
    for (const failure of named) broken.items.push(item(failure.name, 'broken'));
    const more = failed - named.length;
    if (more > 0) broken.items.push(item(`…and ${more} more failing ${more === 1 ? 'test' : 'tests'}`));
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
): Section {
  const section = emptySection(label);
  section.items.push(...carriedItems);
  const answered = (answers ?? []).map((a) => a.trim()).filter((a) => a !== '');
  for (const answer of answered) section.items.push(item(answer, asSteps ? 'open' : undefined));
  if (answered.length === 0) section.items.push(item(placeholderText(hint), asSteps ? 'open' : undefined));
  return section;
}

function carried(source: ListItem): ListItem {
  const copy: ListItem = { text: source.text, details: [...source.details], line: 0 };
  if (source.mark) copy.mark = source.mark;
  return copy;
}

function timeProgress(context: ComposeContext): Section {
  const { input, time, previousFacts } = context;
  const since = input.previous?.session ?? input.previous?.document.session;
  const sinceText = since === undefined ? 'since the last handoff' : `since session ${since}`;
  const section = emptySection('Time and Progress');
  const field = (label: string, value: string) => section.fields.push({ label, value, line: 0 });

  if (input.commits.length > 0) {
    const sessions = time.sessions.length;
    field(
      'Time Spent',
      `${time.hours.toFixed(1)} hours (estimated from ${input.commits.length} ${plural(input.commits.length, 'commit')} in ${sessions} work ${plural(sessions, 'session')})`,
    );
  } else {
    field('Time Spent', placeholderText('no commits in the range to estimate from'));
  }
  field('Estimated Remaining', placeholderText());
  field('Progress', placeholderText('percent complete'));

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
  }
  if (input.coverage) {
    let value = `${input.coverage.linesPercent.toFixed(1)}% of lines`;
    const before = previousFacts?.coveragePercent;
    if (before !== undefined) {
      const delta = Math.round((input.coverage.linesPercent - before) * 10) / 10;
      value +=
        delta === 0
          ? ` (unchanged ${sinceText})`
          : ` (${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)} points ${sinceText})`;
    }
    field('Coverage', value);
  }
  return section;
}

/** `+7 passed`, `−1 failed`; undefined for no change. */
function signed(delta: number, what: string): string | undefined {
  if (delta === 0) return undefined;
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta)} ${what}`;
}

/** Files by lines changed (most first), summed over the commits; binary files count as 0 lines. */
export function changedFiles(
  commits: readonly CommitInfo[],
): { path: string; added: number; deleted: number; binary: boolean }[] {
  const byPath = new Map<string, { path: string; added: number; deleted: number; binary: boolean }>();
  for (const commit of commits) {
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
  return [...byPath.values()].sort(
    (a, b) => b.added + b.deleted - (a.added + a.deleted) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

function filesModified(commits: readonly CommitInfo[], cap: number): Section {
  const section = emptySection('Files Modified');
  const files = changedFiles(commits);
  if (cap === 0) {
    const lines = files.reduce((sum, f) => sum + f.added + f.deleted, 0);
    section.paragraphs.push(`${files.length} ${plural(files.length, 'file')} changed, ${lines} lines`);
    return section;
  }
  for (const file of files.slice(0, cap)) {
    section.items.push(item(`${file.path} (${file.binary ? 'binary' : `+${file.added} −${file.deleted}`})`));
  }
  const more = files.length - cap;
  if (more > 0) section.items.push(item(`…and ${more} more ${plural(more, 'file')}`));
  return section;
}

function commitsSection(commits: readonly CommitInfo[], cap: number): Section {
  const section = emptySection('Commits');
  const first = commits[0];
  const last = commits[commits.length - 1];
  if (cap === 0 && first && last) {
    const span = first === last ? short(first.sha) : `${short(first.sha)}..${short(last.sha)}`;
    section.paragraphs.push(`${commits.length} ${plural(commits.length, 'commit')}: ${span}`);
    return section;
  }
  // Newest first: the last commits say best where the session ended.
  const newest = [...commits].reverse();
  for (const commit of newest.slice(0, cap))
    section.items.push(item(`${short(commit.sha)} ${commit.subject}`));
  const more = commits.length - cap;
  if (more > 0) section.items.push(item(`…and ${more} more ${plural(more, 'commit')}`));
  return section;
}

function trimmedParts(context: ComposeContext, level: DetailLevel): string[] {
  const full = DETAIL_LEVELS[0] as DetailLevel;
  const { input } = context;
  const parts: string[] = [];
  if (level.commits < full.commits && input.commits.length > level.commits) parts.push('commit list');
  const files = changedFiles(input.commits).length;
  if (level.files < full.files && files > level.files) parts.push('files list');
  const failed = input.tests ? input.tests.failures.length : 0;
  if (level.failures < full.failures && failed > level.failures) parts.push('failing-test list');
  return parts;
}

function short(sha: string): string {
  return sha.slice(0, SHORT_SHA);
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
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

function emptySection(label: string): Section {
  return { label, items: [], paragraphs: [], subsections: [], fields: [], line: 0 };
}

export interface TaskCommitsInput {
  taskId: string;
  /** Every active task id (the task itself included), for attribution. */
  activeTaskIds: readonly string[];
  /** Active task id -> its handoff file, as `attributeCommits` takes it. */
  handoffFiles: ReadonlyMap<string, string>;
  /** `taskIdRegExp(config)`. */
  taskIds: RegExp;
  /** Branch the range is on, for attribution by branch name. */
  branch?: string;
  nonWork: NonWorkPaths;
}

/**
 * The task's work commits among `commits` (the rules of `attributeCommits`, so draft, resume and
 * check agree on what belongs to a task), each with its bookkeeping files (handoffs, registry) removed.
 */
export function selectTaskCommits(commits: readonly CommitInfo[], input: TaskCommitsInput): CommitInfo[] {
  const activeTaskIds = input.activeTaskIds.includes(input.taskId)
    ? input.activeTaskIds
    : [...input.activeTaskIds, input.taskId];
  const { bySha } = attributeCommits({
    commits: commits.map((commit) =>
      input.branch === undefined ? { commit } : { commit, branch: input.branch },
    ),
    activeTaskIds,
    handoffFiles: input.handoffFiles,
    taskIds: input.taskIds,
  });
  return commits
    .filter((c) => isWorkCommit(c, input.nonWork) && bySha.get(c.sha)?.tasks.includes(input.taskId))
    .map((c) => ({ ...c, files: c.files.filter((f) => isWorkCommit({ ...c, files: [f] }, input.nonWork)) }));
}
