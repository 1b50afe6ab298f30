/**
 * A text without the run of some characters at its end: what `/[…]+$/` removes, in one pass back
 * from the end. The expression is quadratic on a long run of them that something else follows
 * (each start scans the run to its end, then fails): 8 KB took 25–40 ms, 1 MB would take minutes.
 * The texts trimmed so are anyone's: commit messages, a handoff's labels and words, a config's
 * folders, all of which a pull request can commit.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
