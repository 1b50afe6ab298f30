/**
 * `handoff status`: every agent and task at a glance, from the working tree's snapshot. A handoff
 * that cannot be read does not hide the table: its row says why and points to `handoff validate`.
 * A bad config or registry is bad input (exit 2).
 */
import { DocumentCache } from '../adapters/document-cache.js';
import { GitCommandManager } from '../adapters/git.js';
import {
  type LinkedHandoff,
  readEachPackage,
  readWorkspace,
  type Workspace,
  workingTreeSource,
} from '../adapters/workspace.js';
import { parseDuration } from '../core/config.js';
import { formatInputError, formatLocated, InputError } from '../core/errors.js';
import { asInProject, pathFrom, type ShownPath } from '../core/paths.js';
import {
  buildStatusRows,
  handoffUpdatedMs,
  type PackageStatus,
  type LinkedHandoff as StatusHandoff,
  type StatusTable,
} from '../core/render/status.js';

/**
 * What a status row says of a linked handoff: its facts, or why it has none, its file named by
 * `shown` (from where the user is).
 */
async function statusOf(
  linked: LinkedHandoff,
  cache: DocumentCache,
  shown: ShownPath,
): Promise<StatusHandoff | undefined> {
  switch (linked.kind) {
    case 'none':
      return undefined;
    case 'invalid-link':
      return { problem: `${linked.message} [${linked.rule}]` };
    case 'missing':
      return { problem: `${shown(linked.path)} does not exist [link/missing]` };
    case 'unreadable':
      return {
        problem: formatLocated(
          linked.error.message,
          { ...linked.error.location, file: shown(linked.error.location.file ?? linked.path) },
          linked.error.rule,
        ),
      };
    case 'document':
      try {
        return { facts: (await cache.summarize(linked.contentId, linked.text, linked.path)).facts };
      } catch (error) {
        // A document too hostile to read is that row's problem, not the whole table's.
        if (!(error instanceof InputError)) throw error;
        return {
          problem: formatLocated(
            error.message,
            { ...error.location, file: shown(error.location.file ?? linked.path) },
            error.rule,
          ),
        };
      }
  }
}

/**
 * The status rows, and the registry they come from. At the root of a monorepo (root config
 * `workspaces`) also `packages`: each package's table, as the check judges each package, those whose
 * registry exists, in folder order; a package that cannot be read is its own entry's `problem`, not
 * the whole answer's. Every path is named by `shown` (from where the user is; as it is by default), a
 * package's through its folder. A row's age is from the handoff's last update as best known: its
 * `**Date**`, or the last commit that touched it when later (`handoffUpdatedMs`), from one `git log`
 * for every table, back to the oldest Date only.
 */
export async function gatherStatus(
  repoRoot: string,
  now: Date,
  {
    packages: withPackages = true,
    shown = asInProject,
    git,
  }: { packages?: boolean; shown?: ShownPath; git?: GitCommandManager } = {},
): Promise<StatusTable & { packages?: PackageStatus[] }> {
  const cache = await DocumentCache.open(repoRoot);
  try {
    const source = workingTreeSource(repoRoot);
    const rootWorkspace = await readWorkspace(source, { links: 'all', values: cache.values });
    const rootRead = await readHandoffs(rootWorkspace, cache, shown, '');
    const reads: HandoffsRead[] = [rootRead];
    const patterns = rootWorkspace.config.workspaces;
    const packages: (PackageStatus | { folder: string; read: HandoffsRead; workspace: Workspace })[] = [];
    if (withPackages && patterns.length > 0) {
      for (const read of await readEachPackage(
        { source, config: rootWorkspace.config },
        { links: 'all', values: cache.values },
      )) {
        const { folder } = read;
        if ('error' in read) {
          if (!(read.error instanceof InputError)) throw read.error;
          packages.push({ folder, rows: [], file: '', exists: false, problem: formatInputError(read.error) });
        } else if (read.workspace.registry.exists) {
          const handoffs = await readHandoffs(
            read.workspace,
            cache,
            (path) => shown(pathFrom(folder, path)),
            folder,
          );
          reads.push(handoffs);
          packages.push({ folder, read: handoffs, workspace: read.workspace });
        }
      }
    }
    await GitCommandManager.at(repoRoot, git, (reader) => addCommitTimes(reader, reads, now));
    const root = statusTable(rootWorkspace, rootRead, now, shown);
    const table = { rows: root.rows, file: root.file, exists: root.exists };
    if (!withPackages || patterns.length === 0) return table;
    return {
      ...table,
      packages: packages.map((pkg) =>
        'read' in pkg
          ? {
              folder: pkg.folder,
              ...statusTable(pkg.workspace, pkg.read, now, (path) => shown(pathFrom(pkg.folder, path))),
            }
          : pkg,
      ),
    };
  } finally {
    await cache.save();
  }
}

