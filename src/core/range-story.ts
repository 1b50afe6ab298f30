/**
 * The story of a commit range beyond its diff: which pull requests landed, who wrote the commits, and
 * whether the range can be one working session at all. Pure: commits in, facts out.
 *
 * Pull requests are read from subjects, the way GitHub writes them: a merge commit
 * `Merge pull request #12 from owner/branch` (the title is the first line of its body), and a squash
 * or rebase merge `Title (#12)`. Bitbucket's `Merged in branch (pull request #12)` is read too. Each
 * number is listed once.
 */
import type { CommitInfo } from './model.js';

export interface PullRequest {
  number: number;
  title: string;
  /** The commit that landed it (the merge, or the squashed commit). */
  sha: string;
  how: 'merge' | 'squash';
}

const MERGE_SUBJECT = /^Merge pull request #(\d+) from (\S+)/;
const BITBUCKET_SUBJECT = /^Merged in (\S+) \(pull request #(\d+)\)/;
const SQUASH_SUBJECT = /^(.*\S)\s+\(#(\d+)\)\s*$/;

/** Pull requests landed by `commits` (oldest first), in the order they landed. */
export function pullRequestsIn(commits: readonly CommitInfo[]): PullRequest[] {
  const found = new Map<number, PullRequest>();
  for (const commit of commits) {
    const pr = pullRequestOf(commit);
    if (pr && !found.has(pr.number)) found.set(pr.number, pr);
  }
  return [...found.values()];
}

export function pullRequestOf(commit: Pick<CommitInfo, 'sha' | 'subject' | 'body'>): PullRequest | undefined {
  const merge = MERGE_SUBJECT.exec(commit.subject);
  if (merge) {
    const title = commit.body
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim();
    return { number: Number(merge[1]), title: title ?? (merge[2] as string), sha: commit.sha, how: 'merge' };
  }
  const bitbucket = BITBUCKET_SUBJECT.exec(commit.subject);
  if (bitbucket) {
    const title = commit.body
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim();
    return {
      number: Number(bitbucket[2]),
      title: title ?? (bitbucket[1] as string),
      sha: commit.sha,
      how: 'merge',
    };
  }
  const squash = SQUASH_SUBJECT.exec(commit.subject);
  if (squash)
    return { number: Number(squash[2]), title: squash[1] as string, sha: commit.sha, how: 'squash' };
  return undefined;
}

export interface AuthorCount {
  name: string;
  commits: number;
}

/** Authors by commits, most first (ties by name): what `git shortlog -s -n` counts, by author name. */
export function authorsOf(commits: readonly Pick<CommitInfo, 'authorName'>[]): AuthorCount[] {
  const counts = new Map<string, number>();
  for (const commit of commits) counts.set(commit.authorName, (counts.get(commit.authorName) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, commits: count }))
    .sort((a, b) => b.commits - a.commits || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * When a range is clearly not one session. Any one is enough: more commits than a person or an agent
 * makes in a sitting, more authors than a pair, or a span of weeks. (Also in docs/drafting.md.)
 */
export const ONE_SESSION_LIMITS = { commits: 300, authors: 5, days: 21 } as const;

export interface RangeShape {
  commits: number;
  authors: number;
  /** First and last author time, seconds since epoch. */
  first: number;
  last: number;
}

export function rangeShape(commits: readonly Pick<CommitInfo, 'authorName' | 'authorTime'>[]): RangeShape {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const commit of commits) {
    first = Math.min(first, commit.authorTime);
    last = Math.max(last, commit.authorTime);
  }
  return {
    commits: commits.length,
    authors: new Set(commits.map((c) => c.authorName)).size,
    first: Number.isFinite(first) ? first : 0,
    last: Number.isFinite(last) ? last : 0,
  };
}

/**
 * Why the range is not one session, in words (`1052 commits by 96 authors over 5 years`), or undefined
 * when it may be one.
 */
export function notOneSession(shape: RangeShape): string | undefined {
  const days = (shape.last - shape.first) / 86_400;
  const tooMany =
    shape.commits > ONE_SESSION_LIMITS.commits ||
    shape.authors > ONE_SESSION_LIMITS.authors ||
    days > ONE_SESSION_LIMITS.days;
  if (!tooMany) return undefined;
  return `${shape.commits} commits by ${shape.authors} ${shape.authors === 1 ? 'author' : 'authors'} over ${spanText(days)}`;
}

function spanText(days: number): string {
  if (days >= 730) return `${Math.floor(days / 365)} years`;
  if (days >= 60) return `${Math.floor(days / 30)} months`;
  if (days >= 14) return `${Math.floor(days / 7)} weeks`;
  const whole = Math.max(1, Math.round(days));
  return `${whole} ${whole === 1 ? 'day' : 'days'}`;
}
