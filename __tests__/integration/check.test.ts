import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentCache } from '../../src/adapters/document-cache.js';
import { contentId } from '../../src/adapters/workspace.js';
import { runCheck } from '../../src/app/check.js';
import { CACHE_STAMP, PACKAGE_VERSION } from '../../src/core/version.js';
import { scratchDir } from '../helpers/scratch.js';
import { gitEnv, runBin, runCli, TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  OTHER_TASK,
  REGISTRY,
  registryText,
  repoWithTask,
  TASK,
  today,
} from './check-fixtures.js';

const repos: TempRepo[] = [];
function track(repo: TempRepo): TempRepo {
  repos.push(repo);
  return repo;
}
afterAll(() => {
  for (const r of repos) r.remove();
});

describe('handoff check', () => {
  it('passes when every active task has a fresh, complete handoff (exit 0)', async () => {
    const repo = track(repoWithTask());
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit(`${TASK}: add tests`, {
      'src/a.ts': 'x\n',
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 40 }),
    });
    const result = await runCli(['check', '--base', base], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`1 active task(s), every handoff fresh (${base}..main, 1 commit(s))`);
  });

  it('fails with the draft command when work follows the last handoff update (exit 1)', async () => {
    const repo = track(repoWithTask());
    const base = repo.git('rev-parse', 'HEAD');
    const work = repo.commit(`${TASK}: add fixtures`, { 'src/a.ts': 'x\n' });
    const result = await runCli(['check', '--base', base, '--head', 'HEAD'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`behind: 1 work commit(s) for ${TASK}`);
    expect(result.stdout).toContain(work.slice(0, 7));
    expect(result.stdout).toContain(`fix: handoff draft --task ${TASK} --from ${base.slice(0, 12)}`);
  });

  it('a new session and the registry linking it, neither committed: the fix commits both, and the push passes', async () => {
    const repo = track(repoWithTask());
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit(`${TASK}: add fixtures`, { 'src/a.ts': 'x\n' });
    // What `handoff draft` leaves: session 2 written, the registry's details_link moved to it.
    const session2 = handoffPathOf(TASK, 2);
    writeFileSync(join(repo.dir, session2), handoffDocument(TASK, today(), { progress: 60 }));
    writeFileSync(join(repo.dir, REGISTRY), registryText({ 'agent-1': { task: TASK, link: session2 } }));
    const result = await runCli(['check', '--base', base, '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    const problem = JSON.parse(result.stdout).verdicts[0].problems[0];
    const both = `${session2} ${REGISTRY}`;
    expect(problem.fix).toBe(`git add -- ${both} && git commit -m '${TASK}: handoff' -- ${both}`);
    // The fix, run by a shell as printed.
    expect(spawnSync('sh', ['-c', problem.fix], { cwd: repo.dir, env: gitEnv() }).status).toBe(0);
    // Judged as a push is: at the committed tip, not in the working tree.
    const pushed = await runCli(['check', '--base', base, '--head', 'HEAD'], { cwd: repo.dir });
    expect(pushed.stdout).toContain('every handoff fresh');
    expect(pushed.code).toBe(0);
  });

  it('a handoff updated but not committed: the fix is to commit it (a draft would refuse to run over it)', async () => {
    const repo = track(repoWithTask());
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit(`${TASK}: add fixtures`, { 'src/a.ts': 'x\n' });
    const path = handoffPathOf(TASK);
    writeFileSync(join(repo.dir, path), handoffDocument(TASK, today(), { progress: 60 }));
    const result = await runCli(['check', '--base', base, '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.notes.join(' ')).toContain(`Judged the working tree, which differs from HEAD in ${path}`);
    const problem = parsed.verdicts[0].problems[0];
    expect(problem.reason).toBe('behind');
    expect(problem.fix).toBe(`git add -- ${path} && git commit -m '${TASK}: handoff' -- ${path}`);
    // The fix, run by a shell as printed, makes the task fresh.
    expect(spawnSync('sh', ['-c', problem.fix], { cwd: repo.dir, env: gitEnv() }).status).toBe(0);
    const after = await runCli(['check', '--base', base], { cwd: repo.dir });
    expect(after.stdout).toContain('every handoff fresh');
    expect(after.code).toBe(0);
  });

  it('run from a subfolder, the fixes go to the repository root first, and work from there', async () => {
    const repo = track(repoWithTask());
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit(`${TASK}: add fixtures`, { 'src/deep/a.ts': 'x\n' });
    const path = handoffPathOf(TASK);
    writeFileSync(join(repo.dir, path), handoffDocument(TASK, today(), { progress: 60 }));
    const here = join(repo.dir, 'src', 'deep');
    const result = await runCli(['check', '--base', base, '--format', 'json'], { cwd: here });
    const problem = JSON.parse(result.stdout).verdicts[0].problems[0];
    expect(problem.fix).toBe(`cd ../.. && git add -- ${path} && git commit -m '${TASK}: handoff' -- ${path}`);
    expect(spawnSync('sh', ['-c', problem.fix], { cwd: here, env: gitEnv() }).status).toBe(0);
    const after = await runCli(['check', '--base', base], { cwd: here });
    expect(after.stdout).toContain('every handoff fresh');
  });

  it('with -C, the fixes are for the folder the user is in, not the one -C names', async () => {
    const repo = track(repoWithTask());
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit(`${TASK}: add fixtures`, { 'src/deep/a.ts': 'x\n' });
    const path = handoffPathOf(TASK);
    writeFileSync(join(repo.dir, path), handoffDocument(TASK, today(), { progress: 60 }));
    // From the root, about a subfolder: no `cd ../..` out of the repository.
    const fromRoot = await runCli(['-C', 'src/deep', 'check', '--base', base, '--format', 'json'], {
      cwd: repo.dir,
    });
    const problem = JSON.parse(fromRoot.stdout).verdicts[0].problems[0];
    expect(problem.fix).toBe(`git add -- ${path} && git commit -m '${TASK}: handoff' -- ${path}`);
    // From a subfolder, about the root: back to the root first.
    const fromDeep = await runCli(['-C', '../..', 'check', '--base', base, '--format', 'json'], {
      cwd: join(repo.dir, 'src', 'deep'),
    });
    expect(JSON.parse(fromDeep.stdout).verdicts[0].problems[0].fix).toBe(`cd ../.. && ${problem.fix}`);
  });

  it('compares with the upstream by default and names the range', async () => {
    const remote = track(TempRepo.init({ bare: true }));
    const repo = track(repoWithTask());
    repo.git('remote', 'add', 'origin', remote.dir);
    repo.git('push', '-q', '-u', 'origin', 'main');
    repo.commit('plain work', { 'src/b.ts': 'y\n' });
    const result = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.range).toEqual({ description: 'origin/main..main', commitCount: 1 });
    expect(parsed.verdicts[0].problems[0].reason).toBe('behind');
  });

  it('with --head a branch, a commit naming no task is the task of the branch name, as when it is checked out', async () => {
    // Two active tasks: a commit naming neither is only the branch's task's work by the branch name.
    const repo = track(repoWithTask({ tasks: [TASK, OTHER_TASK], date: today() }));
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', `feature/${TASK}`);
    const work = repo.commit('plain work', { 'src/b.ts': 'y\n' });
    repo.git('checkout', '-q', 'main');
    for (const head of [`feature/${TASK}`, `refs/heads/feature/${TASK}`]) {
      const result = await runCli(['check', '--base', base, '--head', head, '--format', 'json'], {
        cwd: repo.dir,
      });
      expect(result.code).toBe(1);
      const verdict = JSON.parse(result.stdout).verdicts[0];
      expect(verdict.problems[0].reason).toBe('behind');
      expect(verdict.workCommits).toBe(1);
      expect(JSON.stringify(verdict)).toContain(work.slice(0, 7));
    }
    // A commit id names no branch: the commit is nobody's work, as before.
    const bySha = await runCli(['check', '--base', base, '--head', work], { cwd: repo.dir });
    expect(bySha.code).toBe(0);
    expect(bySha.stdout).toContain('name no active task');
  });

  it('checks a detached HEAD', async () => {
    const repo = track(repoWithTask());
    repo.git('checkout', '-q', '--detach');
    repo.commit(`${TASK}: detached work`, { 'src/c.ts': 'z\n' });
    const result = await runCli(['check', '--base', 'main'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('main..HEAD');
  });

  it('reports missing, incomplete, expired and invalid links together', async () => {
    const repo = track(TempRepo.init());
    const tasks = {
      a: { task: 'TASK-2025-0001' },
      b: { task: 'TASK-2025-0002' },
      c: { task: 'TASK-2025-0003' },
      d: { task: 'TASK-2025-0004', link: '../outside.md' },
      e: { task: 'TASK-2025-0005', link: null },
      done: { task: 'TASK-2025-0006', status: 'complete' },
    };
    repo.commit(
      'start',
      {
        [REGISTRY]: registryText(tasks),
        [handoffPathOf('TASK-2025-0002')]: handoffDocument('TASK-2025-0002', today(), {
          omit: ['Current Blockers'],
        }),
        [handoffPathOf('TASK-2025-0003')]: handoffDocument('TASK-2025-0003', '2025-01-01'),
      },
      { date: '2025-01-01T00:00:00Z' },
    );
    const result = await runCli(['check', '--format', 'json', '--base', 'HEAD'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    const reasons = Object.fromEntries(
      JSON.parse(result.stdout).verdicts.map((v: { taskId: string; problems: { reason: string }[] }) => [
        v.taskId,
        v.problems.map((p) => p.reason),
      ]),
    );
    expect(reasons).toEqual({
      'TASK-2025-0001': ['missing'],
      'TASK-2025-0002': ['incomplete'],
      'TASK-2025-0003': ['expired'],
      'TASK-2025-0004': ['invalid-link'],
      'TASK-2025-0005': ['missing'],
    });
  });

  it('treats a link through a symlink that leaves the repository as invalid', async () => {
    const repo = track(repoWithTask());
    const outside = scratchDir('handoff-outside-');
    mkdirSync(join(repo.dir, 'linked'), { recursive: true });
    symlinkSync(outside, join(repo.dir, 'linked', 'out'));
    repo.write(REGISTRY, registryText({ a: { task: TASK, link: 'linked/out/h.md' } }));
    const result = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    // Its fix says to undo the symlink first: a draft alone would be refused on that path too.
    expect(JSON.parse(result.stdout).verdicts[0].problems[0]).toMatchObject({
      reason: 'invalid-link',
      fix: `make linked/out/h.md a file inside the repository, not a symlink out of it (or git rm it), then handoff draft --task ${TASK}`,
    });
  });

  it('a pushed branch not checked out whose link leaves through a symlink: the fix switches to it first', async () => {
    const repo = track(repoWithTask());
    const base = repo.git('rev-parse', 'HEAD');
    const outside = scratchDir('handoff-outside-');
    repo.git('switch', '-q', '-c', 'side');
    mkdirSync(join(repo.dir, 'linked'), { recursive: true });
    symlinkSync(outside, join(repo.dir, 'linked', 'out'));
    const head = repo.commit(`${TASK}: link through a symlink`, {
      [REGISTRY]: registryText({ a: { task: TASK, link: 'linked/out/h.md' } }),
    });
    repo.git('switch', '-q', 'main');
    const result = await runCli(['check', '--hook', 'pre-push', '--format', 'json', 'origin', 'url'], {
      cwd: repo.dir,
      stdin: `refs/heads/side ${head} refs/heads/side ${base}\n`,
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr).verdicts[0].problems[0]).toMatchObject({
      reason: 'invalid-link',
      fix: `git switch side, then make linked/out/h.md a file inside the repository, not a symlink out of it (or git rm it), then handoff draft --task ${TASK}`,
    });
  });

  it("gives a link to a folder the task's invalid-link verdict, and still judges the other tasks", async () => {
    const repo = track(repoWithTask({ tasks: [TASK, OTHER_TASK], date: today() }));
    repo.write(
      REGISTRY,
      registryText({ a: { task: TASK, link: 'delegation/tasks/active' }, b: { task: OTHER_TASK } }),
    );
    const result = await runCli(['check', '--base', 'HEAD', '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    const verdicts = JSON.parse(result.stdout).verdicts;
    expect(verdicts[0].problems[0]).toMatchObject({ reason: 'invalid-link' });
    expect(verdicts[0].problems[0].detail).toContain('[file/not-a-file]');
    expect(verdicts[1]).toMatchObject({ taskId: OTHER_TASK, fresh: true });
  });

  it('keeps an old-dated handoff fresh when a recent commit updated it', async () => {
    const repo = track(repoWithTask({ date: '2025-01-01' }));
    const now = new Date();
    const result = await runCli(['check', '--base', 'HEAD'], { cwd: repo.dir, now });
    expect(result.code).toBe(0);
    const later = new Date(now.getTime() + 30 * 86_400_000);
    const expired = await runCli(['check', '--base', 'HEAD'], { cwd: repo.dir, now: later });
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain('expired: ');
  });

  it('keeps a handoff committed a month ago fresh under a maxAge of 100 years (a window from before 1970)', async () => {
    const repo = track(TempRepo.init());
    repo.commit(
      'Start tasks',
      {
        [REGISTRY]: registryText({ 'agent-1': { task: TASK } }),
        [handoffPathOf(TASK)]: handoffDocument(TASK, 'end of sprint 4'),
        '.handoffrc.json': '{ "freshness": { "maxAge": "36500d" } }\n',
      },
      { date: '2020-06-01T12:00:00Z' },
    );
    const monthLater = new Date('2020-07-01T12:00:00Z');
    const result = await runCli(['check', '--base', 'HEAD', '--format', 'json'], {
      cwd: repo.dir,
      now: monthLater,
    });
    // git read `--since=1920-…` as that day of the current year: the commit before it, the handoff expired.
    expect([result.code, JSON.parse(result.stdout).verdicts[0].problems]).toEqual([0, []]);
    const status = await runCli(['status', '--format', 'json'], { cwd: repo.dir, now: monthLater });
    expect(status.stdout).not.toContain('"expired"');
  });

  it('reads maxAge spelled out as draft --remaining takes a time ("2 days")', async () => {
    const repo = track(repoWithTask({ date: '2025-01-01' }));
    repo.commit('Configure', { '.handoffrc.json': '{ "freshness": { "maxAge": "2 days" } }\n' });
    const now = new Date();
    expect((await runCli(['check', '--base', 'HEAD'], { cwd: repo.dir, now })).code).toBe(0);
    const threeDays = new Date(now.getTime() + 3 * 86_400_000);
    const expired = await runCli(['check', '--base', 'HEAD'], { cwd: repo.dir, now: threeDays });
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain('expired: ');
  });

  it('prints GitHub workflow commands', async () => {
    const repo = track(repoWithTask());
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit(`${TASK}: work`, { 'src/a.ts': 'x\n' });
    const result = await runCli(['check', '--base', base, '--format', 'github'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `^::error file=${handoffPathOf(TASK).replaceAll('.', '\\.')},title=Handoff behind%3A ${TASK}::`,
      ),
    );
  });

  it('--format github annotates as the Action does: each missing element on its line, a missing handoff on the registry', async () => {
    const repo = track(repoWithTask({ tasks: [TASK, OTHER_TASK] }));
    const base = repo.git('rev-parse', 'HEAD');
    // Decisions Made left out, Current Blockers left empty; the other task's handoff never written.
    const incomplete = handoffDocument(TASK, today(), { omit: ['Decisions Made'] }).replace(
      /## Current Blockers\n\n[^\n]*\n/,
      '## Current Blockers\n\n',
    );
    repo.commit(`${TASK}: note the gaps`, {
      [handoffPathOf(TASK)]: incomplete,
      [REGISTRY]: registryText({ 'agent-1': { task: TASK }, 'agent-2': { task: OTHER_TASK, link: null } }),
    });
    const result = await runCli(['check', '--base', base, '--head', 'HEAD', '--format', 'github'], {
      cwd: repo.dir,
    });
    expect(result.code).toBe(1);
    const blockers = incomplete.split('\n').indexOf('## Current Blockers') + 1;
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
    const escaped = (path: string) => path.replaceAll(':', '%3A').replaceAll(',', '%2C');
    // The task with no handoff: on its entry in the registry, the line that names the agent.
    const entry = readFileSync(join(repo.dir, REGISTRY), 'utf8').split('\n').indexOf('  "agent-2": {') + 1;
    expect(entry).toBeGreaterThan(1);
    expect(errors.map((line) => line.slice(0, line.indexOf('::', 2)))).toEqual([
      // Decisions Made is absent: it belongs before the next section there, Current Blockers.
      `::error file=${escaped(handoffPathOf(TASK))},line=${blockers},title=Handoff incomplete%3A ${TASK}`,
      `::error file=${escaped(handoffPathOf(TASK))},line=${blockers},title=Handoff incomplete%3A ${TASK}`,
      `::error file=${escaped(REGISTRY)},line=${entry},title=Handoff missing%3A ${OTHER_TASK}`,
    ]);
    expect(errors[0]).toContain('::"Decisions Made" is missing (add it near this line). ');
    expect(errors[1]).toContain('::"Current Blockers" is empty or template text. ');
    expect(errors[2]).toContain(`Fix: handoff draft --task ${OTHER_TASK}`);
  });

  it("--format github annotates a package's task with no handoff on the package's registry, on its entry", async () => {
    const repo = track(TempRepo.init());
    const registry = `packages/a/${REGISTRY}`;
    repo.commit('Start', {
      '.handoffrc.json': '{ "workspaces": ["packages/a"] }\n',
      [registry]: registryText({
        'agent-1': { task: TASK, link: 'https://example.com/handoff.md' },
        'agent-2': { task: OTHER_TASK, link: null },
      }),
      'packages/a/README.md': 'a\n',
    });
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit(`${OTHER_TASK}: work`, { 'packages/a/src/x.ts': 'x\n' });
    const result = await runCli(['check', '--base', base, '--head', 'HEAD', '--format', 'github'], {
      cwd: repo.dir,
    });
    expect(result.code).toBe(1);
    const lines = readFileSync(join(repo.dir, registry), 'utf8').split('\n');
    const link = lines.findIndex((line) => line.includes('"details_link"')) + 1;
    const entry = lines.indexOf('  "agent-2": {') + 1;
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors.map((line) => line.slice(0, line.indexOf('::', 2)))).toEqual([
      // A link out of the repository: on the line of the link.
      `::error file=${registry},line=${link},title=Handoff invalid-link%3A ${TASK}`,
      // No link: on the line that names the agent.
      `::error file=${registry},line=${entry},title=Handoff missing%3A ${OTHER_TASK}`,
    ]);
    expect(errors[1]).toContain(`Fix: handoff -C packages/a draft --task ${OTHER_TASK}`);
  });

  it('--format github: a registry it cannot read is an annotation on its line, as the Action gives it (exit 2)', async () => {
    const repo = track(repoWithTask());
    repo.commit('break the registry', { [REGISTRY]: '{\n  "a": {\n    "status": "in_progress",,\n' });
    const result = await runCli(['check', '--head', 'HEAD', '--format', 'github'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[json/syntax]');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^::error file=${REGISTRY.replaceAll('.', '\\.')},line=3,title=Handoff Guard could not check this commit::${REGISTRY.replaceAll('.', '\\.')}:3:\\d+: .*\\[json/syntax\\]$`,
      ),
    );
  });

  it('passes an empty repository with a note', async () => {
    const repo = track(TempRepo.init());
    repo.write(REGISTRY, registryText({ a: { task: TASK } }));
    const result = await runCli(['check'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the repository has no commits yet: nothing to check.');
  });

  it('passes with a note when no task is active', async () => {
    const repo = track(TempRepo.init());
    repo.commit('start', { [REGISTRY]: registryText({ a: { task: TASK, status: 'idle' } }) });
    const result = await runCli(['check'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no active tasks in the registry');
  });

  it('a set-up project whose registry is gone (deleted, renamed, or its name misspelt in the config) is refused: exit 2, not "nothing to check"', async () => {
    const repo = track(repoWithTask());
    repo.commit('Configure', { '.handoffrc.json': '{ "freshness": { "maxAge": "30d" } }\n' });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('rm', '-q', REGISTRY);
    repo.git('commit', '-q', '-m', 'drop the task list');
    const refused = await runCli(['check', '--base', base, '--format', 'json'], { cwd: repo.dir });
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).error).toEqual(
      expect.objectContaining({ kind: 'input', file: REGISTRY, rule: 'registry/missing' }),
    );
    expect(refused.stderr).toContain(`${REGISTRY}: there is no registry in the working tree`);
    expect(refused.stderr).toContain('where .handoffrc.json sets this project up');
    // Through the pre-push hook: the push is refused.
    const head = repo.git('rev-parse', 'HEAD');
    const hook = runBin(['check', '--hook', 'pre-push', 'origin', 'url'], {
      cwd: repo.dir,
      stdin: `refs/heads/main ${head} refs/heads/main ${base}\n`,
    });
    expect(hook.code).toBe(2);
    expect(hook.stderr).toMatch(/there is no registry in commit [0-9a-f]{7} \(main\).*\[registry\/missing\]/);

    // Judged at a commit while the working tree has the registry, never committed: commit it.
    repo.write(REGISTRY, registryText({ 'agent-1': { task: TASK } }));
    const uncommitted = await runCli(['check', '--base', base, '--head', 'HEAD'], { cwd: repo.dir });
    expect(uncommitted.code).toBe(2);
    expect(uncommitted.stderr).toContain('the working tree has one that is not committed; commit it');

    // A misspelt name in the config: the same.
    repo.commit('restore, but misspell', {
      [REGISTRY]: registryText({ 'agent-1': { task: TASK } }),
      '.handoffrc.json': '{ "registry": ".agent-context/agent-handoff.json" }\n',
    });
    const misspelt = await runCli(['check', '--base', base], { cwd: repo.dir });
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('.agent-context/agent-handoff.json: there is no registry');
  });

  it('a monorepo whose config names packages but no registry is anywhere is refused too; one package with a registry is enough', async () => {
    const repo = track(TempRepo.init());
    repo.commit('set up', {
      '.handoffrc.json': '{ "workspaces": ["packages/*"] }\n',
      'packages/a/src/a.ts': 'x\n',
    });
    const refused = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).error).toMatchObject({ rule: 'registry/missing' });
    expect(refused.stderr).toContain('nor in any of the 1 package folder(s) "workspaces" names');
    // A misspelt folder pattern names no package at all.
    repo.write('.handoffrc.json', '{ "workspaces": ["pkgs/*"] }\n');
    const misspelt = await runCli(['check'], { cwd: repo.dir });
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('"workspaces" names no package folder there');
    // With a package's registry, the root needs none.
    repo.write('.handoffrc.json', '{ "workspaces": ["packages/*"] }\n');
    repo.write(`packages/a/${REGISTRY}`, registryText({ a: { task: TASK, status: 'idle' } }));
    expect((await runCli(['check'], { cwd: repo.dir })).code).toBe(0);
  });

  it("a config file inside a package (the Action's config input in its working-directory) says its paths are the root's", async () => {
    const repo = track(TempRepo.init());
    repo.commit('package', { 'packages/a/.handoffrc.json': '{}\n', [`packages/a/${REGISTRY}`]: '{}\n' });
    await expect(
      runCheck({
        repoRoot: repo.dir,
        head: 'HEAD',
        now: new Date(),
        configFile: 'packages/a/.handoffrc.json',
      }),
    ).rejects.toThrow(/paths in packages\/a\/\.handoffrc\.json are read from the repository root/);
  });

  it('a repository not set up (no config, no registry) passes, saying there is no registry', async () => {
    const repo = track(TempRepo.init());
    repo.commit('start', { 'README.md': 'x\n' });
    const result = await runCli(['check'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`no registry at ${REGISTRY} in the working tree: nothing to check.`);
  });

  it('several handoffs that cannot be read: exit 2 with the first, saying how many more', async () => {
    const tasks = [TASK, OTHER_TASK, 'TASK-2025-0090'];
    const repo = track(repoWithTask({ tasks }));
    const base = repo.git('rev-parse', 'HEAD');
    // Saved as Latin-1 (é is the lone byte 0xE9): not UTF-8.
    const latin1 = Buffer.from('# Handoff\n\nCaf\xe9\n', 'latin1');
    repo.commit('break two', {
      [handoffPathOf(OTHER_TASK)]: latin1,
      [handoffPathOf('TASK-2025-0090')]: latin1,
    });
    const result = await runCli(['check', '--base', base, '--head', 'HEAD', '--format', 'json'], {
      cwd: repo.dir,
    });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error).toMatchObject({
      file: handoffPathOf(OTHER_TASK),
      line: 3,
      rule: 'encoding/utf-8',
      message: expect.stringMatching(
        /\(and 1 more linked handoff\(s\) cannot be read: `handoff validate` lists each\)$/,
      ),
    });
  });

  it('is skipped with HANDOFF_SKIP=1', async () => {
    const repo = track(repoWithTask());
    repo.commit(`${TASK}: work`, { 'src/a.ts': 'x\n' });
    const result = await runCli(['check', '--base', 'HEAD~1'], { cwd: repo.dir, env: { HANDOFF_SKIP: '1' } });
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'handoff check: skipped (HANDOFF_SKIP is set).\n',
    });
  });

  describe('bad input (exit 2, one line naming the place and the rule)', () => {
    it('an unknown --base', async () => {
      const repo = track(repoWithTask());
      const result = await runCli(['check', '--base', 'no-such-rev'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'handoff: unknown revision "no-such-rev": no such commit in this repository [git/unknown-revision]\n',
      );
    });

    it('a malformed registry', async () => {
      const repo = track(repoWithTask());
      repo.write(REGISTRY, '{ "a": { "status": "in_progress", }\n');
      const result = await runCli(['check'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^handoff: \.agent-context\/agent-handoffs\.json:1:\d+: .*\[json\/[a-z-]+\]\n$/,
      );
    });

    it('a handoff that is not UTF-8', async () => {
      const repo = track(repoWithTask());
      repo.write(handoffPathOf(TASK), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
      const result = await runCli(['check'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${handoffPathOf(TASK)}:1:3: not valid UTF-8`);
    });

    it('a folder outside any repository', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'handoff-norepo-'));
      const result = await runCli(['check'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/not inside a git repository/);
    });

    it('a malformed pre-push line', async () => {
      const repo = track(repoWithTask());
      const result = await runCli(['check', '--hook', 'pre-push', 'origin', 'url'], {
        cwd: repo.dir,
        stdin: 'garbage\n',
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('<pre-push stdin>:1:1: expected');
      expect(result.stderr).toContain('git push --no-verify');
    });

    it('--hook combined with --base', async () => {
      const repo = track(repoWithTask());
      const result = await runCli(['check', '--hook', 'pre-push', '--base', 'HEAD'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('[usage/hook]');
    });

    it('git missing from PATH', () => {
      const repo = track(repoWithTask());
      const result = runBin(['check'], { cwd: repo.dir, env: { PATH: join(repo.dir, 'empty-bin') } });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('handoff: git is not installed or not on PATH [git/missing]\n');
    });
  });
});

describe('document cache', () => {
  it('parses each text once and serves the same text from .git/handoff-guard/cache.json', async () => {
    const repo = track(repoWithTask({ tasks: [TASK, OTHER_TASK] }));
    const text = handoffDocument(TASK, today());
    const other = handoffDocument(OTHER_TASK, today());

    const cold = await DocumentCache.open(repo.dir);
    const summary = await cold.summarize(contentId(text), text);
    expect(summary.missingElements).toEqual([]);
    expect(summary.facts.date).toBe(today());
    await cold.summarize(contentId(other), other);
    expect(cold.parsedCount).toBe(2);
    await cold.save();

    const warm = await DocumentCache.open(repo.dir);
    expect(await warm.summarize(contentId(text), text)).toEqual(summary);
    expect(warm.parsedCount).toBe(0);

    // A changed text has another id: it is parsed again, whatever its size or mtime.
    const changedText = handoffDocument(TASK, today(), { omit: ['Next Steps'] });
    const changed = await DocumentCache.open(repo.dir);
    // Where the annotation goes is kept with it: an absent section at the next one's heading.
    const nextAt = changedText.split('\n').indexOf('## Time and Progress') + 1;
    expect((await changed.summarize(contentId(changedText), changedText)).missingElements).toEqual([
      { element: 'nextSteps', line: nextAt, absent: true },
    ]);
    expect(changed.parsedCount).toBe(1);
  });

  it('keeps a whole cache when two caches of one process save at once (prime checks while it reads the status)', async () => {
    const repo = track(repoWithTask());
    const short = handoffDocument(TASK, today());
    // Many more entries in one than in the other: a shorter file written over a longer one's
    // temporary file would leave the longer one's tail behind it.
    const long = Array.from({ length: 40 }, (_, i) => `${handoffDocument(OTHER_TASK, today())}\nNote ${i}\n`);
    for (let round = 0; round < 5; round++) {
      const first = await DocumentCache.open(repo.dir);
      const second = await DocumentCache.open(repo.dir);
      await first.summarize(contentId(short), short);
      for (const text of long) await second.summarize(contentId(text), text);
      await Promise.all([first.save(), second.save(), first.save()]);
      const written = JSON.parse(readFileSync(join(repo.dir, '.git', 'handoff-guard', 'cache.json'), 'utf8'));
      expect([1, long.length]).toContain(Object.keys(written.entries).length);
    }
    expect(
      readdirSync(join(repo.dir, '.git', 'handoff-guard')).filter((name) => name.endsWith('.tmp')),
    ).toEqual([]);
  });

  it.each([
    ['another version of the package', '1'],
    // The key a build of this version wrote before builds were told apart: its rules may differ.
    ['another build of the same version', `6/${PACKAGE_VERSION}`],
  ])('ignores a cache written by %s', async (_name, version) => {
    const repo = track(repoWithTask());
    const text = handoffDocument(TASK, today());
    const dir = join(repo.dir, '.git', 'handoff-guard');
    mkdirSync(dir, { recursive: true });
    // A summary that would make the check pass an empty document, under another key.
    writeFileSync(
      join(dir, 'cache.json'),
      JSON.stringify({
        version,
        entries: { [contentId(text)]: { missingElements: ['decisions'], facts: {} } },
      }),
    );
    const cache = await DocumentCache.open(repo.dir);
    expect((await cache.summarize(contentId(text), text)).missingElements).toEqual([]);
    expect(cache.parsedCount).toBe(1);
    await cache.save();
    expect(JSON.parse(readFileSync(join(dir, 'cache.json'), 'utf8')).version).toBe(`6/${CACHE_STAMP}`);
  });

  it('is used by runCheck: a warm check parses nothing', async () => {
    const repo = track(repoWithTask());
    const options = { repoRoot: repo.dir, base: 'HEAD', now: new Date() };
    expect((await runCheck(options)).stale).toBe(false);
    const text = readFileSync(join(repo.dir, handoffPathOf(TASK)), 'utf8');
    const probe = await DocumentCache.open(repo.dir);
    await probe.summarize(contentId(text), text);
    expect(probe.parsedCount).toBe(0);
  });
});
