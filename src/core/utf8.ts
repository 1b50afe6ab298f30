/** UTF-8 validation with the offset of the first bad byte, for messages that name the place. */
import { InputError } from './errors.js';

/**
 * Offset of the first byte that breaks UTF-8 in `bytes`, or -1 when there is none.
 * - `continuation`: up to three leading continuation bytes are accepted: they finish a character
 *   begun in the previous chunk of a stream.
 * - `final: false`: an incomplete character at the very end is accepted (the next chunk finishes it);
 *   with `final` (the default) it is an error at its first byte.
 */
export function firstInvalidUtf8(
  bytes: Uint8Array,
  options: { continuation?: boolean; final?: boolean } = {},
): number {
  const final = options.final ?? true;
  let i = 0;
  if (options.continuation) while (i < 3 && i < bytes.length && ((bytes[i] as number) & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return final ? i : -1;
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * The text of a file a user wrote, from its bytes: a UTF-8 byte-order mark is dropped and CRLF read
 * as LF, so Windows editors never cause a parse error; bytes that are not UTF-8 are an InputError
 * naming the line, the column and the byte. The one decoder for files read from disk or from git.
 */
export function decodeUserText(raw: Uint8Array, file: string): string {
  let bytes = raw;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  let text: string;
  try {
    // The native decoder checks validity fast; the slow scan below runs only to name the bad byte.
    text = strictDecoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    throw new InputError(
      `not valid UTF-8: byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at byte offset ${offset}; save the file as UTF-8`,
      // Columns count characters, as editors do; everything before the offset is valid UTF-8.
      { file, line, column: textDecoder.decode(bytes.subarray(lineStart, offset)).length + 1 },
      'encoding/utf-8',
    );
  }
  return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
}

const textDecoder = new TextDecoder('utf-8');
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
