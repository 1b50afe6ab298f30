/**
 * The snapshot a push was judged by, remembered whole (`.git/handoff-guard/snapshot.json`), so the
 * next push reads only what its commits changed instead of the registry, the config and every
 * handoff again. Pure: what to remember of a judged snapshot, whether a later push may start from it,
 * and which of its handoffs that push's commits may have changed. The store is
 * adapters/snapshot-store.ts; the check (app/check.ts) decides when to use it.
 *
 * Facts, not verdicts: the freshness rule still judges every task on every push (its range, `now`,
 * the last touches), from the same task inputs the full read would give. What is skipped is the
 * reading: the registry (validated, 2 MB at 10,000 tasks), the tree listing of the handoff folder,
 * the links and the document cache.
 *
 * A snapshot is remembered only when it is plain enough to follow from the pushed commits' changed
 * paths: one project at the repository's root (no monorepo packages), a registry that exists, and
 * every active task's link leading to a regular file (no symlink, no missing or invalid link, which
 * a change elsewhere could make readable). A push may start from it when the snapshot's commit is
 * the remote's commit or one of the pushed commits, and the commits after it are one line (no
 * merge): the tip's tree is then the snapshot's with those commits' changes. Any change to a config
 * file or the registry, or anything unusual in a handoff read again, and the check reads everything.
 */
import type { AgentEntry, CommitInfo, ElementPlace, HandoffConfig, SummaryFacts } from './model.js';
import { isInFolders } from './paths.js';
import { isLineFrom } from './tree-listing.js';

/**
 * An active task's handoff as judged: which content, what the check read from it, and its path
 * when that is not its link as written (`a//b.md`). A tuple: 10,000 of them are read on every push.
 */
export type RememberedHandoff =
  | [contentId: string, missingElements: ElementPlace[], facts: SummaryFacts]
  | [contentId: string, missingElements: ElementPlace[], facts: SummaryFacts, path: string];

/** A handoff to remember: the path is left out when it is the link as written. */
export function rememberedHandoff(
  link: string,
  path: string,
  contentId: string,
  missingElements: readonly ElementPlace[],
  facts: SummaryFacts,
): RememberedHandoff {
  return path === link
    ? [contentId, [...missingElements], facts]
    : [contentId, [...missingElements], facts, path];
}

/** The path of a remembered handoff of the task whose link is `link`. */
export function handoffPath(handoff: RememberedHandoff, link: string): string {
  return handoff[3] ?? link;
}

/** A registry entry as the check reads it: the rest (notes, dates) is not judged. */
export type RememberedEntry = [
  agent: string,
  status: string,
  currentTask: string | null,
  detailsLink: string | null,
];

export interface RememberedSnapshot {
  /** The commit whose tree this is. */
  commit: string;
  /**
   * Stored as the snapshot of `base` with the handoffs at `changed` (indexes) replaced: the same
   * registry and config, so a push's snapshot costs what its changes cost to write.
   */
  base?: { commit: string; changed: number[] };
  /** The config file named by the caller (the Action's `config` input), when one was. */
  givenConfigFile?: string;
  config: HandoffConfig;
  /** The config file the config came from; undefined for the defaults. */
  configFile?: string;
  /** The registry file (repository-relative), which exists. */
  registryFile: string;
  /** Every agent entry, in registry order. */
  entries: RememberedEntry[];
  /** The handoff of each active task, in the order of the registry's active tasks. */
  handoffs: RememberedHandoff[];
}

/** A registry entry reduced to what the check reads of it. */
export function rememberedEntry(agent: string, entry: AgentEntry): RememberedEntry {
  return [
    agent,
    entry.status,
    typeof entry.current_task === 'string' ? entry.current_task : null,
    typeof entry.details_link === 'string' ? entry.details_link : null,
  ];
}

/** The entry a remembered one stands for (`null` and absent read alike everywhere the check reads). */
export function entryOf([, status, currentTask, detailsLink]: RememberedEntry): AgentEntry {
  const entry: AgentEntry = { status };
  if (currentTask !== null) entry.current_task = currentTask;
  if (detailsLink !== null) entry.details_link = detailsLink;
  return entry;
}

/**
 * The commits of a pushed range (oldest first) that came after `snapshot` (the remote's commit or
 * one of them) up to `head`, when they are one line from it; undefined when the push cannot start
 * from that snapshot. Empty when `head` is the snapshot's own commit.
 */
