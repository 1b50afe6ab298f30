/**
 * mdast tree -> HandoffDocument. One pass over the top-level blocks of the tree, keeping track of
 * the section (and labelled group inside it) that content currently belongs to.
 *
 * Two sources build the tree: micromark (`parse.ts`, every markdown construct, for documents within
 * its budget) and the line scanner (`scan.ts`, linear for any input). Whatever the source, this one
 * builder decides what the document says, so the two cannot disagree about the rules.
 *
 * Only types come from mdast here: importing this module never loads the markdown parser.
 */
import type {
  Blockquote,
  List,
  ListItem as MdListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import { DEFAULT_CONFIG, taskIdRegExp } from '../config.js';
import type { HandoffDocument, HeaderField, ItemMark, ListItem, Section, Subsection } from '../model.js';
import { trimEndOf } from '../trim.js';
import { collapseWhitespace } from '../whitespace.js';
import {
  canonicalLabel,
  isCurrentStatePart,
  isStatusField,
  isTimeProgressField,
  type SectionKind,
  sectionKindOf,
} from './labels.js';

/** The document an mdast tree describes. */
export function buildHandoff(tree: Root): HandoffDocument {
  const builder = new DocumentBuilder();
  for (const node of tree.children) builder.block(node);
  return builder.finish();
}

/**
 * The same, block by block: a reader can hand over each top-level block once it is complete and drop
 * it. A reader that already has the plain text (the plain-handoff scanner) hands over headings,
 * paragraph lines and list items instead of mdast; `paragraphLine` and `listItem` are the rules both
 * kinds of reader share for those.
 */
export interface HandoffBuilder {
  block(node: RootContent): void;
  /** A heading, its text already plain. */
  heading(label: string, depth: number, line: number): void;
  /** A paragraph, line by line (`paragraphLine` gives each line; undefined lines are left out). */
  paragraph(lines: readonly (ParagraphLine | undefined)[]): void;
  item(item: ListItem): void;
  finish(): HandoffDocument;
}

export function handoffBuilder(): HandoffBuilder {
  return new DocumentBuilder();
}

/**
 * The title's task id, as the default `taskIdPattern` describes it: a document is parsed without its
 * repository's config, and the id read here only labels the document (attribution uses the config's).
 */
const TASK_ID = taskIdRegExp(DEFAULT_CONFIG);
const SESSION_NUMBER = /\bsession\s*#?\s*(\d+)\b/i;

/** Sections opened by a bold label rank below every heading, so no heading becomes part of them. */
const BOLD_LABEL_DEPTH = 7;

const WORKING_MARKS = ['✅', '✔️', '✔', '☑️', '☑'];
const BROKEN_MARKS = ['❌', '✖️', '✖', '✗', '✘', '❎'];

interface OpenSection {
  section: Section;
  /** Heading depth, or BOLD_LABEL_DEPTH for sections a bold label opened. */
  depth: number;
  subsection?: Subsection;
}

/** One source line of a paragraph: the bold label it starts with, if any, and its text. */
export interface ParagraphLine {
  label?: string;
  /** The text after the label (and its colon), or the whole line when there is no label. */
  text: string;
  line: number;
}

class DocumentBuilder {
  private readonly doc: HandoffDocument = { header: [], elements: {}, otherSections: [] };
  private readonly depths = new Map<Section, number>();
  private open: OpenSection | undefined;
  private readonly intro: string[] = [];

  finish(): HandoffDocument {
    if (this.intro.length > 0) this.doc.intro = this.intro;
    const taskSource = this.doc.title ?? this.doc.header.find((f) => /^task\b/i.test(f.label))?.value;
    TASK_ID.lastIndex = 0;
    const taskId = taskSource ? TASK_ID.exec(taskSource)?.[0] : undefined;
    if (taskId) this.doc.taskId = taskId;
    const session = this.doc.title?.match(SESSION_NUMBER)?.[1];
    if (session) this.doc.session = Number(session);
    return this.doc;
  }

  block(node: RootContent): void {
    switch (node.type) {
      case 'heading':
        this.heading(plainText(node), node.depth, lineOf(node));
        return;
      case 'paragraph':
        this.paragraph(paragraphLines(node));
        return;
      case 'list':
        for (const item of node.children) this.item(toListItem(item));
        return;
      case 'blockquote':
        this.blockquote(node);
        return;
      case 'thematicBreak':
      case 'definition':
        return;
      case 'html':
        // Comments are notes to the editor, not content; other HTML is kept as its text.
        if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return;
        this.addParagraph(plainText(node));
        return;
      default:
        this.addParagraph(plainText(node));
    }
  }

  heading(label: string, depth: number, line: number): void {
    if (label === '') return;
    if (depth === 1 && this.doc.title === undefined && this.open === undefined) {
      this.doc.title = label;
      return;
    }
    const kind = sectionKindOf(label);
    if (kind) {
      this.openSection(label, kind, line, depth);
    } else if (isCurrentStatePart(label)) {
      this.openCurrentStatePart(label, line);
    } else if (this.open === undefined && this.doc.title === undefined && looksLikeTitle(label)) {
      // The seed's first form: `## Session 1 Handoff (Nov 8, End of Day)` heads the bold-label sections.
      this.doc.title = label;
    } else if (this.open && depth > this.open.depth) {
      this.openSubsection(label, line);
    } else {
      this.openOtherSection(label, line, depth);
    }
  }

  paragraph(lines: readonly (ParagraphLine | undefined)[]): void {
    let pending: string[] = [];
    const flush = () => {
      this.addParagraph(pending.join(' '));
      pending = [];
    };
    for (const line of lines) {
      if (line === undefined) continue;
      if (line.label === undefined) {
        pending.push(line.text);
        continue;
      }
      flush();
      if (line.text === '') this.boldLabel(line.label, line.line);
      else this.labelledValue(line.label, line.text, line.line);
    }
    flush();
  }

  /** `**Key Decisions:**` alone on its line. */
  private boldLabel(label: string, line: number): void {
    const kind = sectionKindOf(label);
    if (kind) this.openSection(label, kind, line, BOLD_LABEL_DEPTH);
    else if (isCurrentStatePart(label)) this.openCurrentStatePart(label, line);
    else if (this.open) this.openSubsection(label, line);
    else if (this.doc.title === undefined && looksLikeTitle(label)) this.doc.title = label;
    else this.openOtherSection(label, line, BOLD_LABEL_DEPTH);
  }

  /** `**Label:** value` on one line: a field, or a section whose first paragraph is the value. */
  private labelledValue(label: string, value: string, line: number): void {
    const field: HeaderField = { label, value, line };
    if (isTimeProgressField(label)) {
      const section = this.ensureElement('timeProgress', line);
      if (this.open?.section !== section) {
        this.open = { section, depth: this.depths.get(section) ?? BOLD_LABEL_DEPTH };
      }
      this.addField(field);
      return;
    }
    const kind = sectionKindOf(label);
    if (kind && !(kind === 'currentState' && isStatusField(label))) {
      this.openSection(label, kind, line, BOLD_LABEL_DEPTH);
      this.addParagraph(value);
    } else if (isCurrentStatePart(label)) {
      this.openCurrentStatePart(label, line);
      this.addParagraph(value);
    } else if (this.open) {
      this.addField(field);
    } else {
      this.doc.header.push(field);
    }
  }

  item(item: ListItem): void {
    const target = this.open?.subsection ?? this.open?.section;
    if (target) {
      target.items.push(item);
    } else {
      // Before any section: keep the text, as intro.
      if (item.text !== '') this.intro.push(item.text);
      this.intro.push(...item.details);
    }
  }

  private blockquote(node: Blockquote): void {
    for (const child of node.children) {
      if (child.type === 'paragraph') this.addParagraph(plainText(child));
      else if (child.type === 'list') for (const item of child.children) this.item(toListItem(item));
      else this.block(child);
    }
  }

  private addParagraph(text: string): void {
    if (text === '') return;
    const target = this.open?.subsection ?? this.open?.section;
    if (target) target.paragraphs.push(text);
    else this.intro.push(text);
  }

  /** Fields belong to the section itself; a field ends a labelled group (the renderer puts groups last). */
  private addField(field: HeaderField): void {
    if (!this.open) return;
    this.open.section.fields.push(field);
    this.open.subsection = undefined;
  }

  private openSection(label: string, kind: SectionKind, line: number, depth: number): void {
    const section = emptySection(label, line);
    this.depths.set(section, depth);
    this.open = { section, depth };
    if (this.slotOf(kind)) {
      // A second section of a kind stays apart (and is reported by the lint as a duplicate).
      this.doc.otherSections.push(section);
    } else {
      this.setSlot(kind, section);
    }
  }

  private openOtherSection(label: string, line: number, depth: number): void {
    const section = emptySection(label, line);
    this.depths.set(section, depth);
    this.open = { section, depth };
    this.doc.otherSections.push(section);
  }

  private openSubsection(label: string, line: number): void {
    if (!this.open) return;
    const subsection: Subsection = { label, items: [], paragraphs: [], line };
    this.open.section.subsections.push(subsection);
    this.open.subsection = subsection;
  }

  /** What's Working / What's Broken: a group of Current State, which exists from then on. */
  private openCurrentStatePart(label: string, line: number): void {
    const section = this.ensureElement('currentState', line);
    this.open = { section, depth: this.depths.get(section) ?? BOLD_LABEL_DEPTH };
    this.openSubsection(label, line);
  }

  /** The element's section, created under its canonical label when the document only implies it. */
  private ensureElement(kind: SectionKind, line: number): Section {
    const existing = this.slotOf(kind);
    if (existing) return existing;
    const section = emptySection(canonicalLabel(kind), line);
    this.depths.set(section, BOLD_LABEL_DEPTH);
    this.setSlot(kind, section);
    return section;
  }

  private slotOf(kind: SectionKind): Section | undefined {
    if (kind === 'filesModified') return this.doc.filesModified;
    if (kind === 'commits') return this.doc.commits;
    return this.doc.elements[kind];
  }

  private setSlot(kind: SectionKind, section: Section): void {
    if (kind === 'filesModified') this.doc.filesModified = section;
    else if (kind === 'commits') this.doc.commits = section;
    else this.doc.elements[kind] = section;
  }
}

/** Without a `#` title, the first `Session 1 Handoff (Nov 8)`-like label before any section is the title. */
function looksLikeTitle(label: string): boolean {
  return /\b(handoff|session)\b/i.test(label);
}

/** A section with nothing in it yet; `line` 0 for one made in code, not read from a file. */
export function emptySection(label: string, line = 0): Section {
  return { label, items: [], paragraphs: [], subsections: [], fields: [], line };
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Collapses whitespace: soft line breaks are spaces, and indentation carries no meaning in text. */
export function squash(text: string): string {
  return collapseWhitespace(text).trim();
}

/** The text a reader sees, without markup. Link targets are kept when they differ from the link text. */
export function plainText(node: Nodes): string {
  return squash(rawText(node));
}

function rawText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
    case 'html':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'footnoteReference':
      return `[^${node.label ?? node.identifier}]`;
    case 'link': {
      const text = node.children.map(rawText).join('');
      const shown = squash(text);
      const autolinked = [shown, `http://${shown}`, `https://${shown}`, `mailto:${shown}`].includes(node.url);
      return autolinked || node.url === '' ? text : `${text} (${node.url})`;
    }
    case 'table':
      return node.children.map(rawText).join(' ');
    case 'tableRow':
      return node.children.map(rawText).join(' | ');
    default:
      if ('children' in node) {
        const separator = node.type === 'paragraph' || node.type === 'heading' || isPhrasing(node) ? '' : ' ';
        return (node.children as Nodes[]).map(rawText).join(separator);
      }
      return '';
  }
}

