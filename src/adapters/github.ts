/**
 * The GitHub API calls the Action makes: the token's identity, the sticky comment (REST, plus GraphQL
 * to hide and show it), PR labels and a PR's head. Octokit comes from @actions/github (proxy support,
 * GITHUB_API_URL) with the retry plugin (5xx and other transient failures) and the throttling plugin
 * (primary and secondary rate limits), both with bounded retries.
 *
 * Every request has a time limit, and all of them share the run's deadline: a server that accepts the
 * connection and never answers costs one timeout per attempt, never the job's six hours.
 */
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { type CommentPlan, isMarkedHidden, isStickyComment, markHidden } from '../core/comment.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Per request (each attempt): GitHub itself gives up on a request after 10 s. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

export interface GitHubClientOptions {
  /** REST API root; default GITHUB_API_URL as @actions/github reads it. */
  baseUrl?: string;
  /** Retries after a failed request (5xx, network, timeout) and after a rate limit. Default 3 and 2. */
  retries?: number;
  rateLimitRetries?: number;
  /**
   * Milliseconds one "second" of back-off lasts. The plugins wait retryCount² seconds after a 5xx and
   * `retry-after` seconds after a rate limit; tests set this small (HANDOFF_GUARD_RETRY_AFTER_MS).
   */
  retryAfterBaseMs?: number;
  /** Time limit of one attempt of one request. Default DEFAULT_REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number;
  /** Aborted at the run's deadline: every request still running or retrying ends then. */
  deadline?: AbortSignal;
  /** When that deadline falls (epoch ms): a rate-limit wait that would pass it is not waited. */
  deadlineAt?: number;
  /** Where retries are reported (e.g. core.info). */
  log?: (message: string) => void;
}

