import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  documentFacts,
  hoursIn,
  openBlockers,
  openNextSteps,
  testCountsIn,
} from '../../src/core/document/facts.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import { costRatio } from '../helpers/cost.js';
import { seededIndex } from '../helpers/random.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'documents');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('documentFacts', () => {
  test('the heading form: header fields, time fields, test phrase, commits', () => {
    expect(documentFacts(parseHandoff(fixture('headings-session1.md')))).toEqual({
      date: '2025-11-08',
      agent: 'powertest-runner',
      statusText: 'In Progress (30%)',
      progressPercent: 30,
      timeSpentHours: 4,
      estimatedRemainingHours: 8,
      tests: { passed: 5, failed: 0 },
      commitShas: ['fa1b3c2', 'e4d2a1b'],
    });
  });

  test('the bold-label form: progress from the Status line, no date or commits', () => {
    expect(documentFacts(parseHandoff(fixture('bold-labels-session1.md')))).toEqual({
      statusText: 'In Progress (30% complete)',
      progressPercent: 30,
      timeSpentHours: 4,
      estimatedRemainingHours: 8,
      tests: { passed: 5, failed: 0 },
      commitShas: [],
    });
  });

  test('Tests and Coverage fields, inline-code shas', () => {
    const facts = documentFacts(parseHandoff(fixture('session2-mixed.md')));
    expect(facts.tests).toEqual({ passed: 12, failed: 0 });
    expect(facts.coveragePercent).toBe(81.2);
    expect(facts.progressPercent).toBe(55);
    expect(facts.timeSpentHours).toBe(3);
    expect(facts.commitShas).toEqual(['9c0ffee', 'abc1234']);
  });

  test('progress from a Progress field when Status has none; coverage from a phrase', () => {
    const doc = parseHandoff(
      '**Status**: Blocked\n\n## Current State\n\n- Line coverage is 64.5% now\n\n**Progress:** 45% complete\n',
    );
    const facts = documentFacts(doc);
    expect(facts.statusText).toBe('Blocked');
    expect(facts.progressPercent).toBe(45);
    expect(facts.coveragePercent).toBe(64.5);
  });

  test('an empty document states nothing', () => {
    expect(documentFacts(parseHandoff(''))).toEqual({ commitShas: [] });
  });

  test.each([
    ['4 hours', 4],
    ['3h', 3],
    ['90 minutes', 1.5],
    ['1.5 h', 1.5],
    ['2h 30m', 2.5],
    ['~4 hrs', 4],
    ['45 min', 0.75],
    ['30% complete', undefined],
    ['', undefined],
  ])('hoursIn(%j) = %p', (text, hours) => {
    expect(hoursIn(text)).toBe(hours);
  });

  test.each([
    ['12 passed, 1 failed', { passed: 12, failed: 1 }],
    ['12 passed, 1 failed, 2 skipped', { passed: 12, failed: 1, skipped: 2 }],
    ['5 integration tests passing', { passed: 5, failed: 0 }],
    ['3 tests failing', { passed: 0, failed: 3 }],
    ['no numbers here', undefined],
  ])('testCountsIn(%j)', (text, counts) => {
    expect(testCountsIn(text)).toEqual(counts);
  });
});

describe('progress is not coverage', () => {
  it("reads no progress from the draft's own Coverage line when Progress is still to fill in", () => {
    const doc = parseHandoff(
      [
        '# T-1: Handoff (Session 2)',
        '',
        '## Time and Progress',
        '',
        '**Time Spent:** 2.0 hours this session',
        '**Progress:** (to fill in: percent complete)',
        '**Coverage:** 50.0% of lines',
        '',
      ].join('\n'),
    );
    expect(documentFacts(doc).progressPercent).toBeUndefined();
    expect(documentFacts(doc).coveragePercent).toBe(50);
    const stated = parseHandoff(
      ['# T-1', '', '## Time and Progress', '', 'About 60% done; coverage at 80%.', ''].join('\n'),
    );
    // A sentence that names coverage is left to the coverage fact, whatever else it says.
    expect(documentFacts(stated).progressPercent).toBeUndefined();
    expect(documentFacts(stated).coveragePercent).toBe(80);
  });
});

describe('open blockers and next steps (carried into the next draft)', () => {
  test('done blockers and checked steps are left behind', () => {
    const doc = parseHandoff(fixture('session2-mixed.md'));
    expect(openBlockers(doc).map((b) => b.text)).toEqual(['Performance benchmark framework decision needed']);
    expect(openBlockers(doc)[0]?.details).toEqual(['pytest-benchmark or a custom harness?']);
    expect(openNextSteps(doc).map((s) => s.text)).toEqual([
      'Decide the performance benchmark framework',
      'Add 3 more integration tests',
    ]);
  });

  test('unmarked items are open; "None" and placeholders are not blockers', () => {
    const doc = parseHandoff(
      '## Blockers\n\n- None\n- No blockers.\n- TODO\n- ✅ resolved: flaky fixture\n- Waiting on API keys\n\n## Next Steps\n\n1. First\n2. Second\n',
    );
    expect(openBlockers(doc).map((b) => b.text)).toEqual(['Waiting on API keys']);
    expect(openNextSteps(doc).map((s) => s.text)).toEqual(['First', 'Second']);
  });

  test('a document without those sections has nothing open', () => {
    const doc = parseHandoff('# Title\n');
    expect(openBlockers(doc)).toEqual([]);
    expect(openNextSteps(doc)).toEqual([]);
  });
});

describe('a coverage phrase after a long run of digits', () => {
  const doc = (line: string) =>
    `# T-1: Handoff (Session 1)\n\n**Date**: 2026-12-01\n\n## Current State\n\n- Tests: ${line}\n`;
  it('is read in time linear in the run, and as the phrase was read before', () => {
    // Tried from every digit, `(\d+…)\s*%\s*…coverage` was quadratic: 32 KB of digits before `x%`, 1 s.
    const run = '1'.repeat(64 * 1024);
    const read = (text: string) => documentFacts(parseHandoff(text));
    expect(
      costRatio(
        read,
        doc(`${run}x% and 85% line coverage`),
        doc(`${'y'.repeat(run.length)}x% and 85% line coverage`),
      ),
    ).toBeLessThan(20);
    expect(read(doc(`${run}x% and 85% line coverage`)).coveragePercent).toBe(85);
    // Where the expression found a number, the same number; where none, none.
    const before = /(\d+(?:\.\d+)?)\s*%\s*(?:\w+\s+)?coverage/i;
    const pieces = [
      '1',
      '2',
      '.',
      '%',
      '% ',
      ' ',
      'coverage',
      'line ',
      'x',
      '12.5',
      '\t',
      '3%coverage',
      '45 % line coverage',
    ];
    const random = seededIndex(1);
    let found = 0;
    for (let i = 0; i < 3_000; i++) {
      const text = Array.from({ length: random(10) }, () => pieces[random(pieces.length)]).join('');
      if (!/coverage\b[^0-9%]{0,20}?\d/i.test(text) && /%/.test(text)) {
        const expected = text.match(before)?.[1];
        expect([text, read(doc(text)).coveragePercent]).toEqual([
          text,
          expected === undefined ? undefined : Number(expected),
        ]);
        if (expected !== undefined) found++;
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
