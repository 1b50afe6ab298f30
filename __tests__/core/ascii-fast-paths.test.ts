/**
 * Fast paths of `resume`'s reading: where a text is ASCII, label normalisation and key words take a
 * pattern without Unicode property classes (whose compilation cost every `resume` ~1 ms), and drift
 * candidates pass plain words over. These hold each to what it stands in for: the Unicode-class
 * definitions, on ASCII text, on any text, and on text made of the characters the classes decide
 * about; the drift patterns, on the plain words they are no longer asked about.
 */
import fc from 'fast-check';
import { driftCandidates, keyWords } from '../../src/core/claims.js';
import { normaliseLabel } from '../../src/core/document/labels.js';
import { parseHandoff } from '../../src/core/document/parse.js';

/** normaliseLabel as defined, every step a pattern. */
function normaliseLabelByDefinition(label: string): string {
  return label
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^\d+[.)]\s*/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[\s:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** ASCII, and the characters around it that decide most: accented letters, other digits, marks, emoji. */
const edgy = fc.string({
  unit: fc.constantFrom(...'aZ09 _-.:()[]*#✅❌1️⃣éÉßİ١٢Ⅻ’ʼ‘\t\n'.split(''), ...[...'A z'].map((c) => c)),
  maxLength: 40,
});
const texts = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  fc.string({ maxLength: 60 }),
  edgy,
);

describe('ASCII fast paths', () => {
  it('normaliseLabel equals its definition', () => {
    fc.assert(
      fc.property(texts, (label) => {
        expect(normaliseLabel(label)).toBe(normaliseLabelByDefinition(label));
      }),
      { numRuns: 3000 },
    );
  });

  it('keyWords finds in ASCII text the words the Unicode classes find', () => {
    // A trailing " é" (a key word of its own) sends the same text down the Unicode path.
    fc.assert(
      fc.property(texts, (text) => {
        expect([...new Set([...keyWords(text), 'é'])].sort()).toEqual([...keyWords(`${text} é`)].sort());
      }),
      { numRuns: 3000 },
    );
  });

  it('drift candidates: a word passed over unread is one the patterns would not take either', () => {
    // In parentheses no word is plain, so the patterns read it (the brackets are stripped first):
    // the candidates of a line must not change when each word is put in them.
    const words = fc.string({
      unit: fc.constantFrom(...'aZ09_./$Bq'.split('')),
      minLength: 1,
      maxLength: 12,
    });
    const candidates = (line: string) =>
      // In a code span, so markdown reads no emphasis into `_` and the text is the line as written.
      driftCandidates(parseHandoff(`# T-1: x\n\n## Current State\n\n- \`${line}\`\n`, 'h.md'));
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 8 }), (line) => {
        expect(candidates(line.join(' '))).toEqual(candidates(line.map((w) => `(${w})`).join(' ')));
      }),
      { numRuns: 1000 },
    );
    expect(candidates('parseHandoff a_b x.ts Foo plain Words')).toEqual({
      paths: ['x.ts'],
      symbols: ['parseHandoff', 'a_b'],
    });
  });

  it('reads the usual labels and a sentence', () => {
    expect(normaliseLabel('1. Current State (What works right now)')).toBe('current state');
    expect(normaliseLabel('✅ What’s Working')).toBe("what's working");
    expect([...keyWords('Fixed the flaky fixtures in tests_api.py, café ١٢٣')].sort()).toEqual(
      ['api', 'café', 'fixtur', 'flaky', 'py', 'test', '١٢٣'].sort(),
    );
  });
});
