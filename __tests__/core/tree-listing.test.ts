import type { CommitInfo, FileChange } from '../../src/core/model.js';
import { applyChanges, isLineFrom, specOf, type TreeListing } from '../../src/core/tree-listing.js';

const ABSENT = '000000';
const FILE = '100644';
const oid = (n: number) => n.toString(16).padStart(40, '0');

function commit(sha: string, parents: string[], files: FileChange[]): CommitInfo {
  return {
    sha,
    parents,
    authorName: 'a',
    authorEmail: 'a@x',
    authorTime: 0,
    commitTime: 0,
    subject: sha,
    body: '',
    taskTrailers: [],
    files,
  };
}

const change = (path: string, from: [string, number], to: [string, number]): FileChange => ({
  path,
  blob: {
    oldMode: from[0],
    oldOid: from[1] ? oid(from[1]) : '0'.repeat(40),
    newMode: to[0],
    newOid: to[1] ? oid(to[1]) : '0'.repeat(40),
  },
});

const base: TreeListing = {
  specs: ['package.json', '.agent-context/', 'handoffs/'],
  entries: [
    ['.agent-context/registry.json', { mode: FILE, type: 'blob', oid: oid(1) }],
    ['handoffs/a.md', { mode: FILE, type: 'blob', oid: oid(2) }],
    ['handoffs/old', { mode: '040000', type: 'tree', oid: oid(3) }],
  ],
};

describe('specOf', () => {
  it('is the folder of a path, or the path at the root', () => {
    expect(specOf('a/b/c.md')).toBe('a/b/');
    expect(specOf('package.json')).toBe('package.json');
  });
});

describe('isLineFrom', () => {
  it('holds for single-parent commits leading from base to head, and nothing else', () => {
    const line = [commit('c1', ['b'], []), commit('c2', ['c1'], [])];
    expect(isLineFrom('b', 'c2', line)).toBe(true);
    expect(isLineFrom('x', 'c2', line)).toBe(false);
    expect(isLineFrom('b', 'c1', line)).toBe(false);
    expect(isLineFrom('b', 'b', [])).toBe(false);
    expect(isLineFrom('b', 'm', [commit('c1', ['b'], []), commit('m', ['c1', 'z'], [])])).toBe(false);
    expect(isLineFrom('b', 'c2', [commit('c1', ['b'], []), commit('c2', ['b'], [])])).toBe(false);
  });
});

describe('applyChanges', () => {
  const line = [
    commit(
      'c1',
      ['b'],
      [
        change('handoffs/a.md', [FILE, 2], [FILE, 4]),
        change('handoffs/b.md', [ABSENT, 0], [FILE, 5]),
        change('src/x.ts', [FILE, 9], [FILE, 10]),
        change('package.json', [ABSENT, 0], ['100755', 6]),
      ],
    ),
    commit(
      'c2',
      ['c1'],
      [
        change('.agent-context/registry.json', [FILE, 1], [ABSENT, 0]),
        change('handoffs/link.md', [ABSENT, 0], ['120000', 7]),
      ],
    ),
  ];

  it('forward: the tip listing, unchanged entries kept; outside paths ignored', () => {
    const tip = applyChanges(base, line, 'forward');
    expect(new Map(tip?.entries)).toEqual(
      new Map([
        ['handoffs/a.md', { mode: FILE, type: 'blob', oid: oid(4) }],
        ['handoffs/old', { mode: '040000', type: 'tree', oid: oid(3) }],
        ['handoffs/b.md', { mode: FILE, type: 'blob', oid: oid(5) }],
        ['package.json', { mode: '100755', type: 'blob', oid: oid(6) }],
        ['handoffs/link.md', { mode: '120000', type: 'blob', oid: oid(7) }],
      ]),
    );
  });

  it('backward from the tip gives the base back', () => {
    const tip = applyChanges(base, line, 'forward') as TreeListing;
    const back = applyChanges(tip, line, 'backward');
    expect(new Map(back?.entries)).toEqual(new Map(base.entries));
  });

  it('follows files added or changed below a listed folder: the subfolder is there, its tree id unknown', () => {
    const tip = applyChanges(
      base,
      [
        commit(
          'c1',
          ['b'],
          [
            change('handoffs/old/x.md', [FILE, 3], [FILE, 8]),
            change('handoffs/new/deep/y.md', [ABSENT, 0], [FILE, 9]),
          ],
        ),
      ],
      'forward',
    );
    expect(new Map(tip?.entries).get('handoffs/old')).toEqual({
      mode: '040000',
      type: 'tree',
      oid: '',
    });
    expect(new Map(tip?.entries).get('handoffs/new')).toEqual({
      mode: '040000',
      type: 'tree',
      oid: '',
    });
    // Backward, the added file is removed: the subfolder may be gone then.
    expect(
      applyChanges(
        tip as TreeListing,
        [commit('c1', ['b'], [change('handoffs/new/deep/y.md', [ABSENT, 0], [FILE, 9])])],
        'backward',
      ),
    ).toBeUndefined();
  });

  it('a listed folder inside another is no entry of its parent, as git ls-tree lists them', () => {
    const nested: TreeListing = {
      specs: ['h/', 'h/x/'],
      entries: [['h/x/a.md', { mode: FILE, type: 'blob', oid: oid(1) }]],
    };
    const tip = applyChanges(
      nested,
      [commit('c1', ['b'], [change('h/x/y/z.md', [ABSENT, 0], [FILE, 2])])],
      'forward',
    );
    expect(new Map(tip?.entries)).toEqual(
      new Map([
        ['h/x/a.md', { mode: FILE, type: 'blob', oid: oid(1) }],
        ['h/x/y', { mode: '040000', type: 'tree', oid: '' }],
      ]),
    );
  });

  it('refuses what it cannot follow exactly', () => {
    // A file removed below a listed folder's subfolder may leave the subfolder empty, and gone.
    expect(
      applyChanges(
        base,
        [commit('c1', ['b'], [change('handoffs/old/x.md', [FILE, 3], [ABSENT, 0])])],
        'forward',
      ),
    ).toBeUndefined();
    // A root file the check reads replaced by a folder (or the other way round).
    expect(
      applyChanges(
        base,
        [commit('c1', ['b'], [change('package.json/x', [ABSENT, 0], [FILE, 8])])],
        'forward',
      ),
    ).toBeUndefined();
    // A listed folder replaced by a file (or a symlink), and a folder above it.
    expect(
      applyChanges(base, [commit('c1', ['b'], [change('handoffs', [ABSENT, 0], ['120000', 8])])], 'forward'),
    ).toBeUndefined();
    expect(
      applyChanges(
        { ...base, specs: ['a/b/'] },
        [commit('c1', ['b'], [change('a', [ABSENT, 0], [FILE, 8])])],
        'forward',
      ),
    ).toBeUndefined();
    // A change that does not start from what the listing holds: not this commit's listing.
    expect(
      applyChanges(base, [commit('c1', ['b'], [change('handoffs/a.md', [FILE, 99], [FILE, 8])])], 'forward'),
    ).toBeUndefined();
    expect(
      applyChanges(base, [commit('c1', ['b'], [change('handoffs/a.md', [ABSENT, 0], [FILE, 8])])], 'forward'),
    ).toBeUndefined();
    // Commits read without their blob changes.
    expect(applyChanges(base, [commit('c1', ['b'], [{ path: 'handoffs/a.md' }])], 'forward')).toBeUndefined();
  });
});
