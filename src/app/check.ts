/**
 * The check use case, shared by `handoff check`, the pre-push hook and the Action: gather the facts
 * (registry, handoff documents, the commits being checked, recent touches of old handoffs) and hand
 * them to the freshness rule. Git processes: one `git log` per pushed ref in a hook, plus one
 * `git log --since` only when some handoff's `**Date**` is too old to prove it recent.
 */
import { DocumentCache } from '../adapters/document-cache.js';
import { GitCommandManager } from '../adapters/git.js';
import { readPushedRanges } from '../adapters/pre-push.js';
import { type ResolvedLink, readRegistry, resolveLinks } from '../adapters/store.js';
import { nonWorkPaths } from '../core/attribution.js';
import { parseDuration } from '../core/config.js';
import { InputError } from '../core/errors.js';
import { evaluateFreshness, type LinkState, pathsNeedingHistory, type TaskInput } from '../core/freshness.js';
import type { ActiveTask, CheckedRange, CheckResult, HandoffConfig } from '../core/model.js';
import { normalizeLink } from '../core/paths.js';
import { parsePrePushInput, planPush } from '../core/pre-push.js';
import { activeTasks, detailsLinks } from '../core/registry.js';

export interface CheckOptions {
  repoRoot: string;
  config: HandoffConfig;
  /** Start of the range (exclusive); with `head`, checks `base..head`. */
  base?: string;
  head?: string;
  /** Run as git's pre-push hook: its first argument and its stdin. */
  prePush?: { remoteName: string; stdin: string };
  now: Date;
}

/** Where to look for a base when HEAD has no upstream, in order. */
export const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];
/** A shallow clone is deepened this much at first, doubling, until the merge base arrives. */

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const { repoRoot, config, now } = options;
  const git = GitCommandManager.create(repoRoot);
  const notes: string[] = [];
  // In a hook the pushed commits do not depend on the registry: git reads them while the registry
  // and the documents are read, so its process start-up overlaps with the work here.
  const pushNotes: string[] = [];
  const pushedRanges = options.prePush ? readRanges(git, options, pushNotes) : undefined;
  // Awaited below only when there are active tasks; until then a failure must not go unhandled.
  pushedRanges?.catch(() => undefined);
  const { registry } = await readRegistry(repoRoot, config);
  const tasks = activeTasks(registry, config);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links);

  if (!options.prePush && !options.base && !options.head && !(await git.hasCommits())) {
    return { verdicts: [], stale: false, notes: ['The repository has no commits yet: nothing to check.'] };
  }
  // Without active tasks there is nothing to compare commits with: what git found (or failed to
  // find) does not matter, and outside a hook no git process is started.
  if (tasks.length === 0) {
    return evaluateFreshness({ config, tasks: [], ranges: [], nonWork, lastTouches: new Map(), now, notes });
  }

  // git reads the commits while the documents are read: the two overlap.
  const [ranges, taskInputs] = await Promise.all([
    pushedRanges ?? readRanges(git, options, notes),
    readTaskStates(repoRoot, tasks),
  ]);
  notes.push(...pushNotes);
  const needHistory = pathsNeedingHistory(taskInputs, config, now);
  const since = Math.floor((now.getTime() - parseDuration(config.freshness.maxAge)) / 1000);
  const lastTouches = needHistory.length > 0 ? await git.lastTouchesSince(needHistory, since) : new Map();
  return evaluateFreshness({ config, tasks: taskInputs, ranges, nonWork, lastTouches, now, notes });
}

async function readRanges(
  git: GitCommandManager,
  options: CheckOptions,
  notes: string[],
): Promise<CheckedRange[]> {
  if (!options.prePush) return [await readLocalRange(git, options, notes)];
  const plan = planPush(parsePrePushInput(options.prePush.stdin), options.prePush.remoteName);
  for (const skipped of plan.skipped) {
    notes.push(`Skipped ${skipped.remoteRef} (${skipped.why === 'tag' ? 'a tag' : 'deleted by this push'}).`);
  }
  return readPushedRanges(git, plan);
}

