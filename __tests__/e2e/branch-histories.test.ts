/**
 * Branches, merges and cherry-picks: `check`, `resume`, the Stop hook and `draft` count the same
 * work after the handoff. Each history is one a review found them disagreeing on: a handoff brought
 * to main by a cherry-pick before its branch was merged, a task branch started from a later main
 * line, and a clean merge of two edits to the handoff.
 */

import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from '@jest/globals';
import { gitEnv, installCli, runCli, TempRepo } from '../helpers/temp-repo.js';

const T = 'TASK-2025-0001';
const T2 = 'TASK-2025-0002';
const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

/** A repository with an `origin`, set up by `init`, with agent a started on T; commits an hour ago on. */
async function started(): Promise<{ repo: TempRepo; commit: (message: string, file?: string) => void }> {
  const remote = TempRepo.init({ bare: true });
  const repo = TempRepo.init();
  repos.push(remote, repo);
  repo.git('remote', 'add', 'origin', remote.dir);
  let tick = 0;
  const start = Math.floor(Date.now() / 1000) - 3600;
  const date = () => `@${start + ++tick * 10} +0000`;
  const commit = (message: string, file?: string) => {
    repo.commit(message, file ? { [file]: `${message}\n` } : {}, { date: date() });
  };
  repo.commit('init', { README: 'base\n' }, { date: date() });
  expect((await runCli(['init', '--no-merge-driver'], { cwd: repo.dir })).code).toBe(0);
  commit('handoff init');
  expect((await runCli(['start', '--task', T, '--agent', 'a'], { cwd: repo.dir })).code).toBe(0);
  commit(`start ${T}`);
  return { repo, commit };
}

/** `draft` with every answer, committed: the session's handoff (agent a's of T unless told). */
async function handoff(
  repo: TempRepo,
  commit: (message: string) => void,
  task = T,
  agent = 'a',
): Promise<void> {
  const drafted = await runCli(
    [
      'draft',
      '--task',
      task,
      '--agent',
      agent,
      '--note',
      'n',
      '--decision',
      'd: r',
      '--blocker',
      'None',
    ].concat(['--next', 's', '--progress', '10']),
    { cwd: repo.dir },
  );
  expect(drafted.code).toBe(0);
  commit(`handoff ${task}`);
}

/** The work after the handoff as each command counts it: subjects where the command lists them. */
async function counts(repo: TempRepo, base: string) {
  const subject = (sha: string) => repo.git('log', '-1', '--format=%s', sha);
  const check = await runCli(['check', '--base', base, '--head', 'HEAD', '--format', 'json'], {
    cwd: repo.dir,
  });
  const verdict = JSON.parse(check.stdout).verdicts.find((v: { taskId: string }) => v.taskId === T);
  const behind = (verdict.problems as Array<{ reason: string; commits?: string[] }>)
    .filter((p) => p.reason === 'behind')
    .flatMap((p) => (p.commits ?? []).map(subject));
  const resume = await runCli(['resume', '--task', T, '--format', 'json'], { cwd: repo.dir });
  const since = JSON.parse(resume.stdout).tasks[0].since;
  const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'a'], {
    cwd: repo.dir,
    stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
  });
  const blocked = stop.stdout.includes('"block"');
  const stopCount = blocked ? Number(/has (\d+) work commits?/.exec(stop.stdout)?.[1] ?? Number.NaN) : 0;
  const draft = await runCli(['draft', '--task', T, '--agent', 'a', '--stdout', '--no-interactive'], {
    cwd: repo.dir,
  });
  expect(draft.code).toBe(0);
  const drafted = Number(/Commits: (\d+)/.exec(draft.stderr)?.[1] ?? Number.NaN);
  return {
    check: behind.sort(),
    resume: ((since?.commits.items ?? []) as Array<{ subject: string }>).map((c) => c.subject).sort(),
    stop: stopCount,
    draft: drafted,
  };
}

/** What `counts` gives when every command counts `subjects` (sorted) as the work after the handoff. */
function everyCommand(subjects: string[]) {
  return { check: subjects, resume: subjects, stop: subjects.length, draft: subjects.length };
}

