/**
 * The two kinds of failure the tool reports. Everything a user can get wrong (a file, a flag, a
 * repository state) is an InputError: exit 2, one line naming the place and the rule, never a stack
 * trace. Anything else that escapes is a bug or an environment failure: exit 3.
 */
import { shellWord } from './shell.js';

/** The most characters of one user-supplied value (a key, a path, a task id) a message quotes. */
export const MAX_QUOTED_CHARS = 200;
/** The most characters of a whole message: a message is one line a person reads. */
export const MAX_MESSAGE_CHARS = 2000;

/**
 * `text` made safe to print on one line of an error message: control characters (newlines, escape
 * sequences, NUL, raw binary from a corrupt file) are shown as escapes, and anything over `max`
 * characters is cut, saying how much was left out. Every message goes through this (InputError,
 * InternalError, formatLocated), so a 4 MB key name or a terminal escape in a task id never reaches
 * the terminal whole.
 */
export function clipText(text: string, max = MAX_QUOTED_CHARS): string {
  // C0 and C1 controls, DEL, the Unicode line and paragraph separators, and U+FFFD (undecodable bytes).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/g, shownControl);
  // Already cut by an earlier pass (messages are bounded when made and again when printed).
  if (escaped.length <= max || (escaped.length <= max + 40 && CUT_MARK.test(escaped))) return escaped;
  // Never cut a surrogate pair in half.
  let end = max;
  const code = escaped.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${escaped.slice(0, end)}… (${escaped.length - end} more characters)`;
}

/** A control character as text: `\n`, `\r`, `\t`, else `\u001b` and the like. */
function shownControl(c: string): string {
  return (
    { '\n': '\\n', '\r': '\\r', '\t': '\\t' }[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}

/**
 * A page of text for a terminal (a resume brief, a status table) with its control characters shown
 * as `\u001b` and the like, line breaks and tabs kept. What it shows comes from committed files and
 * commits: an escape sequence there (`\u001b]0;…`, `\u001b[2J`) would retitle the window or clear
 * the screen of whoever reads it.
 */
export function withControlsShown(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, shownControl);
}

const CUT_MARK = /\u2026 \(\d+ more characters\)$/;
const LONG_QUOTED = new RegExp(`"([^"]{${MAX_QUOTED_CHARS + 1},})"`, 'g');

/**
 * A message bounded as a whole and in each quoted value: every `"…"` run longer than
 * MAX_QUOTED_CHARS is cut (messages quote what the user wrote), then the whole line is cut at
 * MAX_MESSAGE_CHARS.
 */
export function boundMessage(message: string): string {
  const quotedCut = message.replace(LONG_QUOTED, (_, inner: string) => `"${clipText(inner)}"`);
  return clipText(quotedCut, MAX_MESSAGE_CHARS);
}

export interface SourceLocation {
  /** Path as the user would type it (relative to the repository root when inside it). */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
}

/**
 * What marks an InputError or an InternalError, whichever bundle made it: the `handoff` bin runs some
 * commands from bundles of their own (scripts/build.mjs), each with its own copy of these classes,
 * and an error must still be told by `instanceof` where it is caught.
 */
const INPUT_ERROR = Symbol.for('handoff-guard/InputError');
const INTERNAL_ERROR = Symbol.for('handoff-guard/InternalError');

