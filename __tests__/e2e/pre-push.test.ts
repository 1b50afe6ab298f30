/**
 * Real `git push`es to a local bare remote through the hook `handoff init` installs, running the
 * built CLI (`npm test` builds dist/ first) through a `node_modules/.bin/handoff` shim in the repo.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sharedStdinHookBlock } from '../../src/core/templates/hook.js';
import {
  gitEnv,
  HANDOFF_BIN,
  installCli,
  PROJECT_ROOT,
  runBin,
  runCli,
  TempRepo,
} from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  OTHER_TASK,
  REGISTRY,
  registryText,
  TASK,
  today,
} from '../integration/check-fixtures.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

interface PushResult {
  code: number;
  output: string;
}

function push(repo: TempRepo, args: string[], env: NodeJS.ProcessEnv = {}): PushResult {
  const result = spawnSync('git', ['push', ...args], { cwd: repo.dir, env: gitEnv(env), encoding: 'utf8' });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/**
 * A repository with one active task and a complete handoff, pushed to a bare `origin` before the
 * hook exists, then `handoff init` (plain hook, or husky when asked).
 */
async function setup(
  options: { husky?: boolean; tasks?: boolean } = {},
): Promise<{ repo: TempRepo; remote: TempRepo }> {
  const remote = TempRepo.init({ bare: true });
  const repo = TempRepo.init();
  repos.push(remote, repo);
  installCli(repo);
  const registry = options.tasks === false ? '{}\n' : registryText({ 'powertest-runner': { task: TASK } });
  const files: Record<string, string> = {
    '.gitignore': 'node_modules/\n',
    [REGISTRY]: registry,
    'README.md': '# p\n',
  };
  if (options.tasks !== false) files[handoffPathOf(TASK)] = handoffDocument(TASK, today());
  repo.commit('Start', files);
  repo.git('remote', 'add', 'origin', remote.dir);
  repo.git('push', '-q', '-u', 'origin', 'main');
  if (options.husky) {
    const husky = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/husky/bin.js')], {
      cwd: repo.dir,
      env: gitEnv(),
      encoding: 'utf8',
    });
    expect(husky.status).toBe(0);
  }
  const init = await runCli(['init', '--no-hook'], { cwd: repo.dir });
  expect(init.code).toBe(0);
  const hook = await runCli(['init'], { cwd: repo.dir });
  expect(hook.stdout).toContain(options.husky ? '.husky/pre-push' : 'installed .git/hooks/pre-push');
  repo.commit('Add handoff-guard config', {});
  repo.git('push', '-q', '--no-verify', 'origin', 'main');
  return { repo, remote };
}

function updateHandoff(repo: TempRepo, progress: number): string {
  return repo.commit(`${TASK}: handoff`, {
    [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress }),
  });
}

function remoteHas(remote: TempRepo, ref: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--verify', '-q', ref], {
    cwd: remote.dir,
    encoding: 'utf8',
  });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

