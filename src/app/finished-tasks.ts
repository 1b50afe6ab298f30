/**
 * Tasks no longer active that a commit names while its own tree's registry had them active: the
 * commit counts for that task (core/attribution.ts), so the last push of a task ended with `done`
 * no longer charges its commits to the one task still active. One reading for the check, the
 * Action, the agent hooks, `draft` and `resume`.
 */
import { GitCommandManager, type IGitCommandManager } from '../adapters/git.js';
import { findProjectRoot } from '../adapters/repo-root.js';
import { type KnownValues, readRegistryFrom, revisionSource, scopedSource } from '../adapters/workspace.js';
import { claimPlaces } from '../core/attribution.js';
import { handoffTaskRegExp, taskIdRegExp } from '../core/config.js';
import type { CommitInfo, HandoffConfig, Registry } from '../core/model.js';
import { normalizeLink } from '../core/paths.js';
import { type AgentEntries, activeTasks, agentEntries, heldTask, isActiveStatus } from '../core/registry.js';

/**
 * Commits that name a task not active now whose own registry is read, at most: past them the rest
 * name active tasks only, as before the rule (which only ever makes a verdict stricter).
 */
export const MAX_COMMITS_READ = 256;

export interface ActiveAtCommitQuery {
  /** A git manager at the repository's top (commits' trees are read from there). */
  git: IGitCommandManager;
  /** The commits to attribute (paths as the project names them). */
  commits: readonly CommitInfo[];
  /** The project's folder from the repository's top ('' at the top). */
  prefix: string;
  config: HandoffConfig;
  /** The entries of the registry judged (now): `agentEntries`. */
  entries: AgentEntries;
  /** Registries validated before, by content (`KnownValues`). */
  values?: KnownValues;
}

/**
 * For each commit that claims a task the registry lists but not as active (`Task:` trailer, subject's
 * lead), the ones of those tasks its own tree's registry has active. Costs nothing when no commit
 * claims such a task; else
 * one `git cat-file --batch-check` for the registry's blob in every such commit, and one read of
 * each distinct registry among them. A registry that cannot be read names no task.
 */
export async function tasksActiveAtCommits(query: ActiveAtCommitQuery): Promise<Map<string, string[]>> {
  return activeAtClaims(query, commitsClaimingOthers(query.commits, query.config, query.entries));
}

/** `tasksActiveAtCommits` for the claims `commitsClaimingOthers` found. */
async function activeAtClaims(
  query: RegistryQuery,
  naming: ReadonlyArray<{ sha: string; ids: string[] }>,
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  let index = 0;
  for await (const then of activeInEach(
    query,
    naming.map((n) => n.sha),
  )) {
    const { sha, ids } = naming[index++] as { sha: string; ids: string[] };
    const named = ids.filter((id) => then.has(id));
    if (named.length > 0) found.set(sha, named);
  }
  return found;
}

/** What reads a registry in commits' trees: a git at the repository's top, the project's folder. */
type RegistryQuery = Omit<ActiveAtCommitQuery, 'commits' | 'entries'>;

/**
 * The task ids active in the registry of each of `commits`' trees, in order (none where a commit has
 * no registry): one `git cat-file --batch-check` for the registry's blob in them all, then one read
 * of each distinct registry (by blob; by commit where blobs cannot be asked for) when first reached,
 * so a caller that stops early reads no more.
 */
async function* activeInEach(
  query: RegistryQuery,
  commits: readonly string[],
): AsyncGenerator<ReadonlySet<string>> {
  if (commits.length === 0) return;
  const { config, prefix } = query;
  const registryPath = normalizeLink(prefix === '' ? config.registry : `${prefix}/${config.registry}`);
  const blobs = query.git.tree.blobsAt ? await query.git.tree.blobsAt(commits, registryPath) : commits;
  const activeIn = new Map<string, Promise<Set<string>>>();
  for (const [index, commit] of commits.entries()) {
    const blob = blobs[index];
    if (blob === undefined) {
      yield NONE_ACTIVE;
      continue;
    }
    let active = activeIn.get(blob);
    if (!active) {
      active = activeAt(query, commit);
      activeIn.set(blob, active);
    }
    yield await active;
  }
}
const NONE_ACTIVE: ReadonlySet<string> = new Set();

/**
 * The commits (at most MAX_COMMITS_READ) that claim, where attribution reads a claim (a `Task:`
 * trailer, the subject's lead: `claimPlaces`), a task the registry now lists but not as active (an
 * entry's `current_task` that `done` or `idle` left): only those can have been active where the
 * commit was made and matter. Ids no entry lists (`UTF-8`, a ticket never registered) cost nothing.
 */
