/**
 * A task finished in the pushed commits (`done` in the same push as its last work): its commits, which
 * name it, are its own, not the one task still active's. Real pushes through the hook `init` installs.
 */
import { spawnSync } from 'node:child_process';
import { gitEnv, installCli, runCli, TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  REGISTRY,
  registryText,
  today,
} from '../integration/check-fixtures.js';

const ALICE_TASK = 'TASK-2025-0001';
const BOB_TASK = 'TASK-2025-0002';
const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

function push(repo: TempRepo, branch = 'main'): { code: number; output: string } {
  const result = spawnSync('git', ['push', 'origin', branch], {
    cwd: repo.dir,
    env: gitEnv(),
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** alice and bob, each on a task with a complete handoff, pushed; the plain hook installed. */
async function twoAgents(): Promise<TempRepo> {
  const remote = TempRepo.init({ bare: true });
  const repo = TempRepo.init();
  repos.push(remote, repo);
  installCli(repo);
  repo.commit('Start', {
    '.gitignore': 'node_modules/\n',
    [REGISTRY]: registryText({ alice: { task: ALICE_TASK }, bob: { task: BOB_TASK } }),
    [handoffPathOf(ALICE_TASK)]: handoffDocument(ALICE_TASK, today()),
    [handoffPathOf(BOB_TASK)]: handoffDocument(BOB_TASK, today()),
  });
  repo.git('remote', 'add', 'origin', remote.dir);
  repo.git('push', '-q', '-u', 'origin', 'main');
  expect((await runCli(['init'], { cwd: repo.dir })).code).toBe(0);
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'Set up the hook');
  // Both handoffs after the set-up, so that each session starts clean.
  repo.commit('Handoffs after set-up', {
    [handoffPathOf(ALICE_TASK)]: handoffDocument(ALICE_TASK, today(), { progress: 40 }),
    [handoffPathOf(BOB_TASK)]: handoffDocument(BOB_TASK, today(), { progress: 40 }),
  });
  expect(push(repo).code).toBe(0);
  return repo;
}

const ANSWERS = [
  '--note',
  'done',
  '--decision',
  'keep: simple',
  '--blocker',
  'None',
  '--next',
  'ship',
  '--progress',
  '100',
];

describe('a task finished in the push', () => {
  it('its own last work, draft and done pushed together: the other agent is not charged with it', async () => {
    const repo = await twoAgents();
    repo.commit(`feat: b\n\nTask: ${BOB_TASK}`, { 'src/b.txt': 'b\n' });
    repo.commit(`${BOB_TASK}: tidy`, { 'src/b2.txt': 'b2\n' });
    expect(
      (await runCli(['draft', '--task', BOB_TASK, '--agent', 'bob', ...ANSWERS], { cwd: repo.dir })).code,
    ).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `handoff ${BOB_TASK}`);
    expect((await runCli(['done', '--agent', 'bob'], { cwd: repo.dir })).code).toBe(0);
    // alice's Stop hook, with bob's `done` not committed yet: bob's commits are not her session's work.
    const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'alice'], {
      cwd: repo.dir,
      stdin: JSON.stringify({
        session_id: 's',
        transcript_path: '/dev/null',
        cwd: repo.dir,
        hook_event_name: 'Stop',
        stop_hook_active: false,
      }),
    });
    expect(JSON.parse(stop.stdout)).toEqual({});
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'bob done');

    const check = await runCli(['check', '--base', 'origin/main', '--head', 'main', '--format', 'json'], {
      cwd: repo.dir,
    });
    const result = JSON.parse(check.stdout);
    expect(result.verdicts.map((v: { taskId: string; fresh: boolean }) => [v.taskId, v.fresh])).toEqual([
      [ALICE_TASK, true],
    ]);
    // Said, not silent: the finished task's two work commits (a trailer, the subject's lead).
    expect(result.notes.join('\n')).toContain(
      `2 work commit(s) name ${BOB_TASK}, no longer active but active where they were made: counted for it`,
    );
    // Unnamed work in the same push is still the active task's: a finished task is nobody's fallback.
    const wip = repo.commit('wip', { 'src/a.txt': 'a\n' });
    const unnamed = await runCli(['check', '--base', 'origin/main', '--head', 'main', '--format', 'json'], {
      cwd: repo.dir,
    });
    const [alice] = JSON.parse(unnamed.stdout).verdicts;
    expect(alice.fresh).toBe(false);
    expect(alice.problems[0].commits).toEqual([wip.slice(0, 7)]);
    repo.git('reset', '-q', '--hard', 'HEAD~1');

    const pushed = push(repo);
    expect(pushed.output).not.toContain('behind');
    expect(pushed.code).toBe(0);
  });

  it.each([
    ['switching to the other task with start', ['start', '--task', ALICE_TASK, '--agent', 'bob']],
    ['idle', ['idle', '--agent', 'bob']],
  ])(
    'left by %s (no entry names it any more): its last session in the push keeps its commits its own',
    async (_how, leave) => {
      const repo = await twoAgents();
      repo.commit(`${BOB_TASK}: more`, { 'src/b.txt': 'b\n' });
      expect(
        (await runCli(['draft', '--task', BOB_TASK, '--agent', 'bob', ...ANSWERS], { cwd: repo.dir })).code,
      ).toBe(0);
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', `${BOB_TASK}: handoff`);
      expect((await runCli(leave, { cwd: repo.dir })).code).toBe(0);
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', 'bob leaves');
      const pushed = push(repo);
      expect(pushed.output).not.toContain(`✗ ${ALICE_TASK}`);
      expect(pushed.code).toBe(0);
      // alice's Stop hook and resume agree: bob's commit is not her session's work.
      const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'alice'], {
        cwd: repo.dir,
        stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
      });
      expect(JSON.parse(stop.stdout)).toEqual({});
    },
  );

  it('a task only the pushed registry names (added finished) or a long-finished one names nothing: the active task is charged', async () => {
    const repo = await twoAgents();
    // bob finished long ago, pushed then.
    repo.write(
      REGISTRY,
      registryText({ alice: { task: ALICE_TASK }, bob: { task: BOB_TASK, status: 'complete' } }),
    );
    repo.commit('bob done');
    expect(push(repo).code).toBe(0);
    // Work naming the old task, and an entry added complete in the same push for a task never active.
    repo.commit(`fix: more\n\nTask: ${BOB_TASK}`, { 'src/c.txt': 'c\n' });
    repo.write(
      REGISTRY,
      registryText({
        alice: { task: ALICE_TASK },
        bob: { task: BOB_TASK, status: 'complete' },
        carol: { task: 'TASK-2025-0003', status: 'complete' },
      }),
    );
    repo.commit(`fix: other\n\nTask: TASK-2025-0003`, { 'src/d.txt': 'd\n' });
    const pushed = push(repo);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain(`✗ ${ALICE_TASK}`);
    expect(pushed.output).toContain('2 work commit(s) for');
  });

  /** bob's last work, draft and `done`, committed (not pushed). */
  async function bobFinishes(repo: TempRepo): Promise<void> {
    repo.commit(`feat: b\n\nTask: ${BOB_TASK}`, { 'src/b.txt': 'b\n' });
    expect(
      (await runCli(['draft', '--task', BOB_TASK, '--agent', 'bob', ...ANSWERS], { cwd: repo.dir })).code,
    ).toBe(0);
    expect((await runCli(['done', '--agent', 'bob'], { cwd: repo.dir })).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${BOB_TASK}: handoff, done`);
  }

  const stopFor = async (repo: TempRepo, agent: string) =>
    JSON.parse(
      (
        await runCli(['hook', 'stop', '--tool', 'claude', '--agent', agent], {
          cwd: repo.dir,
          stdin: JSON.stringify({
            session_id: 's',
            cwd: repo.dir,
            hook_event_name: 'Stop',
            stop_hook_active: false,
          }),
        })
      ).stdout,
    );

  it('a mention of the finished task after its done names nothing: the active task is charged, by the push and the Stop hook alike', async () => {
    const repo = await twoAgents();
    await bobFinishes(repo);
    const wire = repo.commit(`wire the parser from ${BOB_TASK} into the API`, { 'src/api.txt': 'api\n' });
    const pushed = push(repo);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain(`✗ ${ALICE_TASK}`);
    expect(pushed.output).toContain(wire.slice(0, 7));
    expect((await stopFor(repo, 'alice')).decision).toBe('block');
    const resume = JSON.parse(
      (await runCli(['resume', '--task', ALICE_TASK, '--format', 'json'], { cwd: repo.dir })).stdout,
    );
    expect(JSON.stringify(resume)).toContain(wire.slice(0, 7));
  });

  it('a branch named after a finished task names nothing: the next task’s unnamed work is charged to it', async () => {
    const repo = await twoAgents();
    repo.git('switch', '-q', '-c', `feat/${BOB_TASK}-parser`);
    await bobFinishes(repo);
    // bob moves on to a new task on the same branch, with a handoff, then unnamed work.
    const NEXT = 'TASK-2025-0003';
    expect((await runCli(['start', '--task', NEXT, '--agent', 'bob'], { cwd: repo.dir })).code).toBe(0);
    expect(
      (await runCli(['draft', '--task', NEXT, '--agent', 'bob', ...ANSWERS], { cwd: repo.dir })).code,
    ).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${NEXT}: start`);
    repo.commit('wip: lexer', { 'src/lexer.txt': 'l\n' });
    const check = JSON.parse(
      (await runCli(['check', '--base', 'main', '--head', 'HEAD', '--format', 'json'], { cwd: repo.dir }))
        .stdout,
    );
    const next = check.verdicts.find((v: { taskId: string }) => v.taskId === NEXT);
    expect(next.fresh).toBe(false);
    expect(next.problems[0].reason).toBe('behind');
  });

  it('finished on main and merged into a branch: a later commit naming it on the branch is the active task’s', async () => {
    const repo = await twoAgents();
    repo.git('switch', '-q', '-c', 'feat-alice');
    const pushedTip = repo.commit(`${ALICE_TASK}: start the API`, {
      [handoffPathOf(ALICE_TASK)]: handoffDocument(ALICE_TASK, today(), { progress: 50 }),
    });
    repo.git('switch', '-q', 'main');
    await bobFinishes(repo);
    repo.git('switch', '-q', 'feat-alice');
    repo.git('merge', '-q', '--no-edit', 'main');
    const uses = repo.commit(`use the parser ${BOB_TASK} shipped`, { 'src/use.txt': 'u\n' });
    // The range an update of feat-alice from its pushed tip reads: the merge brings bob's finish in.
    const check = JSON.parse(
      (await runCli(['check', '--base', pushedTip, '--head', 'HEAD', '--format', 'json'], { cwd: repo.dir }))
        .stdout,
    );
    const alice = check.verdicts.find((v: { taskId: string }) => v.taskId === ALICE_TASK);
    expect(alice.fresh).toBe(false);
    expect(alice.problems[0].commits).toEqual([uses.slice(0, 7)]);
  });

  it('a branch that lags main still has the finished task active: a mention on it claims nothing', async () => {
    const repo = await twoAgents();
    repo.git('switch', '-q', '-c', `feat/${ALICE_TASK}-api`);
    const pushedTip = repo.git('rev-parse', 'HEAD');
    repo.git('switch', '-q', 'main');
    await bobFinishes(repo);
    repo.git('switch', '-q', `feat/${ALICE_TASK}-api`);
    const call = repo.commit(`call the parser ${BOB_TASK} shipped from the API`, { 'src/api.txt': 'a\n' });
    repo.git('merge', '-q', '--no-edit', 'main');
    const check = JSON.parse(
      (await runCli(['check', '--base', pushedTip, '--head', 'HEAD', '--format', 'json'], { cwd: repo.dir }))
        .stdout,
    );
    const alice = check.verdicts.find((v: { taskId: string }) => v.taskId === ALICE_TASK);
    expect(alice.fresh).toBe(false);
    expect(alice.problems[0].commits).toEqual([call.slice(0, 7)]);
    expect((await stopFor(repo, 'alice')).decision).toBe('block');
  });

  it('a revert of the finished task’s commit by the other agent is the active task’s work', async () => {
    const repo = await twoAgents();
    repo.commit(`${BOB_TASK}: parser`, { 'src/parser.txt': 'p\n' });
    expect(
      (await runCli(['draft', '--task', BOB_TASK, '--agent', 'bob', ...ANSWERS], { cwd: repo.dir })).code,
    ).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${BOB_TASK}: handoff`);
    expect(push(repo).code).toBe(0);
    expect((await runCli(['done', '--agent', 'bob'], { cwd: repo.dir })).code).toBe(0);
    // alice reverts bob's parser while bob's done is not committed yet (one working tree).
    repo.git('stash', '-q');
    repo.git('revert', '--no-edit', 'HEAD~1');
    repo.git('stash', 'pop', '-q');
    expect((await stopFor(repo, 'alice')).decision).toBe('block');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'bob done');
    const pushed = push(repo);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain(`✗ ${ALICE_TASK}`);
  });

  it('a squash that leaves the finished task’s trailer on the active task’s work: the active id wins', async () => {
    const repo = await twoAgents();
    repo.commit(`${ALICE_TASK}: api`, { 'src/api.txt': 'a\n' });
    repo.commit('feat: parser', { 'src/parser.txt': 'p\n' }, { body: `Task: ${BOB_TASK}` });
    expect(
      (await runCli(['draft', '--task', BOB_TASK, '--agent', 'bob', ...ANSWERS], { cwd: repo.dir })).code,
    ).toBe(0);
    expect((await runCli(['done', '--agent', 'bob'], { cwd: repo.dir })).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'bob: handoff, done');
    repo.gitWithEnv(
      { GIT_SEQUENCE_EDITOR: "sed -i '2s/^pick/squash/'", GIT_EDITOR: 'true' },
      'rebase',
      '-q',
      '-i',
      'HEAD~3',
    );
    const pushed = push(repo);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain(`✗ ${ALICE_TASK}`);
  });

  it('the finishing flow pushed as a new branch passes, as check and the Stop hook say', async () => {
    const repo = await twoAgents();
    repo.git('switch', '-q', '-c', 'wrap-up');
    await bobFinishes(repo);
    expect(await stopFor(repo, 'alice')).toEqual({});
    const pushed = push(repo, 'wrap-up');
    expect(pushed.output).not.toContain('behind');
    expect(pushed.code).toBe(0);
  });
});
