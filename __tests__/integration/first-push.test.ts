/**
 * The first push of a new branch reads its history only back to where every active handoff was last
 * updated. Proven with a repository whose older history is unreadable (its oldest commit's tree is
 * deleted): a walk that went past the last touches would fail on it. git buffers `git log` output to
 * a pipe, so this also proves the walk is flushed record by record and stopped on the commit that
 * completes the set.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { GitCommandManager } from '../../src/adapters/git.js';
import { runCli, TempRepo } from '../helpers/temp-repo.js';
import { handoffDocument, handoffPathOf, REGISTRY, registryText, today } from './check-fixtures.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const repo of repos) repo.remove();
});

const TASKS = ['TASK-2025-0001', 'TASK-2025-0002'];

/** Old history (unreadable below `created`), the commit that creates both handoffs, then work. */
function repoWithLostPast(): { repo: TempRepo; created: string; updated: string; head: string } {
  const repo = TempRepo.init();
  repos.push(repo);
  const ancient = repo.commit('ancient', { 'ancient.txt': 'lost\n' });
  for (let i = 0; i < 30; i++) repo.commit(`old work ${i}`, { 'old.txt': `${i}\n` });
  const created = repo.commit('Start tasks', {
    [REGISTRY]: registryText(Object.fromEntries(TASKS.map((task, i) => [`agent-${i + 1}`, { task }]))),
    ...Object.fromEntries(TASKS.map((task) => [handoffPathOf(task), handoffDocument(task, today())])),
  });
  repo.commit(`${TASKS[0]}: work`, { 'src/a.ts': 'a\n' });
  const updated = repo.commit(`${TASKS[0]}: handoff`, {
    [handoffPathOf(TASKS[0] as string)]: handoffDocument(TASKS[0] as string, today(), { progress: 50 }),
  });
  const head = repo.commit(`${TASKS[1]}: more`, { 'src/b.ts': 'b\n' });
  // The oldest commit's tree (a loose object) goes: reading that far fails.
  const tree = repo.git('rev-parse', `${ancient}^{tree}`);
  rmSync(join(repo.dir, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
  return { repo, created, updated, head };
}

describe('the first push of a new branch', () => {
  it('finds each handoff’s last update without walking past the oldest of them', async () => {
    const { repo, created, updated, head } = repoWithLostPast();
    const git = GitCommandManager.create(repo.dir);
    try {
      const touches = await git.lastTouchingCommits(
        TASKS.map((t) => handoffPathOf(t)),
        head,
      );
      expect(Object.fromEntries(touches)).toEqual({
        [handoffPathOf(TASKS[0] as string)]: updated,
        [handoffPathOf(TASKS[1] as string)]: created,
      });
    } finally {
      git.close();
    }
  });

  it('is judged on the commits after the handoffs’ common update, and says where it read from', async () => {
    const { repo, created, head } = repoWithLostPast();
    const result = await runCli(['check', '--hook', 'pre-push', 'origin', 'url'], {
      cwd: repo.dir,
      stdin: `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n`,
    });
    // The headline counts the commits read and says after which commit; no note says it again.
    expect(result.stderr).toContain(
      `(new branch main, 3 commit(s) after ${created.slice(0, 7)}: every active handoff was last updated there or later; the commits before it are covered)`,
    );
    expect(result.stderr).not.toContain('note: New branch');
    // TASK-2025-0002's handoff has not moved since the work commit that names it.
    expect(result.stderr).toContain(`behind: 1 work commit(s) for ${TASKS[1]}`);
    expect(result.code).toBe(1);
  });

  it('with freshness.scope touched, judges the task whose handoff the tip updates: an incomplete one is refused', async () => {
    // A new user's trial: work, then an incomplete handoff as the tip; read only after that commit,
    // no task was touched, and the push passed.
    const origin = TempRepo.init({ bare: true });
    const repo = TempRepo.init();
    repos.push(origin, repo);
    const task = TASKS[0] as string;
    repo.commit('Set up', {
      '.handoffrc.json': '{ "freshness": { "scope": "touched" } }\n',
      [REGISTRY]: registryText({ 'agent-1': { task } }),
      [handoffPathOf(task)]: handoffDocument(task, today()),
    });
    repo.git('remote', 'add', 'origin', origin.dir);
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('checkout', '-q', '-b', `${task}-api`);
    repo.commit('api work', { 'src/api.ts': 'api\n' });
    const incomplete = handoffDocument(task, today(), { progress: 40 }).replace(
      /## Current Blockers[\s\S]*?(?=\n## )/,
      '## Current Blockers\n\n',
    );
    const tip = repo.commit('handoff', { [handoffPathOf(task)]: incomplete });
    const result = await runCli(['check', '--hook', 'pre-push', 'origin', origin.dir], {
      cwd: repo.dir,
      stdin: `refs/heads/${task}-api ${tip} refs/heads/${task}-api ${'0'.repeat(40)}\n`,
    });
    expect(result.stderr).toContain('incomplete');
    expect(result.stderr).toContain('Current Blockers');
    expect(result.code).toBe(1);
  });

  it('pushed with its last commit updating the handoff, says its 0 commit(s) are those after that commit, once', async () => {
    // The trial's case: origin's main has older commits; a new branch brings three, the last of
    // which updates the handoff. It was "commits after <sha> ... that no remote has, 0 commit(s)",
    // repeated as a note, which read as if the three pushed commits were none.
    const origin = TempRepo.init({ bare: true });
    const repo = TempRepo.init();
    repos.push(origin, repo);
    const task = TASKS[0] as string;
    repo.commit('Start the task', {
      [REGISTRY]: registryText({ 'agent-1': { task } }),
      [handoffPathOf(task)]: handoffDocument(task, today()),
    });
    repo.commit(`${task}: old work`, { 'src/old.ts': 'old\n' });
    repo.commit(`${task}: handoff`, {
      [handoffPathOf(task)]: handoffDocument(task, today(), { progress: 20 }),
    });
    repo.git('remote', 'add', 'origin', origin.dir);
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit(`${task}: more`, { 'src/a.ts': 'a\n' });
    repo.commit(`${task}: more again`, { 'src/b.ts': 'b\n' });
    const tip = repo.commit(`${task}: handoff 2`, {
      [handoffPathOf(task)]: handoffDocument(task, today(), { progress: 40 }),
    });
    const result = await runCli(['check', '--hook', 'pre-push', 'origin', origin.dir], {
      cwd: repo.dir,
      stdin: `refs/heads/feature ${tip} refs/heads/feature ${'0'.repeat(40)}\n`,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `handoff check: 1 active task(s), every handoff fresh (new branch feature, 0 commit(s) after ${tip.slice(0, 7)}: every active handoff was last updated there or later; the commits before it are covered).\n`,
    );
    const json = await runCli(['check', '--hook', 'pre-push', '--format', 'json', 'origin', origin.dir], {
      cwd: repo.dir,
      stdin: `refs/heads/feature ${tip} refs/heads/feature ${'0'.repeat(40)}\n`,
    });
    // In a hook, git shows the hook's stderr: the JSON goes there.
    expect(JSON.parse(json.stderr).range).toEqual({
      description: 'new branch feature',
      commitCount: 0,
      readAfter: tip.slice(0, 7),
    });
  });
});
