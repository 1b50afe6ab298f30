import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commitPathsCommand } from '../../src/core/shell.js';
import {
  HOOK_BLOCK_END,
  HOOK_BLOCK_START,
  hookBlock,
  hookScript,
  sharedStdinHookBlock,
} from '../../src/core/templates/hook.js';
import { REGISTRY_MERGE_DRIVER_COMMAND } from '../../src/core/templates/merge-driver.js';
import { workflowTemplate } from '../../src/core/templates/workflow.js';
import { gitEnv, PROJECT_ROOT, runCli, TempRepo } from '../helpers/temp-repo.js';

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = TempRepo.init();
  repos.push(r);
  return r;
}
afterAll(() => {
  for (const r of repos) r.remove();
});

const read = (r: TempRepo, path: string) => readFileSync(join(r.dir, path), 'utf8');
const isExecutable = (path: string) => (statSync(path).mode & 0o111) === 0o111;
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('handoff init', () => {
  it('commits the handoff-guard dependency the package manager just added, with its lockfile; not a package.json that had it', async () => {
    const r = repo();
    r.commit('project', { 'package.json': '{ "name": "app" }\n' });
    // As `npm install -D handoff-guard` leaves it: package.json changed, a lockfile written.
    r.write('package.json', '{ "name": "app", "devDependencies": { "handoff-guard": "^0.1.0" } }\n');
    r.write('package-lock.json', '{ "lockfileVersion": 3 }\n');
    const result = await runCli(['init', '--no-hook'], { cwd: r.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Next: commit them: git add -- .* package\.json package-lock\.json && git commit/m,
    );
    // Once the dependency is committed, an edit of package.json is the user's: not init's to commit.
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'set up');
    r.write(
      'package.json',
      '{ "name": "app", "version": "1.0.0", "devDependencies": { "handoff-guard": "^0.1.0" } }\n',
    );
    const again = await runCli(['init', '--no-hook'], { cwd: r.dir });
    expect(again.stdout).not.toContain('package.json');
  });

  it('scaffolds registry, config, handoff folder and a plain pre-push hook', async () => {
    const r = repo();
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'created .agent-context/agent-handoffs.json',
        'created .handoffrc.json',
        'created delegation/tasks/active/ (with a .gitkeep, so git keeps it while empty)',
        'installed .git/hooks/pre-push',
        'created .gitattributes: /.agent-context/agent-handoffs.json merge=handoff-registry',
        // The setting, not its ~400-character command: that is in --format json.
        'set     git config merge.handoff-registry.driver (runs handoff merge-registry)',
        "Next: commit them: git add -- .agent-context/agent-handoffs.json .handoffrc.json delegation/tasks/active/.gitkeep .gitattributes && git commit -m 'Set up handoff-guard' -- .agent-context/agent-handoffs.json .handoffrc.json delegation/tasks/active/.gitkeep .gitattributes",
        '',
      ].join('\n'),
    );
    expect(read(r, '.agent-context/agent-handoffs.json')).toBe('{}\n');
    const config = JSON.parse(read(r, '.handoffrc.json'));
    // A URL editors can fetch: the schema's own $id (so the two cannot drift apart).
    const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/handoff-config.schema.json'), 'utf8'));
    expect(config.$schema).toBe(schema.$id);
    expect(config.$schema).toMatch(
      /^https:\/\/raw\.githubusercontent\.com\/handoff-guard\/handoff-guard\/v0\/schema\//,
    );
    expect(read(r, '.git/hooks/pre-push')).toBe(hookScript());
    // The package's own hooks/pre-push is the same script: one copy of how the hook finds the CLI.
    expect(readFileSync(join(PROJECT_ROOT, 'hooks/pre-push'), 'utf8')).toBe(hookScript());
    expect(isExecutable(join(r.dir, '.git/hooks/pre-push'))).toBe(true);
    // The config it wrote is valid: a second command reads it without complaint.
    expect((await runCli(['check'], { cwd: r.dir })).code).toBe(0);
  });

  it('is idempotent', async () => {
    const r = repo();
    await runCli(['init', '--workflow'], { cwd: r.dir });
    const again = await runCli(['init', '--workflow'], { cwd: r.dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('exists  .agent-context/agent-handoffs.json (left as is)');
    expect(again.stdout).toContain('exists  .handoffrc.json (config left as is)');
    expect(again.stdout).toContain('hook already installed in .git/hooks/pre-push');
    expect(again.stdout).toContain('exists  .github/workflows/handoff-guard.yml (not overwritten');
    expect(count(read(r, '.git/hooks/pre-push'), HOOK_BLOCK_START)).toBe(1);
  });

  it('run again before its files are committed, names their commit again; once committed, none', async () => {
    const r = repo();
    const first = JSON.parse((await runCli(['init', '--format', 'json'], { cwd: r.dir })).stdout);
    const again = JSON.parse((await runCli(['init', '--format', 'json'], { cwd: r.dir })).stdout);
    expect(again.written).toEqual([]);
    expect(again.next).toEqual(first.next);
    const commit = (again.next as string[]).find((c) => c.startsWith('git add'));
    expect(commit).toContain('.handoffrc.json');
    execFileSync('sh', ['-c', commit as string], { cwd: r.dir, env: gitEnv() });
    const committed = JSON.parse((await runCli(['init', '--format', 'json'], { cwd: r.dir })).stdout);
    expect((committed.next as string[]).filter((c) => c.startsWith('git add'))).toEqual([]);
    // The workflow then changes the registry and writes a handoff not committed yet: no setup of
    // init's to commit under its message (a new user was told to).
    r.write(
      '.agent-context/agent-handoffs.json',
      '{ "a": { "status": "complete", "current_task": "TASK-1" } }\n',
    );
    r.write('delegation/tasks/active/TASK-1-handoff-session1.md', '# draft\n');
    const later = await runCli(['init'], { cwd: r.dir });
    expect(later.stdout).not.toContain('Next: commit them');
    // A file of its own that a run left uncommitted is still named (the config, removed from HEAD).
    r.git('rm', '-q', '--cached', '.handoffrc.json');
    const config = await runCli(['init'], { cwd: r.dir });
    expect(config.stdout).toMatch(/^Next: commit them: git add -- \.handoffrc\.json && /m);
  });

  it('adds the check to an existing hook once, keeping it and making it executable', async () => {
    const r = repo();
    r.write('.git/hooks/pre-push', '#!/bin/sh\necho "their hook"');
    await runCli(['init'], { cwd: r.dir });
    await runCli(['init'], { cwd: r.dir });
    const hook = read(r, '.git/hooks/pre-push');
    // The check goes right after the `#!` line (an `exit` in their hook cannot skip it); theirs follows.
    expect(hook.startsWith(`#!/bin/sh\n${HOOK_BLOCK_START}\n`)).toBe(true);
    expect(hook.endsWith(`${HOOK_BLOCK_END}\necho "their hook"\n`)).toBe(true);
    expect(count(hook, HOOK_BLOCK_START)).toBe(1);
    expect(isExecutable(join(r.dir, '.git/hooks/pre-push'))).toBe(true);
  });

  it('replaces an older block between the markers with the current one, keeping the lines outside it', async () => {
    const old = `${HOOK_BLOCK_START}\nhandoff check --hook pre-push -- "$@" || exit $?\n${HOOK_BLOCK_END}\n`;
    const r = repo();
    r.write('.git/hooks/pre-push', `#!/bin/sh\n# mine\n${old}`);
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.stdout).toContain(
      'updated the handoff-guard block in .git/hooks/pre-push to the current version (the lines outside it left as they are)',
    );
    expect(read(r, '.git/hooks/pre-push')).toBe(`#!/bin/sh\n# mine\n${hookBlock()}`);
    expect((await runCli(['init'], { cwd: r.dir })).stdout).toContain(
      'hook already installed in .git/hooks/pre-push',
    );

    // With commands of the user's own, the block that shares git's stdin; theirs stay where they were.
    const shared = repo();
    shared.write('.git/hooks/pre-push', `#!/bin/sh\n${old}echo "their hook"\n`);
    await runCli(['init'], { cwd: shared.dir });
    expect(read(shared, '.git/hooks/pre-push')).toBe(
      `#!/bin/sh\n${sharedStdinHookBlock()}echo "their hook"\n`,
    );

    // husky's file too.
    const husky = repo();
    husky.write('.husky/pre-push', `${old}npm test\n`);
    husky.git('config', 'core.hooksPath', '.husky/_');
    expect((await runCli(['init'], { cwd: husky.dir })).stdout).toContain(
      'updated the handoff-guard block in .husky/pre-push',
    );
    expect(read(husky, '.husky/pre-push')).toBe(`${sharedStdinHookBlock()}npm test\n`);
  });

  it('installs into core.hooksPath', async () => {
    const r = repo();
    r.git('config', 'core.hooksPath', '.githooks');
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.stdout).toContain('installed .githooks/pre-push');
    expect(read(r, '.githooks/pre-push')).toBe(hookScript());
  });

  it('adds the check to .husky/pre-push when the repository uses husky, before the commands there', async () => {
    const r = repo();
    r.write('.husky/pre-push', 'npm test');
    r.git('config', 'core.hooksPath', '.husky/_');
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.stdout).toContain('added the check to .husky/pre-push');
    await runCli(['init'], { cwd: r.dir });
    expect(read(r, '.husky/pre-push')).toBe(`${sharedStdinHookBlock()}npm test\n`);
    expect(isExecutable(join(r.dir, '.husky/pre-push'))).toBe(true);
    expect(existsSync(join(r.dir, '.git/hooks/pre-push'))).toBe(false);
  });

  it('writes the workflow with --workflow, and no hook with --no-hook', async () => {
    const r = repo();
    const result = await runCli(['init', '--workflow', '--no-hook'], { cwd: r.dir });
    expect(result.stdout).toContain('skipped the pre-push hook (--no-hook)');
    expect(result.stdout).toContain('created .github/workflows/handoff-guard.yml');
    expect(read(r, '.github/workflows/handoff-guard.yml')).toBe(workflowTemplate());
    expect(existsSync(join(r.dir, '.git/hooks/pre-push'))).toBe(false);
  });

  it('keeps an existing config and registry, using their paths', async () => {
    const r = repo();
    r.write('.handoffrc.json', '{ "registry": "meta/handoffs.json", "handoffDir": "notes/handoffs" }\n');
    r.write('meta/handoffs.json', '{ "x": { "status": "idle" } }\n');
    const result = await runCli(['init', '--no-hook'], { cwd: r.dir });
    expect(result.stdout).toContain('exists  meta/handoffs.json (left as is)');
    expect(result.stdout).toContain('created notes/handoffs/');
    expect(read(r, 'meta/handoffs.json')).toBe('{ "x": { "status": "idle" } }\n');
  });

  it('says the same steps as JSON with --format json: files written, commands left, nothing else on stdout', async () => {
    const r = repo();
    // lefthook's config in a new repository: init adds the job and leaves `lefthook install` to run.
    r.write('lefthook.yml', '# hooks\n');
    const result = await runCli(['init', '--format', 'json', '--workflow'], { cwd: r.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.project).toBe('');
    expect(report.steps.map((s: { action: string }) => s.action)).toEqual([
      'created',
      'created',
      'created',
      'updated',
      'run',
      'created',
      'set',
      'created',
    ]);
    expect(report.written).toEqual([
      '.agent-context/agent-handoffs.json',
      '.handoffrc.json',
      'delegation/tasks/active/.gitkeep',
      'lefthook.yml',
      '.gitattributes',
      '.github/workflows/handoff-guard.yml',
    ]);
    // The merge driver's full command is in the JSON step only.
    expect(report.steps.find((s: { action: string }) => s.action === 'set')).toMatchObject({
      setting: 'merge.handoff-registry.driver',
      value: REGISTRY_MERGE_DRIVER_COMMAND,
    });
    // Every file it says it wrote is there, named from the repository root.
    for (const file of report.written) expect(existsSync(join(r.dir, file))).toBe(true);
    // What is left to run, then the commit of what it wrote, as the text says it.
    expect(report.next).toEqual([
      'npx lefthook install',
      commitPathsCommand(report.written, 'Set up handoff-guard'),
    ]);
    // The text lines are the steps' texts, in the same order.
    const twin = repo();
    twin.write('lefthook.yml', '# hooks\n');
    const text = await runCli(['init', '--workflow'], { cwd: twin.dir });
    expect(text.stdout).toBe(
      `${report.steps.map((s: { text: string }) => `${s.text}\n`).join('')}Next: commit them: ${commitPathsCommand(report.written, 'Set up handoff-guard')}\n`,
    );

    // Run again: the registry, config, folder, hook, .gitattributes line, driver setting and workflow exist.
    const again = JSON.parse((await runCli(['init', '--format=json', '--workflow'], { cwd: r.dir })).stdout);
    expect(again.written).toEqual([]);
    expect(again.steps.filter((s: { action: string }) => s.action === 'exists').length).toBe(7);
  });

  it('leaves a hook in the git directory out of `written`: it is a step, never committed', async () => {
    const r = repo();
    const report = JSON.parse((await runCli(['init', '--format', 'json'], { cwd: r.dir })).stdout);
    expect(report.steps).toContainEqual(
      expect.objectContaining({ action: 'created', file: '.git/hooks/pre-push' }),
    );
    expect(report.written).not.toContain('.git/hooks/pre-push');
    expect(report.written).toContain('.handoffrc.json');
  });

  it('names files from the repository root when run there with -C a monorepo package, and errors as JSON', async () => {
    const r = repo();
    r.write('packages/api/package.json', '{ "name": "api" }\n');
    const result = await runCli(['-C', 'packages/api', 'init', '--format', 'json', '--no-hook'], {
      cwd: r.dir,
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.project).toBe('packages/api');
    expect(report.written).toEqual(
      expect.arrayContaining([
        'packages/api/.agent-context/agent-handoffs.json',
        'packages/api/.handoffrc.json',
        'packages/api/delegation/tasks/active/.gitkeep',
        '.handoffrc.json',
      ]),
    );
    for (const file of report.written) expect(existsSync(join(r.dir, file))).toBe(true);
    expect(report.steps).toContainEqual(expect.objectContaining({ action: 'skipped' }));

    const broken = repo();
    broken.write('.handoffrc.json', '{ "registry": 3 }\n');
    const failed = await runCli(['init', '--format', 'json'], { cwd: broken.dir });
    expect(failed.code).toBe(2);
    expect(JSON.parse(failed.stdout).error).toMatchObject({ file: '.handoffrc.json', rule: 'schema/type' });
  });

  it('sets up a package the root config lists, though it has no package.json (not a Node project)', async () => {
    const r = repo();
    r.write('.handoffrc.json', '{ "workspaces": ["services/*"] }\n');
    r.write('services/api/main.go', 'package main\n');
    const report = JSON.parse(
      (await runCli(['-C', 'services/api', 'init', '--format', 'json', '--no-hook'], { cwd: r.dir })).stdout,
    );
    expect(report.project).toBe('services/api');
    expect(report.written).toContain('services/api/.agent-context/agent-handoffs.json');
    expect(existsSync(join(r.dir, '.agent-context'))).toBe(false);
  });

  it('run in a folder that is no package, says the root is what it sets up, and how to make the folder one', async () => {
    const r = repo();
    r.write('services/api/main.go', 'package main\n');
    const fromRoot = JSON.parse(
      (await runCli(['-C', 'services/api', 'init', '--format', 'json', '--no-hook'], { cwd: r.dir })).stdout,
    );
    expect(fromRoot.project).toBe('');
    expect(fromRoot.steps[0]).toEqual({
      action: 'note',
      text: 'note: services/api is no package (no package.json, config or registry of its own, and the root config\'s "workspaces" does not list it): the repository\'s root is set up. To set it up as a package, list it in "workspaces" of the root config (or give it a package.json), then run init there again.',
    });
    expect(existsSync(join(r.dir, '.agent-context'))).toBe(true);
    const inside = await runCli(['init', '--no-hook'], { cwd: join(r.dir, 'services/api') });
    expect(inside.stdout.split('\n')[0]).toMatch(/^note: this folder \(services\/api\) is no package /);
    // At the root itself, nothing to say.
    const atRoot = await runCli(['init', '--no-hook'], { cwd: r.dir });
    expect(atRoot.stdout).not.toContain('is no package');
  });

  it('refuses a broken config without writing anything', async () => {
    const r = repo();
    r.write('.handoffrc.json', '{ "registry": 3 }\n');
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^handoff: \.handoffrc\.json:1:\d+: .*\[schema\/type\]\n$/);
    expect(existsSync(join(r.dir, '.agent-context'))).toBe(false);
    expect(existsSync(join(r.dir, '.git/hooks/pre-push'))).toBe(false);
  });
});

