import { attributeCommits, isWorkCommit, nonWorkPaths, TaskIdFinder } from '../../src/core/attribution.js';
import { DEFAULT_CONFIG, taskIdRegExp } from '../../src/core/config.js';
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
  });

  it('finds an active id the configured pattern does not describe when it stands alone', () => {
    expect(finder.find('work on lower-case-id today')).toEqual(['lower-case-id']);
    expect(finder.find('work on lower-case-idea')).toEqual([]);
  });

  it('ignores ids that are not active', () => {
    expect(finder.find('TASK-2025-9999 only')).toEqual([]);
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
