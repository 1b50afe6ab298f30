/**
 * The pure pieces behind a truthful draft: reading git's net diff, noise, pull requests and authors,
 * the one-session check, time rules (gap and git-hours) and the task's total, the local date, secret
 * redaction, test deltas by name, claims against commits, drift candidates, the sessions chart, and
 * words in scripts without spaces.
 */
import { describe, expect, it } from '@jest/globals';
import {
  doneBy,
  driftCandidates,
  driftOf,
  existingPaths,
  possiblyResolvedBy,
} from '../../src/core/claims.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import type { CommitInfo, TestSummary } from '../../src/core/model.js';
import { describeNetChange, parseNetDiff } from '../../src/core/net-change.js';
import { noiseKind, parseLinguistAttributes } from '../../src/core/noise.js';
import {
  authorsOf,
  notOneSession,
  pullRequestOf,
  pullRequestsIn,
  rangeShape,
} from '../../src/core/range-story.js';
import { REDACTED, redactSecrets } from '../../src/core/redact.js';
import { failingLabels } from '../../src/core/reports.js';
import { renderSessionChart, sessionChartLegend } from '../../src/core/session-chart.js';
import { estimateSessionTime, gitHoursForAuthor, localDate, taskTotal } from '../../src/core/session-time.js';
import {
  formatTestDeltas,
  needsCaseResults,
  recordedFailing,
  recordedTests,
  testDeltas,
} from '../../src/core/test-deltas.js';
import { countWords } from '../../src/core/words.js';

function commit(subject: string, body = '', sha = 'a'.repeat(40), time = 0, author = 'A'): CommitInfo {
  return {
    sha,
    authorName: author,
    authorEmail: `${author}@x`,
    authorTime: time,
    commitTime: time,
    subject,
    body,
    taskTrailers: [],
    files: [],
    parents: [],
  };
}

describe('parseNetDiff', () => {
  it('reads git diff --raw --numstat -z: status, renames, binary, line counts', () => {
    const output = [
      ':100644 100644 87ae6b6 22f6b3b M',
      'b.bin',
      ':100644 000000 d00491f 0000000 D',
      'gone.txt',
      ':000000 100644 0000000 3e75765 A',
      'n.txt',
      ':100644 100644 0fdf397 f9d9a01 R085',
      'x.txt',
      'y.txt',
      '-\t-\tb.bin',
      '0\t1\tgone.txt',
      '1\t0\tn.txt',
      '1\t0\t',
      'x.txt',
      'y.txt',
      '',
    ].join('\0');
    const files = parseNetDiff(output);
    expect(files).toEqual([
      { path: 'b.bin', status: 'modified', binary: true },
      { path: 'gone.txt', status: 'deleted', binary: false, added: 0, deleted: 1 },
      { path: 'n.txt', status: 'added', binary: false, added: 1, deleted: 0 },
      { path: 'y.txt', oldPath: 'x.txt', status: 'renamed', binary: false, added: 1, deleted: 0 },
    ]);
    expect(files.map(describeNetChange)).toEqual([
      'b.bin (modified, binary)',
      'gone.txt (deleted, −1)',
      'n.txt (added, +1)',
      'x.txt → y.txt (renamed, +1 −0)',
    ]);
  });

  it('keeps paths with tabs and spaces whole', () => {
    const files = parseNetDiff([':100644 100644 a b M', 'a b\tc.txt', '2\t3\ta b\tc.txt', ''].join('\0'));
    expect(files).toEqual([{ path: 'a b\tc.txt', status: 'modified', binary: false, added: 2, deleted: 3 }]);
  });
});

describe('noiseKind', () => {
  it('knows lockfiles, vendored, generated and translation files by default', () => {
    expect(noiseKind('package-lock.json')).toBe('lockfile');
    expect(noiseKind('sub/Cargo.lock')).toBe('lockfile');
    expect(noiseKind('vendor/lib/a.go')).toBe('vendored');
    expect(noiseKind('.yarn/releases/yarn-4.14.1.cjs')).toBe('vendored');
    expect(noiseKind('.pnp.cjs')).toBe('vendored');
    expect(noiseKind('web/app.min.js')).toBe('generated');
    expect(noiseKind('dist/index.js')).toBe('generated');
    expect(noiseKind('gitk-git/po/es.po')).toBe('translation');
    expect(noiseKind('src/index.ts')).toBeUndefined();
  });

  it('lets .gitattributes decide first, both ways', () => {
    expect(noiseKind('src/api.ts', { generated: true })).toBe('generated');
    expect(noiseKind('lib/x.c', { vendored: true })).toBe('vendored');
    expect(noiseKind('dist/index.js', { generated: false })).toBeUndefined();
    expect(noiseKind('vendor/ours.go', { vendored: false })).toBeUndefined();
  });

  it('reads git check-attr -z output', () => {
    const output = ['a.ts', 'linguist-generated', 'set', 'a.ts', 'linguist-vendored', 'unspecified'];
    output.push('b.js', 'linguist-generated', 'false', 'b.js', 'linguist-vendored', 'true', '');
    expect(parseLinguistAttributes(output.join('\0'))).toEqual(
      new Map([
        ['a.ts', { generated: true }],
        ['b.js', { generated: false, vendored: true }],
      ]),
    );
  });
});

