/**
 * Everything a command touches from the process, passed in rather than reached for, so tests run a
 * command in-process against a temporary repository and read what it printed.
 */
import { clockFrom } from '../adapters/clock.js';

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
}

export function processContext(): CommandContext {
  return {
    cwd: process.cwd(),
    env: process.env,
    // Made on first use: creating process.stdin costs ~4 ms, and most commands never read it.
    get stdin() {
      return process.stdin;
    },
    stdinFd: 0,
    stdout: process.stdout,
    stderr: process.stderr,
    now: clockFrom(process.env),
    program: /[\\/]node_modules[\\/]/.test(process.argv[1] ?? '') ? 'npx handoff' : 'handoff',
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
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}
