/**
 * The fast path of the handoff reader. Most handoffs are plain markdown: ATX headings, paragraphs,
 * `-`/`*`/`+`/`1.` lists with one level of sub-items, task checks, `**bold**` labels and
 * `` `code` `` spans, and no other markup. For such a document this scanner hands the builder its
 * headings, paragraph lines and list items directly, with no mdast tree and no inline parser: a few
 * character tests per line (300 handoffs summarised in a cold process in 55–80 ms, against ~240 ms
 * through the full scanner).
 *
 * It reads a line only when it is sure what the full scanner (`scan.ts`) would make of it. At the
 * first line it is not sure of (deeper nesting, a blank line inside an item, a tab, quotes, fences,
 * tables, links, emphasis other than a clean `**run**`, HTML, a setext underline…) it answers
 * undefined and the full scanner reads the document. So it may decline often but must never read
 * differently: the property tests compare the two on thousands of generated handoffs, and fail if
 * it declines a document made only of what it reads.
 */
import type { HandoffDocument } from '../model.js';
import { handoffBuilder, listItem, paragraphLine, squash } from './build.js';
import { atxHeading, indentAt, isAsciiPunctuation, listMarker } from './line-syntax.js';

/**
 * Any C0 control but the line feed: tabs expand by column and NUL is replaced, so a document with
 * one goes to the full scanner.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\0-\t\v-\x1f]/;

/**
 * Markup the inline parser would read: escapes, code (read apart), strikethrough, brackets, HTML
 * and autolinks, character references, table pipes. `*` and `_` are read apart: a clean `**run**`
 * is plain enough, and so is `_` inside a word (`test_api.py`).
 */
const NOT_PLAIN = /[\\`~[\]<|@]|&[#A-Za-z]|:\/\/|[Ww][Ww][Ww]\./;

/** The text of a line holding no markup but clean `**runs**`: the runs' text, and the first run when the line opens with it. */
interface PlainLine {
  /** The line's text without markup. */
  text: string;
  /** When the line opens with a `**run**`: its text, and the line's text after it. */
  strong?: { head: string; rest: string };
}

/** An item's paragraph: its source lines (markup still in), joined when the item closes. */
interface OpenItem {
  kind: 'item';
  line: number;
  lines: string[];
  checked: boolean | null;
  /** Where the item's content starts: a line indented this far (up to 3 more) may open a sub-item. */
  contentIndent: number;
  /** The texts of its sub-items that are complete (the builder's details). */
  details: string[];
  /** The sub-item being read: its content column and lines. */
  sub?: { contentIndent: number; lines: string[] };
}

type Open = { kind: 'paragraph'; line: number; lines: PlainLine[] } | OpenItem;

/**
 * The document, when every line of `source` is plain (see the module comment); undefined otherwise.
 * `source` has already passed `assertReadableHandoff` and has `\n` line endings and no BOM.
 */
export function scanPlainHandoff(source: string): HandoffDocument | undefined {
  if (CONTROL.test(source)) return undefined;
  const builder = handoffBuilder();
  let open: Open | undefined;
  const close = (): boolean => {
    if (open?.kind === 'paragraph') {
      const first = open.line;
      builder.paragraph(
        open.lines.map((line, index) =>
          line.strong
            ? paragraphLine(line.strong.head, line.strong.rest, true, first + index)
            : paragraphLine(line.text, '', false, first + index),
        ),
      );
    } else if (open?.kind === 'item') {
      const text = itemText(open.lines);
      if (text === undefined || !closeSubItem(open)) return false;
      builder.item(listItem(text, open.details, open.line, open.checked));
    }
    open = undefined;
    return true;
  };

  let lineNo = 0;
  let start = 0;
  const length = source.length;
  while (start < length) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = length;
    lineNo++;
    const line = source.slice(start, end);
    start = end + 1;

    const indent = indentAt(line, 0);
    if (indent === line.length) {
      // Blank. What follows a blank line indented would belong to the item: not plain enough.
      if (!close()) return undefined;
      continue;
    }
    if (indent > 0) {
      // Indented: a sub-item, or a line continuing the paragraph being read.
      const rest = line.slice(indent);
      const marker = listMarker(rest);
      if (
        marker &&
        open?.kind === 'item' &&
        indent >= open.contentIndent &&
        indent <= open.contentIndent + 3
      ) {
        if (!openSubItem(open, indent, marker, rest)) return undefined;
      } else if (!open || !opensParagraph(rest) || !continueParagraph(open, rest)) {
        return undefined;
      }
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 35 /* # */) {
      const heading = atxHeading(line);
      const text = heading && plainInline(heading.text);
      if (!heading || !text || !close()) return undefined;
      builder.heading(squash(text.text), heading.depth, lineNo);
      continue;
    }
    const marker = listMarker(line);
    if (marker) {
      // `2.` cannot interrupt a paragraph (it continues it): leave that to the full scanner.
      if (!marker.interrupts && open?.kind === 'paragraph') return undefined;
      const item = itemContent(line.slice(marker.width + 1));
      if (!item || !close()) return undefined;
      open = {
        kind: 'item',
        line: lineNo,
        lines: [item.text],
        checked: item.checked,
        contentIndent: marker.width + 1,
        details: [],
      };
      continue;
    }
    if (!opensParagraph(line)) return undefined;
    if (open) {
      // A line that opens no block continues the paragraph being read (lazily, in an item).
      if (!continueParagraph(open, line)) return undefined;
      continue;
    }
    const plain = plainInline(line);
    if (!plain) return undefined;
    open = { kind: 'paragraph', line: lineNo, lines: [plain] };
  }
  if (!close()) return undefined;
  return builder.finish();
}

/** Adds a line that opens no block to the innermost paragraph open. */
function continueParagraph(open: Open, line: string): boolean {
  if (open.kind === 'item') {
    (open.sub?.lines ?? open.lines).push(line);
    return true;
  }
  const plain = plainInline(line);
  if (!plain) return false;
  open.lines.push(plain);
  return true;
}

/**
 * A list marker in an item's content column (or up to 3 spaces right of it), indented `indent`
 * spaces: a sub-item when it stands left of the open sub-item's content (else it would nest deeper,
 * which is left to the full scanner). The first sub-item interrupts the item's paragraph, so
 * only `1.` may open an ordered one.
 */
function openSubItem(
  item: OpenItem,
  indent: number,
  marker: NonNullable<ReturnType<typeof listMarker>>,
  rest: string,
): boolean {
  if (item.sub && indent >= item.sub.contentIndent) return false;
  if (!item.sub && !marker.interrupts) return false;
  const content = itemContent(rest.slice(marker.width + 1));
  if (!content || !closeSubItem(item)) return false;
  item.sub = { contentIndent: indent + marker.width + 1, lines: [content.text] };
  return true;
}

/** The plain text of an item's paragraph lines, or undefined when they hold markup. */
function itemText(lines: readonly string[]): string | undefined {
  const text = plainInline(lines.join('\n'));
  return text && squash(text.text);
}

/** A sub-item's text joins its item's details (nested lists are flattened, as the builder does). */
function closeSubItem(item: OpenItem): boolean {
  if (!item.sub) return true;
  const detail = itemText(item.sub.lines);
  if (detail === undefined) return false;
  if (detail !== '') item.details.push(detail);
  item.sub = undefined;
  return true;
}

/**
 * Whether a line, at the start of a paragraph or an item's text, surely opens (or continues) a
 * paragraph: it starts with none of the characters that may open another block (indentation, `#`,
 * `>`, `=`, `-`, `+`, `*`, fences, HTML, tables, definitions), a list marker excepted only as a
 * `**run**`, and is not a list item.
 */