type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/** Tries at posting the sticky comment, each after listing the comments again (see `create`). */
const CREATE_ATTEMPTS = 3;
/** The longest rate-limit wait the client sits out (a secondary limit asks for ~60 s). */
export const MAX_RATE_LIMIT_WAIT_MS = 120_000;
/** Time kept before the deadline for what follows the wait (the request itself, the summary). */
const DEADLINE_MARGIN_MS = 10_000;

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const log = options.log ?? (() => {});
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const retryAfterBaseValue = options.retryAfterBaseMs ?? 1000;
  const deadline = options.deadline;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
      // A primary limit may reset an hour away: waiting for it would hold the job past its deadline
      // and fail the step, when the comment is all that waits (the verdict is known).
      const waitMs = retryAfter * retryAfterBaseValue;
      const timeLeftMs = (options.deadlineAt ?? Number.POSITIVE_INFINITY) - Date.now() - DEADLINE_MARGIN_MS;
      const tooLong = waitMs > Math.min(MAX_RATE_LIMIT_WAIT_MS, timeLeftMs);
      const again = retryCount < rateLimitRetries && !deadline?.aborted && !tooLong;
      const why = tooLong
        ? `giving up: a wait of ${retryAfter}s is longer than ${waitMs > MAX_RATE_LIMIT_WAIT_MS ? `${MAX_RATE_LIMIT_WAIT_MS / 1000}s` : "the run's time left"}`
        : 'giving up';
      log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${again ? `retrying after ${retryAfter}s` : why}`,
      );
      return again;
    };
  // @actions/github's fetch goes through the runner's proxy; it is wrapped, not replaced.
  const baseFetch = (actionsDefaults.request?.fetch ?? globalThis.fetch) as Fetch;
  const octokit = getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      request: {
        ...actionsDefaults.request,
        fetch: timedFetch(baseFetch, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, deadline),
      },
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
  // The plugins' waits between tries (retryCount² s after a 5xx, up to 120 s for a rate limit) do
  // not listen to the deadline: a request waiting in one ends at the deadline all the same. Wrapped
  // last, so outermost: around the retries, not each try.
  if (deadline)
    octokit.hook.wrap('request', (request, requestOptions) =>
      beforeDeadline(Promise.resolve(request(requestOptions)), deadline),
    );
  return octokit;
}

/** `work`, or the deadline's reason (a TimeoutError) as soon as the deadline falls, whichever is first. */
function beforeDeadline<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  // What the request does after the deadline is nobody's concern: its failure is not left unhandled.
  work.catch(() => {});
  if (deadline.aborted) return Promise.reject(deadline.reason);
  let onAbort: (() => void) | undefined;
  const fallen = new Promise<never>((_, reject) => {
    onAbort = () => reject(deadline.reason);
    deadline.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, fallen]).finally(() => {
    if (onAbort) deadline.removeEventListener('abort', onAbort);
  });
}

/**
 * `fetch` with a time limit per call and the run's deadline. The response body is read inside the
 * limit too (and handed on as a buffered Response), so a server that sends headers and then stalls is
 * cut off as well. A timeout is a 500 to Octokit, so the retry plugin tries again; once the deadline
 * has passed every attempt fails at once.
 *
 * The timer is a plain `setTimeout` held until the body is read: a signal from `AbortSignal.timeout`
 * combined with `AbortSignal.any` can be garbage-collected while the request waits, and then never
 * fires (seen here: a hanging request outlived a 150 ms limit by minutes).
 */
function timedFetch(fetch: Fetch, timeoutMs: number, deadline?: AbortSignal): Fetch {
  return async (url, init = {}) => {
    const controller = new AbortController();
    const abort = (reason: unknown) => controller.abort(reason);
    const timer = setTimeout(
      () => abort(new DOMException(noAnswerWithin(timeoutMs), 'TimeoutError')),
      timeoutMs,
    );
    const upstream = [deadline, init.signal].filter((s): s is AbortSignal => s != null);
    const onAbort = function (this: AbortSignal) {
      abort(this.reason);
    };
    for (const signal of upstream) {
      if (signal.aborted) abort(signal.reason);
      else signal.addEventListener('abort', onAbort, { once: true });
    }
    try {
      const response = await fetch(url, { ...init, signal: controller.signal });
      const body = await response.arrayBuffer();
      const empty = body.byteLength === 0 && [101, 204, 205, 304].includes(response.status);
      const buffered = new Response(empty ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      // Octokit reports the URL it was answered from.
      Object.defineProperty(buffered, 'url', { value: response.url });
      return buffered;
    } finally {
      clearTimeout(timer);
      for (const signal of upstream) signal.removeEventListener('abort', onAbort);
    }
  };
}

export interface IssueRef {
  owner: string;
  repo: string;
  /** Pull request number (PRs are issues for comments and labels). */
  number: number;
}

/** GitHub Actions' built-in token comments as this account. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

/**
 * The login the token comments as, so the Action recognises its own comments and no one else's. The
 * GraphQL `viewer` names it for every kind of token (a PAT's user, `github-actions[bot]` for
 * GITHUB_TOKEN, `<app>[bot]` for an app's installation token), as marocchino/sticky-pull-request-comment
 * does; `GET /user` answers for a PAT when GraphQL is unavailable; an installation token cannot call
 * that (403), and is then taken to be the workflow's own, as EnricoMi/publish-unit-test-result-action
 * assumes by default.
 */
export async function tokenLogin(
  octokit: GitHubClient,
  log: (message: string) => void = () => {},
): Promise<string> {
  try {
    const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = data.viewer?.login;
    if (typeof login === 'string' && login !== '') return login;
  } catch (error) {
    if (isTimeout(error)) throw error;
    log(`GraphQL viewer query failed (${describeError(error)}); asking GET /user`);
  }
  try {
    const user = await octokit.rest.users.getAuthenticated();
    if (user.data.login) return user.data.login;
  } catch (error) {
    if (statusOf(error) !== 403) throw error;
  }
  log(`The token has no user (an installation token): taking its comments to be ${WORKFLOW_TOKEN_LOGIN}'s`);
  return WORKFLOW_TOKEN_LOGIN;
}

interface ListedComment {
  id: number;
  node_id: string;
  body?: string | null;
  html_url: string;
  user: { login: string } | null;
}

export interface StickyCommentRequest {
  plan: CommentPlan;
  /** The rendered comment (used by every plan but `delete`). */
  body: string;
  /** `comment-id`; the default comment when undefined. */
  commentId?: string;
  /** The token's login (`tokenLogin`): only its comments are the Action's. */
  login: string;
}

export interface StickyCommentResult {
  /** URL of the comment left on the PR; '' when there is none (deleted, or none was due). */
  url: string;
  action: 'created' | 'recreated' | 'updated' | 'unchanged' | 'hidden' | 'deleted' | 'none';
  /** Duplicate sticky comments of ours (from racing runs) that were deleted. */
  deleted: number;
  /** Comments that carry the marker but were written by someone else: never edited nor deleted. */
  foreign: { id: number; login: string }[];
  /**
   * The comment's text was brought up to date but it could not be hidden or shown as asked (GraphQL
   * refused): why. The flag in its text says what it is, so the next run tries again.
   */
  visibilityFailed?: string;
}

