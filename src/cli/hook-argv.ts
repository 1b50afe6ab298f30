/**
 * The hook stub's command line, recognised without commander: the pre-push hook runs on every push
 * and must start about as fast as node itself, so the exact line the stub passes
 * (`check --hook pre-push [--] [remote [url]]`) goes straight to the check command. Both entries
 * ask this one function: the `handoff` bin (launcher.ts) and `main` (dist/cli.cjs, dist/cli.js).
 */
import type { CheckCommandOptions } from './commands/check.js';

/** The `--format` choices of `handoff check`, the first one the default. */
export const CHECK_FORMATS = ['text', 'json', 'github'] as const;

/**
 * The options of `check --hook pre-push [--] [remote [url]]`, the hook stub's command line, or
 * undefined for anything else (another flag, an option-like argument, a third argument): those
 * go through commander.
 */
export function prePushHookOptions(argv: readonly string[]): CheckCommandOptions | undefined {
  if (argv[0] !== 'check' || argv[1] !== '--hook' || argv[2] !== 'pre-push') return undefined;
  const rest = argv[3] === '--' ? argv.slice(4) : argv.slice(3);
  if (rest.length > 2 || rest.some((arg) => arg.startsWith('-'))) return undefined;
  return { hook: 'pre-push', format: CHECK_FORMATS[0], hookArgs: [...rest] };
}
