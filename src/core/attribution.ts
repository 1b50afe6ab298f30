/**
 * Which active task a commit belongs to, and whether it is work at all.
 *
 * Attribution of one commit, first rule that names an active task wins:
 *   1. `Task: <ID>` trailers;
 *   2. task ids in the commit message (subject and body);
 *   3. task ids in the name of the branch the commit was pushed to or checked on.
 * A commit may name several active tasks under the winning rule; it then counts for each.
 *
 * Fallback for commits no rule attributes (precisely):
 *   - if the commits checked together name exactly one active task — by the rules above, or by
 *     touching that task's handoff file — every unattributed work commit goes to that task;
 *   - else, if the registry has exactly one active task, every unattributed work commit goes to it;
 *   - else they stay unattributed (they make no task `behind`; the check says how many there were).
 * The reasoning: a session works on one task; when the range itself says which, or there is only one
 * candidate, an unlabelled commit is that task's work. With several candidates, guessing would block a
 * push for the wrong task.
 *
 * A task no longer active (finished, left, handed on) still owns the commits made while it was: a
 * commit that claims it — a `Task:` trailer, or a subject led by its id alone (`TASK-5: parser`,
 * `[TASK-5] …`, `feat(TASK-5): …`: `subjectLead`) — while the registry *in the commit's own tree* has it active (`activeAtCommit`) counts for that
 * task, which is not judged, and not for the one task still active by the fallback. Without it, the
 * last push of a task ended with `done` charged its commits, trailer and all, to the other agent's
 * task. A mention further on in a message (`use the parser TASK-5 shipped`), or a branch name, never
 * claims such a task (a branch that lags main may still have it active), nor does any commit where it
 * was already finished or never active; an active task named anywhere wins as before; and such a
 * task is never the fallback's (the unnamed commits beside its work may be the active task's, as the
 * spec's rule says: "exactly one active task").
 */
import { isWordCode } from './ascii.js';
import type { CommitInfo } from './model.js';
import { linkProblem, normalizeLink } from './paths.js';

/** Files whose changes are bookkeeping, not work: the handoff folder, linked handoff files, the registry. */
export interface NonWorkPaths {
  /** Repository-relative folder of handoff documents (config `handoffDir`). */
  handoffDir: string;
  /** Repository-relative files: the registry and every `details_link` of the registry. */
  files: ReadonlySet<string>;
  /** `doneHandoffDir` and its handoffs' name (`doneArchiveOf`): those files there are bookkeeping too. */
  archive?: { dir: string; name: RegExp };
}

/** Paths are compared as `normalizeLink` spells them (git prints them the same way). */
export function nonWorkPaths(
  handoffDir: string,
  registryFile: string,
  links: Iterable<string>,
  archive?: { dir: string; name: RegExp },
): NonWorkPaths {
  const files = new Set<string>([normalizeLink(registryFile)]);
  for (const link of links) if (linkProblem(link) === undefined) files.add(normalizeLink(link));
  return { handoffDir: normalizeLink(handoffDir), files, ...(archive ? { archive } : {}) };
}

function isNonWorkPath(path: string, paths: NonWorkPaths): boolean {
  if (paths.files.has(path)) return true;
  if (paths.handoffDir !== '' && path.startsWith(`${paths.handoffDir}/`)) return true;
  const { archive } = paths;
  return (
    archive !== undefined &&
    archive.dir !== '' &&
    path.startsWith(`${archive.dir}/`) &&
    archive.name.test(path.slice(archive.dir.length + 1))
  );
}

/**
 * A work commit changes something besides handoff docs and the registry. A commit that lists no
 * files (an empty commit, or a merge, whose changes `git log` does not list) is not work.
 */
export function isWorkCommit(commit: CommitInfo, paths: NonWorkPaths): boolean {
  return commit.files.some((file) => !isNonWorkPath(file.path, paths));
}

