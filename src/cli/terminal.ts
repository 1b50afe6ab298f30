/**
 * Terminal manners of the `handoff` program: colour, `--quiet` and `--verbose`. Commands and the
 * core renderers write plain text (the same text tests read, an agent parses and the hook prints);
 * this layer, wrapped around a command's output streams by main.ts and direct-run.ts, highlights it
 * for a person at a terminal and holds back what `--quiet` drops. Which stream gets what is decided in
 * terminal-manners.ts.
 *
 * picocolors reads process.stdout as it loads, which makes the stream (~2 ms): this module is loaded
 * only where a stream is coloured or held (terminal-manners.ts's `terminalFor`), never by the hook.
 */
import { createColors } from 'picocolors';
import type { CommandContext } from './context.js';
import {
  type StreamManners,
  streamManners,
  type TerminalOptions,
  withVerbosity,
} from './terminal-manners.js';

type Colors = ReturnType<typeof createColors>;

type Stream = CommandContext['stdout'];

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
      `${c.bold(lead ?? '')}${/ need (?:a handoff update|an update)\b/.test(rest) ? c.yellow(rest) : c.green(rest)}`,
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

/**
 * The command's context with its streams wrapped, and `finish`, to call once with whether the
 * command succeeded: with `--quiet` what was held back is printed only on failure.
 */
export function terminalContext(
  ctx: CommandContext,
  options: TerminalOptions,
  manners: StreamManners = streamManners(ctx, options),
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
  const wrapped = withVerbosity(ctx, options.verbosity);
  wrapped.stdout = wrap(ctx.stdout, manners.stdout.colour, manners.stdout.hold);
  wrapped.stderr = wrap(ctx.stderr, manners.stderr.colour, manners.stderr.hold);
  return {
    ctx: wrapped,
    finish: (succeeded) => {
      if (!succeeded) for (const { stream, text } of held) stream.write(text);
      held.length = 0;
    },
  };
}
