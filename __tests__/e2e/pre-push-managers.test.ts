/**
 * A real `git push` through every hook manager handoff-guard supports — husky, lefthook, the
 * pre-commit framework, simple-git-hooks and a plain hook — each installed as its users install it,
 * with `handoff init` putting the check into that manager's config. For each: a stale handoff blocks
 * the push with the manager's own bypass line, a fresh one passes, and the bypass works. The built
 * CLI (`dist/cli.js`) runs through a `node_modules/.bin/handoff` shim in the repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HOOK_BLOCK_START, HOOK_COMMAND, preCommitHook } from '../../src/core/templates/hook.js';
import { CLI_BIN, gitEnv, installCli, PROJECT_ROOT, runBin, runCli, TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  REGISTRY,
  registryText,
  TASK,
  today,
} from '../integration/check-fixtures.js';

const repos: TempRepo[] = [];
/** pre-commit's cache (it writes one even for `repo: local` hooks), kept out of the user's home. */
const preCommitHome = mkdtempSync(join(tmpdir(), 'handoff-pre-commit-'));
afterAll(() => {
  for (const r of repos) r.remove();
  rmSync(preCommitHome, { recursive: true, force: true });
});

/** Bypass variables of every manager; a message names only the one in use. */
const MANAGER_BYPASSES = ['HUSKY=0', 'LEFTHOOK=0', 'SKIP=handoff', 'SKIP_SIMPLE_GIT_HOOKS=1'];

/** No manager's "skip me" variable from the caller's shell may leak into a test push. */
function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return gitEnv({
    LEFTHOOK: undefined,
    SKIP: undefined,
    SKIP_SIMPLE_GIT_HOOKS: undefined,
    PRE_COMMIT: undefined,
    PRE_COMMIT_HOME: preCommitHome,
    NO_COLOR: '1',
    ...extra,
  });
}

interface Run {
  code: number;
  output: string;
}

