/**
 * What one run of the Action does: inputs → range → check → outputs, annotations, job summary,
 * comment → verdict. The GitHub API client is imported only when a comment or a label lookup needs
 * it, so a run that posts nothing never loads Octokit. The run has a deadline (`deadline.ts`): every
 * API request is cut off by it, and the process by a hard stop shortly after.
 */
import { join, relative } from 'node:path';
import * as core from '@actions/core';
import { clockFrom } from '../adapters/clock.js';
import { repoRelativeConfig } from '../adapters/config-loader.js';
import { GitCommandManager } from '../adapters/git.js';
import { findProjectRoot } from '../adapters/repo-root.js';
import { listsWorkspace, revisionSource } from '../adapters/workspace.js';
import { runCheck } from '../app/check.js';
import { gatherCommentInput } from '../app/pr-comment.js';
import { planComment, renderStickyComment, type StickyCommentInput } from '../core/comment.js';
import { DEFAULT_CONFIG } from '../core/config.js';
import { formatInputError, InputError } from '../core/errors.js';
import type { CheckResult, HandoffConfig } from '../core/model.js';
import { manifestOf, programOfProject } from '../core/package-manifest.js';
import { annotationsFor, isRepositoryPath } from '../core/render/annotations.js';
import { asInvoked, UNCHECKED_TITLE } from '../core/render/check-report.js';
import { formatReportWarning } from '../core/reports.js';
import { ANNOTATIONS_SHOWN, shownAnnotations } from './annotations.js';
import { readCommentArtifact, writeCommentArtifact } from './artifact.js';
import { type ActionEvent, readEvent } from './event.js';
import { type ActionInputs, getInputs } from './inputs.js';
import { historyFetcher, resolveCheckRange } from './range.js';

/** The job summary allows 1 MiB; the whole report fits where the comment may not. */
const SUMMARY_LIMIT = 1_000_000;

export interface RunOptions {
  /** Aborted at the run's deadline: API requests end at once. */
  deadline?: AbortSignal;
  /** When the deadline falls (epoch ms): no rate-limit wait is begun that would pass it. */
  deadlineAt?: number;
}

