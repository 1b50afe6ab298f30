/**
 * Fork mode. A pull request from a fork runs with a read-only token, and giving it a write token
 * (`pull_request_target`) would run the fork's code with write access. Instead the `pull_request`
 * run writes what the comment shows — as data, not as markdown — and the PR number here
 * (`comment: artifact`) for actions/upload-artifact, and a `workflow_run` workflow — which never checks
 * out PR code — downloads it, renders the comment itself and posts it (`post-comment-from`).
 *
 * The artifact was produced by code the fork controls, so the posting side trusts nothing in it: every
 * value must have the type the renderer expects (anything else is refused, nothing is posted), every
 * string is escaped by the renderer as any user text is, links are built from the posting run's own
 * server URL and repository and the PR's head as the API reports it, the PR number must be a number,
 * and the PR's head must be the very commit the triggering run checked.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StickyCommentInput } from '../core/comment.js';
import { InputError } from '../core/errors.js';
import { isRecord } from '../core/json-location.js';
import { ELEMENT_NAMES } from '../core/model.js';

export const COMMENT_DATA_FILE = 'comment.json';
export const PULL_REQUEST_FILE = 'pull-request.json';
/** Format of comment.json; a posting run refuses another. */
export const COMMENT_DATA_VERSION = 1;
/** A registry of a few thousand tasks with resumes fits many times over. */
const COMMENT_DATA_LIMIT = 8 * 1024 * 1024;

/** What the comment shows, without anything the posting run decides itself (links, id, limits). */
export type CommentData = Pick<
  StickyCommentInput,
  'result' | 'mode' | 'resumes' | 'newHandoffFiles' | 'waiverLabel'
>;

export interface CommentArtifact {
  pullRequest: number;
  headSha: string;
  comment: CommentData;
}

export function writeCommentArtifact(dir: string, artifact: CommentArtifact): void {
  // A folder that cannot be made or written (a file in its place, a folder where a file goes) is the
  // input's fault, named as such.
  const writing = (what: string, write: () => void) => {
    try {
      write();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new InputError(
        `input \`artifact-dir\` ${what} cannot be written (${code})`,
        {},
        'input/artifact-dir',
      );
    }
  };
  writing(dir, () => mkdirSync(dir, { recursive: true }));
  const { result, mode, resumes, newHandoffFiles, waiverLabel } = artifact.comment;
  const data = {
    version: COMMENT_DATA_VERSION,
    result,
    mode,
    resumes,
    newHandoffFiles,
    ...(waiverLabel !== undefined ? { waiverLabel } : {}),
  };
  const dataFile = join(dir, COMMENT_DATA_FILE);
  writing(dataFile, () => writeFileSync(dataFile, `${JSON.stringify(data)}\n`));
  const prFile = join(dir, PULL_REQUEST_FILE);
  writing(prFile, () =>
    writeFileSync(
      prFile,
      `${JSON.stringify({ number: artifact.pullRequest, headSha: artifact.headSha }, null, 2)}\n`,
    ),
  );
}

export function readCommentArtifact(dir: string): CommentArtifact {
  const prPath = join(dir, PULL_REQUEST_FILE);
  const pr = shaped(prPath, parseJson(prPath, readBounded(prPath, 4096)), pullRequestFile) as {
    number: number;
    headSha: string;
  };
  const dataPath = join(dir, COMMENT_DATA_FILE);
  const comment = shaped(dataPath, parseJson(dataPath, readBounded(dataPath, COMMENT_DATA_LIMIT)), (data) => {
    const version = (data as { version?: unknown } | null)?.version;
    if (version !== COMMENT_DATA_VERSION) {
      throw new ShapeError('version', `must be ${COMMENT_DATA_VERSION} (written by another release?)`);
    }
    return commentData(data, '');
  }) as CommentData;
  return { pullRequest: pr.number, headSha: pr.headSha, comment };
}

/** `check(value)`, with a value of the wrong shape reported as the file's InputError. */
function shaped(file: string, value: unknown, check: (value: unknown, path: string) => unknown): unknown {
  try {
    return check(value, '');
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw new InputError(`${error.path || 'the data'} ${error.message}`, { file }, 'artifact/shape');
  }
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

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError('is not valid JSON', { file: path }, 'artifact/json');
  }
}

// ---------------------------------------------------------------------------------------------
// The shape of comment.json. Each check returns a fresh value built from the keys it knows, so
// nothing the renderer does not expect (an extra key, a getter, a prototype) reaches it.
// ---------------------------------------------------------------------------------------------

class ShapeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Check = (value: unknown, path: string) => unknown;

/** No single string in the comment needs more; the renderer shows at most 500 characters of a cell. */
const MAX_STRING = 100_000;
const MAX_ITEMS = 10_000;

