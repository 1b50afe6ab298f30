import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
/**
 * `touchesAndCommitsAfter`, the one walk `resume` (and the pull request comment, which resumes every
 * task the pull request touches) makes for the handoffs, against the reads it stands in for
 * (`lastTouchingCommits`, then a `logRange` after each touch): on random histories, at every commit
 * as the revision, wherever it gives an answer that answer is theirs, and it gives one wherever the
 * history from the revision back to the oldest touch is a line of commits.
 */
import { commitsAfterTouch, GitCommandManager, type TouchesWalk } from '../../src/adapters/git.js';
import { TempRepo } from '../helpers/temp-repo.js';

const HANDOFF = 'delegation/tasks/active/TASK-1 handoff \u00e9.md';
const OTHERS = ['delegation/tasks/active/TASK-2-handoff.md', 'delegation/tasks/active/TASK-3-handoff.md'];
const ALL = [HANDOFF, ...OTHERS];

/** A small deterministic random source (mulberry32), so a failure names its seed. */
function randomFrom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the separate reads say at `rev`: each path's touch, and the commits after it. */
async function separateReads(git: GitCommandManager, rev: string, paths: readonly string[]) {
  const touches = await git.lastTouchingCommits(paths, rev);
  const after = new Map<string, string[]>();
  for (const [path, touch] of touches) {
    after.set(
      path,
      (await git.logRange([rev, '--not', touch], { stats: false })).map((c) => c.sha),
    );
  }
  return { touches, after };
}

/** The walk in the separate reads' terms; its commits are checked whole against `logRange` too. */
async function asSeparateReads(git: GitCommandManager, rev: string, walk: TouchesWalk, stats = false) {
  const after = new Map<string, string[]>();
  for (const [path, touch] of walk.touches) {
    const commits = commitsAfterTouch(walk, touch);
    expect(commits).toEqual(await git.logRange([rev, '--not', touch], { stats }));
    after.set(
      path,
      commits.map((c) => c.sha),
    );
  }
  return { touches: walk.touches, after };
}

/** The one-path answer as the two reads give it: the touch, and the commits after it. */
async function twoReads(git: GitCommandManager, rev: string) {
  const touch = (await git.lastTouchingCommits([HANDOFF], rev)).get(HANDOFF);
  if (touch === undefined) return undefined;
  return {
    touches: new Map([[HANDOFF, touch]]),
    commits: await git.logRange([rev, '--not', touch], { stats: false }),
  };
}

/** A history of `size` steps: work commits, handoff edits and removals, side branches merged back. */
function randomHistory(
  seed: number,
  size: number,
): { repo: TempRepo; commits: string[]; linear: Set<string> } {
  const random = randomFrom(seed);
  const repo = TempRepo.init();
  const commits: string[] = [];
  // Commits whose history back to every handoff's last touch has no merge (nor reaches a root).
  const linear = new Set<string>();
  const touchedSinceMerge = new Set<string>();
  let clock = Date.parse('2025-01-01T00:00:00Z');
  // Dates go back and forth: the walk follows parents, whatever the dates say.
  const date = () => {
    clock += (random() < 0.2 ? -3 : 5) * 3600_000;
    return new Date(clock).toISOString();
  };
  commits.push(repo.commit('root', { 'README.md': 'r\n' }, { date: date() }));
  for (let i = 0; i < size; i++) {
    const roll = random();
    if (roll < 0.25) {
      // One handoff, or two committed together (they then share their last touch).
      const first = ALL[Math.floor(random() * ALL.length)] as string;
      const second = random() < 0.3 ? (ALL[Math.floor(random() * ALL.length)] as string) : first;
      const files = { [first]: `session ${i}\n`, [second]: `session ${i}\n` };
      commits.push(repo.commit(`handoff ${i}`, files, { date: date() }));
      touchedSinceMerge.add(first).add(second);
    } else if (roll < 0.3 && commits.length > 2) {
      // Removing it touches it, where it is there to remove.
      if (existsSync(join(repo.dir, HANDOFF))) touchedSinceMerge.add(HANDOFF);
      rmSync(join(repo.dir, HANDOFF), { force: true });
      commits.push(repo.commit(`handoff removed ${i}`, {}, { date: date() }));
    } else if (roll < 0.4) {
      repo.git('checkout', '-q', '-b', `side-${i}`);
      repo.commit(`side ${i}`, { [`side/${i}.txt`]: `${i}\n` }, { date: date() });
      if (random() < 0.5) repo.commit(`side handoff ${i}`, { [HANDOFF]: `side ${i}\n` }, { date: date() });
      repo.git('checkout', '-q', 'main');
      repo.commit(`main ${i}`, { [`main/${i}.txt`]: `${i}\n` }, { date: date() });
      repo.gitWithEnv(
        { GIT_AUTHOR_DATE: date(), GIT_COMMITTER_DATE: date() },
        'merge',
        '-q',
        '--no-ff',
        '-X',
        'theirs',
        '-m',
        `merge ${i}`,
        `side-${i}`,
      );
      commits.push(repo.git('rev-parse', 'HEAD'));
      touchedSinceMerge.clear();
    } else {
      commits.push(
        repo.commit(
          `work ${i}`,
          { [`src/${i % 5}.ts`]: `${i}\n`, ...(i % 7 === 0 ? { 'a b.txt': `${i}` } : {}) },
          {
            date: date(),
          },
        ),
      );
    }
    if (touchedSinceMerge.size === ALL.length) linear.add(commits[commits.length - 1] as string);
  }
  return { repo, commits, linear };
}

