/**
 * The freshness rule the pre-push hook and the Action share: for each active task, is its handoff
 * there, complete, caught up with the work pushed, and recent? Pure: the caller gathers the facts
 * (registry, documents, commits, last touches) and passes `now`.
 */
import { CommitGraph } from './ancestry.js';
import {
  type AttributionResult,
  attributeCommits,
  type BranchCommit,
  isWorkCommit,
  type NonWorkPaths,
  subjectLead,
} from './attribution.js';
import { parseDuration, taskIdRegExp } from './config.js';
import { ageInDays, DAY_ONLY, elementTitle } from './document/elements.js';
import { memoised } from './memo.js';
import type {
  ActiveTask,
  CheckedRange,
  CheckResult,
  CommitInfo,
  ElementName,
  ElementPlace,
  HandoffConfig,
  Problem,
  SummaryFacts,
  Verdict,
} from './model.js';
import { asInProject, pathFrom, type ShownPath } from './paths.js';
import { FOR_AN_AGENT, shellWord } from './shell.js';
import { ANSWER_SLOTS } from './slots.js';

/** What the caller found at a task's `details_link`. */
export type LinkState =
  /** `symlink`: the link is a symlink out of the repository, at this repository-relative path. */
  | { kind: 'invalid-link'; message: string; symlink?: string }
  | { kind: 'missing'; detail: string }
  | {
      kind: 'document';
      /** Repository-relative, normalized. */
      path: string;
      /**
       * Elements absent or empty, among all five (filtered by `config.requiredElements` here), each
       * with its line in the document read: the incomplete problem says where each is.
       */
      missingElements: readonly ElementPlace[];
      facts: SummaryFacts;
    };

export interface TaskInput {
  task: ActiveTask;
  link: LinkState;
}

