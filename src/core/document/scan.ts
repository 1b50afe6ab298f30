/**
 * The handoff reader of the check path: a line scanner that builds the same mdast tree micromark
 * would for the markdown handoffs are written in, in one pass and linear time for any input, and
 * hands it to the one document builder (`build.ts`). The freshness check needs only which elements
 * are usable and the facts a document states; `summarizeHandoff` gives those (and where each missing
 * element is, for annotations) in microseconds per document, without loading micromark.
 *
 * What it reads: ATX and setext headings, paragraphs (lazy continuation included), `-`/`*`/`+` and
 * `1.`/`1)` lists nested to any depth, GFM task items, block quotes, fenced and indented code, HTML
 * blocks, thematic breaks, GFM tables, link reference definitions; inline: emphasis, strong and
 * strikethrough (the CommonMark delimiter algorithm with its rule of 3, done in linear time), code
 * spans, links, images, references, autolinks (`<…>` and GFM literal), backslash escapes, the common
 * character references, hard breaks, inline HTML. The property tests compare it with micromark on
 * thousands of generated documents. Where it may differ is markup no handoff uses (footnote
 * definitions, named character references outside the common set, HTML block kinds 3-5, link
 * destinations nested more than 32 parentheses deep or longer than 4 KiB, a definition's title that
 * spans lines).
 *
 * Everything is bounded: no regular expression here backtracks over more than one line fragment,
 * containers are kept on an explicit stack, and `assertReadableHandoff` refuses nesting deeper than
 * any document needs before anything else runs.
 */
import type {
  Blockquote,
  Code,
  Definition,
  Heading,
  Html,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { InputError } from '../errors.js';
import type { ElementPlace, HandoffDocument, SummaryFacts } from '../model.js';
import { trimEndOf } from '../trim.js';
import { handoffBuilder } from './build.js';
import { missingPlaces } from './elements.js';
import { summaryFacts } from './facts.js';
import {
  atxHeading,
  closesFence,
  fenceOpening,
  indentAt,
  isAsciiPunctuation,
  isBlank,
  listMarker,
} from './line-syntax.js';
import { scanPlainHandoff } from './plain-scan.js';

export interface HandoffSummary {
  /**
   * Elements absent, empty or placeholder, among all five (callers filter by `requiredElements`),
   * each with the line its annotation goes on. Only the missing ones: a complete handoff's summary,
   * which the cache keeps for every task, stays this small.
   */
  missingElements: ElementPlace[];
  facts: SummaryFacts;
}

/** Deepest nesting of lists and block quotes any reader accepts (`document/nesting`). */
export const MAX_NESTING = 64;

/** What the check needs from a handoff, read by the line scanner. */
export function summarizeHandoff(markdown: string, file?: string): HandoffSummary {
  const doc = scanHandoff(markdown, file);
  return { missingElements: missingPlaces(doc, countLines(markdown)), facts: summaryFacts(doc) };
}

/**
 * The whole document, read by the line scanner (the same data `parseHandoff` gives): by the plain
 * scanner when every line is plain markdown (`plain-scan.ts`), else by the full one.
 */
export function scanHandoff(markdown: string, file?: string): HandoffDocument {
  const source = readableSource(markdown, file);
  return scanPlainHandoff(source) ?? scanSourceInFull(source, file);
}

/** The same, always by the full scanner (the plain scanner's property tests compare the two). */
export function scanHandoffInFull(markdown: string, file?: string): HandoffDocument {
  return scanSourceInFull(readableSource(markdown, file), file);
}

function scanSourceInFull(source: string, file: string | undefined): HandoffDocument {
  const builder = handoffBuilder();
  scanBlocks(source, (node) => builder.block(node), file);
  return builder.finish();
}

/** The number of a text's last line (a final newline ends that line, it starts none). */
export function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  if (text.endsWith('\n')) lines--;
  return Math.max(lines, 1);
}

/** Most lines a handoff may have (`document/lines`): 50,000 lines is a book, not a handoff. */
export const MAX_LINES = 50_000;
/**
 * Most emphasis and bracket characters (`*_~[]`) a handoff may hold (`document/markup`); as many
 * code, tag and table characters (`` ` ``, `<`, `|`), each of which may make a node the reader keeps:
 * a 5 MB table row of empty cells took 1.8 GB, 1.6 million `<a>` ~1 GB.
 */
export const MAX_MARKUP = 100_000;
/**
 * Most list-item and quote markers a handoff may hold (`document/blocks`). Each opens a container the
 * reader keeps: 49,000 lines of `- ` forty deep, inside every other budget, took 1.7 GB.
 */
export const MAX_BLOCK_MARKERS = 50_000;

/**
 * Refuses what no handoff is and what would make a reader slow or large: lists or quotes nested
 * deeper than MAX_NESTING (micromark takes minutes on a few kilobytes of `- - - -`), more than
 * MAX_LINES lines or MAX_MARKUP emphasis/bracket characters, and a merge conflict git left in it
 * (`<<<<<<<` … `>>>>>>>`, whose two sides read as duplicate sections). Linear, one pass; within these budgets
 * the scanner reads any document up to the 5 MiB file limit in well under a second and 200 MB.
 */
export function assertReadableHandoff(markdown: string, file?: string): void {
  if (!withinBudgetsAtAGlance(markdown)) assertReadableLineByLine(markdown, file);
}

/** `assertReadableHandoff`'s walk line by line, without the glance (its property tests compare the two). */
export function assertReadableLineByLine(markdown: string, file?: string): void {
  let line = 1;
  let start = 0;
  const length = markdown.length;
  const markers = { count: 0 };
  /**
   * A merge conflict git left in the file: its `<<<<<<<`, `=======` and `>>>>>>>` lines in turn, each
   * noted with the code fence it stands in (0: none). git cuts a conflict through fences as it
   * pleases, so the markers are followed whatever the fences; only a conflict whose three markers
   * stand in one and the same fence is a quotation in a code block, and text.
   */
  const conflict = { from: 0, fence: 0, split: false, splitFence: 0 };
  /**
   * The code fence open, and the content column of the list item it opened in (0: none). A fence in
   * an item ends with the item, at the first later line indented less that is not blank, as
   * CommonMark ends a container's code block: a fence opened in an item and never closed would
   * otherwise quote every conflict below it. A fence outside any item runs to its closing line.
   */
  let fence: { char: string; length: number; id: number; item: number } | undefined;
  /**
   * The content columns of the list items open, outermost first, followed outside fences: a line
   * indented less than an item's column ends it (lazy continuation lines are taken to end it too).
   */
  const items: number[] = [];
  let fences = 0;
  while (start <= length) {
    let end = markdown.indexOf('\n', start);
    if (end === -1) end = length;
    const indent = indentColumns(markdown, start, end);
    if (fence && fence.item > 0 && indent >= 0 && indent < fence.item) fence = undefined;
    if (!fence && indent >= 0) followItems(items, markdown, start, end, indent);
    const body = fenceLineBody(markdown, start, end);
    const opener = body !== undefined && !fence ? fenceOpening(body) : undefined;
    const inFence = fence?.id ?? 0;
    if (opener) {
      fences++;
      fence = {
        char: opener.char,
        length: opener.length,
        id: fences,
        item: items.length > 0 ? (items[items.length - 1] as number) : 0,
      };
    } else if (body !== undefined && fence && closesFence(body, fence)) {
      fence = undefined;
    } else if (conflictMarkerAt(markdown, start, end, '<')) {
      if (conflict.from === 0) Object.assign(conflict, { from: line, fence: inFence, split: false });
    } else if (conflict.from > 0 && splitMarkerAt(markdown, start, end)) {
      conflict.split = true;
      conflict.splitFence = inFence;
    } else if (conflict.split && conflictMarkerAt(markdown, start, end, '>')) {
      const quoted =
        conflict.fence !== 0 && conflict.fence === conflict.splitFence && conflict.fence === inFence;
      if (!quoted) {
        throw new InputError(
          `an unresolved merge conflict (lines ${conflict.from}-${line}): resolve it, keeping one version of each section, then commit`,
          { file, line: conflict.from },
          'document/conflict',
        );
      }
      Object.assign(conflict, { from: 0, fence: 0, split: false, splitFence: 0 });
    }
    const lineDepth = nestingAt(markdown, start, end, markers);
    if (lineDepth > MAX_NESTING) {
      throw new InputError(
        `lists or quotes nested ${lineDepth > 10_000 ? 'over 10000' : lineDepth} deep; a handoff may nest ${MAX_NESTING} at most`,
        { file, line },
        'document/nesting',
      );
    }
    if (line > MAX_LINES) {
      throw new InputError(
        `more than ${MAX_LINES} lines; a handoff is a page or two, not a log`,
        { file, line },
        'document/lines',
      );
    }
    if (markers.count > MAX_BLOCK_MARKERS) {
      throw new InputError(
        `more than ${MAX_BLOCK_MARKERS} list-item and quote markers; a handoff is prose and lists, not a tree of them`,
        { file, line },
        'document/blocks',
      );
    }
    start = end + 1;
    line++;
  }
  // A text no longer than the budget cannot hold more markup than it: only a longer one is counted.
  if (length <= MAX_MARKUP) return;
  let markup = 0;
  let nodes = 0;
  for (let i = 0; i < length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) {
      markup++;
      if (markup > MAX_MARKUP) {
        throw new InputError(
          `more than ${MAX_MARKUP} emphasis and bracket characters (*_~[]); a handoff is prose and lists`,
          { file, line: lineAt(markdown, i) },
          'document/markup',
        );
      }
    } else if (c === 96 || c === 60 || c === 124) {
      nodes++;
      if (nodes > MAX_MARKUP) {
        throw new InputError(
          `more than ${MAX_MARKUP} code, tag and table characters (\`<|); a handoff is prose and lists`,
          { file, line: lineAt(markdown, i) },
          'document/markup',
        );
      }
    }
  }
}

