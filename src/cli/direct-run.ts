/**
 * The shell around a command run from a plain command line (direct-lines.ts) without commander: what
 * main.ts does around a command it parsed, for the `handoff` bin's direct path (launcher.ts). The
 * same terminal manners (colour for a person, none for JSON), the same exit codes and error report,
 * and the output written straight to the descriptors, as the hook's is (context.ts).
 *
 * Part of each bundle that runs such a line (dist/resume.cjs, dist/status.cjs: scripts/build.mjs), so
 * the launcher, which every push loads, carries none of it.
 */
import { isatty } from 'node:tty';
import { allWritten, type CommandContext, EXIT, processContext } from './context.js';
import type { DirectCommandLine } from './direct-lines.js';
import { commandTerminalOptions, terminalFor } from './terminal-manners.js';
import { reportUncaught } from './uncaught.js';

/** A command module's entry, as each command exports it. */
export type CommandRun = (options: never, ctx: CommandContext) => Promise<number>;

/**
 * Runs the line's command with `run`: its exit code, and whether the process may exit at once (all
 * of its output reached the descriptors), skipping node's teardown as main's callers do.
 */
export async function runDirectLine(
  line: DirectCommandLine,
  run: CommandRun,
): Promise<{ code: number; exitNow: boolean }> {
  const ctx = processContext({ directOutput: true, isatty });
  let code: number = EXIT.internal;
  try {
    const terminal = await terminalFor(
      ctx,
      commandTerminalOptions(line.command, line.options.format, 'normal'),
    );
    try {
      code = await run(line.options as never, terminal.ctx);
    } finally {
      terminal.finish(code === EXIT.ok);
    }
  } catch (error) {
    code = reportUncaught(error, ctx, false, line.options.format === 'json');
  }
  return { code, exitNow: allWritten(ctx.stdout) && allWritten(ctx.stderr) };
}
