/**
 * The text of a file a user wrote, from its bytes: a UTF-8 byte-order mark is dropped and CRLF read as
 * LF, so Windows editors never cause a parse error; bytes that are not UTF-8 are an InputError naming
 * the line, the column and the byte (`utf8Error`). The one decoder for files read from disk or git.
 *
 * Node's native check (`isUtf8`, simdutf) needs no TextDecoder: creating one loads and compiles node's
 * encoding module, a cost every `resume` and every cold check paid for a registry and a handoff.
 */
import { isUtf8 } from 'node:buffer';
import { utf8Error } from '../core/utf8.js';

export function decodeUserText(raw: Uint8Array, file: string): string {
  let bytes = raw;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (!isUtf8(bytes)) throw utf8Error(bytes, file);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
}