describe('check, resume, the Stop hook and draft agree on a branchy history', () => {
  it('a handoff cherry-picked to main before its branch is merged covers the branch’s work', async () => {
    const { repo, commit } = await started();
    await handoff(repo, commit);
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('switch', '-q', '-c', 'feature');
    commit('w1 on feature', 'f.txt');
    await handoff(repo, commit);
    repo.git('switch', '-q', 'main');
    repo.gitWithEnv(
      { GIT_COMMITTER_DATE: `@${Math.floor(Date.now() / 1000) - 60} +0000` },
      'cherry-pick',
      'feature',
    );
    repo.gitWithEnv(
      { GIT_COMMITTER_DATE: `@${Math.floor(Date.now() / 1000) - 30} +0000` },
      'merge',
      '-q',
      '--no-edit',
      'feature',
    );
    // The handoff at HEAD (the cherry-picked session 2) is the one that covers w1: nothing is behind.
    expect(await counts(repo, 'origin/main')).toEqual(everyCommand([]));
  });

  it('on a task branch started from a later main line, main’s commits are not the task’s', async () => {
    const { repo, commit } = await started();
    await handoff(repo, commit);
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    commit('w0 on main', 'm.txt');
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('switch', '-q', '-c', 'feature');
    commit('w1 on feature', 'f.txt');
    expect(await counts(repo, 'origin/main')).toEqual(everyCommand(['w1 on feature']));
  });

  it('mid-rebase (HEAD detached), the branch being rebased is the one whose work is counted', async () => {
    const { repo, commit } = await started();
    await handoff(repo, commit);
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('switch', '-q', '-c', 'feature');
    commit('w1 on feature', 'f.txt');
    repo.git('switch', '-q', 'main');
    commit('w0 on main', 'm.txt');
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('switch', '-q', 'feature');
    // A rebase onto the later main line that stops before it ends (`break`): HEAD is detached.
    repo.gitWithEnv({ GIT_SEQUENCE_EDITOR: 'echo break >>' }, 'rebase', '-q', '-i', 'main');
    expect(repo.git('branch', '--show-current')).toBe('');
    const midRebase = await counts(repo, 'origin/main');
    // The Stop hook asks to finish the rebase first (its own test is in agent-session's suite).
    expect({ ...midRebase, stop: undefined }).toEqual({
      ...everyCommand(['w1 on feature']),
      stop: undefined,
    });
    repo.git('rebase', '--continue');
    expect(await counts(repo, 'origin/main')).toEqual(everyCommand(['w1 on feature']));
  });

  it('with two tasks active, unnamed work falls back as the push will judge it', async () => {
    const { repo, commit } = await started();
    expect((await runCli(['start', '--task', T2, '--agent', 'b'], { cwd: repo.dir })).code).toBe(0);
    commit(`start ${T2}`);
    await handoff(repo, commit);
    await handoff(repo, commit, T2, 'b');
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    // Pushed already: the next push carries only the unnamed commit, which names no task. Nobody's.
    commit('tidy', 't.txt');
    expect(await counts(repo, 'origin/main')).toEqual(everyCommand([]));
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    // a's next handoff is not pushed yet: the push carries it with the unnamed commit after it, so T
    // is the one task the pushed commits name, and the unnamed commit is T's.
    await handoff(repo, commit);
    commit('fix parser', 'w.txt');
    expect(await counts(repo, 'origin/main')).toEqual(everyCommand(['fix parser']));
  });

  it('a clean merge of two edits to the handoff is no update of it', async () => {
    const { repo, commit } = await started();
    await handoff(repo, commit);
    const path = `delegation/tasks/active/${T}-handoff-session1.md`;
    const text = repo.git('show', `HEAD:${path}`);
    const lines = text.split('\n');
    repo.git('switch', '-q', '-c', 'feature');
    repo.write(path, `${[`${lines[0]} (typo fixed)`, ...lines.slice(1)].join('\n')}\n`);
    commit('handoff: fix a typo');
    commit('w1 on feature', 'f.txt');
    repo.git('switch', '-q', 'main');
    commit('w2 on main', 'm.txt');
    repo.write(path, `${[...lines, '', 'A note on w2.'].join('\n')}\n`);
    commit('handoff: note w2');
    repo.git('merge', '-q', '--no-edit', 'feature');
    // Both edits merge cleanly: the last update is main's note, and w1 (on the branch) is after it.
    const root = repo.git('rev-list', '--max-parents=0', 'HEAD');
    expect(await counts(repo, root)).toEqual(everyCommand(['w1 on feature']));
  });

  it('a merge not committed yet is finished before the session ends', async () => {
    const { repo, commit } = await started();
    await handoff(repo, commit);
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('switch', '-q', '-c', 'feature');
    commit('w1 on feature', 'f.txt');
    await handoff(repo, commit);
    commit('w3 on feature after its handoff', 'f.txt');
    repo.git('switch', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'feature');
    const stop = () =>
      runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'a'], {
        cwd: repo.dir,
        stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
      });
    // The merged-in handoff is staged, but not written this session: it does not cover w3.
    const during = await stop();
    expect(during.stdout).toContain('"block"');
    expect(during.stdout).toContain('a merge is in progress');
    expect(during.stdout).toContain('git commit --no-edit');
    repo.git('commit', '-q', '--no-edit');
    // Committed, the merge is judged as the push judges it: w3 is after the handoff.
    expect(await counts(repo, 'origin/main')).toEqual(everyCommand(['w3 on feature after its handoff']));
  });

  it('a first push of a new branch: the work after the handoffs is attributed as that push reads it', async () => {
    const { repo, commit } = await started();
    expect((await runCli(['start', '--task', T2, '--agent', 'b'], { cwd: repo.dir })).code).toBe(0);
    commit(`start ${T2}`);
    await handoff(repo, commit);
    await handoff(repo, commit, T2, 'b');
    commit('unnamed work', 'w.txt');
    // Nothing pushed yet: the push reads from where both handoffs were updated (a's), so b's
    // update is the one task its commits name, and the unnamed work is T2's.
    const resume = await runCli(['resume', '--task', T2, '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(resume.stdout).tasks[0].since.total).toBe(1);
    const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'b'], {
      cwd: repo.dir,
      stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
    });
    expect(stop.stdout).toContain('"block"');
    const draft = await runCli(['draft', '--task', T2, '--agent', 'b', '--stdout', '--no-interactive'], {
      cwd: repo.dir,
    });
    expect(draft.stderr).toContain(`Commits: 1 for ${T2}`);
    installCli(repo);
    expect((await runCli(['init', '--no-merge-driver'], { cwd: repo.dir })).code).toBe(0);
    const pushed = spawnSync('git', ['push', 'origin', 'main'], {
      cwd: repo.dir,
      env: gitEnv(),
      encoding: 'utf8',
    });
    expect(pushed.status).not.toBe(0);
    expect(pushed.stderr).toContain(`✗ ${T2}`);
  });

  it('what another remote has is carried by a push to origin, and counts as there', async () => {
    const { repo, commit } = await started();
    const upstream = TempRepo.init({ bare: true });
    repos.push(upstream);
    repo.git('remote', 'add', 'upstream', upstream.dir);
    expect((await runCli(['start', '--task', T2, '--agent', 'b'], { cwd: repo.dir })).code).toBe(0);
    commit(`start ${T2}`);
    await handoff(repo, commit, T2, 'b');
    await handoff(repo, commit);
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    // Another contributor's commit naming T2, pushed to upstream only: a push to origin carries it.
    expect((await runCli(['block', '--agent', 'b', '--note', 'waiting'], { cwd: repo.dir })).code).toBe(0);
    commit(`${T2}: registry note`);
    repo.git('push', '-q', '--no-verify', 'upstream', 'main');
    await handoff(repo, commit);
    commit('unnamed work', 'w.txt');
    // The push names T1 and T2: the unnamed work is nobody's, and every command says so.
    expect(await counts(repo, 'origin/main')).toEqual(everyCommand([]));
  });

  it('a first push is told from the registry as committed, not another agent’s draft beside it', async () => {
    const { repo, commit } = await started();
    expect((await runCli(['start', '--task', T2, '--agent', 'b'], { cwd: repo.dir })).code).toBe(0);
    commit(`start ${T2}`);
    await handoff(repo, commit);
    await handoff(repo, commit, T2, 'b');
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('switch', '-q', '-c', 'feature');
    commit(`${T2}: x`, 'x.txt');
    await handoff(repo, commit, T2, 'b');
    await handoff(repo, commit);
    commit('unnamed work', 'w.txt');
    // b drafts again and has not committed it: the working tree's registry links a file no commit has.
    expect(
      (
        await runCli(
          [
            'draft',
            '--task',
            T2,
            '--agent',
            'b',
            '--note',
            'n',
            '--decision',
            'd: r',
            '--blocker',
            'None',
          ].concat(['--next', 's', '--progress', '20']),
          { cwd: repo.dir },
        )
      ).code,
    ).toBe(0);
    // The push of feature (new there) reads from a's and b's common update: T1 alone is named after
    // it, so the unnamed work is T1's, as the Stop hook and draft tell a.
    const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'a'], {
      cwd: repo.dir,
      stdin: '{"hook_event_name":"Stop","stop_hook_active":false}',
    });
    expect(stop.stdout).toContain('"block"');
    const draft = await runCli(['draft', '--task', T, '--agent', 'a', '--stdout', '--no-interactive'], {
      cwd: repo.dir,
    });
    expect(draft.stderr).toContain(`Commits: 1 for ${T}`);
  });

  it('after a task branch is merged, a teammate’s commit the remote already has is not the task’s', async () => {
    const { repo, commit } = await started();
    await handoff(repo, commit);
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('switch', '-q', '-c', `${T}-x`);
    commit('Add a', 'a.txt');
    await handoff(repo, commit);
    repo.git('push', '-q', '--no-verify', 'origin', `${T}-x`);
    repo.git('switch', '-q', 'main');
    // Someone else's unnamed work, pushed to main before the task's branch is merged.
    commit('Main work (other person)', 'm.txt');
    repo.git('push', '-q', '--no-verify', 'origin', 'main');
    repo.git('merge', '-q', '--no-edit', `${T}-x`);
    // The push carries only the merge: T is fresh, and no command charges T with the teammate's commit.
    expect(await counts(repo, 'origin/main')).toEqual(everyCommand([]));
    // Work of the session after the merge, unnamed and not pushed, is T's (the only active task).
    commit('my tidy', 't.txt');
    expect(await counts(repo, 'origin/main')).toEqual(everyCommand(['my tidy']));
  });
});