export async function run(env: NodeJS.ProcessEnv = process.env, options: RunOptions = {}): Promise<void> {
  try {
    const inputs = getInputs(env);
    const event = readEvent(env);
    if (inputs.postCommentFrom) await postFromArtifact(inputs, event, env, options);
    else await checkAndReport(inputs, event, env, options);
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
  options: RunOptions,
): Promise<void> {
  const pr = event.pullRequest;
  if (pr?.draft && inputs.draftPullRequest === 'skip') {
    // Nothing is checked, so nothing is claimed: the outputs say "not stale" only in the sense that no
    // verdict blocks; the notice says why. `ready_for_review` runs the check for real.
    core.setOutput('stale', 'false');
    core.setOutput('stale-tasks', '[]');
    core.setOutput('waived', 'false');
    core.setOutput('comment-url', '');
    core.notice(
      `#${pr.number} is a draft: not checked (draft-pr: skip). The check runs when it is marked ready for review.`,
    );
    return;
  }
  const mode = pr?.draft && inputs.draftPullRequest === 'warn' ? 'warn' : inputs.mode;
  const { repoRoot, prefix: packageFolder } = await findProjectRoot(inputs.workingDirectory);
  // Who the token is, asked while git works: GitHub's client spaces writes (GraphQL queries included)
  // a second apart, so a question asked just before the comment would delay it by that second.
  // (The config, read with the check, may still turn the comment off; the answer is then unused.)
  const session =
    pr && inputs.comment === 'pr' && inputs.commentMode !== 'off'
      ? openSession(inputs, env, options)
      : undefined;
  const git = GitCommandManager.create(repoRoot);
  const now = clockFrom(env)();
  // The config, like the registry and the handoffs, is read as it is in the PR head's tree.
  let config: HandoffConfig = DEFAULT_CONFIG;
  // The head, once known, for the report of a commit that cannot be read; the head of the verdict.
  let headSha: string | undefined;
  let checked: { head: string; result: CheckResult };
  try {
    const range = await resolveCheckRange(git, event, (m) => core.info(m));
    for (const note of range.notes) core.info(note);
    headSha = range.head;
    const result = await runCheck({
      repoRoot,
      git,
      base: range.base,
      head: range.head,
      ...(event.branch ? { branch: event.branch } : {}),
      now,
      deepen: range.deepen,
      ...(inputs.configFile ? { configFile: repoRelativeConfig(repoRoot, inputs.configFile) } : {}),
      onConfig: (loaded) => {
        config = loaded;
      },
      needsHistorySince: historyFetcher(
        git,
        (m) => core.info(m),
        (m) => core.warning(m),
      ),
    });
    // Its fixes as the project's people run handoff (`npx handoff` where it is installed locally).
    checked = { head: range.head, result: asInvoked(result, await programAt(git, range.head)) };
  } catch (error) {
    git.close();
    if (!(error instanceof InputError)) throw error;
    await reportUnreadable(error, { inputs, event, env, options, repoRoot, config, mode, session, headSha });
    return;
  }
  const { result } = checked;
  // The check judges from the repository root, whose config lists the packages it judges.
  let warningsBefore = 0;
  if (packageFolder !== '' && !listsWorkspace(config.workspaces, packageFolder)) {
    warningsBefore++;
    core.warning(
      `working-directory ${packageFolder} has a handoff registry or config of its own, but the root config's "workspaces" does not list it, so its tasks were not checked: add "${packageFolder}" to "workspaces" in the root config.`,
    );
  }
  let waiverLabel: string | undefined;
  let gathered: Awaited<ReturnType<typeof gatherCommentInput>>;
  try {
    waiverLabel = result.stale ? await findWaiver(inputs, event, config, env, options) : undefined;
    // The resumes read the head's tree through the check's git: its listing, not a second `git ls-tree`.
    gathered = await gatherCommentInput({
      repoRoot,
      git,
      config,
      result,
      mode,
      now,
      ...(inputs.testReports.length > 0 ? { tests: inputs.testReports } : {}),
      ...(inputs.coverage ? { coverage: inputs.coverage } : {}),
      ...(pr
        ? {
            headRepository: { serverUrl: event.serverUrl, fullName: pr.headRepoFullName, branch: pr.headRef },
          }
        : {}),
      ...(waiverLabel !== undefined ? { waiverLabel } : {}),
      headSha: checked.head,
    });
  } finally {
    // The check and the resumes are done with git: its `git cat-file` processes end here.
    git.close();
  }
  for (const warning of gathered.warnings) core.warning(formatReportWarning(warning));
  warningsBefore += gathered.warnings.length;
  for (const note of gathered.notes) core.info(note);
  const comment: StickyCommentInput = {
    ...gathered.input,
    repository: { serverUrl: event.serverUrl, fullName: `${event.owner}/${event.repo}` },
    ...(inputs.commentId !== undefined ? { commentId: inputs.commentId } : {}),
  };

  setCheckOutputs(result);
  // `stale` stays the verdict's; whether the label let it pass is its own output.
  core.setOutput('waived', waiverLabel === undefined ? 'false' : 'true');
  annotate(
    result,
    config,
    repoRoot,
    inputs,
    env,
    mode === 'block' && waiverLabel === undefined,
    warningsBefore,
  );
  await writeSummary(renderStickyComment({ ...comment, limit: SUMMARY_LIMIT, asSummary: true }));
  core.setOutput('comment-url', await publishComment(inputs, event, config, comment, env, options, session));

  // Counted by task: agents that share a task each have a verdict of their own.
  const tasksOf = (verdicts: typeof result.verdicts) => [
    ...new Map(verdicts.map((v) => [`${v.workspace ?? ''}\0${v.taskId}`, v.taskId])).values(),
  ];
  const stale = tasksOf(result.verdicts.filter((v) => !v.fresh));
  if (stale.length === 0) {
    const all = tasksOf(result.verdicts).length;
    core.info(all === 0 ? 'No active tasks.' : `All ${all} active task(s) have a fresh handoff.`);
    return;
  }
  // The step's last line names the tasks; past a screenful it counts the rest.
  const named = stale.slice(0, NAMED_IN_VERDICT);
  const more =
    stale.length > named.length
      ? ` and ${stale.length - named.length} more (\`handoff check\` lists each)`
      : '';
  const summary = `${stale.length} active task(s) need a fresh handoff: ${named.join(', ')}${more}`;
  if (waiverLabel !== undefined) core.notice(`${summary}; the \`${waiverLabel}\` label waives the check.`);
  else if (mode === 'warn' && inputs.mode !== 'warn') {
    core.warning(`${summary} (a draft pull request with draft-pr: warn, so the check passes).`);
  } else if (mode === 'warn') core.warning(`${summary} (mode: warn, so the check passes).`);
  else core.setFailed(`${summary}. Run the fix shown for each, commit and push.`);
}

/**
 * How the project at `commit` runs handoff (`programOfProject`), from its root package.json as
 * committed there: `handoff` when there is none or it cannot be read (the check's own reading of it
 * is what reports a bad one).
 */
async function programAt(git: GitCommandManager, commit: string): Promise<string> {
  const read = (await revisionSource(git, commit).readMany(['package.json'])).get('package.json');
  return read?.kind === 'text' ? programOfProject(manifestOf(read.text)) : 'handoff';
}

/**
 * A registry, config or handoff in the judged commit that cannot be read (or a range git cannot
 * read): no task is judged, and every place a verdict would go says so instead. The error goes on
 * the file and line it names; the job summary and the sticky comment say it too, so a comment an
 * earlier commit earned (✅ fresh) does not stand over a commit nobody could check. The outputs
 * `stale` and `stale-tasks` stay unset: nothing was judged.
 */
async function reportUnreadable(
  error: InputError,
  context: {
    inputs: ActionInputs;
    event: ActionEvent;
    env: NodeJS.ProcessEnv;
    options: RunOptions;
    repoRoot: string;
    config: HandoffConfig;
    mode: 'block' | 'warn';
    session: Promise<GitHubSession> | undefined;
    headSha: string | undefined;
  },
): Promise<void> {
  const { inputs, event, env, options, repoRoot, config, mode, session, headSha } = context;
  const message = formatInputError(error);
  const file = error.location.file;
  core.error(message, {
    title: UNCHECKED_TITLE,
    // Only a file of the repository can carry an annotation (a link's target may name one outside it).
    ...(file !== undefined && isRepositoryPath(file)
      ? {
          file: workspacePath(env, inputs, repoRoot, file),
          ...(error.location.line !== undefined ? { startLine: error.location.line } : {}),
        }
      : {}),
  });
  process.exitCode = core.ExitCode.Failure;
  const pr = event.pullRequest;
  const comment: StickyCommentInput = {
    result: { verdicts: [], stale: true, notes: [] },
    mode,
    resumes: [],
    newHandoffFiles: [],
    unreadable: { message, ...(file !== undefined ? { file } : {}) },
    repository: { serverUrl: event.serverUrl, fullName: `${event.owner}/${event.repo}` },
    ...(inputs.commentId !== undefined ? { commentId: inputs.commentId } : {}),
    ...(headSha !== undefined ? { headSha } : {}),
  };
  await writeSummary(renderStickyComment({ ...comment, asSummary: true }));
  // Fork mode's artifact carries verdicts only: its comment is left to the next run that can judge.
  const commented = pr && inputs.comment === 'pr' && config.comment.enabled;
  core.setOutput(
    'comment-url',
    commented
      ? await syncComment(
          inputs,
          event,
          pr.number,
          comment,
          () => session ?? openSession(inputs, env, options),
        )
      : '',
  );
}

/** Tasks the verdict line names before "and N more". */
const NAMED_IN_VERDICT = 20;
/**
 * Most bytes `stale-tasks` holds. GitHub keeps at most 1 MB of a job's outputs; 2,500 stale tasks with
 * long agent names came to 1.4 MB.
 */
export const STALE_TASKS_MAX_BYTES = 512 * 1024;

function setCheckOutputs(result: CheckResult): void {
  core.setOutput('stale', result.stale ? 'true' : 'false');
  const entries = result.verdicts
    .filter((v) => !v.fresh)
    .map((v) => ({
      task: v.taskId,
      agent: v.agent,
      reasons: v.problems.map((p) => p.reason),
      ...(v.handoffPath ? { file: v.handoffPath } : {}),
      commits: v.problems.flatMap((p) => p.commits ?? []),
    }));
  // Whole entries, as many as fit: the value stays a JSON array a workflow can parse.
  let bytes = 2;
  let kept = 0;
  for (const entry of entries) {
    bytes += Buffer.byteLength(JSON.stringify(entry)) + 1;
    if (bytes > STALE_TASKS_MAX_BYTES) break;
    kept++;
  }
  core.setOutput('stale-tasks', JSON.stringify(entries.slice(0, kept)));
  if (kept < entries.length) {
    // An entry is an agent's handoff: agents sharing a task have one each.
    core.warning(
      `The stale-tasks output lists ${kept} of the ${entries.length} stale handoffs (an entry per agent on a stale task): GitHub keeps at most 1 MB of a job's outputs. \`handoff check\` lists every one.`,
    );
  }
}

/**
 * One annotation per problem, on the handoff file (the task's registry entry when there is no file
 * yet); for an incomplete handoff, one per element on the line of its section, as the check read it
 * in the judged commit (never the working tree, which may hold something else).
 */
function annotate(
  result: CheckResult,
  config: HandoffConfig,
  repoRoot: string,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  asErrors: boolean,
  /** Warnings the step printed before these. */
  warningsBefore: number,
): void {
  const annotateWith = asErrors ? core.error : core.warning;
  // The verdict's own line (an error when blocking, a warning otherwise) and the warnings printed
  // before take their slots of the ten GitHub shows.
  const slots = ANNOTATIONS_SHOWN - 1 - (asErrors ? 0 : warningsBefore);
  const { shown, leftOut } = shownAnnotations(annotationsFor(result.verdicts, config.registry), slots);
  for (const annotation of shown) {
    annotateWith(annotation.message, {
      title: annotation.title,
      file: workspacePath(env, inputs, repoRoot, annotation.file),
      ...(annotation.line !== undefined ? { startLine: annotation.line } : {}),
    });
  }
  if (leftOut > 0) {
    core.notice(
      `${leftOut} more annotation(s) of handoff problems not printed: GitHub shows ${ANNOTATIONS_SHOWN} of a kind per step. The job summary lists every stale task.`,
    );
  }
}

/** An annotation's path: relative to the workspace, which may be above the repository. */
function workspacePath(env: NodeJS.ProcessEnv, inputs: ActionInputs, repoRoot: string, file: string): string {
  return relative(env.GITHUB_WORKSPACE || inputs.workingDirectory, join(repoRoot, file));
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write({ overwrite: false });
  } catch (error) {
    // Outside a runner there is no GITHUB_STEP_SUMMARY; the log still has the verdict.
    core.debug(`No job summary written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The waiver label, when the pull request carries it now (a merge queue's run: the pull request
 * queued). The payload's labels are checked first; the API only if needed. GitHub's label names are
 * one label whatever their case (`No-Handoff` is `no-handoff`), so the case is not compared.
 */
async function findWaiver(
  inputs: ActionInputs,
  event: ActionEvent,
  config: HandoffConfig,
  env: NodeJS.ProcessEnv,
  options: RunOptions,
): Promise<string | undefined> {
  const label = config.comment.waiverLabel;
  const number = event.pullRequest?.number ?? event.queuedPullRequest;
  if (number === undefined || !label) return undefined;
  const carries = (labels: readonly string[]) => labels.some((name) => sameLabel(name, label));
  if (carries(event.pullRequest?.labels ?? [])) return label;
  if (!inputs.githubToken) return undefined;
  const github = await import('../adapters/github.js');
  try {
    const labels = await github.listPullRequestLabels(client(github, inputs, env, options), {
      owner: event.owner,
      repo: event.repo,
      number,
    });
    return carries(labels) ? label : undefined;
  } catch (error) {
    core.warning(`Could not read the labels of #${number}: ${github.describeError(error)}`);
    return undefined;
  }
}

/** Whether two label names are one label on GitHub, which compares them without case. */
function sameLabel(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Posts (or writes, in fork mode) the sticky comment; returns its URL or ''. */
async function publishComment(
  inputs: ActionInputs,
  event: ActionEvent,
  config: HandoffConfig,
  comment: StickyCommentInput,
  env: NodeJS.ProcessEnv,
  options: RunOptions,
  session?: Promise<GitHubSession>,
): Promise<string> {
  const pr = event.pullRequest;
  if (!pr || inputs.comment === 'off' || !config.comment.enabled) return '';
  if (inputs.comment === 'artifact') {
    const { result, mode, resumes, newHandoffFiles, waiverLabel } = comment;
    writeCommentArtifact(inputs.artifactDir, {
      pullRequest: pr.number,
      headSha: pr.headSha,
      comment: {
        result,
        mode,
        resumes,
        newHandoffFiles,
        ...(waiverLabel !== undefined ? { waiverLabel } : {}),
      },
    });
    core.setOutput('comment-artifact', inputs.artifactDir);
    core.info(`Wrote the comment for #${pr.number} to ${inputs.artifactDir} for the workflow_run to post.`);
    return '';
  }
  return await syncComment(
    inputs,
    event,
    pr.number,
    comment,
    () => session ?? openSession(inputs, env, options),
  );
}

/**
 * Brings the PR's sticky comment to what `comment-mode` and `comment-when-fresh` say for this result.
 * A comment that cannot be written is a notice (no permission, as on a fork) or a warning: the verdict
 * decides the step, never the comment.
 */
async function syncComment(
  inputs: ActionInputs,
  event: ActionEvent,
  prNumber: number,
  comment: StickyCommentInput,
  /** Opened only when the plan needs the API. */
  session: () => Promise<GitHubSession>,
): Promise<string> {
  const plan = planComment({
    mode: inputs.commentMode,
    whenFresh: inputs.commentWhenFresh,
    stale: comment.result.stale,
  });
  if (plan === 'none') return '';
  const { github, octokit, login: asked } = await session();
  try {
    const login = await asked;
    const synced = await github.syncStickyComment(
      octokit,
      { owner: event.owner, repo: event.repo, number: prNumber },
      {
        plan,
        body: renderStickyComment(comment),
        login,
        ...(inputs.commentId !== undefined ? { commentId: inputs.commentId } : {}),
      },
    );
    for (const foreign of synced.foreign) {
      core.warning(
        `Comment ${foreign.id} on #${prNumber} carries the Handoff Guard marker but was written by ${foreign.login}, not ${login}: left alone.`,
      );
    }
    if (synced.visibilityFailed) {
      core.warning(
        `The sticky comment on #${prNumber} shows this run's verdict, but ${synced.visibilityFailed} (comment-when-fresh: ${inputs.commentWhenFresh}); the next run tries again.`,
      );
    }
    const duplicates = synced.deleted ? ` (${synced.deleted} duplicate(s) removed)` : '';
    core.info(
      synced.action === 'none'
        ? `No sticky comment on #${prNumber} (comment-mode: ${inputs.commentMode}, comment-when-fresh: ${inputs.commentWhenFresh})${duplicates}`
        : `Sticky comment ${synced.action}${synced.url ? `: ${synced.url}` : ''}${duplicates}`,
    );
    return synced.url;
  } catch (error) {
    if (github.isPermissionDenied(error)) {
      core.notice(
        `The token cannot comment on #${prNumber} (${github.describeError(error)}), as for a pull request from a fork. The verdict and the job summary stand; to comment on fork PRs see "Fork mode" in handoff-guard's docs/action.md.`,
      );
    } else {
      core.warning(`Could not update the sticky comment on #${prNumber}: ${github.describeError(error)}`);
    }
    return '';
  }
}

/**
 * Fork mode, second half: post the comment a `pull_request` run left as an artifact. The comment is
 * rendered here from the artifact's data, with this run's inputs and links built from this run's
 * server and repository and the PR as the API reports it.
 */
async function postFromArtifact(
  inputs: ActionInputs,
  event: ActionEvent,
  env: NodeJS.ProcessEnv,
  options: RunOptions,
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
  core.setOutput('comment-url', '');
  const session = openSession(inputs, env, options);
  const { github, octokit } = await session;
  const issue = { owner: event.owner, repo: event.repo, number: artifact.pullRequest };
  const head = await github.pullRequestHead(octokit, issue);
  if (head.sha !== artifact.headSha) {
    core.notice(
      `#${artifact.pullRequest} is now at ${head.sha.slice(0, 7)}, not ${artifact.headSha.slice(0, 7)}: not posting an outdated comment.`,
    );
    return;
  }
  const comment: StickyCommentInput = {
    ...artifact.comment,
    headSha: artifact.headSha,
    repository: { serverUrl: event.serverUrl, fullName: `${event.owner}/${event.repo}` },
    ...(head.repoFullName
      ? { headRepository: { serverUrl: event.serverUrl, fullName: head.repoFullName, branch: head.ref } }
      : {}),
    ...(inputs.commentId !== undefined ? { commentId: inputs.commentId } : {}),
  };
  core.setOutput(
    'comment-url',
    await syncComment(inputs, event, artifact.pullRequest, comment, () => session),
  );
}

type GitHubModule = typeof import('../adapters/github.js');

/** The API client, and the token's login asked for at once (`tokenLogin`); awaited where needed. */
interface GitHubSession {
  github: GitHubModule;
  octokit: ReturnType<GitHubModule['createGitHubClient']>;
  login: Promise<string>;
}

async function openSession(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  options: RunOptions,
): Promise<GitHubSession> {
  const github = await import('../adapters/github.js');
  const octokit = client(github, inputs, env, options);
  const login = github.tokenLogin(octokit, (m) => core.info(m));
  // Awaited later (or never, when no comment is due): a failure is reported there, not as unhandled.
  login.catch(() => {});
  return { github, octokit, login };
}

function client(github: GitHubModule, inputs: ActionInputs, env: NodeJS.ProcessEnv, options: RunOptions) {
  const retryAfter = milliseconds(env.HANDOFF_GUARD_RETRY_AFTER_MS);
  const requestTimeout = milliseconds(env.HANDOFF_GUARD_REQUEST_TIMEOUT_MS);
  return github.createGitHubClient(inputs.githubToken, {
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    ...(retryAfter !== undefined ? { retryAfterBaseMs: retryAfter } : {}),
    ...(requestTimeout ? { requestTimeoutMs: requestTimeout } : {}),
    ...(options.deadline ? { deadline: options.deadline } : {}),
    ...(options.deadlineAt !== undefined ? { deadlineAt: options.deadlineAt } : {}),
    log: (message) => core.info(message),
  });
}

/** A whole number of milliseconds from the environment, or undefined. */
export function milliseconds(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
