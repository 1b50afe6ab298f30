/**
 * The listings of the last pushed commits (core/tree-listing.ts), one small file per commit in
 * `.git/handoff-guard/listings/`: whether the next push can do without `git ls-tree` is one `stat`,
 * decided before its first git process starts. A commit's tree never changes, so a listing is never
 * stale; a file that is not one (damaged, half-written, an older format) is no listing, and is
 * written over by the next push that can remember that commit. The newest few are kept.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TreeListing } from '../core/tree-listing.js';
import { CACHE_STAMP } from '../core/version.js';
import { jsonHead, readCacheJson } from './cache-file.js';
import { gitDir } from './document-cache.js';

/** Bumped when what is remembered changes meaning: listings of another format are none. */
const FORMAT = `3/${CACHE_STAMP}`;
/** Listings kept: the tips and remote commits of the last few pushes. */
const KEPT = 8;

export class ListingStore {
  /** Files this run found not to hold a listing: as good as none, and written over when remembered. */
  private readonly unreadable = new Set<string>();

  private constructor(private readonly dir: string | undefined) {}

  static async open(repoRoot: string): Promise<ListingStore> {
    const dir = await gitDir(repoRoot);
    return new ListingStore(existsSync(dir) ? join(dir, 'handoff-guard', 'listings') : undefined);
  }

  private fileOf(commit: string): string | undefined {
    return this.dir && /^[0-9a-f]{40,64}$/.test(commit) ? join(this.dir, `${commit}.json`) : undefined;
  }

  has(commit: string): boolean {
    const file = this.fileOf(commit);
    return file !== undefined && !this.unreadable.has(commit) && existsSync(file);
  }

  /** The listing remembered for `commit`, or undefined (none, or not a well-formed one). */
  read(commit: string): TreeListing | undefined {
    const listing = this.parse(commit);
    if (!listing) this.unreadable.add(commit);
    return listing;
  }

  private parse(commit: string): TreeListing | undefined {
    const file = this.fileOf(commit);
    if (!file) return undefined;
    try {
      const value = (readCacheJson(file, jsonHead('format', FORMAT)) ?? {}) as {
        format?: unknown;
      } & Partial<TreeListing>;
      if (value.format !== FORMAT || !Array.isArray(value.specs) || !Array.isArray(value.entries))
        return undefined;
      const wellFormed =
        value.specs.every((s) => typeof s === 'string') &&
        value.entries.every(
          (e) =>
            Array.isArray(e) &&
            typeof e[0] === 'string' &&
            typeof e[1]?.mode === 'string' &&
            typeof e[1]?.type === 'string' &&
            typeof e[1]?.oid === 'string',
        );
      return wellFormed ? { specs: value.specs, entries: value.entries } : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Writes `commit`'s listing; past twice the few kept, drops all but the newest. Written beside it
   * and renamed over it: whatever is in its place (a FIFO, whose write would wait for a reader for
   * ever) is replaced, never written into.
   */
  remember(commit: string, listing: TreeListing): void {
    const file = this.fileOf(commit);
    const dir = this.dir;
    if (!file || !dir) return;
    const temp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(temp, JSON.stringify({ format: FORMAT, ...listing }), { flag: 'wx' });
      renameSync(temp, file);
      this.unreadable.delete(commit);
      const names = readdirSync(dir);
      if (names.length <= 2 * KEPT) return;
      const byAge = names
        .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
        .sort((a, b) => b.at - a.at);
      for (const { name } of byAge.slice(KEPT)) rmSync(join(dir, name), { force: true });
    } catch {
      // A read-only .git: the next push lists the tree itself.
      try {
        rmSync(temp, { force: true });
      } catch {
        // Nothing was written that could be tidied.
      }
    }
  }
}
