/**
 * Attribution in a monorepo: a commit that changes nothing of a package (or nothing outside the
 * packages, for the root) is none of that folder's tasks' business. Its message names no task there
 * for the fallback, it claims no finished task there, and the root's Stop hook, `resume` and `draft`
 * count what the push judges the root by. Real pushes through the hook `init` installs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gitEnv, installCli, runCli, TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  REGISTRY,
  registryText,
  today,
} from '../integration/check-fixtures.js';

const T1 = 'TASK-2025-0001';
const T2 = 'TASK-2025-0002';
const T3 = 'TASK-2025-0003';
const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

function push(repo: TempRepo): { code: number; output: string } {
  const result = spawnSync('git', ['push', 'origin', 'main'], {
    cwd: repo.dir,
    env: gitEnv(),
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

type Entries = Parameters<typeof registryText>[0];

/** A registry and a complete handoff for each of its tasks, under `folder` ('' for the root). */
function workspaceFiles(folder: string, entries: Entries): Record<string, string> {
  const at = (path: string) => (folder === '' ? path : `${folder}/${path}`);
  const files: Record<string, string> = { [at(REGISTRY)]: registryText(entries) };
  for (const { task } of Object.values(entries))
    files[at(handoffPathOf(task))] = handoffDocument(task, today());
  return files;
}

/** Packages a and b set up with `init` (which lists them in the root config), then `tasks`, pushed. */
async function monorepo(tasks: Record<string, Entries>): Promise<TempRepo> {
  const remote = TempRepo.init({ bare: true });
  const repo = TempRepo.init();
  repos.push(remote, repo);
  installCli(repo);
  repo.commit('Start', {
    '.gitignore': 'node_modules/\n',
    'package.json': '{ "name": "root", "private": true }\n',
    'packages/a/package.json': '{ "name": "a" }\n',
    'packages/b/package.json': '{ "name": "b" }\n',
    'root.txt': 'r\n',
  });
  repo.git('remote', 'add', 'origin', remote.dir);
  for (const folder of ['', 'packages/a', 'packages/b'])
    expect((await runCli(['init'], { cwd: join(repo.dir, folder) })).code).toBe(0);
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'Set up handoff-guard');
  repo.commit(
    'Tasks',
    Object.assign({}, ...Object.entries(tasks).map(([folder, entries]) => workspaceFiles(folder, entries))),
  );
  repo.git('push', '-q', '--no-verify', '-u', 'origin', 'main');
  return repo;
}

/** alice's last work on T1 in package a, her handoff after it, and her `done`: as `done` leaves them. */
function aliceFinishesInA(repo: TempRepo, others: Entries): void {
  repo.commit(`${T1}: work in a`, { 'packages/a/x.txt': 'x\n' });
  repo.commit(`handoff ${T1} (packages/a)`, {
    [`packages/a/${handoffPathOf(T1)}`]: handoffDocument(T1, today(), { progress: 100 }),
  });
  repo.commit('done', {
    [`packages/a/${REGISTRY}`]: registryText({ alice: { task: T1, status: 'complete' }, ...others }),
  });
}

