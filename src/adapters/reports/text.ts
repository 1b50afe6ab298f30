/**
 * Bytes to text for the readers, without ever holding a large report in memory (streams of chunks,
 * or lines) and without guessing silently: a file that is not valid UTF-8 is a ReportReadError at the
 * line and column of the first bad byte, not a test name full of replacement characters.
 */

import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { offsetToPosition } from '../../core/json-location.js';
import { firstInvalidUtf8, Utf8Stream } from '../../core/utf8.js';
import { ReportReadError } from './reader.js';

/** Bytes read for format detection and encoding sniffing. */
export const HEAD_BYTES = 8192;
/**
 * Chunk size for streaming reads: large enough that per-chunk overhead vanishes on a 100 MB file, and
 * small enough that each chunk's text is an ordinary young object. A string over V8's large-object
 * size (~128 KB) is allocated in the old generation and lingers until a full collection: with 256 KB
 * chunks a 102 MB JUnit report peaked at 211 MiB, with 64 KB at 177 MiB, in the same time.
 */
const CHUNK_BYTES = 64 * 1024;

/** The first `bytes` bytes of a file (fewer when the file is shorter). */
export async function readHead(absPath: string, bytes: number = HEAD_BYTES): Promise<Buffer> {
  const handle = await open(absPath, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** 1-based line and column just after `textBefore`, continuing from a known position. */
export function advance(
  from: { line: number; column: number },
  textBefore: string,
): { line: number; column: number } {
  const lastBreak = textBefore.lastIndexOf('\n');
  if (lastBreak < 0) return { line: from.line, column: from.column + textBefore.length };
  const inText = offsetToPosition(textBefore, textBefore.length);
  return { line: from.line + inText.line - 1, column: inText.column };
}

/** Thrown by `decodeChunks` at the first invalid UTF-8 byte; `textBefore` is the decoded text of the chunk before it. */
export class InvalidUtf8 extends Error {
  constructor(
    readonly byte: number,
    readonly textBefore: string,
  ) {
    super(
      `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}); save the report as UTF-8`,
    );
  }
}

/**
 * The encoding to decode a file with: a byte-order mark wins, then (for XML) the encoding the XML
 * declaration names when Node can decode it, else UTF-8.
 */
export function chooseEncoding(head: Uint8Array, xml = false): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (xml) {
    const declaration = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(
      Buffer.from(head.subarray(0, 200)).toString('latin1'),
    );
    const label = declaration?.[1];
    if (label) {
      try {
        return new TextDecoder(label).encoding;
      } catch {
        // An encoding Node cannot decode: read as UTF-8, which reports the first byte it cannot take.
      }
    }
  }
  return 'utf-8';
}

/**
 * The file's bytes, CHUNK_BYTES at a time, read synchronously: a report is read from start to end
 * with nothing else to do meanwhile, and an asynchronous read waits an event-loop turn per chunk
 * (on a 102 MB report, ~150 ms of 2 s idle). Each chunk is a fresh buffer: a reader may keep slices.
 */
function* readChunks(absPath: string): Generator<Buffer> {
  const fd = openSync(absPath, 'r');
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) return;
      yield read === CHUNK_BYTES ? buffer : buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's text, chunk by chunk. UTF-8 is validated as it streams (`Utf8Stream`, InvalidUtf8 at the
 * first bad byte, also where a character cut between two chunks does not go on or the file ends
 * inside one); other encodings decode as declared.
 */
export async function* decodeChunks(absPath: string, encoding = 'utf-8'): AsyncGenerator<string> {
  const utf8 = new TextDecoder(encoding).encoding === 'utf-8';
  const check = new Utf8Stream();
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let first = true;
  for (const bytes of readChunks(absPath)) {
    if (utf8 && !check.cut && isAscii(bytes)) {
      // ASCII is its own UTF-8, and a latin1 read copies it byte for byte into a one-byte string:
      // ~5× faster than the decoder, on what most reports are throughout.
      first = false;
      yield bytes.toString('latin1');
      continue;
    }
    const fault = utf8 ? check.check(bytes, isUtf8) : undefined;
    if (fault) throw new InvalidUtf8(fault.byte, new TextDecoder().decode(fault.before));
    // Made at the first chunk it decodes: U+FEFF is a byte-order mark only at the start of the file.
    decoder ??= new TextDecoder(encoding, { ignoreBOM: !first });
    first = false;
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  const cut = check.end();
  if (cut) throw new InvalidUtf8(cut.byte, '');
  const rest = decoder?.decode() ?? '';
  if (rest) yield rest;
}

/**
 * Calls `onLine` with each line (without its `\n` or `\r\n`) and its 1-based number, streaming.
 * `onLine` returns `'stop'` to end early. Invalid UTF-8 is a ReportReadError at its line and column.
 */
export async function forEachLine(
  absPath: string,
  onLine: (line: string, lineNumber: number) => 'stop' | undefined,
): Promise<void> {
  let lineNumber = 1;
  let partial = '';
  const emit = (line: string): 'stop' | undefined =>
    onLine(line.endsWith('\r') ? line.slice(0, -1) : line, lineNumber++);
  try {
    for await (const text of decodeChunks(absPath)) {
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        const line = partial + text.slice(start, nl);
        partial = '';
        start = nl + 1;
        if (emit(line) === 'stop') return;
      }
      partial += text.slice(start);
    }
  } catch (error) {
    if (error instanceof InvalidUtf8) {
      throw new ReportReadError(
        error.message,
        'utf-8',
        advance({ line: lineNumber, column: 1 }, partial + error.textBefore),
      );
    }
    throw error;
  }
  if (partial) emit(partial);
}

/**
 * A whole (JSON) report as text, for formats that cannot be streamed. Larger than `maxBytes` is a
 * ReportReadError: such a file is not a test report anyone should hold in memory.
 */
export async function readWholeText(absPath: string, maxBytes: number): Promise<string> {
  const { size } = await stat(absPath);
  if (size > maxBytes) {
    throw new ReportReadError(
      `too large to read (${Math.round(size / 1048576)} MiB; at most ${Math.round(maxBytes / 1048576)} MiB for this format)`,
      'report/too-large',
    );
  }
  const bytes = await readFile(absPath);
  if (!isUtf8(bytes)) {
    // A file that ends inside a character is not UTF-8 either (the decoder would make it U+FFFD).
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      const before = new TextDecoder().decode(bytes.subarray(0, bad));
      const error = new InvalidUtf8(bytes[bad] as number, before);
      throw new ReportReadError(error.message, 'utf-8', offsetToPosition(before, before.length));
    }
  }
  // TextDecoder drops a UTF-8 byte-order mark, which JSON.parse would reject.
  return new TextDecoder().decode(bytes);
}
