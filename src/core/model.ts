/**
 * The plain data every part of handoff-guard shares. Core functions take and return these; adapters
 * produce them from git, the file system, report files and the GitHub API. Nothing here does I/O.
 */

// ---------------------------------------------------------------------------------------------
// Registry: `.agent-context/agent-handoffs.json`, exactly the seed's shape, one entry per agent.
// ---------------------------------------------------------------------------------------------

export interface AgentEntry {
  status: string;
  current_task?: string | null;
  task_started?: string;
  brief_note?: string;
  details_link?: string | null;
  /** Unknown keys are kept, in order, on every rewrite. */
  [extra: string]: unknown;
}

/** Agent name -> entry. Key order is preserved on rewrite. */
export type Registry = Record<string, AgentEntry>;

/** A task is active when an agent has it as `current_task` with an active status. */
export interface ActiveTask {
  taskId: string;
  agent: string;
  status: string;
  /** As written in the registry (repository-relative, POSIX separators), or undefined when absent. */
  detailsLink?: string;
}

// ---------------------------------------------------------------------------------------------
// Config: `.handoffrc.json`, `handoff.config.json` or `package.json#handoff`.
// ---------------------------------------------------------------------------------------------

export type ElementName = 'currentState' | 'decisions' | 'blockers' | 'nextSteps' | 'timeProgress';
/** The Time and Progress lines no element stands for, which a draft may still leave open. */
export type TimeField = 'timeSpent' | 'remaining';
export const TIME_FIELDS: readonly TimeField[] = ['timeSpent', 'remaining'];

export const ELEMENT_NAMES: readonly ElementName[] = [
  'currentState',
  'decisions',
  'blockers',
  'nextSteps',
  'timeProgress',
];

export interface HandoffConfig {
  /** Registry path, repository-relative. Default `.agent-context/agent-handoffs.json`. */
  registry: string;
  /** Statuses that make a task active. Default `['in_progress', 'blocked']`. */
  activeStatuses: string[];
  /** Every status the registry may use. Default the four of the spec; config may add. */
  statuses: string[];
  /** Folder of handoff documents, repository-relative. Default `delegation/tasks/active`. */
  handoffDir: string;
  /** File name pattern with `{task}` and `{session}`. Default `{task}-handoff-session{session}.md`. */
  handoffPattern: string;
  /** Regular expression source a task id must match. Default `[A-Z][A-Z0-9]*-\d{4}-\d{4}(?:-[A-Z0-9]+)?|[A-Z][A-Z0-9]+-\d+`. */
  taskIdPattern: string;
  freshness: {
    /** Work commits allowed after the last handoff update in the checked range. Default 0. */
    maxCommitsBehind: number;
    /** Longest a handoff may go without update while its task is active, e.g. `7d`, `36h`. Default `7d`. */
    maxAge: string;
    /**
     * Which active tasks can block: `all` (the default), or `touched` — only the tasks the checked
     * commits work on or whose handoff they change; the rest are notes. `touched` suits one branch per task.
     */
    scope: 'all' | 'touched';
  };
  /** Draft word budget. Default 250. */
  wordBudget: number;
  /** Elements that must be present and non-empty. Default all five. */
  requiredElements: ElementName[];
  hook: {
    /** What the pre-push hook does on an internal error (exit 3). Default `allow` (fail open, loudly). */
    onInternalError: 'allow' | 'block';
  };
  comment: {
    /** Post the sticky PR comment. Default true. */
    enabled: boolean;
    /** Label that waives the check on a PR. Default `no-handoff`. */
    waiverLabel: string;
  };
  /** Gap between commits that splits sessions when estimating time spent. Default `2h`. */
  sessionGap: string;
  /**
   * Monorepos: package folders (repository-relative, `packages/*` takes every folder there), each
   * with its own registry and config, judged on the commits that change files inside it. Read from
   * the root config only. Default none.
   */
  workspaces: string[];
  /** Where `handoff done` moves the task's handoffs, relinking `details_link`; undefined keeps them. */
  doneHandoffDir?: string;
}

// ---------------------------------------------------------------------------------------------
// Handoff document: markdown, `delegation/tasks/active/<TASK>-handoff-session<N>.md`.
// ---------------------------------------------------------------------------------------------

/** ✅ working, ❌ broken, [x] done, [ ] open; plain items have no mark. */
export type ItemMark = 'working' | 'broken' | 'done' | 'open';

export interface ListItem {
  text: string;
  mark?: ItemMark;
  /** Nested bullet lines, as text. */
  details: string[];
  /** 1-based line in the source document. */
  line: number;
}

/** A labelled group inside an element, e.g. "What's Working" inside Current State. */
export interface Subsection {
  label: string;
  items: ListItem[];
  /** Paragraph text (not list items), one entry per paragraph. */
  paragraphs: string[];
  line: number;
}

