/**
 * A push judged from the snapshot remembered at its remote's commit (or at one of its commits, a
 * refused push's tip), reading only the handoffs its commits changed; and the snapshot remembered
 * after a push, for the next one. The check's policy over the pure rules of core/snapshot.ts and the
 * store (adapters/snapshot-store.ts). Anything that does not fit (a config file or the registry
 * changed, a handoff read again that is not a plain document, any error) is no snapshot: the check
 * then reads everything, as it would with none, and says what that reading says.
 */
import { DocumentCache, type DocumentSummary } from '../adapters/document-cache.js';
import type { IGitCommandManager } from '../adapters/git.js';
import type { SnapshotStore } from '../adapters/snapshot-store.js';
import {
  blobContentId,
  configCandidates,
  type LinkedHandoff,
  prepareFor,
  readLinkedHandoffs,
  registryEntries,
  revisionSource,
  type Workspace,
} from '../adapters/workspace.js';
import type { TaskInput } from '../core/freshness.js';
import type { AgentEntry, CheckedRange, CommitInfo, Registry } from '../core/model.js';
import { normalizeLink } from '../core/paths.js';
import type { RefToCheck } from '../core/pre-push.js';
import { activeTasksIn, registryOfEntries } from '../core/registry.js';
import {
  blobsAfter,
  changedBy,
  commitsAfter,
  entryOf,
  handoffPath,
  type RememberedHandoff,
  type RememberedSnapshot,
  rememberedEntry,
  rememberedHandoff,
} from '../core/snapshot.js';

/**
 * The document cache is asked for the handoffs a push changed only while it is this small: reading
 * it whole then costs less than the reads it spares (300 tasks, 98 KB: the changed handoffs' `git
 * cat-file` and parsing, ~8% of the push); at 10,000 tasks (3.3 MB) it costs ~60 ms against ~20 ms
 * for reading and parsing ten handoffs.
 */
const CACHE_WORTH_READING = 1024 * 1024;

/** A workspace and its task inputs, as the full reading would give them. */
export interface SnapshotRead {
  workspace: Workspace;
  inputs: TaskInput[];
  /** The snapshot it started from (undefined: read in full). */
  from?: RememberedSnapshot;
}

/**
 * The tip of `ref` read from a remembered snapshot and the commits after it in `range`, or undefined
 * when none fits (the caller then reads the tip in full). `configFile` is the caller's (the Action's
 * `config` input): a snapshot remembered under another is none.
 */
export async function readFromSnapshot(
  git: IGitCommandManager,
  store: SnapshotStore,
  ref: RefToCheck,
  range: CheckedRange,
  options: {
    /** Summaries of documents seen before: a changed handoff known there is not read. */
    cache: DocumentCache;
    configFile: string | undefined;
    /** Awaited before the first handoff is read (none is, when the commits changed none). */
    beforeReading?: () => Promise<void>;
    /** A snapshot the caller has read already (not read again when it is the one to start from). */
    read?: RememberedSnapshot;
  },
): Promise<SnapshotRead | undefined> {
  for (const commit of store.commits()) {
    const after = commitsAfter(
      commit,
      ref.kind === 'update' ? ref.remoteSha : undefined,
      range.head,
      range.commits,
    );
    if (after === undefined) continue;
    const snapshot = options.read?.commit === commit ? options.read : store.read(commit);
    if (snapshot === undefined || snapshot.givenConfigFile !== options.configFile) continue;
    try {
      return await applied(git, snapshot, ref, after, options);
    } catch {
      // A handoff read again that cannot be summarised, a snapshot that does not hold together: the
      // full reading says what is wrong, as it would have with no snapshot.
      return undefined;
    }
  }
  return undefined;
}

