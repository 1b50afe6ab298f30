/**
 * `LogRecords` cuts `git log`'s output into records as it arrives. What it hands out must not depend
 * on where the chunks end, and the record still arriving must be handed out a bounded number of times:
 * each time, `resume`'s walk parses it whole, and at every chunk that was quadratic (a commit that
 * vendors 300,000 files took 15 s).
 */
import { describe, expect, it } from '@jest/globals';
import { LogRecords, SMALL_RECORD } from '../../src/adapters/log-records.js';
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

  it('hands out the record still arriving, cut after its last NUL: at every chunk while small, then as it doubles', () => {
    const records = new LogRecords(MARK);
    const name = 'vendor/pkg/file.js\0';
    const whole = `${MARK}commit-fields\0${name.repeat(200_000)}`;
    let large = 0;
    let largeTimes = 0;
    let smallTimes = 0;
    let last = '';
    for (let at = 0; at < whole.length; at += 4096) {
      expect(records.push(whole.slice(at, at + 4096))).toEqual([]);
      const newest = records.growing();
      if (newest === undefined) continue;
      expect(newest.endsWith('\0')).toBe(true);
      expect(whole.startsWith(`${MARK}${newest}`)).toBe(true);
      expect(newest.length).toBeGreaterThan(last.length);
      last = newest;
      if (newest.length + MARK.length <= SMALL_RECORD) smallTimes++;
      else {
        large += newest.length;
        largeTimes++;
      }
    }
    // At every chunk this was ~930 hand-outs of a 3.8 MB record, ~1.8 GB parsed.
    expect(smallTimes).toBe(SMALL_RECORD / 4096);
    expect(largeTimes).toBeLessThanOrEqual(Math.ceil(Math.log2(whole.length / SMALL_RECORD)) + 1);
    expect(large).toBeLessThanOrEqual(2 * whole.length);
    expect(records.end()).toEqual([whole.slice(MARK.length)]);
  });

  it('hands out the next record at once after one is complete, and nothing before a NUL has come', () => {
    const records = new LogRecords(MARK);
    expect(records.push(`${MARK}first\0a\0`)).toEqual([]);
    expect(records.growing()).toBe('first\0a\0');
    expect(records.push(`b\0${MARK}sec`)).toEqual(['first\0a\0b\0']);
    expect(records.growing()).toBeUndefined();
    expect(records.push('ond\0c')).toEqual([]);
    expect(records.growing()).toBe('second\0');
    expect(records.end()).toEqual(['second\0c']);
  });

  it('ends a record at the chunk that completes the next one’s marker, when the marker is cut in two', () => {
    const records = new LogRecords(MARK);
    expect(records.push(`${MARK}a\0b`)).toEqual([]);
    expect(records.push(MARK.slice(0, 3))).toEqual([]);
    expect(records.push(`${MARK.slice(3)}c\0`)).toEqual(['a\0b']);
    expect(records.end()).toEqual(['c\0']);
  });
});
