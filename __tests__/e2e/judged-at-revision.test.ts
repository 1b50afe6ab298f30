/**
 * What is judged is what is pushed: real `git push`es through the hook `handoff init` installs, where
 * the working tree says one thing and the pushed commits another. The verdict must follow the commits.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitEnv, HANDOFF_BIN, installCli, runBin, runCli, TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  REGISTRY,
  registryText,
  TASK,
  today,
} from '../integration/check-fixtures.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

function push(repo: TempRepo, args: string[]): { code: number; output: string } {
  const result = spawnSync('git', ['push', ...args], { cwd: repo.dir, env: gitEnv(), encoding: 'utf8' });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** A repository with one active task and a complete handoff, on a bare origin, with the plain hook. */
async function setup(): Promise<TempRepo> {
  const remote = TempRepo.init({ bare: true });
  const repo = TempRepo.init();
  repos.push(remote, repo);
  installCli(repo);
  repo.commit('Start', {
    '.gitignore': 'node_modules/\n',
    [REGISTRY]: registryText({ 'powertest-runner': { task: TASK } }),
    [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
    'README.md': '# p\n',
  });
  repo.git('remote', 'add', 'origin', remote.dir);
  repo.git('push', '-q', '-u', 'origin', 'main');
  expect((await runCli(['init'], { cwd: repo.dir })).code).toBe(0);
  return repo;
}

const PLACEHOLDER_DECISIONS = handoffDocument(TASK, today()).replace(
  '1. **Used pytest-asyncio** - Reason: better async support\n',
  '- (to fill in: decisions made this session, each with its reason)\n',
);

describe('the pre-push hook judges the pushed commits, not the working tree', () => {
  it('refuses a handoff committed with placeholders and filled in only on disk', async () => {
    const repo = await setup();
    repo.commit(`${TASK}: work and a draft nobody filled in`, {
      'src/a.ts': 'export const a = 1;\n',
      [handoffPathOf(TASK)]: PLACEHOLDER_DECISIONS,
    });
    // Filled in on disk, never committed: the push must not see it.
    repo.write(handoffPathOf(TASK), handoffDocument(TASK, today()));
    const pushed = push(repo, ['origin', 'main']);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain('incomplete');
    expect(pushed.output).toContain('Decisions Made');
  });

  it('judges a task active when only the uncommitted registry says it is complete', async () => {
    const repo = await setup();
    repo.commit(`${TASK}: more work`, { 'src/b.ts': 'export const b = 2;\n' });
    repo.write(REGISTRY, registryText({ 'powertest-runner': { task: TASK, status: 'complete' } }));
    const pushed = push(repo, ['origin', 'main']);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain('behind');
    // Committed, the same registry edit is what is pushed: nothing active, the push goes through.
    repo.commit('Task complete', {});
    expect(push(repo, ['origin', 'main']).code).toBe(0);
  });

  it('refuses a registry committed broken and mended only on disk, naming the pushed commit as the place', async () => {
    const repo = await setup();
    const goodRegistry = readFileSync(join(repo.dir, REGISTRY), 'utf8');
    // The registry alone (init's files stay out: they would be work of the task).
    repo.write(REGISTRY, '{\n  "bot": {"status": "idle",},\n}\n');
    repo.git('commit', '-q', '-m', 'Edit the registry by hand', '--', REGISTRY);
    const broken = repo.git('rev-parse', 'HEAD');
    repo.write(REGISTRY, goodRegistry);
    const pushed = push(repo, ['origin', 'main']);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain(`${REGISTRY}:2:`);
    expect(pushed.output).toContain(
      `(in commit ${broken.slice(0, 7)} (main), which is judged, not the working tree: commit the fix) [json/syntax]`,
    );
    expect(pushed.output).toContain('Push blocked: fix that in a commit, then push again. To push anyway:');
    // The mend committed: the push goes through.
    repo.git('commit', '-q', '-m', 'Mend the registry', '--', REGISTRY);
    expect(push(repo, ['origin', 'main']).code).toBe(0);
  });

  it('judges `git push origin other` by the other branch, whatever is checked out', async () => {
    const repo = await setup();
    repo.git('switch', '-q', '-c', 'other');
    repo.commit(`${TASK}: work on other, no handoff update`, { 'src/c.ts': 'export const c = 3;\n' });
    repo.git('switch', '-q', 'main');
    // main (checked out) is fresh; other is behind.
    const blocked = push(repo, ['origin', 'other']);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('behind');

    // And the other way round: a stale working tree does not block a fresh branch.
    repo.git('switch', '-q', '-c', 'fresh', 'main');
    repo.commit(`${TASK}: handoff refreshed`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 40 }),
    });
    repo.git('switch', '-q', 'other');
    expect(push(repo, ['origin', 'fresh']).code).toBe(0);
  });

  it('finds a side-branch commit merged after the handoff update behind (ancestry, not order)', async () => {
    const repo = await setup();
    repo.git('switch', '-q', '-c', 'side');
    const side = repo.commit(`${TASK}: side work`, { 'src/side.ts': 'export const s = 1;\n' });
    repo.git('switch', '-q', 'main');
    repo.commit(`${TASK}: handoff update`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 50 }),
    });
    repo.gitWithEnv({}, 'merge', '-q', '--no-ff', '--no-edit', 'side');
    const pushed = push(repo, ['origin', 'main']);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain(side.slice(0, 7));

    // check --base/--head gives the same verdict as the hook for the same range.
    const range = await runCli(['check', '--base', 'origin/main', '--head', 'main', '--format', 'json'], {
      cwd: repo.dir,
    });
    const verdict = JSON.parse(range.stdout).verdicts[0];
    expect(verdict.problems.map((p: { reason: string }) => p.reason)).toEqual(['behind']);
    expect(verdict.problems[0].commits).toEqual([side.slice(0, 7)]);
  });
});

