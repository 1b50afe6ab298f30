import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { elementStates, PLACEHOLDER_MARK } from '../../src/core/document/elements.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import { escapeMarkdownFragment, escapeMarkdownText, renderHandoff } from '../../src/core/document/render.js';
import { withoutLines } from '../../src/core/document/without-lines.js';
import type { HandoffDocument } from '../../src/core/model.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'documents');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('renderHandoff', () => {
  test('the bold-label form comes out in the canonical heading form', () => {
    const rendered = renderHandoff(parseHandoff(fixture('bold-labels-session1.md')));
    const headings = rendered.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Session 1 Handoff (Nov 8, End of Day)',
      '## Current State',
      "### What's Working",
      "### What's Broken",
      '## Key Decisions',
      '## Current Blockers',
      '## Immediate Next Steps',
      '## Time and Progress',
    ]);
    expect(rendered).toContain('\n**Status**: In Progress (30% complete)\n');
    expect(rendered).toContain('\n- ✅ Test framework set up (pytest + pytest-asyncio)\n');
    expect(rendered).toContain('\n**Time Spent:** 4 hours\n**Estimated Remaining:** 8 hours\n');
    expect(rendered.endsWith('\n')).toBe(true);
    expect(rendered.endsWith('\n\n')).toBe(false);
    expect(rendered).not.toContain('\r');
  });

  test('elements come in the fixed order whatever the source order, then files, commits, others', () => {
    const doc = parseHandoff(
      '## Commits\n\n- abc1234 x\n\n## Notes\n\nn\n\n## Next Steps\n\n- s\n\n## Files Modified\n\n- f\n\n## Decisions\n\n- d\n',
    );
    const headings = renderHandoff(doc)
      .split('\n')
      .filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Decisions',
      '## Next Steps',
      '## Files Modified',
      '## Commits',
      '## Notes',
    ]);
  });

  test('checkbox and emoji marks are written back', () => {
    const rendered = renderHandoff(parseHandoff(fixture('session2-mixed.md')));
    expect(rendered).toContain(
      '\n- [x] Async test hang issue\n- [ ] Performance benchmark framework decision needed\n',
    );
    expect(rendered).toContain('\n  - pytest-benchmark or a custom harness?\n');
    expect(rendered).toContain('\n- ❌ No performance benchmarks yet\n');
  });

  test('a document built in code (as the draft composer does) reads back the same', () => {
    const doc: HandoffDocument = {
      title: 'TASK-2025-0078-C: API Testing Handoff (Session 2)',
      taskId: 'TASK-2025-0078-C',
      session: 2,
      header: [
        { label: 'Date', value: '2025-11-10', line: 0 },
        { label: 'Agent', value: 'powertest-runner', line: 0 },
      ],
      elements: {
        currentState: {
          label: 'Current State',
          items: [],
          paragraphs: [],
          fields: [{ label: 'Tests', value: '12 passed, 0 failed', line: 0 }],
          subsections: [
            {
              label: "What's Working",
              items: [{ text: '12 integration tests *passing*', mark: 'working', details: [], line: 0 }],
              paragraphs: [],
              line: 0,
            },
          ],
          line: 0,
        },
        decisions: {
          label: 'Decisions Made',
          items: [],
          paragraphs: ['(to fill in: decisions and why)'],
          subsections: [],
          fields: [],
          line: 0,
        },
      },
      otherSections: [],
    };
    const back = parseHandoff(renderHandoff(doc));
    expect(withoutLines(back)).toEqual(withoutLines(doc));
    expect(elementStates(back).decisions).toBe('placeholder');
  });

  test('a section built in code without a label gets the canonical one', () => {
    const doc: HandoffDocument = {
      header: [],
      elements: {
        nextSteps: {
          label: '',
          items: [{ text: 'Ship', details: [], line: 0 }],
          paragraphs: [],
          subsections: [],
          fields: [],
          line: 0,
        },
      },
      otherSections: [],
    };
    expect(renderHandoff(doc)).toBe('## Next Steps\n\n- Ship\n');
  });

  test('the placeholder mark survives as markdown a person recognises', () => {
    const doc = parseHandoff(`## Decisions Made\n\n${PLACEHOLDER_MARK}\n`);
    expect(doc.elements.decisions?.paragraphs).toEqual(['(to fill in)']);
    expect(renderHandoff(doc)).toContain('\n(to fill in)\n');
  });
});

