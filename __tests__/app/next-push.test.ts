/**
 * The next push as the agent-side commands tell it ahead (src/app/next-push.ts), over a git that
 * answers from memory through the same interface the adapter implements: which remote a plain push
 * goes to, and when the commits it carries are not read at all.
 */
import { describe, expect, it } from '@jest/globals';
import { nextPushCommits, nextPushOf, PUSHED_ALONG_LIMIT } from '../../src/app/next-push.js';
import type { CommitInfo } from '../../src/core/model.js';

const HEAD = 'a'.repeat(40);

function commitNo(n: number): CommitInfo {
  return {
    sha: n.toString(16).padStart(40, '0'),
    parents: [],
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorTime: 0,
    commitTime: 0,
    subject: `chore ${n}`,
    body: '',
    taskTrailers: [],
    files: [],
  };
}

function fakeGit(over: {
  config?: Record<string, string>;
  remotes?: string[];
  tracking?: string[];
  log?: number;
}) {
  const logged: string[][] = [];
  return {
    logged,
    // As git prints `config --list`: section and name in lower case, the subsection as written.
    async configList() {
      const values = new Map<string, string>();
      for (const remote of over.remotes ?? []) values.set(`remote.${remote}.url`, `../${remote}.git`);
      for (const [key, value] of Object.entries(over.config ?? {})) {
        const parts = key.split('.');
        const last = parts.length - 1;
        values.set(parts.map((p, i) => (i === 0 || i === last ? p.toLowerCase() : p)).join('.'), value);
      }
      return values;
    },
    async firstExisting(candidates: string[]) {
      return candidates.find((c) => over.tracking?.includes(c));
    },
    async revParse(rev: string) {
      return rev === 'HEAD' ? HEAD : 'c'.repeat(40);
    },
    async logRange(args: string[]) {
      logged.push(args);
      return Array.from({ length: over.log ?? 1 }, (_, i) => commitNo(i + 1));
    },
    async lastTouchingCommits() {
      return new Map<string, string>();
    },
    async commonAncestor() {
      return undefined;
    },
  };
}

const push = { branch: 'main', topLevel: '/nowhere' };

describe('the next push, told ahead', () => {
  it('goes where git push would: pushRemote, pushDefault, the branch remote, origin, the only remote', async () => {
    const remoteOf = async (over: Parameters<typeof fakeGit>[0]) =>
      (await nextPushOf(fakeGit(over), 'main', HEAD))?.revisionArgs.find((a) => a.startsWith('--remotes'));
    expect(await remoteOf({ remotes: ['origin', 'fork'] })).toBe('--remotes=origin');
    expect(await remoteOf({ remotes: ['fork'] })).toBe('--remotes=fork');
    expect(await remoteOf({ remotes: ['a', 'b'] })).toBeUndefined();
    expect(await remoteOf({ remotes: ['origin'], config: { 'branch.main.remote': 'up' } })).toBe(
      '--remotes=up',
    );
    expect(await remoteOf({ config: { 'branch.main.remote': 'up', 'remote.pushDefault': 'mine' } })).toBe(
      '--remotes=mine',
    );
    expect(
      await remoteOf({ config: { 'remote.pushDefault': 'mine', 'branch.main.pushRemote': 'theirs' } }),
    ).toBe('--remotes=theirs');
  });

  it('is an update when the remote-tracking branch exists, else a new branch', async () => {
    const update = await nextPushOf(
      fakeGit({ remotes: ['origin'], tracking: ['refs/remotes/origin/main'] }),
      'main',
      HEAD,
    );
    expect(update?.kind).toBe('update');
    const created = await nextPushOf(fakeGit({ remotes: ['origin'] }), 'main', HEAD);
    expect(created?.kind).toBe('new');
  });

  it('reads the push’s own range from HEAD, and nothing where it cannot be told', async () => {
    const git = fakeGit({ remotes: ['origin'], tracking: ['refs/remotes/origin/main'] });
    expect(await nextPushCommits(git, push)).toHaveLength(1);
    expect(git.logged[0]).toContain(HEAD);
    expect(git.logged[0]).toContain('--remotes=origin');
    // A detached HEAD, or no remote: no push to tell ahead.
    expect(
      await nextPushCommits(fakeGit({ remotes: ['origin'] }), { ...push, branch: undefined }),
    ).toBeUndefined();
    expect(await nextPushCommits(fakeGit({}), push)).toBeUndefined();
    // At most the newest PUSHED_ALONG_LIMIT: fewer names than the push's can only ask for more.
    const many = fakeGit({ remotes: ['origin'], tracking: ['refs/remotes/origin/main'] });
    await nextPushCommits(many, push);
    expect(many.logged[0]?.[0]).toBe(`--max-count=${PUSHED_ALONG_LIMIT}`);
    // A remote given as a path or URL: what it has cannot be told here.
    const path = fakeGit({ remotes: ['origin'], config: { 'branch.main.pushRemote': '../fork.git' } });
    expect(await nextPushCommits(path, push)).toBeUndefined();
    // push.default upstream: the branch the upstream names there.
    const upstream = fakeGit({
      remotes: ['origin'],
      config: {
        'push.default': 'upstream',
        'branch.main.remote': 'origin',
        'branch.main.merge': 'refs/heads/other',
      },
      tracking: ['refs/remotes/origin/other'],
    });
    expect((await nextPushOf(upstream, 'main', HEAD))?.kind).toBe('update');
    expect((await nextPushOf(upstream, 'main', HEAD))?.remoteRef).toBe('refs/heads/other');
  });
});