function isPhrasing(node: Nodes): boolean {
  return ['emphasis', 'strong', 'delete', 'linkReference', 'tableCell'].includes(node.type);
}

/**
 * Splits a paragraph at its line breaks and recognises `**Label:** value` / `**Label**: value` lines.
 * A bold run without a colon is a label only when it is the whole line (`**Key Decisions**`).
 */
function paragraphLines(node: Paragraph): (ParagraphLine | undefined)[] {
  const firstLine = lineOf(node);
  const lines: { parts: PhrasingContent[]; texts: string[] }[] = [{ parts: [], texts: [] }];
  const current = () => lines[lines.length - 1] as { parts: PhrasingContent[]; texts: string[] };
  for (const child of node.children) {
    if (child.type === 'break') {
      lines.push({ parts: [], texts: [] });
    } else if (child.type === 'text') {
      const pieces = child.value.split('\n');
      pieces.forEach((piece, index) => {
        if (index > 0) lines.push({ parts: [], texts: [] });
        if (piece.trim() === '' && current().parts.length === 0) return;
        current().parts.push({ type: 'text', value: piece });
        current().texts.push(piece);
      });
    } else {
      current().parts.push(child);
      current().texts.push(rawText(child));
    }
  }
  return lines.map(({ parts, texts }, index) => {
    const head = parts[0];
    const headText = texts[0] ?? '';
    return paragraphLine(headText, texts.slice(1).join(''), head?.type === 'strong', firstLine + index);
  });
}

