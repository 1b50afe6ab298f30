/**
 * How many terminal columns a text takes, for tables that line up: a CJK character or an emoji takes
 * two, a combining mark, a variation selector or a joiner none, anything else one. Widths come from
 * Unicode's East Asian Width property (get-east-asian-width). Not string-width: it segments graphemes
 * with `Intl.Segmenter`, whose first construction costs ~10 ms of every `status`, for the one case
 * told differently here: an emoji joined from several (👩‍👩‍👧 counts 2 for each part).
 */
import { eastAsianWidth } from 'get-east-asian-width';
import { collapseWhitespace } from '../whitespace.js';

/** Printable ASCII only: one column a character, no lookup. */
const PLAIN = /^[\x20-\x7e]*$/;
/** Takes no column: combining and enclosing marks, format characters (joiners, selectors), controls. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;

export function displayWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** The columns one character (code point) takes. */
function charWidth(char: string): number {
  return ZERO_WIDTH.test(char) ? 0 : eastAsianWidth(char.codePointAt(0) as number);
}

/**
 * `text` cut to at most `max` columns, ending in `…` when cut; whitespace runs read as one space.
 * A character is never split, so a cut text may take one column less than `max`.
 */
export function truncateToWidth(text: string, max: number): string {
  const flat = collapseWhitespace(text).trim();
  if (displayWidth(flat) <= max) return flat;
  let out = '';
  let width = 0;
  for (const char of flat) {
    const w = charWidth(char);
    if (width + w > max - 1) break;
    out += char;
    width += w;
  }
  return `${out}…`;
}
