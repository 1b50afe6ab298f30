/**
 * The check's rules on in-memory histories, through the same git interface the real adapter
 * implements: what is judged (each pushed tip's tree), which commits (ancestry), and what the
 * verdicts say. Real repositories prove the adapter in __tests__/e2e and __tests__/integration.
 */
import { runCheck } from '../../src/app/check.js';
import type { CheckResult } from '../../src/core/model.js';
import { MemoryGit } from '../helpers/memory-git.js';
import {
  handoffDocument,
  handoffPathOf,
  REGISTRY,
  registryText,
  TASK,
} from '../integration/check-fixtures.js';

const NOW = new Date('2025-11-10T12:00:00Z');
const TODAY = '2025-11-10';
const ZERO = '0'.repeat(40);

/** main with one active task and a complete handoff, pushed to origin. */
function history(options: { tasks?: string[]; date?: string; time?: number } = {}): MemoryGit {
  const git = new MemoryGit();
  const tasks = options.tasks ?? [TASK];
  const files: Record<string, string> = {
    [REGISTRY]: registryText(Object.fromEntries(tasks.map((task, i) => [`agent-${i + 1}`, { task }]))),
    'README.md': '# p\n',
  };
  for (const task of tasks) files[handoffPathOf(task)] = handoffDocument(task, options.date ?? TODAY);
  git.commit('Start', files, options.time === undefined ? {} : { time: options.time });
  git.pushed('main');
  return git;
}

/** The line git writes to a pre-push hook for pushing `branch`. */
function pushLine(git: MemoryGit, branch: string): string {
  const local = git.refs.get(`refs/heads/${branch}`) as string;
  const remote = git.refs.get(`refs/remotes/origin/${branch}`) ?? ZERO;
  return `refs/heads/${branch} ${local} refs/heads/${branch} ${remote}\n`;
}

function prePush(git: MemoryGit, ...branches: string[]): Promise<CheckResult> {
  return runCheck({
    repoRoot: git.workingDirectory,
    git,
    now: NOW,
    prePush: { remoteName: 'origin', stdin: branches.map((b) => pushLine(git, b)).join('') },
  });
}

function reasons(result: CheckResult, task = TASK): string[] {
  return result.verdicts.filter((v) => v.taskId === task).flatMap((v) => v.problems.map((p) => p.reason));
}