/** The range outside a hook: `base..head` as given, else from the merge base with the upstream. */
async function readLocalRange(
  git: GitCommandManager,
  options: CheckOptions,
  notes: string[],
): Promise<CheckedRange> {
  const headRev = options.head ?? 'HEAD';
  const head = await git.revParse(headRev);
  const branch = options.head ? undefined : await git.currentBranch();
  let baseRev = options.base;
  if (baseRev === undefined) {
    baseRev = (await git.upstream()) ?? (await git.firstExisting(DEFAULT_BASES));
    if (baseRev === undefined)
      notes.push('No upstream, origin/HEAD or main branch to compare with: checked all of HEAD.');
  }
  const base = baseRev === undefined ? undefined : await git.revParse(baseRev);
  if (base !== undefined && (await git.isShallow()))
    await ensureMergeBase(git, base, head, { baseName: baseRev ?? base, notes });
  // `head --not base` is `merge-base(base, head)..head`: the commits on head the base lacks.
  const commits = await git.logRange(base === undefined ? [head] : [head, '--not', base], { stats: false });
  const description = `${baseRev ?? '(root)'}..${options.head ?? branch ?? 'HEAD'}`;
  const range: CheckedRange = { description, head, commits };
  if (base !== undefined) range.base = base;
  if (branch !== undefined) range.branch = branch;
  return range;
}

/** A shallow clone is deepened this much at first, doubling each round, for at most this many rounds. */
const FIRST_DEEPEN = 50;
const MAX_DEEPEN_ROUNDS = 10;

/**
 * In a shallow clone the merge base may not be fetched, and `git log base..head` would then quietly
 * list commits down to the shallow boundary. Deepen until it is there; never pass on a range that
 * could not be read. The one place this is done, for `handoff check` and for the Action.
 */
export async function ensureMergeBase(
  git: GitCommandManager,
  base: string,
  head: string,
  options: {
    baseName?: string;
    refspecs?: readonly string[];
    notes?: string[];
    log?: (message: string) => void;
  } = {},
): Promise<string> {
  const found = await git.mergeBase(base, head);
  if (found) return found;
  let fetched = 0;
  let step = FIRST_DEEPEN;
  for (let round = 0; round < MAX_DEEPEN_ROUNDS && (await git.isShallow()); round++) {
    options.log?.(`Shallow clone: no merge base yet, fetching ${step} more commits of history`);
    await git.deepen(step, options.refspecs);
    fetched += step;
    step *= 2;
    const mergeBase = await git.mergeBase(base, head);
    if (mergeBase) {
      options.notes?.push(
        `Shallow clone: fetched ${fetched} more commit(s) of history to reach the merge base.`,
      );
      return mergeBase;
    }
  }
  const why = (await git.isShallow())
    ? `after fetching ${fetched} more commit(s) of this shallow clone`
    : 'the two have no common history';
  throw new InputError(
    `cannot find where ${options.baseName ?? base.slice(0, 7)} and ${head.slice(0, 7)} meet (${why}), so the range to check cannot be read; fetch more history (actions/checkout: fetch-depth: 0)`,
    {},
    'git/range-unreadable',
  );
}

/** What each task's `details_link` leads to; documents are summarized through the cache. */
async function readTaskStates(repoRoot: string, tasks: readonly ActiveTask[]): Promise<TaskInput[]> {
  const cache = await DocumentCache.open(repoRoot);
  try {
    // All links resolved in one batch (the repository root and each folder resolved once).
    const linked = tasks.flatMap((task) => (task.detailsLink === undefined ? [] : [task.detailsLink]));
    const resolvedLinks = await resolveLinks(repoRoot, linked);
    let next = 0;
    return await Promise.all(
      tasks.map(async (task) => {
        const resolved = task.detailsLink === undefined ? undefined : resolvedLinks[next++];
        return { task, link: await linkState(task, resolved, cache) };
      }),
    );
  } finally {
    await cache.save();
  }
}

async function linkState(
  task: ActiveTask,
  resolved: ResolvedLink | undefined,
  cache: DocumentCache,
): Promise<LinkState> {
  if (task.detailsLink === undefined || resolved === undefined) {
    return { kind: 'missing', detail: `the registry entry of ${task.agent} has no details_link.` };
  }
  if (!resolved.ok) return { kind: 'invalid-link', message: `${resolved.message} [${resolved.rule}].` };
  const path = normalizeLink(task.detailsLink);
  if (!resolved.exists) return { kind: 'missing', detail: `${path} does not exist.` };
  try {
    const summary = await cache.summarize(resolved.absPath, path);
    return { kind: 'document', path, missingElements: summary.missingElements, facts: summary.facts };
  } catch (error) {
    // A link to a folder is a wrong link, like one that leaves the repository: that task's verdict,
    // not bad input that would hide every other task's. An unreadable document stays bad input.
    if (error instanceof InputError && error.rule === 'file/not-a-file') {
      return {
        kind: 'invalid-link',
        message: `details_link "${task.detailsLink}" is not a file [file/not-a-file].`,
      };
    }
    throw error;
  }
}