export function commitsAfter(
  snapshot: string,
  remote: string | undefined,
  head: string,
  commits: readonly CommitInfo[],
): readonly CommitInfo[] | undefined {
  if (snapshot === head) return [];
  const at = snapshot === remote ? 0 : commits.findIndex((c) => c.sha === snapshot) + 1;
  if (at === 0 && snapshot !== remote) return undefined;
  const after = commits.slice(at);
  return isLineFrom(snapshot, head, after) ? after : undefined;
}

/** What the changed paths of the commits after a snapshot touch of it. */
export interface SnapshotChange {
  /** A config file or the registry changed (or a folder on their way): read everything. */
  setup: boolean;
  /** Indexes (into `handoffs`) of the handoffs to read again. */
  handoffs: number[];
}

/**
 * Which remembered files `commits` may have changed: a path changed, a folder on its way (made a
 * symlink, removed), or the path made a folder. `configFiles` are every file the config may come
 * from.
 */
export function changedBy(
  snapshot: Pick<RememberedSnapshot, 'registryFile'>,
  /** The remembered handoffs' paths, in their order. */
  handoffPaths: readonly string[],
  configFiles: readonly string[],
  commits: readonly CommitInfo[],
): SnapshotChange {
  const changed = new Set<string>();
  /** Every changed path and each folder above one. */
  const changedOrAbove = new Set<string>();
  for (const commit of commits) {
    for (const { path } of commit.files) {
      changed.add(path);
      changedOrAbove.add(path);
      addFoldersAbove(path, changedOrAbove);
    }
  }
  const touched = (path: string): boolean => changedOrAbove.has(path) || isInFolders(path, changed);
  if (changed.size === 0) return { setup: false, handoffs: [] };
  const setup = [snapshot.registryFile, ...configFiles].some(touched);
  const handoffs: number[] = [];
  if (!setup) for (const [index, path] of handoffPaths.entries()) if (touched(path)) handoffs.push(index);
  return { setup, handoffs };
}

/**
 * Past this many changed handoffs (and a quarter of them all) a snapshot is written whole, not as
 * its base's with changes: reading it would cost what reading the base costs, plus the changes.
 */
const MOST_CHANGED = 64;

/** Whether a snapshot with these changes from its base is written as that base with the changes. */
export function storedAsChanges(changed: number, handoffs: number): boolean {
  return changed <= MOST_CHANGED || changed * 4 <= handoffs;
}

/** A file's blob at a pushed tip as the pushed commits' changes tell it, and the blob it started from. */
export interface BlobAfter {
  /** The blob before the first of the commits changed it. */
  fromOid: string;
  /** The blob after the last one did (a regular file's). */
  oid: string;
}

/** git's modes of a regular file (`100755`: executable). */
const REGULAR_FILE = /^100(644|755)$/;

/**
 * The blob each of `paths` holds after `commits` (a line from the snapshot's commit, read with their
 * blob changes), so the handoffs a push changed are read by id, with no listing of their folder
 * (3,000 entries, a `git ls-tree` of its own). Undefined unless the changes say it exactly for every
 * path: the path itself changed (a change above it, a folder made a symlink or a file, or below it,
 * the file made a folder, is not followed) and is a regular file at the end.
 */
export function blobsAfter(
  paths: readonly string[],
  commits: readonly CommitInfo[],
): Map<string, BlobAfter> | undefined {
  const wanted = new Set(paths);
  /** The folders above the wanted paths. */
  const above = new Set<string>();
  for (const path of wanted) addFoldersAbove(path, above);
  const found = new Map<string, BlobAfter & { mode: string }>();
  for (const commit of commits) {
    for (const { path, blob } of commit.files) {
      if (!wanted.has(path)) {
        if (above.has(path) || isInFolders(path, wanted)) return undefined;
        continue;
      }
      if (blob === undefined) return undefined;
      const earlier = found.get(path);
      found.set(path, { fromOid: earlier?.fromOid ?? blob.oldOid, oid: blob.newOid, mode: blob.newMode });
    }
  }
  const blobs = new Map<string, BlobAfter>();
  for (const path of wanted) {
    const change = found.get(path);
    if (change === undefined || !REGULAR_FILE.test(change.mode)) return undefined;
    blobs.set(path, { fromOid: change.fromOid, oid: change.oid });
  }
  return blobs;
}

/** Adds each folder above `path` to `folders` (`a/b/c.md`: `a/b` and `a`). */
function addFoldersAbove(path: string, folders: Set<string>): void {
  for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1))
    folders.add(path.slice(0, slash));
}