describe('what a push is judged by', () => {
  it('passes a push whose handoff was updated after the work', async () => {
    const git = history();
    git.commit(`${TASK}: work`, { 'src/a.ts': 'a' });
    git.commit(`${TASK}: handoff`, { [handoffPathOf(TASK)]: handoffDocument(TASK, TODAY, { progress: 40 }) });
    const result = await prePush(git, 'main');
    expect(result.stale).toBe(false);
    expect(result.verdicts.map((v) => v.workCommits)).toEqual([1]);
  });

  it('says when a commit counts for a task only because its message mentions it, and the way out', async () => {
    const git = history();
    const led = git.commit(`${TASK}: more work`, { 'src/b.ts': 'b' });
    const mention = git.commit(`Parse request bodies with the ${TASK} parser`, { 'src/c.ts': 'c' });
    const result = await prePush(git, 'main');
    const behind = result.verdicts[0]?.problems.find((p) => p.reason === 'behind');
    expect(behind?.commits).toEqual([led.slice(0, 7), mention.slice(0, 7)]);
    expect(behind?.detail).toContain(
      `${mention.slice(0, 7)} counts for ${TASK} because its message mentions it: if that is another task's work, reword it with a \`Task: <that task>\` trailer, which wins.`,
    );
    // The commit led by the id is the task's own: not named there (one commit, "its message").
    expect(behind?.detail).not.toContain('their messages');
  });

  it('blocks work after the last update, and the fix names a revision on the pushed line', async () => {
    const git = history();
    const update = git.commit(`${TASK}: handoff`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, TODAY, { progress: 40 }),
    });
    const work = git.commit(`${TASK}: more work`, { 'src/b.ts': 'b' });
    const result = await prePush(git, 'main');
    const behind = result.verdicts[0]?.problems.find((p) => p.reason === 'behind');
    expect(behind?.commits).toEqual([work.slice(0, 7)]);
    expect(behind?.fix).toBe(`handoff draft --task ${TASK} --from ${update.slice(0, 12)}`);
  });

  it("reads the registry from the pushed tip, not the working tree's", async () => {
    const git = history();
    git.commit(`${TASK}: work`, { 'src/a.ts': 'a' });
    // Only the working tree says the task is complete.
    git.workingTree.set(REGISTRY, registryText({ 'agent-1': { task: TASK, status: 'complete' } }));
    expect(reasons(await prePush(git, 'main'))).toEqual(['behind']);
    // At the tip, complete: nothing active, nothing to judge.
    git.commit('Task complete', {
      [REGISTRY]: registryText({ 'agent-1': { task: TASK, status: 'complete' } }),
    });
    const done = await prePush(git, 'main');
    expect(done.stale).toBe(false);
    expect(done.verdicts).toEqual([]);
  });

  it('finds a handoff missing at the tip even when the working tree has it', async () => {
    const git = history();
    git.commit(`${TASK}: drop the handoff`, { [handoffPathOf(TASK)]: null, 'src/a.ts': 'a' });
    git.workingTree.set(handoffPathOf(TASK), handoffDocument(TASK, TODAY));
    const result = await prePush(git, 'main');
    expect(reasons(result)).toEqual(['missing']);
    expect(result.verdicts[0]?.problems[0]?.detail).toContain('in commit');
  });

  it('judges each pushed ref by its own tip, and names the ref on each verdict', async () => {
    const git = history();
    git.branch('stale');
    git.switch('stale');
    git.commit(`${TASK}: work, no update`, { 'src/s.ts': 's' });
    git.switch('main');
    git.commit(`${TASK}: handoff`, { [handoffPathOf(TASK)]: handoffDocument(TASK, TODAY, { progress: 50 }) });
    const result = await prePush(git, 'main', 'stale');
    expect(result.stale).toBe(true);
    expect(result.verdicts.map((v) => [v.ref, v.fresh])).toEqual([
      ['main', true],
      ['stale', false],
    ]);
    // The fix names a revision of `stale`, which is not an ancestor of HEAD (main): switch first.
    expect(result.verdicts[1]?.problems[0]?.fix).toMatch(/^git switch stale && handoff draft --task /);
  });

  it('quotes the branch it switches to (a ref name may hold $, parentheses, ; and &)', async () => {
    const git = history();
    // A name git accepts (git check-ref-format): no space, but ${IFS} stands in for one.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's ${IFS}, not a template
    const branch = 'a$(touch${IFS}pwned);b&c';
    git.branch(branch);
    git.switch(branch);
    git.commit(`${TASK}: work, no update`, { 'src/s.ts': 's' });
    git.switch('main');
    const result = await prePush(git, branch);
    expect(result.verdicts[0]?.problems[0]?.fix).toMatch(
      /^git switch 'a\$\(touch\$\{IFS\}pwned\);b&c' && handoff draft --task /,
    );
  });

  it('checks a new branch over the commits no remote has', async () => {
    const git = history();
    git.branch(`feature/${TASK}`);
    git.switch(`feature/${TASK}`);
    const work = git.commit('unlabelled work', { 'src/f.ts': 'f' });
    const result = await prePush(git, `feature/${TASK}`);
    expect(result.range?.commitCount).toBe(1);
    // Attributed by the branch name.
    expect(result.verdicts[0]?.problems[0]?.commits).toEqual([work.slice(0, 7)]);
  });

  it('reads a first push to an empty remote only back to where every active handoff was updated', async () => {
    const git = new MemoryGit();
    git.commit('root', { 'README.md': '# p\n' });
    for (let i = 0; i < 40; i++) git.commit(`old work ${i}`, { 'src/old.ts': `${i}` });
    const update = git.commit('Start the task', {
      [REGISTRY]: registryText({ 'agent-1': { task: TASK } }),
      [handoffPathOf(TASK)]: handoffDocument(TASK, TODAY),
    });
    const work = git.commit(`${TASK}: work`, { 'src/a.ts': 'a' });
    const result = await prePush(git, 'main');
    // 42 commits are older than the handoff's last update: none of them is read.
    expect(result.range?.commitCount).toBe(1);
    expect(result.range?.readAfter).toBe(update.slice(0, 7));
    expect(result.notes.join('\n')).not.toContain('read from');
    expect(result.verdicts[0]?.problems[0]?.commits).toEqual([work.slice(0, 7)]);
  });

  it('skips deletions and tags', async () => {
    const git = history();
    const tip = git.refs.get('refs/heads/main') as string;
    const result = await runCheck({
      repoRoot: git.workingDirectory,
      git,
      now: NOW,
      prePush: {
        remoteName: 'origin',
        stdin: `(delete) ${ZERO} refs/heads/old ${tip}\nrefs/tags/v1 ${tip} refs/tags/v1 ${ZERO}\n`,
      },
    });
    expect(result.stale).toBe(false);
    expect(result.notes.join('\n')).toMatch(/Skipped refs\/heads\/old.*\n.*Skipped refs\/tags\/v1/);
  });

  it('uses the config of the pushed tip (maxCommitsBehind)', async () => {
    const git = history();
    git.commit(`${TASK}: work`, { 'src/a.ts': 'a' });
    expect(reasons(await prePush(git, 'main'))).toEqual(['behind']);
    git.commit(`${TASK}: allow one`, {
      '.handoffrc.json': JSON.stringify({ freshness: { maxCommitsBehind: 2 } }),
    });
    expect((await prePush(git, 'main')).stale).toBe(false);
  });

  it('refuses a handoff over the size limit at the tip as bad input (exit 2), without reading it', async () => {
    const git = history();
    git.commit(`${TASK}: huge handoff`, { [handoffPathOf(TASK)]: 'x'.repeat(6 * 1024 * 1024) });
    await expect(prePush(git, 'main')).rejects.toMatchObject({ rule: 'size/too-large', exitCode: 2 });
  });

  it('calls a details_link that names a folder at the tip an invalid link', async () => {
    const git = history();
    git.commit('link a folder', {
      [REGISTRY]: registryText({ 'agent-1': { task: TASK, link: 'delegation/tasks/active' } }),
    });
    expect(reasons(await prePush(git, 'main'))).toEqual(['invalid-link']);
  });
});

