import fc from 'fast-check';
import {
  attributeCommits,
  isWorkCommit,
  nonWorkPaths,
  subjectLead,
  TaskIdFinder,
} from '../../src/core/attribution.js';
import { DEFAULT_CONFIG, doneArchiveOf, taskIdRegExp } from '../../src/core/config.js';
import type { CommitInfo } from '../../src/core/model.js';

function commit(sha: string, subject: string, files: string[], extra: Partial<CommitInfo> = {}): CommitInfo {
  return {
    sha: sha.padEnd(40, '0'),
    parents: [],
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorTime: 1,
    commitTime: 1,
    subject,
    body: '',
    taskTrailers: [],
    files: files.map((path) => ({ path })),
    ...extra,
  };
}

const paths = nonWorkPaths('delegation/tasks/active', '.agent-context/agent-handoffs.json', [
  'docs/handoffs/TASK-2025-0001.md',
  './delegation/tasks/active/x.md',
  '/etc/passwd',
]);
const ids = taskIdRegExp(DEFAULT_CONFIG);

describe('isWorkCommit', () => {
  it('is work when a file outside handoff docs and the registry changes', () => {
    expect(isWorkCommit(commit('a', 'm', ['src/a.ts', 'delegation/tasks/active/x.md']), paths)).toBe(true);
  });

  it('is not work when only handoff docs, linked docs and the registry change', () => {
    const only = commit('a', 'm', [
      'delegation/tasks/active/TASK-1-handoff-session2.md',
      'docs/handoffs/TASK-2025-0001.md',
      '.agent-context/agent-handoffs.json',
    ]);
    expect(isWorkCommit(only, paths)).toBe(false);
  });

  it('is not work for a commit that lists no files (empty commit or merge)', () => {
    expect(isWorkCommit(commit('a', 'Merge branch x', []), paths)).toBe(false);
  });

  it('does not treat a sibling folder with the same prefix as the handoff folder', () => {
    expect(isWorkCommit(commit('a', 'm', ['delegation/tasks/active-old/notes.md']), paths)).toBe(true);
  });

  it('counts a handoff moved to doneHandoffDir as bookkeeping, and any other file there as work', () => {
    const archive = doneArchiveOf({ ...DEFAULT_CONFIG, doneHandoffDir: 'src' });
    const withArchive = nonWorkPaths(
      'delegation/tasks/active',
      '.agent-context/agent-handoffs.json',
      [],
      archive,
    );
    expect(
      isWorkCommit(commit('a', 'archive', ['src/TASK-2025-0001-handoff-session2.md']), withArchive),
    ).toBe(false);
    expect(isWorkCommit(commit('a', 'code', ['src/app.js']), withArchive)).toBe(true);
    expect(isWorkCommit(commit('a', 'deeper', ['src/x/TASK-1-handoff-session1.md']), withArchive)).toBe(true);
  });

  it('ignores links that leave the repository', () => {
    expect(paths.files.has('/etc/passwd')).toBe(false);
    expect(paths.files.has('delegation/tasks/active/x.md')).toBe(true);
  });
});

