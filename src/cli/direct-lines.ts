/**
 * Command lines recognised without commander. The pre-push hook runs on every push and an agent runs
 * `resume` and `status` at the start of every session: loading commander and defining the program
 * costs ~15 ms of each (measured, node's start-up aside), more than those commands' own work. So the
 * `handoff` bin (launcher.ts) sends a plain line of these straight to the command's bundle, and `main`
 * (dist/cli.cjs, dist/cli.js) does the same for the hook's line. Anything unusual (another flag, a
 * global option, a bad choice, --help) goes through commander, which parses it, or explains it.
 */
import type { CheckCommandOptions } from './commands/check.js';

/** The `--format` choices of `handoff check`, the first one the default. */
export const CHECK_FORMATS = ['text', 'json', 'github'] as const;
/** The `--format` choices of `handoff resume`, the first one the default. */
export const RESUME_FORMATS = ['text', 'markdown', 'json'] as const;
/** The `--format` choices of `handoff status`, the first one the default. */
export const STATUS_FORMATS = ['text', 'json'] as const;

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

/** A long option that takes a value: one of `choices` when given, collected when `repeatable`. */
interface ValueOption {
  readonly choices?: readonly string[];
  readonly repeatable?: boolean;
}

/**
 * The commands a plain line runs without commander, with their long options as main.ts defines them
 * for commander (a test holds the two to the same parse). `format` defaults to its first choice.
 */
const DIRECT_COMMANDS = {
  resume: {
    task: {},
    agent: {},
    format: { choices: RESUME_FORMATS },
    tests: { repeatable: true },
    coverage: {},
  },
  status: { format: { choices: STATUS_FORMATS } },
} as const satisfies Record<string, Record<string, ValueOption>>;

export type DirectCommand = keyof typeof DIRECT_COMMANDS;

/** The commands a plain line runs without commander (scripts/build.mjs gives their bundles the shell). */
export const DIRECT_COMMAND_NAMES = Object.keys(DIRECT_COMMANDS) as DirectCommand[];

/** A command line `directCommandLine` recognised: the command and its options, as commander gives them. */
export interface DirectCommandLine {
  command: DirectCommand;
  options: { format: string; [name: string]: string | string[] };
}

/**
 * `resume` or `status` followed only by their own long options, each given once (a repeatable one
 * any number of times) as `--name value` or `--name=value`, with a `--format` among its choices; or
 * undefined for anything else. A value after a space may not start with `-` (commander may read that
 * as the next option), and an option given twice is left to commander, which keeps the last.
 */
export function directCommandLine(argv: readonly string[]): DirectCommandLine | undefined {
  const command = argv[0];
  if (command !== 'resume' && command !== 'status') return undefined;
  const known: Readonly<Record<string, ValueOption>> = DIRECT_COMMANDS[command];
  const options: Record<string, string | string[]> = {};
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i] as string;
    if (!word.startsWith('--')) return undefined;
    const equals = word.indexOf('=');
    const name = word.slice(2, equals === -1 ? undefined : equals);
    const option = Object.hasOwn(known, name) ? known[name] : undefined;
    const value = equals === -1 ? argv[++i] : word.slice(equals + 1);
    if (!option || value === undefined || (equals === -1 && value.startsWith('-'))) return undefined;
    if (option.choices && !option.choices.includes(value)) return undefined;
    const given = options[name];
    if (option.repeatable) options[name] = [...((given as string[] | undefined) ?? []), value];
    else if (given === undefined) options[name] = value;
    else return undefined;
  }
  const formats = (known.format as ValueOption).choices as readonly string[];
  return { command, options: { ...options, format: (options.format as string) ?? formats[0] } };
}
