/**
 * Which of a command's output streams the terminal layer (terminal.ts) colours and which it holds
 * back: decided apart from it, so a command line that needs neither (output to a pipe or a file, as
 * an agent reads it) never loads that layer, whose picocolors makes process.stdout as it loads.
 */
import type { CommandContext } from './context.js';

export type Verbosity = NonNullable<CommandContext['verbosity']>;

type Stream = CommandContext['stdout'];

/**
 * Whether to colour a stream: never with NO_COLOR set to anything but the empty string
 * (no-color.org), always with FORCE_COLOR set to anything but `0`/`false` (the convention of
 * chalk and supports-color), else only on a terminal that is not `TERM=dumb`.
 */
export function colourWanted(env: NodeJS.ProcessEnv, stream: Stream): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export interface TerminalOptions {
  verbosity: Verbosity;
  /**
   * With `--quiet`, whether standard output is only a report of what was done (check, validate,
   * init, …) and is dropped on success, or is what the command is for (resume, status, a JSON
   * report, a completion script) and always printed.
   */
  stdoutIsReport: boolean;
  /** Colour standard output (false for output another program reads: JSON, scripts, drafts). */
  colourStdout: boolean;
}

/**
 * Commands whose standard output only reports what they did: `--quiet` drops it on success. (The
 * demo's output is what it is for: `demo -q` prints it, as `resume -q` prints the brief.)
 */
const REPORT_COMMANDS = new Set(['check', 'validate', 'init', 'merge-registry']);
/** Commands whose standard output a program or a prompt reads (a draft, a script): never coloured. */
const PLAIN_STDOUT_COMMANDS = new Set(['draft', 'completion']);

/** The terminal manners of `command` run with `--format format` (none given: text). */
export function commandTerminalOptions(
  command: string,
  format: string | undefined,
  verbosity: Verbosity,
): TerminalOptions {
  const plainText = format === undefined || format === 'text';
  return {
    verbosity,
    stdoutIsReport: REPORT_COMMANDS.has(command) && plainText,
    colourStdout: !PLAIN_STDOUT_COMMANDS.has(command) && plainText,
  };
}

/** What the terminal layer does to each stream: colour it, hold it back until the command fails. */
export interface StreamManners {
  stdout: { colour: boolean; hold: boolean };
  stderr: { colour: boolean; hold: boolean };
}

/** The manners of `ctx`'s streams under `options`. */
export function streamManners(ctx: CommandContext, options: TerminalOptions): StreamManners {
  const quiet = options.verbosity === 'quiet';
  return {
    stdout: {
      colour: options.colourStdout && colourWanted(ctx.env, ctx.stdout),
      hold: quiet && options.stdoutIsReport,
    },
    stderr: { colour: colourWanted(ctx.env, ctx.stderr), hold: quiet },
  };
}

/** Whether the terminal layer changes anything about the streams. */
function mannersApply({ stdout, stderr }: StreamManners): boolean {
  return stdout.colour || stdout.hold || stderr.colour || stderr.hold;
}

/** `ctx` with its verbosity set: its properties as they are, not `...ctx`, which would read its
 * stdin getter and make the stream (~4 ms) for commands that never read it. */
export function withVerbosity(ctx: CommandContext, verbosity: Verbosity): CommandContext {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx)) as CommandContext;
  copy.verbosity = verbosity;
  return copy;
}

/**
 * The command's context under the terminal manners `options` give it, and `finish`, to call once with
 * whether the command succeeded (terminal.ts's `terminalContext`, loaded only when it changes anything).
 */
export async function terminalFor(
  ctx: CommandContext,
  options: TerminalOptions,
): Promise<{ ctx: CommandContext; finish: (succeeded: boolean) => void }> {
  const manners = streamManners(ctx, options);
  if (!mannersApply(manners)) return { ctx: withVerbosity(ctx, options.verbosity), finish: () => undefined };
  const { terminalContext } = await import('./terminal.js');
  return terminalContext(ctx, options, manners);
}
