/**
 * JSON with positions. `JSON.parse` tells neither where a syntax error is (the message differs between
 * Node versions) nor where a value sits, and every problem the tool reports in a JSON file must name
 * its line and column. So this is a small strict JSON (RFC 8259) parser that records, for every value
 * and every object key, where it starts, addressed by JSON pointer (`/powertest-runner/status`).
 *
 * Positions are only needed when something is wrong, and the pre-push hook reads a registry of
 * hundreds of entries on every push: so valid text goes through the native `JSON.parse` and the
 * positional parser runs only for a syntax error, a duplicate key, or the first `locate` call.
 */
import { InputError, type SourceLocation } from './errors.js';

/** How an error names standard input, read as JSON (`draft --input -`, a hook's event). */
export const STDIN_NAME = '(stdin)';

export interface LocatedJson {
  value: unknown;
  /** Where the value (or the object key, with `key: true`) at `pointer` starts; the nearest ancestor when absent. */
  locate(pointer: string, options?: { key?: boolean }): { line: number; column: number };
  /** Keys written twice in one object (the last value wins), by pointer, with where the repeat is. */
  duplicateKeys: { pointer: string; line: number; column: number }[];
}

interface Position {
  line: number;
  column: number;
}

/** 1-based line and column (in UTF-16 code units) of `offset` in `text`. */
export function offsetToPosition(text: string, offset: number): Position {
  return positionsIn(text)(offset);
}

/**
 * `offsetToPosition` for many offsets into one text: the line starts are found once, then each offset
 * is a binary search. `validate` locates every agent's fields: one scan from the start each was
 * quadratic (32 s for a registry of 10,000 agents).
 */
export function positionsIn(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    const end = Math.min(offset, text.length);
    // The last line start at or before `end`.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= end) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: end - (starts[low] as number) + 1 };
  };
}

/** One segment of a JSON pointer, escaped as RFC 6901 asks (`~` → `~0`, `/` → `~1`). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A JSON pointer as the dotted key a message names: `/freshness/maxAge` -> `freshness.maxAge`. */
export function pointerAsKey(pointer: string): string {
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// A JSON string token: no raw control characters, only the escapes JSON allows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings; this is that rule.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

const MAX_DEPTH = 512;

/** What a comma before a closing `}` or `]` is told (said at the comma, where it is to be removed). */
const TRAILING_COMMA = 'trailing comma: JSON allows none after the last member or item (remove it)';
/** The end of every object key (and of a string value followed by a colon, so it can only overcount). */
const KEY_END = /"\s*:/g;

/**
 * Parses `text` as JSON. Throws InputError `json/syntax` at the line:column of the first error.
 * Duplicate keys keep the last value, as `JSON.parse` does.
 */
export function parseJsonLocated(text: string, file?: string): LocatedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The positional parser finds the same error and says where it is.
    return parseWithPositions(text, file);
  }
  const shape = countKeys(value);
  // A key written twice leaves fewer keys in the value than `"…":` in the text; then, or when the
  // text hides a colon after a string value, or nests too deeply, the positional parser decides.
  if (shape.depth > MAX_DEPTH || (text.match(KEY_END)?.length ?? 0) !== shape.keys) {
    return parseWithPositions(text, file);
  }
  let located: LocatedJson | undefined;
  return {
    value,
    duplicateKeys: [],
    locate(pointer, options) {
      located ??= parseWithPositions(text, file);
      return located.locate(pointer, options);
    },
  };
}

/** Object keys in `value`, all levels, and how deep it nests (as the positional parser counts). */
function countKeys(value: unknown): { keys: number; depth: number } {
  let keys = 0;
  let depth = 0;
  const walk = (node: unknown, level: number): void => {
    if (level > depth) depth = level;
    // Past the limit the answer is known; JSON.parse accepts nesting deep enough to overflow the stack.
    if (level > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, level + 1);
      return;
    }
    for (const key of Object.keys(node)) {
      keys++;
      walk((node as Record<string, unknown>)[key], level + 1);
    }
  };
  walk(value, 0);
  return { keys, depth };
}

