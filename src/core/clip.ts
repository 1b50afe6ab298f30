/** Text cut to fit a line a reader scans: a brief, a draft's list item. */

/**
 * `text` in at most `max` characters: cut at the last space of the last third, else where it must
 * be, and marked with `…`, so a word is not left half-written when another is near.
 */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= (max * 2) / 3 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
