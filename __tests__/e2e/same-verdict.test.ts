/**
 * One rule, three doors: for the same range, the bundled Action (dist/index.js against the API
 * stand-in), `handoff check --base --head` and a real `git push` through the installed hook give the
 * same verdict: the same stale tasks, reasons and commits.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { gitEnv, installCli, runCli, TempRepo } from '../helpers/temp-repo.js';
import { TASK, useActionHarness } from './action-harness.js';

const h = useActionHarness();

interface Judged {
  taskId: string;
  reasons: string[];
  commits: string[];
}

function judged(
  verdicts: Array<{
    taskId: string;
    fresh: boolean;
    problems: Array<{ reason: string; commits?: string[] }>;
  }>,
): Judged[] {
  return verdicts
    .filter((v) => !v.fresh)
    .map((v) => ({
      taskId: v.taskId,
      reasons: v.problems.map((p) => p.reason),
      commits: v.problems.flatMap((p) => p.commits ?? []),
    }));
}

describe('the Action, check --base/--head and the pre-push hook agree', () => {
  it('on a stale range, and on the fresh one after it', async () => {
    const { repo, base, staleHead, freshHead } = h.fixture;
    installCli(repo);
    expect((await runCli(['init', '--no-merge-driver'], { cwd: repo.dir })).code).toBe(0);

    for (const [head, expectStale] of [
      [staleHead, true],
      [freshHead, false],
    ] as const) {
      // The Action, on the PR base..head.
      const action = await h.runAction({ workspace: repo.dir, event: h.pullRequestEvent(head) });
      const fromAction = (
        JSON.parse(action.outputs['stale-tasks'] ?? '[]') as Array<{
          task: string;
          reasons: string[];
          commits: string[];
        }>
      ).map((t) => ({ taskId: t.task, reasons: t.reasons, commits: t.commits }));
      expect(action.outputs.stale).toBe(String(expectStale));

      // handoff check on the same range.
      const check = await runCli(['check', '--base', base, '--head', head, '--format', 'json'], {
        cwd: repo.dir,
      });
      const fromCheck = judged(JSON.parse(check.stdout).verdicts);
      expect(check.code).toBe(expectStale ? 1 : 0);

      // A real push of `head` to a remote that has `base`, through the hook `handoff init` installs.
      const remote = TempRepo.init({ bare: true });
      h.cleanup(() => remote.remove());
      repo.git('push', '-q', '--no-verify', remote.dir, `${base}:refs/heads/main`);
      const pushed = spawnSync('git', ['push', remote.dir, `${head}:refs/heads/main`], {
        cwd: repo.dir,
        env: gitEnv(),
        encoding: 'utf8',
      });
      expect(pushed.status === 0).toBe(!expectStale);

      expect(fromAction).toEqual(fromCheck);
      if (expectStale) {
        expect(fromCheck).toEqual([{ taskId: TASK, reasons: ['behind'], commits: [staleHead.slice(0, 7)] }]);
        expect(pushed.stderr).toContain(staleHead.slice(0, 7));
        expect(pushed.stderr).toContain('behind');
      }
    }
  });
});
