/**
 * Text flattened to one line (core/whitespace.ts) as the regular expressions it replaces would
 * flatten it, in time linear in its length: `/\s*\r?\n\s*\/g` took 3.3 s on 64 KB of blanks with no
 * line break, and the draft's word count's `^\s*` as long on 64 KB of empty lines. Each place that
 * flattens or counts user text is tried on such a text through its own function.
 */
import { escapeHtmlText } from '../../src/core/markdown-escape.js';
import { collapseWhitespace, joinLines } from '../../src/core/whitespace.js';
import { countWords } from '../../src/core/words.js';
import { costRatio } from '../helpers/cost.js';
import { seededIndex } from '../helpers/random.js';

const ALPHABET = ['a', 'b', ' ', ' ', '\t', '\n', '\n', '\r', '\u00a0', '\u2028', '\ufeff', '\u3000', 'é'];
const random = seededIndex(7);
const randomText = () => Array.from({ length: random(30) }, () => ALPHABET[random(ALPHABET.length)]).join('');

/** 128 KB: the expressions replaced took seconds here, the functions well under a millisecond. */
const LONG = 128 * 1024;
/** Ordinary text of `length`: words, spaces, and a line break now and then. */
const ordinary = (length: number) => 'word and more\n'.repeat(Math.ceil(length / 14)).slice(0, length);

describe('collapseWhitespace and joinLines', () => {
  it('say what /\\s+/g and /\\s*\\r?\\n\\s*/g say, on random texts', () => {
    for (let i = 0; i < 5_000; i++) {
      const text = randomText();
      expect([text, collapseWhitespace(text)]).toEqual([text, text.replace(/\s+/g, ' ')]);
      expect([text, joinLines(text)]).toEqual([text, text.replace(/\s*\r?\n\s*/g, ' ')]);
    }
  });

  it('take time linear in the text, whatever its runs of blanks', () => {
    for (const run of ['  ', ' \t', '\n', ' \n', '\r\n ']) {
      const hostile = `a${run.repeat(LONG / run.length)}b`;
      expect(costRatio(joinLines, hostile, ordinary(hostile.length))).toBeLessThan(20);
      expect(costRatio(collapseWhitespace, hostile, ordinary(hostile.length))).toBeLessThan(20);
    }
    expect(joinLines(`a${' '.repeat(LONG)}b`)).toBe(`a${' '.repeat(LONG)}b`);
    expect(joinLines(`a ${'\n '.repeat(LONG)}b`)).toBe('a b');
    expect(collapseWhitespace(`a${' \n'.repeat(5 * 1024 * 1024)}b`)).toBe('a b');
  });
});

describe('user text flattened in a linear time where it is read', () => {
  it("a draft's word count over a long run of empty lines", () => {
    // No list item after them: `^\s*` then failed from each line start after scanning them all.
    const hostile = `- a\n${'\n'.repeat(LONG)}b c\n`;
    expect(countWords(hostile)).toBe(3);
    expect(costRatio(countWords, hostile, ordinary(hostile.length))).toBeLessThan(20);
  });

  it('text escaped for a comment', () => {
    const hostile = `a${' \n'.repeat(LONG)}b`;
    expect(escapeHtmlText(hostile)).toBe('a b');
    expect(costRatio(escapeHtmlText, hostile, ordinary(hostile.length))).toBeLessThan(20);
  });
});