/** `snapshot` with the changes of `after` (one line of commits from it to the pushed tip). */
async function applied(
  git: IGitCommandManager,
  snapshot: RememberedSnapshot,
  ref: RefToCheck,
  after: readonly CommitInfo[],
  { cache, beforeReading }: Pick<Parameters<typeof readFromSnapshot>[4], 'cache' | 'beforeReading'>,
): Promise<SnapshotRead | undefined> {
  await prepareFor(snapshot.config);
  const entries = snapshot.entries.map((e): [string, AgentEntry] => [e[0], entryOf(e)]);
  const tasks = activeTasksIn(entries, snapshot.config);
  if (tasks.length !== snapshot.handoffs.length) return undefined;
  const paths: string[] = [];
  for (const [index, task] of tasks.entries()) {
    if (task.detailsLink === undefined) return undefined;
    paths.push(handoffPath(snapshot.handoffs[index] as RememberedHandoff, task.detailsLink));
  }
  const change = changedBy(
    snapshot,
    paths,
    configCandidates(snapshot.givenConfigFile).map(normalizeLink),
    after,
  );
  if (change.setup) return undefined;
  const source = revisionSource(git, ref.localSha, ref.branch);
  const handoffs = [...snapshot.handoffs];
  if (change.handoffs.length > 0) {
    const links = change.handoffs.map((index) => tasks[index]?.detailsLink as string);
    // Their blobs at the tip, from the commits' changes: read by id, with no listing of their folder.
    const blobs = blobsAfter(
      change.handoffs.map((index) => paths[index] as string),
      after,
    );
    if (blobs === undefined) return undefined;
    for (const index of change.handoffs) {
      const from = blobs.get(paths[index] as string)?.fromOid;
      // Changes that do not start from the snapshot's blob are not this snapshot's.
      if (from === undefined || blobContentId(from) !== snapshot.handoffs[index]?.[0]) return undefined;
    }
    // A handoff whose content is known (the snapshot's own, or a summary cached by an earlier check)
    // is not read: its blob id, from the tree, says which it is.
    const earlier = new Map<string, Pick<DocumentSummary, 'missingElements' | 'facts'>>();
    for (const index of change.handoffs) {
      const [contentId, missingElements, facts] = snapshot.handoffs[index] as RememberedHandoff;
      earlier.set(contentId, { missingElements, facts });
    }
    await beforeReading?.();
    const cached = cache.fileBytes <= CACHE_WORTH_READING ? cache : undefined;
    const read = await readLinkedHandoffs(source, links, {
      known: (id) => earlier.has(id) || cached?.has(id) === true,
      blobs: new Map([...blobs].map(([path, blob]) => [path, blob.oid])),
    });
    // Parsed into the cache when it is read at all, which then keeps what this push did not look up
    // (a save keeps what a run used); else only into the snapshot, for the next push.
    cached?.keepUnused();
    const parsed = cached ?? DocumentCache.inMemory();
    // In the tasks' order, as the full reading summarises them (the first hostile one is its error).
    for (const [at, index] of change.handoffs.entries()) {
      const link = links[at] as string;
      const linked = read.get(link);
      if (linked?.kind !== 'document') return undefined;
      const summary =
        earlier.get(linked.contentId) ??
        cached?.known(linked.contentId) ??
        (await parsed.summarize(linked.contentId, linked.text, linked.path));
      handoffs[index] = rememberedHandoff(
        link,
        linked.path,
        linked.contentId,
        summary.missingElements,
        summary.facts,
      );
      paths[index] = linked.path;
    }
  }
  let made: Registry | undefined;
  const workspace: Workspace = {
    source,
    config: snapshot.config,
    // The registry's object (10,000 keys: ~10 ms to make) only when something looks into it: the
    // check reads its entries.
    registry: {
      entries,
      get registry() {
        made ??= registryOfEntries(entries);
        return made;
      },
      file: snapshot.registryFile,
      exists: true,
    },
    activeTasks: tasks,
    handoffs: new Map(),
  };
  if (snapshot.configFile !== undefined) workspace.configFile = snapshot.configFile;
  const inputs: TaskInput[] = [];
  for (const [index, task] of tasks.entries()) {
    const [contentId, missingElements, facts] = handoffs[index] as RememberedHandoff;
    const path = paths[index] as string;
    // The link the snapshot holds is this task's: the registry is the snapshot's own.
    const linked: LinkedHandoff = { kind: 'document', path, contentId };
    workspace.handoffs.set(task.agent, linked);
    inputs.push({ task, link: { kind: 'document', path, missingElements, facts } });
  }
  // Remembered next as the same base's snapshot with these changes too (adapters/snapshot-store.ts).
  const changed = new Set(snapshot.base?.changed);
  for (const index of change.handoffs) changed.add(index);
  const base = {
    commit: snapshot.base?.commit ?? snapshot.commit,
    changed: [...changed].sort((a, b) => a - b),
  };
  return { workspace, inputs, from: { ...snapshot, handoffs, base } };
}

/**
 * What to remember of the tip `commit` as judged: undefined when it is not plain enough to follow
 * from changed paths (see core/snapshot.ts), or when it is what the read started from.
 */
export function snapshotToRemember(
  git: IGitCommandManager,
  commit: string,
  read: SnapshotRead,
  givenConfigFile: string | undefined,
): RememberedSnapshot | undefined {
  const { workspace, inputs, from } = read;
  // Read from a snapshot: that one with the changes applied (and its base, to store it on).
  if (from !== undefined) return from.commit === commit ? undefined : { ...from, commit };
  // A monorepo's root (config `workspaces`, whatever packages it finds) is judged with its packages.
  if (workspace.source.kind !== 'revision' || workspace.source.prefix !== '') return undefined;
  if (!workspace.registry.exists || workspace.config.workspaces.length > 0) return undefined;
  if (inputs.length !== workspace.activeTasks.length) return undefined;
  const handoffs: RememberedHandoff[] = [];
  const paths: string[] = [];
  for (const [index, { task, link }] of inputs.entries()) {
    const linked = workspace.handoffs.get(task.agent);
    if (
      link.kind !== 'document' ||
      linked?.kind !== 'document' ||
      task.detailsLink === undefined ||
      workspace.activeTasks[index] !== task
    )
      return undefined;
    handoffs.push(
      rememberedHandoff(task.detailsLink, link.path, linked.contentId, link.missingElements, link.facts),
    );
    paths.push(link.path);
  }
  // Read through the tree's listing: a file reached through a symlink changes with its target, which
  // the pushed commits' paths do not name. So every handoff, the registry, and each config file that
  // is there (one that is not is added by a path the commits name) must be a regular file.
  if (
    !git.tree.regularFiles?.(commit, [...paths, normalizeLink(workspace.registry.file)]) ||
    !git.tree.regularFiles(commit, configCandidates(givenConfigFile).map(normalizeLink), { orAbsent: true })
  )
    return undefined;
  const snapshot: RememberedSnapshot = {
    commit,
    config: workspace.config,
    registryFile: normalizeLink(workspace.registry.file),
    entries: registryEntries(workspace.registry).map(([agent, entry]) => rememberedEntry(agent, entry)),
    handoffs,
  };
  if (givenConfigFile !== undefined) snapshot.givenConfigFile = givenConfigFile;
  if (workspace.configFile !== undefined) snapshot.configFile = workspace.configFile;
  return snapshot;
}