describe('pre-push hook, end to end', () => {
  it('refuses a work commit without a handoff update, saying what to run; accepts it after the update', async () => {
    const { repo, remote } = await setup();
    const work = repo.commit(`${TASK}: add fixtures`, { 'src/fixtures.ts': 'export {}\n' });
    const refused = push(repo, ['origin', 'main']);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`behind: 1 work commit(s) for ${TASK}`);
    expect(refused.output).toContain(work.slice(0, 7));
    expect(refused.output).toContain(`fix: handoff draft --task ${TASK} --from `);
    expect(refused.output).toContain('HANDOFF_SKIP=1 git push');
    expect(remoteHas(remote, 'main')).not.toBe(work);

    const update = updateHandoff(repo, 45);
    const accepted = push(repo, ['origin', 'main']);
    expect(accepted.output).toContain('every handoff fresh');
    expect(accepted.code).toBe(0);
    expect(remoteHas(remote, 'main')).toBe(update);
  });

  it('under a draft fix, names the answers as flags: run with no terminal and those flags filled in, the fix writes a complete handoff and the push passes', async () => {
    const { repo, remote } = await setup();
    repo.commit(`${TASK}: add fixtures`, { 'src/fixtures.ts': 'export {}\n' });
    const refused = push(repo, ['origin', 'main']);
    expect(refused.code).not.toBe(0);
    const fix = /fix: handoff (draft .*)/.exec(refused.output)?.[1] ?? '';
    const flags =
      /without a terminal \(an agent\), add the answers as flags: (.*)/.exec(refused.output)?.[1] ?? '';
    // The slots every command gives an agent (docs/agents.md, "Slots").
    expect(flags).toBe(
      '--note "<state in one line>" --decision "<decision: reason>" --blocker "<blocker, or None>" --next "<next step>" --progress "<0-100>" --remaining "<time left, e.g. 3h>"',
    );
    const answers = flags
      .replace('"<state in one line>"', "'fixtures added'")
      .replace('"<decision: reason>"', "'plain fixtures: no factory needed'")
      .replace('"<blocker, or None>"', 'None')
      .replace('"<next step>"', "'use the fixtures'")
      .replace('"<0-100>"', '60')
      .replace('"<time left, e.g. 3h>"', '2h');
    // No terminal: stdin is not one, as for an agent.
    const ran = spawnSync('sh', ['-c', `./node_modules/.bin/handoff ${fix} ${answers}`], {
      cwd: repo.dir,
      env: gitEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(ran.status).toBe(0);
    expect(`${ran.stdout}${ran.stderr}`).not.toContain('(to fill in)');
    // Every answer the draft asks for was among the flags: nothing left to fill in.
    expect(ran.stderr).not.toContain('left to fill in');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    const accepted = push(repo, ['origin', 'main']);
    expect(accepted.output).toContain('every handoff fresh');
    expect(accepted.code).toBe(0);
    expect(remoteHas(remote, 'main')).toBe(repo.git('rev-parse', 'HEAD'));
  });

  it('a handoff updated but not committed: the fix commits it (a draft would refuse), and the push then passes', async () => {
    const { repo, remote } = await setup();
    repo.commit(`${TASK}: add fixtures`, { 'src/fixtures.ts': 'export {}\n' });
    repo.write(handoffPathOf(TASK), handoffDocument(TASK, today(), { progress: 55 }));
    const refused = push(repo, ['origin', 'main']);
    expect(refused.code).not.toBe(0);
    const fix = /fix: (.*)/.exec(refused.output)?.[1] ?? '';
    expect(fix).toMatch(/^git add -- .* && git commit -m .*/);
    const ran = spawnSync('sh', ['-c', fix], { cwd: repo.dir, env: gitEnv(), encoding: 'utf8' });
    expect(ran.status).toBe(0);
    const accepted = push(repo, ['origin', 'main']);
    expect(accepted.code).toBe(0);
    expect(remoteHas(remote, 'main')).toBe(repo.git('rev-parse', 'HEAD'));
  });

  it('a draft not committed (a new session, the registry linking it): the fix commits both, as for `check`', async () => {
    const { repo, remote } = await setup();
    repo.commit(`${TASK}: add fixtures`, { 'src/fixtures.ts': 'export {}\n' });
    // What `handoff draft` leaves: session 2 written, the working tree's registry linking it. The
    // pushed registry still links session 1, which names neither file.
    const session2 = handoffPathOf(TASK, 2);
    repo.write(session2, handoffDocument(TASK, today(), { progress: 60 }));
    repo.write(REGISTRY, registryText({ 'powertest-runner': { task: TASK, link: session2 } }));
    const refused = push(repo, ['origin', 'main']);
    expect(refused.code).not.toBe(0);
    const fix = /fix: (.*)/.exec(refused.output)?.[1] ?? '';
    expect(fix).toBe(
      `git add -- ${session2} ${REGISTRY} && git commit -m '${TASK}: handoff' -- ${session2} ${REGISTRY}`,
    );
    expect(spawnSync('sh', ['-c', fix], { cwd: repo.dir, env: gitEnv() }).status).toBe(0);
    expect(push(repo, ['origin', 'main']).code).toBe(0);
    expect(remoteHas(remote, 'main')).toBe(repo.git('rev-parse', 'HEAD'));
  });

  it('a new task whose first handoff is drafted but not committed: the fix commits it, not "draft"', async () => {
    const { repo } = await setup();
    // `start` committed the task without a link; the draft then linked session 1 in the working tree.
    repo.commit(`${OTHER_TASK}: start`, {
      [REGISTRY]: registryText({ 'powertest-runner': { task: OTHER_TASK, link: null } }),
    });
    repo.commit(`${OTHER_TASK}: work`, { 'src/b.ts': '1\n' });
    const first = handoffPathOf(OTHER_TASK);
    repo.write(first, handoffDocument(OTHER_TASK, today(), { progress: 10 }));
    repo.write(REGISTRY, registryText({ 'powertest-runner': { task: OTHER_TASK, link: first } }));
    const refused = push(repo, ['origin', 'main']);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('missing:');
    const fix = /fix: (.*)/.exec(refused.output)?.[1] ?? '';
    expect(fix).toBe(
      `git add -- ${first} ${REGISTRY} && git commit -m '${OTHER_TASK}: handoff' -- ${first} ${REGISTRY}`,
    );
    expect(spawnSync('sh', ['-c', fix], { cwd: repo.dir, env: gitEnv() }).status).toBe(0);
    expect(push(repo, ['origin', 'main']).code).toBe(0);
  });

  it('checks a new branch over the commits no remote has', async () => {
    const { repo, remote } = await setup();
    updateHandoff(repo, 35);
    push(repo, ['origin', 'main']);
    repo.git('checkout', '-q', '-b', `feature/${TASK}-tests`);
    repo.commit('more tests', { 'src/more.ts': '1\n' });
    const refused = push(repo, ['-u', 'origin', `feature/${TASK}-tests`]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`new branch feature/${TASK}-tests`);
    expect(refused.output).toContain('behind: 1 work commit(s)');
    const update = updateHandoff(repo, 50);
    expect(push(repo, ['-u', 'origin', `feature/${TASK}-tests`]).code).toBe(0);
    expect(remoteHas(remote, `feature/${TASK}-tests`)).toBe(update);
  });

  it('a push to a URL is judged by what the remotes at that URL have, not by another remote', async () => {
    const { repo, remote } = await setup();
    // A second repository, `upstream`, has main as origin had it; then a stale commit goes to
    // origin alone (its hook bypassed), so origin/main has it and upstream/main does not.
    const upstream = TempRepo.init({ bare: true });
    repos.push(upstream);
    push(repo, ['--no-verify', upstream.dir, 'main']);
    repo.git('remote', 'add', 'upstream', upstream.dir);
    repo.git('fetch', '-q', 'upstream');
    const stale = repo.commit(`${TASK}: more fixtures`, { 'src/more.ts': '1\n' });
    push(repo, ['-q', '--no-verify', 'origin', 'main']);
    expect(remoteHas(remote, 'main')).toBe(stale);
    // By its name and by its URL, upstream is judged alike: it has never had the commit.
    for (const target of ['upstream', upstream.dir, `file://${upstream.dir}`]) {
      const refused = push(repo, [target, 'main']);
      expect(refused.code).not.toBe(0);
      expect(refused.output).toContain(`behind: 1 work commit(s) for ${TASK}`);
    }
    expect(remoteHas(upstream, 'main')).not.toBe(stale);
    // A URL no remote is configured at: every remote's refs count, and origin has the commit.
    const elsewhere = TempRepo.init({ bare: true });
    repos.push(elsewhere);
    push(repo, ['--no-verify', elsewhere.dir, `${stale}~1:refs/heads/main`]);
    expect(push(repo, [elsewhere.dir, 'main']).code).toBe(0);
  });

  it('checks every ref of a push with several refs', async () => {
    const { repo } = await setup();
    repo.git('branch', 'other');
    updateHandoff(repo, 40);
    repo.git('checkout', '-q', 'other');
    const stale = repo.commit(`${TASK}: side work`, { 'src/side.ts': '1\n' });
    repo.git('checkout', '-q', 'main');
    const result = push(repo, ['origin', 'main', 'other']);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(stale.slice(0, 7));
    expect(result.output).toContain('new branch other');
  });

  it('with no handoff program to run (node_modules gone, none on PATH or for npx), says how to install it (or, removed on purpose, what to delete) and refuses the push, in both forms of the hook', async () => {
    const { repo, remote } = await setup();
    rmSync(join(repo.dir, 'node_modules'), { recursive: true, force: true });
    const work = repo.commit(`${TASK}: add fixtures`, { 'src/fixtures.ts': 'export {}\n' });
    // git, node and npx, and no npm settings an `npm test` run leaves in the environment (they can
    // point npx at this package's own bin).
    const git = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const env: NodeJS.ProcessEnv = {
      PATH: [dirname(process.execPath), dirname(git), '/usr/bin', '/bin'].join(':'),
    };
    for (const key of Object.keys(process.env)) if (/^npm_/i.test(key)) env[key] = undefined;
    const hookFile = join(repo.dir, '.git/hooks/pre-push');
    const forms = {
      plain: readFileSync(hookFile, 'utf8'),
      'shared stdin': `#!/bin/sh\n${sharedStdinHookBlock()}echo "their hook ran"\n`,
    };
    for (const [form, hook] of Object.entries(forms)) {
      writeFileSync(hookFile, hook);
      const refused = push(repo, ['origin', 'main'], env);
      expect({ form, code: refused.code }).toEqual({ form, code: 1 });
      expect(refused.output).toContain('handoff-guard is not installed here');
      expect(refused.output).toContain('run npm ci');
      expect(refused.output).toContain('HANDOFF_SKIP=1 git push');
      // Someone who removed handoff-guard on purpose learns what to delete, and from which file.
      expect(refused.output).toContain(
        "if handoff-guard was removed on purpose, delete the handoff-guard block (its '# >>>' line to its '# <<<' line) from .git/hooks/pre-push",
      );
      expect(refused.output).not.toContain('could not determine executable');
      expect(refused.output).not.toContain('their hook ran');
      expect(remoteHas(remote, 'main')).not.toBe(work);
    }
    const skipped = push(repo, ['origin', 'main'], { ...env, HANDOFF_SKIP: '1' });
    expect(skipped.code).toBe(0);
    expect(skipped.output).toContain('their hook ran');
    expect(remoteHas(remote, 'main')).toBe(work);
  });

  it('lets a branch deletion and a tag through', async () => {
    const { repo, remote } = await setup();
    repo.git('push', '-q', '--no-verify', 'origin', 'main:refs/heads/old');
    const unpushed = repo.commit(`${TASK}: unpushed work`, { 'src/x.ts': '1\n' });
    const deletion = push(repo, ['origin', '--delete', 'old']);
    expect(deletion.code).toBe(0);
    expect(remoteHas(remote, 'refs/heads/old')).toBeUndefined();
    repo.git('tag', 'v1');
    const tag = push(repo, ['origin', 'v1']);
    expect(tag.code).toBe(0);
    expect(remoteHas(remote, 'refs/tags/v1')).toBeDefined();
    // The same tag pushed to a branch moves the branch: judged as any push to it.
    const toBranch = push(repo, ['origin', 'v1:refs/heads/main']);
    expect(toBranch.code).not.toBe(0);
    expect(toBranch.output).toContain(unpushed.slice(0, 7));
  });

  it('says when the working tree has active tasks the pushed registry does not', async () => {
    const { repo } = await setup({ tasks: false });
    expect((await runCli(['start', '--task', TASK, '--agent', 'bot'], { cwd: repo.dir })).code).toBe(0);
    repo.write('src/x.ts', 'export {};\n');
    repo.git('add', 'src/x.ts');
    repo.git('commit', '-q', '-m', 'work');
    const pushed = push(repo, ['origin', 'main']);
    expect(pushed.code).toBe(0);
    expect(pushed.output).toContain(
      `The working tree's ${REGISTRY} has active task(s) the pushed commits do not: ${TASK}. Commit it`,
    );
    // A branch not checked out: the working tree says nothing of it.
    repo.git('branch', 'older', 'HEAD~1');
    const other = push(repo, ['origin', 'older']);
    expect(other.code).toBe(0);
    expect(other.output).not.toContain("The working tree's");
  });

  it('counts work added inside a merge commit, and lets a clean merge through', async () => {
    const { repo } = await setup();
    repo.git('switch', '-q', '-c', 'side');
    repo.commit('side notes', { 'docs/side.md': 'side\n' });
    repo.git('push', '-q', '--no-verify', 'origin', 'side');
    repo.git('switch', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge side', 'side');
    expect(push(repo, ['origin', 'main']).code).toBe(0);
    // Work slipped into a merge: git lists no file for a merge unless asked for its own changes.
    repo.git('switch', '-q', 'side');
    repo.commit('more side notes', { 'docs/side.md': 'side\nmore\n' });
    repo.git('push', '-q', '--no-verify', 'origin', 'side');
    repo.git('switch', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'side');
    repo.write('src/feature.ts', 'export const feature = 1;\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'Merge side again');
    const merge = repo.git('rev-parse', 'HEAD');
    const blocked = push(repo, ['origin', 'main']);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain(merge.slice(0, 7));
  });

  it('a force push over a tip this clone never fetched judges the commits no remote has', async () => {
    const { repo, remote } = await setup();
    // Another clone moves main on; this one never fetches it.
    const other = TempRepo.init();
    repos.push(other);
    other.git('remote', 'add', 'origin', remote.dir);
    other.git('fetch', '-q', 'origin');
    other.git('reset', '-q', '--hard', 'origin/main');
    other.commit(`${TASK}: handoff`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 44 }),
    });
    other.git('push', '-q', '--no-verify', 'origin', 'main');
    const work = repo.commit(`${TASK}: work`, { 'src/f.ts': '1\n' });
    const refused = push(repo, ['--force', 'origin', 'main']);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(work.slice(0, 7));
    expect(refused.output).not.toContain('unknown revision');
  });

  it("an update that merges main in is not charged with main's commits, which main's own push judged", async () => {
    const { repo } = await setup();
    const branch = `${TASK}-api`;
    repo.git('switch', '-q', '-c', branch);
    repo.commit(`${TASK}: api`, {
      'src/api.ts': '1\n',
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 50 }),
    });
    expect(push(repo, ['-u', 'origin', branch]).code).toBe(0);
    repo.git('switch', '-q', 'main');
    repo.commit('fix CI config', { 'ci.yml': 'x\n' });
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('switch', '-q', branch);
    repo.git('merge', '-q', '--no-edit', 'main');
    const pushed = push(repo, ['origin', branch]);
    expect(pushed.output).toContain('every handoff fresh');
    expect(pushed.code).toBe(0);
  });

  it('checks a force push over the commits no remote has', async () => {
    const { repo, remote } = await setup();
    const pushed = updateHandoff(repo, 40);
    expect(push(repo, ['origin', 'main']).code).toBe(0);
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    const rewritten = repo.commit(`${TASK}: rewritten work`, { 'src/r.ts': '1\n' });
    const refused = push(repo, ['--force', 'origin', 'main']);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(rewritten.slice(0, 7));
    // The fix drafts from where the new history leaves the old, not from the tip it threw away.
    const from = /--from ([0-9a-f]+)/.exec(refused.output)?.[1] ?? '';
    expect(repo.git('rev-parse', 'HEAD~1').startsWith(from)).toBe(true);
    expect(pushed.startsWith(from)).toBe(false);
    expect(remoteHas(remote, 'main')).toBe(pushed);
    updateHandoff(repo, 41);
    expect(push(repo, ['--force', 'origin', 'main']).code).toBe(0);
  });

  it('passes a push when no task is active', async () => {
    const { repo } = await setup({ tasks: false });
    repo.commit('work without tasks', { 'src/a.ts': '1\n' });
    const result = push(repo, ['origin', 'main']);
    expect(result.code).toBe(0);
    expect(result.output).toContain('no active tasks in the registry');
  });

  it('checks a push from a detached HEAD', async () => {
    const { repo, remote } = await setup();
    repo.git('checkout', '-q', '--detach');
    const work = repo.commit(`${TASK}: detached`, { 'src/d.ts': '1\n' });
    const refused = push(repo, ['origin', 'HEAD:refs/heads/x']);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(work.slice(0, 7));
    const update = updateHandoff(repo, 42);
    expect(push(repo, ['origin', 'HEAD:refs/heads/x']).code).toBe(0);
    expect(remoteHas(remote, 'x')).toBe(update);
  });

  it('is bypassed by --no-verify and by HANDOFF_SKIP=1', async () => {
    const { repo, remote } = await setup();
    const first = repo.commit(`${TASK}: work`, { 'src/a.ts': '1\n' });
    expect(push(repo, ['--no-verify', 'origin', 'main']).code).toBe(0);
    expect(remoteHas(remote, 'main')).toBe(first);
    const second = repo.commit(`${TASK}: more work`, { 'src/b.ts': '1\n' });
    const skipped = push(repo, ['origin', 'main'], { HANDOFF_SKIP: '1' });
    expect(skipped.code).toBe(0);
    expect(skipped.output).toContain('handoff check: skipped (HANDOFF_SKIP is set).');
    expect(remoteHas(remote, 'main')).toBe(second);
  });

  it('runs under husky, and HUSKY=0 skips it', async () => {
    const { repo, remote } = await setup({ husky: true });
    const work = repo.commit(`${TASK}: work`, { 'src/a.ts': '1\n' });
    const refused = push(repo, ['origin', 'main']);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`behind: 1 work commit(s) for ${TASK}`);
    expect(push(repo, ['origin', 'main'], { HUSKY: '0' }).code).toBe(0);
    expect(remoteHas(remote, 'main')).toBe(work);
  });

  it('fails open with a loud warning on an internal error, closed when config says block', async () => {
    const { repo, remote } = await setup();
    const work = repo.commit(`${TASK}: work`, { 'src/a.ts': '1\n' });
    // A broken setting only `git log` reads: the check's git fails, the push itself does not.
    repo.git('config', 'log.date', 'bogus');
    const allowed = push(repo, ['origin', 'main']);
    expect(allowed.output).toContain('INTERNAL ERROR');
    expect(allowed.output).toContain('The push is ALLOWED');
    expect(allowed.code).toBe(0);
    expect(remoteHas(remote, 'main')).toBe(work);

    repo.write('.handoffrc.json', '{ "hook": { "onInternalError": "block" } }\n');
    const next = repo.commit(`${TASK}: block config`, {});
    const blocked = push(repo, ['origin', 'main']);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('The push is blocked');
    expect(blocked.output).toContain('git push --no-verify');
    expect(remoteHas(remote, 'main')).not.toBe(next);
  });
});

