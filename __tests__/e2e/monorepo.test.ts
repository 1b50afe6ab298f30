/**
 * A monorepo end to end: `handoff init` in a package sets it up there and lists it in the root
 * config's `workspaces`; the pre-push hook judges each package by its own registry on the commits that
 * change it; the fix it prints (`handoff -C <package> draft …`) works as printed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_BIN, gitEnv, runCli, TempRepo } from '../helpers/temp-repo.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

const A = 'TASK-2025-0001';

function push(repo: TempRepo): { code: number; output: string } {
  const result = spawnSync('git', ['push', 'origin', 'main'], {
    cwd: repo.dir,
    env: gitEnv(),
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

describe('a monorepo with a registry per package', () => {
  it('inits a package in place, judges it on its own commits, and its printed fix works', async () => {
    const remote = TempRepo.init({ bare: true });
    const repo = TempRepo.init();
    repos.push(remote, repo);
    const bin = join(repo.dir, 'node_modules/.bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'handoff'), `#!/bin/sh\nexec "${process.execPath}" "${CLI_BIN}" "$@"\n`);
    chmodSync(join(bin, 'handoff'), 0o755);
    repo.commit('Start', {
      '.gitignore': 'node_modules/\n',
      'package.json': '{ "name": "root", "private": true }\n',
      'packages/a/package.json': '{ "name": "a" }\n',
      'packages/b/package.json': '{ "name": "b" }\n',
    });
    repo.git('remote', 'add', 'origin', remote.dir);
    repo.git('push', '-q', '-u', 'origin', 'main');

    const pkg = join(repo.dir, 'packages/a');
    const init = await runCli(['init'], { cwd: pkg });
    expect(init.code).toBe(0);
    expect(existsSync(join(pkg, '.agent-context/agent-handoffs.json'))).toBe(true);
    expect(existsSync(join(repo.dir, '.agent-context'))).toBe(false);
    expect(JSON.parse(readFileSync(join(repo.dir, '.handoffrc.json'), 'utf8')).workspaces).toEqual([
      'packages/a',
    ]);
    expect(existsSync(join(repo.dir, '.git/hooks/pre-push'))).toBe(true);

    expect((await runCli(['start', '--task', A, '--agent', 'agent-a'], { cwd: pkg })).code).toBe(0);
    repo.commit('Set up handoff-guard in packages/a', {});
    repo.git('push', '-q', '--no-verify', 'origin', 'main');

    // Work in b names A but changes nothing in a: not A's work. Work in a is.
    repo.commit(`docs(b): see ${A}`, { 'packages/b/README.md': 'b\n' });
    const work = repo.commit('feat(a): parser', { 'packages/a/src/parse.ts': 'export {};\n' });
    const blocked = push(repo);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain(work.slice(0, 7));
    expect(blocked.output).not.toMatch(/docs\(b\)/);
    const fix = /fix: (?:npx )?handoff -C packages\/a draft --task TASK-2025-0001[^\n]*/.exec(
      blocked.output,
    )?.[0];
    expect(fix).toBeDefined();

    // The printed fix, run from the repository root, with what only a person knows as flags.
    const args = (fix as string).replace(/^fix: (npx )?handoff /, '').split(' ');
    // The test report is what fills in Current State (what works, what is broken).
    writeFileSync(
      join(pkg, 'junit.xml'),
      '<testsuite name="a" tests="2"><testcase name="parses" classname="a"/><testcase name="rejects" classname="a"/></testsuite>\n',
    );
    const draft = await runCli(
      [
        ...args,
        '--tests',
        'junit.xml',
        '--decision',
        'Parser by hand - Reason: the grammar is tiny',
        '--blocker',
        'None',
        '--next',
        'Add error recovery',
        '--progress',
        '40',
        '--remaining',
        '2h',
      ],
      { cwd: repo.dir },
    );
    expect(draft.code).toBe(0);
    expect(draft.stderr).not.toContain('To fill in');
    expect(existsSync(join(pkg, `delegation/tasks/active/${A}-handoff-session1.md`))).toBe(true);
    repo.git('add', 'packages/a/.agent-context', 'packages/a/delegation');
    repo.git('commit', '-q', '-m', `${A}: handoff`);
    const passed = push(repo);
    expect(passed.output).not.toContain('need a handoff update');
    expect(passed.code).toBe(0);
  });
});
