/**
 * Every input of action.yml, read and validated once into a typed object (in the manner of
 * actions/checkout's input-helper). A bad value is an InputError naming the input and what it accepts,
 * which the entry turns into `setFailed` — never a stack trace.
 */
import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../core/errors.js';

export type CommentMode =
  /** Post or update the sticky comment on the PR. */
  | 'on'
  /** Do not comment (the job summary still has the report). */
  | 'off'
  /** Fork mode, first half: write the comment body and PR number to `artifact-dir` for upload. */
  | 'artifact';

export interface ActionInputs {
  githubToken: string;
  mode: 'block' | 'warn';
  comment: CommentMode;
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
  const workingDirectory = resolve(workspace, read('working-directory') || '.');
  requireDirectory('working-directory', workingDirectory);

  const mode = oneOf('mode', read('mode') || 'block', ['block', 'warn'] as const);
  const comment = commentMode(read('comment') || 'true');

  const configInput = read('config');
  const configFile = configInput ? resolve(workingDirectory, configInput) : undefined;
  if (configFile) requireFile('config', configFile);

  const coverage = read('coverage') || undefined;
  if (coverage && isAbsolute(coverage)) {
    throw inputError('coverage', `"${coverage}" must be a path inside the repository, not an absolute path`);
  }
  const testReports = lines(read('test-reports'));
  for (const pattern of testReports) {
    if (isAbsolute(pattern)) {
      throw inputError(
        'test-reports',
        `"${pattern}" must be a glob inside the repository, not an absolute path`,
      );
    }
  }

  const artifactInput = read('artifact-dir');
  const artifactDir = artifactInput
    ? resolve(workingDirectory, artifactInput)
    : join(env.RUNNER_TEMP || workingDirectory, 'handoff-guard-comment');

  const postInput = read('post-comment-from');
  const postCommentFrom = postInput ? resolve(workingDirectory, postInput) : undefined;
  if (postCommentFrom) requireDirectory('post-comment-from', postCommentFrom);

  const githubToken = read('github-token');
  if (!githubToken && (comment === 'on' || postCommentFrom)) {
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
    ...(configFile ? { configFile } : {}),
    testReports,
    ...(coverage ? { coverage } : {}),
    workingDirectory,
    artifactDir,
    ...(postCommentFrom ? { postCommentFrom } : {}),
  };
}

function commentMode(value: string): CommentMode {
  const normalised = value.trim().toLowerCase();
  if (normalised === 'true') return 'on';
  if (normalised === 'false') return 'off';
  if (normalised === 'artifact') return 'artifact';
  throw inputError('comment', `"${value}" is not one of: true, false, artifact`);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const trimmed = value.trim();
  if ((allowed as readonly string[]).includes(trimmed)) return trimmed as T;
  throw inputError(name, `"${value}" is not one of: ${allowed.join(', ')}`);
}

/** Newline-separated values (commas are allowed in globs, so they do not separate). */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
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
