/**
 * `squash` collapses whitespace as `/\s+/g` would, without one regular-expression match per run (a
 * run of millions overflowed V8's regex stack): the same answer on random texts of every kind of
 * whitespace, and on runs longer than the 1,024 it takes at a time.
 */
import { squash } from '../../src/core/document/build.js';
import { seededIndex } from '../helpers/random.js';

describe('squash', () => {
  const byTheRule = (text: string) => text.replace(/\s+/g, ' ').trim();
  const ALPHABET = ['a', 'b', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\ufeff', '\u3000', 'é'];
  const random = seededIndex(11);

  it('collapses as /\\s+/g does, on random texts', () => {
    for (let i = 0; i < 5_000; i++) {
      const text = Array.from({ length: random(30) }, () => ALPHABET[random(ALPHABET.length)]).join('');
      expect([text, squash(text)]).toEqual([text, byTheRule(text)]);
    }
  });

  it('collapses runs longer than it takes at a time', () => {
    for (const run of [1_023, 1_024, 1_025, 2_049, 1_048_577]) {
      const text = `a${' '.repeat(run)}b\t${'\n'.repeat(run)}c `;
      expect(squash(text)).toBe('a b c');
    }
    expect(squash(' '.repeat(5 * 1024 * 1024))).toBe('');
  });
});
