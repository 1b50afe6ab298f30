import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHandoff } from '../../src/core/document/parse.js';
import { withoutLines } from '../../src/core/document/without-lines.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'documents');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe("parseHandoff: the seed's bold-label form", () => {
  const doc = parseHandoff(fixture('bold-labels-session1.md'));

  test('the Session heading is the title, and the Status line a header field', () => {
    expect(doc.title).toBe('Session 1 Handoff (Nov 8, End of Day)');
    expect(doc.session).toBe(1);
    expect(doc.header).toEqual([{ label: 'Status', value: 'In Progress (30% complete)', line: 3 }]);
  });

  test("What's Working / What's Broken make Current State, with ✅ and ❌ marks", () => {
    const state = doc.elements.currentState;
    expect(state?.label).toBe('Current State');
    expect(state?.subsections.map((s) => s.label)).toEqual(["What's Working", "What's Broken"]);
    const [working, broken] = state?.subsections ?? [];
    expect(working?.items).toHaveLength(4);
    expect(working?.items.every((i) => i.mark === 'working')).toBe(true);
    expect(working?.items[0]).toEqual({
      text: 'Test framework set up (pytest + pytest-asyncio)',
      mark: 'working',
      details: [],
      line: 6,
    });
    expect(broken?.items.map((i) => i.mark)).toEqual(['broken', 'broken', 'broken']);
    expect(broken?.items[2]?.text).toBe('Performance benchmarks not started');
  });

  test('Key Decisions, numbered, keep their reasons as plain text', () => {
    expect(doc.elements.decisions?.label).toBe('Key Decisions');
    expect(doc.elements.decisions?.items.map((i) => i.text)).toEqual([
      'Used pytest-asyncio instead of unittest - Reason: Better async support, matches rest of codebase',
      "Separate test database - Reason: Don't want tests hitting production data",
      'Fixtures in conftest.py - Reason: Shared across all test files',
      'Test utilities in tests/api/utils.py - Reason: Avoid duplication',
    ]);
  });

  test('Current Blockers keep their nested bullets as details', () => {
    const blockers = doc.elements.blockers?.items ?? [];
    expect(blockers.map((b) => b.text)).toEqual([
      "Async test hang issue - Some async tests don't complete, timeout after 60s",
      'Test database cleanup - Data persists between tests',
    ]);
    expect(blockers[0]?.details).toEqual([
      'Appears related to event loop cleanup',
      'Need to investigate pytest-asyncio best practices',
      'May need @pytest.mark.asyncio on all async tests',
    ]);
    expect(blockers[1]?.line).toBe(28);
  });

  test('Immediate Next Steps is nextSteps; Time Spent opens Time and Progress with its fields', () => {
    expect(doc.elements.nextSteps?.label).toBe('Immediate Next Steps');
    expect(doc.elements.nextSteps?.items).toHaveLength(5);
    const time = doc.elements.timeProgress;
    expect(time?.label).toBe('Time and Progress');
    expect(time?.fields.map((f) => [f.label, f.value, f.line])).toEqual([
      ['Time Spent', '4 hours', 39],
      ['Estimated Remaining', '8 hours', 40],
      ['Progress', '30% complete (5/15 integration tests, 0/5 performance benchmarks)', 41],
    ]);
    expect(doc.otherSections).toEqual([]);
  });
});

