import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/adapters/config-loader.js';
import { runResume } from '../../src/app/resume.js';
import type { ResumeBrief } from '../../src/core/resume.js';
import { gitEnv, runCli, TempRepo } from '../helpers/temp-repo.js';
import { OTHER_TASK, repoWithTask } from './check-fixtures.js';
import {
  AGENT,
  draft,
  fillInSession1,
  handoffFile,
  REGISTRY,
  registryText,
  report,
  seedRepo,
  session2Commits,
  TASK,
} from './draft-seed-repo.js';

// Session 2 of the seed starts on Nov 10, after three commits that are not in the Nov 8 handoff.
const NOW = new Date('2025-11-10T13:00:00Z');

let repo: TempRepo;
afterEach(() => repo?.remove());

const resume = (...args: string[]) => runCli(['resume', ...args], { cwd: repo.dir, now: NOW });

/** Session 1 drafted and filled in, then three commits of session 2 with no handoff yet. */
async function seedAfterSession1(): Promise<string[]> {
  repo = seedRepo();
  const drafted = await draft(repo, 1);
  expect(drafted.code).toBe(0);
  fillInSession1(repo);
  return session2Commits(repo);
}

describe('handoff resume', () => {
  it('text: the seed’s session 2 resume plus what happened since the handoff', async () => {
    const shas = await seedAfterSession1();
    const result = await resume();
    expect(result.code).toBe(0);
    const text = result.stdout;
    expect(text).toContain(`${TASK} — ${AGENT} (In Progress, 30%)`);
    expect(text).toContain(`Handoff: ${handoffFile(1)} (2025-11-08, 2 days ago)`);
    expect(text).toContain('❌ Async test handling inconsistent (some tests hang)');
    expect(text).toContain('- Async test hang issue');
    expect(text).toContain('1. Fix async test hang (investigate event loop handling)');
    expect(text).toContain('Used pytest-asyncio instead of unittest');
    expect(text).toContain('Progress: 30% complete, 4 h last session, 8 h remaining');
    expect(text).toContain('Since: 3 commits since the handoff, not covered by it');
    for (const sha of shas) expect(text).toContain(sha.slice(0, 7));
    expect(text).toContain('Tests: handoff claims 5 passed, 0 failed (pass --tests');
  });

  it('json: a step a commit since seems to have done keeps its text, the guess in maybeDoneIn; text shows it as before', async () => {
    const shas = await seedAfterSession1();
    const json = await resume('--format', 'json');
    expect(json.code).toBe(0);
    const [brief] = (JSON.parse(json.stdout) as { tasks: ResumeBrief[] }).tasks;
    expect(brief?.nextSteps.items[0]).toEqual({
      text: 'Fix async test hang (investigate event loop handling)',
      maybeDoneIn: shas[0]?.slice(0, 7),
    });
    for (const step of brief?.nextSteps.items ?? []) expect(step.text).not.toContain('(done in');
    const text = (await resume()).stdout;
    expect(text).toContain(
      `  1. Fix async test hang (investigate event loop handling) (done in ${shas[0]?.slice(0, 7)}?)\n`,
    );
    const markdown = (await resume('--format', 'markdown')).stdout;
    expect(markdown).toContain(
      `- [ ] Fix async test hang (investigate event loop handling) (done in ${shas[0]?.slice(0, 7)}?)\n`,
    );
  });

  it('in a repository with no commits yet: the brief from the files, no commits since', async () => {
    repo = TempRepo.init();
    const registry = JSON.parse(registryText());
    registry[AGENT].details_link = handoffFile(1);
    repo.write(REGISTRY, JSON.stringify(registry));
    repo.write(handoffFile(1), '# Handoff\n\n## Current State\n\nStarted.\n\n## Next Steps\n\n1. Begin\n');
    const result = await resume('--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [brief] = (JSON.parse(result.stdout) as { tasks: ResumeBrief[] }).tasks;
    expect(brief?.taskId).toBe(TASK);
    expect(brief?.handoff?.path).toBe(handoffFile(1));
    expect(brief?.since).toBeUndefined();
  });

  it('with a branch ref that holds no commit: the damage, not "no commits yet" (exit 2)', async () => {
    await seedAfterSession1();
    // The branch HEAD names is read from HEAD's file: whether it has commits is the walk's to say.
    repo.write('.git/refs/heads/main', 'not an object name\n');
    const result = await resume('--format', 'json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[git/corrupt]');
    expect(JSON.parse(result.stdout).error.rule).toBe('git/corrupt');
  });

  it('--tests: tests now vs. claimed', async () => {
    await seedAfterSession1();
    const result = await resume('--tests', report(repo, 'session2-jest.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Tests: handoff claims 5 passed, 0 failed; reports now show 12 passed, 1 failed',
    );
    expect(result.stdout).toContain('❌ test_upload');
  });

  it('--tests with a report it cannot read: says so (not "pass --tests"), and the JSON carries the warning', async () => {
    await seedAfterSession1();
    // Saved as Latin-1: é is the lone byte 0xE9, which is not UTF-8.
    repo.write(
      'reports/latin1.xml',
      Buffer.from('<testsuite><testcase name="caf\u00e9"/></testsuite>', 'latin1'),
    );
    const result = await resume('--format', 'json', '--tests', 'reports/latin1.xml');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('not valid UTF-8 (byte 0xE9)');
    const parsed = JSON.parse(result.stdout) as { tasks: ResumeBrief[]; warnings?: { rule: string }[] };
    expect(parsed.tasks[0]?.tests?.note).toBe(
      'handoff claims 5 passed, 0 failed; the reports given could not be read (see the warnings)',
    );
    expect(parsed.warnings).toEqual([expect.objectContaining({ file: 'reports/latin1.xml', rule: 'utf-8' })]);
  });

  it('in a shallow clone, the oldest commit there is no last update of the handoff: since is unknown, not "none"', async () => {
    await seedAfterSession1();
    // Cloned with --depth 1: HEAD (a work commit not covered by the handoff) is the only commit there,
    // and with no parent it shows every file, the handoff included, as added.
    const shallow = new TempRepo();
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow.dir], {
      env: gitEnv(),
    });
    try {
      const result = await runCli(['resume', '--format', 'json'], { cwd: shallow.dir, now: NOW });
      expect(result.code).toBe(0);
      const [brief] = (JSON.parse(result.stdout) as { tasks: ResumeBrief[] }).tasks;
      expect(brief?.taskId).toBe(TASK);
      expect(brief?.since).toBeUndefined();
      // The same history, whole: three commits since the handoff.
      const whole = JSON.parse((await resume('--format', 'json')).stdout) as { tasks: ResumeBrief[] };
      expect(whole.tasks[0]?.since?.total).toBe(3);
    } finally {
      shallow.remove();
    }
  });

  it('markdown: the form the Action posts', async () => {
    const shas = await seedAfterSession1();
    const result = await resume('--format', 'markdown', '--task', TASK);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^#### TASK-2025-0078-C — powertest-runner/);
    expect(result.stdout).toContain('**Blockers:**');
    expect(result.stdout).toContain(`- \`${shas[2]?.slice(0, 7)}\` Add 7 more integration tests`);
  });

  it('json: the briefs', async () => {
    await seedAfterSession1();
    const result = await resume(
      '--format',
      'json',
      '--agent',
      AGENT,
      '--tests',
      report(repo, 'session2-jest.json'),
    );
    expect(result.code).toBe(0);
    const { tasks } = JSON.parse(result.stdout) as { tasks: ResumeBrief[] };
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.taskId).toBe(TASK);
    expect(tasks[0]?.since?.total).toBe(3);
    expect(tasks[0]?.tests?.claimed).toEqual({ passed: 5, failed: 0 });
    expect(tasks[0]?.tests?.now).toEqual({ passed: 12, failed: 1, skipped: 0 });
    expect(tasks[0]?.nextSteps.items).toHaveLength(4);
  });

  it('right after a fresh handoff: no commits since', async () => {
    repo = seedRepo();
    await draft(repo, 1);
    fillInSession1(repo);
    const result = await resume();
    expect(result.stdout).toContain('Since: no work commits since the handoff');
  });

  it('every active task by default, each with its own handoff or why there is none', async () => {
    repo = seedRepo();
    repo.write(
      REGISTRY,
      registryText({
        'docs-writer': { status: 'blocked', current_task: 'TASK-2025-0081', details_link: 'docs/missing.md' },
        reviewer: { status: 'idle', current_task: null },
      }),
    );
    const result = await resume();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${TASK} — ${AGENT} (in_progress)`);
    expect(result.stdout).toContain('Handoff: no handoff linked yet');
    expect(result.stdout).toContain('TASK-2025-0081 — docs-writer (blocked)');
    expect(result.stdout).toContain('docs/missing.md: the file does not exist');
    expect(result.stdout).not.toContain('reviewer');
  });

  it('a handoff that is not UTF-8: every brief printed, that one naming place and rule, exit 2', async () => {
    await seedAfterSession1();
    repo.write(
      REGISTRY,
      registryText({
        [AGENT]: { status: 'in_progress', current_task: TASK, details_link: handoffFile(1) },
        'docs-writer': { status: 'blocked', current_task: 'TASK-2025-0081', details_link: 'docs/latin1.md' },
      }),
    );
    // Saved as Latin-1: é is the lone byte 0xE9.
    mkdirSync(join(repo.dir, 'docs'), { recursive: true });
    writeFileSync(
      join(repo.dir, 'docs', 'latin1.md'),
      Buffer.from('# Handoff\n\nCaf\xe9 is done.\n', 'latin1'),
    );
    const text = await resume();
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(`${TASK} — ${AGENT} (In Progress, 30%)`);
    // `file:line:column: message [rule]`, the one form of bad input, in the brief and on stderr.
    expect(text.stdout).toMatch(
      /Handoff: docs\/latin1\.md:3:4: not valid UTF-8: byte 0xe9 .*\[encoding\/utf-8\]/,
    );
    expect(text.stderr).toMatch(
      /^handoff: docs\/latin1\.md:3:4: not valid UTF-8: byte 0xe9 .*\[encoding\/utf-8\]\n$/,
    );
    const json = await resume('--format', 'json');
    expect(json.code).toBe(2);
    const parsed = JSON.parse(json.stdout) as { tasks: ResumeBrief[]; errors?: unknown[] };
    expect(parsed.tasks.map((b) => b.taskId)).toEqual([TASK, 'TASK-2025-0081']);
    expect(parsed.tasks[1]?.handoff).toMatchObject({
      path: 'docs/latin1.md',
      line: 3,
      column: 4,
      problem: expect.stringMatching(/^not valid UTF-8: byte 0xe9 .*\[encoding\/utf-8\]$/),
    });
    // Why the exit code is 2, as `--format json` reports any error: the file, the place and the rule.
    expect(parsed.errors).toEqual([
      expect.objectContaining({
        kind: 'input',
        file: 'docs/latin1.md',
        line: 3,
        column: 4,
        rule: 'encoding/utf-8',
      }),
    ]);
    // Only the task asked for decides: its own handoff reads, so exit 0.
    expect((await resume('--task', TASK)).code).toBe(0);
  });

  it('a details_link that leaves the repository: the error is at that link in the registry, as validate puts it', async () => {
    repo = seedRepo();
    const registry = `{\n  "${AGENT}": {\n    "status": "in_progress",\n    "current_task": "${TASK}",\n    "details_link": "../outside.md"\n  }\n}\n`;
    repo.write(REGISTRY, registry);
    const result = await resume('--format', 'json');
    expect(result.code).toBe(2);
    const place = { file: REGISTRY, line: 5, column: 21 };
    expect(JSON.parse(result.stdout).errors).toEqual([
      expect.objectContaining({ kind: 'input', rule: 'path/escapes-repo', ...place }),
    ]);
    expect(result.stderr).toContain(`${REGISTRY}:5:21: details_link "../outside.md" leaves the repository`);
    const validate = await runCli(['validate'], { cwd: repo.dir });
    expect(validate.stdout).toContain(`${REGISTRY}:5:21: details_link "../outside.md" leaves the repository`);
  });

  it("at a monorepo's root: says which packages have active tasks, and where a task asked for is", async () => {
    repo = TempRepo.init();
    const B = 'TASK-2025-0200';
    repo.commit('monorepo', {
      '.handoffrc.json': '{ "workspaces": ["packages/*"] }\n',
      [`packages/a/${REGISTRY}`]: JSON.stringify({
        'agent-a': { status: 'in_progress', current_task: TASK },
      }),
      [`packages/b/${REGISTRY}`]: JSON.stringify({
        'agent-b': { status: 'in_progress', current_task: B, details_link: 'notes/b.md' },
      }),
    });
    const all = await resume();
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(
      `No registry at the root (${REGISTRY}); the packages have some: packages/a (${TASK}), packages/b (${B}). Resume one with \`handoff -C packages/a resume\`.`,
    );
    // JSON carries the note too.
    expect(JSON.parse((await resume('--format', 'json')).stdout)).toMatchObject({
      tasks: [],
      note: expect.stringContaining('packages/a (TASK-2025-0078-C)'),
    });
    // A task the root's registry has not got is resumed in the one package whose registry has it,
    // as the command the note names gives it.
    const one = await resume('--task', B, '--format', 'json');
    expect(one.code).toBe(0);
    const there = await runCli(['-C', 'packages/b', 'resume', '--task', B, '--format', 'json'], {
      cwd: repo.dir,
      now: NOW,
    });
    expect(there.code).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual({ ...JSON.parse(there.stdout), package: 'packages/b' });
    expect(JSON.parse(one.stdout).tasks[0]).toMatchObject({ taskId: B, agent: 'agent-b' });
    expect(one.stderr).toContain(
      `note: --task ${B} is in packages/b's registry, not the root's: resumed there, as \`handoff -C packages/b resume --task ${B}\` does\n`,
    );
    // Its paths from the root, where it ran, as the same command with -C names them.
    expect(JSON.parse(one.stdout).tasks[0].handoff.path).toBe('packages/b/notes/b.md');
    const byAgent = await resume('--agent', 'agent-a');
    expect(byAgent.code).toBe(0);
    expect(byAgent.stdout).toContain(`${TASK} — agent-a`);
    // Named as the program was run (`npx handoff` in a project that installs it).
    const { config } = await loadConfig(repo.dir);
    const asRun = await runResume({ repoRoot: repo.dir, config, program: 'npx handoff', now: NOW });
    expect(asRun.note).toContain('Resume one with `npx handoff -C packages/a resume`.');
    const found = await runResume({
      repoRoot: repo.dir,
      config,
      program: 'npx handoff',
      taskId: B,
      now: NOW,
    });
    expect(found.found).toEqual({
      package: 'packages/b',
      note: `--task ${B} is in packages/b's registry, not the root's: resumed there, as \`npx handoff -C packages/b resume --task ${B}\` does`,
    });

    // `draft` of that task at the root points to the package, as resume goes there (not "pass
    // --agent", which would start a session of it at the root); nothing is written.
    const drafted = await runCli(['draft', '--task', B, '--stdout', '--format', 'json'], {
      cwd: repo.dir,
      now: NOW,
    });
    expect(drafted.code).toBe(2);
    expect(JSON.parse(drafted.stdout).error.message).toBe(
      `no agent in the root's registry has current_task ${B}; packages/b has it in its own: draft it there, \`handoff -C packages/b draft --task ${B}\`, with the same answers`,
    );
    expect(existsSync(join(repo.dir, REGISTRY))).toBe(false);

    // In no registry: the error names the registries searched, not a root registry that is not there.
    const none = await resume('--task', 'TASK-2025-0999', '--format', 'json');
    expect(none.code).toBe(2);
    const noneError = JSON.parse(none.stdout).error;
    expect(noneError).toEqual({
      kind: 'input',
      rule: 'registry/no-task',
      message: `no agent in the 2 registries searched (packages/a/${REGISTRY}, packages/b/${REGISTRY}) has current_task TASK-2025-0999`,
    });

    // In two packages' registries: which one is the user's to say, each with its command.
    repo.write(
      `packages/c/${REGISTRY}`,
      JSON.stringify({ 'agent-c': { status: 'in_progress', current_task: B } }),
    );
    const two = await resume('--task', B, '--format', 'json');
    expect(two.code).toBe(2);
    expect(JSON.parse(two.stdout).error).toEqual({
      kind: 'input',
      rule: 'registry/ambiguous-package',
      message: `--task ${B} is in the registries of 2 packages, so which one to resume is yours to say: run \`handoff -C packages/b resume --task ${B}\` or \`handoff -C packages/c resume --task ${B}\``,
    });
  });

  it('nothing active: says so, exit 0', async () => {
    repo = seedRepo();
    repo.write(REGISTRY, '{ "a": { "status": "idle", "current_task": null } }\n');
    const result = await resume();
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('No active tasks: nothing to resume.\n');
  });

  it('nothing active after done: the note names the task the registry still has, and how to brief it', async () => {
    repo = seedRepo();
    repo.write(REGISTRY, JSON.stringify({ a: { status: 'complete', current_task: TASK } }));
    const result = await resume('--format', 'json');
    expect(result.code).toBe(0);
    const { tasks, note } = JSON.parse(result.stdout);
    expect(tasks).toEqual([]);
    expect(note).toBe(
      `No active tasks: nothing to resume. The registry still names ${TASK} (complete): \`handoff resume --task ${TASK}\` briefs it.`,
    );
    const briefed = await resume('--task', TASK, '--format', 'json');
    expect(briefed.code).toBe(0);
    expect(JSON.parse(briefed.stdout).tasks[0].taskId).toBe(TASK);
  });

  it('an unknown task or agent: exit 2 with the registry and the rule', async () => {
    repo = seedRepo();
    const task = await resume('--task', 'TASK-2025-0001');
    expect(task.code).toBe(2);
    expect(task.stderr).toContain(
      `${REGISTRY}: no agent in the registry has current_task TASK-2025-0001 [registry/no-task]`,
    );
    const agent = await resume('--agent', 'nobody', '--format', 'json');
    expect(agent.code).toBe(2);
    expect(agent.stderr).toContain(`${REGISTRY}: no agent "nobody" in the registry [registry/no-agent]`);
    expect(JSON.parse(agent.stdout).error).toEqual(
      expect.objectContaining({ file: REGISTRY, rule: 'registry/no-agent' }),
    );
  });

  it('says how many commits since the handoff name no active task, as check notes them', async () => {
    repo = repoWithTask({ tasks: [TASK, OTHER_TASK] });
    repo.commit('tidy up the build', { 'src/build.ts': 'x\n' });
    const json = await runCli(['resume', '--task', TASK, '--format', 'json'], { cwd: repo.dir });
    expect(json.code).toBe(0);
    const [brief] = (JSON.parse(json.stdout) as { tasks: ResumeBrief[] }).tasks;
    expect(brief?.since).toEqual(expect.objectContaining({ total: 0, unattributed: 1 }));
    const text = await runCli(['resume', '--task', TASK], { cwd: repo.dir });
    expect(text.stdout).toContain('no work commits since the handoff (after ');
    expect(text.stdout).toContain(
      '; 1 more name no active task and count for none (add a `Task: <ID>` trailer)',
    );
    // The same rule as the check's note on the same commit.
    const check = await runCli(['check', '--base', 'HEAD~1'], { cwd: repo.dir });
    expect(check.stdout + check.stderr).toContain(
      '1 work commit(s) name no active task and were not counted for any',
    );
  });

  it('no registry yet: says where it would be and how to make one, exit 0', async () => {
    repo = TempRepo.init();
    repo.commit('start', { 'README.md': 'x\n' });
    const result = await resume();
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`No registry at ${REGISTRY} yet: run \`handoff init\` to create one.\n`);
    // A task asked for: not "in" a registry file that is not there.
    const task = await resume('--task', TASK, '--format', 'json');
    expect(task.code).toBe(2);
    expect(JSON.parse(task.stdout).error).toEqual({
      kind: 'input',
      rule: 'registry/no-task',
      message: `no agent in a registry (there is none at ${REGISTRY}) has current_task ${TASK}`,
    });
  });

  it('a malformed registry: exit 2 naming the file', async () => {
    repo = seedRepo();
    repo.write(REGISTRY, '{ "a": ');
    const result = await resume();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(REGISTRY);
  });
});
