/**
 * `handoff init` in repositories that use a hook manager: the check goes into the manager's config
 * (kept as it was otherwise), never into the hook the manager generated; a config init cannot edit
 * is refused with exit 2 and nothing written. Real pushes through each manager are in
 * __tests__/e2e/pre-push-managers.test.ts.
 */
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  HOOK_BLOCK_START,
  hookBlock,
  lefthookJob,
  ROOT_CLI,
  simpleGitHooksCommand,
} from '../../src/core/templates/hook.js';
import { runCli, TempRepo } from '../helpers/temp-repo.js';

const repos: TempRepo[] = [];
function repo(files: Record<string, string> = {}): TempRepo {
  const r = TempRepo.init();
  repos.push(r);
  for (const [path, text] of Object.entries(files)) r.write(path, text);
  return r;
}
afterAll(() => {
  for (const r of repos) r.remove();
});

const read = (r: TempRepo, path: string) => readFileSync(join(r.dir, path), 'utf8');
const LOCAL_CLI = { 'node_modules/.bin/handoff': '#!/bin/sh\n' };
function withLocalCli(r: TempRepo): TempRepo {
  chmodSync(join(r.dir, 'node_modules/.bin/handoff'), 0o755);
  return r;
}

describe('handoff init with husky', () => {
  const HUSKY_SET_UP = (r: TempRepo) => {
    r.git('config', 'core.hooksPath', '.husky/_');
    return r;
  };

  it('puts the check before the commands of an existing .husky/pre-push (an exit there cannot skip it), after husky v4-v8 setup, once', async () => {
    const v8 = '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\nnpm test\nexit 0\n';
    const r = HUSKY_SET_UP(repo({ '.husky/pre-push': v8 }));
    expect((await runCli(['init'], { cwd: r.dir })).stdout).toContain('added the check to .husky/pre-push');
    const text = read(r, '.husky/pre-push');
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(v8.split('\n').slice(0, 2));
    expect(lines[2]).toBe(HOOK_BLOCK_START);
    expect(text.endsWith('\nnpm test\nexit 0\n')).toBe(true);
    expect(text.indexOf(HOOK_BLOCK_START)).toBeLessThan(text.indexOf('exit 0'));
    const again = await runCli(['init'], { cwd: r.dir });
    expect(again.stdout).toContain('hook already installed in .husky/pre-push');
    expect(read(r, '.husky/pre-push')).toBe(text);
  });

  it('keeps the CRLF line endings of a file checked out with them, and finds its check again', async () => {
    const crlf = '#!/usr/bin/env sh\r\n. "$(dirname -- "$0")/_/husky.sh"\r\n\r\nnpm test\r\n';
    const r = HUSKY_SET_UP(repo({ '.husky/pre-push': crlf }));
    expect((await runCli(['init'], { cwd: r.dir })).stdout).toContain('added the check to .husky/pre-push');
    const text = read(r, '.husky/pre-push');
    expect(text).toContain(HOOK_BLOCK_START);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.startsWith('#!/usr/bin/env sh\r\n. "$(dirname -- "$0")/_/husky.sh"\r\n')).toBe(true);
    expect(text.endsWith('\r\nnpm test\r\n')).toBe(true);
    expect((await runCli(['init'], { cwd: r.dir })).stdout).toContain(
      'hook already installed in .husky/pre-push',
    );
    expect(read(r, '.husky/pre-push')).toBe(text);
  });

  it('finds husky.sh after comments and blank lines, and moves the line an earlier version appended after the commands', async () => {
    const commented =
      '#!/usr/bin/env sh\n# run the tests first\n\n. "$(dirname -- "$0")/_/husky.sh"\nnpm test\n';
    const r = HUSKY_SET_UP(repo({ '.husky/pre-push': commented }));
    await runCli(['init'], { cwd: r.dir });
    const text = read(r, '.husky/pre-push');
    expect(text.indexOf('husky.sh')).toBeLessThan(text.indexOf(HOOK_BLOCK_START));
    expect(text.indexOf(HOOK_BLOCK_START)).toBeLessThan(text.indexOf('npm test'));

    const line = 'NODE_EXTRA_CA_CERTS= handoff check --hook pre-push -- "$@"';
    const old = HUSKY_SET_UP(repo({ '.husky/pre-push': `npm test\nexit 0\n${line}\n` }));
    const moved = await runCli(['init'], { cwd: old.dir });
    expect(moved.stdout).toContain('moved the check before the commands of .husky/pre-push');
    const fixed = read(old, '.husky/pre-push');
    expect(fixed.startsWith(`${HOOK_BLOCK_START}\n`)).toBe(true);
    expect(fixed.endsWith('\nnpm test\nexit 0\n')).toBe(true);
    expect(fixed).not.toContain(`\n${line}\n`);
    // The line first, before the commands, is already right.
    const first = HUSKY_SET_UP(repo({ '.husky/pre-push': `${line}\nnpm test\n` }));
    expect((await runCli(['init'], { cwd: first.dir })).stdout).toContain(
      'hook already installed in .husky/pre-push',
    );
  });

  it('a v9 file (no #! line) gets the block first; a new file, the block a plain hook runs; a #! that names no shell is refused', async () => {
    const v9 = HUSKY_SET_UP(repo({ '.husky/pre-push': 'npm run lint\nexit 0' }));
    await runCli(['init'], { cwd: v9.dir });
    expect(read(v9, '.husky/pre-push').startsWith(`${HOOK_BLOCK_START}\n`)).toBe(true);
    expect(read(v9, '.husky/pre-push').endsWith('\nnpm run lint\nexit 0\n')).toBe(true);

    const fresh = HUSKY_SET_UP(repo({ '.husky/pre-commit': '' }));
    await runCli(['init'], { cwd: fresh.dir });
    // The whole block, not a bare command: HANDOFF_SKIP=1 and the not-installed message work with
    // handoff-guard uninstalled (a bare `handoff` failed with 127).
    expect(read(fresh, '.husky/pre-push')).toBe(hookBlock('handoff'));

    const node = HUSKY_SET_UP(repo({ '.husky/pre-push': '#!/usr/bin/env node\nprocess.exit(0)\n' }));
    const refused = await runCli(['init', '--format', 'json'], { cwd: node.dir });
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).error).toMatchObject({
      rule: 'hook/not-shell',
      file: '.husky/pre-push',
    });
    expect(read(node, '.husky/pre-push')).toBe('#!/usr/bin/env node\nprocess.exit(0)\n');
  });
});