describe('escapeMarkdownText', () => {
  test.each([
    ['- not a list', '\\- not a list'],
    ['# not a heading', '\\# not a heading'],
    ['1. not ordered', '1\\. not ordered'],
    ['> not a quote', '\\> not a quote'],
    ['*not emphasis*', '\\*not emphasis\\*'],
    ['_not emphasis_', '\\_not emphasis\\_'],
    ['snake_case stays', 'snake_case stays'],
    ['[not a link](x)', '\\[not a link\\](x)'],
    ['<div> is text', '\\<div> is text'],
    ['&amp; stays literal', '\\&amp; stays literal'],
    ['R&D stays', 'R&D stays'],
    ['a | b', 'a \\| b'],
    ['see https://example.com', 'see https\\://example.com'],
    ['mail dev@example.com', 'mail dev\\@example.com'],
    ['back\\slash', 'back\\\\slash'],
    ['3 < 4 and 5 > 2', '3 < 4 and 5 > 2'],
    // One `~` pairs with nothing on its line; two may strike through what lies between.
    ['~3 hours', '~3 hours'],
    ['~a~ and ~~b~~', '\\~a\\~ and \\~\\~b\\~\\~'],
  ])('%j -> %j', (text, escaped) => {
    expect(escapeMarkdownText(text)).toBe(escaped);
  });

  test.each([
    '- not a list',
    '*a* _b_ `c` [d](e) <f> &amp; | ~~g~~',
    '1) x',
    '===',
    'http://a.com/x*y_z www.b.org c@d.io',
    '\\*already escaped\\*',
    '[ ] not a task',
    '~3 hours',
    'about ~2~ days',
    '~~~ not a fence',
  ])('%j reads back as itself in a paragraph and in a list item', (text) => {
    const paragraph = parseHandoff(`## Notes\n\n${escapeMarkdownText(text)}\n`);
    expect(paragraph.otherSections[0]?.paragraphs).toEqual([text]);
    const item = parseHandoff(`## Notes\n\n- ${escapeMarkdownText(text)}\n`);
    expect(item.otherSections[0]?.items.map((i) => [i.text, i.mark])).toEqual([[text, undefined]]);
  });
});

describe('the escape of text with nothing to weigh', () => {
  // Text without `~ # \\ \` * [ ] | _ < &` skips the character loop; ` |` after any text sends it down
  // that loop and adds only its own escape (the loop looks one character ahead, and a space settles
  // every such look as the end of the text does). So both ways must agree, line starts and links too.
  const texts = fc.string({
    unit: fc.constantFrom(
      ...'aZ09 -+=>.):/@é✅\t\n'.split(''),
      'http://',
      'www.',
      '1.',
      '~',
      '_',
      '&amp;',
      '#',
    ),
    maxLength: 30,
  });
  it.each([
    ['escapeMarkdownText', escapeMarkdownText],
    ['escapeMarkdownFragment', escapeMarkdownFragment],
  ])('%s: as the loop escapes it', (_name, escaping) => {
    fc.assert(
      fc.property(texts, (text) => {
        const alone = escaping(text);
        expect(escaping(`${text} |`)).toBe(`${alone}${alone === '' ? '' : ' '}\\|`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('field values', () => {
  test('a value that begins with a number or a dash is not escaped: it follows the label on its line', () => {
    const doc = parseHandoff(
      '## Time and Progress\n\n**Time Spent:** 2.8 hours\n**Coverage:** 81.3%\n**Note:** - none\n',
    );
    const markdown = renderHandoff(doc);
    expect(markdown).toContain('**Time Spent:** 2.8 hours');
    expect(markdown).toContain('**Coverage:** 81.3%');
    expect(markdown).toContain('**Note:** - none');
    expect(withoutLines(parseHandoff(markdown))).toEqual(withoutLines(doc));
  });

  test('a lone ~ in a value stays as written; one in a label, or a second in the fields, is escaped', () => {
    const doc = parseHandoff(
      '## Time and Progress\n\n**Estimated Remaining:** \\~3 hours\n**Odd\\~label:** x\\~y\n',
    );
    expect(doc.elements.timeProgress?.fields.map((f) => [f.label, f.value])).toEqual([
      ['Estimated Remaining', '~3 hours'],
      ['Odd~label', 'x~y'],
    ]);
    // The two values are one paragraph: a ~ in each could pair across the lines.
    const markdown = renderHandoff(doc);
    expect(markdown).toContain('**Estimated Remaining:** \\~3 hours\n**Odd\\~label:** x\\~y\n');
    expect(withoutLines(parseHandoff(markdown))).toEqual(withoutLines(doc));
    const alone = parseHandoff(
      '## Time and Progress\n\n**Time Spent:** 1h\n**Estimated Remaining:** \\~3 hours\n',
    );
    expect(renderHandoff(alone)).toContain('**Time Spent:** 1h\n**Estimated Remaining:** ~3 hours\n');
    expect(withoutLines(parseHandoff(markdown))).toEqual(withoutLines(doc));
  });
});
