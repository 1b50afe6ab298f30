/**
 * A commit's listing of the folders the snapshot reads (the registry's, the handoffs', the config
 * files at the root), worked out from another commit's listing and the changes between them instead
 * of asking git again. A push usually starts where the last one ended (or where a refused one
 * started): the listing of that commit is remembered, and when the pushed commits are one line of
 * single-parent commits from it, applying their changes gives the pushed commit's listing exactly,
 * without the `git ls-tree` process. Anything this cannot follow exactly (a merge, a file removed
 * below a listed folder, a listed folder or root file replaced by a folder or a file) gives no
 * listing, and git is asked.
 */
import type { CommitInfo } from './model.js';

/**
 * One entry of `git ls-tree`: mode, type, object id. No size: sizing each entry costs git a lookup of
 * every blob, and a blob's size is learnt as it is read, under the reader's limit.
 */
export interface ListedEntry {
  mode: string;
  type: string;
  oid: string;
}

/** The entries of `specs` (folders `dir/`, or files at the root) in one commit's tree. */
export interface TreeListing {
  specs: string[];
  entries: Array<[path: string, entry: ListedEntry]>;
}

/** What `git ls-tree` is asked for a path: its folder (`dir/`), or the path itself at the root. */
export function specOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : `${path.slice(0, slash)}/`;
}

/**
 * Whether `commits` (oldest first) lead from `base` to `head` one parent at a time: then the tree of
 * `head` is the tree of `base` with each commit's changes applied in turn.
 */
export function isLineFrom(base: string, head: string, commits: readonly CommitInfo[]): boolean {
  let previous = base;
  for (const commit of commits) {
    if (commit.parents.length !== 1 || commit.parents[0] !== previous) return false;
    previous = commit.sha;
  }
  return commits.length > 0 && previous === head;
}

/** A mode of `000000`: the path is absent on that side of the change. */
const ABSENT = /^0+$/;

/**
 * Whether the listing still holds after a change to `path` below a listed folder's own entries (a
 * file of one of its subfolders), the entries updated in place. That subfolder's entry is there after
 * a file is added or changed (its tree id, which no reader uses, is then not known), but a removed
 * file may leave it empty, and gone, which the changes do not tell. A path that is, or was, an
 * ancestor of a listed folder, or a folder where the check reads a root file, is not followed.
 * A path elsewhere changes nothing.
 */
function followedBelow(
  layout: SpecLayout,
  entries: Map<string, ListedEntry>,
  path: string,
  toMode: string,
): boolean {
  if (layout.ancestors.has(`${path}/`)) return false;
  const firstSlash = path.indexOf('/');
  if (firstSlash === -1) return true;
  if (layout.files.has(path.slice(0, firstSlash))) return false;
  // Each folder on the path that is listed, and has a subfolder of it on the path.
  for (let slash = firstSlash; slash !== -1; ) {
    const next = path.indexOf('/', slash + 1);
    if (next === -1) break;
    if (layout.folders.has(path.slice(0, slash + 1))) {
      if (ABSENT.test(toMode)) return false;
      const child = path.slice(0, next);
      // A subfolder listed itself is listed by its entries, not as an entry of its parent (as
      // `git ls-tree -- dir/ dir/sub/` does).
      if (!layout.folders.has(`${child}/`)) {
        const entry = entries.get(child);
        if (entry && entry.type !== 'tree') return false;
        entries.set(child, { mode: '040000', type: 'tree', oid: '' });
      }
    }
    slash = next;
  }
  return true;
}

/** The listed specs, looked up by path: a change costs the depth of its path, not the count of specs. */
interface SpecLayout {
  /** Listed folders, `dir/`. */
  folders: Set<string>;
  /** Files listed at the root. */
  files: Set<string>;
  /** Every listed folder and every folder above one, `dir/`. */
  ancestors: Set<string>;
}

function layoutOf(specs: readonly string[]): SpecLayout {
  const layout: SpecLayout = { folders: new Set(), files: new Set(), ancestors: new Set() };
  for (const spec of specs) {
    if (!spec.endsWith('/')) {
      layout.files.add(spec);
      continue;
    }
    layout.folders.add(spec);
    for (let slash = spec.indexOf('/'); slash !== -1; slash = spec.indexOf('/', slash + 1))
      layout.ancestors.add(spec.slice(0, slash + 1));
  }
  return layout;
}

function typeOf(mode: string): string {
  return mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
}

/**
 * The listing after `commits` (a line, see `isLineFrom`, read with their blob changes) applied to
 * `listing` — forward from the oldest commit's parent to the newest commit, or backward from the
 * newest to the oldest's parent. Undefined when a change cannot be followed exactly, or does not
 * start from what the listing holds (it is then not this commit's listing).
 */
export function applyChanges(
  listing: TreeListing,
  commits: readonly CommitInfo[],
  direction: 'forward' | 'backward',
): TreeListing | undefined {
  const layout = layoutOf(listing.specs);
  const entries = new Map(listing.entries);
  const ordered = direction === 'forward' ? commits : [...commits].reverse();
  for (const commit of ordered) {
    // git lists a commit's paths sorted: a file that becomes a folder is removed before the folder's
    // files are added.
    for (const file of commit.files) {
      const change = file.blob;
      if (!change) return undefined;
      const path = file.path;
      const [fromMode, fromOid, toMode, toOid] =
        direction === 'forward'
          ? [change.oldMode, change.oldOid, change.newMode, change.newOid]
          : [change.newMode, change.newOid, change.oldMode, change.oldOid];
      if (!followedBelow(layout, entries, path, toMode)) return undefined;
      const spec = specOf(path);
      if (!layout.folders.has(spec) && !layout.files.has(spec)) continue;
      const current = entries.get(path);
      const absentBefore = ABSENT.test(fromMode);
      if (absentBefore ? current !== undefined : current?.oid !== fromOid) return undefined;
      if (ABSENT.test(toMode)) entries.delete(path);
      else {
        entries.set(path, { mode: toMode, type: typeOf(toMode), oid: toOid });
      }
    }
  }
  return { specs: listing.specs, entries: [...entries] };
}
