/**
 * The one escaping function for text GitHub renders (src/core/markdown-escape.ts): mentions and
 * references are neutralised whatever precedes them, the text reads the same, and text inside an HTML
 * element cannot form markup, links or entities that hide a reference.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  escapeHtmlText,
  escapeUserText,
  neutraliseReferences,
  REFERENCE_BREAK,
} from '../../src/core/markdown-escape.js';

/** What GitHub would link: `@name`, `#12`, `GH-12` (after any character at all). */
const LIVE = /@[\p{L}\p{N}_]|#\p{N}|\bGH-\p{N}/iu;
const visible = (text: string) => text.replaceAll(REFERENCE_BREAK, '');

describe('neutraliseReferences', () => {
  it.each([
    ['a mention', '@octocat'],
    ['a team', 'cc @acme/reviewers'],
    ['after a non-ASCII letter', 'é@user'],
    ['after a CJK character', '漢@user'],
    ['after a digit or underscore', '1@user _@user'],
    ['an issue', 'fixes #1'],
    ['a cross-repository reference', 'see owner/repo#3'],
    ['a GH- reference', 'GH-12 and gh-7'],
    ['a commit reference', 'owner/repo@abc1234'],
    ['an e-mail address', 'dev@example.com'],
  ])('breaks %s, and the text reads the same', (_what, text) => {
    const out = neutraliseReferences(text);
    expect(out).not.toMatch(LIVE);
    expect(visible(out)).toBe(text);
  });

  it('leaves text with nothing to break alone', () => {
    for (const text of ['a @ b', '# heading-ish', 'C# and F#', 'GH-x', 'plain text']) {
      expect(neutraliseReferences(text)).toBe(text);
    }
  });

  it('holds for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (raw) => {
        const text = raw.replaceAll(REFERENCE_BREAK, '');
        const out = neutraliseReferences(text);
        return !LIVE.test(out) && visible(out) === text;
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});

describe('escapeUserText', () => {
  it('escapes markup and neutralises references in one pass', () => {
    const out = escapeUserText('**@octocat** fixes #1 <b>hi</b> [x](https://e.example)');
    expect(out).not.toMatch(LIVE);
    expect(out).not.toMatch(/(?<!\\)\*\*/);
    expect(out).not.toMatch(/(?<!\\)<b>/);
    expect(out).not.toMatch(/(?<!\\)\[x(?<!\\)\]\(/);
  });
});

describe('escapeHtmlText', () => {
  it('makes markup, links and references inert inside an HTML element', () => {
    const out = escapeHtmlText('[click](https://evil.example) <img src=x> **b** @team #1 & `c`');
    expect(out).not.toMatch(/[<>[\]()*`]/);
    expect(out).not.toContain('https://');
    expect(out).not.toMatch(LIVE);
    expect(out).toContain('&#x5B;click&#x5D;');
  });

  it('shows the same text, and no reference once GitHub decodes the entities (property)', () => {
    const decodeEntities = (html: string) =>
      html.replace(/&#x([0-9A-F]+);/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const text = raw.replaceAll(REFERENCE_BREAK, '').replace(/\s+/g, ' ');
        const out = escapeHtmlText(text);
        const shown = decodeEntities(out);
        return visible(shown) === text && !/[<>]/.test(out) && !LIVE.test(shown);
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});
