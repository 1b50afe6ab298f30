/**
 * `assertReadableHandoff` first glances at a document with a few regular expressions and walks it line
 * by line only when the glance cannot vouch for it. The glance may decline a document the walk
 * accepts, never accept one the walk refuses: these tests generate documents at the edges of the
 * budgets (nesting around MAX_NESTING, conflict markers, fences around them) and compare the two.
 */
import fc from 'fast-check';
import {
  assertReadableHandoff,
  assertReadableLineByLine,
  MAX_NESTING,
} from '../../src/core/document/scan.js';
import { InputError } from '../../src/core/errors.js';

const SEED = 29;

/** The rule and line an assertion refused with, or 'ok'. */
function outcome(assert: (markdown: string) => void, markdown: string): string {
  try {
    assert(markdown);
    return 'ok';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return `${error.rule} at ${error.location?.line}`;
  }
}

/** Pieces a line may start with, repeated: what `nestingAt` counts, and what it stops at. */
const prefixPiece = fc.constantFrom(
  '>',
  '> ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '12) ',
  ' ',
  '  ',
  '\t',
  '-',
  '1.',
  'a',
);
// Mostly none or shallow (so a conflict is often the only thing to find), sometimes around the budget.
const times = fc.oneof(
  { weight: 40, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: MAX_NESTING / 2 - 4, max: MAX_NESTING + 8 }) },
);
const linePrefix = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.tuple(prefixPiece, times), { minLength: 1, maxLength: 3 })
      .map((runs) => runs.map(([piece, count]) => piece.repeat(count)).join('')),
  },
);
const lineBody = fc.constantFrom(
  '',
  'text',
  '<<<<<<< HEAD',
  '<<<<<<<',
  '=======',
  '>>>>>>> branch',
  '>>>>>>>',
  '```',
  '~~~',
  '    ```',
  '- item',
  '**Date**: 2026-12-01',
);
const document = fc
  .array(fc.tuple(linePrefix, lineBody), { maxLength: 40 })
  .map((lines) => lines.map(([prefix, body]) => `${prefix}${body}`).join('\n'));

describe('the glance before the walk', () => {
  it('never accepts a document the walk refuses, and refuses with the same rule and line', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        expect(outcome(assertReadableHandoff, markdown)).toBe(outcome(assertReadableLineByLine, markdown));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('reaches both outcomes in the generated documents (the property is not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(document, (markdown) => {
        seen.add(outcome(assertReadableLineByLine, markdown).split(' ')[0] as string);
      }),
      { seed: SEED, numRuns: 3000 },
    );
    expect([...seen].sort()).toEqual(['document/conflict', 'document/nesting', 'ok']);
  });

  it('agrees with the walk on every line at the edge of the nesting budget', () => {
    // The deepest a line can go per character is a tab (two levels) ended by a marker: runs of every
    // length around MAX_NESTING / 2, of each piece, ending as a marker, a word or the line.
    const pieces = ['\t', ' ', '>', '> ', '- ', '1. ', '\t>', '\t- '];
    const endings = ['-', '- item', '1.', '> quote', '', 'text'];
    for (const piece of pieces) {
      for (let count = 1; count <= MAX_NESTING + 4; count++) {
        for (const ending of endings) {
          const line = `${piece.repeat(count)}${ending}`;
          if (line.length > MAX_NESTING + 8) continue;
          for (const markdown of [line, `# Title\n\n${line}\n`]) {
            expect(outcome(assertReadableHandoff, markdown)).toBe(
              outcome(assertReadableLineByLine, markdown),
            );
          }
        }
      }
    }
  });

  it('still refuses the deepest line the glance lets through to the walk', () => {
    // One `>` more than the budget: each is a level.
    const deep = `${'>'.repeat(MAX_NESTING + 1)} text\n`;
    expect(outcome(assertReadableHandoff, deep)).toBe('document/nesting at 1');
    // A tab is four columns, half of which count: 31 tabs and a marker stay within the budget.
    const tabs = `${'\t'.repeat(31)}- item\n`;
    expect(outcome(assertReadableHandoff, tabs)).toBe(outcome(assertReadableLineByLine, tabs));
    expect(outcome(assertReadableHandoff, `${'\t'.repeat(40)}- item\n`)).toBe('document/nesting at 1');
  });
});