const string: Check = (value, path) => {
  if (typeof value !== 'string') throw new ShapeError(path, 'must be a string');
  if (value.length > MAX_STRING) throw new ShapeError(path, `is longer than ${MAX_STRING} characters`);
  return value;
};
const boolean: Check = (value, path) => {
  if (typeof value !== 'boolean') throw new ShapeError(path, 'must be true or false');
  return value;
};
const count: Check = (value, path) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ShapeError(path, 'must be a whole number >= 0');
  }
  return value;
};
const positiveInteger: Check = (value, path) => {
  if (count(value, path) === 0) throw new ShapeError(path, 'must be a positive integer');
  return value;
};
const finite: Check = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(path, 'must be a number');
  return value;
};
const fullSha: Check = (value, path) => {
  if (typeof value !== 'string' || !/^[0-9a-f]{40}$/.test(value)) {
    throw new ShapeError(path, 'must be a 40-character commit sha');
  }
  return value;
};
const shortSha: Check = (value, path) => {
  if (typeof value !== 'string' || !/^[0-9a-f]{4,40}$/.test(value)) {
    throw new ShapeError(path, 'must be a commit sha (4 to 40 hex digits)');
  }
  return value;
};

function oneOf(values: readonly string[]): Check {
  return (value, path) => {
    if (typeof value !== 'string' || !values.includes(value)) {
      throw new ShapeError(path, `must be one of: ${values.join(', ')}`);
    }
    return value;
  };
}

function array(item: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, 'must be an array');
    if (value.length > MAX_ITEMS) throw new ShapeError(path, `has more than ${MAX_ITEMS} items`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
}

/** Keys ending in `?` are optional: absent or undefined stays absent. */
function object(fields: Record<string, Check>): Check {
  return (value, path) => {
    if (!isRecord(value)) {
      throw new ShapeError(path, 'must be an object');
    }
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [spec, check] of Object.entries(fields)) {
      const optional = spec.endsWith('?');
      const key = optional ? spec.slice(0, -1) : spec;
      const child = Object.hasOwn(source, key) ? source[key] : undefined;
      const childPath = path ? `${path}.${key}` : key;
      if (child === undefined) {
        if (!optional) throw new ShapeError(childPath, 'is required');
        continue;
      }
      out[key] = check(child, childPath);
    }
    return out;
  };
}

const list = (item: Check) => object({ items: array(item), more: count });
const testCounts = object({ passed: count, failed: count, 'skipped?': count });

const verdict = object({
  taskId: string,
  agent: string,
  'handoffPath?': string,
  fresh: boolean,
  problems: array(
    object({
      reason: oneOf(['missing', 'incomplete', 'behind', 'expired', 'invalid-link']),
      detail: string,
      'commits?': array(shortSha),
      'elements?': array(oneOf(ELEMENT_NAMES)),
      fix: string,
    }),
  ),
  'workCommits?': count,
});

const nextStepFields = object({ text: string, 'maybeDoneIn?': shortSha });
/** A step from an older writer is its text (with any `(done in <sha>?)` guess in it). */
const nextStep: Check = (value, path) =>
  typeof value === 'string' ? { text: string(value, path) } : nextStepFields(value, path);

const resumeBriefFields = object({
  taskId: string,
  agent: string,
  status: string,
  'briefNote?': string,
  'handoff?': object({
    path: string,
    'date?': string,
    'session?': count,
    'ageDays?': finite,
    'problem?': string,
  }),
  'statusText?': string,
  'progressPercent?': finite,
  'state?': list(string),
  working: list(string),
  broken: list(string),
  blockers: list(object({ text: string, details: array(string), 'possiblyResolvedBy?': shortSha })),
  nextSteps: list(nextStep),
  decisions: list(string),
  time: object({
    'spentHours?': finite,
    'remainingHours?': finite,
    'totalHours?': finite,
    'sessions?': count,
  }),
  'sessions?': array(
    object({ session: count, 'date?': string, 'hours?': finite, 'passed?': count, 'failed?': count }),
  ),
  'drift?': list(object({ kind: oneOf(['path', 'symbol']), name: string })),
  'coverage?': object({ 'claimed?': finite, 'now?': finite, note: string }),
  'since?': object({
    'basis?': string,
    total: count,
    commits: list(object({ sha: shortSha, subject: string })),
  }),
  'tests?': object({
    'claimed?': testCounts,
    'now?': testCounts,
    'failingNow?': list(string),
    note: string,
    'changes?': string,
  }),
});

/** A brief from an older writer may lack the state, the session chart and the drift list: they are empty then. */
const resumeBrief: Check = (value, path) => {
  const brief = resumeBriefFields(value, path) as Record<string, unknown>;
  brief.state ??= { items: [], more: 0 };
  brief.sessions ??= [];
  brief.drift ??= { items: [], more: 0 };
  return brief;
};

const pullRequestFile = object({ number: positiveInteger, headSha: fullSha });

const commentData = object({
  result: object({
    'range?': object({ description: string, commitCount: count }),
    verdicts: array(verdict),
    stale: boolean,
    notes: array(string),
  }),
  mode: oneOf(['block', 'warn']),
  resumes: array(resumeBrief),
  newHandoffFiles: array(object({ taskId: string, path: string, draft: string })),
  'waiverLabel?': string,
});