/**
 * Whether a document is plainly within every budget `assertReadableHandoff` keeps, found by a few
 * regular expressions over the whole text instead of a walk line by line. Most handoffs are a few
 * kilobytes with no conflict marker and shallow lists; the walk is then a no-op that still costs
 * ~90 µs a document in a process that has not warmed up (the cold check reads hundreds), while
 * V8 runs these expressions as native code. It may say no to a document within the budgets (the walk
 * then decides), never yes to one outside them:
 * - fewer characters than MAX_LINES, MAX_BLOCK_MARKERS and MAX_MARKUP cannot hold more lines,
 *   markers or markup;
 * - only a line that starts with seven `<` opens a conflict (`conflictMarkerAt`);
 * - `nestingAt` walks only the characters of the class below, at a line's start, and counts at most
 *   one marker per character and two levels per character of indentation (a tab is four columns,
 *   half of which count): a line's depth is at most twice that run, so runs shorter than
 *   NESTING_RUN keep it within MAX_NESTING.
 */
function withinBudgetsAtAGlance(markdown: string): boolean {
  return (
    markdown.length < MAX_LINES &&
    markdown.length < MAX_BLOCK_MARKERS &&
    markdown.length < MAX_MARKUP &&
    !CONFLICT_START.test(markdown) &&
    !DEEP_LINE_START.test(markdown)
  );
}
const CONFLICT_START = /^<{7}/m;
/** A line that starts with NESTING_RUN or more of the characters `nestingAt` walks. */
const NESTING_RUN = Math.floor(MAX_NESTING / 2);
const DEEP_LINE_START = new RegExp(`^[\\t >*+\\-0-9.)]{${NESTING_RUN}}`, 'm');

/**
 * The line from `start` to `end` without up to three spaces of indentation, when it starts with a
 * backtick or a tilde (and so may open or close a code fence); undefined, with nothing copied, else.
 */
function fenceLineBody(text: string, start: number, end: number): string | undefined {
  let at = start;
  while (at < end && at - start < 3 && text.charCodeAt(at) === 32) at++;
  const c = text.charCodeAt(at);
  return c === 96 /* ` */ || c === 126 /* ~ */ ? text.slice(at, end) : undefined;
}

/** The columns the line from `start` to `end` is indented (a tab to the next multiple of four); -1 when blank. */
function indentColumns(text: string, start: number, end: number): number {
  let column = 0;
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c === 32) column++;
    else if (c === 9) column += 4 - (column % 4);
    else if (c !== 13) return column;
  }
  return -1;
}

/**
 * Follows the list items open (`items`, content columns) over a line that is not blank, indented
 * `indent` columns: items it is indented less than end, and a list marker opens one, whose content
 * starts after the marker and its spaces (one when more than four follow, as CommonMark counts).
 */
function followItems(items: number[], text: string, start: number, end: number, indent: number): void {
  while (items.length > 0 && (items[items.length - 1] as number) > indent) items.pop();
  let at = start;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const marker = listMarker(text.slice(at, Math.min(end, at + 12)));
  if (!marker) return;
  let spaces = 0;
  while (at + marker.width + spaces < end && text.charCodeAt(at + marker.width + spaces) === 32) spaces++;
  items.push(indent + marker.width + (spaces >= 1 && spaces <= 4 ? spaces : 1));
}

/**
 * Whether the line from `start` to `end` is git's conflict marker: seven or more `<` (or `>`; the
 * `conflict-marker-size` attribute makes them longer), then a space, a tab or nothing.
 */
function conflictMarkerAt(text: string, start: number, end: number, char: '<' | '>'): boolean {
  let at = start;
  while (at < end && text[at] === char) at++;
  if (at - start < 7) return false;
  const after = text.charCodeAt(at);
  return at === end || after === 32 || after === 9 || after === 13;
}

/** Whether the line is a conflict's split: seven or more `=` and nothing else (a CR aside). */
function splitMarkerAt(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && text.charCodeAt(at) === 61 /* = */) at++;
  return at - start >= 7 && (at === end || (at + 1 === end && text.charCodeAt(at) === 13));
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * How deep the containers a line opens go: the `>` and list markers before its text, plus, when it
 * opens any, half its indentation (a nested list item is indented by its parents' markers). The
 * markers are added to `counted`.
 */
function nestingAt(text: string, start: number, end: number, counted: { count: number }): number {
  let markers = 0;
  let indent = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (markers === 0) indent++;
    } else if (c === 9) {
      if (markers === 0) indent += 4;
    } else if (c === 62 /* > */) markers++;
    else if ((c === 45 || c === 42 || c === 43) && (i + 1 === end || isSpaceCode(text.charCodeAt(i + 1))))
      markers++;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 41) && (j + 1 === end || isSpaceCode(text.charCodeAt(j + 1)))) {
        markers++;
        i = j;
      } else break;
    } else break;
    i++;
  }
  counted.count += markers;
  return markers === 0 ? 0 : markers + Math.floor(indent / 2);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9;
}

// ---------------------------------------------------------------------------------------------
// Blocks.
// ---------------------------------------------------------------------------------------------

type Parent = Root | Blockquote | ListItem;

interface QuoteFrame {
  kind: 'quote';
  node: Blockquote;
}
interface ItemFrame {
  kind: 'item';
  node: ListItem;
  list: List;
  /** Column where the item's content starts. */
  contentIndent: number;
  /** The item began with a blank line after its marker (then a second blank line ends it). */
  startedBlank: boolean;
  /** Lines seen so far, counting the marker line. */
  lines: number;
}
type Frame = QuoteFrame | ItemFrame;

interface RawParagraph extends Paragraph {
  raw: string[];
  /** The line of the definitions right before it, if any. */
  contentStart?: number;
}
interface RawHeading extends Heading {
  raw: string;
}
interface RawTable extends Table {
  rawRows: string[];
}

interface Leaf {
  node: RawParagraph | Code | Html | RawTable | Definition;
  /** Fenced code: the fence; indented code: ''. */
  fence?: { char: string; length: number; indent: number };
  /** HTML block: what ends it (a string to find, or a blank line). */
  htmlEnd?: string;
  /** Indented code: blank lines held until more code follows. */
  pendingBlank?: number;
  /** A definition that has its title (else the next line may be it). */
  titled?: boolean;
}

