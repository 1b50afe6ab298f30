import { PassThrough } from 'node:stream';
import { readStdinText } from '../../src/adapters/stdin.js';

/** A pipe the writer never closes, holding `chunks`: only an early stop can end the read. */
function openPipe(...chunks: (string | Buffer)[]): PassThrough {
  const pipe = new PassThrough();
  for (const chunk of chunks) pipe.write(chunk);
  return pipe;
}

const within = <T>(promise: Promise<T>, ms = 2000): Promise<T | 'timeout'> =>
  Promise.race([
    promise,
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref()),
  ]);

describe('readStdinText until one JSON object', () => {
  const read = (pipe: PassThrough) =>
    readStdinText(pipe, '(hook event)', undefined, { untilJsonObject: true });

  it('stops at a complete object, in one piece or split inside a string, with a BOM or CRLF', async () => {
    expect(await within(read(openPipe('{"a":1}\n')))).toBe('{"a":1}\n');
    expect(await within(read(openPipe('{"a":"x', ' }y"}')))).toBe('{"a":"x }y"}');
    expect(await within(read(openPipe(Buffer.from([0xef, 0xbb, 0xbf]), '{"a":1}')))).toBe('{"a":1}');
    expect(await within(read(openPipe('{"a":\r\n1}\r\n')))).toBe('{"a":\n1}\n');
  });

  it('keeps reading while the object is not complete, and to the end without the option', async () => {
    expect(await within(read(openPipe('{"a":1')), 300)).toBe('timeout');
    expect(await within(readStdinText(openPipe('{"a":1}'), '(stdin)'), 300)).toBe('timeout');
    const ended = openPipe('{"a":1}');
    ended.end();
    expect(await within(readStdinText(ended, '(stdin)'))).toBe('{"a":1}');
  });
});
