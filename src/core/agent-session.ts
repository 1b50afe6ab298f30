/**
 * Whether an agent's session may end: the rule behind the Stop hook. A session may not end while
 * its task has work the handoff does not cover — work commits after the handoff's last commit, or
 * changed files not committed — and the handoff was not written (or is incomplete). Every refusal
 * carries the one command that fixes it. Pure: the app gathers the facts.
 */
import { elementTitle } from './document/elements.js';
import {
  ELEMENT_NAMES,
  type ElementName,
  type OperationInProgress,
  TIME_FIELDS,
  type TimeField,
} from './model.js';
import { pathsInFolder } from './paths.js';
import { ANSWER_SLOTS, commandWord, type Slot, TIME_SLOTS } from './slots.js';
import { namedAndCounted } from './words.js';

export interface SessionFacts {
  agent: string;
  /** The agent's registry entry, when it has a current task. */
  task?: { taskId: string; status: string; active: boolean };
  /** The task's handoff as linked; undefined when the entry links none. */
  handoff?: {
    path: string;
    exists: boolean;
    /** Changed in the working tree or index, or not tracked: written this session, not committed. */
    changed: boolean;
    /** Required elements absent, empty or placeholder (working-tree file). */
    missing: ElementName[];
    /** What a draft filling it in asks for: `missing`, an open Progress line, open time lines. */
    answersOpen?: { elements: ElementName[]; times: TimeField[] };
    /** Why it could not be read. */
    problem?: string;
  };
  /**
   * The entry's link when it is another agent's draft not committed yet (`start` links an agent
   * joining the task to its latest session): not this agent's handoff, so `handoff` is undefined.
   */
  othersDraft?: { path: string; agent: string };
  /** The task's work commits after the last commit that touched the handoff (or since the task started). */
  workCommits: number;
  /**
   * The commit `workCommits` are counted after: the handoff's last (the task's latest session's for an
   * agent with none of its own). Absent when they are a first session's, counted from its start day.
   */
  countedAfter?: string;
  /**
   * Of `workCommits`, those that name the task (a trailer, the message, the branch): leaving a task is
   * refused for these only, as a commit the task got by the fallback may be another task's.
   */
  namedWorkCommits?: number;
  /** Work files (not handoffs, not the registry) changed and not committed, untracked ones included. */
  uncommitted: string[];
  /** Of `uncommitted`, the files git does not track yet (a new source file, or a test report). */
  untracked?: string[];
  /** `freshness.maxCommitsBehind`. */
  maxCommitsBehind: number;
  /** A merge, cherry-pick, revert or rebase the working tree is in the middle of. */
  inProgress?: OperationInProgress;
  /**
   * The task is active in the registry as committed (HEAD's): a push is then refused while it has no
   * handoff (`missing`). Asked only for a task with none.
   */
  activeAsCommitted?: boolean;
}

export interface SessionVerdict {
  /** True when the session must not end yet. */
  stale: boolean;
  /** One paragraph: why, with the evidence. */
  reason: string;
  /** The exact command (or edit) that fixes it. */
  fix?: string;
  taskId?: string;
}

/**
 * The facts with their paths named from `folder` (relative to where the agent runs; '' for the same
 * place): in a monorepo package, whose paths are the package's, the agent at the repository's root
 * is told `packages/a/…`, as its `edit` and `git add` need.
 */
export function sessionFactsFrom(facts: SessionFacts, folder: string): SessionFacts {
  if (folder === '' || folder === '.') return facts;
  const at = pathsInFolder(folder);
  return {
    ...facts,
    uncommitted: facts.uncommitted.map(at),
    ...(facts.untracked ? { untracked: facts.untracked.map(at) } : {}),
    ...(facts.handoff ? { handoff: { ...facts.handoff, path: at(facts.handoff.path) } } : {}),
    ...(facts.othersDraft ? { othersDraft: { ...facts.othersDraft, path: at(facts.othersDraft.path) } } : {}),
  };
}

