import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseHandoff } from '../../src/core/document/parse.js';
import type { CommitInfo, TestSummary } from '../../src/core/model.js';
import {
  buildResume,
  coverageComparison,
  RESUME_LIST_CAP,
  type ResumeBrief,
  type ResumeInput,
  renderResumeJson,
  renderResumeMarkdown,
  renderResumeText,
} from '../../src/core/resume.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/seed-sessions');
const session1 = parseHandoff(readFileSync(join(FIXTURES, 'session1-handoff.md'), 'utf8'));
const PATH = 'delegation/tasks/active/TASK-2025-0078-C-handoff-session1.md';

function commit(sha: string, subject: string): CommitInfo {
  return {
    sha: sha.padEnd(40, '0'),
    parents: [],
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorTime: 0,
    commitTime: 0,
    subject,
    body: '',
    taskTrailers: [],
    files: [],
  };
}

const testsNow: TestSummary = {
  sources: ['reports/jest.json'],
  passed: 12,
  failed: 1,
  skipped: 0,
  errored: 0,
  failures: [{ name: 'test_upload' }],
  failedTruncated: false,
};

function input(overrides: Partial<ResumeInput> = {}): ResumeInput {
  return {
    taskId: 'TASK-2025-0078-C',
    agent: 'powertest-runner',
    status: 'in_progress',
    briefNote: 'API testing implementation - 30% complete',
    handoff: { path: PATH, document: session1 },
    now: new Date('2025-11-10T09:00:00Z'),
    ...overrides,
  };
}

describe('buildResume', () => {
  it('states what the handoff says: state, blockers, open next steps, decisions, progress, time', () => {
    const brief = buildResume(input());
    expect(brief.handoff).toEqual({ path: PATH, date: '2025-11-08', session: 1, ageDays: 2 });
    expect(brief.statusText).toBe('In Progress (30%)');
    expect(brief.progressPercent).toBe(30);
    expect(brief.working.items).toContain(
      '5 integration tests passing (health, metrics, version, echo, error)',
    );
    expect(brief.broken.items).toEqual([
      'Async test handling inconsistent (some tests hang)',
      'Test database cleanup not working (leftover data between tests)',
    ]);
    expect(brief.blockers.items.map((b) => b.text)).toEqual([
      "Async test hang issue - Some async tests don't complete, timeout after 60s",
      'Test database cleanup - Data persists between tests',
    ]);
    expect(brief.nextSteps.items.map((step) => step.text)).not.toContain('Verify all 5 tests pass');
    expect(brief.nextSteps.items).toHaveLength(4);
    expect(brief.decisions.items[0]).toMatch(/^Used pytest-asyncio instead of unittest/);
    expect(brief.time).toEqual({ spentHours: 4, remainingHours: 8 });
  });

  it('compares the tests the handoff claims with the reports now', () => {
    const brief = buildResume(input({ testsNow }));
    expect(brief.tests?.claimed).toEqual({ passed: 5, failed: 0 });
    expect(brief.tests?.now).toEqual({ passed: 12, failed: 1, skipped: 0 });
    expect(brief.tests?.note).toBe('handoff claims 5 passed, 0 failed; reports now show 12 passed, 1 failed');
    expect(brief.tests?.failingNow?.items).toEqual(['test_upload']);
    const same = buildResume(input({ testsNow: { ...testsNow, passed: 5, failed: 0, failures: [] } }));
    expect(same.tests?.note).toMatch(/\(matches\)$/);
    expect(buildResume(input()).tests?.note).toMatch(/pass --tests/);
  });

  it('lists the commits since the handoff, newest first, capped', () => {
    const commits = Array.from({ length: 10 }, (_, i) => commit(`c${i}`, `Work ${i}`));
    const brief = buildResume(input({ commitsSince: commits, sinceBasis: 'after abc1234, its last commit' }));
    expect(brief.since?.total).toBe(10);
    expect(brief.since?.commits.items[0]).toEqual({ sha: 'c900000', subject: 'Work 9' });
    expect(brief.since?.commits.items.length).toBeLessThan(10);
    expect(brief.since?.commits.more).toBe(10 - (brief.since?.commits.items.length ?? 0));
  });

  it('says why when the handoff could not be read, and still gives the registry facts', () => {
    const brief = buildResume(
      input({ handoff: { path: PATH, problem: 'the file does not exist [link/missing]' } }),
    );
    expect(brief.handoff?.problem).toMatch(/does not exist/);
    expect(brief.blockers.items).toEqual([]);
    expect(renderResumeText(brief)).toContain(`${PATH}: the file does not exist`);
  });

  it('puts a problem with a place after the file, as file:line:column, whatever the message says', () => {
    // A message that itself starts with digits and a colon is not taken for a place.
    const located = buildResume(
      input({ handoff: { path: PATH, problem: '12: not a heading [x/y]', line: 3, column: 4 } }),
    );
    expect(located.handoff).toMatchObject({ problem: '12: not a heading [x/y]', line: 3, column: 4 });
    expect(renderResumeText(located)).toContain(`${PATH}:3:4: 12: not a heading [x/y]`);
    const unplaced = buildResume(input({ handoff: { path: PATH, problem: '12: not a heading [x/y]' } }));
    expect(unplaced.handoff).not.toHaveProperty('line');
    expect(renderResumeText(unplaced)).toContain(`${PATH}: 12: not a heading [x/y]`);
  });

  it('caps long lists and counts the rest', () => {
    const many = parseHandoff(
      `# T\n\n## Next Steps\n\n${Array.from({ length: 9 }, (_, i) => `- [ ] step ${i}`).join('\n')}\n`,
    );
    const brief = buildResume(input({ handoff: { path: PATH, document: many } }));
    expect(brief.nextSteps.items).toHaveLength(RESUME_LIST_CAP);
    expect(brief.nextSteps.more).toBe(9 - RESUME_LIST_CAP);
    expect(renderResumeText(brief)).toContain(`…and ${9 - RESUME_LIST_CAP} more`);
  });
});

