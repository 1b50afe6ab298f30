/**
 * `handoff prime`: the whole picture for an agent starting (or resuming after compaction) a session,
 * in a bounded size — about 1–2k tokens, since context is the agent's scarcest resource. It is what
 * the SessionStart hook injects: the agent's own task and resume brief, whether its session may end
 * as things stand, who else is on what, which tasks are stale, and the three commands to use.
 * Lists are capped first; the text is then cut at a line boundary if it is still over the limit.
 */
import { draftCommand, type SessionVerdict } from './agent-session.js';
import type { Verdict } from './model.js';
import { formatAge, type StatusRow } from './render/status.js';
import { type ResumeBrief, renderResumeText } from './resume.js';
import { shellWord, withInvocation } from './shell.js';
import { AGENT_SLOT, commandWord, TASK_SLOT } from './slots.js';

/** About 1.5k tokens at ~4 characters a token. */
export const PRIME_MAX_CHARS = 6000;
export const PRIME_TEAM_CAP = 12;
export const PRIME_STALE_CAP = 8;

export interface PrimeInput {
  agent?: string;
  /** The agent's own task brief (resume), when it has a task. */
  own?: ResumeBrief;
  /**
   * The agent's task as the registry has it, when it has one; `active` as the check counts it (an
   * active status): a task done or left idle is no longer worked on.
   */
  ownTask?: { taskId: string; status: string; active: boolean };
  session?: SessionVerdict;
  team: StatusRow[];
  /** Stale verdicts of `handoff check` (fresh ones left out). */
  stale: Verdict[];
  /** Why the check could not run, when it could not. */
  checkNote?: string;
  /** Why git runs no pre-push hook in this checkout, when it runs none (`huskyHookMissingNote`). */
  hookNote?: string;
  program: string;
  /**
   * How the commands the brief names are written for its reader (the MCP tools' calls for an MCP
   * client); as `program` runs them when not given. The task's own brief, the handoff's words, is
   * left as written.
   */
  shown?: (text: string) => string;
  now: Date;
}

export interface PrimeJson {
  agent: string | null;
  task: string | null;
  session: SessionVerdict | null;
  own: ResumeBrief | null;
  team: { rows: StatusRow[]; more: number };
  stale: { items: { taskId: string; agent: string; reasons: string[]; fix?: string }[]; more: number };
  commands: string[];
  /** Why pushes from this checkout are not checked (no pre-push hook runs here), or null. */
  hookNote: string | null;
  truncated: boolean;
  text: string;
}

/**
 * The commands the agent uses next: with a task it works on, the session's (start, draft, done);
 * with none (no task, or its task done or left idle), those that take one up. `draft` and `done`
 * then act on nothing it works on.
 */
function commands(program: string, agent: string | undefined, workingOn: string | undefined): string[] {
  const a = commandWord(agent ?? AGENT_SLOT);
  if (workingOn === undefined) {
    const t = commandWord(TASK_SLOT);
    return [
      `${program} start --task ${t} --agent ${a}   # take up a task (a new one, or one to continue)`,
      `${program} resume --task ${t}   # a task's last handoff, before you take it up`,
      `${program} check   # which handoffs are stale`,
    ];
  }
  const t = commandWord(workingOn);
  return [
    `${program} start --task ${t} --agent ${a}   # register or switch your task`,
    `${draftCommand(program, workingOn, agent ?? AGENT_SLOT)}   # before you stop`,
    `${program} done --agent ${a}   # when the task is finished (block / idle likewise)`,
  ];
}

function teamLine(row: StatusRow): string {
  const parts = [row.status];
  if (row.ageMs !== undefined) parts.push(`handoff ${formatAge(row.ageMs, row.handoffDate, row.ageDays)}`);
  if (row.progressPercent !== undefined) parts.push(`${row.progressPercent}%`);
  if (row.problem) parts.push('handoff unreadable');
  const note = row.briefNote ? ` — ${clipAtWord(row.briefNote, 60)}` : '';
  return `- ${row.agent}: ${row.task ?? '(no task)'} (${parts.join(', ')})${note}`;
}

/** No single line (a long note, a long fix) may eat the budget of the others. */
const LINE_CAP = 400;
/**
 * The session's own verdict and fix, and the commands, are what the agent must act on: a reason that
 * holds the draft command to run, or the draft command with its slots, is longer than other lines,
 * and is cut only past this (a command cut short is no command).
 */
const SESSION_LINE_CAP = 1200;

/**
 * `text` in at most `max` characters: cut at the last space of the last third, else where it must
 * be, and marked with `…`, so a word is not left half-written when another is near. A cut inside a
 * `` `command` `` goes back to before it: half a command reads as one to run.
 */
function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  let clipped = space >= (max * 2) / 3 ? cut.slice(0, space) : cut;
  // Inside a span when a backtick before the cut is left open and one after it closes it (a lone
  // backtick, `don`t`, opens nothing).
  const open = clipped.lastIndexOf('`');
  if ((clipped.split('`').length - 1) % 2 === 1 && text.indexOf('`', clipped.length) !== -1)
    clipped = clipped.slice(0, open);
  return `${clipped.trimEnd()}…`;
}

