/**
 * Entry of `dist/check.cjs`: the check command as one CommonJS file, which the `handoff` bin loads
 * with V8's code cache (code-cache.ts) when git runs the hook stub's command line (`runHook`), and
 * the program (dist/cli.cjs, or dist/cli.js) for every other `handoff check` (`run`).
 */

import type { CheckCommandOptions } from './commands/check.js';
import { run } from './commands/check.js';
import { runOnDescriptors } from './uncaught.js';

export { run };

/**
 * The check as git's hook runs it: its exit code, and whether the process may exit at once. The hook
 * prints a few lines to stderr: written to the descriptor, no stream made (context.ts).
 */
export function runHook(options: CheckCommandOptions): Promise<{ code: number; exitNow: boolean }> {
  return runOnDescriptors((ctx) => run(options, ctx));
}
