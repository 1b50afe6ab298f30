/**
 * A monorepo end to end: `handoff init` in a package sets it up there and lists it in the root
 * config's `workspaces`; the pre-push hook judges each package by its own registry on the commits that
 * change it; the fix it prints (`handoff -C <package> draft …`) works as printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitEnv, installCli, runBin, runCli, TempRepo } from '../helpers/temp-repo.js';
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
    installCli(repo);
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

describe('a package whose handoff is judged in the working tree', () => {
  const PKG = 'pkgs/my app';
  const B = 'TASK-2025-0002';

  /** A root config listing one package (a space in its name), with two tasks there, and work for A. */
  function repoWithPackage(): { repo: TempRepo; base: string } {
    const repo = TempRepo.init();
    repos.push(repo);
    repo.commit('Start', {
      '.handoffrc.json': `${JSON.stringify({ workspaces: [PKG] })}\n`,
      // The root's own registry, with no task in it (as `handoff init` at the root leaves it).
      [REGISTRY]: '{}\n',
      [`${PKG}/${REGISTRY}`]: registryText({ 'agent-a': { task: A }, 'agent-b': { task: B } }),
      [`${PKG}/${handoffPathOf(A)}`]: handoffDocument(A, today()),
      [`${PKG}/${handoffPathOf(B)}`]: handoffDocument(B, today(), { omit: ['Next Steps'] }),
    });
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit(`${A}: parser`, { [`${PKG}/src/parse.ts`]: 'export {};\n' });
    return { repo, base };
  }

  it('an updated handoff not yet committed: the fix commits it by its path from the root, and works', async () => {
    const { repo, base } = repoWithPackage();
    const handoff = `${PKG}/${handoffPathOf(A)}`;
    writeFileSync(join(repo.dir, handoff), handoffDocument(A, today(), { progress: 60 }));
    const result = await runCli(['check', '--base', base, '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.notes.join(' ')).toContain(
      `Judged the working tree, which differs from HEAD in ${handoff}`,
    );
    const verdict = parsed.verdicts.find((v: { taskId: string }) => v.taskId === A);
    expect(verdict.workspace).toBe(PKG);
    const fix = verdict.problems[0].fix as string;
    expect(fix).toBe(`git add -- '${handoff}' && git commit -m '${A}: handoff' -- '${handoff}'`);
    // A draft would refuse to run over the unsaved handoff; the commit, run as printed, makes A fresh.
    expect(spawnSync('sh', ['-c', fix], { cwd: repo.dir, env: gitEnv() }).status).toBe(0);
    const after = await runCli(['check', '--base', base, '--format', 'json'], { cwd: repo.dir });
    expect(after.code).toBe(1);
    expect(
      JSON.parse(after.stdout).verdicts.map((v: { taskId: string; fresh: boolean }) => [v.taskId, v.fresh]),
    ).toEqual([
      [A, true],
      [B, false],
    ]);
  });

  it('a new branch with stale work in a package, and no task at the root: the push is blocked', async () => {
    const { repo } = repoWithPackage();
    repo.git('switch', '-q', '-c', `feature/${A}`);
    const work = repo.commit('more parser', { [`${PKG}/src/more.ts`]: 'export {};\n' });
    const zero = '0'.repeat(40);
    const result = await runCli(['check', '--hook', 'pre-push', '--format', 'json', 'origin', 'url'], {
      cwd: repo.dir,
      stdin: `refs/heads/feature/${A} ${work} refs/heads/feature/${A} ${zero}\n`,
    });
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stderr);
    const verdict = parsed.verdicts.find((v: { taskId: string }) => v.taskId === A);
    expect(verdict.problems[0]).toMatchObject({
      reason: 'behind',
      commits: [expect.any(String), work.slice(0, 7)],
    });
    // Read from where the package handoffs were last updated, not from the start of history.
    // The range says it (readAfter), once; no note repeats it.
    expect(parsed.range.readAfter).toMatch(/^[0-9a-f]{7}$/);
    expect(parsed.notes.join(' ')).not.toContain('read from');
    // The root has no registry of its own: nothing is said of it beside the package's verdicts.
    expect(parsed.notes.join(' ')).not.toContain('No active tasks');
  });

  it('start with -C: the command it gives for the end of the session acts on the same package', async () => {
    const { repo } = repoWithPackage();
    const started = await runCli(['-C', PKG, 'start', '--task', 'TASK-2025-0003', '--agent', 'carol'], {
      cwd: repo.dir,
    });
    expect(started.code).toBe(0);
    expect(started.stdout).toContain(
      `When the session ends: handoff -C '${PKG}' draft --task TASK-2025-0003`,
    );
    // A folder -C names that is not there is an error, never the folder above it.
    const wrong = await runCli(['-C', 'pkgs/nope', 'start', '--task', 'TASK-2025-0004'], { cwd: repo.dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('path/no-folder');
  });

  it('start, block, done and idle with -C in a package with no registry of its own: they say the root is what they act on, and their commands act on it too', async () => {
    const repo = TempRepo.init();
    repos.push(repo);
    // An npm monorepo whose package is not set up yet: no config nor registry of its own.
    repo.commit('Start', {
      'package.json': '{"name":"root","private":true,"workspaces":["packages/*"]}\n',
      'packages/a/package.json': '{"name":"a"}\n',
    });
    const T = 'TASK-2025-0003';
    const note =
      "packages/a has no registry or config of its own: this acts on the repository root's registry, and so do the commands it prints. To give the package its own, run init there.";
    const started = await runCli(['-C', 'packages/a', 'start', '--task', T, '--agent', 'carol'], {
      cwd: repo.dir,
    });
    expect(started.code).toBe(0);
    expect(existsSync(join(repo.dir, REGISTRY))).toBe(true);
    expect(started.stdout).toContain(`; ${REGISTRY} updated.\nnote: ${note}\n`);
    // The draft it gives runs on the root's registry, where the task is: no -C to the package.
    expect(started.stdout).toMatch(new RegExp(`^When the session ends: handoff draft --task ${T} `, 'm'));
    expect(started.stdout).not.toContain('-C packages/a');
    for (const action of ['block', 'done', 'idle']) {
      const json = JSON.parse(
        (
          await runCli(['-C', 'packages/a', action, '--agent', 'carol', '--format', 'json'], {
            cwd: repo.dir,
          })
        ).stdout,
      );
      expect(json).toMatchObject({ registry: REGISTRY, note });
      expect(json.next.join(' ')).not.toContain('packages/a');
    }
    // Inside the package, without -C: the same, said of this folder.
    const inside = await runCli(['start', '--task', T, '--agent', 'carol'], {
      cwd: join(repo.dir, 'packages/a'),
    });
    expect(inside.stdout).toContain(`note: this folder (packages/a) has no registry or config of its own`);
    // At the root, and once the package is set up, nothing to say; its commands act on the package.
    expect((await runCli(['idle', '--agent', 'carol'], { cwd: repo.dir })).stdout).not.toContain('note:');
    expect((await runCli(['-C', 'packages/a', 'init', '--no-hook'], { cwd: repo.dir })).code).toBe(0);
    const own = await runCli(['-C', 'packages/a', 'start', '--task', T, '--agent', 'carol'], {
      cwd: repo.dir,
    });
    expect(own.stdout).toContain(`; packages/a/${REGISTRY} updated.\n`);
    // No note of the root; the start's own names the package's registry.
    expect(own.stdout).not.toContain('no registry or config of its own');
    expect(own.stdout).toContain(`note: commit packages/a/${REGISTRY} with your first work`);
    expect(own.stdout).toContain(`When the session ends: handoff -C packages/a draft --task ${T} `);
  });

  it("in the package, a handoff updated after its work is fresh, with other folders' commits between", async () => {
    const { repo } = repoWithPackage();
    repo.commit('docs at the root', { 'docs/guide.md': 'guide\n' });
    repo.commit(`${A}: handoff`, {
      [`${PKG}/${handoffPathOf(A)}`]: handoffDocument(A, today(), { progress: 60 }),
    });
    // prime judges the package's range from inside it (git log limited to the package).
    const prime = await runCli(['prime', '--agent', 'agent-a', '--format', 'json'], {
      cwd: join(repo.dir, PKG),
    });
    expect(prime.code).toBe(0);
    const stale = JSON.parse(prime.stdout).stale.items.map((i: { taskId: string }) => i.taskId);
    expect(stale).not.toContain(A);
    expect(stale).toContain(B);
  });

  it("a package's draft reads only the package's commits and files", async () => {
    const { repo, base } = repoWithPackage();
    const outside = repo.commit('docs at the root', { 'docs/guide.md': 'guide\n', 'README.md': 'r\n' });
    const draft = await runCli(
      ['-C', PKG, 'draft', '--task', A, '--agent', 'agent-a', '--from', base, '--stdout', '--no-interactive'],
      { cwd: repo.dir },
    );
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain('src/parse.ts');
    expect(draft.stdout).not.toMatch(/guide\.md|README\.md/);
    expect(draft.stdout).not.toContain(`- ${outside.slice(0, 7)}`);
    expect(draft.stdout).not.toMatch(/empty\)/);
  });

  it('a text verdict names its package', async () => {
    const { repo, base } = repoWithPackage();
    const result = await runCli(['check', '--base', base, '--head', 'HEAD'], { cwd: repo.dir });
    expect(result.stdout).toContain(`✗ ${B} (agent agent-b, package ${PKG}) — ${PKG}/${handoffPathOf(B)}`);
  });

  it('a missing handoff: the detail names it by its path from the root', async () => {
    const { repo, base } = repoWithPackage();
    rmSync(join(repo.dir, PKG, handoffPathOf(A)));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${A}: lose the handoff`);
    const result = await runCli(['check', '--base', base, '--head', 'HEAD', '--format', 'json'], {
      cwd: repo.dir,
    });
    const verdict = JSON.parse(result.stdout).verdicts.find((v: { taskId: string }) => v.taskId === A);
    expect(verdict.problems[0]).toMatchObject({
      reason: 'missing',
      detail: expect.stringMatching(new RegExp(`^${PKG}/${handoffPathOf(A)} does not exist`)),
    });
  });

  it('an incomplete handoff: the detail and the fix name it by its path from the root', async () => {
    const { repo, base } = repoWithPackage();
    const result = await runCli(['check', '--base', base, '--head', 'HEAD', '--format', 'json'], {
      cwd: repo.dir,
    });
    const verdict = JSON.parse(result.stdout).verdicts.find((v: { taskId: string }) => v.taskId === B);
    expect(verdict.problems[0]).toMatchObject({
      reason: 'incomplete',
      detail: `${PKG}/${handoffPathOf(B)} lacks Next Steps (absent, empty or placeholder text).`,
      fix: `fill in Next Steps in ${PKG}/${handoffPathOf(B)}, then commit it (an agent without a terminal: handoff -C 'pkgs/my app' draft --task ${B} --note "<state in one line>" --next "<next step>", then commit)`,
    });
    expect(verdict.handoffPath).toBe(`${PKG}/${handoffPathOf(B)}`);
  });
  it('every path a command prints is named from where it was run, where the commands it prints run', async () => {
    const { repo, base } = repoWithPackage();
    const there = (dir: string) => (path: string) => existsSync(join(dir, path));
    const json = async (args: string[], cwd: string) => {
      const result = await runCli([...args, '--format', 'json'], { cwd });
      expect(result.stderr).not.toContain('handoff:');
      return JSON.parse(result.stdout);
    };

    // Inside the package's own folder (its src/): the package's paths, from there.
    const inSrc = join(repo.dir, PKG, 'src');
    const fromSrc = there(inSrc);
    const status = await json(['status'], inSrc);
    expect(status.registry).toBe(`../${REGISTRY}`);
    expect(
      [status.registry, ...status.agents.map((a: { detailsLink: string }) => a.detailsLink)].every(fromSrc),
    ).toBe(true);
    const brief = await json(['resume', '--task', A], inSrc);
    expect(fromSrc(brief.tasks[0].handoff.path)).toBe(true);
    const validated = await json(['validate'], inSrc);
    expect(validated.registry).toBe(`../${REGISTRY}`);
    expect(validated.problems.map((p: { file: string }) => p.file)).toEqual([`../${handoffPathOf(B)}`]);
    // The check judges the repository: its files from here too, its fixes going to the root first.
    const check = await json(['check', '--base', base], inSrc);
    const verdictOf = (id: string) => check.verdicts.find((v: { taskId: string }) => v.taskId === id);
    expect(verdictOf(A).handoffPath).toBe(`../${handoffPathOf(A)}`);
    expect(fromSrc(verdictOf(A).handoffPath)).toBe(true);
    expect(verdictOf(A).problems[0].fix).toMatch(/^cd \.\.\/\.\.\/\.\. && handoff -C 'pkgs\/my app' draft /);
    // B's handoff lacks Next Steps: the detail and the fix in words name it from here.
    const [incomplete] = verdictOf(B).problems;
    expect(incomplete.detail.startsWith(`../${handoffPathOf(B)} lacks Next Steps`)).toBe(true);
    // An agent's way in it runs from the root, as the other fixes do.
    expect(incomplete.fix).toBe(
      `fill in Next Steps in ../${handoffPathOf(B)}, then commit it (an agent without a terminal: cd ../../.. && handoff -C 'pkgs/my app' draft --task ${B} --note "<state in one line>" --next "<next step>", then commit)`,
    );

    // Under npx in an npm workspace member, npm runs the program from the package's folder and says
    // where it was typed in INIT_CWD: paths are named from there, as the user typed the command.
    const npx = runBin(['status', '--format', 'json'], {
      cwd: join(repo.dir, PKG),
      env: { npm_command: 'exec', npm_lifecycle_script: "'handoff'", INIT_CWD: inSrc },
    });
    expect(JSON.parse(npx.stdout).registry).toBe(`../${REGISTRY}`);
    // A program another npx-run tool started is not the one npx ran: where it runs is its own.
    const nested = runBin(['status', '--format', 'json'], {
      cwd: join(repo.dir, PKG),
      env: { npm_command: 'exec', npm_lifecycle_script: 'lint-staged', INIT_CWD: inSrc },
    });
    expect(JSON.parse(nested.stdout).registry).toBe(REGISTRY);
    // npm run's scripts run where npm put them (and INIT_CWD outside that folder is not taken).
    const script = runBin(['status', '--format', 'json'], {
      cwd: join(repo.dir, PKG),
      env: { npm_command: 'run-script', INIT_CWD: inSrc },
    });
    expect(JSON.parse(script.stdout).registry).toBe(REGISTRY);
    const outside = runBin(['status', '--format', 'json'], {
      cwd: inSrc,
      env: { npm_command: 'exec', npm_lifecycle_script: 'handoff', INIT_CWD: repo.dir },
    });
    expect(JSON.parse(outside.stdout).registry).toBe(`../${REGISTRY}`);

    // From the root with -C: the package's paths from the root, as the commands printed take them.
    const fromRoot = there(repo.dir);
    const withC = (command: string[]) => json(['-C', PKG, ...command], repo.dir);
    const rootStatus = await withC(['status']);
    expect(rootStatus.registry).toBe(`${PKG}/${REGISTRY}`);
    expect((await withC(['validate'])).problems[0].file).toBe(`${PKG}/${handoffPathOf(B)}`);
    expect(rootStatus.agents.map((a: { detailsLink: string }) => a.detailsLink).every(fromRoot)).toBe(true);
    const text = await runCli(['-C', PKG, 'status'], { cwd: repo.dir });
    expect(text.stdout).toContain(`${PKG}/${handoffPathOf(A)}`);
    expect(fromRoot((await withC(['resume', '--task', A])).tasks[0].handoff.path)).toBe(true);
    expect(fromRoot((await withC(['check', '--base', base])).verdicts[0].handoffPath)).toBe(true);
    const draft = await withC([
      'draft',
      '--task',
      A,
      '--agent',
      'agent-a',
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
      '--note',
      'Parser in place',
    ]);
    expect(draft.path).toBe(`${PKG}/${handoffPathOf(A).replace('session1', 'session2')}`);
    expect(fromRoot(draft.path)).toBe(true);
    expect(draft.previous).toBe(`${PKG}/${handoffPathOf(A)}`);
    // The commit it says to run, run from the root, commits the file its `path` names.
    const [commit] = draft.next as string[];
    expect(spawnSync('sh', ['-c', commit as string], { cwd: repo.dir, env: gitEnv() }).status).toBe(0);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n')).toContain(draft.path);
    const blocked = await withC(['block', '--agent', 'agent-b', '--note', 'waiting on the API']);
    expect(blocked.registry).toBe(`${PKG}/${REGISTRY}`);
    expect(spawnSync('sh', ['-c', blocked.next[0]], { cwd: repo.dir, env: gitEnv() }).status).toBe(0);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe(blocked.registry);
  });

  it('an error a command stops on names its file from where it was run, as every path it prints', async () => {
    const { repo, base } = repoWithPackage();
    // The package's registry, broken on its line 2.
    repo.write(`${PKG}/${REGISTRY}`, '{\n  "agent-a": \n}\n');
    const where = ':3:1: invalid JSON';
    const commands = [
      ['status'],
      ['resume'],
      ['prime'],
      ['check', '--base', base],
      ['draft', '--task', A, '--no-interactive'],
      ['start', '--task', A, '--agent', 'agent-a'],
      ['block', '--agent', 'agent-a'],
      ['done', '--agent', 'agent-a'],
      ['idle', '--agent', 'agent-a'],
    ];
    const inSrc = join(repo.dir, PKG, 'src');
    for (const command of commands) {
      const withC = await runCli(['-C', PKG, ...command], { cwd: repo.dir });
      expect([command[0], withC.code, withC.stderr]).toEqual([
        command[0],
        2,
        expect.stringContaining(`handoff: ${PKG}/${REGISTRY}${where}`),
      ]);
      // prime names every path from the project's folder without -C, as the agent tools run it there.
      const inside = await runCli(command, { cwd: inSrc });
      expect([command[0], inside.stderr]).toEqual([
        command[0],
        expect.stringContaining(`handoff: ${command[0] === 'prime' ? '' : '../'}${REGISTRY}${where}`),
      ]);
    }
    const json = await runCli(['-C', PKG, 'status', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(json.stdout).error).toMatchObject({ file: `${PKG}/${REGISTRY}`, line: 3, column: 1 });
    // The Stop hook setup writes for the package sends the agent, at the root, to mend that file.
    const stop = await runCli(['-C', `${repo.dir}/${PKG}`, 'hook', 'stop', '--agent', 'agent-a'], {
      cwd: repo.dir,
      env: { CLAUDE_PROJECT_DIR: repo.dir },
      stdin: JSON.stringify({ hook_event_name: 'Stop', cwd: repo.dir, stop_hook_active: false }),
    });
    expect(JSON.parse(stop.stdout).reason).toContain(`cannot check this session: ${PKG}/${REGISTRY}${where}`);
    repo.git('checkout', '--', `${PKG}/${REGISTRY}`);
    // A config broken in the package: init and setup name it from the root too.
    repo.write(`${PKG}/.handoffrc.json`, '{ "registry": 3 }\n');
    for (const command of [
      ['init', '--no-hook'],
      ['setup', 'claude'],
    ]) {
      const withC = await runCli(['-C', PKG, ...command], { cwd: repo.dir });
      expect([command[0], withC.stderr]).toEqual([
        command[0],
        expect.stringContaining(`handoff: ${PKG}/.handoffrc.json:1:15: config key "registry"`),
      ]);
    }
    // A file given on the command line, from where it was given; stdin as stdin.
    rmSync(join(repo.dir, PKG, '.handoffrc.json'));
    repo.write(`${PKG}/src/answers.json`, '{ "note": \n');
    const input = ['draft', '--task', A, '--input'];
    const fromRoot = await runCli(['-C', `${PKG}/src`, ...input, 'answers.json'], { cwd: repo.dir });
    expect(fromRoot.stderr).toContain(`handoff: ${PKG}/src/answers.json:2:1: invalid JSON`);
    expect((await runCli([...input, 'answers.json'], { cwd: inSrc })).stderr).toContain(
      'handoff: answers.json:2:1: invalid JSON',
    );
    const piped = await runCli(['-C', PKG, ...input, '-'], { cwd: repo.dir, stdin: '{ "note": \n' });
    expect(piped.stderr).toContain('handoff: (stdin):2:1: invalid JSON');
  });

  it('status and validate from the root show every package, as the check judges them', async () => {
    const { repo } = repoWithPackage();
    // A listed folder with no registry is no package of ours; the root's empty registry shows no table.
    repo.write('.handoffrc.json', `${JSON.stringify({ workspaces: [PKG, 'tools/x'] })}\n`);
    const text = await runCli(['status'], { cwd: repo.dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^${PKG} — ${PKG}/${REGISTRY}\nAGENT `));
    expect(text.stdout).toMatch(/agent-a +TASK-2025-0001 +in_progress/);
    expect(text.stdout).toContain('2 agents, 2 active tasks, 1 stale.');
    // Judged as the check judges the package, its fix run from the root on the package.
    expect(text.stdout).toMatch(/agent-b +TASK-2025-0002 +in_progress +incomplete /);
    expect(text.stdout).toContain(`--note "<state in one line>" --next "<next step>", then commit)`);
    expect(text.stdout).toContain(`handoff -C 'pkgs/my app' draft --task TASK-2025-0002 --note`);
    expect(text.stdout).not.toContain('tools/x');
    const json = JSON.parse((await runCli(['status', '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(json).toMatchObject({ registry: REGISTRY, exists: true, agents: [] });
    // Its paths from the root, where it was run: the package's registry and links in its folder.
    expect(json.packages).toEqual([
      expect.objectContaining({ folder: PKG, registry: `${PKG}/${REGISTRY}`, exists: true }),
    ]);
    expect(json.packages[0].agents[0].detailsLink).toBe(`${PKG}/${handoffPathOf(A)}`);
    expect(json.packages[0].agents.map((a: { agent: string }) => a.agent)).toEqual(['agent-a', 'agent-b']);

    const validate = await runCli(['validate'], { cwd: repo.dir });
    expect(validate.code).toBe(2);
    expect(validate.stdout).toContain(`${PKG}/${handoffPathOf(B)}:`);
    expect(validate.stdout).toContain('[element/missing]');
    expect(validate.stdout).toContain(`(checked ${REGISTRY}, ${PKG}/${REGISTRY} and 2 handoffs)`);
    const report = JSON.parse((await runCli(['validate', '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(report.packages).toEqual([{ folder: PKG, registry: `${PKG}/${REGISTRY}` }]);
    expect(report.documents).toEqual([`${PKG}/${handoffPathOf(A)}`, `${PKG}/${handoffPathOf(B)}`]);
    // Inside the package, its own registry alone, named from the package.
    const inside = await runCli(['validate'], { cwd: join(repo.dir, PKG) });
    expect(inside.stdout).toContain(`(checked ${REGISTRY} and 2 handoffs)`);
    expect(inside.stdout).toContain(`\n${handoffPathOf(B)}:`.slice(1));
  });

  it('validate from a root with no registry of its own: the packages are what is checked', async () => {
    const { repo } = repoWithPackage();
    rmSync(join(repo.dir, REGISTRY));
    const report = JSON.parse((await runCli(['validate', '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(report.registry).toBeUndefined();
    expect(report.problems.map((p: { rule: string }) => p.rule)).toEqual(['element/missing']);
    const text = await runCli(['validate'], { cwd: repo.dir });
    expect(text.stdout).toContain(`1 problem (checked ${PKG}/${REGISTRY} and 2 handoffs)`);
  });
  it('from the root, a package that cannot be read is its own problem, named from the root', async () => {
    const { repo, base } = repoWithPackage();
    repo.write('.handoffrc.json', `${JSON.stringify({ workspaces: [PKG, 'tools/tmpl'] })}\n`);
    // A template folder whose package.json is not JSON yet; the root's own package.json is fine.
    repo.write('tools/tmpl/package.json', '{ "name": {{name}} }\n');
    repo.write('package.json', '{"name":"root"}\n');
    const status = await runCli(['status'], { cwd: repo.dir });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`${PKG} — ${PKG}/${REGISTRY}\n`);
    expect(status.stdout).toMatch(/tools\/tmpl\n! tools\/tmpl\/package\.json:1:\d+: .*\[json\/syntax\]/);
    const json = JSON.parse((await runCli(['status', '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(json.packages[1]).toEqual({
      folder: 'tools/tmpl',
      problem: expect.stringContaining('tools/tmpl/package.json:1:'),
    });
    const validate = JSON.parse((await runCli(['validate', '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(validate.packages).toEqual([
      { folder: PKG, registry: `${PKG}/${REGISTRY}` },
      { folder: 'tools/tmpl' },
    ]);
    expect(validate.problems).toContainEqual(
      expect.objectContaining({ file: 'tools/tmpl/package.json', rule: 'json/syntax' }),
    );
    // The check names the package's file too, not the root's package.json.
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'template');
    const check = await runCli(['check', '--base', base, '--head', 'HEAD'], { cwd: repo.dir });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('tools/tmpl/package.json:1:');
  });

  it('validate from the root tells a handoff the root and a package both link once', async () => {
    const { repo } = repoWithPackage();
    repo.write(REGISTRY, registryText({ 'root-agent': { task: B, link: `${PKG}/${handoffPathOf(B)}` } }));
    const report = JSON.parse((await runCli(['validate', '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(report.documents.filter((d: string) => d === `${PKG}/${handoffPathOf(B)}`)).toHaveLength(1);
    expect(report.problems.filter((p: { rule: string }) => p.rule === 'element/missing')).toHaveLength(1);
  });

  it('status JSON from a root whose packages have no registry yet: packages is there, empty', async () => {
    const { repo } = repoWithPackage();
    repo.write('.handoffrc.json', `${JSON.stringify({ workspaces: ['tools/*'] })}\n`);
    const json = JSON.parse((await runCli(['status', '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(json.packages).toEqual([]);
  });
});

describe('a monorepo of many packages', () => {
  it('lists their folders in a few git processes, judges the ones with a registry, and counts the rest in one note', () => {
    const repo = TempRepo.init();
    repos.push(repo);
    // 400 packages with long names: their folders' pathspecs (~45,000 characters) take more than one
    // `git ls-tree`, as a command line is limited.
    const files: Record<string, string> = {
      '.handoffrc.json': `${JSON.stringify({ workspaces: ['packages/*'] })}\n`,
    };
    const name = (i: number) => `packages/a-package-with-a-rather-long-name-${String(i).padStart(3, '0')}`;
    for (let i = 0; i < 400; i++) files[`${name(i)}/index.js`] = `${i}\n`;
    const judged = [name(7), name(300)];
    for (const folder of judged) {
      files[`${folder}/${REGISTRY}`] = registryText({ 'agent-a': { task: A } });
      files[`${folder}/${handoffPathOf(A)}`] = handoffDocument(A, today());
    }
    repo.commit('Start', files);
    const base = repo.git('rev-parse', 'HEAD');
    const work = repo.commit(`${A}: parser`, { [`${name(300)}/src/parse.ts`]: 'export {};\n' });
    repo.commit('elsewhere', { [`${name(8)}/index.js`]: 'changed\n' });

    const trace = join(repo.dir, '..', `${Date.now()}-trace.txt`);
    const result = runBin(['check', '--base', base, '--head', 'HEAD', '--format', 'json'], {
      cwd: repo.dir,
      env: { GIT_TRACE: trace },
    });
    const commands = readFileSync(trace, 'utf8')
      .split('\n')
      .filter((line) => line.includes('trace: built-in: git ls-tree'));
    rmSync(trace, { force: true });
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.verdicts.map((v: { workspace: string; fresh: boolean }) => [v.workspace, v.fresh])).toEqual(
      [
        [name(7), true],
        [name(300), false],
      ],
    );
    expect(parsed.verdicts[1].problems[0].commits).toEqual([work.slice(0, 7)]);
    // One listing of `packages/`, a few of the packages' folders: one per package had taken 4 s for 1,000.
    expect(commands.length).toBeGreaterThanOrEqual(3);
    expect(commands.length).toBeLessThanOrEqual(6);
    expect(parsed.notes).toContain(
      `398 package folders have no registry, so nothing to judge there: ${[0, 1, 2, 3, 4].map(name).join(', ')} and 393 more.`,
    );
  });
});
