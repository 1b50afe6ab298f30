/**
 * Line-level markdown recognisers both handoff scanners share (`scan.ts`, the full one, and
 * `plain-scan.ts`): one definition of what opens a list item, a code fence or is an ATX heading, of
 * indentation, blank text and ASCII punctuation (which decides how emphasis delimiters flank).
 */

/** The list marker a line (without its indentation) opens with: `-`, `*`, `+`, `1.` or `1)`. */
export function listMarker(body: string):
  | {
      char: string;
      width: number;
      ordered: boolean;
      start: number;
      /** Whether it may interrupt a paragraph (with text after it): a bullet, or an ordered `1` (not `01`). */
      interrupts: boolean;
    }
  | undefined {
  const c = body[0];
  if (c === '-' || c === '*' || c === '+') {
    const next = body.charCodeAt(1);
    if (body.length === 1 || next === 32)
      return { char: c, width: 1, ordered: false, start: 0, interrupts: true };
    return undefined;
  }
  let i = 0;
  while (i < 9 && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  if (i === 0) return undefined;
  const d = body[i];
  if (d !== '.' && d !== ')') return undefined;
  const next = body.charCodeAt(i + 1);
  if (body.length !== i + 1 && next !== 32) return undefined;
  const digits = body.slice(0, i);
  return { char: d, width: i + 1, ordered: true, start: Number(digits), interrupts: digits === '1' };
}

/** An ATX heading (`## Text ##`): its depth and text without the closing run, or undefined. */
export function atxHeading(body: string): { depth: number; text: string } | undefined {
  let depth = 0;
  while (body[depth] === '#') depth++;
  if (depth < 1 || depth > 6) return undefined;
  if (body.length > depth && body[depth] !== ' ' && body[depth] !== '\t') return undefined;
  // Only spaces and tabs are trimmed: a closing run followed by a no-break space is text.
  let text = trimSpacesAndTabs(body.slice(depth));
  // A closing run of `#` preceded by a space (or the whole content) goes.
  const closing = /(?:^|[ \t])#+[ \t]*$/.exec(text);
  if (closing) text = trimSpacesAndTabs(text.slice(0, closing.index));
  return { depth, text };
}

function trimSpacesAndTabs(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(start, end);
}

/** Spaces at `from` (tabs are expanded before any scanner counts). */
export function indentAt(text: string, from: number): number {
  let i = from;
  // Bounded by the length: a read past the end (a blank line) would deoptimise the scanners' hot loop.
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  return i - from;
}

/** CommonMark's ASCII punctuation: `!` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`. */
export function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}

/** Whether `text` holds only spaces and tabs (or nothing). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * The code fence a line (without its indentation) opens: three or more backticks or tildes, then
 * its info string, which for backticks holds no backtick (```` ```npm``` ```` is inline code).
 */
export function fenceOpening(body: string): { char: string; length: number; info: string } | undefined {
  const char = body[0];
  if (char !== '`' && char !== '~') return undefined;
  let run = 1;
  while (body[run] === char) run++;
  if (run < 3) return undefined;
  const info = body.slice(run);
  if (char === '`' && info.includes('`')) return undefined;
  return { char, length: run, info };
}

/** Whether a line (without its indentation) closes a fence: its character, at least as many, then blanks. */
export function closesFence(body: string, fence: { char: string; length: number }): boolean {
  let run = 0;
  while (body[run] === fence.char) run++;
  return run >= fence.length && isBlank(body.slice(run));
}
