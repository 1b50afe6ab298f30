/**
 * What one run of the Action does: inputs → range → check → outputs, annotations, job summary,
 * comment → verdict. The GitHub API client is imported only when a comment or a label lookup needs
 * it, so a run that posts nothing never loads Octokit.
 */
import { relative } from 'node:path';
import * as core from '@actions/core';
import { clockFrom } from '../adapters/clock.js';
import { GitCommandManager } from '../adapters/git.js';
import { findRepoRoot } from '../adapters/repo-root.js';
import { runCheck } from '../app/check.js';
import { gatherCommentInput } from '../app/pr-comment.js';
import { renderStickyComment, type StickyCommentInput } from '../core/comment.js';
import { DEFAULT_CONFIG } from '../core/config.js';
import { formatInputError, InputError } from '../core/errors.js';
import type { CheckResult, HandoffConfig } from '../core/model.js';
import { formatReportWarning } from '../core/reports.js';
import { readCommentArtifact, writeCommentArtifact } from './artifact.js';
import { repoRelativeConfig } from './config.js';
import { type ActionEvent, readEvent } from './event.js';
import { type ActionInputs, getInputs } from './inputs.js';
import { resolveCheckRange } from './range.js';

/** The job summary allows 1 MiB; the whole report fits where the comment may not. */
const SUMMARY_LIMIT = 1_000_000;

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = getInputs(env);
    const event = readEvent(env);
    if (inputs.postCommentFrom) await postFromArtifact(inputs, event, env);
    else await checkAndReport(inputs, event, env);
  } catch (error) {
    if (error instanceof InputError) {
      core.setFailed(formatInputError(error));
    } else {
      const message = error instanceof Error ? error.message : String(error);
      core.setFailed(`Handoff Guard internal error: ${message}`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
  }
}

async function checkAndReport(
  inputs: ActionInputs,
  event: ActionEvent,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const repoRoot = await findRepoRoot(inputs.workingDirectory);
  const git = GitCommandManager.create(repoRoot);
  const range = await resolveCheckRange(git, event, (m) => core.info(m));
  for (const note of range.notes) core.info(note);
  const now = clockFrom(env)();
  // The config, like the registry and the handoffs, is read as it is in the PR head's tree.
  let config: HandoffConfig = DEFAULT_CONFIG;
  const result = await runCheck({
    repoRoot,
    git,
    base: range.base,
    head: range.head,
    now,
    ...(inputs.configFile ? { configFile: repoRelativeConfig(repoRoot, inputs.configFile) } : {}),
    onConfig: (loaded) => {
      config = loaded;
    },
  });

  const waiverLabel = result.stale ? await findWaiver(inputs, event, config, env) : undefined;
  const pr = event.pullRequest;
  const gathered = await gatherCommentInput({
    repoRoot,
    config,
    result,
    mode: inputs.mode,
    now,
    ...(inputs.testReports.length > 0 ? { tests: inputs.testReports } : {}),
    ...(inputs.coverage ? { coverage: inputs.coverage } : {}),
    ...(pr
      ? { headRepository: { serverUrl: event.serverUrl, fullName: pr.headRepoFullName, branch: pr.headRef } }
      : {}),
    ...(waiverLabel !== undefined ? { waiverLabel } : {}),
    headSha: range.head,
  });
  for (const warning of gathered.warnings) core.warning(formatReportWarning(warning));
  for (const note of gathered.notes) core.info(note);
  const comment: StickyCommentInput = gathered.input;

  setCheckOutputs(result);
  annotate(result, config, repoRoot, inputs, env, waiverLabel !== undefined);
  await writeSummary(renderStickyComment({ ...comment, limit: SUMMARY_LIMIT }));
  core.setOutput('comment-url', await publishComment(inputs, event, config, comment, env));

  const stale = result.verdicts.filter((v) => !v.fresh);
  if (stale.length === 0) {
    core.info(
      result.verdicts.length === 0
        ? 'No active tasks.'
        : `All ${result.verdicts.length} active task(s) have a fresh handoff.`,
    );
    return;
  }
  const summary = `${stale.length} active task(s) need a fresh handoff: ${stale.map((v) => v.taskId).join(', ')}`;
  if (waiverLabel !== undefined) core.notice(`${summary}; the \`${waiverLabel}\` label waives the check.`);
  else if (inputs.mode === 'warn') core.warning(`${summary} (mode: warn, so the check passes).`);
  else core.setFailed(`${summary}. Run the fix shown for each, commit and push.`);
}

function setCheckOutputs(result: CheckResult): void {
  core.setOutput('stale', result.stale ? 'true' : 'false');
  core.setOutput(
    'stale-tasks',
    JSON.stringify(
      result.verdicts
        .filter((v) => !v.fresh)
        .map((v) => ({
          task: v.taskId,
          agent: v.agent,
          reasons: v.problems.map((p) => p.reason),
          ...(v.handoffPath ? { file: v.handoffPath } : {}),
        })),
    ),
  );
}

/** One annotation per problem, on the handoff file (or the registry when there is no file yet). */
function annotate(
  result: CheckResult,
  config: HandoffConfig,
  repoRoot: string,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  waived: boolean,
): void {
  // Annotation paths are relative to the workspace, which may be above the repository.
  const workspace = env.GITHUB_WORKSPACE || inputs.workingDirectory;
  const annotateWith = inputs.mode === 'block' && !waived ? core.error : core.warning;
  for (const verdict of result.verdicts) {
    for (const problem of verdict.problems) {
      const file = relative(workspace, `${repoRoot}/${verdict.handoffPath ?? config.registry}`);
      annotateWith(`${problem.detail} Fix: ${problem.fix}`, {
        title: `Handoff ${problem.reason}: ${verdict.taskId}`,
        file,
      });
    }
  }
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write({ overwrite: false });
  } catch (error) {
    // Outside a runner there is no GITHUB_STEP_SUMMARY; the log still has the verdict.
    core.debug(`No job summary written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The waiver label, when the PR carries it now. The payload's labels are checked first; the API only if needed. */
async function findWaiver(
  inputs: ActionInputs,
  event: ActionEvent,
  config: HandoffConfig,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const pr = event.pullRequest;
  const label = config.comment.waiverLabel;
  if (!pr || !label) return undefined;
  if (pr.labels.includes(label)) return label;
  if (!inputs.githubToken) return undefined;
  try {
    const github = await import('../adapters/github.js');
    const labels = await github.listPullRequestLabels(client(github, inputs, env), {
      owner: event.owner,
      repo: event.repo,
      number: pr.number,
    });
    return labels.includes(label) ? label : undefined;
  } catch (error) {
    core.warning(`Could not read the labels of #${pr.number}: ${errorMessage(error)}`);
    return undefined;
  }
}

/** Posts (or writes, in fork mode) the sticky comment; returns its URL or ''. */
async function publishComment(
  inputs: ActionInputs,
  event: ActionEvent,
  config: HandoffConfig,
  comment: StickyCommentInput,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const pr = event.pullRequest;
  if (!pr || inputs.comment === 'off' || !config.comment.enabled) return '';
  const body = renderStickyComment(comment);
  if (inputs.comment === 'artifact') {
    writeCommentArtifact(inputs.artifactDir, { pullRequest: pr.number, headSha: pr.headSha, body });
    core.setOutput('comment-artifact', inputs.artifactDir);
    core.info(`Wrote the comment for #${pr.number} to ${inputs.artifactDir} for the workflow_run to post.`);
    return '';
  }
  const github = await import('../adapters/github.js');
  try {
    const posted = await github.upsertStickyComment(
      client(github, inputs, env),
      { owner: event.owner, repo: event.repo, number: pr.number },
      body,
    );
    core.info(
      `Sticky comment ${posted.action}: ${posted.url}${posted.deleted ? ` (${posted.deleted} duplicate(s) removed)` : ''}`,
    );
    return posted.url;
  } catch (error) {
    if (github.isPermissionDenied(error)) {
      core.notice(
        `The token cannot comment on #${pr.number} (${errorMessage(error)}), as for a pull request from a fork. The verdict and the job summary stand; to comment on fork PRs see "Fork mode" in handoff-guard's docs/action.md.`,
      );
    } else {
      core.warning(`Could not post the sticky comment on #${pr.number}: ${errorMessage(error)}`);
    }
    return '';
  }
}

/** Fork mode, second half: post the comment a `pull_request` run left as an artifact. */
async function postFromArtifact(
  inputs: ActionInputs,
  event: ActionEvent,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const dir = inputs.postCommentFrom as string;
  const artifact = readCommentArtifact(dir);
  if (event.name !== 'workflow_run' || !event.workflowRunHeadSha) {
    throw new InputError(
      `\`post-comment-from\` is for a workflow_run workflow, but this run was triggered by ${event.name}`,
      {},
      'input/post-comment-from',
    );
  }
  if (event.workflowRunHeadSha !== artifact.headSha) {
    throw new InputError(
      `the artifact is for ${artifact.headSha.slice(0, 7)}, but the triggering run checked ${event.workflowRunHeadSha.slice(0, 7)}`,
      { file: dir },
      'artifact/head-sha',
    );
  }
  const github = await import('../adapters/github.js');
  const octokit = client(github, inputs, env);
  const issue = { owner: event.owner, repo: event.repo, number: artifact.pullRequest };
  const prHead = await github.pullRequestHeadSha(octokit, issue);
  if (prHead !== artifact.headSha) {
    core.notice(
      `#${artifact.pullRequest} is now at ${prHead.slice(0, 7)}, not ${artifact.headSha.slice(0, 7)}: not posting an outdated comment.`,
    );
    core.setOutput('comment-url', '');
    return;
  }
  const posted = await github.upsertStickyComment(octokit, issue, artifact.body);
  core.info(`Sticky comment ${posted.action}: ${posted.url}`);
  core.setOutput('comment-url', posted.url);
}

type GitHubModule = typeof import('../adapters/github.js');

function client(github: GitHubModule, inputs: ActionInputs, env: NodeJS.ProcessEnv) {
  const retryAfter = Number(env.HANDOFF_GUARD_RETRY_AFTER_MS);
  return github.createGitHubClient(inputs.githubToken, {
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    ...(Number.isFinite(retryAfter) && retryAfter >= 0 && env.HANDOFF_GUARD_RETRY_AFTER_MS
      ? { retryAfterBaseMs: retryAfter }
      : {}),
    log: (message) => core.info(message),
  });
}

function errorMessage(error: unknown): string {
  const status =
    typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
}
