/**
 * `handoff -C <folder> ...` that stops on bad input: the commands its error quotes run from where the
 * user is, so they carry the same `-C` (run plain, they would act on the folder the user is in).
 */
import { join } from 'node:path';
import { runCli, TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  REGISTRY,
  registryText,
  today,
} from '../integration/check-fixtures.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

const PKG = 'pkgs/my app';
const A = 'TASK-2025-0001';
const B = 'TASK-2025-0002';

/** A root config listing one package (a space in its name), whose agent-a works on A. */
function repoWithPackage(): TempRepo {
  const repo = TempRepo.init();
  repos.push(repo);
  repo.commit('Start', {
    '.handoffrc.json': `${JSON.stringify({ workspaces: [PKG] })}\n`,
    [REGISTRY]: '{}\n',
    [`${PKG}/${REGISTRY}`]: registryText({ 'agent-a': { task: A } }),
    [`${PKG}/${handoffPathOf(A)}`]: handoffDocument(A, today()),
  });
  return repo;
}

describe('an error under -C quotes handoff commands with the same -C', () => {
  it('draft in a package: the start it says to run acts on the package, in text and in JSON', async () => {
    const repo = repoWithPackage();
    const start = `handoff -C '${PKG}' start --task ${B} --agent agent-a`;
    const text = await runCli(['-C', PKG, 'draft', '--task', B, '--agent', 'agent-a'], { cwd: repo.dir });
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(`switch it with \`${start}\` first`);
    const json = await runCli(['-C', PKG, 'draft', '--task', B, '--agent', 'agent-a', '--format', 'json'], {
      cwd: repo.dir,
    });
    expect(json.code).toBe(2);
    const { error } = JSON.parse(json.stdout);
    expect(error).toMatchObject({ kind: 'input', rule: 'registry/agent-task' });
    expect(error.message).toContain(`\`${start}\``);
    // Without -C, in the package, the command is plain: it runs there.
    const inside = await runCli(['draft', '--task', B, '--agent', 'agent-a'], { cwd: join(repo.dir, PKG) });
    expect(inside.stderr).toContain(`switch it with \`handoff start --task ${B} --agent agent-a\` first`);
  });

  it('a command that prints no next commands (check): its error quotes init with the -C given', async () => {
    const repo = TempRepo.init();
    repos.push(repo);
    // A config and no registry: the check stops, saying how to create one.
    repo.commit('Start', { '.handoffrc.json': '{}\n', 'src/x.ts': 'export {};\n' });
    const text = await runCli(['-C', 'src', 'check', '--base', 'HEAD'], { cwd: repo.dir });
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('create one with `handoff -C src init`');
    const json = await runCli(['-C', 'src', 'check', '--base', 'HEAD', '--format', 'json'], {
      cwd: repo.dir,
      program: 'npx handoff',
    });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error.message).toContain('create one with `npx handoff -C src init`');
  });
});
