/**
 * `handoff status`: every agent and task at a glance, from the working tree's snapshot. A handoff
 * that cannot be read does not hide the table: its row says why and points to `handoff validate`.
 * A bad config or registry is bad input (exit 2).
 */
import { DocumentCache, type DocumentSummary } from '../adapters/document-cache.js';
import { GitCommandManager } from '../adapters/git.js';
import {
  type LinkedHandoff,
  readEachPackage,
  readWorkspace,
  registryEntries,
  type Workspace,
  workingTreeSource,
} from '../adapters/workspace.js';
import { nonWorkPaths } from '../core/attribution.js';
import { doneArchiveOf, parseDuration } from '../core/config.js';
import { formatInputError, formatLocated, InputError } from '../core/errors.js';
import { evaluateFreshness, type TaskInput } from '../core/freshness.js';
import type { Verdict } from '../core/model.js';
import { asInProject, pathFrom, type ShownPath } from '../core/paths.js';
import { linksIn } from '../core/registry.js';
import {
  buildStatusRows,
  handoffUpdatedMs,
  type PackageStatus,
  type LinkedHandoff as StatusHandoff,
  type StatusTable,
} from '../core/render/status.js';
import { onPackage } from '../core/shell.js';
import { linkState } from './link-state.js';

/**
 * What a status row says of a linked handoff: its facts, or why it has none, its file named by
 * `shown` (from where the user is).
 */
async function statusOf(
  linked: LinkedHandoff,
  cache: DocumentCache,
  shown: ShownPath,
): Promise<(StatusHandoff & { summary?: DocumentSummary }) | undefined> {
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
        const summary = await cache.summarize(linked.contentId, linked.text, linked.path);
        return { facts: summary.facts, summary };
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
    freshness = true,
  }: {
    packages?: boolean;
    shown?: ShownPath;
    git?: GitCommandManager;
    /** Whether each active task is judged (`StatusRow.freshness`): `prime`'s team list shows no verdicts. */
    freshness?: boolean;
  } = {},
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
    const judged = freshness ? shown : undefined;
    const root = statusTable(rootWorkspace, rootRead, now, shown, judged);
    if (!withPackages || patterns.length === 0) return root;
    return {
      ...root,
      packages: packages.map((pkg) =>
        'read' in pkg
          ? {
              folder: pkg.folder,
              ...statusTable(
                pkg.workspace,
                pkg.read,
                now,
                (path) => shown(pathFrom(pkg.folder, path)),
                judged,
              ),
            }
          : pkg,
      ),
    };
  } finally {
    await cache.save();
  }
}

/** One registry's linked handoffs, by agent, and what the freshness rules read of each readable one. */
interface HandoffsRead {
  handoffs: Map<string, StatusHandoff>;
  /** Each readable handoff's path from where git runs (the repository's root). */
  paths: Map<string, string>;
  /** Each readable handoff's summary, by agent: what the freshness rules read of it. */
  summaries: Map<string, DocumentSummary>;
  /**
   * Handoff path (the workspace's own) -> the time (seconds) of the last commit that touched it
   * within the `maxAge` window, as the `expired` rule reads it (filled by `addCommitTimes`).
   */
  lastTouches: Map<string, number>;
  /** The monorepo package's folder from the repository root, '' for the root's registry. */
  folder: string;
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
  const summaries = new Map<string, DocumentSummary>();
  for (const [agent, linked] of workspace.handoffs) {
    const status = await statusOf(linked, cache, shown);
    if (!status) continue;
    const { summary, ...handoff } = status;
    handoffs.set(agent, handoff);
    if (linked.kind === 'document' && summary) {
      paths.set(agent, pathFrom(folder, linked.path));
      summaries.set(agent, summary);
    }
  }
  return {
    handoffs,
    paths,
    summaries,
    lastTouches: new Map(),
    folder,
    maxAgeMs: parseDuration(workspace.config.freshness.maxAge),
  };
}

/**
 * Each dated handoff's last commit time (`committedMs`), when one is on or after its Date's start,
 * and each readable handoff's last touch within its registry's `maxAge` (`lastTouches`, as the
 * `expired` rule reads it): one `git log --since` over all of them, back to the oldest Date (an
 * earlier commit cannot be the later of the two) but never further than its registry's `maxAge`, as
 * the check's own walk: the walk stays bounded by that window however old a handoff is, and a
 * handoff dated before it keeps its Date's age unless a commit inside the window touched it. A
 * handoff with no readable Date is sought over the window. A repository with no commits yet has none.
 */
