/**
 * Entry of `dist/check.cjs`: the check command as one CommonJS file, which the `handoff` bin loads
 * with V8's code cache (code-cache.ts) when git runs the hook stub's command line (`runHook`), and
 * the program (dist/cli.cjs, or dist/cli.js) for every other `handoff check` (`run`).
 */

import type { CheckCommandOptions } from './commands/check.js';
import { run } from './commands/check.js';
import { processContext } from './context.js';
import { reportUncaught } from './uncaught.js';

export { run };

export async function runHook(options: CheckCommandOptions): Promise<number> {
  // The hook prints a few lines to stderr: written to the descriptor, no stream made (context.ts).
  const ctx = processContext({ directOutput: true });
  try {
    return await run(options, ctx);
  } catch (error) {
    return reportUncaught(error, ctx);
  }
}
