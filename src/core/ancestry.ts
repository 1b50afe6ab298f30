/**
 * Ancestry inside a range of commits. "After" in the freshness rule means "not an ancestor of",
 * never "printed later" or "dated later": a commit made on a side branch before the handoff was
 * updated, and merged after the update, is not covered by it.
 */
import type { CommitInfo } from './model.js';

export class CommitGraph {
  private readonly parents = new Map<string, readonly string[]>();
  /** Position in the range's topological order (parents first): ancestors always sort lower. */
  private readonly order = new Map<string, number>();

  constructor(commits: readonly CommitInfo[]) {
    commits.forEach((commit, index) => {
      if (this.parents.has(commit.sha)) return;
      this.parents.set(commit.sha, commit.parents);
      this.order.set(commit.sha, index);
    });
  }

  has(sha: string): boolean {
    return this.parents.has(sha);
  }

  /**
   * Of `updates` (commits of the range), the newest: the latest in topological order, which no
   * other one has as an ancestor; and which of `work` are ancestors of (or are) an update. Commits
   * outside the range are not followed: whatever lies beyond the range's base is not being judged.
   *
   * One walk over the range at most, whatever the number of updates: the walks from each update
   * share what they have seen (all ancestors of a commit seen are seen), stop below the oldest work
   * commit (nothing there leads to one) and end once every work commit is found. Walked apart, 3,000
   * sibling updates over a chain of 30,000 commits took a minute and 2 GB.
   */
  coverage(
    updates: readonly string[],
    work: readonly string[],
  ): { newest: string | undefined; covered: ReadonlySet<string> } {
    const rank = (sha: string) => this.order.get(sha) ?? -1;
    const tips = [...new Set(updates)].filter((sha) => this.has(sha)).sort((a, b) => rank(b) - rank(a));
    const wanted = new Set(work.filter((sha) => this.has(sha)));
    const covered = new Set<string>();
    let floor = Number.POSITIVE_INFINITY;
    for (const sha of wanted) floor = Math.min(floor, rank(sha));
    const seen = new Set<string>();
    for (const tip of tips) {
      if (covered.size === wanted.size) break;
      if (seen.has(tip) || rank(tip) < floor) continue;
      const stack = [tip];
      while (stack.length > 0) {
        const sha = stack.pop() as string;
        if (seen.has(sha)) continue;
        seen.add(sha);
        if (wanted.has(sha)) covered.add(sha);
        for (const parent of this.parents.get(sha) ?? []) {
          if (!seen.has(parent) && this.has(parent) && rank(parent) >= floor) stack.push(parent);
        }
      }
    }
    return { newest: tips[0], covered };
  }
}
