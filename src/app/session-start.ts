/**
 * Where a task's first session starts when no handoff marks it, for `draft` (the commits it writes
 * up) and for the agent hooks' judgement (agent-session.ts: the work a Stop is refused for), so both
 * count the same commits. From the day the task started; on a branch of its own, without the main
 * line's commits nor what another remote branch already has (a branch started from another task's:
 * those are that task's). Else that day's setup is left out: the commits before the first whose own
 * registry has the task active, or before the first naming it (`setupCommitsBefore`).
 */
import type { GitCommandManager } from '../adapters/git.js';
import { setupCommitsBefore, startDayLead, type TaskCommitsInput } from '../core/draft.js';
import type { CommitInfo, HandoffConfig } from '../core/model.js';
import { firstCommitWithTaskActive } from './finished-tasks.js';
import { otherLines } from './main-line.js';

export interface FirstSessionStart {
  /** `task_started` when it is a day (`YYYY-MM-DD`): the range starts at its midnight. */
  fromDay?: string;
  /** On a branch of its own: the main line it leaves out. */
  mainLine?: string;
  /** What follows the range's head in `git log`: what it leaves out. */
  excluded: string[];
  /** The range note's words for `excluded` (`, not on origin/main nor on another remote branch`). */
  besides: string;
  /** Whether the start day's setup commits are to be left out (not on a branch of its own). */
  cutsSetup: boolean;
}

export async function firstSessionStart(
  git: GitCommandManager,
  branch: string | undefined,
  taskStarted: string | undefined,
): Promise<FirstSessionStart> {
  const fromDay =
    taskStarted !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(taskStarted) ? taskStarted : undefined;
  const others = await otherLines(git, branch);
  if (others === undefined) {
    return { ...(fromDay ? { fromDay } : {}), excluded: [], besides: '', cutsSetup: fromDay !== undefined };
  }
  return {
    ...(fromDay ? { fromDay } : {}),
    mainLine: others.mainLine,
    excluded: ['--not', ...others.args],
    besides: `, not on ${others.mainLine} nor on another remote branch`,
    cutsSetup: false,
  };
}

/**
 * `--since` for the start day: a bare date would mean "that day at the current time of day" to git,
 * and a time without a zone that time in the local zone. `start` writes the day in UTC, so it starts
 * at midnight UTC: taken in the local zone, west of UTC a task started in the evening had its first
 * commits (before local midnight, already the next day in UTC) left out of its draft and its Stop hook.
 */
export function sinceDay(day: string): string {
  return `--since=${day} 00:00:00 +0000`;
}

/** How many of a first session's leading commits were setup, and what ends them. */
export interface SetupCut {
  count: number;
  /** The commit after them: the first whose registry has the task active, or the first naming it. */
  endedBy: 'recorded' | 'named';
}

/**
 * The setup a first session read from its task's start day leaves out (`setupCommitsBefore`): one
 * rule for `draft` and the agent hooks. The registries of the day's leading commits are read only
 * when there are some (a `git cat-file` and a read of each distinct registry among them).
 */
export async function setupCommitCount(
  git: GitCommandManager,
  projectRoot: string,
  config: HandoffConfig,
  /** Oldest first, from the start day. */
  commits: readonly CommitInfo[],
  input: TaskCommitsInput,
  fromDay: string,
): Promise<SetupCut> {
  const lead = startDayLead(commits, input, fromDay);
  if (lead.count === 0) return { count: 0, endedBy: 'named' };
  const recorded = await firstCommitWithTaskActive(
    projectRoot,
    config,
    commits.slice(0, lead.count).map((commit) => commit.sha),
    input.taskId,
    git,
  );
  const count = setupCommitsBefore(lead, recorded);
  return { count, endedBy: recorded === count ? 'recorded' : 'named' };
}