function run(repo: TempRepo, command: string, args: string[], extra: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(command, args, { cwd: repo.dir, env: env(extra), encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

const push = (repo: TempRepo, extra: NodeJS.ProcessEnv = {}) =>
  run(repo, 'git', ['push', 'origin', 'main'], extra);

function remoteHead(remote: TempRepo): string {
  return remote.git('rev-parse', 'main');
}

/**
 * A repository with one active task, its complete handoff, the CLI in node_modules/.bin and a bare
 * `origin` holding the first commit. `files` are the manager's config, committed with it.
 */
function project(files: Record<string, string> = {}): { repo: TempRepo; remote: TempRepo } {
  const remote = TempRepo.init({ bare: true });
  const repo = TempRepo.init();
  repos.push(remote, repo);
  installCli(repo);
  repo.commit('Start', {
    '.gitignore': 'node_modules/\n',
    [REGISTRY]: registryText({ 'powertest-runner': { task: TASK } }),
    [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
    'README.md': '# p\n',
    ...files,
  });
  repo.git('remote', 'add', 'origin', remote.dir);
  repo.git('push', '-q', '--no-verify', 'origin', 'main');
  return { repo, remote };
}

async function handoffInit(repo: TempRepo): Promise<string> {
  const init = await runCli(['init'], { cwd: repo.dir });
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  return init.stdout;
}

/**
 * The three behaviours every manager must show: a work commit without a handoff update is refused
 * (naming the commit, which only git's pushed refs can tell the check) with `bypass` listed and no
 * other manager's; the manager's bypass lets it through; an updated handoff passes.
 */
function provesTheGate(
  repo: TempRepo,
  remote: TempRepo,
  bypass: string | undefined,
  /** What a passing check shows (pre-commit hides a passing hook's output behind its own line). */
  passed: RegExp = /every handoff fresh/,
): void {
  // The manager's setup is on the remote first: only the work below is judged.
  repo.git('push', '-q', '--no-verify', 'origin', 'main');
  const work = repo.commit(`${TASK}: add fixtures`, { 'src/fixtures.ts': 'export {}\n' });
  const refused = push(repo);
  expect(refused.output).toMatch(
    new RegExp(`behind: 1 work commit\\(s\\) for ${TASK}\\b.*: ${work.slice(0, 7)}`),
  );
  expect(refused.code).not.toBe(0);
  expect(remoteHead(remote)).not.toBe(work);
  // The check ran once: a manager's hook and ours must not both run it.
  expect(refused.output.split('need a handoff update').length - 1).toBe(1);
  expect(refused.output).toContain('git push --no-verify');
  expect(refused.output).toContain('HANDOFF_SKIP=1 git push');
  for (const other of MANAGER_BYPASSES) {
    if (other === bypass) expect(refused.output).toContain(`${other} git push`);
    else expect(refused.output).not.toContain(`${other} git push`);
  }

  if (bypass) {
    const [name, value] = bypass.split('=') as [string, string];
    const bypassed = push(repo, { [name]: value });
    expect(bypassed.code).toBe(0);
    expect(remoteHead(remote)).toBe(work);
  } else {
    expect(push(repo, { HANDOFF_SKIP: '1' }).code).toBe(0);
    expect(remoteHead(remote)).toBe(work);
  }

  repo.commit(`${TASK}: more fixtures`, { 'src/more.ts': 'export {}\n' });
  const update = repo.commit(`${TASK}: handoff`, {
    [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 45 }),
  });
  const accepted = push(repo);
  expect(accepted.output).toMatch(passed);
  expect(accepted.code).toBe(0);
  expect(remoteHead(remote)).toBe(update);
}

describe('a real push through each hook manager', () => {
  it('husky: `handoff init` after `husky init` adds the line to .husky/pre-push', async () => {
    const { repo, remote } = project({
      'package.json': '{ "name": "p", "devDependencies": { "husky": "^9" } }\n',
    });
    expect(run(repo, process.execPath, [join(PROJECT_ROOT, 'node_modules/husky/bin.js'), 'init']).code).toBe(
      0,
    );
    // husky init's sample pre-commit hook runs `npm test`, which this project has not got.
    writeFileSync(join(repo.dir, '.husky/pre-commit'), '');
    expect(await handoffInit(repo)).toContain('created .husky/pre-push');
    repo.commit('husky', {});
    provesTheGate(repo, remote, 'HUSKY=0');
  });

  it('husky: a .husky/pre-push of its own (a loop over the pushed refs, then exit 0) gets the check first, and its loop still reads the refs', async () => {
    const { repo, remote } = project({
      'package.json': '{ "name": "p", "devDependencies": { "husky": "^9" } }\n',
    });
    expect(run(repo, process.execPath, [join(PROJECT_ROOT, 'node_modules/husky/bin.js'), 'init']).code).toBe(
      0,
    );
    writeFileSync(join(repo.dir, '.husky/pre-commit'), '');
    writeFileSync(
      join(repo.dir, '.husky/pre-push'),
      'while read local_ref local_sha remote_ref remote_sha; do echo "$local_ref $local_sha" >> .git/refs-seen; done\nexit 0\n',
    );
    expect(await handoffInit(repo)).toContain('added the check to .husky/pre-push');
    repo.commit('husky', {});
    provesTheGate(repo, remote, 'HUSKY=0');
    // The accepted push's refs reached the user's loop after the check had read them.
    expect(readFileSync(join(repo.dir, '.git/refs-seen'), 'utf8')).toContain(
      `refs/heads/main ${repo.git('rev-parse', 'HEAD')}`,
    );
  });

  it('husky: `handoff init` before `husky init` still guards the push once husky is set up', async () => {
    const { repo, remote } = project({
      'package.json': '{ "name": "p", "devDependencies": { "husky": "^9" } }\n',
    });
    const said = await handoffInit(repo);
    expect(said).toContain('installed .git/hooks/pre-push');
    expect(said).toContain('created .husky/pre-push');
    expect(said).toMatch(/husky is in package\.json but not set up.*npx husky init/);
    expect(run(repo, process.execPath, [join(PROJECT_ROOT, 'node_modules/husky/bin.js'), 'init']).code).toBe(
      0,
    );
    writeFileSync(join(repo.dir, '.husky/pre-commit'), '');
    repo.commit('husky', {});
    expect(repo.git('config', 'core.hooksPath')).toBe('.husky/_');
    provesTheGate(repo, remote, 'HUSKY=0');
    // Run again, init says the old hook is no longer the one git runs.
    expect(await handoffInit(repo)).toMatch(
      /\.git\/hooks\/pre-push also runs the check, but git does not run it while core\.hooksPath is set/,
    );
  });

  it("lefthook: init writes the job into lefthook.yml and never touches lefthook's generated hook", async () => {
    const { repo, remote } = project({
      'lefthook.yml': '# the project keeps its comments\npre-commit:\n  jobs:\n    - run: "true"\n',
    });
    const lefthook = join(PROJECT_ROOT, 'node_modules/.bin/lefthook');
    expect(run(repo, lefthook, ['install']).code).toBe(0);
    const said = await handoffInit(repo);
    expect(said).toContain('added the handoff job to lefthook.yml (pre-push, use_stdin: true)');
    expect(said).toContain('run `npx lefthook install`');
    const config = readFileSync(join(repo.dir, 'lefthook.yml'), 'utf8');
    expect(config).toContain('# the project keeps its comments');
    expect(parse(config)['pre-push'].jobs[0]).toMatchObject({ name: 'handoff', use_stdin: true });
    expect(run(repo, lefthook, ['install']).code).toBe(0);
    const generated = readFileSync(join(repo.dir, '.git/hooks/pre-push'), 'utf8');
    expect(generated).toContain('lefthook');
    // Again, with lefthook's pre-push hook in place: nothing changes, nothing is injected.
    expect(await handoffInit(repo)).toContain('hook already installed in lefthook.yml');
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-push'), 'utf8')).toBe(generated);
    expect(generated).not.toContain(HOOK_BLOCK_START);
    repo.commit('lefthook', {});
    provesTheGate(repo, remote, 'LEFTHOOK=0');
  });

  it('pre-commit: a `repo: local` hook in the pre-push stage, reading PRE_COMMIT_* instead of stdin', async () => {
    const { repo, remote } = project({ '.pre-commit-config.yaml': 'repos: []\n' });
    const said = await handoffInit(repo);
    expect(said).toMatch(
      /added the handoff hook to \.pre-commit-config\.yaml \(repo: local, stage (pre-)?push\)/,
    );
    expect(said).toContain('run `pre-commit install --hook-type pre-push`');
    expect(run(repo, 'pre-commit', ['install', '--hook-type', 'pre-push']).code).toBe(0);
    repo.commit('pre-commit', {});
    provesTheGate(repo, remote, 'SKIP=handoff', /handoff check\.+Passed/);

    // A new branch whose history is not on the remote: pre-commit gives the parent of its
    // oldest commit as PRE_COMMIT_FROM_REF; a stale one is still refused.
    repo.git('checkout', '-q', '-b', `feature/${TASK}`);
    const work = repo.commit('more', { 'src/f.ts': '1\n' });
    const refused = run(repo, 'git', ['push', 'origin', `feature/${TASK}`]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(work.slice(0, 7));

    // A remote that has none of the history: pre-commit sets no FROM/TO ref at all ("all files"),
    // only the branches; every commit that remote lacks is judged.
    const empty = TempRepo.init({ bare: true });
    repos.push(empty);
    repo.git('remote', 'add', 'empty', empty.dir);
    const toEmpty = run(repo, 'git', ['push', 'empty', `feature/${TASK}`]);
    expect(toEmpty.code).not.toBe(0);
    expect(toEmpty.output).toContain(`new branch feature/${TASK}`);
    expect(toEmpty.output).toContain(work.slice(0, 7));

    // Outside its pre-push stage there are no refs: the hook refuses to guess, exit 2.
    const manual = run(repo, 'pre-commit', ['run', '--hook-stage', hookStage(repo), 'handoff']);
    expect(manual.code).not.toBe(0);
    expect(manual.output).toContain('[pre-push/no-input]');
    expect(manual.output).toContain('SKIP=handoff git push');
  });

  it("simple-git-hooks: init sets the config's pre-push command, simple-git-hooks writes the hook", async () => {
    const { repo, remote } = project({
      'package.json': `${JSON.stringify({ name: 'p', 'simple-git-hooks': { 'pre-commit': 'true' } }, null, 2)}\n`,
    });
    const said = await handoffInit(repo);
    expect(said).toContain('added the check to the simple-git-hooks pre-push command in package.json');
    expect(said).toContain('run `npx simple-git-hooks`');
    const pkg = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8'));
    expect(pkg['simple-git-hooks']['pre-commit']).toBe('true');
    expect(pkg['simple-git-hooks']['pre-push']).toContain(HOOK_COMMAND.replace(/^handoff/, ''));
    const cli = join(PROJECT_ROOT, 'node_modules/simple-git-hooks/cli.js');
    const installed = run(repo, process.execPath, [cli]);
    expect(installed.code).toBe(0);
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-push'), 'utf8')).toContain('SKIP_SIMPLE_GIT_HOOKS');
    expect(await handoffInit(repo)).toContain('hook already installed in package.json');
    repo.commit('simple-git-hooks', {});
    provesTheGate(repo, remote, 'SKIP_SIMPLE_GIT_HOOKS=1');
  });

  it('plain: the hook in core.hooksPath names no manager', async () => {
    const { repo, remote } = project();
    repo.git('config', 'core.hooksPath', '.githooks');
    expect(await handoffInit(repo)).toContain('installed .githooks/pre-push');
    repo.commit('hooks', {});
    provesTheGate(repo, remote, undefined);
    // Nothing to push: git still runs the hook, with zero lines on stdin; that passes.
    const upToDate = push(repo);
    expect(upToDate.code).toBe(0);
    expect(upToDate.output).toContain('Everything up-to-date');
  });
});

describe('a linked worktree', () => {
  it.each([
    ['a hook init wrote', false],
    ['an existing hook init added its block to', true],
  ])(
    'pushes through %s with the main checkout’s node_modules (the worktree has none)',
    async (_what, existing) => {
      const { repo } = project();
      if (existing) {
        // A hook of the user's own: init puts its block after the #! line, sharing git's stdin.
        writeFileSync(join(repo.dir, '.git/hooks/pre-push'), '#!/bin/sh\ncat > /dev/null\nexit 0\n', {
          mode: 0o755,
        });
      }
      await handoffInit(repo);
      const tree = new TempRepo();
      rmSync(tree.dir, { recursive: true, force: true });
      repos.push(tree);
      repo.git('worktree', 'add', '-q', '-b', 'side', tree.dir);
      expect(existsSync(join(tree.dir, 'node_modules'))).toBe(false);
      const work = tree.commit(`${TASK}: work in the worktree`, { 'src/w.ts': '1\n' });
      const refused = run(tree, 'git', ['push', 'origin', 'side']);
      expect(refused.output).toContain(work.slice(0, 7));
      expect(refused.output).toContain('need a handoff update');
      expect(refused.output).not.toContain('npm error');
      expect(refused.code).not.toBe(0);
    },
  );
});

/** Each manager's setup as a user makes it, `handoff init` run and the result committed. */
const MANAGERS: Record<string, (repo: TempRepo) => Promise<void>> = {
  husky: async (repo) => {
    expect(run(repo, process.execPath, [join(PROJECT_ROOT, 'node_modules/husky/bin.js'), 'init']).code).toBe(
      0,
    );
    writeFileSync(join(repo.dir, '.husky/pre-commit'), '');
    expect(await handoffInit(repo)).toContain('created .husky/pre-push');
  },
  lefthook: async (repo) => {
    const lefthook = join(PROJECT_ROOT, 'node_modules/.bin/lefthook');
    expect(run(repo, lefthook, ['install']).code).toBe(0);
    expect(await handoffInit(repo)).toContain('added the handoff job to lefthook.yml');
    // As init's `next` says: lefthook installs the changed config's hooks (else, by its checksum of
    // the config, it may not run the new job).
    expect(run(repo, lefthook, ['install']).code).toBe(0);
  },
  'simple-git-hooks': async (repo) => {
    expect(await handoffInit(repo)).toContain('added the check to the simple-git-hooks pre-push command');
    expect(
      run(repo, process.execPath, [join(PROJECT_ROOT, 'node_modules/simple-git-hooks/cli.js')]).code,
    ).toBe(0);
  },
};
const MANAGER_FILES: Record<string, Record<string, string>> = {
  husky: { 'package.json': '{ "name": "p", "devDependencies": { "husky": "^9" } }\n' },
  lefthook: { 'lefthook.yml': 'pre-commit:\n  jobs:\n    - run: "true"\n' },
  'simple-git-hooks': {
    'package.json': `${JSON.stringify({ name: 'p', 'simple-git-hooks': { 'pre-commit': 'true' } }, null, 2)}\n`,
  },
};

const REMOVAL: Record<string, string> = {
  husky: "block (its '# >>>' line to its '# <<<' line) from .husky/pre-push",
  lefthook: 'delete the handoff job from lefthook.yml',
  'simple-git-hooks': "delete this command from 'simple-git-hooks' in package.json",
};

describe("what init writes for a hook manager runs the plain hook's rule", () => {
  it.each(Object.keys(MANAGERS))(
    '%s: with handoff-guard uninstalled, HANDOFF_SKIP=1 pushes and a push without it says how to install',
    async (manager) => {
      const { repo, remote } = project(MANAGER_FILES[manager]);
      await MANAGERS[manager]?.(repo);
      repo.commit('hooks', {});
      repo.git('push', '-q', '--no-verify', 'origin', 'main');
      // `npm uninstall handoff-guard`: its bin is gone, the manager stays.
      rmSync(join(repo.dir, 'node_modules/.bin/handoff'));
      const work = repo.commit(`${TASK}: work`, { 'src/w.ts': '1\n' });
      const refused = push(repo);
      expect(refused.output).toContain('handoff-guard is not installed here');
      expect(refused.output).not.toContain('not found');
      // What to delete if it was removed on purpose: where this manager keeps the check.
      expect(refused.output).toContain(REMOVAL[manager]);
      expect(refused.code).not.toBe(0);
      const skipped = push(repo, { HANDOFF_SKIP: '1' });
      expect(skipped.output).toContain('handoff check: skipped (HANDOFF_SKIP is set).');
      expect(skipped.code).toBe(0);
      expect(remoteHead(remote)).toBe(work);
    },
  );

  // husky is left out: its .husky/_ is git-ignored, so git runs no hook in a new worktree at all.
  it.each(['lefthook', 'simple-git-hooks'])(
    "%s: a linked worktree (no node_modules of its own) runs the main checkout's CLI",
    async (manager) => {
      const { repo } = project(MANAGER_FILES[manager]);
      await MANAGERS[manager]?.(repo);
      repo.commit('hooks', {});
      repo.git('push', '-q', '--no-verify', 'origin', 'main');
      const tree = new TempRepo();
      rmSync(tree.dir, { recursive: true, force: true });
      repos.push(tree);
      repo.git('worktree', 'add', '-q', '-b', 'side', tree.dir);
      const work = tree.commit(`${TASK}: work in the worktree`, { 'src/w.ts': '1\n' });
      const refused = run(tree, 'git', ['push', 'origin', 'side']);
      expect(refused.output).toContain(work.slice(0, 7));
      expect(refused.output).toContain('need a handoff update');
      expect(refused.code).not.toBe(0);
    },
  );
});

describe('husky in a linked worktree', () => {
  it('runs no hook until husky has run there: prime says so and names the command; once run, the push is checked and prime is silent', async () => {
    const { repo, remote } = project(MANAGER_FILES.husky);
    await MANAGERS.husky?.(repo);
    repo.commit('hooks', {});
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    const tree = new TempRepo();
    rmSync(tree.dir, { recursive: true, force: true });
    repos.push(tree);
    repo.git('worktree', 'add', '-q', '-b', 'side', tree.dir);
    expect(existsSync(join(tree.dir, '.husky/pre-push'))).toBe(true);
    expect(existsSync(join(tree.dir, '.husky/_'))).toBe(false);

    const primed = await runCli(['prime', '--agent', 'bot', '--format', 'json'], { cwd: tree.dir });
    expect(primed.code).toBe(0);
    const { hookNote, text } = JSON.parse(primed.stdout) as { hookNote: string | null; text: string };
    expect(hookNote).toContain('git runs no pre-push hook in this checkout');
    expect(hookNote).toContain('core.hooksPath is .husky/_');
    expect(hookNote).toContain('Run `npx husky` here.');
    expect(text).toContain(`Warning: ${hookNote}`);
    // So do `handoff init` run there (its hook is in place, and still none runs) and `handoff check`
    // run by hand, among their notes.
    const init = await runCli(['init'], { cwd: tree.dir });
    expect(init.stdout).toContain(`note: ${hookNote}`);
    expect((await runCli(['status'], { cwd: tree.dir })).stdout).toContain(`warning: ${hookNote}\n`);
    const status = await runCli(['status', '--format', 'json'], { cwd: tree.dir });
    expect(JSON.parse(status.stdout).hookNote).toBe(hookNote);
    const asked = await runCli(['check', '--format', 'json'], { cwd: tree.dir });
    expect(JSON.parse(asked.stdout).notes).toContain(hookNote);
    expect((await runCli(['check'], { cwd: tree.dir })).stdout).toContain(hookNote as string);
    // What it warns of: a stale push from here goes through unchecked.
    const unchecked = tree.commit(`${TASK}: work in the worktree`, { 'src/w.ts': '1\n' });
    expect(run(tree, 'git', ['push', 'origin', 'side']).code).toBe(0);
    expect(remote.git('rev-parse', 'refs/heads/side')).toBe(unchecked);

    // As the warning says: husky run in the worktree makes its .husky/_, and the check runs.
    expect(run(tree, process.execPath, [join(PROJECT_ROOT, 'node_modules/husky/bin.js')]).code).toBe(0);
    const work = tree.commit(`${TASK}: more work`, { 'src/w.ts': '2\n' });
    const refused = run(tree, 'git', ['push', 'origin', 'side']);
    expect(refused.output).toContain(work.slice(0, 7));
    expect(refused.output).toContain('need a handoff update');
    expect(refused.code).not.toBe(0);
    const again = await runCli(['prime', '--agent', 'bot', '--format', 'json'], { cwd: tree.dir });
    expect(JSON.parse(again.stdout).hookNote).toBeNull();
    expect((await runCli(['check'], { cwd: tree.dir })).stdout).not.toContain('pre-push hook');
    const statusAfter = await runCli(['status', '--format', 'json'], { cwd: tree.dir });
    expect(JSON.parse(statusAfter.stdout).hookNote).toBeUndefined();
    // The main checkout, where husky ran at setup, never had the warning.
    const main = await runCli(['prime', '--agent', 'bot', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(main.stdout).hookNote).toBeNull();
  });
});

describe('the hook with no pushed refs', () => {
  it('refuses to guess when stdin is not connected (/dev/null) and no PRE_COMMIT_* is set, exit 2', () => {
    const { repo } = project();
    const result = spawnSync(process.execPath, [CLI_BIN, 'check', '--hook', 'pre-push', '--', 'origin'], {
      cwd: repo.dir,
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^handoff: <pre-push stdin>: no pushed refs to check: stdin is a terminal or not connected/,
    );
    expect(result.stderr).toContain('[pre-push/no-input]');
  });

  it('reads an empty pipe as a push with nothing to check', () => {
    const { repo } = project();
    const result = runBin(['check', '--hook', 'pre-push', '--', 'origin'], { cwd: repo.dir, stdin: '' });
    expect(result.code).toBe(0);
  });

  it("turns pre-commit's variables into the pushed ref, resolving names in a manual run", () => {
    const { repo } = project();
    const work = repo.commit(`${TASK}: work`, { 'src/w.ts': '1\n' });
    const result = spawnSync(process.execPath, [CLI_BIN, 'check', '--hook', 'pre-push'], {
      cwd: repo.dir,
      env: env({ PRE_COMMIT: '1', PRE_COMMIT_FROM_REF: 'origin/main', PRE_COMMIT_TO_REF: 'HEAD' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(result.stderr).toContain(work.slice(0, 7));
    expect(result.stderr).toContain('SKIP=handoff git push');
    expect(result.status).toBe(1);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('ships the hook init writes for `repo: local`, as a hook of this repository', () => {
    const file = join(PROJECT_ROOT, '.pre-commit-hooks.yaml');
    expect(existsSync(file)).toBe(true);
    const hooks = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    const { entry, language, minimum_pre_commit_version, description, ...rest } = hooks[0] ?? {};
    const local = preCommitHook('handoff', 'pre-push');
    expect(entry).toBe(local.entry);
    expect(language).toBe('node');
    expect(minimum_pre_commit_version).toBe('3.2.0');
    expect(typeof description).toBe('string');
    const { entry: _e, language: _l, ...localRest } = local;
    expect(rest).toEqual(localRest);
  });
});

/** The stage name the installed pre-commit uses (`push` before 3.2). */
function hookStage(repo: TempRepo): string {
  const config = parse(readFileSync(join(repo.dir, '.pre-commit-config.yaml'), 'utf8'));
  return config.repos[0].hooks[0].stages[0];
}
