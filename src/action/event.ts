/**
 * The parts of the workflow run's event the Action uses, read from GITHUB_EVENT_PATH and checked, so
 * the rest of the Action works with typed values and a malformed payload is one clear message.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';

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
  /** For `workflow_run`: the commit the triggering run checked. */
  workflowRunHeadSha?: string;
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
  const defaultBranch = str(repository?.default_branch);
  if (defaultBranch) event.defaultBranch = defaultBranch;

  const pr = record(payload.pull_request);
  if (pr && (name === 'pull_request' || name === 'pull_request_target')) {
    const base = record(pr.base);
    const head = record(pr.head);
    const number = Number(pr.number ?? payload.number);
    const baseSha = str(base?.sha);
    const headSha = str(head?.sha);
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
      before: str(payload.before) ?? '',
      after: str(payload.after) ?? event.sha,
      ref: str(payload.ref) ?? env.GITHUB_REF ?? '',
    };
  }
  const run = record(payload.workflow_run);
  const runSha = str(run?.head_sha);
  if (runSha) event.workflowRunHeadSha = runSha;
  return event;
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

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
