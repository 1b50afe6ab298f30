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

/**
 * How a session's time is estimated (`--time-rule`):
 * - `gap` (the default): the rule above, over all the session's commits together;
 * - `git-hours`: git-hours' rule, for numbers that agree with that tool — per author (by email), the
 *   commits sorted by time; each gap shorter than 120 minutes counts in full, each longer one counts
 *   120 minutes (the unseen work before a new session's first commit); an author's very first commit
 *   adds nothing, so one commit alone is 0 h; each author's hours are rounded to whole hours, then
 *   summed. (git-hours' defaults `--max-commit-diff 120 --first-commit-add 120`.)
 */
export type TimeRule = 'gap' | 'git-hours';

export const TIME_RULES: readonly TimeRule[] = ['gap', 'git-hours'];

export const GIT_HOURS_MAX_COMMIT_DIFF_MINUTES = 120;
export const GIT_HOURS_FIRST_COMMIT_ADDITION_MINUTES = 120;

/** git-hours' estimate for one author's commit times (seconds), in whole hours. */
export function gitHoursForAuthor(
  commitTimesSeconds: readonly number[],
  maxCommitDiffMinutes = GIT_HOURS_MAX_COMMIT_DIFF_MINUTES,
  firstCommitAdditionMinutes = GIT_HOURS_FIRST_COMMIT_ADDITION_MINUTES,
): number {
  if (commitTimesSeconds.length < 2) return 0;
  const times = [...commitTimesSeconds].sort((a, b) => a - b);
  let hours = 0;
  for (let i = 0; i + 1 < times.length; i++) {
    const diffMinutes = ((times[i + 1] as number) - (times[i] as number)) / 60;
    hours += diffMinutes < maxCommitDiffMinutes ? diffMinutes / 60 : firstCommitAdditionMinutes / 60;
  }
  return Math.round(hours);
}

export interface TimedCommit {
  authorEmail: string;
  /** Seconds since epoch. */
  authorTime: number;
}

/** The session's time by `rule`: `hours` to one decimal (whole hours for git-hours), and the rule in words. */
export function estimateSessionTime(
  commits: readonly TimedCommit[],
  rule: TimeRule,
  gapMs: number,
): TimeEstimate & { rule: TimeRule; ruleText: string } {
  const gap = estimateTimeSpent(
    commits.map((c) => c.authorTime),
    gapMs,
  );
  if (rule === 'gap') {
    const gapHours = Math.round((gapMs / 3_600_000) * 10) / 10;
    return {
      ...gap,
      rule,
      ruleText: `commits split at gaps over ${gapHours} h, plus 0.5 h before each first commit`,
    };
  }
  const byAuthor = new Map<string, number[]>();
  for (const commit of commits) {
    const key = commit.authorEmail.toLowerCase() || 'unknown';
    byAuthor.set(key, [...(byAuthor.get(key) ?? []), commit.authorTime]);
  }
  let hours = 0;
  for (const times of byAuthor.values()) hours += gitHoursForAuthor(times);
  return {
    hours,
    sessions: gap.sessions,
    rule,
    ruleText: 'git-hours: per author, gaps under 120 min in full, 120 min per longer gap',
  };
}

/** One earlier session's time as its handoff states it (undefined when it states none). */
export interface RecordedSessionTime {
  session?: number;
  hours?: number;
}

export interface TaskTotal {
  /** Sum of the known sessions' hours, this one included, one decimal. */
  hours: number;
  /** Sessions counted (this one included). */
  sessions: number;
  /** Earlier sessions whose handoff states no time: the total is at least `hours`. */
  unknown: number[];
}

/**
 * The task's total across its handoffs: each earlier handoff's own session time (its `Time Spent`,
 * which drafts write as that session's time alone) plus this session's. A handoff that states no time
 * is named, so the total reads as a lower bound rather than a fact.
 */
export function taskTotal(earlier: readonly RecordedSessionTime[], thisSessionHours: number): TaskTotal {
  let hours = thisSessionHours;
  const unknown: number[] = [];
  for (const [index, session] of earlier.entries()) {
    if (session.hours === undefined) unknown.push(session.session ?? index + 1);
    else hours += session.hours;
  }
  return { hours: Math.round(hours * 10) / 10, sessions: earlier.length + 1, unknown };
}

/**
 * The calendar date (YYYY-MM-DD) of `time` in `timeZone` (an IANA name such as `America/Los_Angeles`;
 * the user's `TZ`), so a session that ends at 20:00 in California is dated that day, not tomorrow's
 * UTC date. An unknown zone falls back to UTC. Without a zone, the date in the zone this process
 * keeps its local time in (its `TZ`, else the system's), read with Date's own getters: ICU's date
 * formatting, which a named zone needs, takes 20-30 ms to load in a fresh process.
 */
export function localDate(time: Date, timeZone?: string): string {
  if (timeZone === undefined) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${String(time.getFullYear()).padStart(4, '0')}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  }
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(time);
  try {
    return format(timeZone);
  } catch {
    return format('UTC');
  }
}

/** Whether `timeZone` is a zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