describe('one branch per task', () => {
  it('with freshness.scope "touched", a push for one task is not blocked by another task', async () => {
    const { repo } = await setup();
    // A second agent starts another task, on a branch of its own: its handoff does not exist here.
    repo.commit('Add ui-agent', {
      [REGISTRY]: registryText({
        'powertest-runner': { task: TASK },
        'ui-agent': { task: OTHER_TASK, link: null },
      }),
    });
    expect(push(repo, ['--no-verify', 'origin', 'main']).code).toBe(0);
    repo.git('checkout', '-q', '-b', `feature/${TASK}`);
    repo.commit(`${TASK}: work and its handoff`, {
      'src/a.ts': '1\n',
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 50 }),
    });

    const refused = push(repo, ['-u', 'origin', `feature/${TASK}`]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`${OTHER_TASK} (agent ui-agent)`);

    // The config change goes into the same commit: on this branch any other commit is work for the task.
    repo.write('.handoffrc.json', `${JSON.stringify({ freshness: { scope: 'touched' } })}\n`);
    repo.git('commit', '-q', '--amend', '--no-edit', '-a');
    const accepted = push(repo, ['-u', 'origin', `feature/${TASK}`]);
    expect(accepted.code).toBe(0);
    expect(accepted.output).toContain(`not judged (freshness.scope: touched`);
    expect(accepted.output).toContain(`${OTHER_TASK} (missing)`);
  });
});

