/**
 * Every input of action.yml, read and validated once into a typed object (in the manner of
 * actions/checkout's input-helper). A bad value is an InputError naming the input and what it accepts,
 * which the entry turns into `setFailed` — never a stack trace.
 */
import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { isInside, realLongestPrefix } from '../adapters/store.js';
import { COMMENT_ID_PATTERN, type CommentMode, type FreshCommentAction } from '../core/comment.js';
import { InputError } from '../core/errors.js';

export type CommentTarget =
  /** Post or update the sticky comment on the PR. */
  | 'pr'
  /** Do not comment (the job summary still has the report). */
  | 'off'
  /** Fork mode, first half: write the comment's data and the PR number to `artifact-dir` for upload. */
  | 'artifact';

/** On a draft pull request: check as usual, report without failing, or check nothing. */
export type DraftPullRequest = 'check' | 'warn' | 'skip';

export interface ActionInputs {
  githubToken: string;
  mode: 'block' | 'warn';
  comment: CommentTarget;
  /** When the comment is written (`comment-mode`); `comment: false` makes it `off`. */
  commentMode: CommentMode;
  /** What becomes of the comment once everything is fresh (`comment-when-fresh`). */
  commentWhenFresh: FreshCommentAction;
  /** `comment-id`: several jobs on one PR each keep their own comment. */
  commentId?: string;
  draftPullRequest: DraftPullRequest;
  /** Absolute path of the config file, when the `config` input names one. */
  configFile?: string;
  /** Test report globs, relative to the repository. */
  testReports: string[];
  coverage?: string;
  /** Absolute. */
  workingDirectory: string;
  /** Absolute: where `comment: artifact` writes its files. */
  artifactDir: string;
  /** Fork mode, second half: post the comment found in this (downloaded artifact) folder, check nothing. */
  postCommentFrom?: string;
}

/** `getInput` with the environment passed in, so tests and the entry read the same way. */
type InputReader = (name: string) => string;

export function getInputs(
  env: NodeJS.ProcessEnv = process.env,
  read: InputReader = (name) => core.getInput(name),
): ActionInputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingInput = read('working-directory');
  const workingDirectory = resolve(workspace, workingInput || '.');
  requireDirectory('working-directory', workingDirectory);
  // Relative to the workspace, as action.yml says: the repository is checked out there.
  if (!isInside(resolve(workspace), workingDirectory)) {
    throw inputError(
      'working-directory',
      `"${workingInput.slice(0, 200)}" must be a folder inside the workspace (GITHUB_WORKSPACE), where the repository is checked out`,
    );
  }

  const mode = oneOf('mode', read('mode') || 'block', ['block', 'warn'] as const);
  const comment = commentTarget(read('comment') || 'true');
  // Read (and refused when bad) whatever `comment` says: a typo is caught before it starts to matter.
  const givenMode = oneOf('comment-mode', read('comment-mode') || 'always', [
    'always',
    'stale-only',
    'off',
  ] as const);
  const commentMode = comment === 'off' ? 'off' : givenMode;
  const commentWhenFresh = oneOf('comment-when-fresh', read('comment-when-fresh') || 'update', [
    'update',
    'hide',
    'delete',
  ] as const);
  const commentId = read('comment-id').trim() || undefined;
  if (commentId !== undefined && !COMMENT_ID_PATTERN.test(commentId)) {
    throw inputError(
      'comment-id',
      `"${commentId.slice(0, 80)}" must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
  }
  const draftPullRequest = oneOf('draft-pr', read('draft-pr') || 'check', ['check', 'warn', 'skip'] as const);

  const configInput = read('config');
  const configFile = configInput ? resolve(workingDirectory, configInput) : undefined;
  if (configInput && leavesRepository(configInput)) {
    throw inputError(
      'config',
      `"${configInput.slice(0, 200)}" must be a path inside the repository (relative, no "..")`,
    );
  }
  if (configFile) requireFile('config', configFile);

  const coverage = read('coverage') || undefined;
  if (coverage && leavesRepository(coverage)) {
    throw inputError('coverage', `"${coverage}" must be a path inside the repository (relative, no "..")`);
  }
  const testReports = lines(read('test-reports'));
  for (const pattern of testReports) {
    if (leavesRepository(pattern)) {
      throw inputError(
        'test-reports',
        `"${pattern}" must be a glob inside the repository (relative, no "..")`,
      );
    }
  }

  const artifactInput = read('artifact-dir');
  const artifactDir = artifactInput
    ? resolve(workingDirectory, artifactInput)
    : join(env.RUNNER_TEMP || workingDirectory, 'handoff-guard-comment');
  // Written to, so kept where the job's own files are, symlinks followed (a pull request can commit
  // one): a folder like /proc/… made node's recursive mkdir spin for ever, past the run's deadline
  // (synchronous code cannot be stopped).
  if (artifactInput && comment === 'artifact') {
    const real = (path: string) => realLongestPrefix(resolve(path)).real ?? resolve(path);
    const writable = [workspace, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])];
    if (!writable.some((root) => isInside(real(root), real(artifactDir)))) {
      throw inputError(
        'artifact-dir',
        `"${artifactInput.slice(0, 200)}" must be a folder inside the workspace or the runner's temporary folder (RUNNER_TEMP)`,
      );
    }
  }

  const postInput = read('post-comment-from');
  const postCommentFrom = postInput ? resolve(workingDirectory, postInput) : undefined;
  if (postCommentFrom) requireDirectory('post-comment-from', postCommentFrom);

  const githubToken = read('github-token');
  if (!githubToken && ((comment === 'pr' && commentMode !== 'off') || postCommentFrom)) {
    throw inputError(
      'github-token',
      'is empty, but posting the comment needs a token (keep the default github.token or set `comment: false`)',
    );
  }
  if (githubToken) core.setSecret(githubToken);

  return {
    githubToken,
    mode,
    comment,
    commentMode,
    commentWhenFresh,
    ...(commentId !== undefined ? { commentId } : {}),
    draftPullRequest,
    ...(configFile ? { configFile } : {}),
    testReports,
    ...(coverage ? { coverage } : {}),
    workingDirectory,
    artifactDir,
    ...(postCommentFrom ? { postCommentFrom } : {}),
  };
}

function commentTarget(value: string): CommentTarget {
  const normalised = value.trim().toLowerCase();
  if (normalised === 'true') return 'pr';
  if (normalised === 'false') return 'off';
  if (normalised === 'artifact') return 'artifact';
  throw inputError('comment', `"${value}" is not one of: true, false, artifact`);
}

/** One of `allowed`, in any case (as `comment: True` is read, and GitHub's own booleans are). */
function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const trimmed = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(trimmed)) return trimmed as T;
  throw inputError(name, `"${value.slice(0, 80)}" is not one of: ${allowed.join(', ')}`);
}

/** Newline-separated values (commas are allowed in globs, so they do not separate). */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** An absolute path, or one with a `..` segment, may point outside the repository. */
function leavesRepository(path: string): boolean {
  return isAbsolute(path) || path.split(/[\\/]+/).includes('..');
}

function requireDirectory(name: string, path: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw inputError(name, `"${path}" is not a directory`);
}

function requireFile(name: string, path: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw inputError(name, `"${path}" does not exist or is not a file`);
}

function inputError(name: string, message: string): InputError {
  return new InputError(`input \`${name}\` ${message}`, {}, `input/${name}`);
}
