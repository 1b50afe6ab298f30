/**
 * The two kinds of failure the tool reports. Everything a user can get wrong (a file, a flag, a
 * repository state) is an InputError: exit 2, one line naming the place and the rule, never a stack
 * trace. Anything else that escapes is a bug or an environment failure: exit 3.
 */

export interface SourceLocation {
  /** Path as the user would type it (relative to the repository root when inside it). */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
}

export class InputError extends Error {
  readonly exitCode = 2 as const;
  constructor(
    message: string,
    readonly location: SourceLocation = {},
    /** Short name of the rule that was broken, e.g. `schema/required`, `utf-8`, `path/escapes-repo`. */
    readonly rule?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export class InternalError extends Error {
  readonly exitCode = 3 as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}

/** `file:line:column: message [rule]` — the one format every command prints bad input in. */
export function formatLocated(message: string, location: SourceLocation = {}, rule?: string): string {
  const where = [location.file, location.line, location.column].filter((p) => p !== undefined).join(':');
  return `${where ? `${where}: ` : ''}${message}${rule ? ` [${rule}]` : ''}`;
}

export function formatInputError(error: InputError): string {
  return formatLocated(error.message, error.location, error.rule);
}
