/**
 * Reading a whole stdin document (`draft --input -`, a hook's event JSON): bounded in size, checked
 * to be UTF-8, so a runaway pipe or binary input is a one-line error instead of a hang or garbage.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../core/errors.js';

export const STDIN_MAX_BYTES = 1024 * 1024;

/**
 * The whole of stdin, to its end — or, with `untilJsonObject`, up to the first point where what came
 * is one complete JSON object: an agent tool that writes its hook event and keeps the pipe open must
 * not keep the hook waiting (and the agent with it) for an end that never comes. `waitMs` bounds the
 * whole read: past it (a pipe left open with no object, or nothing, on it) the read is an
 * InputError, `stdin/timeout`, and the stream is let go.
 */
export async function readStdinText(
  stream: NodeJS.ReadableStream,
  name: string,
  maxBytes = STDIN_MAX_BYTES,
  { untilJsonObject = false, waitMs }: { untilJsonObject?: boolean; waitMs?: number } = {},
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const pieces = stream[Symbol.asyncIterator]() as AsyncIterator<string | Buffer>;
  const deadline = waitMs === undefined ? undefined : Date.now() + waitMs;
  try {
    for (;;) {
      const next = await nextBefore(pieces, deadline);
      if (next === 'late') {
        // The iterator's return() would wait for the read still pending: the stream is let go here.
        (stream as { destroy?: () => void }).destroy?.();
        throw new InputError(
          `no ${untilJsonObject ? 'complete JSON object' : 'end of input'} on stdin within ${Math.round((waitMs ?? 0) / 1000)} s`,
          { file: name },
          'stdin/timeout',
        );
      }
      if (next.done) break;
      const chunk = next.value;
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes) {
        throw new InputError(`more than ${maxBytes} bytes on stdin`, { file: name }, 'size/too-large');
      }
      chunks.push(buffer);
      if (untilJsonObject && endsAnObject(buffer) && isJsonObject(Buffer.concat(chunks))) break;
    }
  } finally {
    // As `for await` does when left early: the stream is destroyed, so an open pipe holds no process.
    void pieces.return?.();
  }
  let bytes = Buffer.concat(chunks);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (!isUtf8(bytes)) throw new InputError('stdin is not valid UTF-8', { file: name }, 'encoding/utf-8');
  return bytes.toString('utf8').replace(/\r\n/g, '\n');
}

/** The iterator's next piece, or `late` once `deadline` (a Date.now() time) has passed first. */
function nextBefore<T>(
  pieces: AsyncIterator<T>,
  deadline: number | undefined,
): Promise<IteratorResult<T> | 'late'> {
  const next = pieces.next();
  if (deadline === undefined) return next;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([next, late]).finally(() => clearTimeout(timer));
}

/** Whether a chunk's last visible character is `}`: only then can the text so far be a whole object. */
function endsAnObject(chunk: Buffer): boolean {
  for (let i = chunk.length - 1; i >= 0; i--) {
    const byte = chunk[i] as number;
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
    return byte === 0x7d;
  }
  return false;
}

function isJsonObject(bytes: Buffer): boolean {
  try {
    // A byte-order mark is dropped (as below, once reading ends) before the text is parsed.
    const value: unknown = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