describe('TaskIdFinder', () => {
  const finder = new TaskIdFinder(
    ids,
    new Set(['TASK-2025-0078-C', 'TASK-2025-0078', 'PROJ-12', 'lower-case-id']),
  );

  it('finds whole ids only', () => {
    expect(finder.find('fix TASK-2025-0078-C tests')).toEqual(['TASK-2025-0078-C']);
    expect(finder.find('fix TASK-2025-0078 tests')).toEqual(['TASK-2025-0078']);
    expect(finder.find('PROJ-123 and XPROJ-12')).toEqual([]);
    expect(finder.find('feature/PROJ-12-login')).toEqual(['PROJ-12']);
    // `_` after an id ends it, as branch names join words with it; before one it joins.
    expect(finder.find('TASK-2025-0078_fix-parser')).toEqual(['TASK-2025-0078']);
    expect(finder.find('feature/PROJ-12_login')).toEqual(['PROJ-12']);
    expect(finder.find('MY_PROJ-12 and PROJ-12x')).toEqual([]);
  });

  it('finds an active id the configured pattern does not describe when it stands alone', () => {
    expect(finder.find('work on lower-case-id today')).toEqual(['lower-case-id']);
    expect(finder.find('work on lower-case-idea')).toEqual([]);
    expect(finder.find('branch lower-case-id_fix')).toEqual(['lower-case-id']);
  });

  it('ignores ids that are not active', () => {
    expect(finder.find('TASK-2025-9999 only')).toEqual([]);
  });

  /** The definition of an id standing alone: no id character before it, none that continues it after. */
  function standsAloneByDefinition(text: string, id: string): boolean {
    for (let from = text.indexOf(id); from !== -1; from = text.indexOf(id, from + 1)) {
      const before = text[from - 1];
      const after = text[from + id.length];
      const after2 = text[from + id.length + 1];
      const boundaryBefore = before === undefined || !/[A-Za-z0-9_-]/.test(before);
      const boundaryAfter =
        after === undefined ||
        (!/[A-Za-z0-9]/.test(after) && !(after === '-' && /[A-Z0-9]/.test(after2 ?? '')));
      if (boundaryBefore && boundaryAfter) return true;
    }
    return false;
  }

  it('finds irregular ids standing alone as the definition does, in one pass (fast-check)', () => {
    // A pattern no id matches: every active id is irregular.
    const never = /(?!)/g;
    const char = fc.constantFrom('a', 'b', 'B', '1', '-', '_', ' ', '.', '/');
    const id = fc
      .array(fc.constantFrom('a', 'b', 'B', '1', '-', '_'), { minLength: 1, maxLength: 4 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 6 }),
        fc.array(char, { maxLength: 40 }),
        (active, chars) => {
          const text = chars.join('');
          const found = new TaskIdFinder(never, new Set(active)).find(text);
          expect(new Set(found)).toEqual(new Set(active.filter((a) => standsAloneByDefinition(text, a))));
        },
      ),
      { seed: 20261202, numRuns: 3000 },
    );
  });

  it('looks 10,000 irregular ids up in a long message at once', () => {
    const active = new Set(Array.from({ length: 10_000 }, (_, i) => `job_${String(i).padStart(5, '0')}`));
    const finder = new TaskIdFinder(/(?!)/g, active);
    const body = `${'job_ '.repeat(13_000)} job_04242 done`;
    expect(finder.find(body)).toEqual(['job_04242']);
  });
});

