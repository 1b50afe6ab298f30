/**
 * The program's messages in the terms of its MCP tools. The messages, notes, fixes and next steps
 * are written for the command line (`pass --agent NAME`, `handoff draft --task ID ...`); an MCP
 * client runs no command, it calls a tool. So a flag the answering tool has as an argument is named
 * as that argument (`pass agent=NAME`), and a command a tool of the same name does is written as that
 * tool's call: its name and its arguments as JSON (`draft {"task":"ID","agent":"NAME"}`). A command no
 * tool does, or with a flag the tool has no argument for, is left as written: it is still the way to
 * do it. This is the one place the MCP server's answers are put in its terms.
 */
import { isSlot } from './slots.js';

/** What a tool argument takes: text, a number, a list of texts, or nothing (a switch, true when given). */
export type ArgumentKind = 'text' | 'number' | 'list' | 'switch';

/** A tool's arguments, by name. */
export type ToolArguments = Readonly<Record<string, ArgumentKind>>;

export interface ToolTerms {
  /** The arguments of the tool that answers: a flag the message names is one of these. */
  own: ToolArguments;
  /** Every tool's arguments, by the tool's name: a command the message names is the tool of its name. */
  tools: Readonly<Record<string, ToolArguments>>;
  /**
   * The folder of the server's project as the message's commands name it (`handoff -C <folder> ...`),
   * '' when they name none: a command for another folder is not what the server's tools act on.
   */
  folder: string;
}

/**
 * `message` in the tools' terms (see above). A flag stands after a space, a `(` or at the start;
 * quoted text (in double quotes) and code spans that are no command are left as written, as are paths
 * and URLs. A command is `handoff` (or `npx handoff`, `handoff -C <folder>`), a command's name and its
 * flags, in a code span of its own or where `startsCommand` finds one; a `&& ` before one that
 * becomes a call reads `, then `: the call is no shell command.
 */
export function asToolArguments(message: string, terms: ToolTerms): string {
  let said = '';
  let prose = '';
  // `following`: the text's next character, so a flag whose value is the quoted text after the prose
  // (`pass --agent "<agent name>"`) is read as given one.
  const endProse = (following = '') => {
    const read = proseArguments(prose + following, terms.own);
    said += read.slice(0, read.length - following.length);
    prose = '';
  };
  for (let at = 0; at < message.length; ) {
    const char = message[at];
    const close = char === '`' || char === '"' ? message.indexOf(char, at + 1) : -1;
    if (close !== -1) {
      endProse(char);
      const inner = message.slice(at + 1, close);
      const command = char === '`' ? readCommand(inner, 0, terms, true) : undefined;
      const call = command?.end === inner.length ? toolCall(command, terms) : undefined;
      said += call === undefined ? message.slice(at, close + 1) : `\`${call}\``;
      at = close + 1;
      continue;
    }
    const command = startsCommand(message, at) ? readCommand(message, at, terms, false) : undefined;
    if (command) {
      endProse();
      const call = toolCall(command, terms);
      if (call === undefined) said += message.slice(at, command.end);
      else said = `${said.endsWith(' && ') ? `${said.slice(0, -4)}, then ` : said}${call}`;
      at = command.end;
      continue;
    }
    prose += char;
    at++;
  }
  endProse();
  return said;
}

/**
 * `--agent NAME` -> `agent=NAME`, `--preview` -> `preview`, for `own`'s arguments. The word after a
 * flag is its value unless the sentence goes on there (`--from changes it`, `--remaining states it`:
 * `PROSE_AFTER_FLAG`). A flag named with no value is a noun of the sentence, and an argument's bare
 * name reads as a word of it (`from changes it`, `with next and blockers`): it is named as the
 * argument (`the from argument changes it`, `--decision` -> `the decisions argument`). A switch is
 * named as it is (`run again with force`): given, it is the value itself.
 */
