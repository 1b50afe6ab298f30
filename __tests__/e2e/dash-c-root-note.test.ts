/**
 * `handoff -C packages/a draft|prime|setup` in a package with no registry or config of its own: the
 * root's registry is acted on, and they say so with the note start, block, done and idle give
 * (`rootActedOnNote`): text `note:` (on stderr for draft and prime), JSON `note`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, TempRepo } from '../helpers/temp-repo.js';
import { REGISTRY } from '../integration/check-fixtures.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

const T = 'TASK-2025-0003';
const NOTE =
  "packages/a has no registry or config of its own: this acts on the repository root's registry, and so do the commands it prints. To give the package its own, run init there.";

/** An npm monorepo whose package is not set up yet, with carol on T in the root's registry. */
async function monorepo(): Promise<TempRepo> {
  const repo = TempRepo.init();
  repos.push(repo);
  repo.commit('Start', {
    'package.json': '{"name":"root","private":true,"workspaces":["packages/*"]}\n',
    'packages/a/package.json': '{"name":"a"}\n',
    'src/x.ts': 'export {};\n',
  });
  expect((await runCli(['start', '--task', T, '--agent', 'carol'], { cwd: repo.dir })).code).toBe(0);
  repo.commit(`${T}: work`, { 'packages/a/src/a.ts': 'export {};\n' });
  return repo;
}

describe('draft, prime and setup with -C in a package with no registry of its own', () => {
  it('say that the root registry is acted on, as start does', async () => {
    const repo = await monorepo();
    const cwd = repo.dir;
    const C = ['-C', 'packages/a'];

    const draft = await runCli([...C, 'draft', '--task', T, '--agent', 'carol', '--stdout'], { cwd });
    expect(draft.code).toBe(0);
    expect(draft.stderr).toContain(`note: ${NOTE}\n`);
    const draftJson = await runCli(
      [...C, 'draft', '--task', T, '--agent', 'carol', '--stdout', '--format', 'json'],
      {
        cwd,
      },
    );
    expect(JSON.parse(draftJson.stdout).note).toBe(NOTE);

    const prime = await runCli([...C, 'prime', '--agent', 'carol'], { cwd });
    expect(prime.code).toBe(0);
    expect(prime.stderr).toContain(`note: ${NOTE}\n`);
    expect(prime.stdout).not.toContain('note:');
    const primeJson = await runCli([...C, 'prime', '--agent', 'carol', '--format', 'json'], { cwd });
    expect(JSON.parse(primeJson.stdout).note).toBe(NOTE);

    const setup = await runCli([...C, 'setup', 'claude', '--agent', 'carol'], { cwd });
    expect(setup.code).toBe(0);
    expect(setup.stdout).toContain(`note: ${NOTE}\n`);
    const setupJson = await runCli([...C, 'setup', 'claude', '--agent', 'carol', '--format', 'json'], {
      cwd,
    });
    expect(JSON.parse(setupJson.stdout).note).toBe(NOTE);
    // Without --agent, setup's own note (no active agent named claude) follows it.
    const both = await runCli([...C, 'setup', 'claude', '--format', 'json'], { cwd });
    expect(JSON.parse(both.stdout).note).toMatch(
      new RegExp(`^${NOTE.replace(/[.()]/g, '\\$&')} the registry's active agent is "carol"`),
    );
    // It acted on the root: no registry was made in the package.
    expect(existsSync(join(cwd, 'packages/a', REGISTRY))).toBe(false);
  });

  it('say nothing at the root, in a folder that is no package, or in a package set up', async () => {
    const repo = await monorepo();
    const cwd = repo.dir;
    for (const C of [[], ['-C', 'src']]) {
      const draft = await runCli([...C, 'draft', '--task', T, '--agent', 'carol', '--stdout'], { cwd });
      expect(draft.code).toBe(0);
      expect(draft.stderr).not.toContain('has no registry or config of its own');
      const prime = await runCli([...C, 'prime', '--agent', 'carol', '--format', 'json'], { cwd });
      expect(JSON.parse(prime.stdout).note).toBeUndefined();
    }
    expect((await runCli(['-C', 'packages/a', 'init', '--no-hook'], { cwd })).code).toBe(0);
    const setup = await runCli(['-C', 'packages/a', 'setup', 'claude', '--agent', 'carol'], { cwd });
    expect(setup.code).toBe(0);
    expect(setup.stdout).not.toContain('note:');
  });
});