function opensParagraph(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c === 42 /* * */) {
    const next = line.charCodeAt(1);
    return (
      next === 42 &&
      line.charCodeAt(2) !== 42 &&
      line.charCodeAt(2) !== 32 &&
      !Number.isNaN(line.charCodeAt(2))
    );
  }
  if (c >= 48 && c <= 57) return listMarker(line) === undefined;
  // One backtick opens a code span; three open a fence.
  if (c === 96 /* ` */) return line.charCodeAt(1) !== 96;
  if (c >= 128) return true;
  // `:-` under a paragraph is a table's delimiter row (a table of one column needs no pipe).
  if (c === 58 /* : */ && line.charCodeAt(1) === 45) return false;
  return PARAGRAPH_START[c] === 1;
}

/** ASCII characters that cannot open a block other than a paragraph. */
const PARAGRAPH_START = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!"$%\'(),./:;?^{}')
  PARAGRAPH_START[c.charCodeAt(0)] = 1;

/** An item's text after its marker and one space: its task check, and text that opens a paragraph. */
function itemContent(content: string): { text: string; checked: boolean | null } | undefined {
  let text = content;
  let checked: boolean | null = null;
  if (text.charCodeAt(0) === 91 /* [ */) {
    const check = text.charCodeAt(1);
    if (text.charCodeAt(2) !== 93 || text.charCodeAt(3) !== 32) return undefined;
    if (check === 32) checked = false;
    else if (check === 120 || check === 88) checked = true;
    else return undefined;
    text = text.slice(4);
    let i = 0;
    while (text.charCodeAt(i) === 32) i++;
    text = text.slice(i);
  }
  // Two spaces after the marker move the item's content column; a blank item is not plain either.
  if (text === '' || !opensParagraph(text)) return undefined;
  return { text, checked };
}

/**
 * The text of a line (or an item's lines) that holds no inline markup but clean `**runs**`,
 * `` `code` `` spans and `_` inside words. A run opens at the line's start or after a space and closes before a space,
 * punctuation or the end, with ASCII non-space text at both ends and no code span inside: the
 * inline parser reads exactly those as strong, whatever surrounds them. A code span is one backtick
 * each side of text with no backtick, line break or space at its ends: its text is taken as it
 * stands (markup inside a span is text). Undefined for anything else.
 */
