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
  const read = (pipe: PassThrough, waitMs?: number) =>
    readStdinText(pipe, '(hook event)', undefined, {
      untilJsonObject: true,
      ...(waitMs === undefined ? {} : { waitMs }),
    });

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

  it('gives up after waitMs on a pipe left open with no object, and lets the stream go', async () => {
    for (const pipe of [openPipe(), openPipe('{"a":1')]) {
      const started = Date.now();
      const error = await readStdinText(pipe, '(hook event)', undefined, {
        untilJsonObject: true,
        waitMs: 150,
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ rule: 'stdin/timeout', location: { file: '(hook event)' } });
      expect(String((error as Error).message)).toContain('no complete JSON object on stdin within');
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      await new Promise((resolve) => setImmediate(resolve));
      expect(pipe.destroyed).toBe(true);
    }
    // An object that comes in time is read as before.
    const late = openPipe('{"a":');
    setTimeout(() => late.write('1}'), 20);
    expect(await read(late, 2000)).toBe('{"a":1}');
  });
});