describe("parseHandoff: the seed's heading form", () => {
  const doc = parseHandoff(fixture('headings-session1.md'));

  test('title, task id, session and the four header fields (colon outside the bold)', () => {
    expect(doc.title).toBe('TASK-2025-0078-C: API Testing Handoff (Session 1)');
    expect(doc.taskId).toBe('TASK-2025-0078-C');
    expect(doc.session).toBe(1);
    expect(doc.header.map((f) => [f.label, f.value])).toEqual([
      ['Date', '2025-11-08'],
      ['Agent', 'powertest-runner'],
      ['Duration', '4 hours'],
      ['Status', 'In Progress (30%)'],
    ]);
  });

  test('reads the same elements as the bold-label form', () => {
    const bold = parseHandoff(fixture('bold-labels-session1.md'));
    expect(withoutLines(doc.elements.currentState)).toEqual(withoutLines(bold.elements.currentState));
    expect(withoutLines(doc.elements.blockers?.items)).toEqual(withoutLines(bold.elements.blockers?.items));
    expect(withoutLines(doc.elements.timeProgress?.fields)).toEqual(
      withoutLines(bold.elements.timeProgress?.fields),
    );
    expect(doc.elements.decisions?.items.map((i) => i.text)).toEqual(
      bold.elements.decisions?.items.map((i) => i.text),
    );
  });

  test('- [ ] items are open', () => {
    const steps = doc.elements.nextSteps?.items ?? [];
    expect(steps.map((s) => s.mark)).toEqual(['open', 'open', 'open', 'open', 'open']);
    expect(steps[0]?.text).toBe('Fix async test hang (investigate event loop handling)');
  });

  test('Files Modified and Commits are their own sections', () => {
    expect(doc.filesModified?.items.map((i) => i.text)).toEqual([
      'tests/api/test_integration.py (5 tests added)',
      'tests/api/conftest.py (fixtures created)',
      'tests/api/utils.py (test utilities added)',
    ]);
    expect(doc.commits?.items.map((i) => i.text)).toEqual([
      'fa1b3c2 Add test fixtures',
      'e4d2a1b Create integration test framework',
    ]);
  });
});

describe('parseHandoff: synonyms and mixed forms', () => {
  const doc = parseHandoff(fixture('session2-mixed.md'));

  test.each([
    ['currentState', 'Status'],
    ['decisions', 'Decisions'],
    ['blockers', 'Open Blockers'],
    ['nextSteps', 'TODO'],
    ['timeProgress', 'Progress'],
  ] as const)('%s is read from "## %s"', (element, label) => {
    expect(doc.elements[element]?.label).toBe(label);
  });

  test('### subsections, [x] done items, fields in the header, intro text', () => {
    expect(doc.elements.currentState?.subsections.map((s) => s.label)).toEqual([
      "What's Working",
      "What's Broken",
    ]);
    expect(doc.elements.blockers?.items.map((i) => i.mark)).toEqual(['done', 'open']);
    expect(doc.elements.blockers?.items[1]?.details).toEqual(['pytest-benchmark or a custom harness?']);
    expect(doc.header.map((f) => f.label)).toEqual([
      'Date',
      'Agent',
      'Duration',
      'Status',
      'Tests',
      'Coverage',
    ]);
    expect(doc.intro).toEqual(['Short session: both Session 1 blockers fixed, one new decision needed.']);
  });

  test.each([
    ['## Blockers', 'blockers'],
    ['## Issues', 'blockers'],
    ['### Current Blockers', 'blockers'],
    ['**Open Blockers:**', 'blockers'],
    ['## Todo', 'nextSteps'],
    ['**Immediate Next Steps**', 'nextSteps'],
    ['## Decisions Made', 'decisions'],
    ['**1. Key Decisions (why we did things this way)**', 'decisions'],
    ['## Current Status', 'currentState'],
    ['## State', 'currentState'],
    ['## Time Spent', 'timeProgress'],
    ['## Time and Progress', 'timeProgress'],
    ['## ✅ What’s Working', 'currentState'],
  ] as const)('"%s" opens %s', (label, element) => {
    const parsed = parseHandoff(`${label}\n\n- something real\n`);
    const section = parsed.elements[element];
    expect(section).toBeDefined();
    const items = [...(section?.items ?? []), ...(section?.subsections.flatMap((s) => s.items) ?? [])];
    expect(items.map((i) => i.text)).toEqual(['something real']);
  });

  test('a value on the label line is the first paragraph of the section', () => {
    const parsed = parseHandoff('**Current Blockers:** None right now\n');
    expect(parsed.elements.blockers?.paragraphs).toEqual(['None right now']);
    expect(parsed.header).toEqual([]);
  });

  test('a second section of the same kind is kept apart, in order', () => {
    const parsed = parseHandoff(
      '## Blockers\n\n- one\n\n## Next Steps\n\n- two\n\n## Current Blockers\n\n- three\n',
    );
    expect(parsed.elements.blockers?.items.map((i) => i.text)).toEqual(['one']);
    expect(parsed.otherSections.map((s) => [s.label, s.items.map((i) => i.text)])).toEqual([
      ['Current Blockers', ['three']],
    ]);
  });

  test('unknown headings are kept as other sections, deeper ones as their subsections', () => {
    const parsed = parseHandoff(
      '# T\n\n## Notes\n\nfree text\n\n### Detail\n\n- a\n\n## Next Steps\n\n### Later\n\n- b\n',
    );
    expect(parsed.otherSections.map((s) => s.label)).toEqual(['Notes']);
    expect(parsed.otherSections[0]?.paragraphs).toEqual(['free text']);
    expect(parsed.otherSections[0]?.subsections.map((s) => [s.label, s.items.length])).toEqual([
      ['Detail', 1],
    ]);
    expect(parsed.elements.nextSteps?.subsections.map((s) => s.label)).toEqual(['Later']);
  });

  test('inline markup is dropped, link targets kept, HTML comments ignored', () => {
    const parsed = parseHandoff(
      '## Decisions\n\n- Use *pytest-benchmark*, see [the PR](https://example.com/pr/1) and `conftest.py`\n\n<!-- note to self -->\n',
    );
    expect(parsed.elements.decisions?.items[0]?.text).toBe(
      'Use pytest-benchmark, see the PR (https://example.com/pr/1) and conftest.py',
    );
    expect(parsed.elements.decisions?.paragraphs).toEqual([]);
  });
});