export function buildPrime(input: PrimeInput): PrimeJson {
  const { agent, own, program } = input;
  const shown = input.shown ?? ((text: string) => text);
  const session = input.session && {
    ...input.session,
    reason: shown(input.session.reason),
    ...(input.session.fix === undefined ? {} : { fix: shown(input.session.fix) }),
  };
  const taskId = own?.taskId ?? input.ownTask?.taskId;
  // A brief without the registry's task (a caller of its own) is of a task the agent works on.
  const working = taskId !== undefined && (input.ownTask?.active ?? true);
  const lines: string[] = ['# Handoff brief'];
  if (!agent) {
    lines.push(
      shown(
        `No agent named: set HANDOFF_AGENT or pass --agent ${commandWord(AGENT_SLOT)}, then \`${program} start --task ${commandWord(TASK_SLOT)}\`.`,
      ),
    );
    // Not taken for granted (another agent may be reading), but said: it is usually the reader.
    const active = input.team.filter((row) => row.active);
    if (active.length === 1 && active[0]) {
      const only = active[0];
      lines.push(
        shown(
          `The one active agent is "${only.agent}" (${only.task ?? 'no task'}); if that is you: \`${program} prime --agent ${shellWord(only.agent)}\`.`,
        ),
      );
    }
  } else if (!taskId) {
    lines.push(
      shown(
        `You are "${agent}", with no current task: \`${program} start --task ${commandWord(TASK_SLOT)} --agent ${shellWord(agent)}\`.`,
      ),
    );
  } else if (!working) {
    const status = own?.status ?? input.ownTask?.status ?? 'unknown';
    lines.push(
      shown(
        `You are "${agent}", with no current task: your last, ${taskId}, is ${status}. \`${program} start --task ${commandWord(TASK_SLOT)} --agent ${shellWord(agent)}\` takes up the next.`,
      ),
    );
  } else {
    const status = own?.status ?? input.ownTask?.status ?? 'unknown';
    lines.push(`You are "${agent}", on ${taskId} (${status}).`);
  }
  // The lines cut only past SESSION_LINE_CAP.
  const toActOn = new Set<string>();
  if (session?.stale) {
    toActOn.add(`Before ending this session: ${session.reason}`);
    if (session.fix) toActOn.add(`Fix: ${session.fix}`);
    lines.push(...toActOn);
  }
  // Acted on before any push from here, so it is never cut with the lists.
  if (input.hookNote) {
    const line = `Warning: ${input.hookNote}`;
    toActOn.add(line);
    lines.push(line);
  }
  // The commands come before the lists: if anything is cut, it is the tail of the lists.
  const cmds = commands(program, agent, working ? taskId : undefined).map(shown);
  for (const command of cmds) toActOn.add(command);
  lines.push('', '## Commands', ...cmds);
  if (own) {
    // Line by line: the cap is per line, and the brief is many.
    lines.push('', '## Your task', ...renderResumeText(own).trimEnd().split('\n'));
  }

  const teamRows = input.team.filter((row) => row.agent !== agent);
  const shownTeam = teamRows.slice(0, PRIME_TEAM_CAP);
  if (teamRows.length > 0) {
    // "Other" than the reader, when the brief has one.
    const other = agent === undefined ? '' : 'other ';
    lines.push('', `## Team (${teamRows.length} ${other}${teamRows.length === 1 ? 'agent' : 'agents'})`);
    for (const row of shownTeam) lines.push(teamLine(row));
    if (teamRows.length > shownTeam.length) {
      lines.push(shown(`…and ${teamRows.length - shownTeam.length} more: \`${program} status\``));
    }
  }

  const shownStale = input.stale.slice(0, PRIME_STALE_CAP);
  const staleItems = shownStale.map((v) => {
    const item: PrimeJson['stale']['items'][number] = {
      taskId: v.taskId,
      agent: v.agent,
      reasons: v.problems.map((p) => p.reason),
    };
    const fix = v.problems[0]?.fix;
    if (fix) item.fix = shown(withInvocation(fix, program));
    return item;
  });
  if (input.stale.length > 0) {
    lines.push('', `## Stale handoffs (${input.stale.length})`);
    for (const item of staleItems) {
      lines.push(
        `- ${item.taskId} (${item.agent}): ${item.reasons.join(', ')}${item.fix ? ` — fix: ${item.fix}` : ''}`,
      );
    }
    if (input.stale.length > shownStale.length) {
      lines.push(shown(`…and ${input.stale.length - shownStale.length} more: \`${program} check\``));
    }
  } else if (input.checkNote) {
    lines.push('', shown(`Check: ${input.checkNote}`));
  }

  const capOf = (line: string) => (toActOn.has(line) ? SESSION_LINE_CAP : LINE_CAP);
  let truncated = lines.some((line) => line.length > capOf(line));
  let text = `${lines.map((line) => clipAtWord(line, capOf(line))).join('\n')}\n`;
  if (text.length > PRIME_MAX_CHARS) {
    truncated = true;
    const tail = `${shown(`…(cut to ${PRIME_MAX_CHARS} characters: \`${program} resume\` and \`${program} status\` have the rest)`)}\n`;
    const cut = text.slice(0, PRIME_MAX_CHARS - tail.length);
    text = `${cut.slice(0, cut.lastIndexOf('\n') + 1)}${tail}`;
  }
  return {
    agent: agent ?? null,
    task: taskId ?? null,
    session: session ?? null,
    own: own ?? null,
    team: { rows: shownTeam, more: teamRows.length - shownTeam.length },
    stale: { items: staleItems, more: input.stale.length - shownStale.length },
    commands: cmds,
    hookNote: input.hookNote ?? null,
    truncated,
    text,
  };
}
