/**
 * Time spent on a task, estimated from commit timestamps: the seed's "generate time tracking from
 * commits". The method (also in docs/drafting.md):
 *
 * 1. Sort the commit times and split them into work sessions wherever two consecutive commits are
 *    more than `gap` apart (config `sessionGap`, default 2h): a longer pause is a break, not work.
 * 2. A session lasts from its first to its last commit, plus an allowance for the work before its
 *    first commit (default 30 minutes) — nobody commits the moment they sit down.
 * 3. The estimate is the sum over sessions, in hours with one decimal.
 *
 * It undercounts work that was never committed and overcounts a session that idled between commits
 * under the gap; it is a fact-based starting point that the person can correct.
 */

export const DEFAULT_FIRST_COMMIT_ALLOWANCE_MS = 30 * 60 * 1000;

export interface WorkSession {
  /** First and last commit time of the session, seconds since epoch. */
  firstCommit: number;
  lastCommit: number;
  commits: number;
  /** Estimated length: last − first + the allowance, in milliseconds. */
  durationMs: number;
}

export interface TimeEstimate {
  /** Sum of the sessions, in hours with one decimal; 0 when there are no commits. */
  hours: number;
  sessions: WorkSession[];
}

export function estimateTimeSpent(
  commitTimesSeconds: readonly number[],
  gapMs: number,
  firstCommitAllowanceMs: number = DEFAULT_FIRST_COMMIT_ALLOWANCE_MS,
): TimeEstimate {
  const times = [...commitTimesSeconds].sort((a, b) => a - b);
  const sessions: WorkSession[] = [];
  let current: WorkSession | undefined;
  for (const time of times) {
    if (current && (time - current.lastCommit) * 1000 <= gapMs) {
      current.lastCommit = time;
      current.commits++;
    } else {
      current = { firstCommit: time, lastCommit: time, commits: 1, durationMs: 0 };
      sessions.push(current);
    }
  }
  let totalMs = 0;
  for (const session of sessions) {
    session.durationMs = (session.lastCommit - session.firstCommit) * 1000 + firstCommitAllowanceMs;
    totalMs += session.durationMs;
  }
  return { hours: Math.round(totalMs / 360_000) / 10, sessions };
}