describe('pull requests and authors', () => {
  it('reads merge, squash and Bitbucket subjects; each number once', () => {
    expect(
      pullRequestOf(commit('Merge pull request #12 from acme/feature', '\nAdd the cache\n')),
    ).toMatchObject({
      number: 12,
      title: 'Add the cache',
      how: 'merge',
    });
    expect(pullRequestOf(commit('docs: update index.md (#1541)'))).toMatchObject({
      number: 1541,
      title: 'docs: update index.md',
      how: 'squash',
    });
    expect(pullRequestOf(commit('Merged in fix-x (pull request #7)'))).toMatchObject({
      number: 7,
      title: 'fix-x',
    });
    expect(pullRequestOf(commit("Merge branch 'main' into feature"))).toBeUndefined();
    expect(pullRequestsIn([commit('A (#3)'), commit('Merge pull request #3 from x/y')])).toHaveLength(1);
  });

  it('counts authors like git shortlog -s -n', () => {
    expect(
      authorsOf([
        commit('a', '', 'x', 0, 'Bo'),
        commit('b', '', 'y', 0, 'Al'),
        commit('c', '', 'z', 0, 'Bo'),
      ]),
    ).toEqual([
      { name: 'Bo', commits: 2 },
      { name: 'Al', commits: 1 },
    ]);
  });

  it('says when a range is clearly not one session', () => {
    const day = 86_400;
    const few = [commit('a', '', 'x', 0), commit('b', '', 'y', day)];
    expect(notOneSession(rangeShape(few))).toBeUndefined();
    const long = [commit('a', '', 'x', 0), commit('b', '', 'y', 5 * 365 * day)];
    expect(notOneSession(rangeShape(long))).toBe('2 commits by 1 author over 5 years');
    const crowd = Array.from({ length: 6 }, (_, i) => commit('c', '', `s${i}`, i, `P${i}`));
    expect(notOneSession(rangeShape(crowd))).toBe('6 commits by 6 authors over 1 day');
  });
});

describe('time', () => {
  const H = 3600;
  it('git-hours: per author, gaps under 120 min in full, 120 min per longer gap, first commit adds nothing', () => {
    // 0:30 + 1:00 in session, then a 5 h pause counts 2 h: 3.5 h, rounded to 4.
    expect(gitHoursForAuthor([0, 0.5 * H, 1.5 * H, 6.5 * H])).toBe(4);
    expect(gitHoursForAuthor([1000])).toBe(0);
    // Exactly 120 minutes is not "under": it counts as a new session's 2 h too.
    expect(gitHoursForAuthor([0, 2 * H])).toBe(2);
    const commits = [
      { authorEmail: 'a@x', authorTime: 0 },
      { authorEmail: 'a@x', authorTime: 1 * H },
      { authorEmail: 'b@x', authorTime: 0 },
      { authorEmail: 'b@x', authorTime: 1.6 * H },
    ];
    // a: 1 h; b: 1.6 h → 2; summed per author like git-hours.
    expect(estimateSessionTime(commits, 'git-hours', 2 * H * 1000).hours).toBe(3);
    // The gap rule over the same commits: one work session 0 → 1.6 h, plus 0.5 h.
    expect(estimateSessionTime(commits, 'gap', 2 * H * 1000).hours).toBe(2.1);
  });

  it('the task total adds each handoff’s session time and names those that state none', () => {
    expect(
      taskTotal(
        [
          { session: 1, hours: 4 },
          { session: 2, hours: 2.5 },
        ],
        3,
      ),
    ).toEqual({
      hours: 9.5,
      sessions: 3,
      unknown: [],
    });
    expect(taskTotal([{ session: 1 }, { session: 2, hours: 2 }], 1).unknown).toEqual([1]);
  });

  it('dates by the user’s time zone', () => {
    const evening = new Date('2025-11-11T04:00:00Z'); // 20:00 on Nov 10 in California
    expect(localDate(evening, 'America/Los_Angeles')).toBe('2025-11-10');
    expect(localDate(evening, 'UTC')).toBe('2025-11-11');
    expect(localDate(evening, 'Not/AZone')).toBe('2025-11-11');
  });
});