/**
 * Brings the PR's sticky comment to what `plan` says. Every page of comments is read, because on a busy
 * PR the sticky comment is rarely on the first page. A comment is the Action's own only when it carries
 * the marker for this `comment-id` *and* was written by the token's login: anyone can write a comment
 * that starts with the marker, and such a comment is left alone, whatever it says. Of our own, the
 * oldest is kept (its link stays stable) and later ones — left by runs that raced ours — are deleted.
 * A comment deleted between the listing and the update (404) is created again, not taken for a token
 * that may not comment.
 */
export async function syncStickyComment(
  octokit: GitHubClient,
  issue: IssueRef,
  request: StickyCommentRequest,
): Promise<StickyCommentResult> {
  const params = { owner: issue.owner, repo: issue.repo, issue_number: issue.number };
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    ...params,
    per_page: 100,
  })) as ListedComment[];
  const marked = comments.filter((c) => isStickyComment(c.body, request.commentId));
  const ours = (list: ListedComment[]) =>
    list.filter((c) => isStickyComment(c.body, request.commentId) && c.user?.login === request.login);
  const own = ours(comments).sort((a, b) => a.id - b.id);
  const foreign = marked
    .filter((c) => c.user?.login !== request.login)
    .map((c) => ({ id: c.id, login: c.user?.login ?? '(unknown)' }));
  const [keep, ...duplicates] = own;
  const result: StickyCommentResult = { url: '', action: 'none', deleted: 0, foreign };

  /**
   * Posts the comment once. A POST is not retried blindly: GitHub may have made the comment and then
   * failed to answer (a 502, a timeout), and a second POST would post it twice. So after such a
   * failure the comments are listed again, and one made meanwhile is the one kept.
   */
  const create = async (): Promise<string> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const made = await octokit.rest.issues.createComment({
          ...params,
          body: request.body,
          request: { retries: 0 },
        });
        return made.data.html_url;
      } catch (error) {
        const status = statusOf(error);
        const unanswered = isTimeout(error) || (status !== undefined && status >= 500);
        if (!unanswered || attempt === CREATE_ATTEMPTS) throw error;
      }
      const listed = (await octokit.paginate(octokit.rest.issues.listComments, {
        ...params,
        per_page: 100,
      })) as ListedComment[];
      const made = ours(listed).find((c) => !own.some((o) => o.id === c.id));
      if (made)
        return made.body === request.body
          ? made.html_url
          : ((await update(made, request.body)) ?? made.html_url);
    }
  };

  /** Updates `comment`; undefined when it is gone (deleted since the listing). */
  const update = async (comment: ListedComment, body: string): Promise<string | undefined> => {
    try {
      const updated = await octokit.rest.issues.updateComment({
        owner: issue.owner,
        repo: issue.repo,
        comment_id: comment.id,
        body,
      });
      return updated.data.html_url;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  };

  switch (request.plan) {
    case 'none':
      return result;
    case 'upsert':
    case 'update-existing': {
      if (!keep) {
        if (request.plan === 'upsert') Object.assign(result, { url: await create(), action: 'created' });
        break;
      }
      // Shown again first: if the update then fails, the flag is still there for the next run. If it
      // cannot be shown, its text is still brought up to date, flagged hidden (as it still is).
      let body = request.body;
      if (isMarkedHidden(keep.body)) {
        try {
          await setMinimized(octokit, keep.node_id, false);
        } catch (error) {
          result.visibilityFailed = `could not show it again: ${describeError(error)}`;
          body = markHidden(request.body);
        }
      }
      if (keep.body === body) {
        Object.assign(result, { url: keep.html_url, action: 'unchanged' });
        break;
      }
      const url = await update(keep, body);
      if (url !== undefined) Object.assign(result, { url, action: 'updated' });
      else if (request.plan === 'upsert') Object.assign(result, { url: await create(), action: 'recreated' });
      break;
    }
    case 'hide': {
      if (!keep) break;
      let body = markHidden(request.body);
      // Hidden first, then flagged: a flag on a comment that is not hidden would never be acted on.
      // If it cannot be hidden, its text is still brought up to date, unflagged, so the comment never
      // goes on showing a verdict that no longer holds.
      if (!isMarkedHidden(keep.body)) {
        try {
          await setMinimized(octokit, keep.node_id, true);
        } catch (error) {
          result.visibilityFailed = `could not hide it: ${describeError(error)}`;
          body = request.body;
        }
      }
      const url = keep.body === body ? keep.html_url : await update(keep, body);
      if (url !== undefined)
        Object.assign(result, { url, action: result.visibilityFailed ? 'updated' : 'hidden' });
      break;
    }
    case 'delete': {
      if (!keep) break;
      await deleteIfPresent(octokit, issue, keep.id);
      result.action = 'deleted';
      break;
    }
  }
  for (const duplicate of duplicates) await deleteIfPresent(octokit, issue, duplicate.id);
  result.deleted = duplicates.length;
  return result;
}

