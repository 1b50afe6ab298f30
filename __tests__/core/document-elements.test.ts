import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  elementStates,
  isPlaceholderText,
  lintHandoff,
  missingElements,
  PLACEHOLDER_MARK,
  parseDocumentDate,
  placeholder,
} from '../../src/core/document/elements.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import { countLines, summarizeHandoff } from '../../src/core/document/scan.js';
import { ELEMENT_NAMES } from '../../src/core/model.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'documents');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('elementStates', () => {
  test('both seed forms have all five elements present', () => {
    for (const name of ['bold-labels-session1.md', 'headings-session1.md', 'session2-mixed.md']) {
      const states = elementStates(parseHandoff(fixture(name)));
      expect(states).toEqual({
        currentState: 'present',
        decisions: 'present',
        blockers: 'present',
        nextSteps: 'present',
        timeProgress: 'present',
      });
    }
  });

  test('the seed template: bracket placeholders, and Time and Progress absent', () => {
    const doc = parseHandoff(fixture('template-only.md'));
    expect(elementStates(doc)).toEqual({
      currentState: 'placeholder',
      decisions: 'placeholder',
      blockers: 'placeholder',
      nextSteps: 'placeholder',
      timeProgress: 'absent',
    });
    expect(missingElements(doc, ELEMENT_NAMES)).toEqual([...ELEMENT_NAMES]);
    expect(missingElements(doc, ['decisions'])).toEqual(['decisions']);
  });

  test('a heading with nothing under it is empty; a heading-only subsection does not count as content', () => {
    const doc = parseHandoff(
      "## Decisions Made\n\n## Current State\n\n### What's Working\n\n## Next Steps\n\n- real step\n",
    );
    const states = elementStates(doc);
    expect(states.decisions).toBe('empty');
    expect(states.currentState).toBe('empty');
    expect(states.nextSteps).toBe('present');
    expect(states.blockers).toBe('absent');
    expect(missingElements(doc, ['nextSteps', 'decisions', 'blockers'])).toEqual(['decisions', 'blockers']);
  });

  test.each([
    PLACEHOLDER_MARK,
    placeholder('decisions and why'),
    '- TODO',
    'TBD',
    'N/A',
    '...',
    '…',
    '<fill in>',
    '_(fill in)_',
    '[Prioritized list of immediate actions for next session]',
    '- [ ] TODO\n- [ ] tbd.',
  ])('a section holding only %j is a placeholder', (body) => {
    const doc = parseHandoff(`## Decisions Made\n\n${body}\n`);
    expect(elementStates(doc).decisions).toBe('placeholder');
  });

  test('one real line among placeholders makes the element present', () => {
    const doc = parseHandoff(
      `## Decisions Made\n\n${PLACEHOLDER_MARK}\n\n- Chose pytest-benchmark: it is maintained\n`,
    );
    expect(elementStates(doc).decisions).toBe('present');
  });

  test('text that merely contains brackets or TODO is real content', () => {
    for (const text of ['[x] done it', 'TODO list reviewed', 'None', 'see [PR 12] for details']) {
      expect(isPlaceholderText(text)).toBe(false);
    }
  });

  test('every form of template text is one whatever its case and the blanks before it', () => {
    // isPlaceholderText settles most text by its first character: these are the characters it must let through.
    const forms = [
      '(to fill in)',
      '(To fill in: why)',
      '[a note]',
      '<fill in>',
      '(fill-in)',
      'todo',
      'TODO.',
      'tbd',
      'TBA',
      'n/a',
      'NA',
      'na:',
      '...',
      '\u2026',
      '-',
      '---',
      '?',
      '??!',
      'fill in',
      'Fill In',
      'to be determined',
      'To be filled in',
      '_(to fill in)_',
      '**(to fill in)**',
      '*(to fill in)*',
    ];
    for (const form of forms) {
      for (const before of ['', ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0'])
        expect([before, form, isPlaceholderText(before + form)]).toEqual([before, form, true]);
    }
    for (const text of ['Done', 'x', '1. (to fill in)', '#todo', 'Note: TODO', '"TBD"', '`todo`']) {
      expect([text, isPlaceholderText(text)]).toEqual([text, false]);
    }
  });

  test('the mark counts also when it went through the renderer as text', () => {
    expect(isPlaceholderText(PLACEHOLDER_MARK)).toBe(true);
    expect(isPlaceholderText(placeholder('a hint'))).toBe(true);
    expect(isPlaceholderText('(to fill in: a hint)')).toBe(true);
  });

  test('placeholder() reads back as a placeholder after parsing', () => {
    const mark = placeholder('why (exactly) we chose it');
    expect(mark.startsWith('_(to fill in: ')).toBe(true);
    const doc = parseHandoff(`## Decisions Made\n\n- ${mark}\n`);
    expect(elementStates(doc).decisions).toBe('placeholder');
  });
});

