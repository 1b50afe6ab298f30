/**
 * HandoffDocument -> markdown, in the canonical `##`-heading form: title, header fields, the five
 * elements in order, Files Modified, Commits, then any other sections. LF line ends, one trailing
 * newline. All user text goes through `escapeMarkdownText`, so `parseHandoff(renderHandoff(d))` gives
 * `d` back (line numbers aside) for every `d` the parser produced.
 */
import {
  ELEMENT_NAMES,
  type HandoffDocument,
  type HeaderField,
  type ListItem,
  type Section,
  type Subsection,
} from '../model.js';
import { collapseWhitespace } from '../whitespace.js';
import { canonicalLabel, type SectionKind } from './labels.js';

const MARK_PREFIX: Record<NonNullable<ListItem['mark']>, string> = {
  done: '[x] ',
  open: '[ ] ',
  working: '✅ ',
  broken: '❌ ',
};

export function renderHandoff(doc: HandoffDocument): string {
  const blocks: string[] = [];
  if (doc.title !== undefined) blocks.push(`# ${escapeHeading(doc.title)}`);
  if (doc.header.length > 0) {
    blocks.push(fieldLines(doc.header, (label) => `**${label}**:`));
  }
  for (const text of doc.intro ?? []) blocks.push(escapeMarkdownText(text));
  for (const name of ELEMENT_NAMES) {
    const section = doc.elements[name];
    if (section) blocks.push(...sectionBlocks(section, name));
  }
  if (doc.filesModified) blocks.push(...sectionBlocks(doc.filesModified, 'filesModified'));
  if (doc.commits) blocks.push(...sectionBlocks(doc.commits, 'commits'));
  for (const section of doc.otherSections) blocks.push(...sectionBlocks(section));
  return `${blocks.join('\n\n')}\n`;
}

/** A section built in code without a label gets its kind's canonical one. */
function sectionBlocks(section: Section, kind?: SectionKind): string[] {
  const label = section.label.trim() === '' && kind ? canonicalLabel(kind) : section.label;
  const blocks = [`## ${escapeHeading(label)}`];
  if (section.fields.length > 0) {
    blocks.push(fieldLines(section.fields, (label) => `**${label}:**`));
  }
  blocks.push(...contentBlocks(section));
  for (const subsection of section.subsections) {
    blocks.push(`### ${escapeHeading(subsection.label)}`, ...contentBlocks(subsection));
  }
  return blocks;
}

/**
 * `**Label:** value` lines, one paragraph. A value follows its label, so a leading `2.` or `-` cannot
 * start a list and stays as written (`2.8 hours`, not `2\\.8 hours`); a lone `~` stays too (`~3 hours`)
 * when no other value has one to pair it with, across the lines. Labels escape every `~`.
 */
function fieldLines(fields: readonly HeaderField[], labelled: (label: string) => string): string {
  const tildes = fields.reduce((count, field) => count + field.value.split('~').length - 1, 0);
  return fields
    .map(
      (f) => `${labelled(escapeMarkdownFragment(f.label))} ${escapeText(f.value, false, false, tildes < 2)}`,
    )
    .join('\n');
}

function contentBlocks(part: Section | Subsection): string[] {
  const blocks = part.paragraphs.map(escapeMarkdownText);
  if (part.items.length > 0) blocks.push(part.items.map(renderItem).join('\n'));
  return blocks;
}

function renderItem(item: ListItem): string {
  const prefix = item.mark ? MARK_PREFIX[item.mark] : '';
  const head = `- ${prefix}${escapeMarkdownText(item.text)}`.trimEnd();
  const details = item.details.map((detail) => `  - ${escapeMarkdownText(detail)}`);
  return [head, ...details].join('\n');
}

function escapeHeading(text: string): string {
  // A run of `#` at the end of a heading line is a closing sequence, not text.
  return escapeText(text, true);
}

/**
 * Makes one line of plain text safe to place where markdown expects inline content: the parser reads
 * back exactly `text`, and no character changes the structure (no list, heading, emphasis, link, HTML,
 * table or autolink appears). Escapes only where needed, so ordinary text stays readable. `text` is
 * expected on one line (the parser collapses whitespace); line breaks are turned into spaces.
 */
export function escapeMarkdownText(text: string): string {
  return escapeText(text, false);
}

/**
 * `escapeMarkdownText` for text that shares its line with other text (a field's label, beside its
 * value; user text in a PR comment's line): every `~` is escaped, so that a lone one the other text
 * keeps (`~3 hours`) has nothing to pair with.
 */
export function escapeMarkdownFragment(text: string): string {
  return escapeText(text, false, true, false);
}

/** `loneTilde`: the text is alone on its line, so one `~` in it can pair with none and stays as written. */
function escapeText(text: string, inHeading: boolean, atLineStart = true, loneTilde = true): string {
  const line = collapseWhitespace(text).trim();
  // Text with none of the characters the loop weighs comes out of it as it went in (a 300-task pull
  // request comment spent ~15 ms there): only its autolinks and its line start are left to see to.
  const escaped = escapeAutolinks(WEIGHED.test(line) ? escapeCharacters(line, inHeading, loneTilde) : line);
  return atLineStart ? escapeLineStart(escaped) : escaped;
}

/** `escapeText`'s character by character escape of one line (`~`, `#` in a heading, `needsEscape`'s). */
function escapeCharacters(line: string, inHeading: boolean, loneTilde: boolean): string {
  let out = '';
  const chars = Array.from(line);
  const tildes = chars.filter((ch) => ch === '~').length;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (
      ch === '~'
        ? tildes > 1 || !loneTilde
        : (inHeading && ch === '#') || needsEscape(ch, before, after, chars, i)
    )
      out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

const ALWAYS = new Set(['\\', '`', '*', '[', ']', '|']);
/** Every character `escapeCharacters` may escape: `~`, `#` (in a heading), `needsEscape`'s. */
const WEIGHED = /[~#\\`*[\]|_<&]/;
const WORD = /[\p{L}\p{N}]/u;

function needsEscape(
  ch: string,
  before: string | undefined,
  after: string | undefined,
  chars: string[],
  i: number,
) {
  if (ALWAYS.has(ch)) return true;
  switch (ch) {
    case '_':
      // Between two word characters `_` can neither open nor close emphasis (snake_case stays readable).
      return !(before !== undefined && after !== undefined && WORD.test(before) && WORD.test(after));
    case '<':
      // Autolinks and HTML start with `<` and a letter, `/`, `!` or `?`.
      return after !== undefined && /[A-Za-z/!?]/.test(after);
    case '&':
      // Only a character reference (`&amp;`, `&#35;`) would be decoded.
      return /^&#?[A-Za-z0-9]+;/.test(chars.slice(i, i + 34).join(''));
    default:
      return false;
  }
}

/** GFM turns bare `https://…`, `www.…` and `name@host.tld` into links; an escape keeps them text. */
function escapeAutolinks(text: string): string {
  if (!AUTOLINK_HINT.test(text)) return text;
  return text
    .replace(/\b(https?|ftp):\/\//gi, (_m, scheme: string) => `${scheme}\\://`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(/([A-Za-z0-9._+-])@/g, '$1\\@');
}

/** What every autolink `escapeAutolinks` escapes has; most text has none, and skips its three passes. */
const AUTOLINK_HINT = /:\/\/|www\.|@/i;

/** Characters that start a block (heading, quote, list, setext underline, code) only at a line start. */
function escapeLineStart(text: string): string {
  const ordered = text.match(/^(\d{1,9})([.)])/);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`;
  if (/^[#>+=-]/.test(text)) return `\\${text}`;
  return text;
}
