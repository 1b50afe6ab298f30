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

function push(repo: TempRepo): { code: number; output: string } {
  const result = spawnSync('git', ['push', 'origin', 'main'], {
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
    repo.commit(`chore: tidy ${BOB_TASK}`, { 'src/b2.txt': 'b2\n' });
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
    // Said, not silent: the finished task's two work commits (a trailer, the message).
    expect(result.notes.join('\n')).toContain(
      `2 work commit(s) for ${BOB_TASK}, which is no longer active (finished in the checked commits), were counted for it`,
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
});