/** Finds task ids in free text with the config's task-id pattern, keeping only active ones. */
export class TaskIdFinder {
  /**
   * Active ids the pattern does not describe as a whole (registries are not forced to follow it):
   * only these need the slower search by substring, so finding ids stays linear in the text and
   * does not grow with the number of active tasks.
   */
  private readonly irregular: readonly string[];
  /**
   * The irregular ids made of word characters and `-` only (`job_00042`): found by looking each
   * word of the text up, in one pass, instead of searching the text once per id (10,000 such ids
   * over 64 KB messages took 0.5 s a commit). The others are searched for one by one.
   */
  private readonly irregularWords: ReadonlySet<string>;
  private readonly irregularOther: readonly string[];

  /** @param pattern a global RegExp from `taskIdRegExp(config)` (whole-token matches). */
  constructor(
    private readonly pattern: RegExp,
    private readonly active: ReadonlySet<string>,
  ) {
    // The pattern describes an id as a whole when its leftmost match in the id is the id: a match as
    // long as the id starts at 0, and a later one could not. One exec, not an iterator and a copy of
    // the pattern per id (matchAll's), over registries of thousands of tasks.
    this.irregular = [...active].filter((id) => {
      pattern.lastIndex = 0;
      const first = pattern.exec(id);
      pattern.lastIndex = 0;
      return first?.[0] !== id;
    });
    this.irregularWords = new Set(this.irregular.filter((id) => WORD_ID.test(id)));
    this.irregularOther = this.irregular.filter((id) => !WORD_ID.test(id));
  }

  find(text: string | undefined): string[] {
    if (!text) return [];
    const found = new Set<string>();
    for (const match of text.matchAll(this.pattern)) {
      if (this.active.has(match[0])) found.add(match[0]);
    }
    // An irregular active id is still found when it stands alone in the text.
    if (found.size === 0 && this.irregular.length > 0) {
      if (this.irregularWords.size > 0)
        for (const id of wordsStandingAlone(text, this.irregularWords)) found.add(id);
      for (const id of this.irregularOther) {
        if (text.includes(id) && standsAlone(text, id)) found.add(id);
      }
    }
    return [...found];
  }
}

/** An id of word characters and `-`, which `wordsStandingAlone` finds. */
const WORD_ID = /^[A-Za-z0-9_-]+$/;

/**
 * The ids of `ids` (word characters and `-` only) standing alone in `text`, as `standsAlone` reads
 * it, in one pass: each run of word characters and `-` that starts at a boundary is looked up whole,
 * and so is each part of it that ends before a `_` or a `-` the id cannot go on with
 * (`TASK-1-handoff` and `TASK-1_fix` hold `TASK-1`; `TASK-1-C` does not).
 */
function wordsStandingAlone(text: string, ids: ReadonlySet<string>): string[] {
  const found: string[] = [];
  let at = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (!isWordCode(c) && c !== 45) {
      at++;
      continue;
    }
    let end = at;
    while (end < text.length && (isWordCode(text.charCodeAt(end)) || text.charCodeAt(end) === 45)) end++;
    // Ends before a `_`, or before a `-` that an upper-case letter or digit does not follow.
    for (let cut = at + 1; cut < end; cut++) {
      const c = text.charCodeAt(cut);
      if (c !== 45 && c !== 95) continue;
      const next = text.charCodeAt(cut + 1);
      const continues = c === 45 && ((next >= 65 && next <= 90) || (next >= 48 && next <= 57));
      if (!continues) {
        const part = text.slice(at, cut);
        if (ids.has(part)) found.push(part);
      }
    }
    const whole = text.slice(at, end);
    if (ids.has(whole)) found.push(whole);
    at = end;
  }
  return found;
}

