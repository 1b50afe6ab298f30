/**
 * Reading a whole stdin document (`draft --input -`, a hook's event JSON): bounded in size, checked
 * to be UTF-8, so a runaway pipe or binary input is a one-line error instead of a hang or garbage.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../core/errors.js';

export const STDIN_MAX_BYTES = 1024 * 1024;

export async function readStdinText(
  stream: NodeJS.ReadableStream,
  name: string,
  maxBytes = STDIN_MAX_BYTES,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) {
      throw new InputError(`more than ${maxBytes} bytes on stdin`, { file: name }, 'size/too-large');
    }
    chunks.push(buffer);
  }
  let bytes = Buffer.concat(chunks);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (!isUtf8(bytes)) throw new InputError('stdin is not valid UTF-8', { file: name }, 'encoding/utf-8');
  return bytes.toString('utf8').replace(/\r\n/g, '\n');
}