describe('lintHandoff', () => {
  test('a complete document has no problems', () => {
    expect(lintHandoff(parseHandoff(fixture('headings-session1.md')), ELEMENT_NAMES)).toEqual([]);
    expect(lintHandoff(parseHandoff(fixture('bold-labels-session1.md')), ELEMENT_NAMES)).toEqual([]);
  });

  test('the template: placeholder elements at their lines, the missing one at line 1', () => {
    const problems = lintHandoff(parseHandoff(fixture('template-only.md')), ELEMENT_NAMES);
    expect(problems.map((p) => [p.line, p.rule])).toEqual([
      [1, 'element/missing'],
      [8, 'element/placeholder'],
      [12, 'element/placeholder'],
      [16, 'element/placeholder'],
      [20, 'element/placeholder'],
    ]);
    expect(problems[0]?.message).toContain('Time and Progress');
  });

  test('a missing element is placed where the check places it: before the next element, else at the last line', () => {
    const text = fixture('template-only.md');
    const lastLine = countLines(text);
    const problems = lintHandoff(parseHandoff(text), ELEMENT_NAMES, lastLine);
    const missing = problems.find((p) => p.rule === 'element/missing');
    const placed = summarizeHandoff(text).missingElements.find((p) => p.absent);
    expect(placed?.element).toBe('timeProgress');
    expect(missing?.line).toBe(placed?.line);
    expect(missing?.line).toBe(lastLine);
    // Cut from the middle, it goes before the element after it.
    const noDecisions = text.replace(/## Decisions Made[\s\S]*?(?=## )/, '');
    const before = lintHandoff(parseHandoff(noDecisions), ['decisions'], countLines(noDecisions));
    expect(before[0]?.line).toBe(summarizeHandoff(noDecisions).missingElements.find((p) => p.absent)?.line);
    expect(noDecisions.split('\n')[(before[0]?.line ?? 0) - 1]).toMatch(/^## /);
  });

  test('only required elements are reported', () => {
    const problems = lintHandoff(parseHandoff(fixture('template-only.md')), ['nextSteps']);
    expect(problems.map((p) => p.rule)).toEqual(['element/placeholder']);
  });

  test('empty element, bad date, progress over 100, duplicate section', () => {
    const markdown = [
      '# TASK-1 handoff',
      '',
      '**Date**: yesterday',
      '**Status**: In Progress (130%)',
      '',
      '## Decisions Made',
      '',
      '## Next Steps',
      '',
      '- step',
      '',
      '## Time and Progress',
      '',
      '**Progress:** -5% done',
      '',
      '## TODO',
      '',
      '- another',
    ].join('\n');
    const problems = lintHandoff(parseHandoff(markdown), ['decisions', 'nextSteps']);
    expect(problems.map((p) => [p.line, p.rule])).toEqual([
      [3, 'header/date'],
      [4, 'header/status'],
      [6, 'element/empty'],
      [14, 'header/status'],
      [16, 'section/duplicate'],
    ]);
    expect(problems[0]?.message).toContain('yesterday');
  });

  test.each([
    ['2025-11-08', '2025-11-08'],
    ['2025-11-08 to 2025-11-11', '2025-11-08'],
    ['2025-11-08T17:30:00Z', '2025-11-08T17:30:00Z'],
    ['Nov 8, 2025', '2025-11-08'],
    ['8 November 2025', '2025-11-08'],
    ['2024-02-29', '2024-02-29'],
    // A time that is none leaves the day, which the check reads too.
    ['2026-12-02T99:99', '2026-12-02'],
    // A time without a zone is UTC, whatever zone the program runs in; one with an offset keeps it.
    ['2026-12-02T23:59', '2026-12-02T23:59Z'],
    ['2026-12-02T23:59:30.5', '2026-12-02T23:59:30.5Z'],
    ['2026-12-02T23:59+09:00', '2026-12-02T23:59+09:00'],
    ['2026-12-02T23:59-0800', '2026-12-02T23:59-0800'],
  ])('date %j reads as %s', (value, iso) => {
    expect(parseDocumentDate(value)).toBe(iso);
  });

  test.each(['2025-02-29', '2025-13-01', 'soon', 'Smarch 3, 2025', ''])('%j is not a date', (value) => {
    expect(parseDocumentDate(value)).toBeUndefined();
  });
});
