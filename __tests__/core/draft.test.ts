import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { nonWorkPaths } from '../../src/core/attribution.js';
import { DEFAULT_CONFIG, taskIdRegExp } from '../../src/core/config.js';
import { missingElements, PLACEHOLDER_MARK, percentIn } from '../../src/core/document/elements.js';
import { documentFacts, openBlockers, openNextSteps } from '../../src/core/document/facts.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import {
  changedFiles,
  composeDraft,
  type DraftInput,
  fallbackDecides,
  selectTaskCommits,
  selectTaskRange,
  setupCommitsBefore,
  startDayLead,
} from '../../src/core/draft.js';
import { applyDraftInput } from '../../src/core/draft-input.js';
import type { CommitInfo, TestSummary } from '../../src/core/model.js';
import { countWords } from '../../src/core/words.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/seed-sessions');
const TASK = 'TASK-2025-0078-C';
const HOUR = 3_600_000;

function commit(sha: string, iso: string, subject: string, files: [string, number, number][]): CommitInfo {
  const time = Date.parse(iso) / 1000;
  return {
    sha: sha.padEnd(40, '0'),
    parents: [],
    authorName: 'Agent',
    authorEmail: 'agent@example.com',
    authorTime: time,
    commitTime: time,
    subject,
    body: '',
    taskTrailers: [],
    files: files.map(([path, added, deleted]) => ({ path, added, deleted })),
  };
}

function tests(passed: number, failing: string[] = []): TestSummary {
  return {
    sources: ['report.xml'],
    passed,
    failed: failing.length,
    skipped: 0,
    errored: 0,
    failures: failing.map((name) => ({ name })),
    failedTruncated: false,
  };
}

const session1 = parseHandoff(readFileSync(join(FIXTURES, 'session1-handoff.md'), 'utf8'));

const session2Commits = [
  commit('e4d2a1b', '2025-11-10T10:00:00Z', 'Fix async test hang', [['tests/api/conftest.py', 10, 2]]),
  commit('fa1b3c2', '2025-11-10T10:45:00Z', 'Fix test database cleanup', [
    ['tests/api/fixtures/db.py', 20, 0],
  ]),
  commit('0a1b2c3', '2025-11-10T12:15:00Z', 'Add 7 more integration tests', [
    ['tests/api/test_integration.py', 70, 1],
    ['tests/api/conftest.py', 3, 3],
  ]),
];

function input(overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    taskId: TASK,
    agent: 'powertest-runner',
    session: 2,
    now: new Date('2025-11-10T13:00:00Z'),
    status: 'in_progress',
    previous: { document: session1, session: 1 },
    commits: session2Commits,
    tests: tests(12, ['test_upload']),
    sessionGapMs: 2 * HOUR,
    wordBudget: 250,
    ...overrides,
  };
}

