/**
 * The pure rules of a remembered snapshot (core/snapshot.ts): from which commit a push may start,
 * and what its commits' changed paths touch of it.
 */
import type { CommitInfo } from '../../src/core/model.js';
import { blobsAfter, changedBy, commitsAfter, storedAsChanges } from '../../src/core/snapshot.js';

function commit(sha: string, parents: string[], files: string[] = []): CommitInfo {
  return {
    sha,
    parents,
    authorName: 'a',
    authorEmail: 'a@example.com',
    authorTime: 0,
    commitTime: 0,
    subject: sha,
    body: '',
    taskTrailers: [],
    files: files.map((path) => ({ path })),
  };
}

const X = 'x'.repeat(40);
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const line = [commit(A, [X], ['src/a.ts']), commit(B, [A], ['h/one.md']), commit(C, [B], ['src/c.ts'])];

describe('commitsAfter', () => {
  it('starts at the remote commit, at a pushed commit, or at the tip itself', () => {
    expect(commitsAfter(X, X, C, line)?.map((c) => c.sha)).toEqual([A, B, C]);
    expect(commitsAfter(A, X, C, line)?.map((c) => c.sha)).toEqual([B, C]);
    expect(commitsAfter(C, X, C, line)).toEqual([]);
  });

  it('refuses a commit outside the push, and commits that are no line from it', () => {
    expect(commitsAfter('d'.repeat(40), X, C, line)).toBeUndefined();
    const merged = [line[0] as CommitInfo, commit(B, [A, X]), commit(C, [B])];
    expect(commitsAfter(X, X, C, merged)).toBeUndefined();
    expect(commitsAfter(B, X, C, merged)?.map((c) => c.sha)).toEqual([C]);
    // The remote's commit is no parent of the first pushed one (a force push): only a pushed commit can start it.
    const forced = [commit(A, ['e'.repeat(40)]), commit(C, [A])];
    expect(commitsAfter(X, X, C, forced)).toBeUndefined();
    expect(commitsAfter(A, X, C, forced)?.map((c) => c.sha)).toEqual([C]);
  });
});

describe('changedBy', () => {
  const snapshot = { registryFile: '.agent-context/agent-handoffs.json' };
  const handoffs = ['h/one.md', 'h/two.md', 'docs/three.md'];
  const configs = ['.handoffrc.json', 'handoff.config.json', 'package.json'];
  const changes = (...paths: string[]) => changedBy(snapshot, handoffs, configs, [commit(A, [X], paths)]);

  it('names the handoffs whose paths changed, or a folder on their way, or made a folder', () => {
    expect(changes('src/a.ts', 'h/one.md')).toEqual({ setup: false, handoffs: [0] });
    // `h` made a symlink (or a file): every handoff below it.
    expect(changes('h')).toEqual({ setup: false, handoffs: [0, 1] });
    // `docs/three.md` made a folder.
    expect(changes('docs/three.md/inner.md')).toEqual({ setup: false, handoffs: [2] });
    expect(changes('h/one.md.bak', 'hh/one.md', 'docs')).toEqual({ setup: false, handoffs: [2] });
    expect(changes()).toEqual({ setup: false, handoffs: [] });
  });

  it('says so when the registry or a config file changed, or a folder on their way', () => {
    expect(changes('.agent-context/agent-handoffs.json').setup).toBe(true);
    expect(changes('.agent-context').setup).toBe(true);
    expect(changes('package.json').setup).toBe(true);
    expect(changes('.handoffrc.json', 'h/one.md')).toEqual({ setup: true, handoffs: [] });
    expect(changes('packages/x/package.json').setup).toBe(false);
  });
});

describe('storedAsChanges', () => {
  it('stores few changes over the base, and many whole', () => {
    expect(storedAsChanges(10, 10_000)).toBe(true);
    expect(storedAsChanges(64, 100)).toBe(true);
    expect(storedAsChanges(65, 100)).toBe(false);
    expect(storedAsChanges(2_500, 10_000)).toBe(true);
    expect(storedAsChanges(2_501, 10_000)).toBe(false);
  });
});

describe('blobsAfter', () => {
  const ZERO = '0'.repeat(40);
  /** One commit's change of `path`: from (mode, oid) to (mode, oid). */
  const change = (path: string, oldMode: string, oldOid: string, newMode: string, newOid: string) => ({
    path,
    blob: { oldMode, oldOid, newMode, newOid },
  });
  const withChanges = (sha: string, parent: string, files: CommitInfo['files']): CommitInfo => ({
    ...commit(sha, [parent]),
    files,
  });
  const O1 = '1'.repeat(40);
  const O2 = '2'.repeat(40);
  const O3 = '3'.repeat(40);

  it('follows a handoff through the commits: the blob it started from, and the one it ends on', () => {
    const blobs = blobsAfter(
      ['h/one.md', 'h/two.md'],
      [
        withChanges(A, X, [
          change('h/one.md', '100644', O1, '100644', O2),
          change('src/a.ts', '100644', O1, '100644', O3),
        ]),
        withChanges(B, A, [change('h/two.md', '000000', ZERO, '100755', O1)]),
        withChanges(C, B, [change('h/one.md', '100644', O2, '100644', O3)]),
      ],
    );
    expect(blobs && Object.fromEntries(blobs)).toEqual({
      'h/one.md': { fromOid: O1, oid: O3 },
      'h/two.md': { fromOid: ZERO, oid: O1 },
    });
  });

  it('follows nothing it cannot say exactly: removed, a symlink, a folder on its way, made a folder', () => {
    const followed = (...files: CommitInfo['files']) => blobsAfter(['h/one.md'], [withChanges(A, X, files)]);
    expect(followed(change('h/one.md', '100644', O1, '000000', ZERO))).toBeUndefined();
    expect(followed(change('h/one.md', '100644', O1, '120000', O2))).toBeUndefined();
    expect(followed(change('h/one.md', '100644', O1, '160000', O2))).toBeUndefined();
    expect(
      followed(change('h/one.md', '100644', O1, '100644', O2), change('h', '000000', ZERO, '120000', O3)),
    ).toBeUndefined();
    expect(
      followed(
        change('h/one.md', '100644', O1, '000000', ZERO),
        change('h/one.md/x.md', '000000', ZERO, '100644', O2),
      ),
    ).toBeUndefined();
    // Read without blob changes, or not changed by name at all.
    expect(followed({ path: 'h/one.md' })).toBeUndefined();
    expect(followed(change('src/a.ts', '100644', O1, '100644', O2))).toBeUndefined();
    // A change beside it is no change of it.
    expect(
      followed(
        change('h/one.md', '100644', O1, '100644', O2),
        change('h/one.mdx', '000000', ZERO, '100644', O3),
      ),
    ).toEqual(new Map([['h/one.md', { fromOid: O1, oid: O2 }]]));
  });
});