/**
 * What micromark treats as a paragraph still open for the next line: a paragraph, or a run of link
 * reference definitions (it reads those out of the start of a paragraph-like chunk, so the lines
 * after one continue that chunk, lazily too, and indented code cannot interrupt it).
 */
function paragraphLike(leaf: Leaf | undefined): boolean {
  return leaf?.node.type === 'paragraph' || leaf?.node.type === 'definition';
}

const BLOCK_TAGS = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir ' +
    'div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html ' +
    'iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section ' +
    'summary table tbody td tfoot th thead title tr track ul'
  ).split(' '),
);
/** A link title alone on its line (after a definition without one). */
const DEFINITION_TITLE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))[ \t]*$/;
const RAW_TAGS = /^<(?:script|pre|style|textarea)(?=[\s>]|$)/i;
const TAG_OPEN =
  /^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;
const TAG_CLOSE = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;

/**
 * Blocks, line by line. Each top-level block, once complete, gets its inline content and goes to the
 * sink (the document builder), and is dropped: memory holds one top-level block at a time.
 */
class BlockScanner {
  /** The top-level block still open (at most one child). */
  private readonly root: Root = { type: 'root', children: [] };
  private readonly stack: Frame[] = [];
  private leaf: Leaf | undefined;
  private readonly inline: InlineParser;

  /** The definitions met (the first pass's answer). */
  readonly found = new Set<string>();
  /** The run of definitions just read: its first line and its last. */
  private definitions: { start: number; line: number } | undefined;

  constructor(
    definitions: Set<string>,
    /** Where complete top-level blocks go; none on the first pass, which only looks for definitions. */
    private readonly sink: ((node: RootContent) => void) | undefined,
    file: string | undefined,
  ) {
    this.inline = new InlineParser(definitions, file);
  }

  /** Adds a block to a container, or as the next top-level block (handing over the previous one). */
  private addChild(parent: Parent, node: RootContent): void {
    if (parent === this.root) this.flushTopLevel();
    (parent.children as RootContent[]).push(node);
  }

  private flushTopLevel(): void {
    const done = this.root.children.pop();
    if (done && this.sink) this.sink(finishBlock(done, this.inline));
  }

  scan(source: string): void {
    let lineNo = 0;
    let start = 0;
    while (start < source.length) {
      let end = source.indexOf('\n', start);
      if (end === -1) end = source.length;
      lineNo++;
      this.line(expandTabs(source.slice(start, end)), lineNo);
      start = end + 1;
    }
    this.closeLeaf();
  }

  private parentNode(): Parent {
    const top = this.stack[this.stack.length - 1];
    return top ? top.node : this.root;
  }

  private line(text: string, lineNo: number): void {
    // 1. Walk the open containers.
    let pos = 0;
    let matched = 0;
    const blank = isBlank(text);
    // The end of the run of spaces the walk is in: each open item takes some of the same run, which
    // was measured again for each (60 open items over 39,000 lines indented 130 columns: 1.55 s).
    let spacesEnd = -1;
    const spacesFrom = (from: number): number => {
      if (spacesEnd < from) spacesEnd = from + indentAt(text, from);
      return spacesEnd - from;
    };
    for (const frame of this.stack) {
      if (frame.kind === 'quote') {
        const indent = spacesFrom(pos);
        if (indent < 4 && text.charCodeAt(pos + indent) === 62) {
          pos += indent + 1;
          if (text.charCodeAt(pos) === 32) pos++;
          matched++;
          continue;
        }
        break;
      }
      if (blank) {
        // A blank line continues an item, unless the item began blank and has nothing yet.
        if (frame.startedBlank && frame.node.children.length === 0 && frame.lines > 0) break;
        matched++;
        continue;
      }
      const indent = spacesFrom(pos);
      if (indent >= frame.contentIndent - pos) {
        pos = frame.contentIndent;
        matched++;
        continue;
      }
      break;
    }
    for (let i = 0; i < matched; i++) {
      const frame = this.stack[i] as Frame;
      if (frame.kind === 'item') frame.lines++;
    }
    const rest = text.slice(pos);

    // 2. Fenced code and HTML blocks in the innermost open container swallow the line.
    if (matched === this.stack.length && this.leaf) {
      if (this.leaf.fence) {
        if (this.continueFence(rest)) return;
      } else if (this.leaf.htmlEnd !== undefined) {
        this.continueHtml(rest, blank);
        return;
      }
    }

    // 3. Lazy continuation of a paragraph (after definitions: the paragraph that follows them).
    if (matched < this.stack.length && !blank && paragraphLike(this.leaf) && !this.startsBlock(rest, true)) {
      if (this.leaf?.node.type === 'paragraph') (this.leaf.node as RawParagraph).raw.push(rest.trimStart());
      else this.leafLine(rest.trimStart(), lineNo, false);
      return;
    }
    // micromark hands a line that closes containers without opening any to the inner flow as a
    // lazy line; indented code begun on such a line never takes a second line.
    let lazy = matched < this.stack.length;

    if (matched < this.stack.length) {
      this.closeLeaf();
      this.stack.length = matched;
    }

    // 4. New containers. Whether they would interrupt a paragraph is decided once, for the line.
    // micromark decides it by whether a flow construct is still going on: a paragraph, definitions,
    // or indented code (which goes on over blank lines until a line is not indented), so after
    // indented code, as after a paragraph, an empty item or one numbered other than 1 starts no list.
    const interrupting = paragraphLike(this.leaf) || this.leaf?.pendingBlank !== undefined;
    let cursor = rest;
    let column = pos;
    for (;;) {
      const indent = indentAt(cursor, 0);
      if (indent >= 4) break;
      const afterIndent = cursor.slice(indent);
      if (afterIndent.charCodeAt(0) === 62) {
        this.closeLeaf();
        const node: Blockquote = { type: 'blockquote', children: [], position: at(lineNo) };
        this.addChild(this.parentNode(), node);
        this.stack.push({ kind: 'quote', node });
        lazy = false;
        let skip = indent + 1;
        if (cursor.charCodeAt(skip) === 32) skip++;
        column += skip;
        cursor = cursor.slice(skip);
        continue;
      }
      const marker = listMarker(afterIndent);
      if (!marker || this.breaksAt(rest, cursor)) break;
      const afterMarker = afterIndent.slice(marker.width);
      if (interrupting && (isBlank(afterMarker) || !marker.interrupts)) break;
      if (this.setextDepth(cursor) !== undefined) break;
      this.closeLeaf();
      const spaces = indentAt(afterMarker, 0);
      const blankItem = isBlank(afterMarker);
      const gap = blankItem || spaces > 4 ? 1 : spaces;
      const contentIndent = column + indent + marker.width + gap;
      const parent = this.parentNode();
      const last = parent.children[parent.children.length - 1];
      let list: List;
      if (last?.type === 'list' && (last as ListWithMarker).marker === marker.char) {
        list = last;
      } else {
        list = {
          type: 'list',
          ordered: marker.ordered,
          start: marker.ordered ? marker.start : null,
          spread: false,
          children: [],
          position: at(lineNo),
        };
        (list as ListWithMarker).marker = marker.char;
        this.addChild(parent, list);
      }
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        checked: null,
        children: [],
        position: at(lineNo),
      };
      list.children.push(item);
      this.stack.push({ kind: 'item', node: item, list, contentIndent, startedBlank: blankItem, lines: 1 });
      lazy = false;
      column = contentIndent;
      cursor = blankItem ? '' : afterMarker.slice(gap);
      if (blankItem) break;
    }

