/**
 * The pre-push hook's inputs and the commits a push brings. Reading: git's stdin (told apart from a
 * terminal or /dev/null, where no push is described), pre-commit's variables turned into the line git
 * would have written, and — only when a message must name the bypasses — the hook manager in use.
 * The commits are read with one `git log` per pushed ref (usually one ref, so one process). Which
 * commits each ref selects, and every decision above, are made in core/pre-push.ts; this only reads.
 */
import { fstatSync, readFileSync, readSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import type { CheckedRange, CommitInfo } from '../core/model.js';
import {
  chooseHookInput,
  type HookManager,
  type HookStdin,
  hookManagerOf,
  isFullSha,
  PRE_PUSH_STDIN,
  prePushLine,
  type RefToCheck,
} from '../core/pre-push.js';
import type { GitCommandManager, IGitCommandManager } from './git.js';

/**
 * The commits one pushed ref brings, with one `git log`. An update's are read with their blob
 * changes: with them, the pushed tip's listing follows from the remote's (`seedPushedListing`).
 * `blocking` when nothing else is to run until they are read (see `LogRangeOptions`).
 */
export async function readPushedRange(
  git: IGitCommandManager,
  ref: RefToCheck,
  { blocking = false }: { blocking?: boolean } = {},
): Promise<CheckedRange> {
  const commits = await git.logRange(ref.revisionArgs, {
    stats: false,
    blobs: ref.kind === 'update',
    blocking,
  });
  const range: CheckedRange = {
    description: ref.description,
    head: ref.localSha,
    branch: ref.branch,
    commits,
  };
  if (ref.kind === 'update') range.base = startOfPushed(commits, ref.remoteSha);
  return range;
}

/**
 * Where the pushed commits start, for a fix's `--from`: the remote's tip when the push builds on it;
 * after a force push (the tip is no parent of any pushed commit, it was thrown away) the parent of
 * the oldest pushed commit, which the new tip has in its history. A draft `--from` the old tip
 * diffed against a commit the branch no longer has.
 */
function startOfPushed(commits: readonly CommitInfo[], remoteSha: string): string {
  const pushed = new Set(commits.map((c) => c.sha));
  const outside = commits.flatMap((c) => c.parents.filter((p) => !pushed.has(p)));
  if (outside.length === 0 || outside.includes(remoteSha)) return remoteSha;
  return commits[0]?.parents[0] ?? remoteSha;
}

type InputStream = NodeJS.ReadableStream & { isTTY?: boolean; fd?: number };

/** Where the hook's stdin comes from: the process's descriptor, or a stream (tests, or no descriptor). */
export interface HookStdinSource {
  /**
   * Read synchronously when given: git writes the pushed refs and closes the pipe, so a blocking read
   * ends; a few lines need no stream.
   */
  fd?: number | undefined;
  stream: () => InputStream;
}

/**
 * The hook's stdin. git gives a pipe (maybe with zero lines: nothing to push); a terminal, /dev/null
 * (what pre-commit gives its hooks) or a closed descriptor describes no push at all, and is not read:
 * reading a terminal would wait for a person. A stream that is no file descriptor (tests) is a pipe.
 *
 * The descriptor is read with readSync, not through `process.stdin`: creating that stream and
 * iterating it costs ~7 ms of the hook's ~25 ms above node's start (measured), for two lines.
 */
export async function readHookStdin(source: HookStdinSource): Promise<HookStdin> {
  const fd = source.fd ?? source.stream().fd;
  if (typeof fd === 'number') {
    try {
      const stat = fstatSync(fd);
      if (!stat.isFIFO() && !stat.isFile() && !stat.isSocket()) return { provided: false, text: '' };
    } catch {
      return { provided: false, text: '' };
    }
  } else if (source.stream().isTTY) {
    return { provided: false, text: '' };
  }
  const chunks: Buffer[] = [];
  const whole = source.fd === undefined ? false : readDescriptor(source.fd, chunks);
  if (!whole) {
    for await (const chunk of source.stream())
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return { provided: true, text: Buffer.concat(chunks).toString('utf8') };
}

/**
 * Reads `fd` to its end into `chunks`; false when it would block (a descriptor some parent made
 * non-blocking), and the rest is then the stream's to read.
 */
function readDescriptor(fd: number, chunks: Buffer[]): boolean {
  const buffer = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    let size: number;
    try {
      size = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') return false;
      // A Windows pipe whose writer has closed ends with EOF rather than a zero-byte read.
      if (code === 'EOF') return true;
      throw error;
    }
    if (size === 0) return true;
    chunks.push(Buffer.from(buffer.subarray(0, size)));
  }
}

/** What the check reads: git's pushed-ref lines and the remote's name. */
export interface HookPush {
  stdin: string;
  remoteName: string;
}

/**
 * The pushed refs as git's stdin lines, whatever ran the hook. pre-commit's variables become the line
 * git would have written (its hook gives shas, so no git process; a manual `pre-commit run
 * --from-ref origin/main --to-ref HEAD` gives names, resolved here). No refs anywhere is an
 * InputError saying why: the hook refuses to guess what is pushed.
 */
export async function resolveHookPush(
  git: Pick<IGitCommandManager, 'revParse'>,
  stdin: HookStdin,
  env: Readonly<Record<string, string | undefined>>,
  hookArgs: readonly string[],
): Promise<HookPush> {
  const input = chooseHookInput(stdin, env);
  const argRemote = hookArgs[0];
  if (input.kind === 'stdin') return { stdin: input.text, remoteName: argRemote ?? 'origin' };
  if (input.kind === 'none') throw new InputError(input.why, { file: PRE_PUSH_STDIN }, 'pre-push/no-input');
  const { push } = input;
  const resolve = (rev: string) => (isFullSha(rev) ? rev : git.revParse(rev));
  const [localSha, remoteSha] = await Promise.all([
    resolve(push.localRev),
    push.remoteRev === undefined ? undefined : resolve(push.remoteRev),
  ]);
  return {
    stdin: prePushLine(push, localSha, remoteSha),
    remoteName: push.remoteName ?? argRemote ?? 'origin',
  };
}

/**
 * The hook manager that ran this hook, for the bypass lines of a blocking message (never on the
 * passing path: it costs one git process and one small file read). Unknown is `plain`.
 */
export async function detectHookManager(
  git: Pick<GitCommandManager, 'gitPath'>,
  env: Readonly<Record<string, string | undefined>>,
): Promise<HookManager> {
  if (env.PRE_COMMIT === '1') return 'pre-commit';
  try {
    const hookPath = await git.gitPath('hooks/pre-push');
    let hookText: string | undefined;
    try {
      hookText = readFileSync(hookPath, 'utf8');
    } catch {
      // No hook file, or none we may read: the manager is told from the environment alone.
    }
    return hookManagerOf({ env, hookPath, ...(hookText === undefined ? {} : { hookText }) });
  } catch {
    return 'plain';
  }
}
