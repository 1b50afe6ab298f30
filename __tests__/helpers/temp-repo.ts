/**
 * Real git repositories in temporary folders, and ways to run the real `handoff` program in them:
 * in-process through `main()` (fast, for most tests) or as a child process of the built `dist/cli.js`
 * (for what only a real process shows: exit codes, stdin, hooks).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BIN = join(PROJECT_ROOT, 'dist/cli.js');
/** The `handoff` bin as npm installs it: the launcher, which runs the hook's check itself and hands the rest to CLI_BIN. */
export const HANDOFF_BIN = join(PROJECT_ROOT, 'dist/handoff.cjs');

/** Environment that keeps the user's git config out of test repositories. */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
    HUSKY: undefined,
    HANDOFF_SKIP: undefined,
    // Set by CI services (a plain check then adds a note): a test that wants it says so.
    CI: undefined,
    ...extra,
  };
}

export interface CommitOptions {
  /** ISO date or git date string used for author and committer date. */
  date?: string;
  /** Extra message paragraphs (trailers go here: `Task: TASK-1`). */
  body?: string;
}

export class TempRepo {
  readonly dir: string;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'handoff-test-'));
  }

  static init(options: { bare?: boolean; branch?: string } = {}): TempRepo {
    const repo = new TempRepo();
    repo.git('init', '-q', ...(options.bare ? ['--bare'] : []), '-b', options.branch ?? 'main');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: gitEnv(), encoding: 'utf8' }).trim();
  }

  gitWithEnv(env: NodeJS.ProcessEnv, ...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: gitEnv(env), encoding: 'utf8' }).trim();
  }

  write(path: string, content: string | Buffer): string {
    const abs = join(this.dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    return abs;
  }

  /** Writes the files, stages everything and commits; returns the new commit's sha. */
  commit(message: string, files: Record<string, string | Buffer> = {}, options: CommitOptions = {}): string {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    this.git('add', '-A');
    const env = options.date ? { GIT_AUTHOR_DATE: options.date, GIT_COMMITTER_DATE: options.date } : {};
    const args = ['commit', '-q', '--allow-empty', '-m', message];
    if (options.body) args.push('-m', options.body);
    this.gitWithEnv(env, ...args);
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Installs the built CLI as the repository's `node_modules/.bin/handoff`, as `npm i -D` would. */
export function installCli(repo: TempRepo): void {
  const bin = join(repo.dir, 'node_modules/.bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'handoff'), `#!/bin/sh\nexec "${process.execPath}" "${HANDOFF_BIN}" "$@"\n`);
  chmodSync(join(bin, 'handoff'), 0o755);
}

/** Runs `handoff <args>` in-process. */
export async function runCli(
  args: string[],
  options: { cwd: string; stdin?: string; env?: NodeJS.ProcessEnv; now?: Date; program?: string },
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const ctx: CommandContext = {
    cwd: options.cwd,
    env: gitEnv(options.env),
    stdin,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    now: () => options.now ?? new Date(),
    // As the bin sets it: `npx handoff` when run from a project's node_modules.
    ...(options.program === undefined ? {} : { program: options.program }),
  };
  const code = await main(args, ctx);
  return { code, stdout, stderr };
}

/** Runs the built `handoff` bin (dist/handoff.cjs, which runs dist/cli.js for all but the hook) as a child process. */
export function runBin(
  args: string[],
  options: { cwd: string; stdin?: string; env?: NodeJS.ProcessEnv },
): RunResult {
  const result = spawnSync(process.execPath, [HANDOFF_BIN, ...args], {
    cwd: options.cwd,
    env: gitEnv(options.env),
    input: options.stdin ?? '',
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The `git cat-file` processes `pid` (this test process by default) started and has not ended, once
 * they have had `waitMs` to end. A command that leaves its git readers open leaves them running: in
 * `handoff mcp`, two more at every call (Linux `ps`).
 */
export async function catFilesLeftBy(pid = process.pid, waitMs = 2000): Promise<string[]> {
  const until = Date.now() + waitMs;
  for (;;) {
    const listed = spawnSync('ps', ['--ppid', String(pid), '-o', 'args='], { encoding: 'utf8' }).stdout;
    const left = listed.split('\n').filter((line) => line.includes('cat-file'));
    if (left.length === 0 || Date.now() > until) return left;
    await new Promise((done) => setTimeout(done, 50));
  }
}
