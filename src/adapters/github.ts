/**
 * The GitHub REST calls the Action makes: the sticky comment, PR labels and a PR's head. Octokit comes
 * from @actions/github (proxy support, GITHUB_API_URL) with the retry plugin (5xx and other transient
 * failures) and the throttling plugin (primary and secondary rate limits), both with bounded retries.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { isStickyComment } from '../core/comment.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** REST API root; default GITHUB_API_URL as @actions/github reads it. */
  baseUrl?: string;
  /** Retries after a failed request (5xx, network) and after a rate limit. Default 3 and 2. */
  retries?: number;
  rateLimitRetries?: number;
  /**
   * Milliseconds one "second" of back-off lasts. The plugins wait retryCount² seconds after a 5xx and
   * `retry-after` seconds after a rate limit; tests set this small (HANDOFF_GUARD_RETRY_AFTER_MS).
   */
  retryAfterBaseMs?: number;
  /** Where retries are reported (e.g. core.info). */
  log?: (message: string) => void;
}

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const log = options.log ?? (() => {});
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const retryAfterBaseValue = options.retryAfterBaseMs ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
      const again = retryCount < rateLimitRetries;
      log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${again ? `retrying after ${retryAfter}s` : 'giving up'}`,
      );
      return again;
    };
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: { retries: options.retries ?? 3, retryAfterBaseValue },
      throttle: {
        retryAfterBaseValue,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
}

export interface IssueRef {
  owner: string;
  repo: string;
  /** Pull request number (PRs are issues for comments and labels). */
  number: number;
}

export interface StickyCommentResult {
  url: string;
  action: 'created' | 'updated' | 'unchanged';
  /** Duplicate sticky comments (from racing runs) that were deleted. */
  deleted: number;
}

/**
 * Makes the PR have exactly one sticky comment with `body`. Every page of comments is read, because
 * on a busy PR the sticky comment is rarely on the first page; the oldest marked comment is kept and
 * updated (its link stays stable), later ones — left by runs that raced ours — are deleted.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  issue: IssueRef,
  body: string,
): Promise<StickyCommentResult> {
  const params = { owner: issue.owner, repo: issue.repo, issue_number: issue.number };
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 });
  const sticky = comments.filter((c) => isStickyComment(c.body)).sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = sticky;

  let url: string;
  let action: StickyCommentResult['action'];
  if (!keep) {
    const created = await octokit.rest.issues.createComment({ ...params, body });
    url = created.data.html_url;
    action = 'created';
  } else if (keep.body === body) {
    url = keep.html_url;
    action = 'unchanged';
  } else {
    const updated = await octokit.rest.issues.updateComment({
      owner: issue.owner,
      repo: issue.repo,
      comment_id: keep.id,
      body,
    });
    url = updated.data.html_url;
    action = 'updated';
  }
  for (const duplicate of duplicates) {
    await octokit.rest.issues.deleteComment({
      owner: issue.owner,
      repo: issue.repo,
      comment_id: duplicate.id,
    });
  }
  return { url, action, deleted: duplicates.length };
}

/** The PR's labels as they are now (the event payload's are as they were when the event fired). */
export async function listPullRequestLabels(octokit: GitHubClient, issue: IssueRef): Promise<string[]> {
  const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.number,
    per_page: 100,
  });
  return labels.map((label) => label.name);
}

/** The commit a PR's head points at now. */
export async function pullRequestHeadSha(octokit: GitHubClient, issue: IssueRef): Promise<string> {
  const pr = await octokit.rest.pulls.get({
    owner: issue.owner,
    repo: issue.repo,
    pull_number: issue.number,
  });
  return pr.data.head.sha;
}

/**
 * A 403 or 404 on a write: the token cannot comment here — typically a pull request from a fork,
 * whose GITHUB_TOKEN is read-only. (A rate limit is also a 403, but the throttling plugin retries
 * those first and they carry a rate-limit message.)
 */
export function isPermissionDenied(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as { status?: unknown }).status;
  const message = error instanceof Error ? error.message : '';
  return (status === 403 || status === 404) && !/rate limit/i.test(message);
}
