/**
 * Everything a command touches from the process, passed in rather than reached for, so tests run a
 * command in-process against a temporary repository and read what it printed.
 */
import { existsSync, writeSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { clockFrom } from '../adapters/clock.js';
import { InputError } from '../core/errors.js';
import { STDIN_NAME } from '../core/json-location.js';
import { asInProject, linkIssue, type ShownPath } from '../core/paths.js';
import { shellWord } from '../core/shell.js';

export interface CommandContext {
  /** Where the command was started; commands find the repository root from here. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  /** The descriptor behind `stdin`, when a command may read it without the stream (the hook). */
  stdinFd?: number;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** The clock: commands never call `new Date()` themselves. */
  now: () => Date;
  /**
   * How a user runs this program again, for the commands we print (`fix: handoff draft …`): `npx handoff`
   * when it runs from a project's node_modules (not on PATH), else `handoff`.
   */
  program?: string;
  /** `--quiet` / `--verbose` (cli/terminal.ts); normal when unset. */
  verbosity?: 'quiet' | 'normal' | 'verbose';
  /** `-C <dir>` was given: `cwd` is that folder, which outranks any folder a caller's event names. */
  cwdGiven?: boolean;
  /** With `-C`: the folder the program was started in, from which a user runs the commands it prints. */
  startedIn?: string;
}

/**
 * The process as a command sees it. `directOutput` (the hook's entry, direct-run.ts) writes stdout
 * and stderr straight to their descriptors (`descriptorOutput`) instead of through
 * process.stdout/stderr; `isatty` (node:tty's) then answers whether each is a terminal.
 */
export function processContext(
  options: { directOutput?: boolean; isatty?: (fd: number) => boolean } = {},
): CommandContext {
  const direct = (fd: 1 | 2, stream: () => NodeJS.WriteStream) =>
    descriptorOutput(fd, () => guarded(stream()), options.isatty);
  // A Windows console shows bytes written to its descriptor in its own code page: there, the streams,
  // which write it wide characters (a `—` or `✅` in a brief would come out garbled).
  const directOutput = options.directOutput && process.platform !== 'win32';
  const cwd = startedIn(process.env, process.cwd());
  return {
    cwd,
    env: process.env,
    // Made on first use: creating process.stdin costs ~4 ms, and most commands never read it.
    get stdin() {
      return process.stdin;
    },
    stdinFd: 0,
    stdout: directOutput ? direct(1, () => process.stdout) : process.stdout,
    stderr: directOutput ? direct(2, () => process.stderr) : process.stderr,
    now: clockFrom(process.env),
    program: invocation(process.argv[1] ?? '', cwd, (folder) => existsSync(join(folder, 'package.json'))),
  };
}

/**
 * The folder the user started the program in. `npx` in a member of an npm workspace runs it from
 * the member's folder (`packages/a`), not from where it was typed (`packages/a/src`), and says where
 * that was in `INIT_CWD`: the paths printed and the paths given (`-C`, `--tests`) are the user's,
 * from there. Taken only when npx ran this program itself (`npm_command` is `exec` and the command it
 * ran, `npm_lifecycle_script`, is `handoff`: not a script of `npm run`, which runs where npm put it,
 * nor a program some other npx-run tool started) and only inside the folder npm chose.
 */
export function startedIn(env: NodeJS.ProcessEnv, cwd: string): string {
  const typedIn = env.INIT_CWD;
  if (env.npm_command !== 'exec' || typedIn === undefined || !isAbsolute(typedIn)) return cwd;
  const ran = env.npm_lifecycle_script
    ?.trim()
    .split(/\s+/)[0]
    ?.replace(/^['"]|['"]$/g, '');
  if (ran !== 'handoff' && !ran?.endsWith('/handoff')) return cwd;
  const inside = relative(cwd, typedIn);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return cwd;
  return existsSync(typedIn) ? typedIn : cwd;
}

/**
 * How a user runs this program again from `cwd`, for the commands we print (`fix: handoff draft …`).
 * `bin` (process.argv[1]) inside a project's node_modules: `npx handoff` within that project, and
 * from a folder outside it `npx --prefix <project> handoff`, which finds the copy where it is (a
 * linked worktree has no node_modules: its hook runs the main checkout's copy, and `npx handoff`
 * there finds nothing). A global install's folder is no project (no package.json beside its
 * node_modules): its bin is on PATH, `handoff`, as anywhere else.
 */
export function invocation(bin: string, cwd: string, isProject: (folder: string) => boolean): string {
  const at = bin.search(/[\\/]node_modules[\\/]/);
  if (at <= 0) return 'handoff';
  const project = bin.slice(0, at);
  const fromProject = relative(project, cwd);
  if (!fromProject.startsWith('..') && !isAbsolute(fromProject)) return 'npx handoff';
  return isProject(project) ? `npx --prefix ${shellWord(project)} handoff` : 'handoff';
}

type Output = CommandContext['stdout'];

/** An output written to its descriptor (`descriptorOutput`). */
export interface DescriptorOutput extends Output {
  /**
   * Whether some of it went to the stream instead. Only then can a write still be in flight when the
   * process exits (node writes pipes asynchronously on macOS): `process.exit` must wait for it.
   */
  readonly streamed: boolean;
}

/** Whether everything written to `output` has reached its descriptor. */
export function allWritten(output: Output): boolean {
  return (output as Partial<DescriptorOutput>).streamed === false;
}

/**
 * A descriptor written with writeSync: no stream is made for the few lines the hook prints, where
 * making process.stdout costs ~1.5 ms and its first write ~0.6 ms on every push (measured; more for
 * a terminal). A descriptor that would block (someone made the pipe non-blocking, and it is full)
 * hands the rest to `stream()`, which waits for the reader, and every later write goes there too, in
 * order. A reader that is gone (EPIPE) drops the rest, as `ignoreClosedPipes` does.
 */
export function descriptorOutput(
  fd: number,
  stream: () => NodeJS.WritableStream & { isTTY?: boolean },
  isatty?: (fd: number) => boolean,
): DescriptorOutput {
  let made: (NodeJS.WritableStream & { isTTY?: boolean }) | undefined;
  const viaStream = () => {
    made ??= stream();
    return made;
  };
  let closed = false;
  return {
    write(text: string): boolean {
      if (made) return made.write(text);
      if (closed) return true;
      const bytes = Buffer.from(text, 'utf8');
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') closed = true;
        else if (code === 'EAGAIN') viaStream().write(bytes.subarray(written));
        else throw error;
      }
      return true;
    },
    // Asked of the descriptor when `isatty` is given: making the stream only to ask would cost what
    // this output saves. (The hook never asks, and its bundle does not load node:tty for it.)
    get isTTY() {
      return made || !isatty ? viaStream().isTTY : isatty(fd);
    },
    get streamed() {
      return made !== undefined;
    },
  };
}

/** Exit codes of the spec: 0 all fresh · 1 stale · 2 bad input or usage · 3 internal error. */
export const EXIT = { ok: 0, stale: 1, input: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A reader that stops early (`handoff check | head -1`, `| grep -q`) closes the pipe: that is not an
 * error of ours. Writes after it are dropped and the command finishes with its own exit code.
 */
export function ignoreClosedPipes(): void {
  guarded(process.stdout);
  guarded(process.stderr);
}

/** The stream, with a closed pipe ignored (`ignoreClosedPipes`). */
function guarded(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  return stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/**
 * A report path or glob given on the command line (`--tests`, `--coverage`), as the project names it:
 * relative to the folder the command runs in, as every other path on a command line (`--input`), so
 * `--tests 'reports/*.xml'` in `src/` is `src/reports/*.xml`. An absolute one is left as it is; the
 * report reader keeps either inside the repository (`report/outside-repo`).
 */
export function reportPathFromHere(
  ctx: Pick<CommandContext, 'cwd'>,
  projectRoot: string,
  path: string,
): string {
  if (isAbsolute(path)) return path;
  const here = relative(projectRoot, resolve(ctx.cwd));
  // Not below the project (a symlinked folder named two ways): as given, from the project's root.
  if (here === '' || here === '..' || here.startsWith(`..${sep}`) || isAbsolute(here)) return path;
  return posix.normalize(`${here.split(sep).join('/')}/${path.replace(/\\/g, '/')}`);
}

/** `--tests` and `--coverage` as given, each `reportPathFromHere`: the options a command passes on. */
export function reportOptionsFromHere(
  ctx: Pick<CommandContext, 'cwd'>,
  projectRoot: string,
  { tests, coverage }: { tests?: string[] | undefined; coverage?: string | undefined },
): { tests?: string[]; coverage?: string } {
  return {
    ...(tests === undefined ? {} : { tests: tests.map((t) => reportPathFromHere(ctx, projectRoot, t)) }),
    ...(coverage === undefined ? {} : { coverage: reportPathFromHere(ctx, projectRoot, coverage) }),
  };
}

/**
 * With `-C`, the project's folder as seen from the folder the program started in ('' without `-C`):
 * paths the project names (a package's, from the package) are shown from there, where the user or
 * agent runs the commands printed.
 */
export function projectFromStart(
  ctx: Pick<CommandContext, 'startedIn' | 'cwd'>,
  projectRoot: string,
): string {
  return ctx.startedIn === undefined ? '' : projectFromHere(ctx, projectRoot);
}

/**
 * The project's folder (or the repository's root) as seen from where the user is: the folder `-C`
 * started in, else the current one ('' when it is that folder). Commands printed for the user to run
 * name their paths from there, or `cd` there first.
 */
export function projectFromHere(ctx: Pick<CommandContext, 'startedIn' | 'cwd'>, projectRoot: string): string {
  return relative(resolve(ctx.startedIn ?? ctx.cwd), projectRoot)
    .split(sep)
    .join('/');
}

/**
 * How the command names its project's paths (`ShownPath`): from where the user is, as
 * `projectFromHere` goes there, the shortest way (`delegation/x.md` in the package the repository
 * calls `packages/a`, `packages/a/delegation/x.md` from the root with `-C packages/a`). A path that
 * names no file is as written.
 */
export function pathsFromHere(
  ctx: Pick<CommandContext, 'startedIn' | 'cwd'>,
  projectRoot: string,
): ShownPath {
  if (relative(resolve(ctx.startedIn ?? ctx.cwd), projectRoot) === '') return asInProject;
  const fromHere = filesFromHere(ctx, projectRoot);
  return (path) => (linkIssue(path) !== undefined ? path : fromHere(path));
}

/**
 * `pathsFromHere` for files the command itself writes or finds on disk (`init`'s, `setup`'s), which
 * are no links: every one of them is named from where the user is, a file in git's own folder
 * (`.git/hooks/pre-push`) or outside the repository (an absolute `core.hooksPath`) too.
 */
export function filesFromHere(ctx: Pick<CommandContext, 'startedIn' | 'cwd'>, root: string): ShownPath {
  const here = resolve(ctx.startedIn ?? ctx.cwd);
  return (path) => relative(here, resolve(root, path)).split(sep).join('/') || '.';
}

/**
 * A command that runs in `folder` (the repository's root: `npx husky`, a fix naming the root's
 * paths) as the user runs it from where they are: with a `cd` there first when that is elsewhere.
 */
export function commandsFromHere(
  ctx: Pick<CommandContext, 'startedIn' | 'cwd'>,
  folder: string,
): (command: string) => string {
  const there = projectFromHere(ctx, folder);
  return there === '' ? (command) => command : (command) => `cd ${shellWord(there)} && ${command}`;
}

/**
 * The program as the commands a command prints run it when `-C` was given: with `-C` to the project
 * the command acts on (`projectRoot`, the one found from `-C`'s folder), named from the folder the
 * program started in as every path it prints (`-C packages/a`, also when an agent hook gave
 * `"$CLAUDE_PROJECT_DIR"/packages/a`), and without `-C` when that is the same folder (`-C packages/a`
 * where packages/a has no registry or config of its own: the root's are acted on, by them too).
 */
export function programOn(
  program: string,
  ctx: Pick<CommandContext, 'startedIn' | 'cwd'>,
  projectRoot: string,
): string {
  const there = projectFromHere(ctx, projectRoot);
  return there === '' ? program : `${program} -C ${shellWord(there)}`;
}

/**
 * An error a command stops on (exit 2) with its files named by `shown`, as every path the command
 * prints (`pathsFromHere`: from where the user is, `packages/a/.agent-context/agent-handoffs.json:4:3`
 * at the root with `-C packages/a`). Standard input is as it is; anything else is passed through.
 */
export function namedFromHere(error: unknown, shown: ShownPath): unknown {
  return error instanceof InputError
    ? error.renamed((file) => (file === STDIN_NAME ? file : shown(file)))
    : error;
}

/** `work` run with the error it stops on named by `shown` (`namedFromHere`). */
export async function namingFilesBy<T>(shown: ShownPath, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw namedFromHere(error, shown);
  }
}