describe('redactSecrets', () => {
  it('hides tokens, keys and passwords in URLs, keeps the rest of the text', () => {
    const token = `ghp_${'a1B2'.repeat(9)}`;
    expect(redactSecrets(`Use ${token} for CI`)).toBe(`Use ghp_${REDACTED} for CI`);
    expect(redactSecrets('clone https://bob:hunter2@git.example.com/r.git')).toBe(
      `clone https://bob:${REDACTED}@git.example.com/r.git`,
    );
    expect(redactSecrets('AWS key AKIAIOSFODNN7EXAMPLE leaked')).toBe(`AWS key ${REDACTED} leaked`);
    expect(redactSecrets('DB_PASSWORD=s3cr3tvalue in env')).toBe(`DB_PASSWORD=${REDACTED} in env`);
    expect(redactSecrets('-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----')).toContain(
      REDACTED,
    );
    expect(redactSecrets(`sk-${'x'.repeat(30)}`)).toBe(`sk-${REDACTED}`);
  });

  it('leaves ordinary commit subjects alone', () => {
    for (const text of [
      'auth: handle expired sessions',
      'Fix token refresh when the password field is empty',
      'Bump lodash from 4.17.20 to 4.17.21',
    ]) {
      expect(redactSecrets(text)).toBe(text);
    }
  });
});

function summary(passed: number, failing: string[], cases?: [string, 'passed' | 'failed'][]): TestSummary {
  const result: TestSummary = {
    sources: ['r.xml'],
    passed,
    failed: failing.length,
    skipped: 0,
    errored: 0,
    failures: failing.map((name) => ({ name })),
    failedTruncated: false,
  };
  if (cases) result.cases = cases.map(([id, outcome]) => ({ id, outcome }));
  return result;
}

