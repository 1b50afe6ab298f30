/**
 * Terminal manners of the `handoff` program: colour, `--quiet` and `--verbose`. Commands and the
 * core renderers write plain text (the same text tests read, an agent parses and the hook prints);
 * this layer, wrapped around a command's output streams by main.ts, highlights it for a person at a
 * terminal and holds back what `--quiet` drops.
 *
 * Loaded only on commander's path, never by the pre-push hook's fast path (main.ts sends that
 * straight to dist/check.js), so picocolors costs the hook nothing.
 */
import { createColors } from 'picocolors';
import type { CommandContext } from './context.js';

type Colors = ReturnType<typeof createColors>;

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

/** How each kind of line is highlighted: the first rule whose pattern matches, with its groups. */
const LINE_STYLES: { pattern: RegExp; style: (c: Colors, g: string[]) => string }[] = [
  { pattern: /^(!!! .*|handoff: internal error.*)$/, style: (c, [line]) => c.bold(c.red(line ?? '')) },
  { pattern: /^(\u2717 .*|.*: CONFLICT: .*)$/, style: (c, [line]) => c.red(line ?? '') },
  { pattern: /^(\u2713 .*)$/, style: (c, [line]) => c.green(line ?? '') },
  { pattern: /^(\s+fix: )(.*)$/, style: (c, [lead, fix]) => `${lead}${c.cyan(fix ?? '')}` },
  { pattern: /^((?:note|hint): .*)$/, style: (c, [line]) => c.dim(line ?? '') },
  { pattern: /^((?:warning: |handoff: warning).*)$/, style: (c, [line]) => c.yellow(line ?? '') },
  {
    pattern: /^(handoff check: )(.*)$/,
    style: (c, [lead, rest = '']) =>
      `${c.bold(lead ?? '')}${/need a handoff update/.test(rest) ? c.yellow(rest) : c.green(rest)}`,
  },
  {
    pattern: /^(created|installed|added|added to|set) (.*)$/,
    style: (c, [verb, rest]) => `${c.green(verb ?? '')} ${rest}`,
  },
  { pattern: /^(exists {2}.*)$/, style: (c, [line]) => c.dim(line ?? '') },
  // `file:line:column: message [rule]`, the one format of bad input, alone or after `handoff: `.
  {
    pattern: /^(handoff: )?(\S+?:\d+(?::\d+)?: )(.*?)( \[[\w/.-]+\])?$/,
    style: (c, [lead, where, message, rule]) =>
      `${lead ? c.red(lead) : ''}${c.bold(where ?? '')}${message}${rule ? c.dim(rule) : ''}`,
  },
  { pattern: /^(handoff: .*)$/, style: (c, [line]) => c.red(line ?? '') },
];

/** One line of the program's output, highlighted by what kind of line it is. */
export function styleLine(line: string, c: Colors): string {
  if (line === '') return line;
  for (const { pattern, style } of LINE_STYLES) {
    const match = pattern.exec(line);
    if (match) return style(c, match.slice(1) as string[]);
  }
  return line;
}

/** Text with every line styled; the line breaks stay where they were. */
export function styleText(text: string, c: Colors): string {
  return text
    .split('\n')
    .map((line) => styleLine(line, c))
    .join('\n');
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
 * The command's context with its streams wrapped, and `finish`, to call once with whether the
 * command succeeded: with `--quiet` what was held back is printed only on failure.
 */
export function terminalContext(
  ctx: CommandContext,
  options: TerminalOptions,
): { ctx: CommandContext; finish: (succeeded: boolean) => void } {
  const held: { stream: Stream; text: string }[] = [];
  const wrap = (stream: Stream, colour: boolean, hold: boolean): Stream => {
    if (!colour && !hold) return stream;
    const colours = createColors(colour);
    return {
      isTTY: stream.isTTY,
      write: (text: string) => {
        const out = colour ? styleText(text, colours) : text;
        if (hold) held.push({ stream, text: out });
        else stream.write(out);
        return true;
      },
    };
  };
  const quiet = options.verbosity === 'quiet';
  // ctx's properties as they are, not `...ctx`: that would read its stdin getter, and make the
  // stream (~4 ms) for commands that never read it.
  const wrapped = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx)) as CommandContext;
  wrapped.verbosity = options.verbosity;
  wrapped.stdout = wrap(
    ctx.stdout,
    options.colourStdout && colourWanted(ctx.env, ctx.stdout),
    quiet && options.stdoutIsReport,
  );
  wrapped.stderr = wrap(ctx.stderr, colourWanted(ctx.env, ctx.stderr), quiet);
  return {
    ctx: wrapped,
    finish: (succeeded) => {
      if (!succeeded) for (const { stream, text } of held) stream.write(text);
      held.length = 0;
    },
  };
}