    // 5. The leaf.
    this.leafLine(cursor, lineNo, lazy);
  }

  private leafLine(text: string, lineNo: number, lazy: boolean): void {
    const blank = isBlank(text);
    if (blank) {
      if (this.leaf?.pendingBlank !== undefined) {
        this.leaf.pendingBlank++;
        return;
      }
      this.closeLeaf();
      return;
    }
    const indent = indentAt(text, 0);
    const paragraph = this.leaf?.node.type === 'paragraph' ? (this.leaf.node as RawParagraph) : undefined;
    if (indent >= 4 && !paragraphLike(this.leaf)) {
      const code = this.leaf?.pendingBlank !== undefined ? (this.leaf.node as Code) : undefined;
      if (code) {
        const held = this.leaf?.pendingBlank ?? 0;
        code.value += `${'\n'.repeat(held)}\n${text.slice(4)}`;
        (this.leaf as Leaf).pendingBlank = 0;
        return;
      }
      this.closeLeaf();
      const node: Code = { type: 'code', lang: null, meta: null, value: text.slice(4), position: at(lineNo) };
      this.push(node);
      if (!lazy) this.leaf = { node: node as unknown as RawParagraph, pendingBlank: 0 };
      return;
    }
    if (this.leaf?.pendingBlank !== undefined) this.closeLeaf();
    const body = text.slice(indent);
    const first = body.charCodeAt(0);
    // A definition's title may stand on the next line. (One on several lines is read as paragraph
    // text: telling it would mean going back over lines; no handoff writes one.)
    if (this.leaf?.node.type === 'definition' && !this.leaf.titled && DEFINITION_TITLE.test(body)) {
      this.leaf.titled = true;
      if (this.definitions) this.definitions.line = lineNo;
      return;
    }

    if (paragraph) {
      const setext = this.setextDepth(text);
      if (setext !== undefined) {
        this.leaf = undefined;
        this.toHeading(paragraph, setext);
        return;
      }
      const table = this.leaf?.node.type === 'paragraph' ? this.tableStart(paragraph, text, lineNo) : false;
      if (table) return;
    }
    if (this.leaf?.node.type === 'table') {
      if (!this.startsBlock(text, false)) {
        (this.leaf.node as RawTable).rawRows.push(text);
        return;
      }
    }

    if (first === 35 /* # */) {
      const heading = atxHeading(body);
      if (heading) {
        this.closeLeaf();
        const node: RawHeading = {
          type: 'heading',
          depth: heading.depth as Heading['depth'],
          children: [],
          raw: heading.text,
          position: at(lineNo),
        };
        this.push(node);
        return;
      }
    }
    if (isThematicBreak(text)) {
      this.closeLeaf();
      this.push({ type: 'thematicBreak', position: at(lineNo) });
      return;
    }
    if (first === 96 || first === 126) {
      const fence = fenceOpening(body);
      if (fence) {
        this.closeLeaf();
        const info = fence.info.trim();
        const node: Code = {
          type: 'code',
          lang: info === '' ? null : (info.split(/\s/)[0] ?? null),
          meta: null,
          value: '',
          position: at(lineNo),
        };
        this.push(node);
        this.leaf = {
          node: node as unknown as RawParagraph,
          fence: { char: fence.char, length: fence.length, indent },
        };
        (node as Code & { lines?: string[] }).lines = [];
        return;
      }
    }
    if (first === 60 /* < */) {
      const end = htmlBlockEnd(body, paragraphLike(this.leaf));
      if (end !== undefined) {
        this.closeLeaf();
        const node: Html = { type: 'html', value: text, position: at(lineNo) };
        this.push(node);
        if (end !== '' && body.includes(end, 1)) return;
        this.leaf = { node: node as unknown as RawParagraph, htmlEnd: end };
        return;
      }
    }
    if (paragraph) {
      paragraph.raw.push(body);
      return;
    }
    if (first === 91 /* [ */ && this.definition(body, lineNo)) return;
    this.closeLeaf();
    const node: RawParagraph = { type: 'paragraph', children: [], raw: [body], position: at(lineNo) };
    // micromark reads definitions and the paragraph after them as one chunk: a setext heading made
    // of that paragraph starts at the first definition.
    if (this.definitions?.line === lineNo - 1) node.contentStart = this.definitions.start;
    this.push(node);
    this.leaf = { node };
  }

  private push(node: RootContent): void {
    this.addChild(this.parentNode(), node);
  }

  private continueFence(text: string): boolean {
    const leaf = this.leaf as Leaf;
    const fence = leaf.fence as NonNullable<Leaf['fence']>;
    const node = leaf.node as unknown as Code & { lines: string[] };
    const indent = indentAt(text, 0);
    if (indent < 4 && closesFence(text.slice(indent), fence)) {
      this.closeLeaf();
      return true;
    }
    node.lines.push(text.slice(Math.min(fence.indent, indent)));
    return true;
  }

  private continueHtml(text: string, blank: boolean): void {
    const leaf = this.leaf as Leaf;
    const node = leaf.node as unknown as Html;
    if (leaf.htmlEnd === '') {
      if (blank) {
        this.closeLeaf();
        return;
      }
      node.value += `\n${text}`;
      return;
    }
    node.value += `\n${text}`;
    if (text.includes(leaf.htmlEnd as string)) this.closeLeaf();
  }

  /** `---`/`===` under a paragraph, in the same container. */
  /**
   * Whether `line` from its suffix `cursor` on is a thematic break, from the line's reach for each
   * character, found once per line: each list marker on a line asks again of what follows it, and
   * 60 markers before a 4 MB run of `-` scanned it 60 times (2.5 s).
   */
  private breaksAt(line: string, cursor: string): boolean {
    return thematicBreakAt(line, line.length - cursor.length, (char) => {
      let reach = this.breakReach;
      if (reach?.line !== line || reach.char !== char) {
        reach = { line, ...breakReachOf(line, char) };
        this.breakReach = reach;
      }
      return reach;
    });
  }

  private breakReach: ({ line: string } & BreakReach) | undefined;

  private setextDepth(text: string): 1 | 2 | undefined {
    if (this.leaf?.node.type !== 'paragraph') return undefined;
    const match = /^ {0,3}(=+|-+)[ \t]*$/.exec(text);
    if (!match) return undefined;
    return (match[1] ?? '').startsWith('=') ? 1 : 2;
  }

  private toHeading(paragraph: RawParagraph, depth: 1 | 2): void {
    const parent = this.parentNode();
    const index = (parent.children as RootContent[]).lastIndexOf(paragraph);
    const raw = paragraph.raw.join('\n');
    const heading: RawHeading = {
      type: 'heading',
      depth,
      children: [],
      raw,
      position: paragraph.contentStart === undefined ? paragraph.position : at(paragraph.contentStart),
    };
    (parent.children as RootContent[])[index] = heading;
  }

  /** A GFM table: the paragraph's last line is the header row, this line the delimiter row. */
  private tableStart(paragraph: RawParagraph, text: string, lineNo: number): boolean {
    if (!text.includes('-')) return false;
    const delimiter = splitCells(text.trim());
    if (delimiter.length === 0 || !delimiter.every((cell) => /^:?-+:?$/.test(cell.trim()))) return false;
    // One column and no pipe: `---` under a paragraph is a setext underline, but `:-` opens a table.
    if (!text.includes('|') && delimiter.length === 1 && !text.includes(':')) return false;
    const header = paragraph.raw[paragraph.raw.length - 1] as string;
    if (splitCells(header.trim()).length !== delimiter.length) return false;
    const parent = this.parentNode();
    const table: RawTable = {
      type: 'table',
      align: delimiter.map(() => null),
      children: [],
      rawRows: [header],
      position: at(lineNo - 1),
    };
    paragraph.raw.pop();
    if (paragraph.raw.length === 0) {
      const index = (parent.children as RootContent[]).lastIndexOf(paragraph);
      (parent.children as RootContent[]).splice(index, 1);
    }
    this.addChild(parent, table);
    this.leaf = { node: table };
    return true;
  }

  /** Would this line start a block that interrupts a paragraph (or ends a table)? */
  private startsBlock(text: string, lazy: boolean): boolean {
    const indent = indentAt(text, 0);
    if (indent >= 4) return false;
    const body = text.slice(indent);
    const first = body.charCodeAt(0);
    if (first === 62) return true;
    if (first === 35 && atxHeading(body)) return true;
    if (isThematicBreak(text)) return true;
    if ((first === 96 || first === 126) && /^(`{3,}|~{3,})/.test(body)) return true;
    if (first === 60 && htmlBlockEnd(body, true) !== undefined) return true;
    const marker = listMarker(body);
    if (marker) {
      // Where the paragraph's own container is not continued, any item starts (a sibling item);
      // only a paragraph that goes on may not be interrupted by an empty item or by `2.`.
      if (lazy) return true;
      const after = body.slice(marker.width);
      if (!isBlank(after) && marker.interrupts) return true;
    }
    return false;
  }

  private definition(body: string, lineNo: number): boolean {
    const match =
      /^\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+("[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/.exec(
        body,
      );
    if (!match || (match[1] ?? '').trim() === '') return false;
    this.closeLeaf();
    const label = normaliseReference(match[1] ?? '');
    this.found.add(label);
    const start = this.definitions?.line === lineNo - 1 ? this.definitions.start : lineNo;
    this.definitions = { start, line: lineNo };
    const node: Definition = {
      type: 'definition',
      identifier: label,
      label: match[1] ?? '',
      url: '',
      title: null,
      position: at(lineNo),
    };
    this.push(node);
    this.leaf = { node, titled: match[3] !== undefined };
    return true;
  }

  private closeLeaf(): void {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = undefined;
    if (leaf.fence) {
      const node = leaf.node as unknown as Code & { lines?: string[] };
      node.value = (node.lines ?? []).join('\n');
      delete node.lines;
    }
  }

  finish(): void {
    this.closeLeaf();
    this.stack.length = 0;
    this.flushTopLevel();
  }
}

interface ListWithMarker extends List {
  marker?: string;
}

function at(line: number): {
  start: { line: number; column: number };
  end: { line: number; column: number };
} {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let column = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === '\t') {
      const width = 4 - (column % 4);
      out += ' '.repeat(width);
      column += width;
    } else if (c === ' ' || c === '>' || c === '-' || c === '*' || c === '+') {
      out += c;
      column++;
    } else break;
  }
  return out + line.slice(i);
}

/** Whether the line is a thematic break (`---`, `* * *`, `___`). */
function isThematicBreak(text: string): boolean {
  return thematicBreakAt(text, 0, (char) => breakReachOf(text, char));
}

/**
 * Where a thematic break of `char` may start in a line: after `after`, its last character that is
 * neither `char` nor a blank, and at or before `third`, the third `char` from the end (-1: none).
 */
interface BreakReach {
  char: string;
  after: number;
  third: number;
}

/** The line's `BreakReach` for `char`, walked back from its end only as far as it can matter. */
function breakReachOf(line: string, char: string): BreakReach {
  let seen = 0;
  let third = -1;
  let i = line.length - 1;
  for (; i >= 0; i--) {
    const d = line[i];
    if (d === char) {
      if (++seen === 3) third = i;
    } else if (d !== ' ' && d !== '\t') break;
  }
  return { char, after: i, third };
}

/**
 * Whether `line` from `from` on is a thematic break: up to three spaces, then three or more of one
 * of `-*_` with only blanks beside them; `reachOf` gives the line's `BreakReach` for that character.
 */
function thematicBreakAt(line: string, from: number, reachOf: (char: string) => BreakReach): boolean {
  const at = from + indentAt(line, from);
  if (at - from >= 4) return false;
  const c = line[at];
  if (c !== '-' && c !== '*' && c !== '_') return false;
  const { after, third } = reachOf(c);
  return at > after && at <= third;
}

/** What ends an HTML block starting with this line ('' = a blank line), or undefined when none starts. */
function htmlBlockEnd(body: string, paragraphOpen: boolean): string | undefined {
  if (body.startsWith('<!--')) return '-->';
  if (RAW_TAGS.test(body)) {
    const name = /^<([a-z]+)/i.exec(body)?.[1]?.toLowerCase() ?? '';
    return `</${name}>`;
  }
  if (body.startsWith('<?')) return '?>';
  if (body.startsWith('<![CDATA[')) return ']]>';
  if (/^<![A-Za-z]/.test(body)) return '>';
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(body);
  if (tag && BLOCK_TAGS.has((tag[1] ?? '').toLowerCase())) return '';
  if (paragraphOpen) return undefined;
  TAG_OPEN.lastIndex = 0;
  TAG_CLOSE.lastIndex = 0;
  const open = TAG_OPEN.exec(body) ?? TAG_CLOSE.exec(body);
  if (open && isBlank(body.slice(open[0].length))) {
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(body)?.[1]?.toLowerCase();
    if (name && !/^(?:script|pre|style|textarea)$/.test(name)) return '';
  }
  return undefined;
}

/** Cells of a table row: split at unescaped pipes, outer pipes dropped. */
function splitCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && row[i + 1] === '|') {
      current += '|';
      i++;
    } else if (c === '|') {
      cells.push(current);
      current = '';
    } else current += c;
  }
  cells.push(current);
  if (row.startsWith('|')) cells.shift();
  if (row.endsWith('|') && !row.endsWith('\\|') && cells.length > 0) cells.pop();
  return cells;
}

function normaliseReference(label: string): string {
  return label
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// The tree, and the inline content of its paragraphs, headings and table cells.
// ---------------------------------------------------------------------------------------------

/** The mdast tree of a markdown text, as far as handoffs need it. */
export function scanMarkdown(markdown: string, file?: string): Root {
  const root: Root = { type: 'root', children: [] };
  scanBlocks(readableSource(markdown, file), (node) => root.children.push(node), file);
  return root;
}

/** The text both scanners read: within the budgets (else an InputError), `\n` line endings, no BOM. */
function readableSource(markdown: string, file: string | undefined): string {
  const text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
  // Line ends first, so the budgets count the lines the scanner reads: to it a lone `\r` ends a line
  // too, and 6,000 `>` after one were not counted as nesting (the reader then overflowed the stack).
  const source = text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
  assertReadableHandoff(source, file);
  return source;
}

function scanBlocks(source: string, sink: (node: RootContent) => void, file: string | undefined): void {
  // Links may use a definition made further down: when the text has any, a first pass (blocks only,
  // no inline content) finds which lines really are definitions.
  let definitions = new Set<string>();
  if (/^[ >]*\[[^\n]*\]:/m.test(source)) {
    const first = new BlockScanner(definitions, undefined, file);
    first.scan(source);
    first.finish();
    definitions = first.found;
  }
  const scanner = new BlockScanner(definitions, sink, file);
  scanner.scan(source);
  scanner.finish();
}

/** Gives a complete block its inline content (paragraphs, headings, table cells) and task checks. */
function finishBlock(block: RootContent, inline: InlineParser): RootContent {
  const pending: RootContent[] = [block];
  while (pending.length > 0) {
    const node = pending.pop() as RootContent;
    if (node.type === 'paragraph') {
      const raw = (node as RawParagraph).raw;
      if (raw) {
        const text = trimEndOf(raw.join('\n'), ' \t');
        // A task's check is written as it is: `\[ ]` or `&#91; ]` reads as `[ ]` but is text.
        if (TASK_CHECK.test(text)) opensWithCheck.add(node);
        node.children = inline.parse(text, node.position?.start.line);
        (node as Partial<RawParagraph>).raw = undefined;
      }
    } else if (node.type === 'heading') {
      const raw = (node as RawHeading).raw;
      if (raw !== undefined) node.children = inline.parse(raw.trim(), node.position?.start.line);
    } else if (node.type === 'table') {
      const rows = (node as RawTable).rawRows;
      node.children = rows.map(
        (row): TableRow => ({
          type: 'tableRow',
          children: splitCells(row.trim()).map(
            (cell): TableCell => ({
              type: 'tableCell',
              children: inline.parse(cell.trim(), node.position?.start.line),
            }),
          ),
        }),
      );
    } else if (node.type === 'list') {
      for (const item of node.children) pending.push(...(item.children as RootContent[]));
    } else if (node.type === 'blockquote') {
      pending.push(...node.children);
    }
  }
  taskItems(block);
  return block;
}

