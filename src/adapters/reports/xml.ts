/**
 * Streaming XML for the report readers: saxes over a file stream, one chunk at a time, so a 100 MB
 * JUnit report never sits in memory.
 *
 * Entities are never expanded. saxes knows only the five predefined entities and character
 * references; it keeps a DOCTYPE's internal subset as opaque text and never reads `<!ENTITY>`
 * declarations or external DTDs. A reference to any other entity (`&lol9;` in a billion-laughs file,
 * `&xxe;` pointing at `/etc/passwd`) is left as literal text and reported once as a warning, so an
 * entity bomb costs no more than its own bytes and an external entity is never fetched.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { ReportWarning } from '../../core/model.js';
import { ReportReadError } from './reader.js';
import { advance, chooseEncoding, decodeChunks, InvalidUtf8, readHead } from './text.js';

export interface XmlVisitor {
  /** Return `'stop'` once the reader has what it needs (the rest of the file is not read). */
  open(tag: SaxesTagPlain, localName: string): 'stop' | undefined;
  close?(localName: string): void;
  /** Text and CDATA. Only registered when given: most readers do not need text. */
  text?(text: string): void;
  /**
   * Whether the text that follows is wanted, asked after each open and close tag. saxes builds no
   * string for text nobody listens to, and between the tags of a 100 MiB report that is most of it.
   * Without it, all text is passed to `text`.
   */
  wantsText?(): boolean;
}

/** `ns:testsuite` → `testsuite`: readers match element names without namespace prefixes. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** A sentinel thrown from a handler to end parsing early; never escapes this module. */
const STOP = Symbol('stop');

/**
 * Parses `absPath`, calling the visitor for each element. Returns non-fatal warnings (unexpanded
 * entity references). A document that is not well-formed XML, or not valid in its encoding, is a
 * ReportReadError at the line and column where the parser noticed.
 */
export async function parseXmlFile(
  absPath: string,
  displayPath: string,
  visitor: XmlVisitor,
): Promise<ReportWarning[]> {
  const warnings: ReportWarning[] = [];
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  // saxes's column counts the characters read on the line, so it is the 1-based column of the last one
  // read; at the start of a line (nothing read yet) that is 0, shown as 1.
  // Blank lines before `<?xml` (some generators print one) are skipped; lines are still counted.
  let skippedLines = 0;
  const where = (): { line: number; column: number } => ({
    line: parser.line + skippedLines,
    column: Math.max(1, parser.column),
  });

  parser.on('error', (error) => {
    const message = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    if (message === 'disallowed character') {
      // `time="<<computed>>"` (web-test-runner) and the like: a character XML forbids where it stands.
      // Lenient readers take such files; the character is dropped and the rest is read.
      if (!warnings.some((w) => w.rule === 'xml/disallowed-character')) {
        warnings.push({
          file: displayPath,
          message: 'a character XML does not allow here (such as < in an attribute value) was left out',
          rule: 'xml/disallowed-character',
          ...where(),
        });
      }
      return;
    }
    if (message === 'undefined entity') {
      if (!warnings.some((w) => w.rule === 'xml/entity')) {
        warnings.push({
          file: displayPath,
          message:
            'entity references are not expanded (only &lt; &gt; &amp; &quot; &apos; and character references are); the reference is kept as text',
          rule: 'xml/entity',
          ...where(),
        });
      }
      return;
    }
    throw new ReportReadError(`not well-formed XML: ${message}`, 'xml/well-formed', where());
  });
  const { close, text, wantsText } = visitor;
  let textOn = false;
  const listenForText = (want: boolean): void => {
    if (!text || want === textOn) return;
    textOn = want;
    if (want) {
      parser.on('text', text);
      parser.on('cdata', text);
    } else {
      parser.off('text');
      parser.off('cdata');
    }
  };
  listenForText(wantsText === undefined);
  let depth = 0;
  parser.on('opentag', (tag) => {
    // saxes keeps every open element: a million nested ones took 50 times the file's size.
    if (++depth > MAX_XML_DEPTH) {
      throw new ReportReadError(
        `elements nested deeper than ${MAX_XML_DEPTH} levels`,
        'xml/nesting',
        where(),
      );
    }
    let next: 'stop' | undefined;
    try {
      next = visitor.open(tag, localName(tag.name));
    } catch (error) {
      // A reader rejecting an element (a wrong root) names the place the parser is at.
      if (error instanceof ReportReadError && error.place.line === undefined) {
        throw new ReportReadError(error.message, error.rule, where());
      }
      throw error;
    }
    if (next === 'stop') throw STOP;
    if (wantsText) listenForText(wantsText());
  });
  parser.on('closetag', (tag) => {
    depth--;
    close?.(localName(tag.name));
    if (wantsText) listenForText(wantsText());
  });

  const encoding = chooseEncoding(await readHead(absPath, 256), true);
  try {
    let started = false;
    for await (const chunk of decodeChunks(absPath, encoding)) {
      if (started) {
        parser.write(chunk);
        trimGatheredText(parser);
        continue;
      }
      const text = chunk.replace(/^\uFEFF/, '');
      const start = text.search(/\S/);
      if (start < 0) {
        skippedLines += text.split('\n').length - 1;
        continue;
      }
      started = true;
      skippedLines += text.slice(0, start).split('\n').length - 1;
      parser.write(text.slice(start));
    }
    parser.close();
  } catch (error) {
    if (error === STOP) return warnings;
    if (error instanceof InvalidUtf8) {
      // saxes counts the characters it consumed on the line; the next one is at column + 1.
      const next = { line: parser.line, column: parser.column + 1 };
      throw new ReportReadError(error.message, 'utf-8', advance(next, error.textBefore));
    }
    throw error;
  }
  return warnings;
}

/** Deepest nesting of elements read; a report nests a few levels (suites in suites: tens). */
export const MAX_XML_DEPTH = 1000;

/** More text than any reader keeps of one piece (junit.ts keeps 10 messages' worth). */
export const GATHERED_TEXT_MAX = 1024 * 1024;

/**
 * saxes gathers a CDATA section (and a comment, a processing instruction) in its `text` field before
 * it emits it, one `+=` at a time, and a `]` or a `]x` at a time inside CDATA: 30 MB of `]` became 30
 * million string pieces, 1 GB (100 MB: 3.3 GB). After each chunk the field is cut to its first
 * GATHERED_TEXT_MAX characters (no reader keeps more of a piece), which also joins the pieces. Done
 * between chunks, not on every `+=`: an accessor on the field made saxes six times slower throughout.
 */
function trimGatheredText(parser: object): void {
  const held = parser as { text?: unknown };
  if (typeof held.text === 'string' && held.text.length > GATHERED_TEXT_MAX)
    held.text = held.text.slice(0, GATHERED_TEXT_MAX);
}

/** A numeric attribute, or undefined when absent or not a number. */
export function numberAttribute(tag: SaxesTagPlain, name: string): number | undefined {
  const raw = tag.attributes[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}