describe('parseHandoff: awkward input', () => {
  test('CRLF input reads exactly like LF input (lines included)', () => {
    const lf = fixture('headings-session1.md');
    expect(parseHandoff(lf.replace(/\n/g, '\r\n'))).toEqual(parseHandoff(lf));
    expect(parseHandoff(`\uFEFF${lf}`)).toEqual(parseHandoff(lf));
  });

  test('empty and whitespace-only input give an empty document', () => {
    for (const input of ['', '   ', '\n\n\n', '\r\n']) {
      expect(parseHandoff(input)).toEqual({ header: [], elements: {}, otherSections: [] });
    }
  });

  test('garbage never throws and still yields a document', () => {
    const inputs = [
      '\u0000\u0001\u0002 binary \uFFFD\uFFFD',
      `${'['.repeat(2000)}${']'.repeat(2000)}`,
      '```\nunclosed fence\n## Next Steps',
      '| a |\n|---|\n| **Next Steps:** |',
      '**\n**:\n****\n**:**\n** :**',
      JSON.stringify({ not: 'markdown' }),
    ];
    for (const input of inputs) {
      const doc = parseHandoff(input);
      expect(Array.isArray(doc.header)).toBe(true);
      expect(Array.isArray(doc.otherSections)).toBe(true);
    }
    // Nesting deep enough to exhaust a parser is refused, as an InputError (document-hostile.test.ts).
    for (const deep of [`${'>'.repeat(5000)} deep quote`, `${'- '.repeat(300)}deep list`]) {
      expect(() => parseHandoff(deep)).toThrow(expect.objectContaining({ rule: 'document/nesting' }));
    }
    // So is a merge conflict left in it: its two sides would read as duplicate sections.
    expect(() => parseHandoff('<<<<<<< HEAD\n## Next Steps\n=======\n## Blockers\n>>>>>>> branch\n')).toThrow(
      expect.objectContaining({ rule: 'document/conflict' }),
    );
  });

  test('a fenced block keeps its text, but headings inside it are not sections', () => {
    const doc = parseHandoff('## Notes\n\n```\n## Next Steps\n- not a step\n```\n');
    expect(doc.elements.nextSteps).toBeUndefined();
    expect(doc.otherSections[0]?.paragraphs).toEqual(['## Next Steps - not a step']);
  });
});