function proseArguments(text: string, own: ToolArguments): string {
  return text.replace(
    /(^|[\s(])--([a-z][a-z0-9-]*)(?![\w/-])( (?=[^\s-]|-\d))?/g,
    (flag, before: string, name: string, space: string | undefined, offset: number) => {
      const argument = argumentNamed(name, own);
      if (argument === undefined) return flag;
      if (own[argument] === 'switch') return `${before}${argument}${space ?? ''}`;
      PROSE_AFTER_FLAG.lastIndex = offset + flag.length;
      if (space !== undefined && !PROSE_AFTER_FLAG.test(text)) return `${before}${argument}=`;
      return `${before}the ${argument} argument${space ?? ''}`;
    },
  );
}

/**
 * The words after a flag's name that carry the sentence on rather than give the flag a value. Sticky,
 * tried where the flag ends: a copy of the rest of the text per flag was quadratic in the flags.
 */
const PROSE_AFTER_FLAG =
  /(?:to|and|or|in|for|out|is|are|can|with|as|at|on|of|the|instead|states|needs|names|counts|says|sets|gives|takes|changes)\b/y;

/**
 * The argument a flag stands for: its name in camel case (`--time-spent`, `timeSpent`), or the list
 * of that name's plural (`--decision`, given once per item, is the list `decisions`).
 */
function argumentNamed(flag: string, args: ToolArguments): string | undefined {
  const name = flag.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  if (Object.hasOwn(args, name)) return name;
  return args[`${name}s`] === 'list' ? `${name}s` : undefined;
}

/** A command as a message names it. */
interface NamedCommand {
  /** Where it ends in the text. */
  end: number;
  /** The command's name (`draft`). */
  name: string;
  /** `-C <folder>`'s folder, '' without one. */
  folder: string;
  flags: { flag: string; value?: string }[];
  /** Whether it has words that are no flag and no flag's value (a tool call has none). */
  positional: boolean;
}

const PROGRAM = /(?:npx (?:--no-install )?)?handoff +/y;
const COMMAND_NAME = /([a-z][a-z-]*)(?=[ ;#)&|\n`]|$)/y;
const FLAG = /--([a-z][a-z0-9-]*)(?=[ ;#)&|\n`]|$)/y;
/** Where a command ends: a shell's separators and comments, the end of a parenthesis or a code span. */
const ENDS_COMMAND = new Set([';', '#', ')', '&', '|', '\n', '`']);
const NUMBER = /^-?\d+(?:\.\d+)?$/;
/** What stands just before a command outside a code span (the text before it, when it is the start). */
const COMMAND_PLACE = /(?:^|\n|&& |, then |: )$/;

/**
 * Whether a command outside a code span may start at `at`: where the fixes put one (at the start,
 * after `&& ` or `, then `: `withInvocation`), at a line's start, or after a colon (`Fix: handoff
 * draft ...`). Elsewhere `handoff` is a word of the prose (`without a handoff check`).
 */
function startsCommand(text: string, at: number): boolean {
  return (
    (text[at] === 'h' || text[at] === 'n') &&
    COMMAND_PLACE.test(text.slice(Math.max(0, at - ', then '.length), at))
  );
}

/**
 * The command that starts at `from`, or undefined. `whole`: the text is a code span, all command;
 * else the command ends before the first word that is no flag and no flag's value (the prose after it).
 */
function readCommand(text: string, from: number, terms: ToolTerms, whole: boolean): NamedCommand | undefined {
  PROGRAM.lastIndex = from;
  const program = PROGRAM.exec(text);
  if (!program) return undefined;
  let at = from + program[0].length;
  let folder = '';
  if (text.startsWith('-C ', at)) {
    const word = readWord(text, skipSpaces(text, at + 3));
    if (word === undefined || word.last) return undefined;
    folder = word.value;
    at = skipSpaces(text, word.end);
  }
  COMMAND_NAME.lastIndex = at;
  const name = COMMAND_NAME.exec(text)?.[1];
  if (name === undefined) return undefined;
  const args = toolArguments(terms, name) ?? {};
  const command: NamedCommand = { end: at + name.length, name, folder, flags: [], positional: false };
  for (;;) {
    const next = skipSpaces(text, command.end);
    if (next >= text.length || ENDS_COMMAND.has(text[next] as string)) break;
    FLAG.lastIndex = next;
    const flag = FLAG.exec(text)?.[1];
    if (flag === undefined) {
      const word = whole ? readWord(text, next) : undefined;
      if (word === undefined) break;
      command.positional = true;
      command.end = word.end;
      continue;
    }
    command.end = next + flag.length + 2;
    const argument = argumentNamed(flag, args);
    const valueAt = skipSpaces(text, command.end);
    const value =
      (argument !== undefined && args[argument] === 'switch') || text[valueAt] === '-'
        ? undefined
        : readWord(text, valueAt);
    if (value === undefined) {
      command.flags.push({ flag });
      continue;
    }
    command.flags.push({ flag, value: value.value });
    command.end = value.end;
    if (value.last) break;
  }
  return command;
}

/**
 * The shell word at `at` (quotes removed), where it ends, and whether a sentence's punctuation right
 * after it (`--agent a.`) ends the command there; undefined when there is none or a quote is not closed.
 */
function readWord(text: string, at: number): { value: string; end: number; last: boolean } | undefined {
  let value = '';
  let end = at;
  let quoted = false;
  while (end < text.length) {
    const char = text[end] as string;
    if (char === "'" || char === '"') {
      let close = end + 1;
      while (close < text.length && text[close] !== char)
        close += char === '"' && text[close] === '\\' ? 2 : 1;
      if (close >= text.length) return undefined;
      const inner = text.slice(end + 1, close);
      value += char === '"' ? inner.replace(/\\([\\"$`])/g, '$1') : inner;
      end = close + 1;
      quoted = true;
    } else if (/\s/.test(char) || ENDS_COMMAND.has(char) || char === '(') {
      break;
    } else {
      value += char;
      end++;
      quoted = false;
    }
  }
  if (end === at) return undefined;
  if (!quoted && /[,.:?!]$/.test(value) && value.length > 1) {
    return { value: value.slice(0, -1), end: end - 1, last: true };
  }
  return { value, end, last: false };
}

/** The arguments of the tool named `name`, if there is one. */
function toolArguments(terms: ToolTerms, name: string): ToolArguments | undefined {
  return Object.hasOwn(terms.tools, name) ? terms.tools[name] : undefined;
}

function skipSpaces(text: string, at: number): number {
  let end = at;
  while (text[end] === ' ') end++;
  return end;
}

/**
 * The tool call a command is (`draft {"task":"ID"}`), or undefined when no tool does it: no tool of
 * its name, another folder's, words that are no flag, or a flag the tool has no argument for. A
 * number argument's slot stands bare (`"progress":<0-100>`), so the call filled in as written gives
 * the number the tool's schema asks for (core/slots.ts); every other value is JSON.
 */
function toolCall(command: NamedCommand, terms: ToolTerms): string | undefined {
  const args = toolArguments(terms, command.name);
  if (args === undefined || command.positional || command.folder !== terms.folder) return undefined;
  const call: Record<string, string | number | boolean | string[]> = {};
  const numberSlots = new Set<string>();
  for (const { flag, value } of command.flags) {
    const name = argumentNamed(flag, args);
    if (name === undefined) return undefined;
    const kind = args[name];
    numberSlots.delete(name);
    if (kind === 'switch') call[name] = true;
    else if (value === undefined) return undefined;
    else if (kind === 'list') call[name] = [...((call[name] as string[] | undefined) ?? []), value];
    else if (kind === 'number' && NUMBER.test(value)) call[name] = Number(value);
    else {
      call[name] = value;
      if (kind === 'number' && isSlot(value)) numberSlots.add(name);
    }
  }
  const members = Object.entries(call).map(
    ([name, value]) => `${JSON.stringify(name)}:${numberSlots.has(name) ? value : JSON.stringify(value)}`,
  );
  return `${command.name} {${members.join(',')}}`;
}