describe('composeDraft', () => {
  it("states branch coverage after the lines' figure, which a later draft reads back", () => {
    const draft = composeDraft(
      input({ coverage: { source: 'lcov.info', linesPercent: 81.3, branchesPercent: 62.5 } }),
    );
    expect(draft.markdown).toContain('81.3% of lines');
    expect(draft.markdown).toContain(', 62.5% of branches');
    expect(documentFacts(parseHandoff(draft.markdown)).coveragePercent).toBe(81.3);
  });

  it('fills the elements from the facts in a form the document parser reads back', () => {
    const draft = composeDraft(input({ coverage: { source: 'lcov.info', linesPercent: 81.3 } }));
    const reread = parseHandoff(draft.markdown);
    const facts = documentFacts(reread);
    expect(reread.taskId).toBe(TASK);
    expect(reread.session).toBe(2);
    expect(reread.title).toBe('TASK-2025-0078-C: API Testing Handoff (Session 2)');
    expect(facts.date).toBe('2025-11-10');
    expect(facts.agent).toBe('powertest-runner');
    expect(facts.tests).toEqual({ passed: 12, failed: 1 });
    expect(facts.coveragePercent).toBe(81.3);
    // 10:00 → 12:15 plus half an hour before the first commit.
    expect(facts.timeSpentHours).toBe(2.8);
    expect(facts.commitShas).toEqual(['0a1b2c3', 'fa1b3c2', 'e4d2a1b']);
    expect(draft.markdown).toContain('- ❌ test_upload');
    expect(draft.markdown).toContain('12 of 13 tests passing');
    expect(draft.markdown).toContain('(+7 passed, +1 failed since session 1)');
  });

  it("drops the last draft's guesses from carried items: each draft shows only its own", () => {
    const first = parseHandoff(composeDraft(input()).markdown);
    const again = composeDraft(
      input({
        session: 3,
        previous: { document: first, session: 2 },
        commits: [
          commit('1d70886', '2025-11-11T10:00:00Z', 'Fix async test hang for good', [['a.py', 1, 0]]),
        ],
      }),
    );
    const step = openNextSteps(parseHandoff(again.markdown)).find((s) => s.text.startsWith('Fix async'));
    expect(step?.details).toEqual(['done in 1d70886?']);
    // Confirmed with --resolved, the guess is kept as a fact, without its question mark.
    const confirmed = applyDraftInput(again, { resolved: ['Fix async test hang'] }, 250);
    expect(confirmed.markdown).toMatch(/- \[x\] Fix async test hang[^\n]*\n\s+- done in 1d70886\n/);
    // Session 2's guesses (e4d2a1b, fa1b3c2) are not carried into session 3, on steps or blockers.
    expect(again.markdown).not.toMatch(/e4d2a1b|fa1b3c2/);
  });

  it('lists a PR once when its one commit bears its title (or the title cut short), its other commits too', () => {
    const t = (sha: string, subject: string, at: string, parents: string[] = []) => ({
      ...commit(sha, at, subject, [['src/a.ts', 1, 0]]),
      parents: parents.map((p) => p.padEnd(40, '0')),
    });
    const merge = (sha: string, n: number, title: string, at: string, parents: string[]) => ({
      ...t(sha, `Merge pull request #${n} from acme/x`, at, parents),
      body: `${title}\n`,
      files: [],
    });
    const long = 'Fix: indent rule should recognize single line statements with ASI';
    const skeleton = t('b100001', 'TK-1: Add the invoice parser skeleton', '2025-11-10T10:00:00Z');
    const parserTests = t('b100002', 'TK-1: Add the invoice parser tests', '2025-11-10T10:10:00Z', [
      'b100001',
    ]);
    const fix = t('c100001', long, '2025-11-10T10:20:00Z');
    const draft = composeDraft(
      input({
        previous: undefined,
        commits: [skeleton, parserTests, fix],
        merges: [
          merge('d100001', 5, 'TK-1: Add the invoice parser', '2025-11-10T10:30:00Z', ['a000001', 'b100002']),
          merge('d100002', 6, `${long.slice(0, 40)}…`, '2025-11-10T10:40:00Z', ['d100001', 'c100001']),
        ],
      }),
    );
    const items = draft.document.commits?.items.map((i) => i.text) ?? [];
    // #5 has two commits and a title of its own: both are listed. #6's one commit is the PR.
    expect(items.filter((i) => i.includes('invoice parser'))).toHaveLength(3);
    expect(items.filter((i) => i.includes('indent rule'))).toHaveLength(1);
  });

  it('names the work sessions only under the gap rule, whose split they are', () => {
    expect(composeDraft(input()).markdown).toContain(
      '**Time Spent:** 2.8 hours this session (gap rule: 3 commits, 1 work session)',
    );
    expect(composeDraft(input({ timeRule: 'git-hours' })).markdown).toMatch(
      /\*\*Time Spent:\*\* [\d.]+ hours this session \(git-hours rule: 3 commits\)\n/,
    );
  });

  it('lists an empty squash-merged pull request as a pull request', () => {
    const empty = commit('da40de3', '2025-11-10T12:30:00Z', 'Tidy the changelog (#1448)', []);
    const draft = composeDraft(input({ emptyCommits: [empty] }));
    expect(draft.pullRequests.map((pr) => pr.number)).toEqual([1448]);
    expect(draft.markdown).toContain('#1448 Tidy the changelog (pull request, da40de3)');
  });

  it('lists failing tests by name only, secrets redacted: no message, whose class names drift would flag', () => {
    const token = `ghp_${'a'.repeat(36)}`;
    const summary = tests(12, ['test_upload', `uploads with ${token}`]);
    summary.failures = [
      { name: 'test_upload', message: 'AssertionError: expected 200, got 500' },
      { name: `uploads with ${token}`, message: 'TypeError: x is undefined' },
    ];
    const draft = composeDraft(input({ tests: summary }));
    expect(draft.markdown).toContain('- ❌ test_upload\n');
    expect(draft.markdown).not.toContain('AssertionError');
    expect(draft.markdown).not.toContain('TypeError');
    expect(draft.markdown).not.toContain('a'.repeat(36));
  });

  it('counts a session with no commits among those that state no time in the Task Total', () => {
    const draft = composeDraft(input({ commits: [], earlierSessions: [{ session: 1, hours: 4 }] }));
    expect(draft.markdown).toMatch(
      /\*\*Task Total:\*\* [\d.]+ hours in 2 sessions \(.*at least: session 2 states no time\)/,
    );
  });

  it('writes a stated time (--time-spent) as Time Spent, and sums it into the Task Total', () => {
    // No commits: the time is stated or left to fill in, and the total names the session that states none.
    const stated = composeDraft(
      input({ commits: [], statedHours: 0.75, earlierSessions: [{ session: 1, hours: 4 }] }),
    );
    expect(stated.markdown).toContain('**Time Spent:** 0.75 hours this session (stated)');
    expect(stated.markdown).toContain(
      "**Task Total:** 4.8 hours in 2 sessions (sum of each handoff's Time Spent)",
    );
    expect(documentFacts(parseHandoff(stated.markdown)).timeSpentHours).toBe(0.75);
    // With commits, the stated time stands instead of the estimate.
    const over = composeDraft(input({ statedHours: 2 }));
    expect(over.markdown).toContain('**Time Spent:** 2 hours this session (stated)');
    expect(over.markdown).not.toMatch(/hours this session \((?:gap|git-hours) rule/);
  });

  it('says "The 1 test passing", not "All 1 tests passing"', () => {
    expect(composeDraft(input({ tests: tests(1) })).markdown).toContain('The 1 test passing');
  });

  it('lists files by lines changed, summed over commits, with +/−', () => {
    const draft = composeDraft(input());
    const files = parseHandoff(draft.markdown).filesModified?.items.map((i) => i.text);
    expect(files).toEqual([
      'tests/api/test_integration.py (+70 −1)',
      'tests/api/fixtures/db.py (+20 −0)',
      'tests/api/conftest.py (+13 −5)',
    ]);
  });

  it('carries open blockers and unchecked next steps, and drops checked ones', () => {
    // Commits that say nothing about the carried items: everything is carried as it was.
    const unrelated = session2Commits.map((c, i) => ({ ...c, subject: `Refactor module ${i}` }));
    const reread = parseHandoff(composeDraft(input({ commits: unrelated })).markdown);
    expect(openBlockers(reread).map((b) => b.text)).toEqual([
      "Async test hang issue - Some async tests don't complete, timeout after 60s",
      'Test database cleanup - Data persists between tests',
    ]);
    expect(openBlockers(reread)[0]?.details).toEqual(['Appears related to event loop cleanup']);
    const steps = openNextSteps(reread).map((s) => s.text);
    expect(steps).toContain('Fix async test hang (investigate event loop handling)');
    expect(steps).toContain('Start performance benchmarks');
    expect(steps).not.toContain('Verify all 5 tests pass');
    expect(steps).toHaveLength(4);
  });

  it('flags blockers a commit says it fixed and next steps a commit seems to have done, leaving both open', () => {
    const draft = composeDraft(input());
    const reread = parseHandoff(draft.markdown);
    // Still open: only a person knows the blocker is gone; the draft says which commit may have done it.
    expect(openBlockers(reread).map((b) => b.details)).toEqual([
      ['Appears related to event loop cleanup', 'possibly resolved by e4d2a1b'],
      ['Need fixture with yield to ensure cleanup runs', 'possibly resolved by fa1b3c2'],
    ]);
    // A commit's words are a guess: the steps stay open (the next session still sees them), marked.
    expect(reread.elements.nextSteps?.items.filter((i) => i.mark === 'done')).toEqual([]);
    expect(openNextSteps(reread).map((i) => [i.text, i.details])).toEqual([
      ['Fix async test hang (investigate event loop handling)', ['done in e4d2a1b?']],
      ['Fix test database cleanup (add yield to fixture)', ['done in fa1b3c2?']],
      ['Add 10 more integration tests (see test plan in task spec)', []],
      ['Start performance benchmarks', []],
    ]);
    expect(draft.maybeDone.map((m) => [m.step, m.sha.slice(0, 7)])).toEqual([
      ['Fix async test hang (investigate event loop handling)', 'e4d2a1b'],
      ['Fix test database cleanup (add yield to fixture)', 'fa1b3c2'],
    ]);
  });

  it('leaves decisions as a placeholder, so an unedited draft stays incomplete', () => {
    const draft = composeDraft(input());
    expect(missingElements(draft.document, DEFAULT_CONFIG.requiredElements)).toEqual(['decisions']);
    expect(missingElements(parseHandoff(draft.markdown), DEFAULT_CONFIG.requiredElements)).toEqual([
      'decisions',
    ]);
    expect(draft.markdown).toContain(PLACEHOLDER_MARK.replace(/^_|_$/g, '').replace(/\)$/, ''));
  });

  it('uses what the person answered instead of placeholders', () => {
    const draft = composeDraft(
      input({
        answers: {
          decisions: ['Use pytest-benchmark - Reason: already in the stack'],
          blockers: ['Benchmark framework decision needed'],
          nextSteps: ['Write the first benchmark'],
        },
      }),
    );
    const reread = parseHandoff(draft.markdown);
    expect(missingElements(reread, DEFAULT_CONFIG.requiredElements)).toEqual([]);
    expect(reread.elements.decisions?.items.map((i) => i.text)).toEqual([
      'Use pytest-benchmark - Reason: already in the stack',
    ]);
    expect(openBlockers(reread).map((b) => b.text)).toContain('Benchmark framework decision needed');
    expect(openNextSteps(reread).map((s) => s.text)).toContain('Write the first benchmark');
    expect(draft.markdown).not.toContain('to fill in: new');
  });

  it('gives the progress stated as a delta against the previous handoff, and the last value to fill in from', () => {
    const draft = composeDraft(input());
    const before = documentFacts(input().previous?.document as never).progressPercent as number;
    expect(before).toEqual(expect.any(Number));
    // Not stated: the line to fill in names the previous value, in words no reader takes for one.
    const line = /\*\*Progress:\*\* (.*)/.exec(draft.markdown)?.[1] ?? '';
    expect(line).toMatch(new RegExp(`to fill in: percent complete; ${before} percent at session \\d`));
    expect(percentIn(line)).toBeUndefined();
    const later = applyDraftInput(draft, { progress: before + 15 }, 250);
    expect(later.markdown).toMatch(
      new RegExp(`\\*\\*Progress:\\*\\* ${before + 15}% complete \\(\\+15 points since session \\d\\)`),
    );
    expect(documentFacts(parseHandoff(later.markdown)).progressPercent).toBe(before + 15);
    expect(applyDraftInput(draft, { progress: before }, 250).markdown).toContain(
      `${before}% complete (unchanged since session`,
    );
    expect(applyDraftInput(draft, { progress: before - 5 }, 250).markdown).toContain(
      `${before - 5}% complete (−5 points since session`,
    );
    // A small change is still one: never "unchanged" for a value that changed.
    expect(applyDraftInput(draft, { progress: before + 0.04 }, 250).markdown).toContain(
      `${before + 0.04}% complete (+0.04 points since session`,
    );
  });

  it('a draft at 100% states 0 hours remaining unless told otherwise, never a template line', () => {
    const draft = composeDraft(input());
    const finished = parseHandoff(applyDraftInput(draft, { progress: 100 }, 250).markdown);
    expect(documentFacts(finished).estimatedRemainingHours).toBe(0);
    expect(finished.elements.timeProgress?.fields.map((f) => f.value).join('\n')).not.toContain('to fill in');
    // A time given wins; a task not finished keeps the line to fill in.
    const given = parseHandoff(applyDraftInput(draft, { progress: 100, remaining: '1 hour' }, 250).markdown);
    expect(documentFacts(given).estimatedRemainingHours).toBe(1);
    const half = parseHandoff(applyDraftInput(draft, { progress: 50 }, 250).markdown);
    expect(documentFacts(half).estimatedRemainingHours).toBeUndefined();
  });

  it('a draft at 100% says the work is complete in its Status, which a task still in progress says otherwise', () => {
    const draft = composeDraft(input({ status: 'in_progress' }));
    const status = (percent: number) =>
      applyDraftInput(draft, { progress: percent }, 250).markdown.match(/\*\*Status\*\*: (.*)/)?.[1];
    expect(status(100)).toBe('Complete (100%)');
    expect(status(60)).toBe('In Progress (60%)');
    expect(composeDraft(input({ status: 'blocked' })).markdown).toContain('**Status**: Blocked');
    expect(
      applyDraftInput(composeDraft(input({ status: 'blocked' })), { progress: 100 }, 250).markdown,
    ).toContain('**Status**: Blocked (100%)');
  });

  it('an answer that repeats a carried item (or another answer) is listed once', () => {
    const unrelated = session2Commits.map((c, i) => ({ ...c, subject: `Refactor module ${i}` }));
    const draft = composeDraft(
      input({
        commits: unrelated,
        answers: {
          nextSteps: [
            'start  performance benchmarks',
            'Write the first benchmark',
            'Write the first benchmark',
          ],
          blockers: ['Test database cleanup - Data persists between tests'],
        },
      }),
    );
    const reread = parseHandoff(draft.markdown);
    const steps = openNextSteps(reread).map((s) => s.text);
    expect(steps.filter((s) => /performance benchmarks/i.test(s))).toEqual(['Start performance benchmarks']);
    expect(steps.filter((s) => s === 'Write the first benchmark')).toHaveLength(1);
    expect(openBlockers(reread).map((b) => b.text)).toEqual([
      "Async test hang issue - Some async tests don't complete, timeout after 60s",
      'Test database cleanup - Data persists between tests',
    ]);
  });

  it('carries a previous None: the blockers stay answered until a session says otherwise', () => {
    const saidNone = parseHandoff(
      readFileSync(join(FIXTURES, 'session1-handoff.md'), 'utf8').replace(
        /## Current Blockers[\s\S]*?(?=\n## )/,
        '## Current Blockers\n\n- None\n',
      ),
    );
    expect(openBlockers(saidNone)).toEqual([]);
    const carried = composeDraft(input({ previous: { document: saidNone, session: 1 } }));
    const reread = parseHandoff(carried.markdown);
    expect(reread.elements.blockers?.items.map((i) => i.text)).toEqual(['None']);
    expect(missingElements(reread, ['blockers'])).toEqual([]);
    // A new blocker replaces it; with no previous None the placeholder still asks.
    const blocked = composeDraft(
      input({ previous: { document: saidNone, session: 1 }, answers: { blockers: ['CI is down'] } }),
    );
    expect(parseHandoff(blocked.markdown).elements.blockers?.items.map((i) => i.text)).toEqual([
      'CI is down',
    ]);
    const fresh = composeDraft(input({ previous: undefined, session: 1 }));
    expect(missingElements(parseHandoff(fresh.markdown), ['blockers'])).toEqual(['blockers']);
    // A task the registry calls blocked: the None is not carried, what blocks it is asked.
    const stuck = composeDraft(input({ previous: { document: saidNone, session: 1 }, status: 'blocked' }));
    const stuckDoc = parseHandoff(stuck.markdown);
    expect(stuckDoc.header.find((f) => f.label === 'Status')?.value).toMatch(/^Blocked/);
    expect(missingElements(stuckDoc, ['blockers'])).toEqual(['blockers']);
    expect(stuck.markdown).toContain('what blocks the task, as the registry says it is blocked; or None');
    // Said on the command line, it is written, None included (the block is over, the status not yet).
    const said = composeDraft(
      input({
        previous: { document: saidNone, session: 1 },
        status: 'blocked',
        answers: { blockers: ['None'] },
      }),
    );
    expect(missingElements(parseHandoff(said.markdown), ['blockers'])).toEqual([]);
  });

  it('without tests or a previous handoff, asks a person for the state and has no deltas', () => {
    const draft = composeDraft(input({ previous: undefined, tests: undefined, session: 1 }));
    const reread = parseHandoff(draft.markdown);
    expect(reread.title).toBe('TASK-2025-0078-C: Handoff (Session 1)');
    expect(missingElements(reread, DEFAULT_CONFIG.requiredElements)).toEqual([
      'currentState',
      'decisions',
      'blockers',
      'nextSteps',
    ]);
    expect(documentFacts(reread).tests).toBeUndefined();
    expect(draft.markdown).not.toContain('since');
  });

  it('says when the test counts did not change', () => {
    const draft = composeDraft(input({ tests: tests(5) }));
    expect(draft.markdown).toContain('**Tests:** 5 passed, 0 failed (unchanged since session 1)');
  });

  it('trims the commit list first, then the files list, then failing tests, to fit the budget', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      commit(
        `c${String(i).padStart(6, '0')}`,
        `2025-11-10T10:${String(i * 4).padStart(2, '0')}:00Z`,
        `Add benchmark number ${i} for the api`,
        [[`tests/api/bench_${i}.py`, 10 + i, 0]],
      ),
    );
    const failing = Array.from({ length: 8 }, (_, i) => `test_endpoint_${i}`);
    const base = input({ commits: many, tests: tests(4, failing) });
    const full = composeDraft({ ...base, wordBudget: 10_000 });
    expect(full.trimmed).toEqual([]);
    expect(full.document.commits?.items).toHaveLength(11); // 10 + "…and 2 more commits"

    const budgets = [full.words - 1, full.words - 60, full.words - 110, full.words - 140];
    const results = budgets.map((wordBudget) => composeDraft({ ...base, wordBudget }));
    expect(results[0]?.trimmed).toEqual(['commit list']);
    results.forEach((result, i) => {
      expect(result.words).toBe(countWords(result.markdown));
      expect(result.overBudget).toBe(result.words > (budgets[i] as number));
    });
    // Trimming order: once the files list is cut, the commit list is already cut.
    for (const result of results) {
      if (result.trimmed.includes('files list')) expect(result.trimmed).toContain('commit list');
      if (result.trimmed.includes('failing-test list')) expect(result.trimmed).toContain('files list');
    }
    const tight = composeDraft({ ...base, wordBudget: 1 });
    expect(tight.trimmed).toEqual(['commit list', 'files list', 'failing-test list']);
    expect(tight.overBudget).toBe(true);
    // The text is kept: carried blockers and next steps survive any budget.
    expect(openBlockers(parseHandoff(tight.markdown))).toHaveLength(2);
    expect(tight.markdown).toContain('12 commits: c000000..c000011');
    expect(tight.markdown).toContain('…and 5 more failing tests');
  });

  it("says when the net change keeps only the task's own files", () => {
    const net = {
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      files: [{ path: 'src/a.ts', status: 'modified' as const, added: 3, deleted: 1, binary: false }],
    };
    expect(composeDraft(input({ net })).markdown).toContain('Net change aaaaaaa..bbbbbbb: 1 file, +3 −1.');
    expect(composeDraft(input({ net: { ...net, taskFilesOnly: true } })).markdown).toContain(
      "Net change aaaaaaa..bbbbbbb, in the files the task's commits touched: 1 file, +3 −1.",
    );
  });

  it('stays under the default budget for the seed session', () => {
    const draft = composeDraft(input());
    expect(draft.overBudget).toBe(false);
    expect(draft.words).toBeLessThanOrEqual(250);
  });
});

