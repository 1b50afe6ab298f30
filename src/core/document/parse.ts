/**
 * Markdown -> HandoffDocument. One pass over the top-level blocks of the mdast tree, keeping track of
 * the section (and labelled group inside it) that content currently belongs to.
 *
 * Both forms of the seed read into the same data:
 * - headings: `# Title`, header fields, `## Current State`, `## Decisions Made`, ... (the "Handoff
 *   Document Structure" block);
 * - bold labels on their own line: `**What's Working:**` + list, `**Key Decisions:**` + list,
 *   `**Time Spent:** 4 hours` (the "Session 1 Handoff" snippets), possibly under a `## Session 1 Handoff`
 *   heading that then serves as the title.
 *
 * Text is kept as plain text (inline markup dropped, whitespace collapsed to single spaces) so that the
 * renderer can escape it and the round trip is exact. The parser never throws: whatever markdown comes
 * in, some document comes out, and the element checks say what is missing.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { HandoffDocument } from '../model.js';
import { buildHandoff } from './build.js';
import { assertReadableHandoff, scanHandoff } from './scan.js';

// Built once: the pre-push check may parse hundreds of documents.
const MICROMARK_EXTENSIONS = [gfm()];
const MDAST_EXTENSIONS = gfmFromMarkdown();

/**
 * What micromark may read: it is exact on every construct but superlinear on some (nested lists,
 * runs of emphasis or brackets: 40 KB of `*_` took 26 s) and about 10 µs a byte otherwise (a 1 MB
 * document took 13 s and 530 MB). Within these bounds it stays well under a second; anything larger
 * or denser goes to the line scanner, which builds the same tree in linear time.
 */
export const MICROMARK_BUDGET = { bytes: 32 * 1024, lines: 1_000, markup: 1_000, depth: 8 } as const;

/**
 * The document a handoff's markdown describes. `file` names it in errors: a document beyond the
 * readers' budgets (nesting, lines, markup: see `assertReadableHandoff`) is an InputError.
 */
export function parseHandoff(markdown: string, file?: string): HandoffDocument {
  const shape = assertReadableHandoff(markdown, file);
  if (
    markdown.length > MICROMARK_BUDGET.bytes ||
    shape.lines > MICROMARK_BUDGET.lines ||
    shape.markup > MICROMARK_BUDGET.markup ||
    shape.depth > MICROMARK_BUDGET.depth
  ) {
    return scanHandoff(markdown, file);
  }
  try {
    const source = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const tree = fromMarkdown(source, {
      extensions: MICROMARK_EXTENSIONS,
      mdastExtensions: MDAST_EXTENSIONS,
    });
    return buildHandoff(tree);
  } catch {
    // micromark accepts any string; this is for pathological input the budgets did not foresee.
    // An empty document reports every element as absent, which is the truth.
    return { header: [], elements: {}, otherSections: [] };
  }
}

export { plainText } from './build.js';