describe('rendering', () => {
  const brief = buildResume(
    input({
      testsNow,
      commitsSince: [commit('abcdef1', 'Add upload test')],
      sinceBasis: 'after 1234567, its last commit',
    }),
  );

  it('a Status line of 100,000 blanks makes no slow headline (the expression it replaced took ~9 s)', () => {
    const brief = { ...buildResume(input()), statusText: `In${' '.repeat(100_000)}Progress x` };
    const started = performance.now();
    expect(renderResumeText(brief)).toContain('Progress x)');
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(renderResumeText({ ...brief, statusText: 'Blocked  (on keys) ' })).toContain(
      '(in_progress; the handoff says Blocked, on keys)\n',
    );
  });

  it("counts a draft's cut failing list (`…and K more failing tests`) in `more`, not as a failing test", () => {
    const document = parseHandoff(
      [
        '# T: Handoff (Session 2)',
        '',
        '## Current State',
        '',
        "### What's Broken",
        '',
        '- ❌ test_a',
        '- ❌ test_b',
        '- …and 10 more failing tests',
        '',
      ].join('\n'),
    );
    const brief = buildResume(input({ handoff: { path: PATH, document } }));
    expect(brief.broken).toEqual({ items: ['test_a', 'test_b'], more: 10 });
    expect(renderResumeText(brief)).not.toContain('❌ …and');
  });

  it('Current State prose in no group (a draft note) is the state, not a thing that works', () => {
    const document = parseHandoff(
      [
        '# T: Handoff (Session 2)',
        '',
        '## Current State',
        '',
        'Still blocked on the API key',
        '',
        "### What's Working",
        '',
        '- Login works',
        '',
        '### Broken',
        '',
        '- Upload times out',
        '',
      ].join('\n'),
    );
    const brief = buildResume(input({ handoff: { path: PATH, document } }));
    expect(brief.state.items).toEqual(['Still blocked on the API key']);
    expect(brief.working.items).toEqual(['Login works']);
    expect(brief.broken.items).toEqual(['Upload times out']);
    const text = renderResumeText(brief);
    expect(text).toContain('State:\n  - Still blocked on the API key\n');
    expect(text).not.toContain('✅ Still blocked');
    expect(renderResumeMarkdown(brief)).toContain('**State:**\n\n- Still blocked on the API key');
  });

  it('text: a registry status the handoff does not state comes first, the handoff’s named as its own, in one pair of parentheses', () => {
    // Side by side (`blocked, In Progress, 30%`) the two read as one status contradicting itself.
    const blocked = buildResume(input({ status: 'blocked' }));
    expect(renderResumeText(blocked)).toMatch(
      /^TASK-2025-0078-C — powertest-runner \(blocked; the handoff says In Progress, 30%\)\n/,
    );
    expect(renderResumeMarkdown(blocked)).toContain('(blocked; the handoff says In Progress, 30%)');
    // The same status is said once, in the handoff's words.
    expect(renderResumeText(buildResume(input()))).toMatch(
      /^TASK-2025-0078-C — powertest-runner \(In Progress, 30%\)\n/,
    );
  });

  it('text: the seed’s session 2 resume in a few lines', () => {
    const text = renderResumeText(brief);
    // One pair of parentheses: the handoff's `(30%)` inside the headline's own reads `, 30%`.
    expect(text).toMatch(/^TASK-2025-0078-C — powertest-runner \(In Progress, 30%\)\n/);
    expect(text).toContain(`Handoff: ${PATH} (2025-11-08, 2 days ago)`);
    expect(text).toContain('  1. Fix async test hang (investigate event loop handling)');
    expect(text).toContain(
      'Since: 1 commit since the handoff, not covered by it (after 1234567, its last commit)',
    );
    expect(text).toContain('  abcdef1 Add upload test');
    expect(text).toContain('Tests: handoff claims 5 passed, 0 failed; reports now show 12 passed, 1 failed');
    expect(text.split('\n').length).toBeLessThan(40);
  });

  it('markdown: the same facts, with shas as code', () => {
    const markdown = renderResumeMarkdown(brief);
    expect(markdown).toContain('**Blockers:**');
    expect(markdown).toContain('- `abcdef1` Add upload test');
    expect(markdown).toContain('- [ ] Start performance benchmarks');
    expect(markdown).toContain('reports now show 12 passed, 1 failed');
  });

  it('markdown: user text cannot inject markup', () => {
    const hostile = parseHandoff(
      '# T\n\n## Current Blockers\n\n- <img src=x onerror=alert(1)> and [link](https://evil.example) **bold**\n',
    );
    const markdown = renderResumeMarkdown(
      buildResume(input({ handoff: { path: PATH, document: hostile }, briefNote: '# heading <script>' })),
    );
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).not.toMatch(/(?<!\\)<script/);
    expect(markdown).not.toMatch(/\]\(https/);
    expect(markdown).not.toMatch(/^# heading/m);
  });

  it('json: the brief itself', () => {
    const parsed = JSON.parse(renderResumeJson([brief])) as { tasks: unknown[] };
    expect(parsed.tasks).toEqual([JSON.parse(JSON.stringify(brief))]);
  });

  it('json: a step a commit since seems to have done keeps its own text; the guess is its maybeDoneIn, which text and markdown show after it', () => {
    const guessed = buildResume(
      input({ commitsSince: [commit('fedcba9', 'Add pytest-benchmark performance benchmarks')] }),
    );
    const parsed = JSON.parse(renderResumeJson([guessed])) as { tasks: ResumeBrief[] };
    const steps = parsed.tasks[0]?.nextSteps.items;
    expect(steps?.at(-1)).toEqual({ text: 'Start performance benchmarks', maybeDoneIn: 'fedcba9' });
    // The others have no guess, and no key for one.
    expect(steps?.[0]).toEqual({ text: 'Fix async test hang (investigate event loop handling)' });
    expect(renderResumeText(guessed)).toContain('  4. Start performance benchmarks (done in fedcba9?)\n');
    expect(renderResumeMarkdown(guessed)).toContain(
      '- [ ] Start performance benchmarks (done in fedcba9?)\n',
    );
  });
});

describe('coverageComparison', () => {
  it('asks for --coverage only when none was given; a report given but unreadable says so', () => {
    expect(coverageComparison(80, undefined)?.note).toBe(
      'handoff claims 80.0% of lines (pass --coverage to compare)',
    );
    expect(coverageComparison(80, undefined, true)?.note).toBe(
      'handoff claims 80.0% of lines; the coverage report given could not be read (see the warnings)',
    );
  });
});