export interface Section {
  /** The heading or bold label as written, e.g. `Current Blockers`, `Key Decisions`. */
  label: string;
  /** Items directly under the section (not inside a subsection). */
  items: ListItem[];
  paragraphs: string[];
  subsections: Subsection[];
  /** `**Key:** value` lines inside the section, e.g. Time Spent, Progress. */
  fields: HeaderField[];
  line: number;
}

export interface HeaderField {
  /** Label as written, e.g. `Date`, `Time Spent`. */
  label: string;
  value: string;
  line: number;
}

/** Whether an element is usable: `placeholder` means only template text like `[Detailed status ...]` or `TODO`. */
export type ElementState = 'present' | 'empty' | 'placeholder' | 'absent';

export interface HandoffDocument {
  /** H1 text, e.g. `TASK-2025-0078-C: API Testing Handoff (Session 1)`. */
  title?: string;
  taskId?: string;
  session?: number;
  /** `**Date**:`, `**Agent**:`, `**Duration**:`, `**Status**:` and any other leading fields, in order. */
  header: HeaderField[];
  elements: Partial<Record<ElementName, Section>>;
  filesModified?: Section;
  commits?: Section;
  /** Sections the parser did not recognise, kept for the round trip. */
  otherSections: Section[];
  /**
   * Text between the header and the first section (a summary line under the title), one entry per
   * paragraph or list item; absent when there is none.
   */
  intro?: string[];
}

/** Facts a document states, extracted by the parser for comparison with what git and reports say now. */
export interface DocumentFacts {
  /** `**Date**:` as ISO date (YYYY-MM-DD or full ISO timestamp), when parseable. */
  date?: string;
  agent?: string;
  /** From `**Status**: In Progress (30%)` or `**Progress:** 30% complete`. */
  progressPercent?: number;
  statusText?: string;
  timeSpentHours?: number;
  estimatedRemainingHours?: number;
  tests?: { passed: number; failed: number; skipped?: number };
  coveragePercent?: number;
  /** Short commit shas the document lists under Commits. */
  commitShas: string[];
}

/**
 * A required element a handoff lacks, and where an annotation about it goes: the line of its empty or
 * placeholder section or, when it has no section at all, the line it belongs before (the next
 * element's heading, else the document's last line).
 */
export interface ElementPlace {
  element: ElementName;
  /** 1-based. */
  line: number;
  /** No section at all (rather than an empty or placeholder one). */
  absent?: true;
}

/** The facts the check and `status` read from every handoff, and the document cache keeps (`summaryFacts`). */
export type SummaryFacts = Pick<DocumentFacts, 'date' | 'progressPercent'>;

// ---------------------------------------------------------------------------------------------
// Test and coverage reports.
// ---------------------------------------------------------------------------------------------

export type TestOutcome = 'passed' | 'failed' | 'skipped' | 'error';

export interface FailedTest {
  name: string;
  /** Suite, class or file the test belongs to. */
  suite?: string;
  /** First line of the failure message. */
  message?: string;
}

/** One test's result, so sessions can be compared test by test (newly failing, fixed, added, removed). */
export interface TestCaseResult {
  /** `suite › name` (or just the name when the format has no suite). */
  id: string;
  outcome: TestOutcome;
}

export interface TestSummary {
  /** Report files that contributed, repository-relative. */
  sources: string[];
  passed: number;
  failed: number;
  skipped: number;
  /** Tests that errored (counted apart from assertion failures where the format tells them apart). */
  errored: number;
  /** Failing and erroring tests, capped by the reader (see `failedTruncated`). */
  failures: FailedTest[];
  failedTruncated: boolean;
  durationSeconds?: number;
  /** Every test read, in report order, up to `CASES_CAP` (src/core/reports.ts); then `casesTruncated`. */
  cases?: TestCaseResult[];
  casesTruncated?: boolean;
}

export interface CoverageSummary {
  source: string;
  /** Line coverage percent, 0-100, one decimal. */
  linesPercent: number;
  branchesPercent?: number;
}

/** A reader problem that must not stop the draft: named file, one line. */
export interface ReportWarning {
  file: string;
  message: string;
  /** 1-based place in the file, when the parser knows it. */
  line?: number;
  column?: number;
  /** Short name of the problem, e.g. `xml/well-formed`, `utf-8`, `report/unknown-format`. */
  rule?: string;
}

/** Test report formats the readers understand (see `src/adapters/reports/`). */
export type TestReportFormat =
  | 'junit'
  | 'trx'
  | 'jest-json'
  | 'mocha-json'
  | 'tap'
  | 'nunit'
  | 'xunit'
  | 'dart-json'
  | 'go-json'
  | 'rspec-json'
  | 'cppunit'
  | 'check';
