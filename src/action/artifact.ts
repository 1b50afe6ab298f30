/**
 * Fork mode. A pull request from a fork runs with a read-only token, and giving it a write token
 * (`pull_request_target`) would run the fork's code with write access. Instead the `pull_request`
 * run writes the rendered comment and the PR number here (`comment: artifact`) for
 * actions/upload-artifact, and a `workflow_run` workflow — which never checks out PR code — downloads
 * it and posts it (`post-comment-from`).
 *
 * The artifact was produced by code the fork controls, so the posting side trusts nothing in it: the
 * body must carry the sticky marker and fit the limit, the PR number must be a number, and the PR's
 * head must be the very commit the triggering run checked.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GITHUB_COMMENT_LIMIT, isStickyComment } from '../core/comment.js';
import { InputError } from '../core/errors.js';

export const COMMENT_FILE = 'comment.md';
export const PULL_REQUEST_FILE = 'pull-request.json';

export interface CommentArtifact {
  pullRequest: number;
  headSha: string;
  body: string;
}

export function writeCommentArtifact(dir: string, artifact: CommentArtifact): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, COMMENT_FILE), artifact.body);
  writeFileSync(
    join(dir, PULL_REQUEST_FILE),
    `${JSON.stringify({ number: artifact.pullRequest, headSha: artifact.headSha }, null, 2)}\n`,
  );
}

export function readCommentArtifact(dir: string): CommentArtifact {
  const commentPath = join(dir, COMMENT_FILE);
  const prPath = join(dir, PULL_REQUEST_FILE);
  const body = readBounded(commentPath, GITHUB_COMMENT_LIMIT);
  if (!isStickyComment(body)) {
    throw new InputError(
      'does not start with the handoff-guard marker',
      { file: commentPath },
      'artifact/marker',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readBounded(prPath, 4096));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('is not valid JSON', { file: prPath }, 'artifact/json');
  }
  const { number, headSha } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<
    string,
    unknown
  >;
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) {
    throw new InputError('"number" must be a positive integer', { file: prPath }, 'artifact/pull-request');
  }
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha)) {
    throw new InputError(
      '"headSha" must be a 40-character commit sha',
      { file: prPath },
      'artifact/pull-request',
    );
  }
  return { pullRequest: number, headSha, body };
}

function readBounded(path: string, maxBytes: number): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) {
    throw new InputError('is missing from the downloaded artifact', { file: path }, 'artifact/missing');
  }
  if (stat.size > maxBytes) {
    throw new InputError(`is larger than ${maxBytes} bytes`, { file: path }, 'artifact/too-large');
  }
  return readFileSync(path, 'utf8');
}
