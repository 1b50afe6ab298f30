/**
 * The parts of the workflow run's event the Action uses, read from GITHUB_EVENT_PATH and checked, so
 * the rest of the Action works with typed values and a malformed payload is one clear message.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { isRecord } from '../core/json-location.js';
import { isFullSha } from '../core/pre-push.js';

export interface PullRequestFacts {
  number: number;
  baseSha: string;
  headSha: string;
  /** Head branch name, e.g. `feature/x`. */
  headRef: string;
  /** `owner/repo` the head branch lives in (a fork's, for a fork PR). */
  headRepoFullName: string;
  fromFork: boolean;
  /** A draft pull request (not yet ready for review). */
  draft: boolean;
  /** Label names when the event fired. */
  labels: string[];
}

export interface ActionEvent {
  name: string;
  owner: string;
  repo: string;
  serverUrl: string;
  /** GITHUB_SHA: the commit the workflow checked out. */
  sha: string;
  defaultBranch?: string;
  pullRequest?: PullRequestFacts;
  push?: { before: string; after: string; ref: string };
  /**
   * For `merge_group`: the pull request the queued merge was made for, from its branch
   * (`gh-readonly-queue/main/pr-12-<sha>`), so that its waiver label counts in the queue too.
   */
  queuedPullRequest?: number;
  /** For `workflow_run`: the commit the triggering run checked. */
  workflowRunHeadSha?: string;
  /**
   * The branch whose commits are judged: a pull request's head branch, a push's branch, else the
   * branch the workflow runs on. The check attributes a commit that names no task to the task id in
   * it, as the pre-push hook does with the branch it pushes.
   */
  branch?: string;
}

const ZERO_SHA = /^0+$/;

export function isZeroSha(sha: string | undefined): boolean {
  return !sha || ZERO_SHA.test(sha);
}

export function readEvent(env: NodeJS.ProcessEnv = process.env): ActionEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!name || !owner || !repo) {
    throw new InputError(
      'GITHUB_EVENT_NAME and GITHUB_REPOSITORY must be set: this Action runs inside a GitHub Actions workflow',
      {},
      'action/environment',
    );
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const event: ActionEvent = {
    name,
    owner,
    repo,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    sha: env.GITHUB_SHA ?? '',
  };
  const repository = record(payload.repository);
  // A schedule event's payload has no repository; it always runs on the default branch (GITHUB_REF).
  const defaultBranch =
    str(repository?.default_branch) ?? (name === 'schedule' ? branchOfRef(env.GITHUB_REF) : undefined);
  if (defaultBranch) event.defaultBranch = defaultBranch;

  const pr = record(payload.pull_request);
  const isPullRequest = name === 'pull_request' || name === 'pull_request_target';
  if (isPullRequest && !pr) {
    throw new InputError(
      env.GITHUB_EVENT_PATH
        ? `the ${name} event payload has no pull_request object`
        : `GITHUB_EVENT_PATH is not set: a ${name} event needs its payload`,
      env.GITHUB_EVENT_PATH ? { file: env.GITHUB_EVENT_PATH } : {},
      'action/event',
    );
  }
  if (pr && isPullRequest) {
    const base = record(pr.base);
    const head = record(pr.head);
    const rawNumber = pr.number ?? payload.number;
    // A number, or digits: "1e3" is no pull request number.
    const number =
      typeof rawNumber === 'number' || (typeof rawNumber === 'string' && /^\d{1,10}$/.test(rawNumber))
        ? Number(rawNumber)
        : Number.NaN;
    const baseSha = commitId(base?.sha, 'pull_request.base.sha', env.GITHUB_EVENT_PATH);
    const headSha = commitId(head?.sha, 'pull_request.head.sha', env.GITHUB_EVENT_PATH);
    if (!Number.isInteger(number) || number <= 0 || !baseSha || !headSha) {
      throw new InputError(
        'the pull_request event has no number, base.sha or head.sha',
        { file: env.GITHUB_EVENT_PATH },
        'action/event',
      );
    }
    const headRepoFullName = str(record(head?.repo)?.full_name) ?? `${owner}/${repo}`;
    const baseRepoFullName = str(record(base?.repo)?.full_name) ?? `${owner}/${repo}`;
    event.pullRequest = {
      number,
      baseSha,
      headSha,
      headRef: str(head?.ref) ?? '',
      headRepoFullName,
      fromFork: headRepoFullName !== baseRepoFullName,
      draft: pr.draft === true,
      labels: (Array.isArray(pr.labels) ? pr.labels : [])
        .map((label) => str(record(label)?.name))
        .filter((label): label is string => label !== undefined),
    };
  }
  if (name === 'push') {
    event.push = {
      before: commitId(payload.before, 'before', env.GITHUB_EVENT_PATH) ?? '',
      after: commitId(payload.after, 'after', env.GITHUB_EVENT_PATH) ?? event.sha,
      ref: str(payload.ref) ?? env.GITHUB_REF ?? '',
    };
  }
  const run = record(payload.workflow_run);
  const runSha = commitId(run?.head_sha, 'workflow_run.head_sha', env.GITHUB_EVENT_PATH);
  if (runSha) event.workflowRunHeadSha = runSha;
  const branch = event.pullRequest
    ? event.pullRequest.headRef || undefined
    : branchOfRef(event.push?.ref ?? env.GITHUB_REF);
  // A merge queue's branch (`gh-readonly-queue/main/pr-12-<sha>`) is no task's: the pull request's
  // own branch is not in a merge_group payload, so such a run attributes by the commits alone.
  if (branch && !branch.startsWith('gh-readonly-queue/')) event.branch = branch;
  if (name === 'merge_group') {
    const queued = queuedPullRequestOf(str(record(payload.merge_group)?.head_ref) ?? env.GITHUB_REF);
    if (queued !== undefined) event.queuedPullRequest = queued;
  }
  return event;
}

/** The pull request number in a merge queue's branch (`refs/heads/gh-readonly-queue/main/pr-12-<sha>`). */
export function queuedPullRequestOf(ref: string | undefined): number | undefined {
  const found = /^(?:refs\/heads\/)?gh-readonly-queue\/.+\/pr-(\d{1,10})-[0-9a-f]{40,64}$/.exec(ref ?? '');
  const number = found ? Number(found[1]) : 0;
  return number > 0 ? number : undefined;
}

/** `main` of `refs/heads/main`; undefined for a tag, a pull request's merge ref, or nothing. */
function branchOfRef(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') && ref.length > 'refs/heads/'.length
    ? ref.slice('refs/heads/'.length)
    : undefined;
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError('the event payload file cannot be read', { file: path }, 'action/event');
  }
  try {
    return record(JSON.parse(text)) ?? {};
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`the event payload is not valid JSON: ${reason}`, { file: path }, 'action/event');
  }
}

/**
 * A commit id the payload gives, checked: it reaches `git fetch` and `git log` as an argument, where
 * a name like `--upload-pack=…` would be read as an option. Undefined when absent.
 */
function commitId(value: unknown, field: string, file: string | undefined): string | undefined {
  const id = str(value);
  if (id === undefined) return undefined;
  if (!isFullSha(id)) {
    throw new InputError(
      `the event's ${field} is not a commit id: "${id.slice(0, 80)}"`,
      file ? { file } : {},
      'action/event',
    );
  }
  return id;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