/** The positional parser: every value's and key's offset, and the exact place of a syntax error. */
function parseWithPositions(text: string, file: string | undefined): LocatedJson {
  const valueStarts = new Map<string, number>();
  const keyStarts = new Map<string, number>();
  const duplicates: { pointer: string; at: number }[] = [];
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    throw new InputError(`invalid JSON: ${message}`, { file, ...offsetToPosition(text, at) }, 'json/syntax');
  };
  const describe = (at: number): string =>
    at >= text.length ? 'end of file' : `'${String.fromCodePoint(text.codePointAt(at) ?? 0)}'`;
  const skipSpace = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const readString = (): string => {
    STRING.lastIndex = pos;
    const match = STRING.exec(text);
    if (!match) {
      // Find what broke the string so the column points at it, not at the opening quote.
      let i = pos + 1;
      while (i < text.length && text[i] !== '"') {
        const c = text.charCodeAt(i);
        if (c < 0x20) fail('control character inside a string (escape it)', i);
        if (text[i] === '\\') {
          if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) fail('invalid escape', i);
          i += text[i + 1] === 'u' ? 6 : 2;
        } else i++;
      }
      fail('unterminated string', pos);
    }
    pos += (match as RegExpExecArray)[0].length;
    return JSON.parse((match as RegExpExecArray)[0]) as string;
  };
  const expectWord = (word: string, value: unknown): unknown => {
    if (text.startsWith(word, pos)) {
      pos += word.length;
      return value;
    }
    return fail(`unexpected ${describe(pos)}`);
  };

  const readValue = (pointer: string, depth: number): unknown => {
    skipSpace();
    valueStarts.set(pointer, pos);
    if (depth > MAX_DEPTH) fail('nested too deeply');
    const c = text[pos];
    if (c === '{') {
      pos++;
      const object: Record<string, unknown> = {};
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return object;
      }
      /** Where the last comma was: a `}` after it is a trailing comma, said at the comma. */
      let commaAt = -1;
      for (;;) {
        skipSpace();
        if (text[pos] === '}' && commaAt !== -1) fail(TRAILING_COMMA, commaAt);
        if (text[pos] !== '"') fail(`expected a quoted key, found ${describe(pos)}`);
        const keyAt = pos;
        const key = readString();
        const child = `${pointer}/${pointerSegment(key)}`;
        if (Object.hasOwn(object, key)) duplicates.push({ pointer: child, at: keyAt });
        keyStarts.set(child, keyAt);
        skipSpace();
        if (text[pos] !== ':') fail(`expected ':' after key "${key}", found ${describe(pos)}`);
        pos++;
        // defineProperty, not assignment: a key named `__proto__` must stay data.
        Object.defineProperty(object, key, {
          value: readValue(child, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        skipSpace();
        if (text[pos] === ',') {
          commaAt = pos;
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return object;
        }
        fail(`expected ',' or '}', found ${describe(pos)}`);
      }
    }
    if (c === '[') {
      pos++;
      const array: unknown[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return array;
      }
      for (;;) {
        if (array.length > 0) {
          // After a comma: a `]` there is a trailing comma, said at the comma.
          const commaAt = pos - 1;
          skipSpace();
          if (text[pos] === ']') fail(TRAILING_COMMA, commaAt);
        }
        array.push(readValue(`${pointer}/${array.length}`, depth + 1));
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return array;
        }
        fail(`expected ',' or ']', found ${describe(pos)}`);
      }
    }
    if (c === '"') return readString();
    if (c === 't') return expectWord('true', true);
    if (c === 'f') return expectWord('false', false);
    if (c === 'n') return expectWord('null', null);
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number) {
      pos += number[0].length;
      return Number(number[0]);
    }
    return fail(`unexpected ${describe(pos)}`);
  };

  if (text.trim() === '') fail('the file is empty', 0);
  const value = readValue('', 0);
  skipSpace();
  if (pos < text.length) fail(`unexpected ${describe(pos)} after the end of the JSON value`);

  const positionOf = positionsIn(text);
  return {
    value,
    duplicateKeys: duplicates.map(({ pointer, at }) => ({ pointer, ...positionOf(at) })),
    locate(pointer, options = {}) {
      let p = pointer;
      for (;;) {
        const at =
          options.key && p === pointer ? (keyStarts.get(p) ?? valueStarts.get(p)) : valueStarts.get(p);
        if (at !== undefined) return positionOf(at);
        if (p === '') return { line: 1, column: 1 };
        p = p.slice(0, p.lastIndexOf('/'));
      }
    },
  };
}

/** A location for `pointer` in `json`, naming `file`. */
export function locationOf(
  json: LocatedJson,
  file: string | undefined,
  pointer: string,
  options?: { key?: boolean },
): SourceLocation {
  return { file, ...json.locate(pointer, options) };
}

/** Whether a parsed JSON value is an object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key a JSON object writes twice (`LocatedJson.duplicateKeys`): JSON.parse keeps only the last. */
export function duplicateKeyError(
  duplicate: { pointer: string; line: number; column: number },
  file: string | undefined,
): InputError {
  return new InputError(
    `key "${pointerAsKey(duplicate.pointer)}" is written twice; the first one would be lost`,
    { file, line: duplicate.line, column: duplicate.column },
    'json/duplicate-key',
  );
}