async function deleteIfPresent(octokit: GitHubClient, issue: IssueRef, commentId: number): Promise<void> {
  try {
    await octokit.rest.issues.deleteComment({ owner: issue.owner, repo: issue.repo, comment_id: commentId });
  } catch (error) {
    // Already gone (another run, or a person): what was asked for is true.
    if (statusOf(error) !== 404) throw error;
  }
}

/** GraphQL minimizeComment (as "resolved") or unminimizeComment: REST has neither. */
async function setMinimized(octokit: GitHubClient, nodeId: string, minimized: boolean): Promise<void> {
  if (minimized) {
    await octokit.graphql(
      'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { minimizedComment { isMinimized } } }',
      { id: nodeId },
    );
  } else {
    await octokit.graphql(
      'mutation($id: ID!) { unminimizeComment(input: { subjectId: $id }) { unminimizedComment { isMinimized } } }',
      { id: nodeId },
    );
  }
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

export interface PullRequestHead {
  sha: string;
  /** Head branch name. */
  ref: string;
  /** `owner/repo` of the head branch (a fork's, for a fork PR); undefined when the fork was deleted. */
  repoFullName?: string;
}

/** The commit and branch a PR's head points at now. */
export async function pullRequestHead(octokit: GitHubClient, issue: IssueRef): Promise<PullRequestHead> {
  const pr = await octokit.rest.pulls.get({
    owner: issue.owner,
    repo: issue.repo,
    pull_number: issue.number,
  });
  const repoFullName = pr.data.head.repo?.full_name;
  return { sha: pr.data.head.sha, ref: pr.data.head.ref, ...(repoFullName ? { repoFullName } : {}) };
}

/**
 * A 403, or a 404 when creating: the token cannot comment here — typically a pull request from a fork,
 * whose GITHUB_TOKEN is read-only. (A rate limit is also a 403, but the throttling plugin retries
 * those first and they carry a rate-limit message.) A 404 when reading is not that: a wrong
 * repository or API URL, which is worth a warning.
 */
export function isPermissionDenied(error: unknown): boolean {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : '';
  if (/rate limit/i.test(message)) return false;
  return status === 403 || (status === 404 && methodOf(error) === 'POST');
}

/** The HTTP method of the request an Octokit RequestError came from. */
function methodOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const method = (error as { request?: { method?: unknown } }).request?.method;
  return typeof method === 'string' ? method.toUpperCase() : undefined;
}

/**
 * A request that ran out of time (its own limit or the run's deadline). Octokit passes an abort on
 * as it is, but wraps any other fetch failure in a status-500 error with the message alone: our own
 * time limit's is known by its message.
 */
export function isTimeout(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError' || NO_ANSWER.test(e.message)) return true;
  }
  return false;
}

const noAnswerWithin = (ms: number) => `no answer within ${ms} ms`;
const NO_ANSWER = /^no answer within \d+ ms$/;

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * An API failure in one line: `HTTP 403: …`, or for a request that ran out of time, that (Octokit
 * reports its own abort as a status 500, which no server sent).
 */
export function describeError(error: unknown): string {
  // A GraphQL refusal lists its errors after a preamble: the errors say it.
  const graphqlErrors = (error as { errors?: unknown } | null)?.errors;
  const listed = Array.isArray(graphqlErrors)
    ? graphqlErrors.map((e) => String((e as { message?: unknown })?.message ?? e)).join('; ')
    : '';
  const message = listed || (error instanceof Error ? error.message : String(error));
  if (isTimeout(error)) return `no answer in time (${message})`;
  const status = statusOf(error);
  return status ? `HTTP ${status}: ${message}` : message;
}
