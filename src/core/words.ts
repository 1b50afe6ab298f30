/**
 * Word counting for the draft's budget. The seed's lesson is that a 200-word handoff that gets read
 * beats a 2000-word one that gets skipped, so the budget counts what a reader reads: words of the
 * rendered markdown with the markup taken out (heading marks, list bullets, check boxes, emphasis,
 * escapes, ✅/❌). A "word" is a run of non-space characters holding at least one letter or digit, so
 * `fa1b3c2`, `+40` and `conftest.py` count once and a lone `-` or `|` does not count.
 */

const MARKUP = [
  /^\s{0,3}#{1,6}\s+/gm, // heading marks
  /^\s*(?:[-*+]|\d{1,9}[.)])\s+/gm, // list bullets
  /\[[ xX]\]\s/g, // check boxes
  /\\(?=[^\s])/g, // backslash escapes
  /[*_`~|]/g, // emphasis, code and table markup
  /[✅❌✔✖]\uFE0F?/gu, // state marks
];

const WORD = /[\p{L}\p{N}]/u;

export function countWords(markdown: string): number {
  let text = markdown;
  for (const pattern of MARKUP) text = text.replace(pattern, ' ');
  let count = 0;
  for (const token of text.split(/\s+/)) if (WORD.test(token)) count++;
  return count;
}