describe('changedFiles', () => {
  it('marks binary files and counts them as 0 lines', () => {
    const binary: CommitInfo = {
      ...commit('b', '2025-11-10T10:00:00Z', 'logo', []),
      files: [{ path: 'logo.png' }],
    };
    expect(changedFiles([binary, ...session2Commits.slice(0, 1)])).toEqual([
      { path: 'tests/api/conftest.py', added: 10, deleted: 2, binary: false },
      { path: 'logo.png', added: 0, deleted: 0, binary: true },
    ]);
  });
});

describe('selectTaskCommits', () => {
  const nonWork = nonWorkPaths('delegation/tasks/active', '.agent-context/agent-handoffs.json', []);
  const base = {
    activeTaskIds: [TASK, 'TASK-2025-0099-A'],
    handoffFiles: new Map<string, string>(),
    taskIds: taskIdRegExp(DEFAULT_CONFIG),
    nonWork,
  };

  it('keeps the task’s work commits and drops bookkeeping files and commits', () => {
    const mine = {
      ...commit('aaaaaaa', '2025-11-10T10:00:00Z', 'Fix hang', [
        ['src/a.ts', 1, 0],
        ['delegation/tasks/active/x.md', 5, 0],
      ]),
      taskTrailers: [TASK],
    };
    const theirs = {
      ...commit('bbbbbbb', '2025-11-10T10:10:00Z', 'Other work', [['src/b.ts', 1, 0]]),
      taskTrailers: ['TASK-2025-0099-A'],
    };
    const bookkeeping = commit('ccccccc', '2025-11-10T10:20:00Z', `Handoff for ${TASK}`, [
      ['delegation/tasks/active/y.md', 9, 0],
    ]);
    const selected = selectTaskCommits([mine, theirs, bookkeeping], { ...base, taskId: TASK });
    expect(selected.map((c) => c.sha.slice(0, 7))).toEqual(['aaaaaaa']);
    expect(selected[0]?.files.map((f) => f.path)).toEqual(['src/a.ts']);
  });

  it('a merge that changes something itself is work, as the check counts it; a clean merge is listed apart', () => {
    const evil = {
      ...commit('aaaaaaa', '2025-11-10T10:00:00Z', `Merge main into ${TASK}`, []),
      parents: ['1'.repeat(40), '2'.repeat(40)],
      files: [{ path: 'src/resolved.ts' }],
    };
    const clean = {
      ...commit('bbbbbbb', '2025-11-10T11:00:00Z', `Merge main into ${TASK}`, []),
      parents: ['3'.repeat(40), '4'.repeat(40)],
    };
    const range = selectTaskRange([evil, clean], { ...base, activeTaskIds: [TASK], taskId: TASK });
    expect(range.work.map((c) => c.sha.slice(0, 7))).toEqual(['aaaaaaa']);
    expect(range.merges.map((c) => c.sha.slice(0, 7))).toEqual(['bbbbbbb']);
    // Its files carry no line counts: the churn leaves it out rather than call them binary.
    expect(changedFiles(range.work)).toEqual([]);
  });

  it("a first session leaves out the day's setup before the first commit that names the task", () => {
    const setup = commit('1111111', '2025-11-10T09:00:00Z', 'Initial commit', [['package.json', 1, 0]]);
    const lint = commit('2222222', '2025-11-10T09:10:00Z', 'Add lint config', [['.eslintrc', 1, 0]]);
    const named = commit('3333333', '2025-11-10T10:00:00Z', `${TASK}: first step`, [['src/a.ts', 1, 0]]);
    const after = commit('4444444', '2025-11-10T11:00:00Z', 'Tidy up', [['src/a.ts', 1, 1]]);
    const nextDay = commit('5555555', '2025-11-11T13:00:00Z', 'Unnamed work', [['src/b.ts', 1, 0]]);
    const only = { ...base, activeTaskIds: [TASK], taskId: TASK };
    const day = '2025-11-10';
    const cut = (commits: CommitInfo[], firstRecorded?: number) =>
      setupCommitsBefore(startDayLead(commits, only, day), firstRecorded);
    expect(cut([setup, lint, named, after])).toBe(2);
    // Nothing names it: every commit may be its work.
    expect(startDayLead([setup, lint, after], only, day)).toEqual({ count: 3, named: false });
    expect(cut([setup, lint, after])).toBe(0);
    // The first commit names it: nothing to leave out.
    expect(cut([named, after])).toBe(0);
    // A trailer names it as well as the message does.
    expect(cut([setup, { ...lint, taskTrailers: [TASK] }, named])).toBe(1);
    // A later day's commit is the task's work, named or not: only the day's leading setup goes.
    expect(startDayLead([setup, nextDay, named], only, day)).toEqual({ count: 1, named: true });
    expect(cut([setup, nextDay, named])).toBe(1);
    // After the start day's end in UTC, before it has ended everywhere (at UTC-12, 12 hours later):
    // 17:05 in California on the 10th, 10:05 in Tokyo on the 11th for a start recorded on the 10th.
    // Still the day's setup. Past 12:00 UTC on the 11th, the day is over everywhere.
    const evening = commit('6666666', '2025-11-11T01:05:00Z', 'Agent settings', [['.claude/s.json', 1, 0]]);
    expect(cut([setup, evening, named])).toBe(2);
    const over = commit('7777777', '2025-11-11T12:00:00Z', 'Agent settings', [['.claude/s.json', 1, 0]]);
    expect(cut([setup, over, named])).toBe(1);
  });

  it("a first session's setup ends where the commit's own registry first has the task active", () => {
    const setup = commit('1111111', '2025-11-10T09:00:00Z', 'Set up handoff-guard', [
      ['.handoffrc.json', 1, 0],
    ]);
    const start = commit('2222222', '2025-11-10T09:10:00Z', 'Start work', [['.claude/settings.json', 1, 0]]);
    const tidy = commit('3333333', '2025-11-10T10:00:00Z', 'Tidy up', [['src/a.ts', 1, 1]]);
    const named = commit('4444444', '2025-11-10T11:00:00Z', `${TASK}: first step`, [['src/a.ts', 1, 0]]);
    const only = { ...base, activeTaskIds: [TASK], taskId: TASK };
    const day = '2025-11-10';
    const cut = (commits: CommitInfo[], firstRecorded?: number) =>
      setupCommitsBefore(startDayLead(commits, only, day), firstRecorded);
    // No commit names the task; the second has it active in its registry: the first was setup.
    expect(cut([setup, start, tidy], 1)).toBe(1);
    // Recorded before the first naming commit: the work between them is the task's.
    expect(cut([setup, start, tidy, named], 1)).toBe(1);
    // Never recorded within the lead (a `start` never committed): only a naming commit ends it.
    expect(cut([setup, start, tidy])).toBe(0);
    expect(cut([setup, start, tidy, named])).toBe(3);
    // Recorded at the first commit: nothing before it.
    expect(cut([start, tidy], 0)).toBe(0);
  });

  it('leaves out what an update of the handoff on another line covers, as behindInRange does', () => {
    const handoff = 'delegation/tasks/active/h.md';
    const at = (sha: string, parents: string[], subject: string, files: [string, number, number][]) => ({
      ...commit(sha, '2025-11-10T10:00:00Z', subject, files),
      parents: parents.map((p) => p.padEnd(40, '0')),
      taskTrailers: [TASK],
    });
    // After the last update (0000000, not in the range): a branch with work then its handoff update,
    // and work on this line; the merge brings the branch in.
    const branchWork = at('1111111', ['0000000'], 'branch work', [['src/a.ts', 1, 0]]);
    const branchHandoff = at('2222222', ['1111111'], 'handoff', [[handoff, 5, 0]]);
    const lineWork = at('3333333', ['0000000'], 'line work', [['src/b.ts', 1, 0]]);
    const merge = at('4444444', ['3333333', '2222222'], 'merge', []);
    const commits = [branchWork, branchHandoff, lineWork, merge];
    const input = { ...base, taskId: TASK, handoffPath: handoff };
    expect(selectTaskCommits(commits, input).map((c) => c.subject)).toEqual(['line work']);
    expect(selectTaskRange(commits, input).work.map((c) => c.subject)).toEqual(['line work']);
    // Without the handoff named, both are the session's.
    expect(selectTaskCommits(commits, { ...base, taskId: TASK })).toHaveLength(2);
  });

  it('asks for the next push’s commits only where the fallback decides something', () => {
    const named = commit('1111111', '2025-11-10T10:00:00Z', `${TASK}: step`, [['src/a.ts', 1, 0]]);
    const unnamed = commit('2222222', '2025-11-10T11:00:00Z', 'tidy', [['src/b.ts', 1, 0]]);
    const bookkeeping = commit('3333333', '2025-11-10T12:00:00Z', 'handoff', [
      ['delegation/tasks/active/x.md', 1, 0],
    ]);
    const two = { ...base, taskId: TASK };
    expect(fallbackDecides([named, bookkeeping], two)).toBe(false);
    expect(fallbackDecides([named, unnamed], two)).toBe(true);
    // With one task active too: what the remote already has gets nothing by the fallback.
    expect(fallbackDecides([unnamed], { ...two, activeTaskIds: [TASK] })).toBe(true);
  });

  it('attributes by branch name when the message says nothing', () => {
    const plain = commit('ddddddd', '2025-11-10T10:00:00Z', 'Tidy up', [['src/a.ts', 1, 0]]);
    const other = {
      ...commit('eeeeeee', '2025-11-10T10:00:00Z', 'Other', [['src/b.ts', 1, 0]]),
      taskTrailers: ['TASK-2025-0099-A'],
    };
    expect(
      selectTaskCommits([plain, other], { ...base, taskId: TASK, branch: `feature/${TASK}` }),
    ).toHaveLength(1);
    expect(selectTaskCommits([plain, other], { ...base, taskId: TASK })).toHaveLength(0);
  });
});