describe('handoff check with no range given', () => {
  it('does not take the checked-out branch as its own base', async () => {
    const git = new MemoryGit();
    git.commit('Start', {
      [REGISTRY]: registryText({ 'agent-1': { task: TASK } }),
      [handoffPathOf(TASK)]: handoffDocument(TASK, TODAY),
    });
    git.commit(`${TASK}: work`, { 'src/a.ts': 'a' });
    // No remote, on main: the candidates origin/HEAD, origin/main, … and master do not exist.
    const result = await runCheck({ repoRoot: git.workingDirectory, git, now: NOW, head: 'main' });
    expect(result.range?.commitCount).toBe(2);
    expect(reasons(result)).toEqual(['behind']);
  });
});

describe('ancestry, not order', () => {
  it('counts a side-branch commit merged after the update as behind', async () => {
    const git = history();
    git.branch('side');
    git.switch('side');
    const side = git.commit(`${TASK}: side work`, { 'src/side.ts': 's' });
    git.switch('main');
    git.commit(`${TASK}: handoff`, { [handoffPathOf(TASK)]: handoffDocument(TASK, TODAY, { progress: 60 }) });
    git.merge('side');
    const result = await prePush(git, 'main');
    expect(result.verdicts[0]?.problems.find((p) => p.reason === 'behind')?.commits).toEqual([
      side.slice(0, 7),
    ]);
  });

  it('counts work the update has as an ancestor as covered, even when printed after it', async () => {
    const git = history();
    git.branch('side');
    git.switch('side');
    git.commit(`${TASK}: side work`, { 'src/side.ts': 's' });
    git.commit(`${TASK}: handoff on the side`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, TODAY, { progress: 60 }),
    });
    git.switch('main');
    // Bookkeeping on main meanwhile (inside the handoff folder): not work.
    git.commit('notes', { 'delegation/tasks/active/notes.md': 'n' });
    git.merge('side');
    const result = await prePush(git, 'main');
    expect(reasons(result)).toEqual([]);
  });
});