describe('a monorepo: another folder’s commits are not this folder’s', () => {
  it('a commit in package a naming a task does not make it the fallback of package b', async () => {
    const repo = await monorepo({
      'packages/a': { alice: { task: T1 }, bob: { task: T2 } },
      'packages/b': { carol: { task: T1 }, dave: { task: T3 } },
    });
    aliceFinishesInA(repo, { bob: { task: T2 } });
    // Unnamed work in b, with two tasks active there: nobody's, as it is without a's commit.
    repo.commit('tweak b config', { 'packages/b/y.txt': 'y\n' });
    const pushed = push(repo);
    expect(pushed.output).not.toContain(`✗ ${T1}`);
    expect(pushed.code).toBe(0);
  });

  it('claims in other packages do not use up a package’s reads of claims', async () => {
    const repo = await monorepo({
      'packages/a': { alice: { task: T1 }, bob: { task: T2 } },
      'packages/b': { carol: { task: T1 } },
    });
    // 260 commits of b claiming T1 (active there): more than a package reads claims of (256).
    const b = 'packages/b/y.txt';
    let parent = repo.git('rev-parse', 'HEAD').trim();
    for (let i = 0; i < 260; i++) {
      const blob = spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, input: `${i}\n` })
        .stdout.toString()
        .trim();
      spawnSync('git', ['update-index', '--add', '--cacheinfo', `100644,${blob},${b}`], { cwd: repo.dir });
      const tree = spawnSync('git', ['write-tree'], { cwd: repo.dir }).stdout.toString().trim();
      parent = spawnSync('git', ['commit-tree', tree, '-p', parent, '-m', `${T1}: b work ${i}`], {
        cwd: repo.dir,
        env: gitEnv(),
      })
        .stdout.toString()
        .trim();
    }
    repo.git('update-ref', 'refs/heads/main', parent);
    repo.git('reset', '-q', '--hard');
    aliceFinishesInA(repo, { bob: { task: T2 } });
    repo.commit(`handoff ${T1} (packages/b)`, {
      [`packages/b/${handoffPathOf(T1)}`]: handoffDocument(T1, today(), { progress: 60 }),
    });
    // a's claim of its finished T1 is read: bob's T2 is not charged with alice's work.
    const pushed = push(repo);
    expect(pushed.output).not.toContain(`✗ ${T2}`);
    expect(pushed.code).toBe(0);
  });

  it('at the root, the Stop hook and resume count what the push judges the root by', async () => {
    const repo = await monorepo({
      '': { rita: { task: T1 } },
      'packages/a': { alice: { task: T1 }, bob: { task: T2 } },
    });
    aliceFinishesInA(repo, { bob: { task: T2 } });
    expect(push(repo).code).toBe(0);
    // None of those commits changes a file outside the packages: no work for rita's T1.
    const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'rita'], {
      cwd: repo.dir,
      stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
    });
    expect(stop.code).toBe(0);
    expect(stop.stdout).not.toContain('"block"');
    const resume = await runCli(['resume', '--task', T1, '--format', 'json'], { cwd: repo.dir });
    expect(resume.code).toBe(0);
    const [brief] = JSON.parse(resume.stdout).tasks;
    expect(brief.taskId).toBe(T1);
    expect(brief.since?.total ?? 0).toBe(0);

    // Nor is what another agent leaves uncommitted in a package (its registry, its work).
    repo.write('packages/a/wip.txt', 'wip\n');
    expect(
      (await runCli(['-C', 'packages/a', 'start', '--task', T3, '--agent', 'carol'], { cwd: repo.dir })).code,
    ).toBe(0);
    const packageChanges = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'rita'], {
      cwd: repo.dir,
      stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
    });
    expect(packageChanges.stdout).not.toContain('"block"');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'carol starts in a');

    // Work at the root is rita's, as the push has it: the Stop hook asks for her handoff.
    repo.commit('root tweak', { 'root.txt': 'r2\n' });
    const blocked = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'rita'], {
      cwd: repo.dir,
      stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
    });
    expect(blocked.stdout).toContain('"block"');
    const draft = await runCli(['draft', '--task', T1, '--agent', 'rita', '--stdout', '--no-interactive'], {
      cwd: repo.dir,
    });
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain('root tweak');
    expect(draft.stdout).not.toContain('work in a');
    expect(draft.stdout).not.toContain('packages/a/x.txt');
  });

  it('a merge names its task in every folder, and the push and the package’s Stop hook agree on it', async () => {
    const repo = await monorepo({
      '': { rita: { task: T1 }, sam: { task: T2 } },
      'packages/a': { alice: { task: T1 }, bob: { task: T2 } },
    });
    repo.commit('tweak a', { 'packages/a/w.txt': '1\n' });
    repo.git('switch', '-q', '-c', `${T1}-side`);
    repo.commit('side', { 'root2.txt': 's\n' });
    repo.git('switch', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', `${T1}-side`, '-m', `Merge branch '${T1}-side'`);
    repo.commit('tweak a again', { 'packages/a/w.txt': '2\n' });
    const pushed = push(repo);
    // A clean merge's own files say nothing of what it brought in: its message names T1 in a as at
    // the root, as the package's own log (which lists every merge) has it.
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain(`✗ ${T1} (agent alice`);
    const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'alice'], {
      cwd: join(repo.dir, 'packages/a'),
      stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
    });
    expect(stop.stdout).toContain('"block"');
  });

  it('in a sparse checkout without a package, the root still leaves its commits out, as the push does', async () => {
    const repo = await monorepo({
      '': { rita: { task: T1 } },
      'packages/b': { carol: { task: T2 } },
    });
    // The root config names the packages by a pattern, so they are listed from a tree.
    const configFile = repo.git('ls-files', '.handoffrc.json', 'handoff.config.json');
    expect(configFile).not.toBe('');
    const config = JSON.parse(repo.git('show', `HEAD:${configFile}`));
    repo.commit('packages by pattern', {
      [configFile]: `${JSON.stringify({ ...config, workspaces: ['packages/*'] }, null, 2)}\n`,
    });
    repo.commit(`handoff ${T1}`, { [handoffPathOf(T1)]: handoffDocument(T1, today(), { progress: 50 }) });
    repo.commit('b work', { 'packages/b/y.txt': 'y\n' });
    repo.commit(`handoff ${T2} (packages/b)`, {
      [`packages/b/${handoffPathOf(T2)}`]: handoffDocument(T2, today(), { progress: 60 }),
    });
    expect(push(repo).code).toBe(0);
    // rita works at the root with package b left out of her checkout: its folder is not on disk.
    repo.git('sparse-checkout', 'set', '--no-cone', '/*', '!/packages/b/');
    expect(existsSync(join(repo.dir, 'packages/b'))).toBe(false);
    const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'rita'], {
      cwd: repo.dir,
      stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
    });
    expect(stop.code).toBe(0);
    expect(stop.stdout).not.toContain('"block"');
    const resume = await runCli(['resume', '--task', T1, '--format', 'json'], { cwd: repo.dir });
    expect(resume.code).toBe(0);
    expect(JSON.parse(resume.stdout).tasks[0].since?.total ?? 0).toBe(0);
    const draft = await runCli(['draft', '--task', T1, '--agent', 'rita', '--stdout', '--no-interactive'], {
      cwd: repo.dir,
    });
    expect(draft.code).toBe(0);
    expect(draft.stdout).not.toContain('b work');
    expect(draft.stdout).not.toContain('packages/b/y.txt');
  });

  it('a first session at the root: the Stop hook and draft count the same commits', async () => {
    const repo = await monorepo({ 'packages/a': { alice: { task: T1 } } });
    // Started today: the day's setup before the first commit that names the task is cut.
    expect((await runCli(['start', '--task', T3, '--agent', 'tom'], { cwd: repo.dir })).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'start tom');
    repo.commit('root setup', { 'setup.txt': 's\n' });
    repo.commit(`${T3}: package work`, { 'packages/a/p.txt': 'p\n' });
    repo.commit('root tweak', { 'tweak.txt': 't\n' });
    const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'tom'], {
      cwd: repo.dir,
      stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
    });
    const counted = /has (\d+) work commits?/.exec(stop.stdout)?.[1];
    expect(counted).toBeDefined();
    const draft = await runCli(['draft', '--task', T3, '--agent', 'tom', '--stdout', '--no-interactive'], {
      cwd: repo.dir,
    });
    const listed = /Commits: (\d+) for/.exec(draft.stderr)?.[1];
    expect(listed).toBe(counted);
    expect(draft.stdout).not.toContain('package work');
  });
});
