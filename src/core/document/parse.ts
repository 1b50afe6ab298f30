/**
 * Markdown -> HandoffDocument: the one reader every command uses (check, draft, resume, validate,
 * status, the Action). The line scanner (`scan.ts`) builds the mdast tree micromark would, in one
 * pass and linear time for any input, and the builder (`build.ts`) reads it in one pass over the
 * top-level blocks, keeping track of the section (and labelled group inside it) content belongs to.
 *
 * Both forms of the seed read into the same data:
 * - headings: `# Title`, header fields, `## Current State`, `## Decisions Made`, ... (the "Handoff
 *   Document Structure" block);
 * - bold labels on their own line: `**What's Working:**` + list, `**Key Decisions:**` + list,
 *   `**Time Spent:** 4 hours` (the "Session 1 Handoff" snippets), possibly under a `## Session 1 Handoff`
 *   heading that then serves as the title.
 *
 * Text is kept as plain text (inline markup dropped, whitespace collapsed to single spaces) so that the
 * renderer can escape it and the round trip is exact. Whatever markdown comes in, some document comes
 * out and the element checks say what is missing; a document beyond the readers' budgets (nesting,
 * lines, markup: `assertReadableHandoff`) is an InputError naming the file, the line and the rule.
 *
 * micromark, the reference CommonMark parser, is the scanner's test oracle (`__tests__/helpers/
 * micromark-handoff.ts`), not a second reader: one reader means the check, the draft and the resume
 * can never disagree about a document, and none of them loads a 250 KB parser to read a page.
 */
import type { HandoffDocument } from '../model.js';
import { scanHandoff } from './scan.js';

/** The document a handoff's markdown describes; `file` names it in errors. */
export function parseHandoff(markdown: string, file?: string): HandoffDocument {
  return scanHandoff(markdown, file);
}

export { plainText } from './build.js';