function branded(value: unknown, brand: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

export class InputError extends Error {
  readonly exitCode = 2 as const;
  readonly [INPUT_ERROR] = true;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value, INPUT_ERROR);
  }
  constructor(
    message: string,
    readonly location: SourceLocation = {},
    /** Short name of the rule that was broken, e.g. `schema/required`, `utf-8`, `path/escapes-repo`. */
    readonly rule?: string,
  ) {
    super(boundMessage(message));
    this.name = 'InputError';
  }

  /**
   * The other problems found with this one in the same file (a config with several): `validate`
   * lists them all; a command stops at the first.
   */
  more: readonly InputError[] = [];

  /** The same problem with its file named `file` (as a package's, or for the reader: `ShownPath`). */
  inFile(file: string): InputError {
    return new InputError(this.message, { ...this.location, file }, this.rule);
  }

  /** This problem and the others it carries (`more`), each file named by `name` (`inFile`). */
  renamed(name: (file: string) => string): InputError {
    const one = (error: InputError) =>
      error.location.file === undefined ? error : error.inFile(name(error.location.file));
    return InputError.first([one(this), ...this.more.map(one)]);
  }

  /** The first of `problems`, carrying the rest (`more`). */
  static first(problems: readonly [InputError, ...InputError[]]): InputError {
    const [first, ...rest] = problems;
    first.more = rest;
    return first;
  }
}

export class InternalError extends Error {
  readonly exitCode = 3 as const;
  readonly [INTERNAL_ERROR] = true;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value, INTERNAL_ERROR);
  }
  constructor(message: string, options?: { cause?: unknown }) {
    super(boundMessage(message), options);
    this.name = 'InternalError';
  }
}

/** `file:line:column: message [rule]` — the one format every command prints bad input in. */
export function formatLocated(message: string, location: SourceLocation = {}, rule?: string): string {
  const file = location.file === undefined ? undefined : clipText(location.file);
  const where = [file, location.line, location.column].filter((p) => p !== undefined).join(':');
  return `${where ? `${where}: ` : ''}${boundMessage(message)}${rule ? ` [${clipText(rule, 100)}]` : ''}`;
}

export function formatInputError(error: InputError): string {
  return formatLocated(error.message, error.location, error.rule);
}

/** Why a command failed, as `--format json` prints it: an agent reads the rule and the place. */
export interface ErrorReport {
  /** `usage`: the command line; `input`: a file, flag or repository state (exit 2); `internal`: a bug (exit 3). */
  kind: 'usage' | 'input' | 'internal';
  message: string;
  rule?: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Bad input as an ErrorReport: its message, rule and place. */
export function inputErrorReport(error: InputError): ErrorReport {
  const { message, rule, location } = error;
  return { kind: 'input', message, ...(rule === undefined ? {} : { rule }), ...location };
}

/** The JSON document of a failed command: `{ "error": {...}, "exitCode": N }`, one line. */
export function renderErrorJson(report: ErrorReport, exitCode: number): string {
  return `${JSON.stringify({ error: report, exitCode })}\n`;
}

/** What each system error code means for a path the user named (a flag, a config value, a link). */
const PATH_PROBLEMS: Record<string, string> = {
  ENAMETOOLONG: 'the path or one of its names is too long for the file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'the path is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ELOOP: 'too many symbolic links (a symlink loop?)',
  EEXIST: 'the path already exists',
};

/**
 * A file system error about a path the user chose (a 300-character task id in a file name, a
 * `--out` that is a file, a read-only folder), as an InputError: it is the user's to fix, so exit 2
 * with the path and the reason, not an internal error. Anything else gives undefined.
 */
export function inputErrorFromSystem(error: unknown): InputError | undefined {
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  const problem = code === undefined ? undefined : PATH_PROBLEMS[code];
  if (problem === undefined || typeof path !== 'string') return undefined;
  // The program's own folder in the git dir, left unwritable by another user's run (a `sudo git
  // push`): nothing in it is needed, and the user would not know the folder is ours.
  const folder = /^(.*[\\/]\.git[\\/](?:.*[\\/])?handoff-guard)(?:[\\/]|$)/.exec(path)?.[1];
  const own =
    folder === undefined
      ? ''
      : `; this is handoff-guard's own folder in the git dir (temporary files and caches, nothing that must be kept), made by another user (a sudo git push?): remove it as that user, e.g. sudo rm -rf ${shellWord(folder)}`;
  return new InputError(
    `cannot ${syscall ?? 'use'} this path: ${problem}${own}`,
    { file: path },
    `fs/${code?.toLowerCase()}`,
  );
}