describe('handoff init with lefthook', () => {
  it('says so when another pre-push job already takes stdin (lefthook gives it to one only)', async () => {
    const r = withLocalCli(
      repo({
        ...LOCAL_CLI,
        'lefthook.yml':
          'pre-push:\n  commands:\n    refs:\n      run: ./scripts/check-refs.sh\n      use_stdin: true\n    lint:\n      run: npm run lint\n',
      }),
    );
    const result = await runCli(['init', '--format', 'json'], { cwd: r.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('lefthook.yml gives stdin to refs too (use_stdin: true)');
    // The job's `run:` is written on one line, not folded.
    const runLine = read(r, 'lefthook.yml')
      .split('\n')
      .find((line) => line.includes('HANDOFF_SKIP'));
    expect(runLine).toMatch(/^ {6}run: .*exit 1; fi\)['"]?$/);
    expect(parse(read(r, 'lefthook.yml'))['pre-push'].commands.handoff.run).toBe(lefthookJob(ROOT_CLI).run);
    expect(result.stdout).not.toMatch(/stdin to [^"]*lint/);
    // A job inside a group (lefthook 1.10+) is found too.
    const grouped = withLocalCli(
      repo({
        ...LOCAL_CLI,
        'lefthook.yml':
          'pre-push:\n  jobs:\n    - name: checks\n      group:\n        jobs:\n          - name: refs\n            run: ./refs.sh\n            use_stdin: true\n',
      }),
    );
    expect((await runCli(['init'], { cwd: grouped.dir })).stdout).toContain('gives stdin to refs too');
    // Without another taker, no note.
    const alone = withLocalCli(
      repo({ ...LOCAL_CLI, 'lefthook.yml': 'pre-push:\n  jobs:\n    - run: npm test\n' }),
    );
    expect((await runCli(['init'], { cwd: alone.dir })).stdout).not.toContain('gives stdin to');
  });

  it('adds a job to the `jobs:` of an existing pre-push hook, keeping comments, once', async () => {
    const r = withLocalCli(
      repo({
        ...LOCAL_CLI,
        '.lefthook.yml': '# ours\npre-push:\n  jobs:\n    - name: audit\n      run: npm audit # keep me\n',
      }),
    );
    const first = await runCli(['init'], { cwd: r.dir });
    expect(first.stdout).toContain('added the handoff job to .lefthook.yml (pre-push, use_stdin: true)');
    const second = await runCli(['init'], { cwd: r.dir });
    expect(second.stdout).toContain('hook already installed in .lefthook.yml');
    const text = read(r, '.lefthook.yml');
    expect(text).toContain('# ours');
    expect(text).toContain('run: npm audit # keep me');
    expect(parse(text)['pre-push'].jobs).toEqual([
      { name: 'audit', run: 'npm audit' },
      {
        name: 'handoff',
        run: lefthookJob(ROOT_CLI).run,
        use_stdin: true,
      },
    ]);
    expect(existsSync(join(r.dir, '.git/hooks/pre-push'))).toBe(false);
  });

  it('uses the `commands:` form when the hook has it, and `handoff` from PATH without a local install', async () => {
    const r = repo({ 'lefthook.yml': 'pre-push:\n  commands:\n    lint:\n      run: npm run lint\n' });
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.code).toBe(0);
    expect(parse(read(r, 'lefthook.yml'))['pre-push'].commands.handoff).toEqual({
      run: lefthookJob('handoff').run,
      use_stdin: true,
    });
  });

  it('makes the handoff job an earlier version wrote (a bare command) current, and only that job', async () => {
    // What init wrote before the job had HANDOFF_SKIP and the lookup (git log -S simple-git-hooks -- src).
    const bare = 'NODE_EXTRA_CA_CERTS= ./node_modules/.bin/handoff check --hook pre-push -- {1} {2}';
    const yml = `pre-push:\n  jobs:\n    - name: audit # keep me\n      run: npm audit\n    - name: handoff\n      run: ${bare}\n      use_stdin: true\n    - name: mine\n      run: ${bare}\n`;
    const r = withLocalCli(repo({ ...LOCAL_CLI, 'lefthook.yml': yml }));
    const result = await runCli(['init', '--format', 'json'], { cwd: r.dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.steps).toContainEqual({
      action: 'updated',
      text: 'updated the handoff job in lefthook.yml to the current version (HANDOFF_SKIP=1 works with handoff-guard not installed; the other jobs left as they are)',
      file: 'lefthook.yml',
    });
    expect(report.written).toContain('lefthook.yml');
    const text = read(r, 'lefthook.yml');
    expect(text).toContain('- name: audit # keep me');
    expect(parse(text)['pre-push'].jobs).toEqual([
      { name: 'audit', run: 'npm audit' },
      { name: 'handoff', run: lefthookJob(ROOT_CLI).run, use_stdin: true },
      // A job of the user's is never rewritten, whatever it runs.
      { name: 'mine', run: bare },
    ]);
    const again = await runCli(['init'], { cwd: r.dir });
    expect(again.stdout).toContain('hook already installed in lefthook.yml');
    expect(read(r, 'lefthook.yml')).toBe(text);
    // The `commands:` form, with `handoff` from PATH.
    const commands = repo({
      'lefthook.yml':
        'pre-push:\n  commands:\n    handoff:\n      run: NODE_EXTRA_CA_CERTS= handoff check --hook pre-push -- {1} {2}\n      use_stdin: true\n',
    });
    expect((await runCli(['init'], { cwd: commands.dir })).stdout).toContain(
      'updated the handoff job in lefthook.yml to the current version',
    );
    expect(parse(read(commands, 'lefthook.yml'))['pre-push'].commands.handoff.run).toBe(
      lefthookJob('handoff').run,
    );
  });

  it('writes its job as a block into an empty flow-style `jobs: []` or `commands: {}`', async () => {
    const jobs = withLocalCli(repo({ ...LOCAL_CLI, 'lefthook.yml': 'pre-push:\n  jobs: []\n' }));
    expect((await runCli(['init'], { cwd: jobs.dir })).code).toBe(0);
    const jobsText = read(jobs, 'lefthook.yml');
    expect(jobsText).toMatch(/^pre-push:\n {2}jobs:\n {4}- name: handoff\n/);
    expect(parse(jobsText)['pre-push'].jobs[0]).toMatchObject({ name: 'handoff', use_stdin: true });
    const commands = withLocalCli(repo({ ...LOCAL_CLI, 'lefthook.yml': 'pre-push:\n  commands: {}\n' }));
    expect((await runCli(['init'], { cwd: commands.dir })).code).toBe(0);
    const commandsText = read(commands, 'lefthook.yml');
    expect(commandsText).toMatch(/^pre-push:\n {2}commands:\n {4}handoff:\n/);
    expect(parse(commandsText)['pre-push'].commands.handoff).toMatchObject({ use_stdin: true });
  });

  it('does not ask to commit lefthook.yml when its job is as committed, though the user changed it elsewhere', async () => {
    const r = withLocalCli(
      repo({ ...LOCAL_CLI, 'lefthook.yml': 'pre-commit:\n  jobs:\n    - run: npm test\n' }),
    );
    await runCli(['init'], { cwd: r.dir });
    r.commit('set up');
    r.write('lefthook.yml', `${read(r, 'lefthook.yml')}post-merge:\n  jobs:\n    - run: npm ci\n`);
    const again = await runCli(['init', '--format', 'json'], { cwd: r.dir });
    expect(again.stdout).toContain('hook already installed in lefthook.yml');
    expect(again.stdout).not.toContain('git add');
    // Another pre-push job of the user's, edited and not committed: still nothing of init's to commit.
    const other = withLocalCli(
      repo({ ...LOCAL_CLI, 'lefthook.yml': 'pre-push:\n  jobs:\n    - name: audit\n      run: npm audit\n' }),
    );
    await runCli(['init'], { cwd: other.dir });
    other.commit('set up');
    other.write(
      'lefthook.yml',
      read(other, 'lefthook.yml').replace('run: npm audit', 'run: npm audit --omit=dev'),
    );
    const edited = await runCli(['init'], { cwd: other.dir });
    expect(edited.stdout).toContain('hook already installed in lefthook.yml');
    expect(edited.stdout).not.toContain('git add');
    // Written by an earlier run and not committed since: still to commit.
    const fresh = withLocalCli(
      repo({ ...LOCAL_CLI, 'lefthook.yml': 'pre-commit:\n  jobs:\n    - run: npm test\n' }),
    );
    fresh.commit('lefthook');
    await runCli(['init'], { cwd: fresh.dir });
    expect((await runCli(['init'], { cwd: fresh.dir })).stdout).toMatch(
      /^Next: commit them: .*lefthook\.yml/m,
    );
  });

  it("never injects into lefthook's generated hook: the job goes into a new lefthook.yml", async () => {
    const generated =
      '#!/bin/sh\ncall_lefthook()\n{\n  lefthook "$@"\n}\ncall_lefthook run "pre-push" "$@"\n';
    const r = repo({ '.git/hooks/pre-push': generated });
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('added the handoff job to lefthook.yml');
    expect(result.stdout).not.toContain('npx lefthook install');
    expect(read(r, '.git/hooks/pre-push')).toBe(generated);
    expect(parse(read(r, 'lefthook.yml'))['pre-push'].jobs[0].use_stdin).toBe(true);
  });

  it('refuses a lefthook.yml that is not valid YAML, writing nothing', async () => {
    const r = repo({ 'lefthook.yml': 'pre-push:\n  jobs: [\n' });
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^handoff: lefthook\.yml:\d+:\d+: not valid YAML .*\[hook\/config-yaml\]\n$/,
    );
    expect(read(r, 'lefthook.yml')).toBe('pre-push:\n  jobs: [\n');
    expect(existsSync(join(r.dir, '.handoffrc.json'))).toBe(false);
  });

  it('refuses a config it does not edit (lefthook.toml), saying what to add', async () => {
    const r = repo({ 'lefthook.toml': '[pre-push]\n' });
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('use_stdin: true');
    expect(result.stderr).toContain('[hook/lefthook-config]');
  });
});

describe('handoff init with simple-git-hooks', () => {
  it('runs the check before an existing pre-push command, keeping package.json as written', async () => {
    const pkg = '{\n\t"name": "p",\n\t"simple-git-hooks": {\n\t\t"pre-push": "npm test"\n\t}\n}\n';
    const r = withLocalCli(repo({ ...LOCAL_CLI, 'package.json': pkg }));
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.stdout).toContain(
      'added the check to the simple-git-hooks pre-push command in package.json',
    );
    expect(result.stdout).toContain('run `npx simple-git-hooks`');
    const text = read(r, 'package.json');
    expect(text).toContain('\n\t"name": "p",');
    expect(JSON.parse(text)['simple-git-hooks']['pre-push']).toBe(
      `${simpleGitHooksCommand(ROOT_CLI)} && npm test`,
    );
    expect(existsSync(join(r.dir, '.git/hooks/pre-push'))).toBe(false);
  });

  it("makes the check an earlier version wrote current, keeping the command after it; never a check of the user's", async () => {
    // The bare command of the first versions, and the wording that named $0 (no hook file here).
    const bare = 'NODE_EXTRA_CA_CERTS= ./node_modules/.bin/handoff check --hook pre-push -- "$@"';
    const worded = simpleGitHooksCommand(ROOT_CLI).replace(
      "this command from 'simple-git-hooks' in package.json",
      "the handoff-guard block (its '# >>>' line to its '# <<<' line) from $0",
    );
    for (const earlier of [bare, worded]) {
      const pkg = `${JSON.stringify({ name: 'p', 'simple-git-hooks': { 'pre-push': `${earlier} && npm test` } }, null, 2)}\n`;
      const r = withLocalCli(repo({ ...LOCAL_CLI, 'package.json': pkg }));
      const result = await runCli(['init', '--format', 'json'], { cwd: r.dir });
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report.steps).toContainEqual({
        action: 'updated',
        text: 'updated the check in the simple-git-hooks pre-push command in package.json to the current version (HANDOFF_SKIP=1 works with handoff-guard not installed; a command after it left as it is)',
        file: 'package.json',
      });
      expect(report.written).toContain('package.json');
      expect(report.next).toContain('npx simple-git-hooks');
      expect(JSON.parse(read(r, 'package.json'))['simple-git-hooks']['pre-push']).toBe(
        `${simpleGitHooksCommand(ROOT_CLI)} && npm test`,
      );
      expect((await runCli(['init'], { cwd: r.dir })).stdout).toContain(
        'hook already installed in package.json',
      );
    }
    // The user's own command that runs the check after theirs is left alone.
    const own = `${JSON.stringify({ 'simple-git-hooks': { 'pre-push': `npm test && ${bare}` } }, null, 2)}\n`;
    const r = withLocalCli(repo({ ...LOCAL_CLI, 'package.json': own }));
    expect((await runCli(['init'], { cwd: r.dir })).stdout).toContain(
      'hook already installed in package.json',
    );
    expect(read(r, 'package.json')).toBe(own);
  });

  it('does not ask to commit package.json when its pre-push command is as committed, though the user changed it elsewhere', async () => {
    const pkg = '{\n  "name": "p",\n  "simple-git-hooks": {\n    "pre-commit": "npm test"\n  }\n}\n';
    const r = withLocalCli(repo({ ...LOCAL_CLI, 'package.json': pkg }));
    await runCli(['init'], { cwd: r.dir });
    r.commit('set up');
    r.write(
      'package.json',
      read(r, 'package.json').replace('"name": "p"', '"name": "p",\n  "version": "2.0.0"'),
    );
    const again = await runCli(['init'], { cwd: r.dir });
    expect(again.stdout).toContain('hook already installed in package.json');
    expect(again.stdout).not.toContain('Next: commit them');
    const json = JSON.parse((await runCli(['init', '--format', 'json'], { cwd: r.dir })).stdout);
    expect(json.next.join('\n')).not.toContain('package.json');
    // Written by an earlier run and not committed since: still to commit.
    const fresh = withLocalCli(repo({ ...LOCAL_CLI, 'package.json': pkg }));
    fresh.commit('package');
    await runCli(['init'], { cwd: fresh.dir });
    expect((await runCli(['init'], { cwd: fresh.dir })).stdout).toMatch(
      /^Next: commit them: .*package\.json/m,
    );
  });

  it('edits .simple-git-hooks.json, and refuses a script config', async () => {
    const json = repo({ '.simple-git-hooks.json': '{ "pre-commit": "true" }\n' });
    expect((await runCli(['init'], { cwd: json.dir })).code).toBe(0);
    expect(JSON.parse(read(json, '.simple-git-hooks.json'))['pre-push']).toContain('check --hook pre-push');

    const script = repo({ '.simple-git-hooks.cjs': 'module.exports = {}\n' });
    const refused = await runCli(['init'], { cwd: script.dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      '.simple-git-hooks.cjs: simple-git-hooks reads its config from a script',
    );
  });
});

describe('handoff init with the pre-commit framework', () => {
  it('adds the hook to an existing `repo: local`, keeping the rest, once', async () => {
    const config = [
      '# hooks of this project',
      'repos:',
      '  - repo: https://github.com/pre-commit/pre-commit-hooks',
      '    rev: v4.6.0',
      '    hooks: [{ id: trailing-whitespace }]',
      '  - repo: local',
      '    hooks:',
      '      - id: lint',
      '        name: lint',
      '        entry: npm run lint',
      '        language: system',
      '',
    ].join('\n');
    const r = repo({ '.pre-commit-config.yaml': config });
    const first = await runCli(['init'], { cwd: r.dir });
    expect(first.stdout).toMatch(/added the handoff hook to \.pre-commit-config\.yaml/);
    expect((await runCli(['init'], { cwd: r.dir })).stdout).toContain(
      'hook already installed in .pre-commit-config.yaml',
    );
    const text = read(r, '.pre-commit-config.yaml');
    expect(text.startsWith('# hooks of this project\n')).toBe(true);
    const repos = parse(text).repos;
    expect(repos).toHaveLength(2);
    expect(repos[1].hooks.map((h: { id: string }) => h.id)).toEqual(['lint', 'handoff']);
    expect(repos[1].hooks[1]).toMatchObject({
      entry: 'handoff check --hook pre-push',
      language: 'system',
      pass_filenames: false,
      always_run: true,
    });
  });

  it('writes its hook as a block into an empty flow-style list (`repos: []`), not as one long line', async () => {
    const r = repo({ '.pre-commit-config.yaml': 'repos: []\n' });
    expect((await runCli(['init'], { cwd: r.dir })).code).toBe(0);
    const text = read(r, '.pre-commit-config.yaml');
    expect(text).toMatch(/^repos:\n {2}- repo: local\n {4}hooks:\n {6}- id: handoff\n/);
    expect(text.split('\n').every((line) => line.length <= 60)).toBe(true);
    expect(parse(text).repos[0].hooks[0]).toMatchObject({
      id: 'handoff',
      entry: 'handoff check --hook pre-push',
    });
    // A local repo whose hooks are an empty flow list: the same.
    const local = repo({ '.pre-commit-config.yaml': 'repos:\n  - repo: local\n    hooks: []\n' });
    await runCli(['init'], { cwd: local.dir });
    expect(read(local, '.pre-commit-config.yaml')).toMatch(
      /^repos:\n {2}- repo: local\n {4}hooks:\n {6}- id: handoff\n/,
    );
    // A flow list that holds the user's hooks is their style: kept.
    const kept = repo({
      '.pre-commit-config.yaml':
        'repos:\n  - repo: local\n    hooks: [{ id: lint, name: lint, entry: npm run lint, language: system }]\n',
    });
    await runCli(['init'], { cwd: kept.dir });
    expect(read(kept, '.pre-commit-config.yaml')).toContain('hooks: [ { id: lint');
  });

  it("never injects into pre-commit's generated hook: the hook goes into a new config", async () => {
    const generated =
      '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\nexec python3 -mpre_commit hook-impl "$@"\n';
    const r = repo({ '.git/hooks/pre-push': generated });
    const result = await runCli(['init'], { cwd: r.dir });
    expect(result.code).toBe(0);
    expect(read(r, '.git/hooks/pre-push')).toBe(generated);
    expect(read(r, '.git/hooks/pre-push')).not.toContain(HOOK_BLOCK_START);
    expect(parse(read(r, '.pre-commit-config.yaml')).repos[0]).toMatchObject({ repo: 'local' });
  });
});
