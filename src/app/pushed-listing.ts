/**
 * The listings a push can do without `git ls-tree` (core/tree-listing.ts): which push may, the tip's
 * listing worked out before its snapshot is read, and the listings remembered after it for the next
 * push. The check's policy over the listing store (adapters/listing-store.ts) and the tree reader.
 */
import type { IGitCommandManager } from '../adapters/git.js';
import type { ListingStore } from '../adapters/listing-store.js';
import type { CheckedRange } from '../core/model.js';
import type { RefToCheck } from '../core/pre-push.js';
import { applyChanges, isLineFrom } from '../core/tree-listing.js';

/**
 * Whether `ref` starts at a commit whose listing is remembered: then its snapshot likely needs no
 * `git ls-tree`, and its range is read with nothing beside it.
 */
export function startsAtRemembered(ref: RefToCheck, listings: ListingStore): boolean {
  return ref.kind === 'update' && listings.has(ref.remoteSha);
}

/**
 * Before an update's snapshot is read: when the remote's commit's listing is remembered and the
 * pushed commits are one line from it, the tip's listing is worked out from their changes and given
 * to the tree reader, which then starts no `git ls-tree`.
 */
export async function seedPushedListing(
  git: IGitCommandManager,
  listings: ListingStore,
  ref: RefToCheck,
  range: Promise<CheckedRange> | undefined,
): Promise<void> {
  if (!range || !git.tree.seed || !startsAtRemembered(ref, listings)) return;
  // A range that cannot be read is the check's error to report, where it awaits the range.
  const commits = await range.then(
    (r) => r.commits,
    () => undefined,
  );
  if (!commits || !isLineFrom(ref.remoteSha, ref.localSha, commits)) return;
  const base = listings.read(ref.remoteSha);
  const listing = base && applyChanges(base, commits, 'forward');
  if (listing) git.tree.seed(ref.localSha, listing);
}

/** Listings past this many entries are not remembered: writing them would cost what listing saves. */
const MAX_REMEMBERED_ENTRIES = 2000;

/**
 * After an update's snapshot was read: its tip's listing, and its remote commit's (worked back from
 * the changes), are remembered for the next push, which usually starts at one of them (the tip, after
 * a push that went through; the remote's commit again, after a refused one).
 */
export function rememberPushedListings(
  git: IGitCommandManager,
  listings: ListingStore,
  ref: RefToCheck,
  range: CheckedRange,
): void {
  if (!git.tree.listed) return;
  const tip = git.tree.listed(ref.localSha, MAX_REMEMBERED_ENTRIES);
  if (!tip) return;
  // The tip's, however it was pushed (a new branch, a force push): its next push starts there.
  if (!listings.has(ref.localSha)) listings.remember(ref.localSha, tip);
  if (ref.kind !== 'update' || listings.has(ref.remoteSha)) return;
  if (!isLineFrom(ref.remoteSha, ref.localSha, range.commits)) return;
  const base = applyChanges(tip, range.commits, 'backward');
  if (base) listings.remember(ref.remoteSha, base);
}
