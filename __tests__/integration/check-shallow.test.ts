import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../src/app/check.js';
import { gitEnv, TempRepo } from '../helpers/temp-repo.js';
import { handoffDocument, handoffPathOf, REGISTRY, registryText, TASK, today } from './check-fixtures.js';

describe('runCheck in a shallow clone', () => {
  const cleanup: string[] = [];
  afterAll(() => {
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('deepens until the merge base is there, then checks exactly base..head', async () => {
    const origin = TempRepo.init();
    cleanup.push(origin.dir);
    origin.commit('start', {
      [REGISTRY]: registryText({ a: { task: TASK } }),
      [handoffPathOf(TASK)]: handoffDocument(TASK, today()),
    });
    for (let i = 0; i < 5; i++) origin.commit(`main ${i}`, { [`main-${i}.txt`]: `${i}\n` });
    origin.git('checkout', '-q', '-b', 'feature', 'HEAD~3');
    const work = origin.commit(`${TASK}: feature work`, { 'src/f.ts': '1\n' });
    origin.git('checkout', '-q', 'main');

    const clone = mkdtempSync(join(tmpdir(), 'handoff-shallow-'));
    cleanup.push(clone);
    execFileSync(
      'git',
      ['clone', '-q', '--depth', '1', '--no-single-branch', `file://${origin.dir}`, clone],
      {
        env: gitEnv(),
      },
    );
    execFileSync('git', ['checkout', '-q', 'feature'], { cwd: clone, env: gitEnv() });
    expect(
      execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: clone, encoding: 'utf8' }).trim(),
    ).toBe('true');

    const result = await runCheck({
      repoRoot: clone,
      base: 'origin/main',
      head: 'HEAD',
      now: new Date(),
    });
    expect(result.range).toEqual({ description: 'origin/main..HEAD', commitCount: 1 });
    expect(result.notes.join('\n')).toMatch(/Shallow clone: fetched \d+ more commit\(s\)/);
    expect(result.verdicts[0]?.problems[0]?.commits).toEqual([work.slice(0, 7)]);
  });
});