describe('test deltas by name', () => {
  const before = parseHandoff(
    [
      '# T-1: Handoff (Session 1)',
      '',
      '## Current State',
      '',
      "### What's Broken",
      '',
      '- ❌ test_upload',
      '- ❌ test_login',
      '',
      '## Time and Progress',
      '',
      '**Tests:** 10 passed, 2 failed',
    ].join('\n'),
  );

  it('reads the failing names a handoff recorded, and whether the list was whole', () => {
    expect(recordedFailing(before)).toEqual({ failing: ['test_upload', 'test_login'], complete: true });
  });

  it('newly failing, fixed, removed, and the count change', () => {
    const now = summary(
      11,
      ['test_upload', 'test_export'],
      [
        ['api › test_upload', 'failed'],
        ['api › test_export', 'failed'],
        ...Array.from({ length: 11 }, (_, i) => [`api › ok_${i}`, 'passed'] as [string, 'passed']),
      ],
    );
    const deltas = testDeltas({ passed: 10, failed: 2, ...recordedFailing(before) }, now);
    expect(deltas).toEqual({
      newlyFailing: ['test_export'],
      fixed: [],
      removed: ['test_login'],
      countChange: 1,
      complete: true,
    });
    expect(formatTestDeltas(deltas as NonNullable<typeof deltas>)).toBe(
      'newly failing: test_export; removed: test_login; +1 test',
    );
    const fixedNow = summary(
      12,
      [],
      [
        ['api › test_upload', 'passed'],
        ['api › test_login', 'passed'],
      ],
    );
    expect(testDeltas({ passed: 10, failed: 2, ...recordedFailing(before) }, fixedNow)?.fixed).toEqual([
      'test_upload',
      'test_login',
    ]);
  });

  it('follows tests whose names hold the separator (jest-junit puts ` › ` in them), by their own names', () => {
    const failing = (...tests: [string, string][]): TestSummary => ({
      ...summary(5, []),
      failed: tests.length,
      failures: tests.map(([suite, name]) => ({ suite, name })),
    });
    // A pair that failed in two suites; one of them now passes: it is fixed, the other is not new.
    const pair = { passed: 5, failed: 2, failing: ['S › A › B', 'T › A › B'], complete: true };
    const oneLeft: TestSummary = {
      ...failing(['S', 'A › B']),
      cases: [
        { id: 'S › A › B', outcome: 'failed' },
        { id: 'T › A › B', outcome: 'passed' },
      ],
    };
    expect(testDeltas(pair, oneLeft)).toMatchObject({ newlyFailing: [], fixed: ['T › A › B'], removed: [] });
    // A name listed alone, now failing in two suites: none is claimed new, and it is not removed.
    const alone = { passed: 5, failed: 1, failing: ['A › B'], complete: true };
    const twoNow: TestSummary = {
      ...failing(['S', 'A › B'], ['T', 'A › B']),
      cases: [
        { id: 'S › A › B', outcome: 'failed' },
        { id: 'T › A › B', outcome: 'failed' },
      ],
    };
    expect(testDeltas(alone, twoNow)).toMatchObject({ newlyFailing: [], fixed: [], removed: [] });
    // One test reported twice (a retry, two report files) is one newly failing test.
    const none = { passed: 5, failed: 0, failing: [], complete: true };
    expect(testDeltas(none, failing(['A', 'save'], ['A', 'save']))?.newlyFailing).toEqual(['A › save']);
  });

  it('says the failing tests past the named ones also when none of the named is new', () => {
    const named = Array.from({ length: 3 }, (_, i) => `t${i}`);
    const many: TestSummary = { ...summary(5, named), failed: 10, failedTruncated: true };
    const deltas = testDeltas({ passed: 5, failed: 3, failing: named, complete: true }, many);
    expect(formatTestDeltas(deltas as NonNullable<typeof deltas>)).toBe(
      '7 failing tests not named, not compared; +7 tests',
    );
  });

  it('says how many failing tests past the named ones were not compared', () => {
    const many: TestSummary = {
      ...summary(5, ['t1', 't2']),
      failed: 752,
      failedTruncated: true,
    };
    const deltas = testDeltas({ passed: 5, failed: 0, failing: [], complete: true }, many);
    expect(deltas).toMatchObject({ newlyFailing: ['t1', 't2'], unnamedFailing: 750 });
    expect(formatTestDeltas(deltas as NonNullable<typeof deltas>)).toBe(
      'newly failing: t1, t2 (and 750 failing tests not named, not compared); +752 tests',
    );
  });

  it('tells apart two failing tests of one name by their suites, and follows each across sessions', () => {
    const twoSuites: TestSummary = {
      ...summary(10, []),
      failed: 2,
      failures: [
        { name: 'gets changed files', suite: 'jestChangedFiles' },
        { name: 'gets changed files', suite: 'onlyChanged' },
      ],
    };
    // The draft writes each with its suite, as the deltas compare them.
    expect(failingLabels(twoSuites.failures)).toEqual([
      'jestChangedFiles › gets changed files',
      'onlyChanged › gets changed files',
    ]);
    expect(failingLabels([{ name: 'alone', suite: 's' }])).toEqual(['alone']);
    const recorded = { passed: 10, failed: 2, failing: failingLabels(twoSuites.failures), complete: true };
    // One of the two fixed: it is named fixed, and the other, alone now and written by its name, is
    // not newly failing.
    const next: TestSummary = {
      ...summary(
        11,
        [],
        [
          ['jestChangedFiles › gets changed files', 'passed'],
          ['onlyChanged › gets changed files', 'failed'],
        ],
      ),
      failed: 1,
      failures: [{ name: 'gets changed files', suite: 'onlyChanged' }],
    };
    expect(testDeltas(recorded, next)).toMatchObject({
      newlyFailing: [],
      fixed: ['jestChangedFiles › gets changed files'],
      removed: [],
    });
    // A handoff that named the test alone, and now two suites fail it: which one is new cannot be
    // told, so neither is claimed; one that named a suite's: the other's is new.
    const alone = { passed: 10, failed: 1, failing: ['gets changed files'], complete: true };
    expect(testDeltas(alone, twoSuites)?.newlyFailing).toEqual([]);
    const named = {
      passed: 10,
      failed: 1,
      failing: ['jestChangedFiles › gets changed files'],
      complete: true,
    };
    expect(testDeltas(named, twoSuites)?.newlyFailing).toEqual(['onlyChanged › gets changed files']);
  });

  it('does not read a person’s "what is broken" prose as test names', () => {
    const deltas = testDeltas(
      { passed: 5, failed: 0, failing: ['Async tests hang sometimes'], complete: true },
      summary(5, ['t1']),
    );
    expect(deltas?.newlyFailing).toEqual(['t1']);
    expect(deltas?.fixed).toEqual([]);
    expect(deltas?.removed).toEqual([]);
  });

  it('needs each test’s result only to look up failing tests a handoff named', () => {
    expect(needsCaseResults(recordedTests(before, { passed: 10, failed: 2 }))).toBe(true);
    // Counts but no names, prose rather than names, or no record at all: no per-test results needed.
    expect(needsCaseResults(recordedTests(before, { passed: 12, failed: 0 }))).toBe(false);
    expect(
      needsCaseResults({ passed: 5, failed: 1, failing: ['Async tests hang', 'and flake'], complete: true }),
    ).toBe(false);
    expect(needsCaseResults(recordedTests(before, undefined))).toBe(false);
    // And without them the deltas claim nothing fixed or removed (they cannot tell).
    const withoutCases = summary(12, []);
    const deltas = testDeltas(recordedTests(before, { passed: 10, failed: 2 }), withoutCases);
    expect(deltas).toMatchObject({ fixed: [], removed: [], countChange: 0 });
  });
});

