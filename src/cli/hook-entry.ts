/**
 * Entry of `dist/check.cjs`: the check command as one CommonJS file, which the `handoff` bin loads
 * with V8's code cache (code-cache.ts) when git runs the hook stub's command line (`runHook`), and
 * the program (dist/cli.cjs, or dist/cli.js) for every other `handoff check` (`run`).
 */

import type { CheckCommandOptions } from './commands/check.js';
import { run } from './commands/check.js';
import { allWritten, processContext } from './context.js';
import { reportUncaught } from './uncaught.js';

export { run };

/**
 * The check as git's hook runs it: its exit code, and whether the process may exit at once (all of
 * its output reached the descriptors), skipping node's teardown (~2.5 ms of every push, measured).
 */
export async function runHook(options: CheckCommandOptions): Promise<{ code: number; exitNow: boolean }> {
  // The hook prints a few lines to stderr: written to the descriptor, no stream made (context.ts).
  const ctx = processContext({ directOutput: true });
  let code: number;
  try {
    code = await run(options, ctx);
  } catch (error) {
    code = reportUncaught(error, ctx);
  }
  return { code, exitNow: allWritten(ctx.stdout) && allWritten(ctx.stderr) };
}