/**
 * A task item's check, `[ ]`, `[x]` or `[X]` followed by a space or a line ending (and the blanks
 * after it): tested on the source, where an escaped one does not match, and cut from the parsed text.
 */
const TASK_CHECK = /^\[([ \txX])\](?=[ \t\n])[ \t]*/;
/** Paragraphs whose source opens with TASK_CHECK (the parsed text cannot tell an escaped one). */
const opensWithCheck = new WeakSet<RootContent>();

/** GFM task items: `[ ]`/`[x]` opening the first paragraph, followed by text, is the item's check. */
function taskItems(block: RootContent): void {
  const pending: RootContent[] = [block];
  while (pending.length > 0) {
    const node = pending.pop() as RootContent;
    if (node.type === 'list') {
      for (const item of node.children) {
        const first = item.children[0];
        const head = first?.type === 'paragraph' && opensWithCheck.has(first) ? first.children[0] : undefined;
        if (head?.type === 'text') {
          // The check is followed by a space or a line ending, and then by something.
          const match = TASK_CHECK.exec(head.value);
          const followed =
            match &&
            (match[0].length < head.value.length ||
              (first?.type === 'paragraph' && first.children.length > 1));
          if (match && followed) {
            item.checked = match[1] === 'x' || match[1] === 'X';
            head.value = head.value.slice(match[0].length);
          }
        }
        pending.push(...(item.children as RootContent[]));
      }
    } else if (node.type === 'blockquote') {
      pending.push(...node.children);
    }
  }
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rarr: '→',
  larr: '←',
  harr: '↔',
  rArr: '⇒',
  check: '✓',
  times: '×',
  deg: '°',
  middot: '·',
  bull: '•',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  euro: '€',
  pound: '£',
  sect: '§',
  para: '¶',
  plusmn: '±',
  le: '≤',
  ge: '≥',
  ne: '≠',
};

