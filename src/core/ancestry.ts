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
  private readonly memo = new Map<string, ReadonlySet<string>>();

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
   * Every commit of the range reachable from `tips`, the tips included. Commits outside the range
   * are not followed: whatever lies beyond the range's base is not being judged. Memoized by the tip
   * set, since tasks whose handoffs were committed together share one walk.
   */
  ancestorsOf(tips: readonly string[]): ReadonlySet<string> {
    const key = [...tips].sort().join(',');
    const known = this.memo.get(key);
    if (known) return known;
    const seen = new Set<string>();
    const stack = tips.filter((sha) => this.parents.has(sha));
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (seen.has(sha)) continue;
      seen.add(sha);
      for (const parent of this.parents.get(sha) ?? []) {
        if (!seen.has(parent) && this.parents.has(parent)) stack.push(parent);
      }
    }
    this.memo.set(key, seen);
    return seen;
  }

  /** The tips among `shas`: those that are no other one's ancestor, latest in topological order first. */
  newest(shas: readonly string[]): string[] {
    const sorted = [...new Set(shas)].sort((a, b) => (this.order.get(b) ?? 0) - (this.order.get(a) ?? 0));
    const covered = new Set<string>();
    const tips: string[] = [];
    for (const sha of sorted) {
      if (covered.has(sha)) continue;
      tips.push(sha);
      for (const ancestor of this.ancestorsOf([sha])) covered.add(ancestor);
    }
    return tips;
  }
}