/**
 * A paragraph line read as `**Label:** value` / `**Label**: value`, or as plain text: `head` is the
 * line's first inline part as text, `strong` whether it is bold, `rest` the text after it. A bold run
 * without a colon is a label only when it is the whole line (`**Key Decisions**`). Undefined for a
 * line with nothing to say.
 */
export function paragraphLine(
  head: string,
  rest: string,
  strong: boolean,
  line: number,
): ParagraphLine | undefined {
  if (strong) {
    const rawLabel = squash(head);
    const after = squash(rest);
    // Both are squashed already: taking off the colon leaves at most a space at that end to trim.
    if (rawLabel.endsWith(':')) {
      const label = trimEndOf(rawLabel, ':').trimEnd();
      return after !== '' || label !== '' ? { label, text: after, line } : undefined;
    }
    if (after.startsWith(':')) {
      const text = after.slice(1).trimStart();
      return text !== '' || rawLabel !== '' ? { label: rawLabel, text, line } : undefined;
    }
    if (after === '') return rawLabel !== '' ? { label: rawLabel, text: '', line } : undefined;
  }
  const text = squash(head + rest);
  return text !== '' ? { text, line } : undefined;
}

function toListItem(node: MdListItem): ListItem {
  const [first, ...rest] = node.children;
  const details: string[] = [];
  collectDetails(first?.type === 'paragraph' ? rest : node.children, details);
  return listItem(first?.type === 'paragraph' ? plainText(first) : '', details, lineOf(node), node.checked);
}

