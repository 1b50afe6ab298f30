/**
 * The registry's merge driver through real git: `handoff init` registers it, then `git merge`,
 * `git rebase` and `git cherry-pick` run the built `dist/cli.js` (found in node_modules/.bin by
 * exactly the command init writes into git config) on the registry of one branch per task.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REGISTRY_MERGE_DRIVER_COMMAND } from '../../src/core/templates/merge-driver.js';
import { CLI_BIN, gitEnv, runCli, TempRepo } from '../helpers/temp-repo.js';

const REGISTRY = '.agent-context/agent-handoffs.json';
const TASK = 'TASK-2025-0078-C';
const link = (session: number) => `delegation/tasks/active/${TASK}-handoff-session${session}.md`;
const runner = {
  status: 'in_progress',
  current_task: TASK,
  task_started: '2025-11-08',
  brief_note: 'API testing implementation - 30% complete',
  details_link: link(1),
};

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

const registryText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const readRegistry = (r: TempRepo) => readFileSync(join(r.dir, REGISTRY), 'utf8');

/** A repository after `handoff init`, with the project's CLI where npx finds it, and one agent committed. */
async function initialisedRepo(): Promise<TempRepo> {
  const r = TempRepo.init();
  repos.push(r);
  mkdirSync(join(r.dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(CLI_BIN, join(r.dir, 'node_modules/.bin/handoff'));
  writeFileSync(join(r.dir, '.gitignore'), 'node_modules/\n');
  const init = await runCli(['init', '--no-hook'], { cwd: r.dir });
  expect(init.code).toBe(0);
  expect(init.stdout).toContain(`created .gitattributes: /${REGISTRY} merge=handoff-registry`);
  r.commit('init', { [REGISTRY]: registryText({ 'powertest-runner': runner }) });
  return r;
}

const docsWriter = { status: 'in_progress', current_task: 'DOC-12', task_started: '2025-11-09' };

/** Branch task-b from where `r` is: it adds the docs writer and moves the runner's note. */
function startDocsWriter(r: TempRepo): void {
  r.git('checkout', '-q', '-b', 'task-b');
  r.commit('start DOC-12', {
    [REGISTRY]: registryText({
      'powertest-runner': { ...runner, brief_note: 'moved' },
      'docs-writer': docsWriter,
    }),
  });
}

/** git with its output, never throwing: merges that conflict exit non-zero. */
function git(r: TempRepo, ...args: string[]) {
  const result = spawnSync('git', args, { cwd: r.dir, env: gitEnv(), encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('handoff init registers the merge driver', () => {
  it('writes the .gitattributes line and the git config once', async () => {
    const r = await initialisedRepo();
    expect(readFileSync(join(r.dir, '.gitattributes'), 'utf8')).toBe(`/${REGISTRY} merge=handoff-registry\n`);
    expect(r.git('config', 'merge.handoff-registry.driver')).toBe(REGISTRY_MERGE_DRIVER_COMMAND);
    // One single-quoted script: a quote inside would end it.
    expect(REGISTRY_MERGE_DRIVER_COMMAND.split("'")).toHaveLength(3);
    // The line init prints names the setting, not its ~400-character value; the JSON step has both.
    const fresh = TempRepo.init();
    repos.push(fresh);
    const text = (await runCli(['init', '--no-hook'], { cwd: fresh.dir })).stdout;
    expect(text).toContain(
      'set     git config merge.handoff-registry.driver (runs handoff merge-registry)\n',
    );
    expect(text).not.toContain('merge-file');
    const json = TempRepo.init();
    repos.push(json);
    const report = JSON.parse(
      (await runCli(['init', '--no-hook', '--format', 'json'], { cwd: json.dir })).stdout,
    );
    expect(report.steps.filter((s: { action: string }) => s.action === 'set')).toEqual([
      {
        action: 'set',
        text: 'set     git config merge.handoff-registry.driver (runs handoff merge-registry)',
        setting: 'merge.handoff-registry.driver',
        value: REGISTRY_MERGE_DRIVER_COMMAND,
      },
    ]);
    expect(r.git('config', 'merge.handoff-registry.name')).toMatch(/handoff-guard/);
    expect(r.git('check-attr', 'merge', '--', REGISTRY)).toBe(`${REGISTRY}: merge: handoff-registry`);
    const again = await runCli(['init', '--no-hook'], { cwd: r.dir });
    expect(again.stdout).toContain('exists  .gitattributes merge driver line');
    expect(again.stdout).toContain('exists  git config merge.handoff-registry.driver');
    expect(readFileSync(join(r.dir, '.gitattributes'), 'utf8')).toBe(`/${REGISTRY} merge=handoff-registry\n`);
  });

  it('can be left out with --no-merge-driver', async () => {
    const r = TempRepo.init();
    repos.push(r);
    const init = await runCli(['init', '--no-hook', '--no-merge-driver'], { cwd: r.dir });
    expect(init.stdout).toContain('skipped the registry merge driver');
    expect(git(r, 'config', 'merge.handoff-registry.driver').code).toBe(1);
  });
});

describe('git merge and rebase through the driver', () => {
  it('merges a branch that adds an agent into one whose draft moved another agent (the line merge conflicts)', async () => {
    const r = await initialisedRepo();
    r.git('checkout', '-q', '-b', 'task-a');
    r.commit('draft session 2', {
      [link(2)]: '# handoff\n',
      [REGISTRY]: registryText({ 'powertest-runner': { ...runner, details_link: link(2) } }),
    });
    r.git('checkout', '-q', 'main');
    startDocsWriter(r);

    // Without the driver git's line merge conflicts on these neighbouring lines.
    r.git('checkout', '-q', 'task-a');
    const plain = git(r, '-c', 'merge.handoff-registry.driver=false', 'merge', '--no-edit', 'task-b');
    expect(plain.code).not.toBe(0);
    r.git('merge', '--abort');

    const merged = git(r, 'merge', '--no-edit', 'task-b');
    expect(merged.code).toBe(0);
    expect(JSON.parse(readRegistry(r))).toEqual({
      'powertest-runner': { ...runner, brief_note: 'moved', details_link: link(2) },
      'docs-writer': docsWriter,
    });
    expect(r.git('status', '--porcelain')).toBe('');
    expect((await runCli(['validate'], { cwd: r.dir })).stderr).not.toMatch(/conflict/);
  });

  it('takes the later session when both branches drafted the same agent', async () => {
    const r = await initialisedRepo();
    r.git('checkout', '-q', '-b', 'two');
    r.commit('session 2', {
      [REGISTRY]: registryText({
        'powertest-runner': { ...runner, details_link: link(2), brief_note: '50%' },
      }),
    });
    r.git('checkout', '-q', '-b', 'three');
    r.commit('session 3', {
      [REGISTRY]: registryText({
        'powertest-runner': { ...runner, details_link: link(3), brief_note: '70%' },
      }),
    });
    r.git('checkout', '-q', 'main');
    r.commit('session 2 elsewhere', {
      [REGISTRY]: registryText({
        'powertest-runner': { ...runner, details_link: link(2), brief_note: 'other' },
      }),
    });
    const merged = git(r, 'merge', '--no-edit', 'three');
    expect(merged.code).toBe(0);
    expect(merged.output).toContain('kept theirs for brief_note, details_link (its handoff is session 3');
    expect(JSON.parse(readRegistry(r))['powertest-runner']).toEqual({
      ...runner,
      details_link: link(3),
      brief_note: '70%',
    });
  });

  it('says which task the merge takes off the registry when one agent started two tasks on two branches', async () => {
    const r = await initialisedRepo();
    r.git('checkout', '-q', '-b', 'task-104');
    r.commit('start 104', {
      [REGISTRY]: registryText({
        'powertest-runner': {
          status: 'in_progress',
          current_task: 'TASK-2025-0104',
          task_started: '2025-11-10',
        },
      }),
    });
    r.git('checkout', '-q', 'main');
    r.git('checkout', '-q', '-b', 'task-105');
    r.commit('start 105', {
      [REGISTRY]: registryText({
        'powertest-runner': {
          status: 'in_progress',
          current_task: 'TASK-2025-0105',
          task_started: '2025-11-11',
        },
      }),
    });
    r.git('checkout', '-q', 'task-104');
    const merged = git(r, 'merge', '--no-edit', 'task-105');
    expect(merged.code).toBe(0);
    expect(JSON.parse(readRegistry(r))['powertest-runner'].current_task).toBe('TASK-2025-0105');
    expect(merged.output).toContain(
      'TASK-2025-0104, the other side\'s task of "powertest-runner", is no longer in the registry (an agent holds one task at a time)',
    );
    expect(merged.output).toContain('give each task branch its own agent name');
  });

  it('leaves a conflict git reports, with markers validate points at, when neither side is newer', async () => {
    const r = await initialisedRepo();
    r.git('checkout', '-q', '-b', 'blocked');
    r.commit('blocked', {
      [REGISTRY]: registryText({ 'powertest-runner': { ...runner, status: 'blocked' } }),
    });
    r.git('checkout', '-q', 'main');
    r.commit('done', { [REGISTRY]: registryText({ 'powertest-runner': { ...runner, status: 'complete' } }) });

    const merged = git(r, 'merge', '--no-edit', 'blocked');
    expect(merged.code).not.toBe(0);
    expect(merged.output).toContain(`CONFLICT (content): Merge conflict in ${REGISTRY}`);
    expect(merged.output).toContain(
      'agent "powertest-runner": both sides changed status and neither handoff is newer',
    );
    expect(r.git('diff', '--name-only', '--diff-filter=U')).toBe(REGISTRY);
    const text = readRegistry(r);
    const markerLine = text.split('\n').findIndex((line) => line.startsWith('<<<<<<< ours')) + 1;
    expect(markerLine).toBeGreaterThan(0);

    const validate = await runCli(['validate'], { cwd: r.dir });
    expect(validate.code).toBe(2);
    expect(`${validate.stdout}${validate.stderr}`).toMatch(
      new RegExp(`${REGISTRY.replace(/\./g, '\\.')}:${markerLine}:1: .*unresolved merge conflict`),
    );

    // Keeping one side (and dropping the marker lines) is a valid registry.
    const kept = text
      .split('\n')
      .filter((_line, i, all) => {
        const start = all.findIndex((l) => l.startsWith('<<<<<<<'));
        const middle = all.findIndex((l) => l.startsWith('======='));
        const end = all.findIndex((l) => l.startsWith('>>>>>>>'));
        return i < start || (i > middle && i < end) || i > end;
      })
      .join('\n');
    writeFileSync(join(r.dir, REGISTRY), kept);
    const after = await runCli(['validate'], { cwd: r.dir });
    // What is left is the test's missing handoff file, not the merge.
    expect(after.stdout).not.toMatch(/conflict|json\/syntax/);
    expect(after.stdout).toContain('[link/missing]');
    expect(JSON.parse(readRegistry(r))['powertest-runner'].status).toBe('blocked');
  });

  it('rebases a branch across registry edits of other agents without stopping', async () => {
    const r = await initialisedRepo();
    r.git('checkout', '-q', '-b', 'feature');
    const reviewer = { status: 'in_progress', current_task: 'REV-3', task_started: '2025-11-10' };
    r.commit('reviewer starts', {
      [REGISTRY]: registryText({ 'powertest-runner': runner, reviewer }),
    });
    r.commit('reviewer note', {
      [REGISTRY]: registryText({
        'powertest-runner': runner,
        reviewer: { ...reviewer, brief_note: 'half way' },
      }),
    });
    r.git('checkout', '-q', 'main');
    r.commit('runner drafts session 2', {
      [REGISTRY]: registryText({ 'powertest-runner': { ...runner, details_link: link(2) } }),
    });
    r.git('checkout', '-q', 'feature');
    const rebased = git(r, 'rebase', 'main');
    expect(rebased.output).not.toMatch(/CONFLICT/);
    expect(rebased.code).toBe(0);
    expect(JSON.parse(readRegistry(r))).toEqual({
      'powertest-runner': { ...runner, details_link: link(2) },
      reviewer: { ...reviewer, brief_note: 'half way' },
    });
    expect(r.git('log', '--format=%s', 'main..HEAD').split('\n')).toEqual([
      'reviewer note',
      'reviewer starts',
    ]);
  });

  it("falls back to git's line merge when a side is not JSON, so no side is lost", async () => {
    const r = await initialisedRepo();
    r.git('checkout', '-q', '-b', 'broken');
    r.commit('broken', { [REGISTRY]: '{ "powertest-runner": \n' });
    r.git('checkout', '-q', 'main');
    r.commit('fine', { [REGISTRY]: registryText({ 'powertest-runner': { ...runner, status: 'idle' } }) });
    const merged = git(r, 'merge', '--no-edit', 'broken');
    expect(merged.code).not.toBe(0);
    expect(merged.output).toContain('merged line by line with git merge-file');
    const text = readRegistry(r);
    expect(text).toMatch(/^<{7} ours$/m);
    expect(text).toContain('"status": "idle"');
  });
});

describe('the driver never leaves a merged registry without markers that lost a side', () => {
  /** Two branches from main: `ours` edits the runner's note, `theirs` edits it differently. */
  async function divergent(theirsText?: string): Promise<TempRepo> {
    const r = await initialisedRepo();
    r.git('checkout', '-q', '-b', 'theirs');
    r.commit('theirs', {
      [REGISTRY]: theirsText ?? registryText({ 'powertest-runner': { ...runner, brief_note: 'theirs' } }),
    });
    r.git('checkout', '-q', 'main');
    r.commit('ours', { [REGISTRY]: registryText({ 'powertest-runner': { ...runner, brief_note: 'ours' } }) });
    return r;
  }

  it("in a linked worktree (no node_modules of its own) runs the main checkout's CLI", async () => {
    const r = await initialisedRepo();
    startDocsWriter(r);
    r.git('checkout', '-q', 'main');
    const tree = `${r.dir}-worktree`;
    r.git('worktree', 'add', '-q', '-b', 'task-a', tree, 'main');
    const inTree = (...args: string[]) =>
      spawnSync('git', args, { cwd: tree, env: gitEnv(), encoding: 'utf8' });
    writeFileSync(
      join(tree, REGISTRY),
      registryText({ 'powertest-runner': { ...runner, details_link: link(2) } }),
    );
    expect(inTree('commit', '-q', '-am', 'draft session 2').status).toBe(0);
    const merged = inTree('merge', '--no-edit', 'task-b');
    expect(`${merged.stdout}${merged.stderr}`).not.toMatch(/could not determine|CONFLICT/);
    expect(merged.status).toBe(0);
    expect(JSON.parse(readFileSync(join(tree, REGISTRY), 'utf8'))).toEqual({
      'powertest-runner': { ...runner, brief_note: 'moved', details_link: link(2) },
      'docs-writer': docsWriter,
    });
    r.git('worktree', 'remove', '--force', tree);
  });

  it('with no CLI to be found, git merges the lines, markers and all, and says why', async () => {
    const r = await divergent();
    rmSync(join(r.dir, 'node_modules'), { recursive: true, force: true });
    // A PATH with git but no handoff on it.
    const gitDir = dirname(spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim());
    const result = spawnSync('git', ['merge', '--no-edit', 'theirs'], {
      cwd: r.dir,
      env: gitEnv({ PATH: `${gitDir}:/usr/bin:/bin` }),
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('no handoff program found here, so the registry is merged line by line');
    const text = readRegistry(r);
    expect(text).toMatch(/^<<<<<<< ours$/m);
    expect(text).toContain('"brief_note": "ours"');
    expect(text).toContain('"brief_note": "theirs"');
  });

  it('a side over the size limit, or one that writes a key twice, is merged by lines: nothing is lost', async () => {
    const big = registryText({ 'powertest-runner': { ...runner, brief_note: 'x'.repeat(6 * 1024 * 1024) } });
    const twice = `{\n  "powertest-runner": ${JSON.stringify({ ...runner, brief_note: 'first' })},\n  "powertest-runner": ${JSON.stringify({ ...runner, brief_note: 'second' })}\n}\n`;
    for (const [theirs, why] of [
      [big, /over the \d+-byte limit/],
      [twice, /writes the key \/powertest-runner twice/],
    ] as const) {
      const r = await divergent(theirs);
      const merged = git(r, 'merge', '--no-edit', 'theirs');
      expect(merged.output).toMatch(why);
      expect(merged.code).not.toBe(0);
      const text = readRegistry(r);
      expect(text).toMatch(/^<<<<<<< ours$/m);
      expect(text).toContain('"brief_note": "ours"');
      expect(text).toContain(theirs === big ? 'x'.repeat(100) : '"brief_note":"first"');
    }
  });

  it('a side git itself takes for binary (a NUL byte): a conflict, the current side kept, no internal error', async () => {
    const binary = `${registryText({ 'powertest-runner': { ...runner, brief_note: 'theirs' } })}\0\n`;
    const r = await divergent(binary);
    const merged = git(r, 'merge', '--no-edit', 'theirs');
    expect(merged.code).not.toBe(0);
    expect(merged.output).not.toContain('internal error');
    expect(merged.output).toContain("nor git's line merge");
    expect(readRegistry(r)).toContain('"brief_note": "ours"');
    expect(git(r, 'diff', '--name-only', '--diff-filter=U').output).toContain('agent-handoffs.json');
  });
});
