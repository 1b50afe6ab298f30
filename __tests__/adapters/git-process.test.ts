/**
 * How GitCommandManager starts git: local commands as a plain child process, `fetch` through
 * simple-git. What a caller sees must not depend on which: failures become the same InputErrors and
 * InternalErrors, and a silent non-zero exit (as `--quiet` gives) is not an error.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GitCommandManager } from '../../src/adapters/git.js';
import { InputError, InternalError } from '../../src/core/errors.js';
import { TempRepo } from '../helpers/temp-repo.js';

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = TempRepo.init();
  repos.push(r);
  return r;
}
afterAll(() => {
  for (const r of repos) r.remove();
});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('GitCommandManager processes', () => {
  it('returns the output of a silent non-zero exit, and undefined where the caller expects failure', async () => {
    const r = repo();
    r.commit('root');
    const git = GitCommandManager.create(r.dir);
    // `git config --get` of an unset key exits 1 and prints nothing.
    expect(await git.exec(['config', '--get', 'no.such.key'])).toBe('');
    expect(await git.configGet('no.such.key')).toBeUndefined();
    r.git('config', 'handoff.test', 'yes');
    expect(await git.configGet('handoff.test')).toBe('yes');
  });

  it('turns a failure git explains into an InternalError naming the command and git’s words', async () => {
    const r = repo();
    r.commit('root');
    const error = await rejection(GitCommandManager.create(r.dir).exec(['config', '--no-such-option']));
    expect(error).toBeInstanceOf(InternalError);
    expect(error.message).toMatch(/^git config failed: error: unknown option/);
  });

  it('keeps large output whole (one git log of many commits)', async () => {
    const r = repo();
    const body = 'x'.repeat(5000);
    // Over 1 MB of log: more than child_process.execFile would buffer by default.
    let stream = '';
    for (let i = 1; i <= 300; i++) {
      const message = `commit ${i}\n\n${body}\n`;
      stream += `commit refs/heads/main\nmark :${i}\ncommitter T <t@example.com> ${1_700_000_000 + i} +0000\n`;
      stream += `data ${Buffer.byteLength(message)}\n${message}${i > 1 ? `from :${i - 1}\n` : ''}\n`;
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: r.dir, input: stream });
    const commits = await GitCommandManager.create(r.dir).logRange(['HEAD'], { stats: false });
    expect(commits).toHaveLength(300);
    expect(commits.every((c) => c.body === body)).toBe(true);
  });

  it('does not mistake a working folder that is gone for a missing git', async () => {
    const r = repo();
    r.commit('root');
    const git = GitCommandManager.create(r.dir);
    rmSync(r.dir, { recursive: true, force: true });
    expect(existsSync(r.dir)).toBe(false);
    const error = await rejection(git.hasCommits());
    expect(error).not.toBeInstanceOf(InputError);
    expect(error.message).toContain('does not exist');
  });

  it('runs fetch through simple-git, which refuses options that run programs', async () => {
    const r = repo();
    r.commit('root');
    const marker = join(r.dir, 'pwned');
    const git = GitCommandManager.create(r.dir);
    const error = await rejection(git.exec(['fetch', `--upload-pack=touch ${marker}`, r.dir]));
    expect(error).toBeInstanceOf(InternalError);
    expect(error.message).toMatch(/^git fetch failed: /);
    expect(existsSync(marker)).toBe(false);
  });

  it('fetches from a remote through simple-git', async () => {
    const origin = repo();
    const sha = origin.commit('on origin', { 'a.txt': 'a\n' });
    const r = repo();
    r.commit('root');
    r.git('remote', 'add', 'origin', origin.dir);
    await GitCommandManager.create(r.dir).exec(['fetch', '--quiet', 'origin', 'main']);
    expect(r.git('rev-parse', 'FETCH_HEAD')).toBe(sha);
  });
});
