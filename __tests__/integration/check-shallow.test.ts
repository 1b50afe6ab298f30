import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCheck } from '../../src/app/check.js';
import { gitEnv, PROJECT_ROOT, runCli, TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  OTHER_TASK,
  REGISTRY,
  registryText,
  TASK,
  today,
} from './check-fixtures.js';

describe('runCheck in a shallow clone', () => {
  const cleanup: string[] = [];
  afterAll(() => {
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('deepens until the merge base is there, then checks exactly base..head', async () => {
    const origin = TempRepo.init();
    cleanup.push(origin.dir);
    origin.commit('start', {
      [REGISTRY]: registryText({ a: { task: TASK } }),
      [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
    });
    for (let i = 0; i < 5; i++) origin.commit(`main ${i}`, { [`main-${i}.txt`]: `${i}\n` });
    origin.git('checkout', '-q', '-b', 'feature', 'HEAD~3');
    const work = origin.commit(`${TASK}: feature work`, { 'src/f.ts': '1\n' });
    origin.git('checkout', '-q', 'main');

    const clone = mkdtempSync(join(tmpdir(), 'handoff-shallow-'));
    cleanup.push(clone);
    execFileSync(
      'git',
      ['clone', '-q', '--depth', '1', '--no-single-branch', `file://${origin.dir}`, clone],
      {
        env: gitEnv(),
      },
    );
    execFileSync('git', ['checkout', '-q', 'feature'], { cwd: clone, env: gitEnv() });
    expect(
      execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: clone, encoding: 'utf8' }).trim(),
    ).toBe('true');

    const result = await runCheck({
      repoRoot: clone,
      base: 'origin/main',
      head: 'HEAD',
      now: new Date(),
    });
    expect(result.range).toEqual({ description: 'origin/main..HEAD', commitCount: 1 });
    expect(result.notes.join('\n')).toMatch(/Shallow clone: fetched \d+ more commit\(s\)/);
    expect(result.verdicts[0]?.problems[0]?.commits).toEqual([work.slice(0, 7)]);
  });
  /** A task with a fresh handoff on main, and a feature branch with work after it (stale). */
  function originWithStaleFeature(): { origin: TempRepo; work: string[] } {
    const origin = TempRepo.init();
    cleanup.push(origin.dir);
    // Deeper than GitLab's GIT_DEPTH (20): a CI clone of the feature is shallow.
    for (let i = 0; i < 25; i++) origin.commit(`early ${i}`, { 'early.txt': `${i}\n` });
    origin.commit('start', {
      [REGISTRY]: registryText({ a: { task: TASK } }),
      [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
    });
    origin.git('checkout', '-q', '-b', 'feature');
    const work = [1, 2, 3].map((i) => origin.commit(`${TASK}: work ${i}`, { [`src/f${i}.ts`]: `${i}\n` }));
    origin.git('checkout', '-q', 'main');
    origin.commit('main moves on', { 'docs/x.md': 'x\n' });
    return { origin, work };
  }

  function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd, env: gitEnv(), encoding: 'utf8' });
  }

  /** A CI checkout: `git init`, the one ref fetched `depth` deep, HEAD detached at it. */
  function ciClone(origin: TempRepo, refspecs: string[], depth: number, remote = 'origin'): string {
    const clone = mkdtempSync(join(tmpdir(), 'handoff-ci-'));
    cleanup.push(clone);
    git(clone, 'init', '-q');
    git(clone, 'remote', 'add', remote, `file://${origin.dir}`);
    git(clone, 'fetch', '-q', '--no-tags', `--depth=${depth}`, remote, ...refspecs);
    git(clone, 'checkout', '-q', '--detach', 'FETCH_HEAD');
    return clone;
  }

  /**
   * `commits` on top of `main`'s tip, in one `git fast-import` (a `git commit` each took the two
   * tests below over their time limit on a loaded machine).
   */
  function commitMany(
    repo: TempRepo,
    commits: { message: string; files: Record<string, string>; date: string }[],
  ): void {
    const lines: string[] = [];
    commits.forEach(({ message, files, date }, i) => {
      const when = `${Math.floor(Date.parse(date) / 1000)} +0000`;
      lines.push(
        'commit refs/heads/main',
        `author T <t@example.com> ${when}`,
        `committer T <t@example.com> ${when}`,
        `data ${Buffer.byteLength(message)}`,
        message,
        ...(i === 0 ? [`from ${repo.git('rev-parse', 'main')}`] : []),
      );
      for (const [path, text] of Object.entries(files))
        lines.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(text)}`, text);
    });
    execFileSync('git', ['fast-import', '--quiet'], {
      cwd: repo.dir,
      env: gitEnv(),
      input: `${lines.join('\n')}\n`,
    });
    repo.git('reset', '-q', '--hard', 'main');
  }

  /** Commits a minute apart from two days ago, as history is committed: each after its parents. */
  function clock(): () => { date: string } {
    let minute = 0;
    const start = Date.now() - 2 * 24 * 3600 * 1000;
    return () => ({ date: new Date(start + 60_000 * minute++).toISOString() });
  }

  it("never reads the base's own history as the range's work where a merged branch forked from an old base commit", async () => {
    const origin = TempRepo.init();
    cleanup.push(origin.dir);
    const at = clock();
    origin.commit(
      'start',
      {
        [REGISTRY]: registryText({ a: { task: TASK }, b: { task: OTHER_TASK } }),
        [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
        [handoffPathOf(OTHER_TASK)]: handoffDocument(OTHER_TASK, today()),
      },
      at(),
    );
    commitMany(
      origin,
      Array.from({ length: 120 }, (_, i) =>
        i === 10
          ? { message: `${OTHER_TASK}: old work`, files: { 'src/other.ts': '1\n' }, ...at() }
          : i === 11
            ? {
                message: `${OTHER_TASK}: handoff`,
                files: { [handoffPathOf(OTHER_TASK)]: `${handoffDocument(OTHER_TASK, today())}\n` },
                ...at(),
              }
            : { message: `main ${i}`, files: { [`main-${i % 7}.txt`]: `${i}\n` }, ...at() },
      ),
    );
    origin.git('checkout', '-q', '-b', 'side', 'main~100');
    for (let i = 0; i < 3; i++) origin.commit(`side ${i}`, { [`side-${i}.txt`]: `${i}\n` }, at());
    origin.git('checkout', '-q', '-b', 'feature', 'main');
    origin.commit(`${TASK}: work`, { 'src/f.ts': '1\n' }, at());
    origin.commit(`${TASK}: handoff`, { [handoffPathOf(TASK)]: `${handoffDocument(TASK, today())}\n` }, at());
    origin.commit('Work after the handoff', { 'src/f.ts': '2\n' }, at());
    origin.gitWithEnv(
      { GIT_AUTHOR_DATE: at().date, GIT_COMMITTER_DATE: at().date },
      'merge',
      '-q',
      '--no-ff',
      '-m',
      'Merge side',
      'side',
    );
    origin.git('checkout', '-q', 'main');
    const refspecs = [
      '+refs/heads/feature:refs/remotes/origin/feature',
      '+refs/heads/main:refs/remotes/origin/main',
    ];
    const whole = ciClone(origin, refspecs, 1);
    git(whole, 'fetch', '-q', '--unshallow', 'origin', ...refspecs);
    const shallow = ciClone(origin, refspecs, 1);
    const judge = (clone: string) =>
      runCheck({ repoRoot: clone, base: 'origin/main', head: 'HEAD', now: new Date() });
    const expected = await judge(whole);
    // The feature's three commits, the side's three and the merge: stale (work after the handoff).
    expect(expected.range?.commitCount).toBe(7);
    expect(expected.stale).toBe(true);
    const result = await judge(shallow);
    expect(result.range?.commitCount).toBe(7);
    expect(result.stale).toBe(true);
    expect(result.verdicts.map((v) => [v.taskId, v.fresh])).toEqual(
      expected.verdicts.map((v) => [v.taskId, v.fresh]),
    );
  });

  it('deepens a pull request forked from the tip no further than its merge base needs, however its commits are dated', async () => {
    const origin = TempRepo.init();
    cleanup.push(origin.dir);
    const at = clock();
    origin.commit(
      'start',
      {
        [REGISTRY]: registryText({ a: { task: TASK } }),
        [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
      },
      at(),
    );
    commitMany(
      origin,
      Array.from({ length: 150 }, (_, i) => ({
        message: `main ${i}`,
        files: { [`main-${i % 7}.txt`]: `${i}\n` },
        ...at(),
      })),
    );
    origin.git('checkout', '-q', '-b', 'feature', 'main~3');
    origin.commit(`${TASK}: work`, { 'src/f.ts': '1\n' }, at());
    // Dated years back (a rebase that kept the dates, a clock behind): still the PR's own commit.
    origin.commit(`${TASK}: more work`, { 'src/g.ts': '1\n' }, { date: '2015-06-01T00:00:00Z' });
    origin.git('checkout', '-q', 'main');
    origin.commit('main moves on', { 'docs/x.md': 'x\n' }, at());
    const clone = ciClone(
      origin,
      ['+refs/heads/feature:refs/remotes/origin/feature', '+refs/heads/main:refs/remotes/origin/main'],
      1,
    );
    const result = await runCheck({ repoRoot: clone, base: 'origin/main', head: 'HEAD', now: new Date() });
    expect(result.range?.commitCount).toBe(2);
    expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect(Number(git(clone, 'rev-list', '--count', 'origin/main').trim())).toBeLessThan(100);
  });

  it("never takes a shallow clone's edge for an update of the handoffs: with no base it cannot judge (exit 2)", async () => {
    const { origin } = originWithStaleFeature();
    const clone = ciClone(origin, ['+refs/heads/feature:refs/remotes/origin/feature'], 1);
    const result = await runCli(['check'], { cwd: clone });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /this clone is shallow and \(root\)\.\.feature has no base to stop at .* give --base <the target branch> \(fetched\), or fetch the whole history \(git fetch --unshallow; GitLab CI: GIT_DEPTH: 0; actions\/checkout: fetch-depth: 0\) \[git\/range-unreadable\]/,
    );
    // A whole clone of the same commit: stale.
    git(clone, 'fetch', '-q', '--unshallow', 'origin');
    expect((await runCli(['check'], { cwd: clone })).code).toBe(1);
  });

  it("deepens a merge request's merge commit fetched two deep until its commits are whole (GitLab merged results)", async () => {
    const { origin, work } = originWithStaleFeature();
    origin.git('checkout', '-q', '-b', 'mr-merge', 'main');
    origin.git('merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
    origin.git('checkout', '-q', 'main');
    const clone = ciClone(
      origin,
      ['+refs/heads/mr-merge:refs/remotes/origin/mr-merge', '+refs/heads/main:refs/remotes/origin/main'],
      2,
    );
    // The merge base (main's tip) is fetched, but the feature's side of the merge is cut at its tip.
    const result = await runCheck({ repoRoot: clone, base: 'origin/main', head: 'HEAD', now: new Date() });
    expect(result.notes.join('\n')).toMatch(
      /Shallow clone: fetched \d+ more commit\(s\) of history to read the checked commits whole/,
    );
    expect(result.stale).toBe(true);
    expect(result.verdicts[0]?.problems[0]?.commits).toEqual(work.map((sha) => sha.slice(0, 7)));
  });

  it("deepens from the base branch's own remote, and says a failed fetch is why (exit 2, not an internal error)", async () => {
    const { origin, work } = originWithStaleFeature();
    const clone = ciClone(
      origin,
      ['+refs/heads/feature:refs/remotes/upstream/feature', '+refs/heads/main:refs/remotes/upstream/main'],
      1,
      'upstream',
    );
    const result = await runCheck({ repoRoot: clone, base: 'upstream/main', head: 'HEAD', now: new Date() });
    expect(result.verdicts[0]?.problems[0]?.commits).toEqual(work.map((sha) => sha.slice(0, 7)));

    const offline = ciClone(
      origin,
      ['+refs/heads/feature:refs/remotes/origin/feature', '+refs/heads/main:refs/remotes/origin/main'],
      1,
    );
    // The target branch not fetched, as GitLab clones a merge request: said how to fetch it.
    const unfetched = ciClone(origin, ['+refs/heads/feature:refs/remotes/origin/feature'], 2);
    const missing = await runCli(['check', '--base', 'origin/main'], { cwd: unfetched });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `handoff: unknown revision "origin/main": no such commit in this repository (this clone is shallow: fetch it first, e.g. git fetch --depth=50 origin '+refs/heads/main:refs/remotes/origin/main') [git/unknown-revision]\n`,
    );
    // A whole clone of the source branch alone (GIT_DEPTH: 0): the same fetch, with no depth.
    const whole = ciClone(origin, ['+refs/heads/feature:refs/remotes/origin/feature'], 1000);
    expect((await runCli(['check', '--base', 'origin/main'], { cwd: whole })).stderr).toBe(
      `handoff: unknown revision "origin/main": no such commit in this repository (not fetched? fetch it first, e.g. git fetch origin '+refs/heads/main:refs/remotes/origin/main') [git/unknown-revision]\n`,
    );
    git(offline, 'remote', 'set-url', 'origin', `file://${origin.dir}-gone`);
    const refused = await runCli(['check', '--base', 'origin/main', '--head', 'HEAD'], { cwd: offline });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /cannot find where origin\/main and [0-9a-f]{7} meet in this shallow clone, and fetching more history failed \(.*\); fetch the whole history .*\[git\/range-unreadable\]/,
    );
  });
  it("counts a detached HEAD's commits for the task its branch names, as CI checks a branch out", async () => {
    // Two active tasks: commits that name neither go to the one the branch's name names, if any.
    const origin = TempRepo.init();
    cleanup.push(origin.dir);
    const OTHER = 'TASK-2025-0200';
    origin.commit('start', {
      [REGISTRY]: registryText({ a: { task: TASK }, b: { task: OTHER } }),
      [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
      [handoffPathOf(OTHER)]: handoffDocument(OTHER, today()),
    });
    origin.git('checkout', '-q', '-b', `feature/${OTHER}-more`);
    origin.commit('More work', { 'src/a.ts': '1\n' });
    origin.commit('And more', { 'src/b.ts': '2\n' });
    origin.git('checkout', '-q', 'main');
    const clone = ciClone(
      origin,
      [
        `+refs/heads/feature/${OTHER}-more:refs/remotes/origin/feature/${OTHER}-more`,
        '+refs/heads/main:refs/remotes/origin/main',
      ],
      50,
    );
    const detached = await runCli(['check', '--base', 'origin/main', '--format', 'json'], { cwd: clone });
    expect(detached.code).toBe(1);
    const json = JSON.parse(detached.stdout);
    expect(json.notes).toContain(
      `HEAD is on no branch: read as feature/${OTHER}-more, the branch pointing at it (--branch names another).`,
    );
    expect(json.verdicts.find((v: { taskId: string }) => v.taskId === OTHER).problems[0].reason).toBe(
      'behind',
    );
    // Two branches at the commit name no one branch; --branch names it (a CI's own variable).
    git(clone, 'update-ref', 'refs/remotes/origin/backup', 'HEAD');
    expect((await runCli(['check', '--base', 'origin/main'], { cwd: clone })).code).toBe(0);
    const named = await runCli(['check', '--base', 'origin/main', '--branch', `feature/${OTHER}-more`], {
      cwd: clone,
    });
    expect(named.code).toBe(1);
    expect(named.stdout).toContain(`${OTHER}`);
    // A plain check in CI says to give --base; with it, nothing more.
    const plain = await runCli(['check'], { cwd: clone, env: { CI: 'true' } });
    expect(plain.stdout).toContain(
      'note: In CI, give --base <the target branch> (fetched): without it the check leaves out the commits any remote branch already has, as a push would, which in a CI clone may be all of them.',
    );
    expect(
      (await runCli(['check', '--base', 'origin/main'], { cwd: clone, env: { CI: 'true' } })).stdout,
    ).not.toContain('In CI, give --base');
  });
  it('takes no branch pointing at a detached HEAD for its base, one branch there or several', async () => {
    const repo = TempRepo.init();
    cleanup.push(repo.dir);
    repo.commit('start', {
      [REGISTRY]: registryText({ a: { task: TASK } }),
      [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
    });
    repo.commit(`${TASK}: work after the handoff`, { 'src/a.ts': '1\n' });
    repo.git('checkout', '-q', '--detach');
    const one = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
    expect(one.code).toBe(1);
    repo.git('branch', 'backup');
    const two = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(two.stdout).range.commitCount).toBe(JSON.parse(one.stdout).range.commitCount);
    expect(two.code).toBe(1);
  });

  it("runs the README's GitLab job as GitLab runs it: a shallow detached checkout of the merge request", () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```/gm)]
      .map((m) => m[1] as string)
      .find((text) => text.includes('.gitlab-ci.yml'));
    const job = (parse(block as string) as { handoff: { script: string[]; rules: { if: string }[] } })
      .handoff;
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    const { origin } = originWithStaleFeature();
    // GitLab's checkout: the source branch GIT_DEPTH (20) deep, HEAD detached, the target not fetched.
    const clone = ciClone(origin, ['+refs/heads/feature:refs/remotes/origin/feature'], 20);
    expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const env = {
      ...gitEnv(),
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature',
      NODE_EXTRA_CA_CERTS: '',
    };
    const results = job.script
      .filter((line) => line !== 'npm ci')
      .map((line) =>
        spawnSync(
          'bash',
          ['-c', line.replace(/^npx handoff /, `node ${join(PROJECT_ROOT, 'dist/handoff.cjs')} `)],
          {
            cwd: clone,
            env,
            encoding: 'utf8',
          },
        ),
      );
    expect(results.map((r) => r.status)).toEqual([0, 1]);
    expect(results[1]?.stdout).toMatch(/3 work commit\(s\) for TASK-2025-0078-C/);
  });
  it("keeps a detached HEAD's commits that another remote branch also has, reading its branch for the name only", async () => {
    const { origin, work } = originWithStaleFeature();
    // A later branch on top of the feature: it has every commit of the feature.
    origin.git('checkout', '-q', '-b', 'feature-later', 'feature');
    origin.commit('Later', { 'src/later.ts': '1\n' });
    origin.git('checkout', '-q', 'main');
    const clone = ciClone(origin, ['+refs/heads/*:refs/remotes/origin/*'], 1000);
    git(clone, 'checkout', '-q', '--detach', 'origin/feature');
    const result = await runCli(['check', '--format', 'json'], { cwd: clone });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.notes).toContain(
      'HEAD is on no branch: read as feature, the branch pointing at it (--branch names another).',
    );
    expect(json.verdicts[0].problems[0].commits).toEqual(work.map((sha) => sha.slice(0, 7)));
    // Two branches at HEAD: said, and none read.
    git(clone, 'update-ref', 'refs/remotes/origin/backup', 'HEAD');
    const two = JSON.parse((await runCli(['check', '--format', 'json'], { cwd: clone })).stdout);
    expect(two.notes).toContain(
      'HEAD is on no branch, and 2 branches point at it (backup, feature): no branch name is read for a task id; --branch names one.',
    );
  });
});
