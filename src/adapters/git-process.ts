/**
 * The one place a git command is started and waited for: `runGit` collects its output, `streamGit`
 * hands it over as it arrives and can stop git early. git's own failures (a non-zero exit with
 * something on stderr) come back as a GitFailure for the caller to word. The long-lived
 * `git cat-file --batch` processes of git-tree.ts, which are written to as they go, are the only other
 * kind (`streamGit` writes a command's stdin once, at its start).
 */
import { type ChildProcessByStdio, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

/** `GIT_FLUSH=0`: git writes its output in full buffers, not a flush per record. */
const FULLY_BUFFERED: NodeJS.ProcessEnv = { GIT_FLUSH: '0' };

/**
 * Objects as they are stored and pushed: a local `git replace` ref would otherwise show git (and so
 * the verdict) another commit than the one the remote receives, and a replace loop would fail the
 * check (which a hook lets through).
 */
export const AS_STORED: NodeJS.ProcessEnv = { GIT_NO_REPLACE_OBJECTS: '1' };

/**
 * Paths taken as written, for a command that takes no `:(literal)` magic (`git ls-tree`): a path such
 * as `:h.md` is not read as magic, and the caller's `GIT_GLOB_PATHSPECS` or `GIT_ICASE_PATHSPECS`
 * (which git refuses beside literal paths, and ls-tree refuses outright) are turned off for it.
 */
export const LITERAL_PATHSPECS: NodeJS.ProcessEnv = {
  GIT_LITERAL_PATHSPECS: '1',
  GIT_GLOB_PATHSPECS: '0',
  GIT_NOGLOB_PATHSPECS: '0',
  GIT_ICASE_PATHSPECS: '0',
};

/**
 * How a finished git process failed, or undefined when it did not: stopped by a signal from outside
 * (out of memory, a timeout: what it printed is not all of the answer), or a non-zero exit with
 * something on stderr. A silent non-zero exit, as `--quiet` gives, is no failure, as in simple-git.
 */
function failureOf(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderr: string,
): GitFailure | undefined {
  if (signal) return new GitFailure(`${stderr}git was stopped by ${signal} before it finished\n`);
  return code !== 0 && stderr !== '' ? new GitFailure(stderr) : undefined;
}

/** The error of a git process that could not start: spawn says ENOENT for a missing working folder too. */
function startError(error: NodeJS.ErrnoException, cwd: string): Error {
  // That must not read as "git is missing".
  return error.code === 'ENOENT' && !existsSync(cwd) ? new Error(`the folder ${cwd} does not exist`) : error;
}

/** git ran and failed: it exited non-zero and said why on stderr (or was stopped by a signal). */
export class GitFailure extends Error {
  override name = 'GitFailure';
}

/**
 * Runs `git args` in `cwd` with this process's environment. Resolves with stdout; rejects with a
 * GitFailure (stdout and stderr as its message) when git exits non-zero and writes to stderr —
 * a silent non-zero exit, as `--quiet` gives, resolves with the output, as simple-git does — and
 * with the spawn error when git cannot be started.
 */
export async function runGit(
  args: readonly string[],
  cwd: string,
  extraEnv: NodeJS.ProcessEnv = {},
  input?: string,
): Promise<string> {
  let stdout = '';
  try {
    await streamGit(
      args,
      cwd,
      (text) => {
        stdout += text;
        return false;
      },
      // All of it is read anyway: fully buffered. To a pipe, git log otherwise flushes after every
      // commit, and a 10,000-commit range came as 10,000 reads (~100 ms of the draft).
      { ...FULLY_BUFFERED, ...extraEnv },
      input,
    );
  } catch (error) {
    // The message carries what git printed on both streams, as a terminal would show it.
    if (error instanceof GitFailure) throw new GitFailure(`${stdout}${error.message}`);
    throw error;
  }
  return stdout;
}

/**
 * `runGit` for a caller with nothing else to do until git answers (the hook's one `git log`, when
 * nothing is read beside it): node's synchronous spawn, which starts none of the streams and sockets
 * an asynchronous child needs (~3-4 ms of the hook's first spawn, measured). Same results and errors.
 */
export function runGitBlocking(args: readonly string[], cwd: string): string {
  const result = spawnSync('git', args, {
    cwd,
    env: { ...process.env, ...AS_STORED, ...FULLY_BUFFERED },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // As runGit: all of git's output, however long (a range's size is the caller's to bound).
    maxBuffer: Number.POSITIVE_INFINITY,
    windowsHide: true,
  });
  if (result.error) throw startError(result.error, cwd);
  const failure = failureOf(result.status, result.signal, result.stderr);
  // The message carries what git printed on both streams, as runGit's does.
  if (failure) throw new GitFailure(`${result.stdout}${failure.message}`);
  return result.stdout;
}

/**
 * Runs git and hands its stdout to `onText` as it arrives; when `onText` returns true git is stopped
 * (the caller has what it needs) and the promise resolves. It rejects with a GitFailure (stderr as
 * its message) when git exits non-zero and writes to stderr — a silent non-zero exit, as `--quiet`
 * gives, resolves, as simple-git does — and with the spawn error when git cannot be started.
 */
export function streamGit(
  args: readonly string[],
  cwd: string,
  onText: (text: string) => boolean,
  extraEnv?: NodeJS.ProcessEnv,
  /** Written to git's stdin (`--stdin`'s revisions and paths), which is otherwise closed. */
  input?: string,
): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', args, {
      cwd,
      // Read now, not defaulted: the environment as this process sees it at the time of the call.
      env: { ...process.env, ...AS_STORED, ...extraEnv },
      // No stdin unless there is input: a pipe is one more stream for every git process.
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    }) as ChildProcessByStdio<Writable | null, Readable, Readable>;
    // git may stop reading (it failed, or was stopped once answered): that is its exit's to tell.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
    // The stream decodes (a character cut between chunks waits for its rest): no TextDecoder, whose
    // module node would load and compile for it.
    child.stdout.setEncoding('utf8');
    const err: Buffer[] = [];
    let stopped = false;
    child.stdout.on('data', (text: string) => {
      if (stopped) return;
      if (onText(text)) {
        stopped = true;
        child.kill();
        resolvePromise();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (!stopped) reject(startError(error, cwd));
    });
    child.on('close', (code, signal) => {
      if (stopped) return;
      const failure = failureOf(code, signal, Buffer.concat(err).toString('utf8'));
      if (failure) reject(failure);
      else resolvePromise();
    });
  });
}

