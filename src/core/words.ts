/**
 * Word counting for the draft's budget. The seed's lesson is that a 200-word handoff that gets read
 * beats a 2000-word one that gets skipped, so the budget counts what a reader reads: words of the
 * rendered markdown with the markup taken out (heading marks, list bullets, check boxes, emphasis,
 * escapes, ✅/❌). A "word" is a run of non-space characters holding at least one letter or digit, so
 * `fa1b3c2`, `+40` and `conftest.py` count once and a lone `-` or `|` does not count — except in the
 * scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar): there a run is
 * counted in the words `Intl.Segmenter` finds, so a Chinese sentence is not one word.
 */
import { collapseWhitespace } from './whitespace.js';

const MARKUP = [
  /^\s{0,3}#{1,6}\s+/gm, // heading marks
  // Indentation within its line only: `^\s*` could cross blank lines, and from each of a million
  // line starts scan every one after it (quadratic).
  /^[^\S\r\n\u2028\u2029]*(?:[-*+]|\d{1,9}[.)])\s+/gm, // list bullets
  /\[[ xX]\]\s/g, // check boxes
  /\\(?=[^\s])/g, // backslash escapes
  /[*_`~|]/g, // emphasis, code and table markup
  /[\u2705\u274c\u2714\u2716]\uFE0F?/gu, // state marks (check and cross marks)
];

const WORD = /[\p{L}\p{N}]/u;
/** Scripts written without spaces between words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | undefined;

export function countWords(markdown: string): number {
  let text = markdown;
  for (const pattern of MARKUP) text = text.replace(pattern, ' ');
  let count = 0;
  for (const token of collapseWhitespace(text).split(' ')) {
    if (!WORD.test(token)) continue;
    if (!UNSPACED.test(token)) {
      count++;
      continue;
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const segment of segmenter.segment(token)) if (segment.isWordLike) count++;
  }
  return count;
}

/**
 * The first `max` items joined with commas, then how many more there are: `a, b, c and 4 more`. The
 * one way a message names a list that may be long (folders, files, tasks).
 */
export function namedAndCounted(items: readonly string[], max: number): string {
  const named = items.slice(0, max).join(', ');
  return items.length > max ? `${named} and ${items.length - max} more` : named;
}

/** `word` as `count` of it is written: `commit` for one, `commits` for any other number. */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
