/** Command lines the tool prints for a person or an agent to run in a POSIX shell. */

/**
 * `text` as one word of a POSIX shell command: as it is when it holds only characters no shell
 * reads specially, else in single quotes (a `'` inside written `'\''`), so a path with a space, a
 * `$(…)` or a `;` is passed as it is and never run.
 */
export function shellWord(text: string): string {
  if (/^[A-Za-z0-9._/@%+=:,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command that commits exactly `paths` (whatever else is staged stays staged, not committed),
 * with `message`: the fix for a handoff written and not committed yet.
 */
export function commitPathsCommand(paths: readonly string[], message: string): string {
  const words = paths.map(shellWord).join(' ');
  return `git add -- ${words} && git commit -m ${shellWord(message)} -- ${words}`;
}

/**
 * How a fix gives an agent its own way beside the steps for a person (`fill in … (an agent without
 * a terminal: handoff draft … --next "<next step>", then commit)`): draft's flags, which answer what
 * draft would ask at a terminal.
 */
export const FOR_AN_AGENT = 'an agent without a terminal:';

/**
 * Where a check's fix runs handoff: at its start, after `&& ` (`git switch b && handoff draft …`),
 * after `, then ` (`make … a file …, then handoff draft …`) or after FOR_AN_AGENT, the only places
 * the fixes put it.
 */
const HANDOFF_IN_FIX = new RegExp(`(^|&& |, then |${FOR_AN_AGENT} )handoff `, 'g');

/**
 * A check's fix with each run of handoff in it written `invocation` instead: `npx handoff` for a
 * local install, `handoff -C pkg` for a monorepo package. The fixes are made as `handoff …` by the
 * core; this is the one place they are rewritten for where and how they are run.
 */
export function withInvocation(fix: string, invocation: string): string {
  return fix.replace(HANDOFF_IN_FIX, (match: string, before: string, offset: number) =>
    quotedAt(fix, offset) ? match : `${before}${invocation} `,
  );
}

/** A fix run on a monorepo package from where its `folder` is named: handoff's runs in it take `-C`. */
export function onPackage(fix: string, folder: string): string {
  return withInvocation(fix, `handoff -C ${shellWord(folder)}`);
}

/** Where prose names a command: `handoff ` right after a backtick (`` `handoff validate` lists each ``). */
const HANDOFF_IN_PROSE = /`handoff (?=[a-z])/g;

/**
 * A message, note or warning with each command it names in backticks written `invocation` instead,
 * as the fixes are (`withInvocation`): an agent that runs the named command as printed runs the copy
 * the project installed.
 */
export function proseWithInvocation(text: string, invocation: string): string {
  return invocation === 'handoff' ? text : text.replace(HANDOFF_IN_PROSE, () => `\`${invocation} `);
}

/** Whether the shell reads `text` at `end` inside single quotes (as `shellWord` writes them). */
function quotedAt(text: string, end: number): boolean {
  let quoted = false;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (quoted) quoted = c !== "'";
    else if (c === '\\') i++;
    else if (c === "'") quoted = true;
  }
  return quoted;
}

/** A piece of a fix: words to read, or a command to run as it is. */
export interface FixSegment {
  text: string;
  command: boolean;
}

/** What a fix that is a command starts with (as `withInvocation` may have written it). */
const STARTS_COMMAND = /^(?:npx |handoff |git )/;
/** Where a command starts inside a fix in words: after `, then ` or FOR_AN_AGENT. */
const COMMAND_AFTER = [', then ', `${FOR_AN_AGENT} `];
/** What a command inside words is: a run of handoff. */
const IS_COMMAND = /^(?:npx |handoff )/;

/**
 * A fix cut into its words and its commands, for a renderer that shows commands as code: a fix that
 * is a command (`handoff draft …`, `git add … && git commit …`) is one; a fix in words (`fill in …,
 * then commit it (an agent without a terminal: handoff draft …, then commit)`) has its runs of
 * handoff, each to the next `, then ` or the parenthesis it closes, as commands.
 */
export function fixSegments(fix: string): FixSegment[] {
  if (STARTS_COMMAND.test(fix)) return [{ text: fix, command: true }];
  const segments: FixSegment[] = [];
  let from = 0;
  for (;;) {
    const start = commandStart(fix, from);
    if (start === undefined) break;
    const end = commandEnd(fix, start);
    segments.push(
      { text: fix.slice(from, start), command: false },
      { text: fix.slice(start, end), command: true },
    );
    from = end;
  }
  if (from < fix.length) segments.push({ text: fix.slice(from), command: false });
  return segments.filter((segment) => segment.text !== '');
}

/** The first run of handoff in a fix's words at or after `from`. */
function commandStart(fix: string, from: number): number | undefined {
  let first: number | undefined;
  for (const before of COMMAND_AFTER) {
    for (let at = fix.indexOf(before, from); at !== -1; at = fix.indexOf(before, at + 1)) {
      const start = at + before.length;
      if (IS_COMMAND.test(fix.slice(start, start + 12)) && !quotedAt(fix, start)) {
        if (first === undefined || start < first) first = start;
        break;
      }
    }
  }
  return first;
}

/** Where the command at `start` ends: at the next `, then ` outside quotes, else before a closing `)`. */
function commandEnd(fix: string, start: number): number {
  for (let at = fix.indexOf(', then ', start); at !== -1; at = fix.indexOf(', then ', at + 1)) {
    if (!quotedAt(fix, at)) return at;
  }
  return fix.endsWith(')') && fix.lastIndexOf('(', start) !== -1 ? fix.length - 1 : fix.length;
}

/** Whether a fix runs handoff anywhere (not only at its start). */
export function runsHandoff(fix: string): boolean {
  return withInvocation(fix, '\0') !== fix;
}
