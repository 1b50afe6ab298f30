/**
 * The registry's life cycle as pure transitions: `start` (register or switch an agent's task,
 * `in_progress`), `block`, `done` and `idle`. Each returns the patch for `withEntry`; names and ids
 * are refused by the same rules `handoff validate` applies (the registry schema's agent names, the
 * config's task-id pattern), so a command never writes what validate would then reject.
 */
import { judgeSession, type SessionFacts } from './agent-session.js';
import { handoffPath, isTaskId } from './config.js';
import { InputError } from './errors.js';
import type { AgentEntry, HandoffConfig, Registry } from './model.js';
import { linkProblem } from './paths.js';
import { agentEntries, isAgentKey, meantTask } from './registry.js';
import { shellWord } from './shell.js';
import { AGENT_SLOT, commandWord, isSlot, LEFT_AS_PRINTED, TASK_SLOT } from './slots.js';

export const LIFECYCLE_ACTIONS = ['start', 'block', 'done', 'idle'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** The registry status each action sets (the spec's four). */
export const ACTION_STATUS: Record<LifecycleAction, string> = {
  start: 'in_progress',
  block: 'blocked',
  done: 'complete',
  idle: 'idle',
};

/** The environment variable naming the agent when `--agent` is not given (set it per agent session). */
export const AGENT_ENV = 'HANDOFF_AGENT';

/** The agent `$HANDOFF_AGENT` names, or undefined when it is unset or empty: every command reads it so. */
export function agentFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const value = env[AGENT_ENV];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * The agent a command acts for when it needs no registry entry to pick one (`prime`): the name given,
 * else `$HANDOFF_AGENT`, else nobody in particular; a name given is checked as every command checks it.
 */
export function namedAgent(explicit: string | undefined, envAgent: string | undefined): string | undefined {
  const agent = explicit ?? envAgent;
  if (agent !== undefined) checkAgentName(agent);
  return agent;
}

/** The longest agent name a command writes: the name is a registry key and a line of the handoff. */
const MAX_AGENT_CHARS = 200;

/**
 * An agent name a command may add to the registry, as every command that is given one refuses it:
 * empty (the schema's `propertyNames`), starting with `$` (such keys are not agents: `$schema`),
 * surrounding blanks, longer than MAX_AGENT_CHARS, holding control characters (a line break
 * would break the handoff's lines), or a slot (`"<agent name>"`, core/slots.ts) of a command the
 * program printed, run without the name written in. A name `registry` already holds is taken as `validate` takes it
 * (any key but an empty one): a command acts on the entry that is there, and does not refuse it.
 */
export function checkAgentName(name: string, registry?: Registry): void {
  if (registry !== undefined && name !== '' && isAgentKey(name) && Object.hasOwn(registry, name)) return;
  let problem: string | undefined;
  if (name === '') problem = 'an agent name must not be empty';
  else if (!isAgentKey(name))
    problem = `agent name "${name}" starts with "$", which marks keys that are not agents`;
  else if (name.trim() !== name) problem = `agent name "${name}" starts or ends with blanks`;
  else if (name.length > MAX_AGENT_CHARS)
    problem = `agent name "${name}" is longer than ${MAX_AGENT_CHARS} characters`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  else if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name))
    problem = 'an agent name must not contain line breaks or other control characters';
  else if (isSlot(name)) problem = `agent name "${name}" ${LEFT_AS_PRINTED}: give your agent's name`;
  if (problem) throw new InputError(problem, {}, 'registry/agent-name');
}

/**
 * A task id `validate` accepts and `draft` can write a handoff for: it matches `taskIdPattern`, can
 * be part of a file name (no path separator, not `.` or `..`, not blank), and makes a handoff file
 * name the file system takes (up to session 999), so `start` never registers a task whose handoff no
 * command could then write, and `draft` never writes one `validate` rejects.
 */
export function checkTaskId(
  config: HandoffConfig,
  taskId: string,
  /** The registry, to name a task it holds that `taskId` mistypes (`meantTask`). */
  registry?: Registry,
): void {
  if (/[/\\\0]/.test(taskId) || taskId.trim() === '' || taskId === '.' || taskId === '..') {
    throw new InputError(
      `task id "${taskId}" cannot be part of a file name: it is blank, . or .., or holds a / or \\ (or a NUL)`,
      {},
      'registry/task-id',
    );
  }
  if (isSlot(taskId)) {
    throw new InputError(
      `task id "${taskId}" ${LEFT_AS_PRINTED}: give the task's id`,
      {},
      'registry/task-id',
    );
  }
  if (!isTaskId(config, taskId)) {
    const meant = registry === undefined ? undefined : meantTask(taskId, agentEntries(registry));
    throw new InputError(
      `task id "${taskId}" does not match the task-id pattern (config key "taskIdPattern": ${config.taskIdPattern})${meant === undefined ? '' : `: did you mean ${meant}?`}`,
      {},
      'registry/task-id',
    );
  }
  const pathProblem = linkProblem(handoffPath(config, taskId, 999), 'handoff path');
  if (pathProblem) throw new InputError(pathProblem, {}, 'config/handoff-path');
}

/**
 * Which agent a command acts for: `--agent`, else `$HANDOFF_AGENT`, else — for block, done and idle
 * — the one agent with an active status. Undefined when none of these names one.
 */
