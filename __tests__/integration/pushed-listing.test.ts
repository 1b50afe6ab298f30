/**
 * A pushed tip's listing worked out from a remembered one and the pushed commits' changes
 * (core/tree-listing.ts) is the listing `git ls-tree` gives, on real histories of adds, edits,
 * deletions, mode changes and symlinks; and a push judged through it gets the verdict a push that
 * lists the tree gets, git's trace saying which processes ran.
 */
import { readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitCommandManager } from '../../src/adapters/git.js';
import { TreeReader } from '../../src/adapters/git-tree.js';
import { applyChanges, isLineFrom, type TreeListing } from '../../src/core/tree-listing.js';
import { seededRandom } from '../helpers/random.js';
import { TempRepo } from '../helpers/temp-repo.js';
import {
  handoffDocument,
  handoffPathOf,
  OTHER_TASK,
  pushTraced,
  REGISTRY,
  registryText,
  repoWithTask,
  TASK,
  today,
} from './check-fixtures.js';

const cleanup: Array<() => void> = [];
afterAll(() => {
  for (const fn of cleanup) fn();
});

/** What git lists of the snapshot's folders at `commit` (the reader's own `git ls-tree`). */
async function listedByGit(dir: string, commit: string, paths: string[]): Promise<TreeListing> {
  const reader = new TreeReader(dir);
  try {
    await reader.read(commit, paths, 5 * 1024 * 1024);
    return reader.listed(commit) as TreeListing;
  } finally {
    reader.close();
  }
}

/**
 * Entries by path; what the derivation does not know (a subfolder's tree id, '') is taken from git's
 * listing, so everything it does claim is compared.
 */
function comparable(listing: TreeListing | undefined, known?: TreeListing): Map<string, unknown> {
  const listed = new Map(known?.entries ?? []);
  return new Map(
    listing?.entries.map(([path, entry]) => [
      path,
      {
        ...entry,
        oid: entry.oid === '' ? (listed.get(path)?.oid ?? '') : entry.oid,
      },
    ]),
  );
}