describe('claims against commits', () => {
  const item = (text: string) => ({ text, details: [], line: 0 });
  it('a blocker is possibly resolved only by a commit that says it fixed it', () => {
    const blocker = item("Async test hang issue - Some async tests don't complete, timeout after 60s");
    const fix = commit('Fix async test hang with proper event loop cleanup', '', 'f'.repeat(40));
    expect(possiblyResolvedBy(blocker, [fix])?.sha).toBe('f'.repeat(40));
    expect(possiblyResolvedBy(blocker, [commit('Add async test for the hang detector')])).toBeUndefined();
    expect(possiblyResolvedBy(blocker, [commit('Fix typo in README')])).toBeUndefined();
    // A camelCase name speaks of its words too.
    expect(
      possiblyResolvedBy(item('Line numbers off by one in syntax errors'), [
        commit('Fix line numbering in reportSyntaxError'),
      ]),
    ).toBeDefined();
  });

  it('a next step is done by a commit that does what it says', () => {
    expect(
      doneBy(item('Start performance benchmarks'), [commit('Add pytest-benchmark performance benchmarks')]),
    ).toBeDefined();
    expect(
      doneBy(item('Add 10 more integration tests (see test plan)'), [commit('Refactor the parser')]),
    ).toBeUndefined();
  });

  it('a short word tells two steps apart: "test c" is not done by "tests for a", nor "phase 2" by "phase 3"', () => {
    expect(doneBy(item('test c'), [commit('tests for a')])).toBeUndefined();
    expect(doneBy(item('test c'), [commit('Add tests for c')])).toBeDefined();
    expect(doneBy(item('Ship phase 2'), [commit('Ship phase 3')])).toBeUndefined();
    expect(doneBy(item('Ship phase 2'), [commit('phase 2 shipped')])).toBeDefined();
    // The short words of grammar still say nothing: "I'll" and "it's" are not two steps.
    expect(
      doneBy(item("I'll wire the upload retries"), [commit("it's wired: upload retries")]),
    ).toBeDefined();
  });
});

