/**
 * JSON with positions. `JSON.parse` tells neither where a syntax error is (the message differs between
 * Node versions) nor where a value sits, and every problem the tool reports in a JSON file must name
 * its line and column. So this is a small strict JSON (RFC 8259) parser that records, for every value
 * and every object key, where it starts, addressed by JSON pointer (`/powertest-runner/status`).
 */
import { InputError, type SourceLocation } from './errors.js';

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
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** One segment of a JSON pointer, escaped as RFC 6901 asks (`~` → `~0`, `/` → `~1`). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// A JSON string token: no raw control characters, only the escapes JSON allows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings; this is that rule.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Parses `text` as JSON. Throws InputError `json/syntax` at the line:column of the first error.
 * Duplicate keys keep the last value, as `JSON.parse` does.
 */
export function parseJsonLocated(text: string, file?: string): LocatedJson {
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
    if (depth > 512) fail('nested too deeply');
    const c = text[pos];
    if (c === '{') {
      pos++;
      const object: Record<string, unknown> = {};
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return object;
      }
      for (;;) {
        skipSpace();
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

  return {
    value,
    duplicateKeys: duplicates.map(({ pointer, at }) => ({ pointer, ...offsetToPosition(text, at) })),
    locate(pointer, options = {}) {
      let p = pointer;
      for (;;) {
        const at =
          options.key && p === pointer ? (keyStarts.get(p) ?? valueStarts.get(p)) : valueStarts.get(p);
        if (at !== undefined) return offsetToPosition(text, at);
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
