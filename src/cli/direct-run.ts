/**
 * The shell around a command run from a plain command line (direct-lines.ts) without commander: what
 * main.ts does around a command it parsed, for the `handoff` bin's direct path (launcher.ts). The
 * same terminal manners (colour for a person, none for JSON), the same exit codes and error report,
 * and the output written straight to the descriptors, as the hook's is (context.ts).
 *
 * Part of each bundle that runs such a line (dist/resume.cjs, dist/status.cjs: scripts/build.mjs), so
 * the launcher, which every push loads, carries none of it.
 */
import { isTerminal } from '../adapters/builtins.js';
import { type CommandContext, EXIT } from './context.js';
import type { DirectCommandLine } from './direct-lines.js';
import { commandTerminalOptions, terminalFor } from './terminal-manners.js';
import { runOnDescriptors } from './uncaught.js';

/** A command module's entry, as each command exports it. */
export type CommandRun = (options: never, ctx: CommandContext) => Promise<number>;

/** Runs the line's command with `run`: its exit code, and whether the process may exit at once. */
export function runDirectLine(
  line: DirectCommandLine,
  run: CommandRun,
): Promise<{ code: number; exitNow: boolean }> {
  const json = line.options.format === 'json';
  return runOnDescriptors(
    async (ctx) => {
      const terminal = await terminalFor(
        ctx,
        commandTerminalOptions(line.command, line.options.format, 'normal'),
      );
      let code: number = EXIT.internal;
      try {
        code = await run(line.options as never, terminal.ctx);
        return code;
      } finally {
        terminal.finish(code === EXIT.ok);
      }
    },
    { isatty: isTerminal, json },
  );
}
