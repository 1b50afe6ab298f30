/**
 * Whitespace made one space, the two ways user text is flattened for one line: every run
 * (`collapseWhitespace`, as `/\s+/g` would) or only the runs that hold a line break (`joinLines`, as
 * `/\s*\r?\n\s*\/g` would). Text here can be a hostile handoff's, up to 5 MiB, so neither is one
 * regular expression over a whole run: `/\s+/g` over millions of spaces overflowed V8's regular
 * expression stack now and then, and `/\s*\r?\n\s*\/g` is quadratic on a long run with no line
 * break (64 KB of spaces: 3.3 s; 5 MiB: hours), each start scanning the run to its end.
 */

/** Whitespace `collapseWhitespace` would change: anything but a single plain space. */
const COLLAPSIBLE = /[^\S ]| \s/;
/** At most this much of a run at a time: a match's backtracking state stays small. */
const WHITESPACE_RUN = /\s{1,1024}/g;
const DOUBLE_SPACE = /\s\s/;

/** Each run of whitespace (line breaks, tabs, any Unicode space) as one plain space. Linear. */
export function collapseWhitespace(text: string): string {
  // Most text has no run to collapse: returned as it is, without the regex's copy.
  if (!COLLAPSIBLE.test(text)) return text;
  // Runs of at most 1,024 at a time, again until none is left (log₁₀₂₄ of the longest run passes).
  let collapsed = text.replace(WHITESPACE_RUN, ' ');
  while (DOUBLE_SPACE.test(collapsed)) collapsed = collapsed.replace(WHITESPACE_RUN, ' ');
  return collapsed;
}

/**
 * Each run of whitespace that holds a line break as one plain space, other runs kept: the text on
 * one line, its spacing otherwise as written. Linear: split at the breaks, the whitespace around each
 * trimmed (`trimEnd`/`trimStart` strip what `\s` matches).
 */
export function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const last = lines.length - 1;
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    let part = index > 0 ? line.trimStart() : line;
    if (index < last) part = part.trimEnd();
    // A line of whitespace between two breaks is inside one run: it adds no space of its own.
    if (part === '' && index > 0 && index < last) continue;
    kept.push(part);
  }
  return kept.join(' ');
}