async function addCommitTimes(
  git: GitCommandManager,
  reads: readonly HandoffsRead[],
  now: Date,
): Promise<void> {
  let since = Number.POSITIVE_INFINITY;
  const sought = new Set<string>();
  for (const { handoffs, paths, maxAgeMs } of reads) {
    for (const [agent, path] of paths) {
      const at = handoffUpdatedMs(handoffs.get(agent)?.facts?.date);
      // A Date in the future is no bound (the `expired` rule does not take it either): the window.
      const from = at !== undefined && at <= now.getTime() ? at : Number.NEGATIVE_INFINITY;
      since = Math.min(since, Math.max(from, now.getTime() - maxAgeMs));
      sought.add(path);
    }
  }
  if (sought.size === 0) return;
  let touches: Map<string, number>;
  try {
    touches = await git.lastTouchesSince([...sought], Math.floor(since / 1000));
  } catch (error) {
    if ((await git.headCommit()) !== undefined) throw error;
    return;
  }
  for (const { handoffs, paths, summaries, lastTouches, folder, maxAgeMs } of reads) {
    for (const [agent, path] of paths) {
      const seconds = touches.get(path);
      if (seconds === undefined) continue;
      const handoff = handoffs.get(agent);
      if (handoff) handoff.committedMs = seconds * 1000;
      // Only a touch inside this registry's window counts for `expired` (the check reads no further).
      if (seconds * 1000 >= now.getTime() - maxAgeMs && summaries.has(agent))
        lastTouches.set(folder === '' ? path : path.slice(folder.length + 1), seconds);
    }
  }
}

/**
 * The freshness rules that need no range (`missing`, `invalid-link`, `incomplete`, `expired`), by
 * agent, for each active task whose handoff could be read: the check's own rules over the working
 * tree, so `status` marks what a push would block on before the push. `behind` needs the pushed
 * commits, and is left to the check. A package's fixes run handoff on that package (`-C`, named by
 * `shown` as every path).
 */
function freshnessByAgent(
  workspace: Workspace,
  read: HandoffsRead,
  now: Date,
  shown: ShownPath,
): Map<string, Verdict> {
  const { config } = workspace;
  const inWorkspace: ShownPath = (path) => shown(pathFrom(read.folder, path));
  const tasks: TaskInput[] = [];
  const unjudged = new Set<string>();
  for (const task of workspace.activeTasks) {
    const linked = workspace.handoffs.get(task.agent);
    // A handoff that cannot be read is its row's problem (and the check's exit 2), not a verdict;
    // its agent is still counted on its task, whose fixes then name the agent (`--agent`).
    if (linked?.kind === 'unreadable' || (linked?.kind === 'document' && !read.summaries.has(task.agent))) {
      unjudged.add(task.agent);
      tasks.push({ task, link: { kind: 'missing', detail: '' } });
      continue;
    }
    tasks.push({
      task,
      link: linkState(linked, read.summaries.get(task.agent), workspace.source, inWorkspace),
    });
  }
  const verdicts = new Map<string, Verdict>();
  if (tasks.length === 0) return verdicts;
  const { verdicts: judged } = evaluateFreshness({
    config,
    tasks,
    ranges: [],
    nonWork: nonWorkPaths(
      config.handoffDir,
      config.registry,
      linksIn(registryEntries(workspace.registry)),
      doneArchiveOf(config),
    ),
    lastTouches: read.lastTouches,
    now,
    ...(read.folder === '' ? {} : { folder: read.folder }),
    shown,
  });
  for (const verdict of judged) {
    if (unjudged.has(verdict.agent)) continue;
    if (read.folder !== '') {
      for (const problem of verdict.problems) problem.fix = onPackage(problem.fix, shown(read.folder));
    }
    verdicts.set(verdict.agent, verdict);
  }
  return verdicts;
}

/** One registry's table, its paths (the workspace's own) named by `shown`. */
function statusTable(
  workspace: Workspace,
  read: HandoffsRead,
  now: Date,
  shown: ShownPath,
  /** How the verdicts name files (from the repository root), or undefined to judge no task. */
  judgedShown: ShownPath | undefined,
): StatusTable {
  const { registry, file, exists } = workspace.registry;
  const verdicts = judgedShown ? freshnessByAgent(workspace, read, now, judgedShown) : undefined;
  const rows = buildStatusRows(registry, workspace.config, read.handoffs, now, verdicts).map((row) =>
    row.detailsLink === undefined ? row : { ...row, detailsLink: shown(row.detailsLink) },
  );
  return {
    rows,
    file: shown(file),
    exists,
    ...(workspace.config.freshness.scope === 'touched' ? { scope: 'touched' as const } : {}),
  };
}
