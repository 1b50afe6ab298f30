/**
 * `handoff status`: every agent and task at a glance, from the working tree's snapshot. A handoff
 * that cannot be read does not hide the table: its row says why and points to `handoff validate`.
 * A bad config or registry is bad input (exit 2).
 */
import { DocumentCache } from '../adapters/document-cache.js';
import {
  type LinkedHandoff,
  readEachPackage,
  readWorkspace,
  type Workspace,
  workingTreeSource,
} from '../adapters/workspace.js';
import { formatInputError, formatLocated, InputError } from '../core/errors.js';
import { asInProject, pathFrom, type ShownPath } from '../core/paths.js';
import {
  buildStatusRows,
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
 * package's through its folder.
 */
export async function gatherStatus(
  repoRoot: string,
  now: Date,
  { packages: withPackages = true, shown = asInProject }: { packages?: boolean; shown?: ShownPath } = {},
): Promise<StatusTable & { packages?: PackageStatus[] }> {
  const cache = await DocumentCache.open(repoRoot);
  try {
    const source = workingTreeSource(repoRoot);
    const root = await statusTable(
      await readWorkspace(source, { links: 'all', values: cache.values }),
      cache,
      now,
      shown,
    );
    const table = { rows: root.rows, file: root.file, exists: root.exists };
    const patterns = root.config.workspaces;
    if (!withPackages || patterns.length === 0) return table;
    const packages: PackageStatus[] = [];
    for (const read of await readEachPackage(
      { source, config: root.config },
      { links: 'all', values: cache.values },
    )) {
      const { folder } = read;
      if ('error' in read) {
        if (!(read.error instanceof InputError)) throw read.error;
        packages.push({ folder, rows: [], file: '', exists: false, problem: formatInputError(read.error) });
      } else if (read.workspace.registry.exists)
        packages.push({
          folder,
          ...(await statusTable(read.workspace, cache, now, (path) => shown(pathFrom(folder, path)))),
        });
    }
    return { ...table, packages };
  } finally {
    await cache.save();
  }
}

/** One registry's table, its paths (the workspace's own) named by `shown`. */
async function statusTable(
  workspace: Workspace,
  cache: DocumentCache,
  now: Date,
  shown: ShownPath,
): Promise<StatusTable & { config: Workspace['config'] }> {
  const handoffs = new Map<string, StatusHandoff>();
  for (const [agent, linked] of workspace.handoffs) {
    const status = await statusOf(linked, cache, shown);
    if (status) handoffs.set(agent, status);
  }
  const { registry, file, exists } = workspace.registry;
  const rows = buildStatusRows(registry, workspace.config, handoffs, now).map((row) =>
    row.detailsLink === undefined ? row : { ...row, detailsLink: shown(row.detailsLink) },
  );
  return { rows, file: shown(file), exists, config: workspace.config };
}