function standsAlone(text: string, id: string): boolean {
  let from = text.indexOf(id);
  while (from !== -1) {
    const before = text[from - 1];
    const after = text[from + id.length];
    const after2 = text[from + id.length + 1];
    const boundaryBefore = before === undefined || !/[A-Za-z0-9_-]/.test(before);
    // `-` followed by an upper-case letter or digit continues an id (`TASK-1-C`); `-handoff` and
    // `_fix` do not (`taskIdRegExp`'s boundary).
    const boundaryAfter =
      after === undefined ||
      (!/[A-Za-z0-9]/.test(after) && !(after === '-' && /[A-Z0-9]/.test(after2 ?? '')));
    if (boundaryBefore && boundaryAfter) return true;
    from = text.indexOf(id, from + 1);
  }
  return false;
}

export type AttributionRule = 'trailer' | 'message' | 'branch' | 'only-task-in-range' | 'only-active-task';

export interface Attribution {
  tasks: string[];
  rule?: AttributionRule;
}

/**
 * Rules 1-3 for one commit, over the active tasks (`ids`). `former` also lets the commit claim a task
 * no longer active that its own registry had active (see the top of this file) — by a `Task:`
 * trailer, or by the subject's lead (`TASK-5: parser`, `[TASK-5] …`, `feat(TASK-5): …`), never by a
 * mention further on (`use the parser TASK-5 shipped`) nor by the branch — after every active id the
 * commit names anywhere (trailer, message), before the branch.
 */
export function explicitAttribution(
  commit: CommitInfo,
  branch: string | undefined,
  ids: TaskIdFinder,
  former?: { ids: TaskIdFinder; allowed: (id: string) => boolean },
): Attribution {
  const claimed = (texts: readonly string[]) =>
    former ? texts.flatMap((text) => former.ids.find(text)).filter(former.allowed) : [];
  const fromTrailers = commit.taskTrailers.flatMap((value) => ids.find(value));
  if (fromTrailers.length > 0) return { tasks: unique(fromTrailers), rule: 'trailer' };
  const fromMessage = ids.find(`${commit.subject}\n${commit.body}`);
  if (fromMessage.length > 0) return { tasks: fromMessage, rule: 'message' };
  // Claims of tasks no longer active come after every active id the commit names (a squash or an
  // amend can leave another task's trailer on an active task's work).
  const places = claimPlaces(commit);
  const trailerClaims = claimed(places.trailers);
  if (trailerClaims.length > 0) return { tasks: unique(trailerClaims), rule: 'trailer' };
  const fromLead = claimed(places.lead);
  if (fromLead.length > 0) return { tasks: unique(fromLead), rule: 'message' };
  const fromBranch = ids.find(branch);
  if (fromBranch.length > 0) return { tasks: fromBranch, rule: 'branch' };
  return { tasks: [] };
}

/**
 * Where a commit can claim a task no longer active, in the order they rank: its `Task:` trailers,
 * then its subject's lead (`subjectLead`). Nowhere else: a mention further on or the branch is no claim.
 */
export function claimPlaces(commit: CommitInfo): { trailers: readonly string[]; lead: readonly string[] } {
  const lead = subjectLead(commit.subject);
  return { trailers: commit.taskTrailers, lead: lead === undefined ? [] : [lead] };
}

/**
 * The task a subject's lead claims, when the lead is nothing but an id: `TASK-5: parser`,
 * `[TASK-5] parser`, or a conventional commit's scope, `feat(TASK-5): parser` (also `…)!:`).
 * Anything else is no claim, even with an id in it: `Revert "TASK-5: parser"`, `fixup! TASK-5: …`,
 * `Follow-up to TASK-5: …`, `fix: null check after TASK-5`. Undefined when there is none.
 */
export function subjectLead(subject: string): string | undefined {
  return LEAD.exec(subject)
    ?.slice(1)
    .find((part) => part !== undefined);
}