const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Text that may hold inline syntax: a SPECIAL character other than the h and w that start literal
 * autolinks, or such a link's start itself. Text without any is one plain text node.
 */
const MAY_HOLD_INLINE_SYNTAX = /[\\\n`*_~[!\]<&]|https?:\/\/|www\./i;

/** Characters that may start inline syntax; everything else is copied as part of a run. */
const SPECIAL: boolean[] = [];
for (const c of '\\\n`*_~[!]<&hwHW') SPECIAL[c.charCodeAt(0)] = true;
const WHITESPACE = /\s/u;
/** Longest link destination read (micromark has none; nothing a handoff links to is longer). */
const MAX_DESTINATION = 4096;

/** Whitespace (1), punctuation (2) or other (0), as micromark classifies the character at i. */
function classify(text: string, i: number): 0 | 1 | 2 {
  if (i < 0 || i >= text.length) return 1;
  const code = text.codePointAt(i) as number;
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return 1;
    return isAsciiPunctuation(code) ? 2 : 0;
  }
  // A low surrogate: classify the whole pair.
  const char =
    code >= 0xdc00 && code <= 0xdfff && i > 0
      ? String.fromCodePoint(text.codePointAt(i - 1) as number)
      : String.fromCodePoint(code);
  if (WHITESPACE.test(char)) return 1;
  if (PUNCTUATION.test(char)) return 2;
  return 0;
}

/** A piece of inline content on the doubly linked list the delimiter algorithm rewires. */
interface Piece {
  node?: PhrasingContent;
  /** A run of `*`, `_` or `~` still to be matched. */
  delim?: { char: string; count: number; original: number; canOpen: boolean; canClose: boolean };
  /** `[` or `![` not yet closed. */
  bracket?: { image: boolean; start: number };
  prev?: Piece;
  next?: Piece;
  /** Order in the list (a wrapper shares its opener's): floors are kept as numbers, not pieces. */
  seq: number;
}

class InlineParser {
  private head: Piece = { seq: 0 };
  private tail: Piece = this.head;
  private seq = 0;
  private text = '';
  private brackets: Piece[] = [];
  /**
   * The link openers (`[`, not `![`) held at `brackets[k]` for k below this are inactive: a link
   * closed over them (CommonMark: no link inside a link). A mark, not a walk over the stack per link:
   * 40,000 open `[` before 20,000 links took 17 s.
   */
  private inactiveBelow = 0;
  private codeRuns = new Map<number, number[]>();
  private codeCursor = new Map<number, number>();
  private lastCloseBracket = -1;
  /**
   * The first `-->` at or after `from` (`at`, -1 for none): one search answers every `<!--` before
   * it. Searched again for each, 40,000 unclosed `<!--` took 17 s.
   */
  private commentClose = { from: Number.MAX_SAFE_INTEGER, at: -1 };

  /** How deep each link, image, emphasis and strikethrough node nests others (text: 0). */
  private depths = new WeakMap<PhrasingContent, number>();
  /** The line the text being parsed starts on, for the error a hostile one gets. */
  private line: number | undefined;

  constructor(
    private readonly definitions: Set<string>,
    private readonly file: string | undefined,
  ) {}

  /**
   * Records how deep `node` nests its `children`; past MAX_NESTING, as for lists and quotes, the
   * document is refused (`document/nesting`). 3,500 nested `*a ... a*` overflowed the stack of every
   * reader of the tree, and an image's alt text was copied again at each of 25,000 levels (3.4 s).
   */
  private nest(node: PhrasingContent, children: readonly PhrasingContent[]): void {
    let deepest = 0;
    for (const child of children) deepest = Math.max(deepest, this.depths.get(child) ?? 0);
    if (deepest >= MAX_NESTING) {
      throw new InputError(
        `links, images or emphasis nested over ${MAX_NESTING} deep; a handoff may nest ${MAX_NESTING} at most`,
        {
          ...(this.file === undefined ? {} : { file: this.file }),
          ...(this.line === undefined ? {} : { line: this.line }),
        },
        'document/nesting',
      );
    }
    this.depths.set(node, deepest + 1);
  }