const WINDOWS = process.platform === 'win32';

/**
 * Most of a command line that pathspecs may take in one git process: a registry of thousands of
 * tasks names thousands of handoffs, and a command line has a limit (32,767 characters on Windows;
 * elsewhere bytes, 1 MiB on macOS and 2 MiB on Linux with the environment, where git failed to start
 * with E2BIG: an internal error, which a hook lets through). Each batch is a git process (9,000
 * handoffs of ~220 characters: 9 of them here). Commands that read paths from stdin (`git log
 * --stdin`) need none.
 */
export const MAX_SPEC_CHARS = WINDOWS ? 30_000 : 256 * 1024;

/**
 * What `spec` takes of a command line: on Windows its characters, a space, and the quotes and
 * backslashes node adds around one that holds a space or a quote; elsewhere its bytes, its NUL and
 * its pointer in argv.
 */
function specCost(spec: string): number {
  if (!WINDOWS) return Buffer.byteLength(spec) + 9;
  return /[\s"]/.test(spec) ? spec.length + 3 + (spec.match(/["\\]/g)?.length ?? 0) : spec.length + 1;
}

/** `specs` cut into batches of at most MAX_SPEC_CHARS (see specCost; a longer spec alone in its own). */
export function specBatches(specs: readonly string[]): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let used = 0;
  for (const spec of specs) {
    const cost = specCost(spec);
    if (batch.length > 0 && used + cost > MAX_SPEC_CHARS) {
      batches.push(batch);
      batch = [];
      used = 0;
    }
    batch.push(spec);
    used += cost;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