export interface FreshnessInput {
  config: HandoffConfig;
  tasks: readonly TaskInput[];
  /** The checked ranges (one per pushed ref, or one base..head), commits oldest first. */
  ranges: readonly CheckedRange[];
  nonWork: NonWorkPaths;
  /** For commits that name a task not active now, those active in the commit's tree (`attributeCommits`). */
  activeAtCommit?: ReadonlyMap<string, readonly string[]>;
  /**
   * Handoff path -> commit time (seconds) of the newest commit within the `maxAge` window that
   * touched it. Only needed for the paths `pathsNeedingHistory` returns.
   */
  lastTouches: ReadonlyMap<string, number>;
  now: Date;
  /** Notes to carry into the result (e.g. how the range was chosen). */
  notes?: readonly string[];
  /** What to say when there are no tasks, when the caller knows better than "none active" (no registry). */
  noTasksNote?: string;
  /**
   * The monorepo package the tasks are in (their paths are the package's own). Verdicts name paths
   * from the repository root, where the fixes are run.
   */
  folder?: string;
  /** How details and the fixes in words name a file of the repository (as it is by default). */
  shown?: ShownPath;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SHORT = 7;
/** Long enough to stay unambiguous in a large repository when pasted into a command. */
const FIX_SHA = 12;

/**
 * When a document's `**Date**` was, as epoch ms. A bare date (YYYY-MM-DD) counts as the end of that
 * day (UTC): the writer may have finished it at any time that day, and a rule must not expire a
 * handoff early on a guess.
 */
export function documentDateMs(date: string | undefined): number | undefined {
  return date ? dateMs(date) : undefined;
}

/**
 * How far past `now` a time may be and still count as when a handoff was updated: a bare date counts
 * as the end of its day, written in a zone up to 14 hours ahead, by a clock that may be off. A
 * `**Date**` or a commit time later than that is no update (2099-01-01 would keep a handoff fresh for
 * ever): the rule goes by the other one, and says why.
 */
const FUTURE_SLACK_MS = 2 * DAY_MS;

/** `ms`, unless it is later than `now` allows (see FUTURE_SLACK_MS). */
function notFuture(ms: number | undefined, now: Date): number | undefined {
  return ms !== undefined && ms > now.getTime() + FUTURE_SLACK_MS ? undefined : ms;
}

/** Handoffs of one team share a few dates: each is parsed once (10,000 tasks, one check). */
const dateMs = memoised(1000, (date): number | undefined => {
  if (DAY_ONLY.test(date)) {
    const start = Date.parse(`${date}T00:00:00Z`);
    return Number.isNaN(start) ? undefined : start + DAY_MS - 1;
  }
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? undefined : parsed;
});

/**
 * Handoff files whose `**Date**` alone does not prove them recent, so the caller must ask git when
 * they were last committed within the `maxAge` window (one `git log --since` for all of them).
 */
export function pathsNeedingHistory(tasks: readonly TaskInput[], config: HandoffConfig, now: Date): string[] {
  const windowStart = now.getTime() - parseDuration(config.freshness.maxAge);
  const paths = new Set<string>();
  for (const { link } of tasks) {
    if (link.kind !== 'document') continue;
    const dated = notFuture(documentDateMs(link.facts.date), now);
    if (dated === undefined || dated < windowStart) paths.add(link.path);
  }
  return [...paths];
}

/** Evaluates every active task; a task with any problem is stale. */
export interface AttributedRanges {
  everyCommit: BranchCommit[];
  attribution: AttributionResult;
  /** Shas of the commits that are work (change something besides handoffs and the registry). */
  workShas: Set<string>;
  indexed: IndexedRange[];
}

/**
 * Attribution and indexing of the checked ranges: which task each commit works on, which commits
 * are work, and per range who touched what. One step for `check` and `resume`, so the two give the
 * same commits for the same task and range.
 */
export function attributeRanges(input: {
  config: HandoffConfig;
  ranges: readonly CheckedRange[];
  activeTaskIds: readonly string[];
  /** For commits that name a task not active now, those active in the commit's tree (`attributeCommits`). */
  activeAtCommit?: ReadonlyMap<string, readonly string[]>;
  /** Active task id -> its handoff file (normalized). */
  handoffFiles: ReadonlyMap<string, string>;
  nonWork: NonWorkPaths;
  /**
   * The commits the next push carries (`nextPushCommits`), for the agent-side commands: they decide
   * the fallback, as in that push, and only they get it (`AttributionInput.fallbackScope`). Those
   * before the ranges are attributed along, never judged.
   */
  nextPush?: readonly CommitInfo[];
}): AttributedRanges {
  const everyCommit: BranchCommit[] = input.ranges.flatMap((range) =>
    range.commits.map((commit) => (range.branch ? { commit, branch: range.branch } : { commit })),
  );
  const branch = input.ranges[0]?.branch;
  const inRanges = new Set(everyCommit.map(({ commit }) => commit.sha));
  const before = (input.nextPush ?? [])
    .filter((commit) => !inRanges.has(commit.sha))
    .map((commit) => (branch ? { commit, branch } : { commit }));
  const attribution = attributeCommits({
    commits: before.length > 0 ? [...before, ...everyCommit] : everyCommit,
    ...(input.nextPush ? { fallbackScope: new Set(input.nextPush.map((c) => c.sha)) } : {}),
    activeTaskIds: input.activeTaskIds,
    ...(input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {}),
    handoffFiles: input.handoffFiles,
    taskIds: taskIdRegExp(input.config),
  });
  const workShas = new Set(
    everyCommit.filter(({ commit }) => isWorkCommit(commit, input.nonWork)).map(({ commit }) => commit.sha),
  );
  const indexed = input.ranges.map((range) => indexRange(range, workShas, attribution.bySha));
  return { everyCommit, attribution, workShas, indexed };
}

/**
 * Whether the next push's commits (`nextPush`) could attribute the ranges differently: some work
 * commit names no task of its own (the fallback gave it one, or none). With every work commit named,
 * they cannot, and need not be read.
 */
export function fallbackMatters(attributed: AttributedRanges): boolean {
  for (const sha of attributed.workShas) {
    const rule = attributed.attribution.bySha.get(sha)?.rule;
    if (rule === undefined || rule === 'only-task-in-range' || rule === 'only-active-task') return true;
  }
  return false;
}

/** The work commits of attributed ranges that name no active task: counted for none (`check` notes them). */
export function unattributedWork({
  workShas,
  attribution,
}: Pick<ReturnType<typeof attributeRanges>, 'workShas' | 'attribution'>): string[] {
  return [...workShas].filter((sha) => attribution.bySha.get(sha)?.tasks.length === 0);
}

/** The note of a registry with no active task. */
export const NO_ACTIVE_TASKS = 'No active tasks in the registry: nothing to check.';

export function evaluateFreshness(input: FreshnessInput): CheckResult {
  const { config } = input;
  const notes = [...(input.notes ?? [])];
  const handoffFiles = new Map<string, string>();
  for (const { task, link } of input.tasks) {
    if (link.kind === 'document' && !handoffFiles.has(task.taskId)) handoffFiles.set(task.taskId, link.path);
  }
  const { everyCommit, attribution, workShas, indexed } = attributeRanges({
    config,
    ranges: input.ranges,
    activeTaskIds: input.tasks.map((t) => t.task.taskId),
    ...(input.activeAtCommit ? { activeAtCommit: input.activeAtCommit } : {}),
    handoffFiles,
    nonWork: input.nonWork,
  });
  // In a monorepo package, "no active task" is none of that package's registry.
  const ofFolder = input.folder ? ` of ${input.folder}` : '';
  const fellBack = [...workShas].filter((sha) => {
    const rule = attribution.bySha.get(sha)?.rule;
    return rule === 'only-task-in-range' || rule === 'only-active-task';
  });
  if (attribution.fallback && fellBack.length > 0) {
    const why =
      attribution.fallback.rule === 'only-task-in-range'
        ? 'the only active task the checked commits name'
        : 'the only active task';
    notes.push(
      `${fellBack.length} work commit(s) that name no active task${ofFolder} count for ${attribution.fallback.taskId} (${why}).`,
    );
  }
  const unattributed = unattributedWork({ workShas, attribution });
  // With no active task there is nothing a commit could have been counted for: no note.
  if (unattributed.length > 0 && input.tasks.length > 0) {
    notes.push(
      `${unattributed.length} work commit(s) name no active task${ofFolder} and were not counted for any (add a \`Task: <ID>\` trailer): ${listShas(unattributed)}.`,
    );
  }

  // Work of tasks no longer active, made while they were: theirs, no active task's (said, not silent).
  const active = new Set(input.tasks.map((t) => t.task.taskId));
  if (input.activeAtCommit && input.tasks.length > 0) {
    const ofFormer = new Map<string, number>();
    for (const sha of workShas) {
      const named = attribution.bySha.get(sha)?.tasks ?? [];
      if (named.length === 0 || named.some((id) => active.has(id))) continue;
      for (const id of named) ofFormer.set(id, (ofFormer.get(id) ?? 0) + 1);
    }
    for (const [taskId, count] of ofFormer) {
      notes.push(
        `${count} work commit(s) name ${taskId}, no longer active${ofFolder} but active where they were made: counted for it, not for an active task.`,
      );
    }
  }

  const workCommitsByTask = new Map<string, number>();
  for (const sha of workShas) {
    for (const taskId of attribution.bySha.get(sha)?.tasks ?? []) {
      workCommitsByTask.set(taskId, (workCommitsByTask.get(taskId) ?? 0) + 1);
    }
  }

  const inRepository = (path: string) => pathFrom(input.folder ?? '', path);
  const shown = (path: string) => (input.shown ?? asInProject)(inRepository(path));
  const maxAgeMs = parseDuration(config.freshness.maxAge);
  const required = new Set(config.requiredElements);
  // A task two agents work on needs --agent in its fix: draft refuses to guess (registry/ambiguous-agent).
  const agentsByTask = new Map<string, number>();
  for (const { task } of input.tasks) agentsByTask.set(task.taskId, (agentsByTask.get(task.taskId) ?? 0) + 1);
  const verdicts: Verdict[] = input.tasks.map(({ task, link }) => {
    const problems: Problem[] = [];
    const shared = (agentsByTask.get(task.taskId) ?? 0) > 1;
    if (link.kind === 'invalid-link') {
      const draft = draftCommand(task, shared);
      // A draft would write its first session over that symlink and be refused the same way: the
      // symlink goes first.
      const fix = link.symlink
        ? `make ${shellWord(shown(link.symlink))} a file inside the repository, not a symlink out of it (or git rm it), then ${draft}`
        : draft;
      problems.push({ reason: 'invalid-link', detail: link.message, fix });
    } else if (link.kind === 'missing') {
      problems.push({ reason: 'missing', detail: link.detail, fix: draftCommand(task, shared) });
    } else {
      const places = link.missingElements.filter((place) => required.has(place.element));
      if (places.length > 0) {
        const absent = places.map((place) => place.element);
        problems.push({
          reason: 'incomplete',
          detail: `${shown(link.path)} lacks ${absent.map(elementTitle).join(', ')} (absent, empty or placeholder text).`,
          elements: absent,
          places,
          // A new draft would leave these open too: only a person or an agent can write them. An
          // agent, with no terminal for draft's questions, answers them as draft's flags (which fill
          // in a template committed last, or write the next session with the answers). The note is
          // always asked: a next session carries blockers and steps, never the last Current State.
          fix: `fill in ${absent.map(elementTitle).join(', ')} in ${shown(link.path)}, then commit it (${FOR_AN_AGENT} ${draftCommand(task, shared)} ${[...new Set<ElementName>(['currentState', ...absent])].map((element) => ANSWER_SLOTS[element]).join(' ')}, then commit)`,
        });
      }
      const behind = behindCommits(task.taskId, link.path, indexed);
      if (behind.commits.length > config.freshness.maxCommitsBehind) {
        const shas = behind.commits.map((c) => c.sha);
        const since = behind.lastTouch
          ? `after its last update in ${short(behind.lastTouch.sha)}`
          : 'and the checked commits never update it';
        const from = behind.lastTouch?.sha ?? behind.base ?? undefined;
        const draft = draftCommand(task, shared);
        // With several agents on the task, each one's handoff must cover its work: one that has left
        // the task (a hand-over) goes idle rather than write a handoff of another's work.
        const others = shared
          ? ` ${task.taskId} is shared: every active agent's handoff must cover its work; if ${task.agent} has left it, \`handoff idle --agent ${shellWord(task.agent)}\` instead.`
          : '';
        // A commit counted for the task only because its message mentions the id (not in a `Task:`
        // trailer, not as its subject's lead) may be another task's work: said, with the way out.
        const mentioned = behind.commits.filter(
          (c) => attribution.bySha.get(c.sha)?.rule === 'message' && subjectLead(c.subject) !== task.taskId,
        );
        const mentionNote =
          mentioned.length === 0
            ? ''
            : ` ${listShas(mentioned.map((c) => c.sha))} ${mentioned.length === 1 ? 'counts' : 'count'} for ${task.taskId} because ${mentioned.length === 1 ? 'its message mentions' : 'their messages mention'} it: if that is another task's work, reword ${mentioned.length === 1 ? 'it' : 'them'} with a \`Task: <that task>\` trailer, which wins.`;
        problems.push({
          reason: 'behind',
          detail: `${behind.commits.length} work commit(s) for ${task.taskId} ${since}: ${listShas(shas)} (allowed: ${config.freshness.maxCommitsBehind}).${mentionNote}${others}`,
          commits: shas.map(short),
          fix: from ? `${draft} --from ${from.slice(0, FIX_SHA)}` : draft,
        });
      }
      const expired = expiry(
        link,
        shown(link.path),
        input.lastTouches,
        input.now,
        maxAgeMs,
        config.freshness.maxAge,
      );
      if (expired) problems.push({ reason: 'expired', detail: expired, fix: draftCommand(task, shared) });
    }
    const verdict: Verdict = {
      taskId: task.taskId,
      agent: task.agent,
      fresh: problems.length === 0,
      problems,
      workCommits: workCommitsByTask.get(task.taskId) ?? 0,
    };
    const handoffPath = link.kind === 'document' ? link.path : task.detailsLink;
    if (handoffPath !== undefined) verdict.handoffPath = inRepository(handoffPath);
    return verdict;
  });

  const judged = scoped(verdicts, config, input.ranges, everyCommit, notes);

  if (input.tasks.length === 0) notes.push(input.noTasksNote ?? NO_ACTIVE_TASKS);
  const commitCount = new Set(everyCommit.map((c) => c.commit.sha)).size;
  const result: CheckResult = { verdicts: judged, stale: judged.some((v) => !v.fresh), notes };
  if (input.ranges.length > 0) {
    result.range = { description: input.ranges.map((r) => r.description).join('; '), commitCount };
    const readAfter = input.ranges.length === 1 ? input.ranges[0]?.readAfter : undefined;
    if (readAfter !== undefined) result.range.readAfter = readAfter;
  }
  return result;
}

/** The fix that drafts `task`'s handoff; a task two agents work on names the agent (draft will not guess). */
function draftCommand(task: ActiveTask, shared: boolean): string {
  return `handoff draft --task ${shellWord(task.taskId)}${shared ? ` --agent ${shellWord(task.agent)}` : ''}`;
}

/** One checked range prepared once for every task: its graph, and who touched which file where. */
export interface IndexedRange {
  range: CheckedRange;
  graph: CommitGraph;
  /** Path -> the commits of the range that change it. */
  touches: Map<string, CommitInfo[]>;
  /** Task id -> its work commits in the range, in the range's order. */
  work: Map<string, CommitInfo[]>;
}

/**
 * Indexes a range in one pass over its commits and their files, so that judging every task costs
 * what its own commits cost: attribution and `behind` stay linear in commits + tasks.
 */
export function indexRange(
  range: CheckedRange,
  workShas: ReadonlySet<string>,
  bySha: ReadonlyMap<string, { tasks: string[] }>,
): IndexedRange {
  const touches = new Map<string, CommitInfo[]>();
  const work = new Map<string, CommitInfo[]>();
  for (const commit of range.commits) {
    for (const file of commit.files) {
      const list = touches.get(file.path);
      if (list) list.push(commit);
      else touches.set(file.path, [commit]);
    }
    if (!workShas.has(commit.sha)) continue;
    for (const taskId of bySha.get(commit.sha)?.tasks ?? []) {
      const list = work.get(taskId);
      if (list) list.push(commit);
      else work.set(taskId, [commit]);
    }
  }
  return { range, graph: new CommitGraph(range.commits), touches, work };
}

export interface BehindCommits {
  /** Work commits for the task that no update of its handoff in the range has as an ancestor. */
  commits: CommitInfo[];
  /** The newest update of the handoff in the range (none when the range never updates it). */
  lastTouch?: CommitInfo;
}

/**
 * The `behind` rule for one task in one range: a work commit is covered when it is an ancestor of
 * (or is) a commit of the range that changed the handoff; every other work commit for the task is
 * behind. The one definition `check` and `resume` share.
 */
export function behindInRange(indexed: IndexedRange, taskId: string, handoffPath: string): BehindCommits {
  const work = indexed.work.get(taskId) ?? [];
  const updates = indexed.touches.get(handoffPath) ?? [];
  if (work.length === 0 && updates.length === 0) return { commits: [] };
  const { newest, covered } = indexed.graph.coverage(
    updates.map((c) => c.sha),
    work.map((c) => c.sha),
  );
  const lastTouch = updates.find((c) => c.sha === newest);
  if (work.length === 0) return lastTouch ? { commits: [], lastTouch } : { commits: [] };
  const commits = work.filter((c) => !covered.has(c.sha));
  return lastTouch ? { commits, lastTouch } : { commits };
}

/** `behindInRange` united over the checked ranges (each pushed ref is its own line of history). */
function behindCommits(
  taskId: string,
  handoffPath: string,
  ranges: readonly IndexedRange[],
): { commits: CommitInfo[]; lastTouch?: CommitInfo; base?: string; head?: string } {
  const result: { commits: CommitInfo[]; lastTouch?: CommitInfo; base?: string; head?: string } = {
    commits: [],
  };
  let found: Map<string, CommitInfo> | undefined;
  for (const indexed of ranges) {
    const behind = behindInRange(indexed, taskId, handoffPath);
    if (behind.commits.length === 0) continue;
    found ??= new Map();
    for (const commit of behind.commits) found.set(commit.sha, commit);
    if (result.head === undefined) {
      result.head = indexed.range.head;
      if (behind.lastTouch) result.lastTouch = behind.lastTouch;
      if (indexed.range.base) result.base = indexed.range.base;
    }
  }
  if (found) result.commits = [...found.values()];
  return result;
}

/**
 * `freshness.scope: touched`: only tasks the checked commits work on, or whose handoff they change,
 * are judged; every other task's problems become a note, so one branch per task does not block on the
 * tasks of the other branches. Without a range to go by, every task is judged.
 */
function scoped(
  verdicts: Verdict[],
  config: HandoffConfig,
  ranges: readonly CheckedRange[],
  everyCommit: readonly BranchCommit[],
  notes: string[],
): Verdict[] {
  if (config.freshness.scope !== 'touched' || ranges.length === 0) return verdicts;
  const changed = new Set(everyCommit.flatMap(({ commit }) => commit.files.map((f) => f.path)));
  // A new branch's commit where its handoffs were updated, which the push brings but the range
  // does not read as work: the handoffs it changes are changed by the push.
  for (const range of ranges) for (const path of range.changedAtStart ?? []) changed.add(path);
  const touched = (v: Verdict) =>
    (v.workCommits ?? 0) > 0 || (v.handoffPath !== undefined && changed.has(v.handoffPath));
  const untouched = verdicts.filter((v) => !touched(v));
  const waiting = untouched.filter((v) => !v.fresh);
  if (waiting.length > 0) {
    notes.push(
      `not judged (freshness.scope: touched; the checked commits do not work on them): ${waiting
        .map((v) => `${v.taskId} (${v.problems.map((p) => p.reason).join(', ')})`)
        .join(', ')}.`,
    );
  }
  const judged = verdicts.filter(touched);
  if (judged.length === 0 && verdicts.length > 0) {
    notes.push('No active task is worked on by the checked commits: nothing to check.');
  }
  return judged;
}

/** The `expired` rule: the later of `**Date**` and the last commit touching the file, against maxAge. */
function expiry(
  link: Extract<LinkState, { kind: 'document' }>,
  shownPath: string,
  lastTouches: ReadonlyMap<string, number>,
  now: Date,
  maxAgeMs: number,
  maxAgeText: string,
): string | undefined {
  const written = documentDateMs(link.facts.date);
  const dated = notFuture(written, now);
  const touchedSeconds = lastTouches.get(link.path);
  const touched = notFuture(touchedSeconds === undefined ? undefined : touchedSeconds * 1000, now);
  const last = Math.max(dated ?? Number.NEGATIVE_INFINITY, touched ?? Number.NEGATIVE_INFINITY);
  if (now.getTime() - last <= maxAgeMs) return undefined;
  const future =
    written !== undefined && dated === undefined
      ? ` (its **Date**, ${link.facts.date}, is in the future)`
      : '';
  if (dated === undefined && touched === undefined) {
    return future
      ? `${shownPath} is dated in the future (${link.facts.date}), which is no update, and no commit dated within the last ${maxAgeText} touched it.`
      : `${shownPath} has no readable **Date** and no commit touched it in the last ${maxAgeText}.`;
  }
  const when = new Date(last).toISOString().slice(0, 10);
  const days = ageInDays(when, now);
  return `${shownPath} was last updated ${when} (${days} day(s) ago)${future}; the limit is ${maxAgeText}.`;
}

/** Short shas, the first ten of them: the message stays readable; `Problem.commits` has them all. */
function listShas(shas: readonly string[]): string {
  const shown = shas.slice(0, 10).map(short).join(', ');
  return shas.length > 10 ? `${shown}, … (${shas.length - 10} more)` : shown;
}

function short(sha: string): string {
  return sha.slice(0, SHORT);
}