describe('a listing worked out from changes', () => {
  it('is given to be remembered only up to the entries asked for', async () => {
    const repo = TempRepo.init();
    cleanup.push(() => repo.remove());
    const sha = repo.commit('three', {
      'handoffs/a.md': 'a\n',
      'handoffs/b.md': 'b\n',
      'handoffs/c.md': 'c\n',
    });
    const reader = new TreeReader(repo.dir);
    try {
      await reader.read(sha, ['handoffs/a.md'], 1024);
      expect(reader.listed(sha)?.entries.map(([path]) => path)).toEqual([
        'handoffs/a.md',
        'handoffs/b.md',
        'handoffs/c.md',
      ]);
      expect(reader.listed(sha, 3)?.entries).toHaveLength(3);
      expect(reader.listed(sha, 2)).toBeUndefined();
    } finally {
      reader.close();
    }
  });

  it('is what git lists, forward and backward, over a history of every kind of change', async () => {
    const repo = TempRepo.init();
    cleanup.push(() => repo.remove());
    // A listed folder inside another, as a link into a subfolder makes it.
    const paths = [
      'package.json',
      '.handoffrc.json',
      '.agent-context/agent-handoffs.json',
      'handoffs/h0.md',
      'handoffs/sub0/x.md',
    ];
    const shas = [
      repo.commit('start', { 'package.json': '{}\n', 'handoffs/h0.md': '# h0\n', 'src/a.ts': 'a\n' }),
    ];
    const rand = seededRandom(7);
    const live = new Set(['handoffs/h0.md']);
    for (let i = 1; i <= 40; i++) {
      const files: Record<string, string> = {};
      const pick = () => [...live][Math.floor(rand() * live.size)] as string;
      const kind = Math.floor(rand() * 8);
      if (kind === 0 || live.size === 0) {
        const path = `handoffs/h${i}.md`;
        files[path] = `# h${i}\n`;
        live.add(path);
      } else if (kind === 1) files[pick()] = `edit ${i}\n`;
      else if (kind === 2) {
        const path = pick();
        repo.git('rm', '-q', path);
        live.delete(path);
      } else if (kind === 3) repo.git('update-index', '--chmod=+x', pick());
      else if (kind === 4) {
        const path = `handoffs/l${i}.md`;
        symlinkSync(`h${i - 1}.md`, join(repo.dir, path));
        repo.git('add', path);
      } else if (kind === 5) files[REGISTRY] = `{"v": ${i}}\n`;
      // A file added to, or changed in, a subfolder of the handoffs' folder (never removed: that is
      // not followed, below).
      else if (kind === 6) files[`handoffs/sub${i % 3}/${i % 2 === 0 ? 'same' : `f${i}`}.md`] = `${i}\n`;
      else files[`src/f${i}.ts`] = `${i}\n`;
      shas.push(repo.commit(`change ${i}`, files));
    }
    const git = GitCommandManager.create(repo.dir);
    const listings = await Promise.all(shas.map((sha) => listedByGit(repo.dir, sha, paths)));
    const pairs: Array<[number, number]> = [
      [0, 40],
      [0, 1],
      [39, 40],
    ];
    for (let n = 0; n < 12; n++) {
      const a = Math.floor(rand() * 40);
      pairs.push([a, a + 1 + Math.floor(rand() * (40 - a))]);
    }
    let followedBack = 0;
    for (const [from, to] of pairs) {
      const commits = await git.logRange([shas[to] as string, '--not', shas[from] as string], {
        stats: false,
        blobs: true,
      });
      expect(isLineFrom(shas[from] as string, shas[to] as string, commits)).toBe(true);
      const forward = applyChanges(listings[from] as TreeListing, commits, 'forward');
      expect(comparable(forward, listings[to])).toEqual(comparable(listings[to]));
      const backward = applyChanges(listings[to] as TreeListing, commits, 'backward');
      // Backward, a file the range added below a subfolder is removed: not followed (see below).
      const addsBelow = commits.some((c) =>
        c.files.some((f) => /^handoffs\/[^/]+\//.test(f.path) && /^0+$/.test(f.blob?.oldMode ?? '')),
      );
      if (addsBelow) expect(backward).toBeUndefined();
      else expect(comparable(backward, listings[from])).toEqual(comparable(listings[from]));
      followedBack += addsBelow ? 0 : 1;
    }
    // Ranges with no file added below a subfolder were followed backward too, and compared.
    expect(followedBack).toBeGreaterThan(2);
    // A file removed from a subfolder may leave it empty: not followed.
    const before = repo.git('rev-parse', 'HEAD');
    const sub = listings[40]?.entries.find(
      ([path, e]) => e.type === 'tree' && path.startsWith('handoffs/sub'),
    );
    expect(sub).toBeDefined();
    const inside = repo.git('ls-tree', '--name-only', 'HEAD', `${sub?.[0]}/`).split('\n')[0] as string;
    repo.git('rm', '-q', inside);
    const after = repo.commit('a file out of a subfolder');
    const commits = await git.logRange([after, '--not', before], { stats: false, blobs: true });
    expect(applyChanges(listings[40] as TreeListing, commits, 'forward')).toBeUndefined();
    git.close();
  });
});

describe('blobs of a size not known beforehand', () => {
  it('are read under the limit; one over it is dropped as it arrives, and those after it are read', async () => {
    const repo = TempRepo.init();
    cleanup.push(() => repo.remove());
    const big = 'x'.repeat(6 * 1024 * 1024);
    const sha = repo.commit('three', {
      'handoffs/a.md': 'a\n',
      'handoffs/big.md': big,
      'handoffs/c.md': 'c\n',
    });
    const paths = ['handoffs/a.md', 'handoffs/big.md', 'handoffs/c.md'];
    const listed = await listedByGit(repo.dir, sha, paths);
    const reader = new TreeReader(repo.dir);
    try {
      reader.seed(sha, listed);
      const files = await reader.read(sha, paths, 5 * 1024 * 1024);
      const text = (path: string) => {
        const file = files.get(path);
        return file?.kind === 'blob' ? file.bytes.toString('utf8') : file?.kind;
      };
      expect(text('handoffs/a.md')).toBe('a\n');
      expect(files.get('handoffs/big.md')).toMatchObject({ kind: 'too-large', size: big.length });
      expect(text('handoffs/c.md')).toBe('c\n');
    } finally {
      reader.close();
    }
  });
});

const push = pushTraced;

describe('a push judged through a remembered listing', () => {
  function pushedOnce(): { repo: TempRepo; tip: string } {
    const repo = repoWithTask();
    cleanup.push(() => repo.remove());
    const base = repo.git('rev-parse', 'HEAD');
    const tip = repo.commit(`${TASK}: work`, { 'src/a.ts': 'a\n' });
    repo.commit(`${TASK}: handoff`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 50 }),
    });
    const pushed = push(repo, base, repo.git('rev-parse', 'HEAD'));
    expect(pushed.code).toBe(0);
    expect(pushed.git).toContain('ls-tree');
    // The tip's listing and the remote commit's are remembered.
    expect(readdirSync(join(repo.dir, '.git', 'handoff-guard', 'listings')).sort()).toEqual(
      [`${base}.json`, `${repo.git('rev-parse', 'HEAD')}.json`].sort(),
    );
    return { repo, tip };
  }

  it('reads a new task and its incomplete handoff, as a listed tree would, without git ls-tree', () => {
    const { repo } = pushedOnce();
    const from = repo.git('rev-parse', 'HEAD');
    const to = repo.commit(`${OTHER_TASK}: start`, {
      [REGISTRY]: registryText({ 'agent-1': { task: TASK }, 'agent-2': { task: OTHER_TASK } }),
      [handoffPathOf(OTHER_TASK)]: handoffDocument(OTHER_TASK, today(), { omit: ['Next Steps'] }),
    });
    const derived = push(repo, from, to);
    expect(derived.git).not.toContain('ls-tree');
    expect(derived.code).toBe(1);
    expect(derived.stderr).toContain(`${OTHER_TASK}`);
    expect(derived.stderr).toContain('lacks Next Steps');
    // The same push with nothing remembered lists the tree, and says the same.
    rmSync(join(repo.dir, '.git', 'handoff-guard'), { recursive: true, force: true });
    const listed = push(repo, from, to);
    expect(listed.git).toContain('ls-tree');
    expect(listed.code).toBe(derived.code);
    expect(listed.stderr).toBe(derived.stderr);
  });

  it('again from the same remote commit after a refused push (the remote commit is remembered too)', () => {
    const { repo } = pushedOnce();
    const remote = repo.git('rev-parse', 'HEAD');
    const work = repo.commit(`${TASK}: more work`, { 'src/b.ts': 'b\n' });
    expect(push(repo, remote, work).code).toBe(1);
    const fixed = repo.commit(`${TASK}: handoff`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 70 }),
    });
    const again = push(repo, remote, fixed);
    expect(again.git).not.toContain('ls-tree');
    expect(again.code).toBe(0);
  });

  it("a push from the remote commit of the last one uses that commit's listing, worked back from the changes", () => {
    const { repo } = pushedOnce();
    const base = repo.git('rev-parse', 'HEAD~2');
    const to = repo.commit(`${TASK}: more work`, { 'src/e.ts': 'e\n' });
    const derived = push(repo, base, to);
    expect(derived.git).not.toContain('ls-tree');
    expect(derived.code).toBe(1);
    rmSync(join(repo.dir, '.git', 'handoff-guard'), { recursive: true, force: true });
    const listed = push(repo, base, to);
    expect(listed.git).toContain('ls-tree');
    expect(listed.stderr).toBe(derived.stderr);
  });

  it('a damaged listing (or one of an older format) is no listing, and the next push writes it anew', () => {
    const { repo } = pushedOnce();
    const from = repo.git('rev-parse', 'HEAD');
    const file = join(repo.dir, '.git', 'handoff-guard', 'listings', `${from}.json`);
    writeFileSync(file, '{"format":1,"specs":[],"entries":[');
    // The snapshot remembered of that push would spare this one any reading: the listing is tested.
    const snapshots = join(repo.dir, '.git', 'handoff-guard', 'snapshots');
    rmSync(snapshots, { recursive: true, force: true });
    const to = repo.commit(`${TASK}: work`, { 'src/f.ts': 'f\n' });
    const damaged = push(repo, from, to);
    expect(damaged.git).toContain('ls-tree');
    expect(damaged.code).toBe(1);
    // Written anew (worked back from the pushed commits), so the same push needs no git ls-tree now.
    // Its format is this build's (a listing another build wrote is none either).
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toMatch(/^3\/\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    rmSync(snapshots, { recursive: true, force: true });
    const again = push(repo, from, to);
    expect(again.git).not.toContain('ls-tree');
    expect(again.stderr).toBe(damaged.stderr);
  });

  it('a handoff over the size limit in the range is refused as when the tree is listed', () => {
    const { repo } = pushedOnce();
    const from = repo.git('rev-parse', 'HEAD');
    const to = repo.commit(`${TASK}: huge handoff`, {
      [handoffPathOf(TASK)]: `${handoffDocument(TASK, today())}\n${'x'.repeat(6 * 1024 * 1024)}\n`,
    });
    const derived = push(repo, from, to);
    expect(derived.git).not.toContain('ls-tree');
    expect(derived.stderr).toContain('[size/too-large]');
    rmSync(join(repo.dir, '.git', 'handoff-guard'), { recursive: true, force: true });
    const listed = push(repo, from, to);
    expect(listed.code).toBe(derived.code);
    expect(listed.stderr).toBe(derived.stderr);
  });

  it('a merge in the range: the tree is listed', () => {
    const { repo } = pushedOnce();
    const from = repo.git('rev-parse', 'HEAD');
    repo.git('switch', '-q', '-c', 'side');
    repo.commit('side work', { 'src/side.ts': 's\n' });
    repo.git('switch', '-q', 'main');
    repo.commit(`${TASK}: main work`, { 'src/main.ts': 'm\n' });
    repo.git('merge', '-q', '--no-edit', 'side');
    const merged = push(repo, from, repo.git('rev-parse', 'HEAD'));
    expect(merged.git).toContain('ls-tree');
    expect(merged.code).toBe(1);
    expect(merged.stderr).toContain(`behind: 2 work commit(s) for ${TASK}`);
  });

  it('a handoff replaced by a symlink out of the repository is refused, as when the tree is listed', () => {
    const { repo } = pushedOnce();
    const from = repo.git('rev-parse', 'HEAD');
    const handoff = join(repo.dir, handoffPathOf(TASK));
    unlinkSync(handoff);
    symlinkSync('/etc/hostname', handoff);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: link`);
    const to = repo.git('rev-parse', 'HEAD');
    const derived = push(repo, from, to);
    expect(derived.git).not.toContain('ls-tree');
    expect(derived.stderr).toContain('outside the repository');
    rmSync(join(repo.dir, '.git', 'handoff-guard'), { recursive: true, force: true });
    const listed = push(repo, from, to);
    expect(listed.code).toBe(derived.code);
    expect(listed.stderr).toBe(derived.stderr);
  });

  /** The same push with every listing and cache forgotten first: the path that lists the tree. */
  function listedAgain(repo: TempRepo, from: string, to: string, env: NodeJS.ProcessEnv = {}) {
    rmSync(join(repo.dir, '.git', 'handoff-guard'), { recursive: true, force: true });
    return push(repo, from, to, env);
  }

  it('a root file the check reads replaced by a folder: not followed, refused as when listed', () => {
    const { repo } = pushedOnce();
    const from = repo.git('rev-parse', 'HEAD');
    const to = repo.commit('config as a folder', { '.handoffrc.json/x': '{}\n' });
    const derived = push(repo, from, to);
    expect(derived.git).toContain('ls-tree');
    expect(derived.code).toBe(2);
    expect(derived.stderr).toContain('.handoffrc.json: not a regular file');
    expect(listedAgain(repo, from, to).stderr).toBe(derived.stderr);
  });

  it('a gitlink removed while diff.ignoreSubmodules hides submodules: the listing follows it', () => {
    const { repo } = pushedOnce();
    const handoff = handoffPathOf(TASK);
    const emptyTree = repo.git('hash-object', '-t', 'tree', '/dev/null').trim();
    const sub = repo.git('commit-tree', '-m', 's', emptyTree).trim();
    const before = repo.git('rev-parse', 'HEAD');
    repo.git('rm', '-q', '--cached', handoff);
    repo.git('update-index', '--add', '--cacheinfo', `160000,${sub},${handoff}`);
    repo.git('commit', '-q', '-m', `${TASK}: a submodule where the handoff was`);
    const linked = repo.git('rev-parse', 'HEAD');
    expect(push(repo, before, linked).stderr).toContain('is not a file');
    repo.git('rm', '-q', '--cached', handoff);
    repo.git('commit', '-q', '-m', `${TASK}: no submodule`);
    repo.git('config', 'diff.ignoreSubmodules', 'all');
    const to = repo.git('rev-parse', 'HEAD');
    const derived = push(repo, linked, to);
    expect(derived.git).not.toContain('ls-tree');
    expect(derived.stderr).toContain(`${handoff} does not exist`);
    expect(listedAgain(repo, linked, to).stderr).toBe(derived.stderr);
  });

  it("the caller's GIT_ICASE_PATHSPECS does not break the listing: ls-tree takes paths literally", () => {
    const { repo } = pushedOnce();
    const from = repo.git('rev-parse', 'HEAD');
    const to = repo.commit(`${TASK}: work`, { 'src/c.ts': 'c\n' });
    const plain = listedAgain(repo, from, to);
    const icase = listedAgain(repo, from, to, { GIT_ICASE_PATHSPECS: '1', GIT_GLOB_PATHSPECS: '1' });
    expect(icase.git).toContain('ls-tree');
    expect(icase.code).toBe(1);
    expect(icase.stderr).toBe(plain.stderr);
  });

  it('a new branch, or a push that is no line from the remote commit, still remembers its tip', () => {
    const { repo } = pushedOnce();
    const tip = repo.commit(`${TASK}: more`, { 'src/d.ts': 'd\n' });
    rmSync(join(repo.dir, '.git', 'handoff-guard', 'listings'), { recursive: true, force: true });
    push(repo, '0'.repeat(40), tip);
    expect(readdirSync(join(repo.dir, '.git', 'handoff-guard', 'listings'))).toEqual([`${tip}.json`]);
    const next = repo.commit(`${TASK}: handoff`, {
      [handoffPathOf(TASK)]: handoffDocument(TASK, today(), { progress: 90 }),
    });
    const again = push(repo, tip, next);
    expect(again.git).not.toContain('ls-tree');
    expect(again.code).toBe(0);
  });
});