/** One registry's linked handoffs, by agent, and each readable one's path from where git runs. */
interface HandoffsRead {
  handoffs: Map<string, StatusHandoff>;
  paths: Map<string, string>;
  /** The registry's config's `freshness.maxAge`, in milliseconds: how far back commit times are sought. */
  maxAgeMs: number;
}

async function readHandoffs(
  workspace: Workspace,
  cache: DocumentCache,
  shown: ShownPath,
  folder: string,
): Promise<HandoffsRead> {
  const handoffs = new Map<string, StatusHandoff>();
  const paths = new Map<string, string>();
  for (const [agent, linked] of workspace.handoffs) {
    const status = await statusOf(linked, cache, shown);
    if (!status) continue;
    handoffs.set(agent, status);
    if (linked.kind === 'document' && status.facts) paths.set(agent, pathFrom(folder, linked.path));
  }
  return { handoffs, paths, maxAgeMs: parseDuration(workspace.config.freshness.maxAge) };
}

/**
 * Each dated handoff's last commit time (`committedMs`), when one is on or after its Date's start:
 * one `git log --since` over all of them, back to the oldest Date (an earlier commit cannot be the
 * later of the two) but never further than its registry's `maxAge`, as the check's own walk: the
 * walk stays bounded by that window however old a handoff is, and a handoff dated before it keeps
 * its Date's age unless a commit inside the window touched it. A repository with no commits yet has
 * none.
 */
async function addCommitTimes(
  git: GitCommandManager,
  reads: readonly HandoffsRead[],
  now: Date,
): Promise<void> {
  let since = Number.POSITIVE_INFINITY;
  const dated = new Set<string>();
  for (const { handoffs, paths, maxAgeMs } of reads) {
    for (const [agent, path] of paths) {
      const at = handoffUpdatedMs(handoffs.get(agent)?.facts?.date);
      if (at === undefined) continue;
      since = Math.min(since, Math.max(at, now.getTime() - maxAgeMs));
      dated.add(path);
    }
  }
  if (dated.size === 0) return;
  let touches: Map<string, number>;
  try {
    touches = await git.lastTouchesSince([...dated], Math.floor(since / 1000));
  } catch (error) {
    if ((await git.headCommit()) !== undefined) throw error;
    return;
  }
  for (const { handoffs, paths } of reads) {
    for (const [agent, path] of paths) {
      const seconds = touches.get(path);
      const handoff = handoffs.get(agent);
      if (seconds !== undefined && handoff) handoff.committedMs = seconds * 1000;
    }
  }
}

/** One registry's table, its paths (the workspace's own) named by `shown`. */
function statusTable(
  workspace: Workspace,
  { handoffs }: HandoffsRead,
  now: Date,
  shown: ShownPath,
): StatusTable {
  const { registry, file, exists } = workspace.registry;
  const rows = buildStatusRows(registry, workspace.config, handoffs, now).map((row) =>
    row.detailsLink === undefined ? row : { ...row, detailsLink: shown(row.detailsLink) },
  );
  return { rows, file: shown(file), exists };
}
