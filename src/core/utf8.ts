/** UTF-8 validation with the offset of the first bad byte, for messages that name the place. */
import { InputError } from './errors.js';

/**
 * Offset of the first byte that breaks UTF-8 in `bytes`, or -1 when there is none: the first byte of
 * a sequence that is not a character (a stray continuation byte, an overlong form, a UTF-16
 * surrogate, a code point past U+10FFFF, a lead byte not followed by enough continuation bytes).
 * - `final: false`: the start of a character at the very end is accepted (the next chunk of a stream
 *   may finish it), if it can still become one; with `final` (the default) it is an error.
 */
export function firstInvalidUtf8(bytes: Uint8Array, options: { final?: boolean } = {}): number {
  const final = options.final ?? true;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = continuationsAfter(b);
    if (need === 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return final ? i : -1;
      const c = bytes[i + k] as number;
      if (k === 1 ? !secondByteFits(b, c) : (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** How many continuation bytes a character led by byte `b` (0x80 or above) has: 0 when `b` leads none. */
function continuationsAfter(b: number): number {
  return b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
}

/**
 * Whether `c` may follow the lead byte `b` (the Unicode Standard's table of well-formed UTF-8): the
 * ranges after E0, ED, F0 and F4 leave out overlong forms, surrogates and code points past U+10FFFF,
 * so a sequence is known bad at its second byte, and the start of one cut at a chunk's end is known good.
 */
function secondByteFits(b: number, c: number): boolean {
  if (b === 0xe0) return c >= 0xa0 && c <= 0xbf;
  if (b === 0xed) return c >= 0x80 && c <= 0x9f;
  if (b === 0xf0) return c >= 0x90 && c <= 0xbf;
  if (b === 0xf4) return c >= 0x80 && c <= 0x8f;
  return (c & 0xc0) === 0x80;
}

/** Where a stream stopped being UTF-8: the byte, and its offset in the chunk checked (see `Utf8Stream`). */
export interface Utf8Fault {
  byte: number;
  /**
   * Offset in the chunk; negative for a byte of the chunk before it that began a character this one
   * does not finish (-2: the second-last byte of that chunk), and at the end, of the last chunk.
   */
  offset: number;
  /**
   * The bytes from where the text read so far stops up to the fault: the rest of a character the
   * chunk before began (held back, not yet read as text) and this chunk's bytes before the fault.
   * Empty when the fault is in those held bytes.
   */
  before: Uint8Array;
}

/**
 * UTF-8 checked chunk by chunk, as a stream arrives: the first bytes of a character that a chunk cuts
 * in two are held and checked with the next chunk, and a stream that ends inside a character is
 * faulted at its first byte. Chunks that are whole UTF-8 (nearly all) take one native check.
 */
export class Utf8Stream {
  private held: Uint8Array = NOTHING;

  /** Whether a character is cut at the end of the chunks so far (`check` then needs the next one). */
  get cut(): boolean {
    return this.held.length > 0;
  }

  /** The first fault in `chunk`, continuing the chunks before it; undefined when there is none. */
  check(chunk: Uint8Array, isUtf8: (bytes: Uint8Array) => boolean): Utf8Fault | undefined {
    if (this.held.length === 0 && isUtf8(chunk)) return undefined;
    const joined = this.held.length === 0 ? chunk : concat(this.held, chunk);
    const bad = firstInvalidUtf8(joined, { final: false });
    if (bad >= 0) {
      const offset = bad - this.held.length;
      return { byte: joined[bad] as number, offset, before: offset < 0 ? NOTHING : joined.subarray(0, bad) };
    }
    this.held = heldAtEnd(joined);
    return undefined;
  }

  /** The fault of a stream that ended inside a character, if it did. */
  end(): Utf8Fault | undefined {
    if (this.held.length === 0) return undefined;
    return { byte: this.held[0] as number, offset: -this.held.length, before: NOTHING };
  }
}

const NOTHING = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** The start of a character at the end of valid UTF-8 `bytes` that they do not finish (a copy), or none. */
function heldAtEnd(bytes: Uint8Array): Uint8Array {
  let i = bytes.length - 1;
  while (i > 0 && i > bytes.length - 4 && ((bytes[i] as number) & 0xc0) === 0x80) i--;
  const lead = bytes[i] as number;
  return i >= 0 && bytes.length - i < continuationsAfter(lead) + 1 ? bytes.slice(i) : NOTHING;
}

/**
 * The error for `bytes` that are not UTF-8 (`isUtf8` said so): the line and column of the first bad
 * byte and the rule. Columns count characters, as editors do; everything before it is valid UTF-8.
 */
export function utf8Error(bytes: Uint8Array, file: string): InputError {
  const offset = firstInvalidUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return new InputError(
    `not valid UTF-8: byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at byte offset ${offset}; save the file as UTF-8`,
    { file, line, column: new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1 },
    'encoding/utf-8',
  );
}