describe('handoff init in a monorepo package: files named, and commands run, from where it was run', () => {
  const PKG = 'packages/x';
  /** A root config listing another package, so init adds this one to it (the root's file is written too). */
  function monorepo(): TempRepo {
    const r = repo();
    r.commit('Start', {
      'package.json': '{ "name": "root", "private": true }\n',
      '.handoffrc.json': '{ "workspaces": ["packages/y"] }\n',
      [`${PKG}/package.json`]: '{ "name": "x" }\n',
    });
    return r;
  }
  const committed = (r: TempRepo) =>
    r.git('show', '--name-only', '--format=', 'HEAD').split('\n').filter(Boolean).sort();
  const runHere = (command: string, cwd: string) =>
    spawnSync('sh', ['-c', command], { cwd, env: gitEnv(), encoding: 'utf8' });

  it('with -C at the root: the commit it prints, run there as printed, commits exactly the files written', async () => {
    const r = monorepo();
    const result = await runCli(['-C', PKG, 'init', '--format', 'json'], { cwd: r.dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.written).toEqual([
      `${PKG}/.agent-context/agent-handoffs.json`,
      `${PKG}/.handoffrc.json`,
      `${PKG}/delegation/tasks/active/.gitkeep`,
      '.handoffrc.json',
      '.gitattributes',
    ]);
    // Every file a step names is there from the root, where the user is.
    for (const step of report.steps as { file?: string }[])
      if (step.file !== undefined) expect(existsSync(join(r.dir, step.file))).toBe(true);
    const commit = (report.next as string[]).at(-1) as string;
    const ran = runHere(commit, r.dir);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(committed(r)).toEqual([...report.written].sort());

    // The package's config and the root's are two files, and named as two.
    const again = await runCli(['-C', PKG, 'init'], { cwd: r.dir });
    expect(again.stdout).toContain(`exists  ${PKG}/.handoffrc.json (config left as is)\n`);
    expect(again.stdout).toContain(`exists  ${PKG} in "workspaces" of .handoffrc.json\n`);
    expect(again.stdout).toContain(`exists  ${PKG}/.agent-context/agent-handoffs.json (left as is)\n`);
    expect(again.stdout).toContain('hook already installed in .git/hooks/pre-push\n');
    expect(again.stdout).not.toContain('Next:');
  });

  it('inside the package, no -C: the same, every file named from the package', async () => {
    const r = monorepo();
    const pkg = join(r.dir, PKG);
    const report = JSON.parse((await runCli(['init', '--format', 'json'], { cwd: pkg })).stdout);
    expect(report.written).toEqual([
      '.agent-context/agent-handoffs.json',
      '.handoffrc.json',
      'delegation/tasks/active/.gitkeep',
      '../../.handoffrc.json',
      '../../.gitattributes',
    ]);
    expect(report.steps).toContainEqual(
      expect.objectContaining({ action: 'created', file: '../../.git/hooks/pre-push' }),
    );
    for (const step of report.steps as { file?: string }[])
      if (step.file !== undefined) expect(existsSync(join(pkg, step.file))).toBe(true);
    const ran = runHere((report.next as string[]).at(-1) as string, pkg);
    expect(ran.status).toBe(0);
    expect(committed(r)).toEqual(
      (report.written as string[]).map((file) => relative(r.dir, join(pkg, file))).sort(),
    );

    // The text says the same: the root's files behind `../../`, and its commit runs here.
    r.write(`${PKG}/.handoffrc.json`, '{}\n');
    const text = await runCli(['init'], { cwd: pkg });
    expect(text.stdout).toContain('exists  .handoffrc.json (config left as is)\n');
    expect(text.stdout).toContain(`exists  ${PKG} in "workspaces" of ../../.handoffrc.json\n`);
    expect(text.stdout).toContain('hook already installed in ../../.git/hooks/pre-push\n');
    expect(text.stdout).toContain('exists  ../../.gitattributes merge driver line\n');
    const next = /^Next: commit them: (.*)$/m.exec(text.stdout)?.[1];
    expect(next).toBe(commitPathsCommand(['.handoffrc.json'], 'Set up handoff-guard'));
    expect(runHere(next as string, pkg).status).toBe(0);
    expect(committed(r)).toEqual([`${PKG}/.handoffrc.json`]);
  });

  it("inside the package: a hook manager's command left to run goes to the root first, and run as printed it installs the hook", async () => {
    const r = monorepo();
    // simple-git-hooks at the root, as a workspace root installs it; it reads the folder it runs in.
    r.commit('simple-git-hooks', {
      '.gitignore': 'node_modules/\n',
      'package.json': `${JSON.stringify({ name: 'root', private: true, 'simple-git-hooks': { 'pre-commit': 'true' } }, null, 2)}\n`,
    });
    const cli = join(PROJECT_ROOT, 'node_modules/simple-git-hooks/cli.js');
    r.write('node_modules/.bin/simple-git-hooks', `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`);
    chmodSync(join(r.dir, 'node_modules/.bin/simple-git-hooks'), 0o755);
    const pkg = join(r.dir, PKG);
    const result = await runCli(['init'], { cwd: pkg });
    expect(result.stdout).toContain(
      'added the check to the simple-git-hooks pre-push command in ../../package.json\n',
    );
    expect(result.stdout).toContain('run `cd ../.. && npx simple-git-hooks` so it writes the pre-push hook');
    const report = JSON.parse((await runCli(['init', '--format', 'json'], { cwd: pkg })).stdout);
    expect(report.next).toHaveLength(2);
    for (const command of report.next as string[]) {
      const ran = spawnSync('sh', ['-c', command], {
        cwd: pkg,
        env: gitEnv({ npm_config_offline: 'true', npm_config_update_notifier: 'false' }),
        encoding: 'utf8',
      });
      expect(ran.status).toBe(0);
    }
    expect(read(r, '.git/hooks/pre-push')).toContain('handoff check --hook pre-push');
    expect(committed(r)).toContain('package.json');
  });
});

describe('hooks/pre-push', () => {
  it('is the template init installs, and executable', () => {
    const file = join(PROJECT_ROOT, 'hooks/pre-push');
    expect(readFileSync(file, 'utf8')).toBe(hookScript());
    expect(isExecutable(file)).toBe(true);
  });
});

describe('README: Removing handoff-guard', () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Removing handoff-guard'),
    readme.indexOf('## Configuration'),
  );

  it('names what init sets up as init names it, hooks before npm uninstall', () => {
    expect(section.startsWith('## Removing handoff-guard')).toBe(true);
    for (const name of [
      HOOK_BLOCK_START,
      HOOK_BLOCK_END,
      'merge=handoff-registry',
      'git config --remove-section merge.handoff-registry',
      'rm -rf .git/handoff-guard node_modules/.cache/handoff-guard',
      '.handoffrc.json',
      '.agent-context/agent-handoffs.json',
    ]) {
      expect(section).toContain(name);
    }
    expect(section.indexOf(HOOK_BLOCK_START)).toBeLessThan(section.indexOf('npm uninstall handoff-guard'));
  });

  it('its steps, done in a repository init set up, leave no hook or driver, and a push with no handoff program goes through', async () => {
    const r = repo();
    const remote = TempRepo.init({ bare: true });
    repos.push(remote);
    r.commit('first', { 'a.txt': 'a\n' });
    expect((await runCli(['init'], { cwd: r.dir })).code).toBe(0);
    // The plain hook init created, its block deleted: only its #! line and two comments are left.
    const hook = read(r, '.git/hooks/pre-push');
    const kept =
      hook.slice(0, hook.indexOf(HOOK_BLOCK_START)) +
      hook.slice(hook.indexOf(HOOK_BLOCK_END) + HOOK_BLOCK_END.length + 1);
    expect(kept.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toEqual([]);
    r.write('.git/hooks/pre-push', kept);
    r.write(
      '.gitattributes',
      read(r, '.gitattributes')
        .split('\n')
        .filter((l) => !l.includes('merge=handoff-registry'))
        .join('\n'),
    );
    r.git('config', '--remove-section', 'merge.handoff-registry');
    expect(spawnSync('git', ['config', '--get-regexp', '^merge\\.'], { cwd: r.dir }).stdout.toString()).toBe(
      '',
    );
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'work');
    r.git('remote', 'add', 'origin', remote.dir);
    // No handoff program anywhere: the push goes through, and no check runs.
    const pushed = spawnSync('git', ['push', 'origin', 'main'], {
      cwd: r.dir,
      env: { ...gitEnv(), PATH: '/usr/bin:/bin' },
      encoding: 'utf8',
    });
    expect(pushed.status).toBe(0);
    expect(pushed.stderr).not.toContain('handoff check');
  });
});