describe('drift', () => {
  const doc = parseHandoff(
    [
      '# T-1: Handoff (Session 2)',
      '',
      '## Current State',
      '',
      '- ✅ `src/core/parser.ts` works; `parseHandoff()` reads both forms',
      '- ❌ `tests/old_test.py::test_gone` fails in `LegacyRunner`',
      '- Node.js 20 and v1.2.3 are fine; see https://example.com/a/b.md',
      '',
      '## Files Modified',
      '',
      '- src/removed.ts (deleted, −40)',
      '- docs/a.md → docs/b.md (renamed, +1 −1)',
    ].join('\n'),
  );

  it('finds paths and code symbols, not URLs, versions, product names or deleted files', () => {
    const candidates = driftCandidates(doc);
    expect(candidates.paths.sort()).toEqual(['docs/b.md', 'src/core/parser.ts', 'tests/old_test.py']);
    expect(candidates.symbols.sort()).toEqual(['LegacyRunner', 'parseHandoff', 'test_gone']);
  });

  it('passes over a next step checked off: what it named may be gone since, as it should be', () => {
    const stepped = parseHandoff(
      [
        '# T-1: Handoff (Session 3)',
        '',
        '## Next Steps',
        '',
        '- [x] Fix line numbers in `reportSyntaxError()`',
        '- [ ] Move `LegacyLoader` into src/load/legacy.ts',
      ].join('\n'),
    );
    const candidates = driftCandidates(stepped);
    expect(candidates.symbols).toEqual(['LegacyLoader']);
    expect(candidates.paths).toEqual(['src/load/legacy.ts']);
  });

  it('passes over the Test Changes a draft wrote: a test removed there is gone by its own claim', () => {
    const tested = parseHandoff(
      [
        '# T-1: Handoff (Session 3)',
        '',
        '## Time and Progress',
        '',
        '**Test Changes:** newly failing: test_new; removed: testVersionStrings (since session 2)',
        '**Progress:** 40% complete',
        '',
        '## Next Steps',
        '',
        '- [ ] Call `parseHandoff()` from the loader',
      ].join('\n'),
    );
    expect(driftCandidates(tested).symbols).toEqual(['parseHandoff']);
  });

  it('lists what is not at HEAD', () => {
    const candidates = driftCandidates(doc);
    const files = ['src/core/parser.ts', 'docs/b.md', 'src/index.ts'];
    const drift = driftOf(candidates, {
      paths: existingPaths(candidates.paths, files),
      symbols: new Set(['parseHandoff']),
    });
    expect(drift).toEqual([
      { kind: 'path', name: 'tests/old_test.py' },
      { kind: 'symbol', name: 'test_gone' },
      { kind: 'symbol', name: 'LegacyRunner' },
    ]);
    expect([...existingPaths(['src/core/', 'index.ts', 'lib'], files)].sort()).toEqual([
      'index.ts',
      'src/core/',
    ]);
  });
});

describe('renderSessionChart', () => {
  it('one x position per session with date and length; tests passing and failing as lines', () => {
    const chart = renderSessionChart('TASK-1"]\n', [
      { session: 2, date: '2025-11-10', hours: 2.8, passed: 12, failed: 1 },
      { session: 1, date: '2025-11-08', hours: 4, passed: 5, failed: 0 },
    ]);
    expect(chart).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '    title "TASK-1 sessions: tests passing and failing"',
        '    x-axis ["S1 Nov 8 · 4h", "S2 Nov 10 · 2.8h"]',
        '    y-axis "tests" 0 --> 12',
        '    line [5, 12]',
        '    line [0, 1]',
        '```',
      ].join('\n'),
    );
  });

  it('its legend says which line is on top, as the counts put it', () => {
    expect(sessionChartLegend([{ session: 1, passed: 5, failed: 0 }])).toMatch(/^Upper line: tests passing;/);
    expect(sessionChartLegend([{ session: 1, passed: 1, failed: 2 }])).toMatch(/^Upper line: tests failing;/);
    const crossing = [
      { session: 1, passed: 1, failed: 2 },
      { session: 2, passed: 5, failed: 0 },
    ];
    expect(sessionChartLegend(crossing)).toMatch(/^First line drawn: tests passing; second: tests failing/);
    expect(sessionChartLegend([{ session: 1, hours: 2 }])).toMatch(/^Bars: hours/);
    // Lines that only meet (0 and 0) do not cross.
    const meeting = [
      { session: 1, failed: 2 },
      { session: 2, hours: 3 },
    ];
    expect(sessionChartLegend(meeting)).toMatch(/^Upper line: tests failing;/);
    // Tests recorded only by sessions older than the 20 the chart shows: it draws bars.
    const old = [
      { session: 1, passed: 3, failed: 0 },
      ...Array.from({ length: 20 }, (_, i) => ({ session: i + 2, hours: 1 })),
    ];
    expect(renderSessionChart('T-1', old)).toContain('bar [');
    expect(sessionChartLegend(old)).toMatch(/^Bars: hours/);
  });

  it('bars of hours when no session recorded tests; nothing without sessions', () => {
    expect(renderSessionChart('T-1', [{ session: 1, hours: 1.5 }])).toContain('    bar [1.5]');
    expect(renderSessionChart('T-1', [])).toBeUndefined();
  });
});

describe('countWords in scripts without spaces', () => {
  it('counts a Chinese or Japanese sentence by its words, not as one', () => {
    expect(countWords('我们修复了异步测试的挂起问题')).toBeGreaterThanOrEqual(6);
    expect(countWords('テストを修正した')).toBe(4);
    expect(countWords('Fixed the hang 修复')).toBe(4);
  });
});
