/**
 * Where a task's first session starts when no handoff marks it, for `draft` (the commits it writes
 * up) and for the agent hooks' judgement (agent-session.ts: the work a Stop is refused for), so both
 * count the same commits. From the day the task started; on a branch of its own, without the main
 * line's commits nor what another remote branch already has (a branch started from another task's:
 * those are that task's). Else that day's setup before the first commit naming the task is left out
 * (`setupCommitsBefore`).
 */
import type { GitCommandManager } from '../adapters/git.js';
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

/** `--since` for the start day: a bare date would mean "that day at the current time of day" to git. */
export function sinceDay(day: string): string {
  return `--since=${day} 00:00:00`;
}