describe('touchesAndCommitsAfter', () => {
  it.each([
    [1, false],
    [2, false],
    [3, true],
  ])(
    'answers as the separate reads do, at every commit of a random history (seed %i, line counts: %s)',
    async (seed, stats) => {
      const { repo, commits, linear } = randomHistory(seed, 40);
      try {
        const git = GitCommandManager.create(repo.dir);
        let answered = 0;
        for (const rev of commits) {
          const walked = await git.touchesAndCommitsAfter(ALL, rev, { limit: 1000, stats });
          // Where the line from the revision back to every touch is known to be one, the walk answers.
          if (linear.has(rev)) expect(walked).toBeDefined();
          if (walked === undefined) continue;
          answered++;
          expect(await asSeparateReads(git, rev, walked, stats)).toEqual(await separateReads(git, rev, ALL));
        }
        expect(answered).toBeGreaterThan(3);
      } finally {
        repo.remove();
      }
    },
  );

  it('leaves the separate reads to answer: a merge before the touch, a root, a limit, a package folder', async () => {
    const repo = TempRepo.init();
    try {
      const git = GitCommandManager.create(repo.dir);
      // Only the root commit touches it: a root says nothing in a shallow clone.
      repo.commit('root', { [HANDOFF]: 'one\n' });
      expect(await git.touchesAndCommitsAfter([HANDOFF], 'HEAD', { limit: 1000 })).toBeUndefined();
      const touch = repo.commit('handoff', { [HANDOFF]: 'two\n' });
      expect(await git.touchesAndCommitsAfter([HANDOFF], 'HEAD', { limit: 1000 })).toEqual({
        touches: new Map([[HANDOFF, touch]]),
        commits: [],
      });
      const work = [repo.commit('work 1', { 'a.txt': '1\n' }), repo.commit('work 2', { 'a.txt': '2\n' })];
      const walked = await git.touchesAndCommitsAfter([HANDOFF], 'HEAD', { limit: 1000 });
      expect(walked?.commits.map((c) => c.sha)).toEqual(work);
      expect(walked).toEqual(await twoReads(git, 'HEAD'));
      // More commits after the touch than the limit.
      expect(await git.touchesAndCommitsAfter([HANDOFF], 'HEAD', { limit: 1 })).toBeUndefined();
      // A path no commit touched: the walk would end at the root.
      expect(
        await git.touchesAndCommitsAfter([HANDOFF, 'never.md'], 'HEAD', { limit: 1000 }),
      ).toBeUndefined();
      // The separator bytes in a message are read as text (the separators carry a nonce): the walk
      // answers as the two reads do.
      const odd = repo.commit('odd', { [HANDOFF]: 'three\n' }, { body: 'body\u001epart\n\nTask: T-1' });
      const after = repo.commit('after', { 'a.txt': '3\n' });
      const oddWalk = await git.touchesAndCommitsAfter([HANDOFF], 'HEAD', { limit: 1000 });
      expect(oddWalk?.touches.get(HANDOFF)).toBe(odd);
      expect(oddWalk?.commits.map((c) => c.sha)).toEqual([after]);
      expect(oddWalk).toEqual(await twoReads(git, 'HEAD'));
      repo.git('checkout', '-q', '-b', 'side');
      repo.commit('side', { 'b.txt': 'b\n' });
      repo.git('checkout', '-q', 'main');
      repo.git('merge', '-q', '--no-ff', '-m', 'merge', 'side');
      expect(await git.touchesAndCommitsAfter([HANDOFF], 'HEAD', { limit: 1000 })).toBeUndefined();
      repo.write('packages/p/x.txt', 'x\n');
      expect(
        await GitCommandManager.create(join(repo.dir, 'packages/p')).touchesAndCommitsAfter(
          ['x.txt'],
          'HEAD',
          { limit: 9 },
        ),
      ).toBe(undefined);
    } finally {
      repo.remove();
    }
  });
  it('finds every handoff in one walk, each with the commits after its own touch', async () => {
    const repo = TempRepo.init();
    try {
      const git = GitCommandManager.create(repo.dir);
      repo.commit('root', { 'README.md': 'r\n' });
      const [two, three] = OTHERS as [string, string];
      const both = repo.commit('both', { [two]: '1\n', [three]: '1\n' });
      const work = repo.commit('work', { 'a.txt': '1\n' });
      const again = repo.commit('three again', { [three]: '2\n' });
      const last = repo.commit('work 2', { 'a.txt': '2\n' });
      const walked = await git.touchesAndCommitsAfter([two, three, two], 'HEAD', { limit: 1000 });
      expect(walked?.touches).toEqual(
        new Map([
          [three, again],
          [two, both],
        ]),
      );
      const walk = walked as TouchesWalk;
      expect(commitsAfterTouch(walk, both).map((c) => c.sha)).toEqual([work, again, last]);
      expect(commitsAfterTouch(walk, again).map((c) => c.sha)).toEqual([last]);
      expect(() => commitsAfterTouch(walk, work)).toThrow(/no touch the walk found/);
      expect(await asSeparateReads(git, 'HEAD', walk)).toEqual(await separateReads(git, 'HEAD', OTHERS));
      // Past the limit before the oldest touch: the separate reads answer.
      expect(await git.touchesAndCommitsAfter([two, three], 'HEAD', { limit: 2 })).toBeUndefined();
      expect(await git.touchesAndCommitsAfter([], 'HEAD', { limit: 1000 })).toBeUndefined();
    } finally {
      repo.remove();
    }
  });
});
