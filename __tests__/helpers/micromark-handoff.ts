/**
 * The test oracle of the handoff reader: micromark (CommonMark + GFM, the reference parser of the
 * unified family) builds the mdast tree and the product's one builder (`build.ts`) reads it. The
 * product reads handoffs with its own line scanner (`scan.ts`), linear for any input; the property
 * tests hold the two equal on every fixture and thousands of generated handoffs.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { buildHandoff } from '../../src/core/document/build.js';
import type { HandoffDocument } from '../../src/core/model.js';

const MICROMARK_EXTENSIONS = [gfm()];
const MDAST_EXTENSIONS = gfmFromMarkdown();

/**
 * Where micromark stays fast enough for a test: it is superlinear on some input (nested lists, runs
 * of emphasis or brackets: 40 KB of `*_` took 26 s) and about 10 µs a byte otherwise.
 */
export const MICROMARK_BUDGET = { bytes: 32 * 1024, lines: 1_000, markup: 1_000, depth: 8 } as const;

/** The document micromark's tree gives, as the product's builder reads it. */
export function micromarkHandoff(markdown: string): HandoffDocument {
  const source = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return buildHandoff(
    fromMarkdown(source, { extensions: MICROMARK_EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS }),
  );
}
