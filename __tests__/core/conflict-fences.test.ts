/**
 * The conflict rule against CommonMark: a conflict git left in a handoff is `document/conflict`
 * unless its three markers stand in one and the same code block, as micromark (the reference parser)
 * reads the document. The rule follows fences and list items line by line; this property holds it to
 * micromark on generated documents of list items, sub-items, fences indented 0-3 spaces in and out of
 * items, code lines, blank lines and one conflict anywhere. (Lazy continuation lines, which the rule
 * reads as ending an item, are not generated: see `assertReadableHandoff`.)
 */
import fc from 'fast-check';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { assertReadableHandoff } from '../../src/core/document/scan.js';
import { InputError } from '../../src/core/errors.js';

/** Lines that may follow anything. */
const ANY = [
  '',
  '- item',
  '- [ ] step',
  '1. first',
  '  - sub item',
  '  continued in the item',
  '```',
  ' ```',
  '  ```',
  '   ```',
  '  ~~~',
  '~~~',
  'code line',
  '  code line',
  '    deep code',
];
/** Lines that open a paragraph at column 0: after a blank line only (else they would be lazy). */
const AFTER_BLANK = ['Plain text.', '## Heading'];

const MARKERS = ['<<<<<<< HEAD', '=======', '>>>>>>> other'];

const document = fc
  .record({
    lines: fc.array(fc.oneof(fc.constantFrom(...ANY), fc.constantFrom(...AFTER_BLANK)), {
      minLength: 0,
      maxLength: 14,
    }),
    at: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  })
  .map(({ lines, at }) => {
    const out: string[] = [];
    for (const line of lines) {
      if (AFTER_BLANK.includes(line) && out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(line);
    }
    // The three markers in order, at positions drawn from the lines (a blank line before each, so
    // none continues a paragraph lazily or underlines it).
    const positions = at.map((n) => n % (out.length + 1)).sort((a, b) => a - b);
    for (let i = 2; i >= 0; i--) out.splice(positions[i] as number, 0, '', MARKERS[i] as string);
    return `${out.join('\n')}\n`;
  });

/** Whether micromark reads the three markers inside one code block. */
function quotedByMicromark(markdown: string): boolean {
  const lines = markdown.split('\n');
  const markerLines = MARKERS.map((marker) => lines.indexOf(marker) + 1);
  const blocks: { start: number; end: number }[] = [];
  const visit = (node: {
    type: string;
    position?: { start: { line: number }; end: { line: number } };
    children?: unknown[];
  }) => {
    if (node.type === 'code' && node.position)
      blocks.push({ start: node.position.start.line, end: node.position.end.line });
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(fromMarkdown(markdown) as Root as unknown as Parameters<typeof visit>[0]);
  return blocks.some((b) => markerLines.every((line) => line > b.start && line <= b.end));
}

function refusedAsConflict(markdown: string): boolean {
  try {
    assertReadableHandoff(markdown, 'h.md');
    return false;
  } catch (error) {
    if (error instanceof InputError && error.rule === 'document/conflict') return true;
    throw error;
  }
}

describe('document/conflict', () => {
  it('is refused exactly when micromark does not read all three markers in one code block', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        expect({ markdown, refused: refusedAsConflict(markdown) }).toEqual({
          markdown,
          refused: !quotedByMicromark(markdown),
        });
      }),
      { seed: 29, numRuns: 3000 },
    );
  });
});
