/**
 * `LogRecords` cuts `git log`'s output into records as it arrives. What it hands out must not depend
 * on where the chunks end; the record still arriving must be handed out as soon as each of its names
 * has ended (a path-limited walk stops on it, or git walks on to the root), and each name only once
 * (handed out whole at every chunk, a commit that vendors 300,000 files took `resume` 15 s).
 */
import { describe, expect, it } from '@jest/globals';
import { LogRecords, namesIn } from '../../src/adapters/log-records.js';
import { seededRandom } from '../helpers/random.js';

const MARK = '\x1eab12cd';

/** Every record `text` holds, fed to LogRecords in the given chunk sizes (cycled). */
function recordsOf(text: string, sizes: readonly number[]): string[] {
  const records = new LogRecords(MARK);
  const out: string[] = [];
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length] as number;
    out.push(...records.push(text.slice(at, at + size)));
    at += size;
  }
  out.push(...records.end());
  return out;
}

describe('LogRecords', () => {
  it('gives the records text.split gives, wherever the chunks end (a marker cut in two included)', () => {
    const next = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const parts: string[] = [];
      const count = Math.floor(next() * 6);
      for (let i = 0; i < count; i++) {
        const length = Math.floor(next() * 40);
        // Text with NULs, newlines and pieces of the marker (its first byte, a prefix) but never all of it.
        let body = '';
        for (let j = 0; j < length; j++)
          body += ['a', '\0', '\n', '\x1e', '\x1eab', 'z'][Math.floor(next() * 6)];
        parts.push(`${MARK}${body}`);
      }
      const text = parts.join('');
      const expected = text
        .split(MARK)
        .slice(1)
        .filter((record) => record !== '');
      for (const sizes of [[1], [2], [3, 1], [MARK.length - 1], [MARK.length], [5, 11, 2], [1000]]) {
        expect([text, sizes, recordsOf(text, sizes)]).toEqual([text, sizes, expected]);
      }
    }
  });

  it('hands out each name of the record still arriving once, as soon as it has ended, with the same fields', () => {
    const records = new LogRecords(MARK);
    const fields = 'abc123 1700000000 def456';
    const names = Array.from({ length: 60_000 }, (_, i) => `vendor/pkg${i % 97}/file-${i}.js\0`).join('');
    // git writes a newline between the fields' NUL and the names.
    const whole = `${MARK}${fields}\0\n${names}`;
    let handed = '';
    let head: string | undefined;
    for (let at = 0, size = 1; at < whole.length; at += size, size = (size * 7) % 5000 || 1) {
      expect(records.push(whole.slice(at, at + size))).toEqual([]);
      const newest = records.growing();
      if (newest !== undefined) {
        head ??= newest.head;
        expect(newest.head).toBe(head);
        expect(newest.names.endsWith('\0')).toBe(true);
        handed += newest.names;
      }
      // Every name that has ended is out: none waits for the record's end or for it to grow.
      const arrived = whole.slice(0, at + size);
      const ended = arrived.slice(arrived.indexOf('\n') + 1, arrived.lastIndexOf('\0') + 1);
      if (arrived.includes('\n')) expect(handed.length).toBe(ended.length);
    }
    expect(head).toBe(fields);
    expect(handed).toBe(names);
    expect(namesIn(handed)).toHaveLength(60_000);
    expect(records.end()).toEqual([whole.slice(MARK.length)]);
  });

  it('hands out the next record at once after one is complete, and nothing before a NUL has come', () => {
    const records = new LogRecords(MARK);
    expect(records.push(`${MARK}fir`)).toEqual([]);
    expect(records.growing()).toBeUndefined();
    expect(records.push('st\0a\0')).toEqual([]);
    expect(records.growing()).toEqual({ head: 'first', names: 'a\0' });
    expect(records.push(`b\0${MARK}sec`)).toEqual(['first\0a\0b\0']);
    expect(records.growing()).toBeUndefined();
    expect(records.push('ond\0c')).toEqual([]);
    expect(records.growing()).toBeUndefined();
    expect(records.push('d\0e')).toEqual([]);
    expect(records.growing()).toEqual({ head: 'second', names: 'cd\0' });
    expect(records.end()).toEqual(['second\0cd\0e']);
  });

  it('ends a record at the chunk that completes the next one’s marker, when the marker is cut in two', () => {
    const records = new LogRecords(MARK);
    expect(records.push(`${MARK}a\0b`)).toEqual([]);
    expect(records.push(MARK.slice(0, 3))).toEqual([]);
    expect(records.push(`${MARK.slice(3)}c\0`)).toEqual(['a\0b']);
    expect(records.end()).toEqual(['c\0']);
  });
});