/** One token as the whole lead: `ID: `, `[ID]`, or `type(ID): ` / `type(ID)!: `. */
const LEAD = /^(?:([^\s:()[\]"]{1,80}): |\[([^\s\]"]{1,80})\]|[a-z]{1,20}\(([^\s()"]{1,80})\)!?: )/;

export interface BranchCommit {
  commit: CommitInfo;
  /** Branch the commit was pushed to or checked on, for rule 3. */
  branch?: string;
}

export interface AttributionInput {
  commits: readonly BranchCommit[];
  /** Every active task id. */
  activeTaskIds: readonly string[];
  /**
   * For commits that name a task not active now: the ones of those tasks active in the commit's own
   * registry (see the top of this file). Commits absent here name active tasks only.
   */
  activeAtCommit?: ReadonlyMap<string, readonly string[]>;
  /** Active task id -> its handoff file (normalized), for "the range touches this task". */
  handoffFiles: ReadonlyMap<string, string>;
  /** `taskIdRegExp(config)`. */
  taskIds: RegExp;
  /**
   * The commits the fallback is decided by and given to: the ones a push checks. The agent-side
   * commands read commits a push does not (those after a handoff that the remote already has): these
   * keep the tasks they name, but name none for the fallback and get none from it, as in the push.
   * All commits when absent.
   */
  fallbackScope?: ReadonlySet<string>;
}

export interface AttributionResult {
  /** sha -> attribution; every commit of the input has an entry (tasks may be empty). */
  bySha: Map<string, Attribution>;
  /** The task unattributed commits fell back to, and why; undefined when there was no fallback. */
  fallback?: { taskId: string; rule: 'only-task-in-range' | 'only-active-task' };
}

/** Attributes every commit checked together, applying the fallback described at the top of this file. */
export function attributeCommits(input: AttributionInput): AttributionResult {
  const active = new Set(input.activeTaskIds);
  const ids = new TaskIdFinder(input.taskIds, active);
  const then = input.activeAtCommit;
  const formerly = new Set([...(then?.values() ?? [])].flat().filter((id) => !active.has(id)));
  const formerIds = formerly.size > 0 ? new TaskIdFinder(input.taskIds, formerly) : undefined;
  const bySha = new Map<string, Attribution>();
  const touched = new Set<string>();
  const taskByHandoff = new Map<string, string>();
  for (const [taskId, file] of input.handoffFiles) taskByHandoff.set(file, taskId);

  for (const { commit, branch } of input.commits) {
    if (bySha.has(commit.sha)) continue;
    const claimable = then?.get(commit.sha);
    const attribution =
      formerIds && claimable
        ? explicitAttribution(commit, branch, ids, {
            ids: formerIds,
            allowed: (id) => claimable.includes(id),
          })
        : explicitAttribution(commit, branch, ids);
    bySha.set(commit.sha, attribution);
    // A commit of another folder of a monorepo names no task of this one's range (its files are none here).
    if (commit.elsewhere) continue;
    if (input.fallbackScope && !input.fallbackScope.has(commit.sha)) continue;
    // A task no longer active is nobody's fallback: the unnamed commits beside it may be the active one's.
    for (const task of attribution.tasks) if (active.has(task)) touched.add(task);
    for (const file of commit.files) {
      const task = taskByHandoff.get(file.path);
      if (task !== undefined) touched.add(task);
    }
  }

  let fallback: AttributionResult['fallback'];
  const [onlyTouched] = touched;
  const [onlyActive] = active;
  if (touched.size === 1 && onlyTouched !== undefined) {
    fallback = { taskId: onlyTouched, rule: 'only-task-in-range' };
  } else if (touched.size === 0 && active.size === 1 && onlyActive !== undefined) {
    fallback = { taskId: onlyActive, rule: 'only-active-task' };
  }
  if (fallback) {
    for (const [sha, attribution] of bySha) {
      if (attribution.tasks.length === 0 && (!input.fallbackScope || input.fallbackScope.has(sha))) {
        attribution.tasks = [fallback.taskId];
        attribution.rule = fallback.rule;
      }
    }
  }
  return fallback ? { bySha, fallback } : { bySha };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