/**
 * The draft command an agent runs to end its session, with the answers it must supply: for `open`
 * elements and `times` only (those a draft left to fill in; the answers given stand), else every
 * element and the time remaining (a session's time is estimated from its commits). The task and the
 * agent are slots where the reader names them (the instructions paragraph, prime with no agent).
 */
export function draftCommand(
  program: string,
  taskId: string | Slot,
  agent: string | Slot,
  open: readonly ElementName[] = ELEMENT_NAMES,
  times: readonly TimeField[] = ['remaining'],
): string {
  const slots = [
    ...ELEMENT_NAMES.filter((element) => open.includes(element)).map((e) => ANSWER_SLOTS[e]),
    ...TIME_FIELDS.filter((field) => times.includes(field)).map((f) => TIME_SLOTS[f]),
  ];
  return [`${program} draft --task ${commandWord(taskId)} --agent ${commandWord(agent)}`, ...slots].join(' ');
}

export function judgeSession(facts: SessionFacts, program = 'handoff'): SessionVerdict {
  const { task, handoff, agent } = facts;
  if (!task) return { stale: false, reason: `agent "${agent}" has no current task.` };
  const base = { taskId: task.taskId };
  if (!task.active) {
    return { ...base, stale: false, reason: `${task.taskId} is ${task.status}, not active.` };
  }
  const work: string[] = [];
  if (facts.workCommits > facts.maxCommitsBehind) {
    // With no handoff of its own (a first session), there is no "the handoff" to be after.
    // Commits that name no task count by the push's fallback (the one active task, or the one task
    // the pushed commits name): said, so an agent that made none of them (a new repository's setup,
    // a teammate's) sees why they are its task's.
    const unnamed = facts.namedWorkCommits === undefined ? 0 : facts.workCommits - facts.namedWorkCommits;
    const why =
      unnamed > 0
        ? ` (${unnamed === facts.workCommits ? (unnamed === 1 ? 'it names' : 'they name') : `${unnamed} ${unnamed === 1 ? 'names' : 'name'}`} no task: the push gives ${unnamed === 1 ? 'it' : 'them'} to ${task.taskId} by its fallback rule)`
        : '';
    work.push(
      `${facts.workCommits} work ${facts.workCommits === 1 ? 'commit' : 'commits'} ${handoff ? 'after the handoff' : 'no handoff covers'}${why}`,
    );
  }
  const untracked = new Set(facts.untracked ?? []);
  const changed = facts.uncommitted.filter((path) => !untracked.has(path));
  if (changed.length > 0) work.push(`uncommitted changes to ${listed(changed)}`);
  // Named apart: a test report or a build output is no work, and .gitignore is where it belongs.
  if (untracked.size > 0) {
    work.push(
      `${untracked.size} untracked ${untracked.size === 1 ? 'file' : 'files'} (${listed([...untracked])}; add what is not work to .gitignore)`,
    );
  }
  const draft = draftCommand(program, task.taskId, agent);
  // A committed handoff with required elements still empty: the next push is refused for it
  // (`incomplete`) whatever this session did, so the session does not end on it unsaid.
  if (
    work.length === 0 &&
    handoff?.exists &&
    !handoff.changed &&
    !handoff.problem &&
    handoff.missing.length > 0
  ) {
    const names = handoff.missing.map(elementTitle).join(', ');
    return {
      ...base,
      stale: true,
      reason: `${task.taskId}: the handoff ${handoff.path} is committed with ${names} still empty or placeholder text, so a push is refused for it (incomplete). Fill ${handoff.missing.length === 1 ? 'it' : 'them'} in and commit it, or write the next session with every answer.`,
      fix: draft,
    };
  }
  if (work.length === 0) {
    // Nothing to hand off; but with the task's start committed, the next push is refused while the
    // task has no handoff (\`missing\`): the session does not end on a push that will fail. A start
    // not committed yet pushes nothing of the task, so that session may end (told so).
    const none = !handoff?.exists;
    if (none && facts.activeAsCommitted) {
      return {
        ...base,
        stale: true,
        reason: `${task.taskId}: no work to hand off yet, but its start is committed (the registry has it active) and it has no handoff, so a push is refused for it (missing). Write its handoff and commit it.`,
        fix: draft,
      };
    }
    return {
      ...base,
      stale: false,
      reason: none
        ? `${task.taskId}: no work to hand off yet. It has no handoff, which a push needs while the task is active: \`${draft}\` writes one.`
        : `${task.taskId}: no work since the handoff.`,
    };
  }
  // What a merge (or a cherry-pick…) stages is neither this session's work nor its handoff yet: the
  // handoff it brings in would read as written this session. Judged once it is committed.
  if (facts.inProgress && (work.length > 0 || handoff?.changed)) {
    const { op, finish } = FINISH[facts.inProgress];
    return {
      ...base,
      stale: true,
      reason: `${task.taskId}: a ${op} is in progress, and what it stages is not this session's work nor its handoff until it is committed. Finish it (or abort it), then end the session: the handoff is judged on the commits.`,
      fix: finish,
    };
  }
  const workText = work.join(' and ');
  if (!handoff?.exists || handoff.problem) {
    const others = facts.othersDraft;
    const why =
      handoff?.problem ??
      (handoff
        ? `${handoff.path} does not exist`
        : others
          ? `the handoff linked, ${others.path}, is ${others.agent}’s draft, not committed yet: not ${agent}’s own, so ${agent} needs a handoff of its own (its draft numbers past that one)`
          : 'no handoff is linked');
    return {
      ...base,
      stale: true,
      reason: `${task.taskId} has ${workText}, and ${why}. Write ${others && !handoff ? 'it' : 'the handoff'} before ending the session.`,
      fix: draft,
    };
  }
  if (handoff.changed && handoff.missing.length > 0) {
    const names = handoff.missing.map(elementTitle).join(', ');
    return {
      ...base,
      stale: true,
      // `draft` with the answers fills a drafted file's template lines in place (see fillDraft): the
      // fix asks only for the answers still missing, as a command the agent can run.
      reason: `${task.taskId}: the handoff ${handoff.path} was written this session but ${names} ${handoff.missing.length === 1 ? 'is' : 'are'} still empty or placeholder text. Fill ${handoff.missing.length === 1 ? 'it' : 'them'} in the file, or give the answers to draft, which fills the template lines in place.`,
      fix: draftCommand(
        program,
        task.taskId,
        agent,
        handoff.answersOpen?.elements ?? handoff.missing,
        handoff.answersOpen?.times ?? [],
      ),
    };
  }
  if (handoff.changed) {
    return { ...base, stale: false, reason: `${task.taskId}: handoff ${handoff.path} updated this session.` };
  }
  return {
    ...base,
    stale: true,
    reason: `${task.taskId} has ${workText} that ${handoff.path} does not cover. Write the next handoff before ending the session.`,
    fix: draft,
  };
}

/** How each operation in progress is named, and the command that finishes it once its conflicts are resolved. */
const FINISH: Record<OperationInProgress, { op: string; finish: string }> = {
  merge: { op: 'merge', finish: 'git commit --no-edit' },
  'cherry-pick': { op: 'cherry-pick', finish: 'git cherry-pick --continue' },
  revert: { op: 'revert', finish: 'git revert --continue' },
  rebase: { op: 'rebase', finish: 'git rebase --continue' },
  am: { op: '`git am`', finish: 'git am --continue' },
};

/** Up to three paths, then how many more. */
function listed(paths: readonly string[]): string {
  return namedAndCounted(paths, 3);
}

/** The reason a Stop hook gives the agent: why, then the command. */
export function stopReason(verdict: SessionVerdict): string {
  return verdict.fix ? `${verdict.reason}\nRun: ${verdict.fix}` : verdict.reason;
}