/** Coverage report formats the readers understand. */
export type CoverageFormat = 'lcov' | 'cobertura' | 'istanbul-summary';
export type ReportFormat = TestReportFormat | CoverageFormat;

// ---------------------------------------------------------------------------------------------
// Git facts.
// ---------------------------------------------------------------------------------------------

/** What one commit changed in one path, as `git log --raw` tells it (mode `000000`: absent). */
export interface BlobChange {
  oldMode: string;
  newMode: string;
  oldOid: string;
  newOid: string;
}

export interface FileChange {
  path: string;
  /** Undefined for binary files or when stats were not requested. */
  added?: number;
  deleted?: number;
  /** The modes and object ids before and after, when read with them (`logRange`'s `blobs`). */
  blob?: BlobChange;
}

export interface CommitInfo {
  sha: string;
  /** Parent shas (none for a root commit, two or more for a merge): ancestry, not print order. */
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** Author time, seconds since epoch. */
  authorTime: number;
  /** Committer time, seconds since epoch. */
  commitTime: number;
  subject: string;
  body: string;
  /** Values of `Task:` trailers. */
  taskTrailers: string[];
  files: FileChange[];
  /**
   * In a monorepo, as one folder sees the range (a package, or the root without its packages;
   * `package-ranges.ts`): the commit changes nothing there. It stays for the ancestry between a
   * handoff's update and the work, but it is none of that folder's tasks' business: it names no
   * task there (for the fallback) and claims none, whatever its message says.
   */
  elsewhere?: true;
}

/** What was pushed or is being checked: commits oldest first. */
export interface CheckedRange {
  /** Human description, e.g. `origin/main..HEAD` or `new branch feature/x (3 commits no remote has)`. */
  description: string;
  base?: string;
  head: string;
  /** Branch name when known (for attribution by branch). */
  branch?: string;
  /**
   * A new branch read only after this commit (short sha): every active handoff was last updated
   * there or later. `commits` are those after it, not every commit the push brings.
   */
  readAfter?: string;
  /**
   * The files the commit at `readAfter` changes, when the push brings that commit (no remote has it).
   * Not read as work (what it and the commits before it did is covered by the handoffs updated
   * there), but changed by the push: with `freshness.scope: touched`, a task whose handoff it
   * changes is judged.
   */
  changedAtStart?: string[];
  commits: CommitInfo[];
}

// ---------------------------------------------------------------------------------------------
// Freshness verdicts.
// ---------------------------------------------------------------------------------------------

export type StaleReason = 'missing' | 'incomplete' | 'behind' | 'expired' | 'invalid-link';

export interface Verdict {
  taskId: string;
  agent: string;
  /** Handoff file as linked, when there is one. */
  handoffPath?: string;
  fresh: boolean;
  /** Empty when fresh; every reason that applies otherwise. */
  problems: Problem[];
  /** Work commits in the checked range attributed to this task (0 when the range does not touch it). */
  workCommits?: number;
  /** The pushed branch this verdict is about, when one push sends several (each judged by its own tip). */
  ref?: string;
  /** The monorepo package (folder) whose registry holds the task; absent for the root's. */
  workspace?: string;
  /**
   * Where the task's registry entry is, for a verdict with no handoff file in the repository to
   * point at (no `details_link`, or one that leaves it): the registry, repository-relative (a
   * package's own in a monorepo), and the line of the entry's `details_link` (of the entry when it
   * has none). Its annotation goes there.
   */
  registryEntry?: { file: string; line?: number };
}

export interface Problem {
  reason: StaleReason;
  /** One sentence with the evidence: shas, dates, missing elements. */
  detail: string;
  /** Commit shas that are evidence (for `behind`). */
  commits?: string[];
  /** Element names that are absent or empty (for `incomplete`). */
  elements?: ElementName[];
  /**
   * Where each of `elements` is in the handoff, as the check read it at the judged revision (for
   * `incomplete`): the line each annotation goes on.
   */
  places?: ElementPlace[];
  /** The one command that fixes it, e.g. `handoff draft --task TASK-1 --from abc123`. */
  fix: string;
}

export interface CheckResult {
  /** `readAfter` as the range's (CheckedRange): `commitCount` counts only the commits after it. */
  range?: { description: string; commitCount: number; readAfter?: string };
  verdicts: Verdict[];
  stale: boolean;
  /** Non-fatal notes (e.g. a shallow clone that was deepened, no active tasks). */
  notes: string[];
}

/** An operation git stopped in the middle of (for a conflict, or `--no-commit`): its state is not committed work. */
export type OperationInProgress = 'merge' | 'cherry-pick' | 'revert' | 'rebase' | 'am';
