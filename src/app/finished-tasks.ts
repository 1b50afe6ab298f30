/**
 * Tasks finished in a range: active in the registry as it was where the range starts, not active
 * now. A commit that names one is that task's work (core/attribution.ts), so the last push of a task
 * ended with `done` no longer charges its commits to the one task still active. One reading for the
 * check, the Action, the agent hooks, `resume` and `draft`.
 */
import { GitCommandManager, type IGitCommandManager } from '../adapters/git.js';
import { findProjectRoot } from '../adapters/repo-root.js';
import { type KnownValues, readRegistryFrom, revisionSource, scopedSource } from '../adapters/workspace.js';
import type { CommitInfo, HandoffConfig } from '../core/model.js';
import { normalizeLink } from '../core/paths.js';
import { activeTasks } from '../core/registry.js';

export interface FinishedTasksQuery {
  /** A git manager at the repository's top (revisions are read from there). */
  git: IGitCommandManager;
  /** The commit the range starts from (exclusive); none, none finished. */
  base: string | undefined;
  /**
   * The range's commits, their paths named as the project names them (as `config.registry` is), when
   * "now" is the range's end: the registry at `base` is then read only when one of them changed it.
   * Left out when "now" is the working tree (the local commands), whose registry may hold what no
   * commit does yet (a `done` not committed): then it is always read.
   */
  commits?: readonly CommitInfo[];
  /** The project's folder from the repository's top ('' at the top). */
  prefix: string;
  config: HandoffConfig;
  /** Task ids active now (at the range's end). */
  activeNow: Iterable<string>;
  /** Registries validated before, by content (`KnownValues`): the base's is often one of them. */
  values?: KnownValues;
}

/**
 * The task ids active at `base` and not now. The registry at `base` is read only when a commit of the
 * range changed the registry: otherwise it is the registry of now, and no task finished in the range.
 * A registry at `base` that cannot be read finishes no task.
 */
export async function tasksFinishedInRange(query: FinishedTasksQuery): Promise<string[]> {
  const { base, config } = query;
  if (base === undefined) return [];
  if (query.commits && !changesRegistry(query.commits, config)) return [];
  let then: Awaited<ReturnType<typeof readRegistryFrom>>;
  try {
    const source = scopedSource(revisionSource(query.git, base), query.prefix);
    then = await readRegistryFrom(source, config, query.values);
  } catch {
    // Unreadable, or not there (a shallow clone's base): as before this rule, none finished, which
    // only ever makes the verdict stricter.
    return [];
  }
  const now = new Set(query.activeNow);
  return [...new Set(activeTasks(then.registry, config).map((t) => t.taskId))].filter((id) => !now.has(id));
}

/**
 * `tasksFinishedInRange` for the project at `projectRoot` (a monorepo package or the repository),
 * read through a git manager of its own at the repository's top. `commits` as there.
 */
export async function tasksFinishedSince(
  projectRoot: string,
  config: HandoffConfig,
  base: string,
  activeNow: Iterable<string>,
  commits?: readonly CommitInfo[],
): Promise<string[]> {
  if (commits && !changesRegistry(commits, config)) return [];
  const { repoRoot: top, prefix } = await findProjectRoot(projectRoot);
  const git = GitCommandManager.create(top);
  try {
    return await tasksFinishedInRange({
      git,
      base,
      prefix,
      config,
      activeNow,
      ...(commits ? { commits } : {}),
    });
  } finally {
    git.close();
  }
}

function changesRegistry(commits: readonly CommitInfo[], config: HandoffConfig): boolean {
  const registry = normalizeLink(config.registry);
  return commits.some((commit) => commit.files.some((file) => file.path === registry));
}
