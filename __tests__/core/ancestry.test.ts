/**
 * Ancestry inside a range: which work commits an update of a handoff covers, against the definition
 * (walked apart from each update) on random histories, and on a history shaped to make a walk per
 * update quadratic.
 */
import fc from 'fast-check';
import { CommitGraph } from '../../src/core/ancestry.js';
import type { CommitInfo } from '../../src/core/model.js';

function commit(sha: string, parents: string[]): CommitInfo {
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
    files: [],
  };
}

/** The definition: every commit of the range reachable from any update, each walked apart. */
function coveredByDefinition(commits: readonly CommitInfo[], updates: readonly string[]): Set<string> {
  const parents = new Map(commits.map((c) => [c.sha, c.parents]));
  const covered = new Set<string>();
  for (const update of updates) {
    const stack = [update];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (covered.has(sha) || !parents.has(sha)) continue;
      covered.add(sha);
      stack.push(...(parents.get(sha) ?? []));
    }
  }
  return covered;
}

describe('CommitGraph.coverage', () => {
  it('covers exactly the work commits some update has as an ancestor, and names the newest update', () => {
    // A random DAG in topological order: each commit's parents are earlier commits (or outside the range).
    const history = fc
      .array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 40 })
      .map((rows) =>
        rows.map((parentPicks, index) =>
          commit(`c${index}`, [
            ...new Set(
              parentPicks.map((p) => (index === 0 || p % 7 === 0 ? `outside${p}` : `c${p % index}`)),
            ),
          ]),
        ),
      );
    fc.assert(
      fc.property(history, fc.array(fc.nat()), fc.array(fc.nat()), (commits, updatePicks, workPicks) => {
        const pick = (n: number) => (commits[n % commits.length] as CommitInfo).sha;
        const updates = updatePicks.map(pick);
        const work = workPicks.map(pick);
        const { newest, covered } = new CommitGraph(commits).coverage(updates, work);
        const reachable = coveredByDefinition(commits, updates);
        expect([...covered].sort()).toEqual([...new Set(work.filter((w) => reachable.has(w)))].sort());
        const latest = [...updates].sort((a, b) => Number(b.slice(1)) - Number(a.slice(1)))[0];
        expect(newest).toBe(latest);
      }),
      { seed: 20261202, numRuns: 1000 },
    );
  });

  it('walks a long chain once, however many sibling updates stand on it', () => {
    // 20,000 work commits in a chain, then 2,000 updates each on the chain's tip: walked per update,
    // this took ~16 s and 1 GB.
    const commits: CommitInfo[] = [];
    for (let i = 0; i < 20_000; i++) commits.push(commit(`w${i}`, i === 0 ? [] : [`w${i - 1}`]));
    const updates: string[] = [];
    for (let i = 0; i < 2_000; i++) {
      commits.push(commit(`u${i}`, ['w19999']));
      updates.push(`u${i}`);
    }
    const work = commits.filter((c) => c.sha.startsWith('w')).map((c) => c.sha);
    const { newest, covered } = new CommitGraph(commits).coverage(updates, work);
    expect(newest).toBe('u1999');
    expect(covered.size).toBe(20_000);
  });
});