describe('attributeCommits', () => {
  const active = ['TASK-2025-0001', 'TASK-2025-0002'];
  const handoffFiles = new Map([
    ['TASK-2025-0001', 'delegation/tasks/active/TASK-2025-0001-handoff-session1.md'],
    ['TASK-2025-0002', 'delegation/tasks/active/TASK-2025-0002-handoff-session1.md'],
  ]);

  it('prefers the trailer over the message and the message over the branch', () => {
    const trailer = commit('1', 'TASK-2025-0001: tidy', ['a'], { taskTrailers: ['TASK-2025-0002'] });
    const message = commit('2', 'TASK-2025-0001: tidy', ['a']);
    const branchOnly = commit('3', 'tidy', ['a']);
    const { bySha } = attributeCommits({
      commits: [trailer, message, branchOnly].map((c) => ({ commit: c, branch: 'feature/TASK-2025-0002' })),
      activeTaskIds: active,
      handoffFiles,
      taskIds: ids,
    });
    expect(bySha.get(trailer.sha)).toEqual({ tasks: ['TASK-2025-0002'], rule: 'trailer' });
    expect(bySha.get(message.sha)).toEqual({ tasks: ['TASK-2025-0001'], rule: 'message' });
    expect(bySha.get(branchOnly.sha)).toEqual({ tasks: ['TASK-2025-0002'], rule: 'branch' });
  });

  it('gives unattributed commits to the one task the range names', () => {
    const named = commit('1', 'TASK-2025-0002: start', ['a']);
    const plain = commit('2', 'more work', ['b']);
    const result = attributeCommits({
      commits: [{ commit: named }, { commit: plain }],
      activeTaskIds: active,
      handoffFiles,
      taskIds: ids,
    });
    expect(result.bySha.get(plain.sha)).toEqual({ tasks: ['TASK-2025-0002'], rule: 'only-task-in-range' });
    expect(result.fallback).toEqual({ taskId: 'TASK-2025-0002', rule: 'only-task-in-range' });
  });

  it('counts touching a handoff file as naming its task', () => {
    const touch = commit('1', 'update notes', ['delegation/tasks/active/TASK-2025-0001-handoff-session1.md']);
    const plain = commit('2', 'more work', ['b']);
    const { bySha } = attributeCommits({
      commits: [{ commit: touch }, { commit: plain }],
      activeTaskIds: active,
      handoffFiles,
      taskIds: ids,
    });
    expect(bySha.get(plain.sha)?.tasks).toEqual(['TASK-2025-0001']);
  });

  it('leaves commits unattributed when the range names two tasks', () => {
    const plain = commit('3', 'more work', ['b']);
    const { bySha, fallback } = attributeCommits({
      commits: [commit('1', 'TASK-2025-0001 x', ['a']), commit('2', 'TASK-2025-0002 y', ['a']), plain].map(
        (c) => ({
          commit: c,
        }),
      ),
      activeTaskIds: active,
      handoffFiles,
      taskIds: ids,
    });
    expect(bySha.get(plain.sha)).toEqual({ tasks: [] });
    expect(fallback).toBeUndefined();
  });

  it('gives unnamed commits to the only active task', () => {
    const plain = commit('1', 'work', ['b']);
    const { bySha } = attributeCommits({
      commits: [{ commit: plain }],
      activeTaskIds: ['TASK-2025-0001'],
      handoffFiles,
      taskIds: ids,
    });
    expect(bySha.get(plain.sha)).toEqual({ tasks: ['TASK-2025-0001'], rule: 'only-active-task' });
  });

  it("gives a commit naming a task no longer active to it, when the commit's own registry had it active", () => {
    const finishing = commit('1', 'feat: b', ['b.txt'], { taskTrailers: ['TASK-2025-0002'] });
    const after = commit('2', 'switch to the parser TASK-2025-0002 shipped', ['c.txt']);
    const old = commit('3', 'port the helper from TASK-2025-0009', ['d.txt']);
    const run = (activeAtCommit?: Map<string, string[]>, branch?: string) =>
      attributeCommits({
        commits: [finishing, after, old].map((c) => (branch ? { commit: c, branch } : { commit: c })),
        activeTaskIds: ['TASK-2025-0001'],
        ...(activeAtCommit ? { activeAtCommit } : {}),
        handoffFiles,
        taskIds: ids,
      });
    // Before the rule: all fell back to the active task.
    expect(run().bySha.get(finishing.sha)).toEqual({ tasks: ['TASK-2025-0001'], rule: 'only-active-task' });
    // Only the first was made while TASK-0002 was active (its tree's registry says so).
    const { bySha, fallback } = run(new Map([[finishing.sha, ['TASK-2025-0002']]]));
    expect(bySha.get(finishing.sha)).toEqual({ tasks: ['TASK-2025-0002'], rule: 'trailer' });
    // Named after it was finished, or a task never active: no claim; the active task's, by the fallback.
    expect(bySha.get(after.sha)).toEqual({ tasks: ['TASK-2025-0001'], rule: 'only-active-task' });
    expect(bySha.get(old.sha)).toEqual({ tasks: ['TASK-2025-0001'], rule: 'only-active-task' });
    expect(fallback).toEqual({ taskId: 'TASK-2025-0001', rule: 'only-active-task' });
    // A mention further on never claims it, even where its registry had it active (a branch that lags
    // main); the subject's lead does.
    const both = new Map([
      [after.sha, ['TASK-2025-0002']],
      [finishing.sha, ['TASK-2025-0002']],
    ]);
    expect(run(both).bySha.get(after.sha)).toEqual({ tasks: ['TASK-2025-0001'], rule: 'only-active-task' });
    const lead = commit('4', 'TASK-2025-0002: tidy the parser', ['e.txt']);
    const bracket = commit('5', '[TASK-2025-0002] more', ['f.txt']);
    const leads = attributeCommits({
      commits: [{ commit: lead }, { commit: bracket }],
      activeTaskIds: ['TASK-2025-0001'],
      activeAtCommit: new Map([
        [lead.sha, ['TASK-2025-0002']],
        [bracket.sha, ['TASK-2025-0002']],
      ]),
      handoffFiles,
      taskIds: ids,
    }).bySha;
    expect(leads.get(lead.sha)).toEqual({ tasks: ['TASK-2025-0002'], rule: 'message' });
    expect(leads.get(bracket.sha)).toEqual({ tasks: ['TASK-2025-0002'], rule: 'message' });
    // A lead with more than the id in it claims nothing: a revert, a fixup, a follow-up.
    for (const subject of [
      'Revert "TASK-2025-0002: tidy the parser"',
      'fixup! TASK-2025-0002: tidy the parser',
      'Follow-up to TASK-2025-0002: handle empty input',
      'use the parser TASK-2025-0002 shipped: wire it in',
    ]) {
      const c = commit('7', subject, ['h.txt']);
      const got = attributeCommits({
        commits: [{ commit: c }],
        activeTaskIds: ['TASK-2025-0001'],
        activeAtCommit: new Map([[c.sha, ['TASK-2025-0002']]]),
        handoffFiles,
        taskIds: ids,
      }).bySha.get(c.sha);
      expect([subject, got]).toEqual([subject, { tasks: ['TASK-2025-0001'], rule: 'only-active-task' }]);
    }
    expect(subjectLead('feat(TASK-2025-0002)!: drop v1')).toBe('TASK-2025-0002');
    // An active id anywhere outranks a finished task's trailer (a squash, an amend).
    const squashed = commit('8', 'TASK-2025-0001: api', ['i.txt'], { taskTrailers: ['TASK-2025-0002'] });
    expect(
      attributeCommits({
        commits: [{ commit: squashed }],
        activeTaskIds: ['TASK-2025-0001', 'TASK-2025-0009'],
        activeAtCommit: new Map([[squashed.sha, ['TASK-2025-0002']]]),
        handoffFiles,
        taskIds: ids,
      }).bySha.get(squashed.sha),
    ).toEqual({ tasks: ['TASK-2025-0001'], rule: 'message' });
    // An active id the pattern does not describe is still found beside a former one's mention.
    const irregular = commit('6', 'login-page: form, see TASK-2025-0002 notes', ['g.txt']);
    expect(
      attributeCommits({
        commits: [{ commit: irregular }, { commit: finishing }],
        activeTaskIds: ['login-page', 'TASK-2025-0009'],
        activeAtCommit: new Map([[finishing.sha, ['TASK-2025-0002']]]),
        handoffFiles,
        taskIds: ids,
      }).bySha.get(irregular.sha),
    ).toEqual({ tasks: ['login-page'], rule: 'message' });
    // A branch named after the finished task names nothing: the next task's unnamed work stays its own.
    const onBranch = run(new Map([[finishing.sha, ['TASK-2025-0002']]]), 'feat/TASK-2025-0002-parser');
    expect(onBranch.bySha.get(after.sha)).toEqual({ tasks: ['TASK-2025-0001'], rule: 'only-active-task' });
  });

  it('leaves unnamed commits alone when several tasks are active and none is named', () => {
    const plain = commit('1', 'work', ['b']);
    const { bySha } = attributeCommits({
      commits: [{ commit: plain }],
      activeTaskIds: active,
      handoffFiles,
      taskIds: ids,
    });
    expect(bySha.get(plain.sha)?.tasks).toEqual([]);
  });
});