export function chooseAgent(
  registry: Registry,
  config: Pick<HandoffConfig, 'activeStatuses'>,
  action: LifecycleAction,
  explicit: string | undefined,
  fromEnv: string | undefined,
): string {
  const named = explicit ?? fromEnv;
  if (named !== undefined) {
    checkAgentName(named, registry);
    return named;
  }
  if (action !== 'start') {
    const active = agentEntries(registry).filter(([, e]) => config.activeStatuses.includes(e.status));
    if (active.length === 1) return (active[0] as [string, AgentEntry])[0];
    if (active.length > 1) {
      throw new InputError(
        `${active.length} agents are active (${active.map(([n]) => n).join(', ')}); pass --agent ${commandWord(AGENT_SLOT)} or set ${AGENT_ENV}`,
        {},
        'registry/ambiguous-agent',
      );
    }
  }
  throw new InputError(
    `which agent? pass --agent ${commandWord(AGENT_SLOT)} or set ${AGENT_ENV}`,
    {},
    'registry/no-agent',
  );
}

export interface TransitionInput {
  action: LifecycleAction;
  agent: string;
  /** The agent's entry now; undefined when the registry has none. */
  entry?: AgentEntry;
  /** `start` only. */
  taskId?: string;
  /** `start`: the brief_note; the others: replaces it when given. */
  note?: string;
  /** YYYY-MM-DD, for task_started. */
  today: string;
}

/**
 * The patch an action makes to the agent's entry (`withEntry`: undefined removes a key).
 * `start` on a new task resets what belonged to the old one (its start date, note and handoff link);
 * on the same task it only sets the status (and the note when given). `done` keeps the task, so
 * status shows what was finished; `idle` clears it, as the schema says (null when idle). Leaving
 * `blocked` without a new note drops the note: it said what blocked the task, which no longer holds
 * (a `done` would otherwise show "waiting for the API key" beside "complete").
 */
export function transition(input: TransitionInput): Partial<AgentEntry> {
  const { action, agent, entry, note } = input;
  const patch: Partial<AgentEntry> = { status: ACTION_STATUS[action] };
  if (action === 'start') {
    const taskId = input.taskId ?? '';
    const sameTask = entry?.current_task === taskId;
    patch.current_task = taskId;
    if (!sameTask || typeof entry?.task_started !== 'string') patch.task_started = input.today;
    if (note !== undefined) patch.brief_note = note;
    else if (entry && (!sameTask || entry.status === 'blocked')) patch.brief_note = undefined;
    if (entry && !sameTask) patch.details_link = undefined;
    return patch;
  }
  if (!entry) {
    throw new InputError(
      `no agent "${agent}" in the registry; start a task first: \`handoff start --task ${commandWord(TASK_SLOT)} --agent ${shellWord(agent)}\``,
      {},
      'registry/no-agent',
    );
  }
  const task = typeof entry.current_task === 'string' && entry.current_task !== '' ? entry.current_task : '';
  if (task === '' && action !== 'idle') {
    throw new InputError(
      `agent "${agent}" has no current task to mark ${ACTION_STATUS[action]}`,
      {},
      'registry/no-task',
    );
  }
  if (action === 'idle') patch.current_task = null;
  if (note !== undefined) patch.brief_note = note;
  else if (entry.status === 'blocked' && action !== 'block') patch.brief_note = undefined;
  return patch;
}

/**
 * Why an agent leaving its task now (`start` of another, `done`, `idle`) would leave committed work
 * out of every handoff: the task has a handoff, work commits after it, and no other agent active on
 * it to hand them off. Undefined when nothing would be left. Files not committed do not count
 * (nothing judges them; the Stop hook names them), nor does a task with no handoff committed yet:
 * which of a first session's commits are its work is a guess by its start day (session-start.ts), too weak to
 * refuse on.
 * `program` spells the fix's command.
 */
export function workLeftBehind(
  action: LifecycleAction,
  facts: SessionFacts,
  othersOnTask: readonly string[],
  program: string,
): InputError | undefined {
  const { task } = facts;
  // A handoff written in full and not committed yet is the work being handed off (a draft's
  // template text left in it is not: leaving then would keep it from ever being asked for).
  const handingOff = facts.handoff?.changed === true && facts.handoff.missing.length === 0;
  if (!task?.active || !facts.countedAfter || handingOff || othersOnTask.length > 0) return undefined;
  // Only commits that name the task: one it got by the fallback (the only active task) may be a
  // finished task's, and refusing on it would hold an agent for another's work.
  const named = facts.namedWorkCommits ?? facts.workCommits;
  if (named <= facts.maxCommitsBehind) return undefined;
  const verdict = judgeSession({ ...facts, workCommits: named, uncommitted: [], untracked: [] }, program);
  if (!verdict.stale || !verdict.fix) return undefined;
  // The others are said too, as the Stop hook counts them: only the named ones refuse the leaving.
  const unnamed = facts.workCommits - named;
  const commits = `${named} work ${named === 1 ? 'commit' : 'commits'}${unnamed > 0 ? ` that ${named === 1 ? 'names' : 'name'} it (and ${unnamed} that ${unnamed === 1 ? 'names' : 'name'} no task)` : ''}`;
  const leaving =
    action === 'done' ? 'marked complete' : action === 'idle' ? 'left idle' : 'left for another task';
  return new InputError(
    `${task.taskId} has ${commits} its handoff does not cover: ${leaving} now, ${named === 1 ? 'it' : 'they'} would be in no handoff. Hand it off first: ${verdict.fix} (then commit the handoff); or run again with --force to leave ${named === 1 ? 'it' : 'them'} out`,
    {},
    'lifecycle/work-left-behind',
  );
}