describe('an existing pre-push hook', () => {
  /** A repository with a task and its hook file written before `handoff init`. */
  async function withExistingHook(
    hook: string,
  ): Promise<{ repo: TempRepo; init: Awaited<ReturnType<typeof runCli>> }> {
    const remote = TempRepo.init({ bare: true });
    const repo = TempRepo.init();
    repos.push(remote, repo);
    installCli(repo);
    repo.commit('Start', {
      '.gitignore': 'node_modules/\n',
      [REGISTRY]: registryText({ 'powertest-runner': { task: TASK } }),
      [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
    });
    repo.git('remote', 'add', 'origin', remote.dir);
    repo.git('push', '-q', 'origin', 'main');
    const hookFile = join(repo.dir, '.git/hooks/pre-push');
    writeFileSync(hookFile, hook);
    chmodSync(hookFile, 0o755);
    const init = await runCli(['init'], { cwd: repo.dir });
    return { repo, init };
  }

  it('runs the check first, even when the hook ends in exit 0, and the hook still reads the pushed refs', async () => {
    const { repo, init } = await withExistingHook(
      '#!/bin/sh\nwhile read local_ref local_sha remote_ref remote_sha; do echo "user hook saw $local_ref" >&2; done\nexit 0\n',
    );
    expect(init.stdout).toContain('added the check to the existing .git/hooks/pre-push');
    repo.commit(`${TASK}: add fixtures`, { 'src/fixtures.ts': 'export {}\n' }, {});
    const refused = push(repo, ['origin', 'main']);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`behind: 1 work commit(s) for ${TASK}`);

    updateHandoff(repo, 45);
    const accepted = push(repo, ['origin', 'main']);
    expect(accepted.code).toBe(0);
    expect(accepted.output).toContain('user hook saw refs/heads/main');

    // HANDOFF_SKIP skips the check, never the user's own hook.
    repo.commit(`${TASK}: more`, { 'src/more.ts': '1\n' });
    const skipped = push(repo, ['origin', 'main'], { HANDOFF_SKIP: '1' });
    expect(skipped.code).toBe(0);
    expect(skipped.output).toContain('user hook saw refs/heads/main');
  });

  it('refuses to add shell code to a hook in another language, writing nothing', async () => {
    const python = '#!/usr/bin/env python3\nimport sys\nsys.exit(0)\n';
    const { repo, init } = await withExistingHook(python);
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/\.git\/hooks\/pre-push:1: .*not a shell script.* \[hook\/not-shell\]/);
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-push'), 'utf8')).toBe(python);
    expect(existsSync(join(repo.dir, '.handoffrc.json'))).toBe(false);
  });
});