/** A list item from its first paragraph's plain text: a task's check or a leading ✅/❌ is its mark. */
export function listItem(
  text: string,
  details: string[],
  line: number,
  checked: boolean | null | undefined,
): ListItem {
  let mark: ItemMark | undefined;
  let itemText = text;
  if (checked === true) mark = 'done';
  else if (checked === false) mark = 'open';
  else {
    const found = leadingMark(text);
    if (found) {
      mark = found.mark;
      // `text` is squashed (plain text): after the mark at most a space is left to trim.
      itemText = text.slice(found.length).trimStart();
    }
  }
  const item: ListItem = { text: itemText, details, line };
  if (mark) item.mark = mark;
  return item;
}

/** First UTF-16 units of the marks: most items start with a letter and need no further look. */
const MARK_STARTS = new Set([...WORKING_MARKS, ...BROKEN_MARKS].map((mark) => mark.charCodeAt(0)));

function leadingMark(text: string): { mark: ItemMark; length: number } | undefined {
  if (!MARK_STARTS.has(text.charCodeAt(0))) return undefined;
  for (const symbol of WORKING_MARKS)
    if (text.startsWith(symbol)) return { mark: 'working', length: symbol.length };
  for (const symbol of BROKEN_MARKS)
    if (text.startsWith(symbol)) return { mark: 'broken', length: symbol.length };
  return undefined;
}

/** Nested lists and further paragraphs of an item become its details, flattened in document order. */
function collectDetails(nodes: readonly Nodes[], into: string[]): void {
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of (node as List).children) collectDetails(item.children, into);
    } else if (node.type === 'blockquote') {
      collectDetails(node.children, into);
    } else {
      const text = plainText(node);
      if (text !== '') into.push(text);
    }
  }
}