function commitsClaimingOthers(
  commits: readonly CommitInfo[],
  config: HandoffConfig,
  entries: AgentEntries,
): Array<{ sha: string; ids: string[] }> {
  // The candidates: tasks entries hold but not actively, and tasks whose handoffs the commits write
  // (a task left by `start` of another or by `idle` is no entry's any more; its last session, which
  // leaving requires first (`lifecycle/work-left-behind`), is among the commits read). Those some
  // entry holds actively are struck off in a second pass: the registry's active tasks are not
  // gathered as a set (10,000 of them, besides the check's own list, cost the hook ~25 ms).
  const listed = tasksHandedOffIn(commits, config);
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== '' && !isActiveStatus(entry, config)) listed.add(task);
  }
  if (listed.size === 0) return [];
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== '' && listed.has(task) && isActiveStatus(entry, config)) listed.delete(task);
  }
  const naming: Array<{ sha: string; ids: string[] }> = [];
  if (listed.size === 0) return naming;
  const pattern = taskIdRegExp(config);
  for (const commit of commits) {
    // Another folder's commit (a monorepo): it claims nothing here, and takes none of the reads.
    if (commit.elsewhere) continue;
    const ids = new Set<string>();
    const { trailers, lead } = claimPlaces(commit);
    for (const text of [...trailers, ...lead]) {
      for (const match of text.matchAll(pattern)) if (listed.has(match[0])) ids.add(match[0]);
    }
    if (ids.size > 0) naming.push({ sha: commit.sha, ids: [...ids] });
    if (naming.length >= MAX_COMMITS_READ) break;
  }
  return naming;
}

/** The tasks whose handoffs (in `handoffDir`, or `doneHandoffDir`) the commits write, by the files' names. */
function tasksHandedOffIn(commits: readonly CommitInfo[], config: HandoffConfig): Set<string> {
  const tasks = new Set<string>();
  const folders = [config.handoffDir, config.doneHandoffDir].flatMap((dir) =>
    dir === undefined ? [] : [`${normalizeLink(dir)}/`],
  );
  const name = handoffTaskRegExp(config);
  for (const commit of commits) {
    if (commit.elsewhere) continue;
    for (const { path } of commit.files) {
      if (!folders.some((folder) => path.startsWith(folder))) continue;
      const task = name.exec(path.slice(path.lastIndexOf('/') + 1))?.[1];
      if (task !== undefined) tasks.add(task);
    }
  }
  return tasks;
}

/**
 * The index of the first of `commits` (revisions) whose own tree's registry has `taskId` active
 * (where the task's `start` was committed), among the first MAX_COMMITS_READ; undefined when none is.
 * One `git cat-file --batch-check` for the registry's blob in them all, and one read of each distinct
 * registry, in order, up to the first that has the task.
 */
export async function firstCommitWithTaskActive(
  projectRoot: string,
  config: HandoffConfig,
  commits: readonly string[],
  taskId: string,
  /** The caller's git: used when it runs at the top, else one there. */
  callers?: GitCommandManager,
): Promise<number | undefined> {
  const shas = commits.slice(0, MAX_COMMITS_READ);
  if (shas.length === 0) return undefined;
  const { repoRoot: top, prefix } = await findProjectRoot(projectRoot);
  return GitCommandManager.at(top, callers, async (git) => {
    let index = 0;
    for await (const then of activeInEach({ git, prefix, config }, shas)) {
      if (then.has(taskId)) return index;
      index++;
    }
    return undefined;
  });
}

/** The task ids active in the registry of `commit`'s tree; none when it cannot be read. */
async function activeAt(query: RegistryQuery, commit: string): Promise<Set<string>> {
  try {
    const source = scopedSource(revisionSource(query.git, commit), query.prefix);
    const read = await readRegistryFrom(source, query.config, query.values);
    return new Set(activeTasks(read.registry, query.config).map((t) => t.taskId));
  } catch {
    return new Set();
  }
}

/**
 * `tasksActiveAtCommits` for the project at `projectRoot` (a monorepo package or the repository),
 * through a git manager of its own at the repository's top.
 */
export async function tasksActiveAtCommitsIn(
  projectRoot: string,
  config: HandoffConfig,
  commits: readonly CommitInfo[],
  registry: Registry,
  /** The caller's git: used when it runs at the top (its trees read once for both), else one there. */
  callers?: GitCommandManager,
): Promise<Map<string, string[]>> {
  const naming = commitsClaimingOthers(commits, config, agentEntries(registry));
  if (naming.length === 0) return new Map();
  const { repoRoot: top, prefix } = await findProjectRoot(projectRoot);
  return GitCommandManager.at(top, callers, (git) => activeAtClaims({ git, prefix, config }, naming));
}