describe('check --head another branch than the one checked out', () => {
  it('starts each fix by switching to it, and the fix run as printed makes the check pass', async () => {
    const repo = await setup();
    repo.git('switch', '-q', '-c', 'side');
    const work = repo.commit(`${TASK}: side work`, { 'src/side.ts': 'export const s = 1;\n' });
    repo.git('switch', '-q', 'main');
    const blocked = await runCli(['check', '--base', 'main', '--head', 'side', '--format', 'json'], {
      cwd: repo.dir,
    });
    expect(blocked.code).toBe(1);
    const [problem] = JSON.parse(blocked.stdout).verdicts[0].problems;
    expect(problem.commits).toEqual([work.slice(0, 7)]);
    expect(problem.fix).toMatch(/^git switch side && handoff draft --task \S+ /);
    // The printed fix, with the answers an agent gives, then a commit: the same check passes.
    const fix = `${problem.fix} --note "side done" --decision "keep: simple" --blocker None --next "ship it" --progress 60`;
    const ran = spawnSync(
      'sh',
      [
        '-c',
        fix.replace(/\bhandoff /, `${JSON.stringify(process.execPath)} ${JSON.stringify(HANDOFF_BIN)} `),
      ],
      {
        cwd: repo.dir,
        env: gitEnv(),
        encoding: 'utf8',
      },
    );
    expect(ran.status).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    repo.git('switch', '-q', 'main');
    const after = await runCli(['check', '--base', 'main', '--head', 'side'], { cwd: repo.dir });
    expect(after.code).toBe(0);
    // A revision no branch names: the switch is to that commit, detached.
    const tag = await runCli(['check', '--base', 'main', '--head', `${work}`, '--format', 'json'], {
      cwd: repo.dir,
    });
    expect(JSON.parse(tag.stdout).verdicts[0].problems[0].fix).toMatch(
      new RegExp(`^git switch --detach ${work.slice(0, 12)} && handoff draft `),
    );
  });
});

describe('links in the pushed tree', () => {
  it('calls a handoff reached through a committed symlink to a folder outside the repository an invalid link', async () => {
    const repo = await setup();
    const outside = TempRepo.init();
    repos.push(outside);
    outside.write(`tasks/${TASK}.md`, handoffDocument(TASK, today()));
    symlinkSync(join(outside.dir, 'tasks'), join(repo.dir, 'elsewhere'));
    repo.commit(`${TASK}: link the handoff through a symlinked folder`, {
      [REGISTRY]: registryText({ 'powertest-runner': { task: TASK, link: `elsewhere/${TASK}.md` } }),
    });
    const pushed = push(repo, ['origin', 'main']);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain('invalid-link');
    expect(pushed.output).toContain('path/symlink-escape');
  });
});

describe('handoff check without a range', () => {
  it('judges the working tree and says when it differs from HEAD', async () => {
    const repo = await setup();
    repo.write(handoffPathOf(TASK), handoffDocument(TASK, today(), { progress: 90 }));
    const result = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).notes.join('\n')).toContain(
      `differs from HEAD in ${handoffPathOf(TASK)}`,
    );
  });

  it('with --head judges that commit, not the working tree', async () => {
    const repo = await setup();
    repo.commit(`${TASK}: draft with placeholders`, { [handoffPathOf(TASK)]: PLACEHOLDER_DECISIONS });
    repo.write(handoffPathOf(TASK), handoffDocument(TASK, today()));
    const atHead = await runCli(['check', '--base', 'origin/main', '--head', 'HEAD'], { cwd: repo.dir });
    expect(atHead.code).toBe(1);
    expect(atHead.stdout).toContain('incomplete');
    const inTree = await runCli(['check'], { cwd: repo.dir });
    expect(inTree.code).toBe(0);
  });
});

describe('a damaged repository is an error, not an empty one', () => {
  it('exits 2 naming the branch when its ref holds garbage', async () => {
    const repo = await setup();
    writeFileSync(join(repo.dir, '.git/refs/heads/main'), 'garbage\n');
    const result = runBin(['check'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refs/heads/main');
    expect(result.stderr).toContain('[git/corrupt]');
  });

  it('exits 2 when the branch names an object that is not there', async () => {
    const repo = await setup();
    writeFileSync(join(repo.dir, '.git/refs/heads/main'), `${'1'.repeat(40)}\n`);
    const result = runBin(['check'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refs/heads/main cannot be read');
    expect(result.stderr).toContain('[git/corrupt]');
  });

  it('still treats an unborn branch as a repository with no commits yet', () => {
    const repo = TempRepo.init();
    repos.push(repo);
    const result = runBin(['check'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no commits yet');
  });
});
