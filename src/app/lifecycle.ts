/**
 * `handoff start|block|done|idle`: one registry transition (core/lifecycle.ts), read, decided and
 * written under the registry's lock (`updateRegistry`, the same atomic update `draft` uses), so two
 * agents changing their entries at once both land.
 */
import { lstatSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { GitCommandManager } from '../adapters/git.js';
import { readRegistry, refuseWritesOutside, updateRegistry } from '../adapters/store.js';
import { draftCommand } from '../core/agent-session.js';
import { InputError } from '../core/errors.js';
import { checkGivenInput } from '../core/input-limits.js';
import {
  checkTaskId,
  chooseAgent,
  type LifecycleAction,
  transition,
  workLeftBehind,
} from '../core/lifecycle.js';
import type { AgentEntry, HandoffConfig } from '../core/model.js';
import { asInProject, linkProblem, normalizeLink, type ShownPath } from '../core/paths.js';
import { agentEntries, othersActiveOn, withEntry } from '../core/registry.js';
import { commitPathsCommand } from '../core/shell.js';
import { listTaskHandoffs } from './task-handoffs.js';

export interface LifecycleOptions {
  repoRoot: string;
  config: HandoffConfig;
  action: LifecycleAction;
  agent?: string;
  /** `$HANDOFF_AGENT`. */
  envAgent?: string;
  taskId?: string;
  note?: string;
  now: Date;
  /** Leave the task even with work its handoff does not cover (`--force`; see `workLeftBehind`). */
  force?: boolean;
  /** How the program was run (`npx handoff`), for the command a refusal names. */
  program?: string;
}

export interface LifecycleResult {
  agent: string;
  action: LifecycleAction;
  /** `done` with config `doneHandoffDir`: the handoffs moved, from -> to. */
  moved?: { from: string; to: string }[];
  /** `done` with `doneHandoffDir`: the agents still active on the task, for whom its handoffs stayed. */
  keptFor?: string[];
  /** The entry before (undefined when the agent was new) and after. */
  before?: AgentEntry;
  after: AgentEntry;
  registry: string;
  /** `start`: the other agents whose current task is the same one (each drafts its own sessions). */
  sharedWith?: string[];
  /** `start` of a task with handoffs: the latest, which the agent's entry now links. */
  continues?: string;
}

export async function runLifecycle(options: LifecycleOptions): Promise<LifecycleResult> {
  try {
    return await applyLifecycle(options);
  } catch (error) {
    throw namingRegistry(error, options.config.registry);
  }
}

/**
 * A registry rule broken (no such agent, which agent?) names the registry, as every other error its
 * file; not a task id refused (`registry/task-id`), which is the value given (`--task`), not the file's.
 */
function namingRegistry(error: unknown, file: string): unknown {
  if (
    error instanceof InputError &&
    error.rule?.startsWith('registry/') &&
    error.rule !== 'registry/task-id' &&
    error.location.file === undefined
  )
    return error.inFile(file);
  return error;
}

async function applyLifecycle(options: LifecycleOptions): Promise<LifecycleResult> {
  const { config, action } = options;
  if (action === 'start') {
    if (options.taskId === undefined) throw new Error('start needs a task id');
    checkTaskId(config, options.taskId);
  }
  if (options.note !== undefined) checkGivenInput({ note: options.note });
  if (action !== 'block' && !options.force) await refuseWorkLeftBehind(options);
  const { moved, keptFor } = action === 'done' ? await moveDoneHandoffs(options) : { moved: [] };
  // An agent that takes up a task with handoffs (another agent's, or its own before it went idle)
  // continues from the latest: linked, the check judges that one, as `resume` briefs from it, instead
  // of finding the agent with no handoff at all.
  const latest =
    action === 'start'
      ? (await listTaskHandoffs(options.repoRoot, config, options.taskId as string)).at(-1)
      : undefined;
  let result: LifecycleResult | undefined;
  try {
    await updateRegistry(options.repoRoot, config, (registry) => {
      const agent = chooseAgent(registry, config, action, options.agent, options.envAgent);
      const before = Object.hasOwn(registry, agent) ? registry[agent] : undefined;
      const patch = transition({
        action,
        agent,
        ...(before ? { entry: before } : {}),
        ...(options.taskId === undefined ? {} : { taskId: options.taskId }),
        ...(options.note === undefined ? {} : { note: options.note }),
        today: options.now.toISOString().slice(0, 10),
      });
      const link = typeof before?.details_link === 'string' ? normalizeLink(before.details_link) : undefined;
      const relinked = moved.find((m) => m.from === link);
      if (relinked) patch.details_link = relinked.to;
      let next = withEntry(registry, agent, patch);
      const continued = latest && typeof next[agent]?.details_link !== 'string' ? latest.path : undefined;
      if (continued) next = withEntry(next, agent, { details_link: continued });
      // Agents that finished the task before this one link its handoffs too: their links follow.
      for (const [name, entry] of agentEntries(next)) {
        const theirs = typeof entry.details_link === 'string' ? normalizeLink(entry.details_link) : undefined;
        const to = name === agent ? undefined : moved.find((m) => m.from === theirs)?.to;
        if (to) next = withEntry(next, name, { details_link: to });
      }
      result = { agent, action, after: next[agent] as AgentEntry, registry: config.registry };
      if (before) result.before = before;
      if (action === 'start') {
        // Only agents still active on it: one that marked it complete or went idle no longer works on it.
        const others = othersActiveOn(next, config, options.taskId as string, agent);
        if (others.length > 0) result.sharedWith = others;
      }
      if (continued) result.continues = continued;
      if (moved.length > 0) result.moved = moved;
      if (keptFor) result.keptFor = keptFor;
      return next;
    });
  } catch (error) {
    // The registry could not be written: the handoffs go back where its links point.
    await moveBack(options.repoRoot, moved);
    throw error;
  }
  return result as unknown as LifecycleResult;
}

/**
 * Refuses to leave the agent's current task (`start` of another, `done`, `idle`) while it has work
 * commits its handoff does not cover (`workLeftBehind`), as the Stop hook refuses to end the session.
 * Read as the Stop hook reads it; anything it cannot read (an agent not named yet, no commits) is left
 * to the update itself to report.
 */
async function refuseWorkLeftBehind(options: LifecycleOptions): Promise<void> {
  const { repoRoot, config, action } = options;
  const registry = await readRegistry(repoRoot, config).then(
    (read) => read.registry,
    () => undefined,
  );
  if (!registry) return;
  let agent: string;
  try {
    agent = chooseAgent(registry, config, action, options.agent, options.envAgent);
  } catch {
    return;
  }
  const task = taskOf(Object.hasOwn(registry, agent) ? registry[agent] : undefined);
  if (task === null || (action === 'start' && task === options.taskId)) return;
  const { gatherSessionFacts } = await import('./agent-session.js');
  const facts = await gatherSessionFacts(repoRoot, config, agent, { fromTaskLatest: true }).catch(
    () => undefined,
  );
  const refusal =
    facts &&
    workLeftBehind(
      action,
      facts,
      othersActiveOn(registry, config, task, agent),
      options.program ?? 'handoff',
    );
  if (refusal) throw refusal;
}

/**
 * `done` with config `doneHandoffDir`: the finished task's handoffs move there (the registry's link
 * follows, under its lock), so the active folder holds only work in progress. A file already at the
 * destination stops it before anything moves. While another agent is still active on the task, the
 * task is not finished: its handoffs (that agent's among them) stay where their links point.
 */
async function moveDoneHandoffs(
  options: LifecycleOptions,
): Promise<{ moved: { from: string; to: string }[]; keptFor?: string[] }> {
  const { config, repoRoot } = options;
  if (config.doneHandoffDir === undefined) return { moved: [] };
  const { registry } = await readRegistry(repoRoot, config);
  const agent = chooseAgent(registry, config, 'done', options.agent, options.envAgent);
  const task = taskOf(registry[agent]);
  if (task === null) return { moved: [] };
  const others = othersActiveOn(registry, config, task, agent);
  if (others.length > 0) return { moved: [], keptFor: others };
  const files = await listTaskHandoffs(repoRoot, config, task);
  const target = normalizeLink(config.doneHandoffDir);
  const moves = files
    .map(({ path }) => ({ from: path, to: `${target}/${path.split('/').pop()}` }))
    .filter((m) => m.from !== m.to);
  for (const { to } of moves) {
    // A symlink there counts, dangling or not (lstat, not exists): the move would replace it.
    if (entryAt(join(repoRoot, ...to.split('/')))) {
      throw new InputError(`${to} exists already; nothing was moved`, { file: to }, 'done/exists');
    }
  }
  // A doneHandoffDir committed as a symlink out of the repository would move the handoffs there.
  await refuseWritesOutside(
    repoRoot,
    moves.map((m) => join(repoRoot, ...m.to.split('/'))),
    'done',
  );
  if (moves.length === 0) return { moved: [] };
  await mkdir(join(repoRoot, ...target.split('/')), { recursive: true });
  const done: { from: string; to: string }[] = [];
  try {
    for (const move of moves) {
      await rename(join(repoRoot, ...move.from.split('/')), join(repoRoot, ...move.to.split('/')));
      done.push(move);
    }
  } catch (error) {
    // One that cannot move: those moved go back, so every link still leads where it did.
    await moveBack(repoRoot, done);
    throw error;
  }
  return { moved: done };
}

/** Undoes `moves` (newest first), as far as it can: a failure on the way back is left as it is. */
async function moveBack(repoRoot: string, moves: readonly { from: string; to: string }[]): Promise<void> {
  for (const { from, to } of [...moves].reverse()) {
    await rename(join(repoRoot, ...to.split('/')), join(repoRoot, ...from.split('/'))).catch(() => undefined);
  }
}

/** How a commit message says what `block`, `done` and `idle` did. */
const DONE_WORDS: Record<Exclude<LifecycleAction, 'start'>, string> = {
  block: 'blocked',
  done: 'done',
  idle: 'idle',
};

/**
 * What to run next (the CLI's `next`, and the MCP tools' in their terms): after `start`, the draft
 * that ends the session, run as `program`; after the others, the commit of what they changed, its
 * paths named by `shown` (`commitAfterLifecycle`).
 */
export async function nextAfterLifecycle(
  result: LifecycleResult,
  repoRoot: string,
  at: { program: string; shown: ShownPath },
): Promise<string[]> {
  const task = taskOf(result.after);
  if (result.action === 'start') return task ? [draftCommand(at.program, task, result.agent)] : [];
  return commitAfterLifecycle(result, repoRoot, at.shown);
}

/**
 * After a `start` that took up a task: where its registry change goes. The commit whose registry has
 * the task active is where its first session starts; what that day's commits before it did (`init`,
 * `setup`) is setup, not the task's work (`setupCommitsBefore`).
 */
export function startNote(result: LifecycleResult, shown: ShownPath): string | undefined {
  if (result.action !== 'start' || taskOf(result.after) === null) return undefined;
  if (result.before && taskOf(result.before) === taskOf(result.after)) return undefined;
  // Taking over a task that has handoffs: its sessions go on from the latest, there is no first one.
  if (result.continues)
    return `commit ${shown(result.registry)} with your first work: your sessions continue ${shown(result.continues)}, and the work after it is yours to hand off.`;
  return `commit ${shown(result.registry)} with your first work: the task's first session starts at that commit, and what that day's commits before it did is setup, not the task's work.`;
}

/**
 * What to run after `block`, `done` or `idle`: the commit of what it changed, the registry and the
 * handoffs `done` moved, as `draft` names its own, and the agent's linked handoff when it is not
 * committed as it stands (a last draft written just before `done`, which took it as the hand-off):
 * left out, the commit would link a file no clone has. The check judges commits: left uncommitted,
 * the change is not what the next push is judged by. A moved handoff that was never committed leaves
 * nothing to record where it was; a transition that changed nothing, nothing at all. `start` is
 * committed with the first work (`startNote`).
 * `shown` names the paths from where the command runs.
 */
async function commitAfterLifecycle(
  result: LifecycleResult,
  repoRoot: string,
  shown: ShownPath,
): Promise<string[]> {
  if (result.action === 'start') return [];
  const moved = result.moved ?? [];
  const linked = [
    ...new Set(
      [result.before?.details_link, result.after.details_link]
        .filter((link): link is string => typeof link === 'string' && linkProblem(link) === undefined)
        .map(normalizeLink)
        .filter((link) => !moved.some((m) => m.from === link || m.to === link)),
    ),
  ];
  // One `git status` for the registry and the linked handoffs.
  const { tracked, changed } = await GitCommandManager.at(repoRoot, undefined, async (git) => ({
    tracked: moved.length === 0 ? new Set<string>() : await git.trackedOf(moved.map((m) => m.from)),
    changed: await git.changedSinceHead([result.registry, ...linked]),
  }));
  // Nothing changed (`block` of an agent already blocked with that note): nothing to commit, unless
  // the registry holds a change not committed yet (the same `done` run twice, its first commit
  // command lost): that commit is still what is left to do.
  if (changedNothing(result) && !changed.includes(normalizeLink(result.registry))) return [];
  const unsaved = changed.filter((path) => linked.includes(path));
  const paths = [
    result.registry,
    ...unsaved,
    ...moved.flatMap((m) => (tracked.has(m.from) ? [m.from, m.to] : [m.to])),
  ].map(shown);
  const task = taskOf(result.before) ?? taskOf(result.after) ?? 'handoff';
  return [commitPathsCommand(paths, `${task}: ${result.agent} ${DONE_WORDS[result.action]}`)];
}

/** Whether a transition asked for what the registry already said (`block` again, same note): no entry changed, no handoff moved. */
export function changedNothing(result: LifecycleResult): boolean {
  return (result.moved ?? []).length === 0 && JSON.stringify(result.before) === JSON.stringify(result.after);
}

export const taskOf = (entry: { current_task?: string | null } | undefined) =>
  typeof entry?.current_task === 'string' && entry.current_task !== '' ? entry.current_task : null;

/**
 * `--format json` and the MCP tools: the change in plain JSON, its paths named by `shown` (from where
 * the command runs). `entry` is the registry's entry as written.
 */
export function lifecycleJson(result: LifecycleResult, shown: ShownPath = asInProject) {
  return {
    agent: result.agent,
    action: result.action,
    status: result.after.status,
    task: taskOf(result.after),
    previous: result.before ? { status: result.before.status, task: taskOf(result.before) } : null,
    registry: shown(result.registry),
    entry: result.after,
    ...(result.moved ? { moved: result.moved.map((m) => ({ from: shown(m.from), to: shown(m.to) })) } : {}),
    ...(result.keptFor ? { keptFor: result.keptFor } : {}),
    ...(result.sharedWith ? { sharedWith: result.sharedWith } : {}),
    ...(result.continues ? { continues: shown(result.continues) } : {}),
  };
}

/** Whether anything stands at `path`, a symlink included whatever it points to. */
function entryAt(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