  parse(text: string, line?: number): PhrasingContent[] {
    // Most lines of a handoff are plain words: nothing below would find anything in them.
    if (!MAY_HOLD_INLINE_SYNTAX.test(text)) return text === '' ? [] : [{ type: 'text', value: text }];
    this.text = text;
    this.line = line;
    this.seq = 0;
    this.head = { seq: 0 };
    this.tail = this.head;
    this.brackets = [];
    this.inactiveBelow = 0;
    this.commentClose = { from: Number.MAX_SAFE_INTEGER, at: -1 };
    this.indexCodeRuns();
    // Literal text is kept as slices of `text` (no character-by-character concatenation).
    let parts: string[] = [];
    let runStart = 0;
    const closeRun = (at: number) => {
      if (at > runStart) parts.push(text.slice(runStart, at));
    };
    const flush = (at: number) => {
      closeRun(at);
      if (parts.length > 0) {
        const value = parts.length === 1 ? (parts[0] as string) : parts.join('');
        if (value !== '') this.appendText(value);
      }
      parts = [];
    };
    let i = 0;
    const n = text.length;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (!SPECIAL[code]) {
        i++;
        continue;
      }
      const c = text[i] as string;
      if (c === '\\') {
        const next = text[i + 1];
        if (next === '\n') {
          flush(i);
          this.append({ node: { type: 'break' } });
          i = skipSpaces(text, i + 2);
          runStart = i;
          continue;
        }
        if (next !== undefined && isAsciiPunctuation(next.charCodeAt(0))) {
          closeRun(i);
          parts.push(next);
          i += 2;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === '\n') {
        // Trailing spaces before a line ending go; two or more make a hard break.
        let spaces = 0;
        while (i - spaces - 1 >= runStart && text[i - spaces - 1] === ' ') spaces++;
        if (spaces >= 2) {
          flush(i - spaces);
          this.append({ node: { type: 'break' } });
        } else {
          closeRun(i - spaces);
          parts.push('\n');
        }
        i = skipSpaces(text, i + 1);
        runStart = i;
        continue;
      }
      if (c === '`') {
        let run = 1;
        while (text[i + run] === '`') run++;
        const close = this.codeCloser(run, i + run);
        if (close === undefined) {
          i += run;
          continue;
        }
        flush(i);
        let value = text.slice(i + run, close);
        if (/^[ \n].*[ \n]$/s.test(value) && !/^[ \n]*$/.test(value)) value = value.slice(1, -1);
        this.append({ node: { type: 'inlineCode', value } });
        i = close + run;
        runStart = i;
        continue;
      }
      if (c === '*' || c === '_' || c === '~') {
        let run = 1;
        while (text[i + run] === c) run++;
        if (c === '~' && run > 2) {
          i += run;
          continue;
        }
        const before = classify(text, i - 1);
        const after = classify(text, i + run);
        let canOpen: boolean;
        let canClose: boolean;
        if (c === '~') {
          canOpen = after === 0 || (after === 2 && before !== 0);
          canClose = before === 0 || (before === 2 && after !== 0);
        } else {
          const open = after === 0 || (after === 2 && before !== 0);
          const close = before === 0 || (before === 2 && after !== 0);
          canOpen = c === '*' ? open : open && (before !== 0 || !close);
          canClose = c === '*' ? close : close && (after !== 0 || !open);
        }
        if (!canOpen && !canClose) {
          i += run;
          continue;
        }
        flush(i);
        this.append({
          node: { type: 'text', value: text.slice(i, i + run) },
          delim: { char: c, count: run, original: run, canOpen, canClose },
        });
        i += run;
        runStart = i;
        continue;
      }
      if (c === '[' || (c === '!' && text[i + 1] === '[')) {
        const image = c === '!';
        const width = image ? 2 : 1;
        if (i > this.lastCloseBracket) {
          // No `]` follows: this bracket can never open a link.
          i += width;
          continue;
        }
        flush(i);
        const piece: Piece = {
          node: { type: 'text', value: image ? '![' : '[' },
          bracket: { image, start: i + width },
          seq: 0,
        };
        this.append(piece);
        this.brackets.push(piece);
        i += width;
        runStart = i;
        continue;
      }
      if (c === ']') {
        if (this.brackets.length === 0) {
          i++;
          continue;
        }
        flush(i);
        runStart = i;
        const end = this.closeBracket(i);
        if (end !== undefined) {
          i = end;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === '<') {
        const window = text.slice(i, i + 2048);
        const auto = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/.exec(window);
        const mail = auto
          ? undefined
          : /^<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/.exec(
              window,
            );
        const found = auto ?? mail;
        if (found) {
          flush(i);
          const target = found[1] as string;
          this.append({
            node: {
              type: 'link',
              url: mail ? `mailto:${target}` : target,
              title: null,
              children: [{ type: 'text', value: target }],
            },
          });
          i += found[0].length;
          runStart = i;
          continue;
        }
        const html = text.startsWith('<!--', i) ? this.commentEnd(i) : inlineHtml(text, i);
        if (html !== undefined) {
          flush(i);
          this.append({ node: { type: 'html', value: text.slice(i, html) } });
          i = html;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === '&') {
        const entity = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/.exec(
          text.slice(i, i + 40),
        );
        if (entity) {
          const decoded = entity[1]
            ? codePoint(Number.parseInt(entity[1], 16))
            : entity[2]
              ? codePoint(Number(entity[2]))
              : ENTITIES[entity[3] as string];
          if (decoded !== undefined) {
            closeRun(i);
            parts.push(decoded);
            i += entity[0].length;
            runStart = i;
            continue;
          }
        }
        i++;
        continue;
      }
      if (literalAutolinkAllowed(text, i)) {
        const end = literalAutolinkEnd(text, i);
        if (end !== undefined) {
          i = end;
          continue;
        }
      }
      i++;
    }
    flush(n);
    this.processEmphasis(undefined);
    const nodes: PhrasingContent[] = [];
    for (let piece = this.head.next; piece; piece = piece.next) {
      if (piece.node) nodes.push(piece.node);
    }
    return mergeTexts(nodes);
  }

  /** Text joins the plain text before it, so failed brackets and the like do not pile up pieces. */
  private appendText(value: string): void {
    const tail = this.tail;
    if (tail !== this.head && tail.node?.type === 'text' && !tail.delim && !tail.bracket) {
      tail.node = { type: 'text', value: tail.node.value + value };
      return;
    }
    this.append({ node: { type: 'text', value } });
  }

  private append(input: Omit<Piece, 'seq'>): void {
    const piece = input as Piece;
    piece.seq = ++this.seq;
    piece.prev = this.tail;
    this.tail.next = piece;
    this.tail = piece;
  }

  private indexCodeRuns(): void {
    this.lastCloseBracket = this.text.lastIndexOf(']');
    this.codeRuns = new Map();
    this.codeCursor = new Map();
    const text = this.text;
    // Every backtick run, escaped or not, may close a code span: inside one a backslash is text. (An
    // escaped backtick never opens one: the parse loop reads `\`` as an escape before it gets there.)
    for (let i = text.indexOf('`'); i !== -1; ) {
      let run = 1;
      while (text[i + run] === '`') run++;
      const list = this.codeRuns.get(run) ?? [];
      list.push(i);
      this.codeRuns.set(run, list);
      i = text.indexOf('`', i + run);
    }
  }

  /** Start of the next backtick run of exactly `run` after `from`, in amortised constant time. */
  private codeCloser(run: number, from: number): number | undefined {
    const list = this.codeRuns.get(run);
    if (!list) return undefined;
    let cursor = this.codeCursor.get(run) ?? 0;
    while (cursor < list.length && (list[cursor] as number) < from) cursor++;
    this.codeCursor.set(run, cursor);
    return list[cursor];
  }

  /** The end of the HTML comment `<!--` opens at i (after its `-->`), or undefined when none closes it. */
  private commentEnd(i: number): number | undefined {
    const from = i + 4;
    const known = this.commentClose;
    if (from < known.from || (known.at !== -1 && known.at < from)) {
      known.from = from;
      known.at = this.text.indexOf('-->', from);
    }
    return known.at === -1 ? undefined : known.at + 3;
  }

  /** `]` at i: a link or image when an open bracket and a destination or reference follow. */
  private closeBracket(i: number): number | undefined {
    const opener = this.brackets.pop();
    if (!opener?.bracket) return undefined;
    const index = this.brackets.length;
    const active = opener.bracket.image || index >= this.inactiveBelow;
    // What is pushed from now on sits at `index` or above, active until a link closes over it.
    this.inactiveBelow = Math.min(this.inactiveBelow, index);
    if (!active) return undefined;
    const text = this.text;
    const label = text.slice(opener.bracket.start, i);
    let end: number | undefined;
    let url = '';
    let reference = false;
    if (text[i + 1] === '(') {
      const resource = linkResource(text, i + 2);
      if (resource) {
        end = resource.end;
        url = resource.url;
      }
    }
    if (end === undefined) {
      const ref = /^\[((?:[^\\[\]]|\\.){0,999})\]/.exec(text.slice(i + 1, i + 1 + 1002));
      if (ref && (ref[1] ?? '').trim() !== '' && this.definitions.has(normaliseReference(ref[1] ?? ''))) {
        end = i + 1 + ref[0].length;
        reference = true;
      } else if (
        // The limit first: normalising a long label at every `]` made nested brackets quadratic
        // (49,900 `[` and as many `a]`, inside every budget, took 54 s).
        label.length <= 999 &&
        label.trim() !== '' &&
        this.definitions.has(normaliseReference(label))
      ) {
        end = ref && (ref[1] ?? '') === '' ? i + 3 : i + 1;
        reference = true;
      }
    }
    if (end === undefined) return undefined;
    this.processEmphasis(opener);
    const children: PhrasingContent[] = [];
    for (let piece = opener.next; piece; piece = piece.next) if (piece.node) children.push(piece.node);
    const merged = mergeTexts(children);
    let node: PhrasingContent;
    if (opener.bracket.image) {
      const alt = merged.map(textOf).join('');
      node = reference
        ? { type: 'imageReference', identifier: '', label: '', referenceType: 'full', alt }
        : { type: 'image', url, title: null, alt };
    } else {
      node = reference
        ? { type: 'linkReference', identifier: '', label: '', referenceType: 'full', children: merged }
        : ({ type: 'link', url, title: null, children: merged } as Link);
      this.inactiveBelow = this.brackets.length;
    }
    this.nest(node, merged);
    opener.node = node;
    opener.bracket = undefined;
    opener.next = undefined;
    this.tail = opener;
    return end;
  }

  /**
   * The CommonMark delimiter algorithm over the runs after `bottom` (exclusive), with a floor per
   * kind of closer so each run is looked at a bounded number of times: linear overall.
   */
  private processEmphasis(bottom: Piece | undefined): void {
    const start = bottom ?? this.head;
    const floors = new Map<string, number>();
    let closer = start.next;
    while (closer) {
      const d = closer.delim;
      if (!d?.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${d.char}${d.canOpen ? 1 : 0}${d.original % 3}${d.char === '~' ? d.count : ''}`;
      const floor = Math.max(floors.get(key) ?? start.seq, start.seq);
      let opener = closer.prev;
      let found: Piece | undefined;
      while (opener && opener.seq > floor) {
        const o = opener.delim;
        if (o?.canOpen && o.char === d.char) {
          if (d.char === '~') {
            if (o.count === d.count) {
              found = opener;
              break;
            }
          } else {
            const oddMatch =
              (o.canClose || d.canOpen) &&
              (o.original + d.original) % 3 === 0 &&
              (o.original % 3 !== 0 || d.original % 3 !== 0);
            if (!oddMatch) {
              found = opener;
              break;
            }
          }
        }
        opener = opener.prev;
      }
      if (!found) {
        floors.set(key, (closer.prev ?? start).seq);
        const next = closer.next;
        if (!d.canOpen) closer.delim = undefined;
        closer = next;
        continue;
      }
      const o = found.delim as NonNullable<Piece['delim']>;
      const use = d.char === '~' ? d.count : o.count >= 2 && d.count >= 2 ? 2 : 1;
      const children: PhrasingContent[] = [];
      for (let piece = found.next; piece && piece !== closer; piece = piece.next) {
        if (piece.node) children.push(piece.node);
      }
      const merged = mergeTexts(children);
      const node: PhrasingContent =
        d.char === '~'
          ? { type: 'delete', children: merged }
          : use === 2
            ? { type: 'strong', children: merged }
            : { type: 'emphasis', children: merged };
      this.nest(node, merged);
      const wrapper: Piece = { node, prev: found, next: closer, seq: found.seq };
      found.next = wrapper;
      closer.prev = wrapper;
      o.count -= use;
      d.count -= use;
      setRunText(found);
      setRunText(closer);
      if (o.count === 0) unlink(this, found);
      if (d.count === 0) {
        const next = closer.next;
        unlink(this, closer);
        closer = next;
      }
    }
    // Unmatched runs stay as their text.
    for (let piece = start.next; piece; piece = piece.next) piece.delim = undefined;
  }
}

function setRunText(piece: Piece): void {
  const d = piece.delim;
  if (d && piece.node?.type === 'text') piece.node = { type: 'text', value: d.char.repeat(d.count) };
}

function unlink(parser: { tail: Piece } | unknown, piece: Piece): void {
  const owner = parser as { tail: Piece };
  if (piece.prev) piece.prev.next = piece.next;
  if (piece.next) piece.next.prev = piece.prev;
  if (owner.tail === piece && piece.prev) owner.tail = piece.prev;
  piece.delim = undefined;
}

function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { type: 'text', value: last.value + node.value };
    } else if (node.type !== 'text' || node.value !== '') out.push(node);
  }
  return out;
}

function textOf(node: PhrasingContent): string {
  if ('value' in node) return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return (node.children as PhrasingContent[]).map(textOf).join('');
  return '';
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

function codePoint(value: number): string {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(value);
}

/** `(dest "title")` after a `]`: its end and the decoded destination, or undefined. */
function linkResource(text: string, from: number): { end: number; url: string } | undefined {
  let i = skipWhitespace(text, from);
  let url = '';
  if (text[i] === '<') {
    const close = text.indexOf('>', i + 1);
    if (close === -1 || close - i > MAX_DESTINATION) return undefined;
    const inside = text.slice(i + 1, close);
    if (/[\n<]/.test(inside.replace(/\\[<>]/g, ''))) return undefined;
    url = inside;
    i = close + 1;
  } else {
    let depth = 0;
    const start = i;
    while (i < text.length && i - start <= MAX_DESTINATION) {
      const c = text[i] as string;
      const code = c.charCodeAt(0);
      if (code <= 32 || code === 127) break;
      if (c === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1] as string)) {
        i += 2;
        continue;
      }
      if (c === '(') {
        depth++;
        if (depth > 32) return undefined;
      } else if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    if (i - start > MAX_DESTINATION || depth !== 0) return undefined;
    url = text.slice(start, i);
  }
  const afterDestination = i;
  i = skipWhitespace(text, i);
  if (i > afterDestination && (text[i] === '"' || text[i] === "'" || text[i] === '(')) {
    const closeChar = text[i] === '(' ? ')' : text[i];
    let j = i + 1;
    while (j < text.length && text[j] !== closeChar && j - i <= MAX_DESTINATION) {
      if (text[j] === '\\') j++;
      else if (closeChar === ')' && text[j] === '(') return undefined;
      j++;
    }
    if (text[j] !== closeChar) return undefined;
    i = skipWhitespace(text, j + 1);
  }
  if (text[i] !== ')') return undefined;
  return { end: i + 1, url: decodeDestination(url) };
}

function skipWhitespace(text: string, i: number): number {
  let lineEndings = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      lineEndings++;
      if (lineEndings > 1) break;
    } else if (c !== ' ' && c !== '\t') break;
    i++;
  }
  return i;
}

function decodeDestination(url: string): string {
  return url
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(
      /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
      (whole, hex, dec, name) => {
        if (hex) return codePoint(Number.parseInt(hex, 16));
        if (dec) return codePoint(Number(dec));
        return ENTITIES[name] ?? whole;
      },
    );
}

/** End of an inline HTML tag starting at `<` (an open or closing tag; comments: `commentEnd`), or undefined. */
function inlineHtml(text: string, i: number): number | undefined {
  const window = text.slice(i, i + 4096);
  TAG_OPEN.lastIndex = 0;
  TAG_CLOSE.lastIndex = 0;
  const match = TAG_OPEN.exec(window) ?? TAG_CLOSE.exec(window);
  return match ? i + match[0].length : undefined;
}

/** A GFM literal autolink may start only at the start of text or after whitespace or `(*_~`. */
function literalAutolinkAllowed(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text[i - 1] as string;
  return /[\s(*_~]/.test(before);
}

/** End of a GFM literal autolink (`www.`, `http://`, `https://`) at i, or undefined. */
function literalAutolinkEnd(text: string, i: number): number | undefined {
  // Every word starting with h or w comes here: most are not links, told without a copy.
  const first = text.charCodeAt(i) | 0x20;
  const second = text.charCodeAt(i + 1) | 0x20;
  if (first === 0x68 ? second !== 0x74 : second !== 0x77) return undefined;
  const head = text.slice(i, i + 8).toLowerCase();
  let j: number;
  if (head.startsWith('www.')) j = i + 4;
  else if (head.startsWith('http://')) j = i + 7;
  else if (head.startsWith('https://')) j = i + 8;
  else return undefined;
  const domainStart = j;
  while (j < text.length && /[\p{L}\p{N}_.-]/u.test(text[j] as string)) j++;
  if (j === domainStart) return undefined;
  while (j < text.length && !/[\s<]/.test(text[j] as string)) j++;
  // Trailing punctuation is not part of the link; an unbalanced `)` neither.
  let open = 0;
  let close = 0;
  for (let k = i; k < j; k++) {
    if (text[k] === '(') open++;
    else if (text[k] === ')') close++;
  }
  let end = j;
  for (;;) {
    const last = text[end - 1] as string;
    if (/[?!.,:*_~'"]/.test(last)) end--;
    else if (last === ')' && close > open) {
      end--;
      close--;
    } else break;
    if (end <= domainStart) return undefined;
  }
  return end;
}