describe('the CLI installed in a folder (package.json in web/, not at the top)', () => {
  it('init points the hook at web/node_modules/.bin: a push runs the check, no npx error', () => {
    const remote = TempRepo.init({ bare: true });
    const repo = TempRepo.init();
    repos.push(remote, repo);
    repo.commit('Start', {
      '.gitignore': 'node_modules/\n',
      'README.md': '# p\n',
      'web/package.json': '{}\n',
    });
    repo.git('remote', 'add', 'origin', remote.dir);
    repo.git('push', '-q', '-u', 'origin', 'main');
    const web = join(repo.dir, 'web');
    const bin = join(web, 'node_modules/.bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'handoff'), `#!/bin/sh\nexec "${process.execPath}" "${HANDOFF_BIN}" "$@"\n`);
    chmodSync(join(bin, 'handoff'), 0o755);

    expect(runBin(['init'], { cwd: web }).code).toBe(0);
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-push'), 'utf8')).toContain(
      'if [ -x ./web/node_modules/.bin/handoff ]; then',
    );
    expect(runBin(['start', '--task', TASK, '--agent', 'ann'], { cwd: web }).code).toBe(0);
    repo.commit(`${TASK}: set up`, {});

    // The task has no handoff yet: the check runs (from web's install) and refuses the push.
    const refused = push(repo, ['origin', 'main']);
    expect(refused.output).not.toContain('npm error');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`✗ ${TASK} (agent ann, package web)`);
    expect(refused.output).toContain('missing: the registry entry of ann has no details_link');
    expect(push(repo, ['origin', 'main'], { HANDOFF_SKIP: '1' }).code).toBe(0);
  });
});

describe('handoff check outside a hook, as a process', () => {
  it('passes in an empty repository', () => {
    const repo = TempRepo.init();
    repos.push(repo);
    const result = runBin(['check'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the repository has no commits yet: nothing to check.');
  });
});
