import { spawnSync } from 'node:child_process';
/**
 * How `handoff check` is reached. The pre-push hook's exact command line skips commander (main.ts)
 * and, in dist/, loads the check command from its own bundle (dist/check.js); every other command
 * line goes through commander. Both ways must behave the same, in-process and as the built program.
 */
import { prePushHookOptions } from '../../src/cli/direct-lines.js';
import { CLI_BIN, gitEnv, runBin, runCli, TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  REGISTRY,
  registryText,
  repoWithTask,
  TASK,
  today,
} from './check-fixtures.js';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.remove();
});

/** A repository and the pre-push stdin of a push that brings a work commit without a handoff update. */
function stalePush(): { repo: TempRepo; stdin: string; work: string } {
  const repo = repoWithTask();
  repos.push(repo);
  const base = repo.git('rev-parse', 'HEAD');
  const work = repo.commit(`${TASK}: add fixtures`, { 'src/a.ts': 'x\n' });
  return { repo, stdin: `refs/heads/main ${work} refs/heads/main ${base}\n`, work };
}

describe('prePushHookOptions', () => {
  it.each([
    [['check', '--hook', 'pre-push'], []],
    [
      ['check', '--hook', 'pre-push', 'origin', 'git@host:r.git'],
      ['origin', 'git@host:r.git'],
    ],
    [
      ['check', '--hook', 'pre-push', '--', 'origin', 'https://host/r.git'],
      ['origin', 'https://host/r.git'],
    ],
  ])('recognises the hook stub’s command line %j', (argv, hookArgs) => {
    expect(prePushHookOptions(argv)).toEqual({ hook: 'pre-push', format: 'text', hookArgs });
  });

  it.each([
    [['check']],
    [['check', '--hook', 'pre-push', '--format', 'json']],
    [['check', '--hook=pre-push', 'origin']],
    [['-C', 'dir', 'check', '--hook', 'pre-push']],
    [['check', '--hook', 'pre-push', 'origin', 'url', 'extra']],
    [['check', '--hook', 'pre-push', '--base', 'HEAD']],
    [['check', '--hook', 'pre-push', '--', '-x']],
    [['check', '--hook', 'post-commit']],
    [['status', '--hook', 'pre-push']],
  ])('leaves %j to commander', (argv) => {
    expect(prePushHookOptions(argv)).toBeUndefined();
  });
});

describe('handoff check entry', () => {
  it('gives the same verdict with and without commander', async () => {
    const { repo, stdin, work } = stalePush();
    const direct = await runCli(['check', '--hook', 'pre-push', '--', 'origin', 'url'], {
      cwd: repo.dir,
      stdin,
    });
    const parsed = await runCli(['check', '--format', 'text', '--hook', 'pre-push', 'origin', 'url'], {
      cwd: repo.dir,
      stdin,
    });
    expect(direct.code).toBe(1);
    expect(direct.stderr).toContain(work.slice(0, 7));
    expect(parsed).toEqual(direct);
  });

  it('blocks a stale push from the built program, and passes a fresh one', () => {
    const { repo, stdin, work } = stalePush();
    const blocked = runBin(['check', '--hook', 'pre-push', '--', 'origin', 'url'], { cwd: repo.dir, stdin });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(`behind: 1 work commit(s) for ${TASK}`);
    expect(blocked.stderr).toContain(work.slice(0, 7));

    const fixed = repo.commit(`${TASK}: handoff`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 40 }),
    });
    const fresh = runBin(['check', '--hook', 'pre-push', 'origin', 'url'], {
      cwd: repo.dir,
      stdin: stdin.replace(work, fixed),
    });
    expect(fresh.stderr).toContain('every handoff fresh');
    expect(fresh.code).toBe(0);
  });

  it('reports a user mistake outside the hook as bad input from the built program (exit 2)', () => {
    const { repo } = stalePush();
    const result = runBin(['check', '--base', 'no-such-rev'], { cwd: repo.dir });
    expect(result.stderr).toBe(
      'handoff: unknown revision "no-such-rev": no such commit in this repository [git/unknown-revision]\n',
    );
    expect(result.code).toBe(2);
    // A range where one commit is asked for: named as given (git printed its ends, HEAD's id first).
    const range = runBin(['check', '--base', 'HEAD~1..HEAD'], { cwd: repo.dir });
    expect(range.stderr).toBe(
      'handoff: unknown revision "HEAD~1..HEAD": no such commit in this repository (a range: name one commit; for A..B give each end to its own flag, e.g. --base A --head B) [git/unknown-revision]\n',
    );
    expect(range.code).toBe(2);
  });

  it('refuses pre-push input that is not what git writes, naming the line', async () => {
    const repo = TempRepo.init();
    repos.push(repo);
    repo.commit('done', {
      [REGISTRY]: registryText({ 'agent-1': { task: TASK, status: 'complete' } }),
      [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
    });
    // The pushed tips say which trees to judge: input that names none is bad input, not a pass.
    const result = await runCli(['check', '--hook', 'pre-push', 'origin', 'url'], {
      cwd: repo.dir,
      stdin: 'not what git writes\n',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('<pre-push stdin>:1:1');
  });

  it('still parses every other command line with commander', () => {
    const { repo } = stalePush();
    const result = runBin(['check', '--format', 'yaml'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'yaml' is invalid");
    // The command's own help, where its options are.
    expect(result.stderr).toContain('(run `handoff check --help` for usage)');
  });
});

describe('output into a closed pipe', () => {
  it('ends with its own exit code and no stack trace when the reader stops early', () => {
    const repo = TempRepo.init();
    try {
      // 400 active tasks without handoffs: the JSON report is far larger than a pipe's buffer.
      const registry: Record<string, unknown> = {};
      for (let i = 0; i < 400; i++) {
        registry[`agent-${i}`] = {
          status: 'in_progress',
          current_task: `TASK-2025-${String(i).padStart(4, '0')}`,
        };
      }
      repo.commit('Start', { '.agent-context/agent-handoffs.json': JSON.stringify(registry) });
      const script = `"${process.execPath}" "${CLI_BIN}" check --format json | head -c 1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
      const run = spawnSync('bash', ['-c', script], { cwd: repo.dir, encoding: 'utf8', env: gitEnv() });
      expect(run.stderr).not.toMatch(/EPIPE|Error:|at .*node:/);
      expect(run.stderr).toContain('exit=1');
    } finally {
      repo.remove();
    }
  });
});