describe('expiry', () => {
  it('expires a handoff dated before maxAge that no commit in the window touched', async () => {
    const git = history({ date: '2025-10-01', time: Date.parse('2025-10-01T12:00:00Z') / 1000 });
    git.commit('unrelated bookkeeping', { 'delegation/tasks/active/notes.md': 'n' });
    const result = await prePush(git, 'main');
    expect(reasons(result)).toEqual(['expired']);
    expect(result.verdicts[0]?.problems[0]?.detail).toContain('last updated 2025-10-01');
  });

  it('keeps it fresh when a recent commit at the tip touched it', async () => {
    const git = history();
    git.commit(`${TASK}: old date, recent commit`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, '2025-10-01'),
    });
    expect(reasons(await prePush(git, 'main'))).toEqual([]);
  });
});

describe('monorepos (root config `workspaces`)', () => {
  const A = 'TASK-2025-0001';
  const B = 'TASK-2025-0002';
  function monorepo(): MemoryGit {
    const git = new MemoryGit();
    const files: Record<string, string> = {
      '.handoffrc.json': JSON.stringify({ workspaces: ['packages/*'] }),
      'packages/a/package.json': '{}',
      'packages/b/package.json': '{}',
    };
    for (const [folder, task] of [
      ['packages/a', A],
      ['packages/b', B],
    ] as const) {
      files[`${folder}/${REGISTRY}`] = registryText({ [`agent-${task}`]: { task } });
      files[`${folder}/${handoffPathOf(task)}`] = handoffDocument(task, TODAY);
    }
    git.commit('Start', files);
    git.pushed('main');
    return git;
  }

  it('judges each package by its own registry on the commits that change it', async () => {
    const git = monorepo();
    const work = git.commit('feat(a): parser', { 'packages/a/src/parse.ts': 'p' });
    // Names A, but changes only b: not A's work (and b's only task takes it).
    git.commit(`docs: mention ${A}`, { 'packages/b/README.md': 'b' });
    git.commit(`${B}: handoff`, {
      [`packages/b/${handoffPathOf(B)}`]: handoffDocument(B, TODAY, { progress: 60 }),
    });
    const result = await prePush(git, 'main');
    const byTask = Object.fromEntries(result.verdicts.map((v) => [v.taskId, v]));
    expect(byTask[A]?.workspace).toBe('packages/a');
    expect(byTask[A]?.problems[0]?.commits).toEqual([work.slice(0, 7)]);
    expect(byTask[A]?.handoffPath).toBe(`packages/a/${handoffPathOf(A)}`);
    expect(byTask[A]?.problems[0]?.fix).toMatch(/^handoff -C packages\/a draft --task TASK-2025-0001/);
    expect(byTask[B]?.fresh).toBe(true);
    expect(result.range?.commitCount).toBe(3);
  });

  it('uses a package config of its own', async () => {
    const git = monorepo();
    git.commit('a: allow one', {
      'packages/a/.handoffrc.json': JSON.stringify({ freshness: { maxCommitsBehind: 5 } }),
    });
    git.commit('feat(a): parser', { 'packages/a/src/parse.ts': 'p' });
    expect((await prePush(git, 'main')).stale).toBe(false);
  });
});