function plainInline(text: string): PlainLine | undefined {
  // Every field from the start, so all reads share one object shape.
  const read: RunsRead = {
    text: '',
    head: undefined,
    restFrom: undefined,
    under: undefined,
    star: undefined,
  };
  let from = 0;
  for (;;) {
    const tick = text.indexOf('`', from);
    const to = tick === -1 ? text.length : tick;
    if (!readRuns(text, from, to, read)) return undefined;
    if (tick === -1) break;
    const end = text.indexOf('`', tick + 1);
    if (text.charCodeAt(tick + 1) === 96 || end === -1 || text.charCodeAt(end + 1) === 96) return undefined;
    const code = text.slice(tick + 1, end);
    if (code.charCodeAt(0) === 32 || code.charCodeAt(code.length - 1) === 32 || code.indexOf('\n') !== -1)
      return undefined;
    read.text += code;
    from = end + 1;
  }
  if (read.head === undefined) return { text: read.text };
  return { text: read.text, strong: { head: read.head, rest: read.text.slice(read.restFrom) } };
}

interface RunsRead {
  text: string;
  /** The text of the `**run**` the line opens with, and where the text after it starts. */
  head?: string;
  restFrom?: number;
  /**
   * The next `_` and `*` at or after where the last piece started (-1: none to the line's end). The
   * line is read in pieces between code spans, left to right: asked again from each piece, a search
   * that finds nothing would scan to the line's end every time (2 MB of `` `a `` took minutes). Valid
   * only while each search starts at or after the one before, as `plainInline`'s do.
   */
  under?: number;
  star?: number;
}

/** The first `char` of `text` at or after `from`, through the cache in `read` (see RunsRead). */
function nextOf(text: string, char: '_' | '*', from: number, read: RunsRead): number {
  // Two named fields, not `read[key]`: a keyed access by a string that varies is V8's slow path,
  // and this runs for every piece of every line (an eighth of a steady-state scan).
  if (char === '_') {
    const known = read.under;
    if (known !== undefined && (known === -1 || known >= from)) return known;
    read.under = text.indexOf(char, from);
    return read.under;
  }
  const known = read.star;
  if (known !== undefined && (known === -1 || known >= from)) return known;
  read.star = text.indexOf(char, from);
  return read.star;
}

/** Reads `text` from `from` to `to` (no code span there) into `read`: false when it is not plain. */
function readRuns(text: string, from: number, to: number, read: RunsRead): boolean {
  if (from === to) return true;
  if (NOT_PLAIN.test(from === 0 && to === text.length ? text : text.slice(from, to))) return false;
  // `_` between two letters or digits can neither open nor close emphasis: it is text.
  for (let under = nextOf(text, '_', from, read); under !== -1 && under < to; ) {
    let end = under;
    while (text.charCodeAt(end) === 95) end++;
    if (under === from || end >= to) return false;
    if (!isAsciiAlphanumeric(text.charCodeAt(under - 1)) || !isAsciiAlphanumeric(text.charCodeAt(end)))
      return false;
    under = nextOf(text, '_', end, read);
  }
  let star = nextOf(text, '*', from, read);
  let done = from;
  // A run at either end of the text (`**Date**: …`, `**What's Working:**`) is read without looking
  // past that end: a read out of bounds makes V8 drop this function's optimised code and compile it
  // again, a tenth of the work of a cold check.
  while (star !== -1 && star < to) {
    if (text.charCodeAt(star + 1) !== 42) return false;
    if (star > 0 && !isSpaceOrNewline(text.charCodeAt(star - 1))) return false;
    if (!isRunEdge(text.charCodeAt(star + 2))) return false;
    const close = text.indexOf('*', star + 2);
    if (close === -1 || close + 1 >= to || text.charCodeAt(close + 1) !== 42) return false;
    if (!isRunEdge(text.charCodeAt(close - 1))) return false;
    const after = close + 2;
    if (after < text.length && !closesRun(text.charCodeAt(after))) return false;
    const inner = text.slice(star + 2, close);
    if (inner.indexOf('\n') !== -1) return false;
    // The line's first run is its label when only blanks stand before it (the builder drops those).
    const head =
      read.head === undefined && read.text === '' && done === 0 && text.slice(0, star).trim() === '';
    read.text += text.slice(done, star);
    if (head) {
      read.head = inner;
      read.restFrom = read.text.length + inner.length;
    }
    read.text += inner;
    done = close + 2;
    star = nextOf(text, '*', done, read);
  }
  read.text += text.slice(done, to);
  return true;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpaceOrNewline(code: number): boolean {
  return code === 32 || code === 10;
}

/** What may stand just after a `**run**` (when anything does): a blank or ASCII punctuation other than `*`. */
function closesRun(code: number): boolean {
  return isSpaceOrNewline(code) || (isAsciiPunctuation(code) && code !== 42);
}

/** What may stand just inside a `**run**`: a visible ASCII character other than `*`. */
function isRunEdge(code: number): boolean {
  return code > 32 && code < 127 && code !== 42;
}
