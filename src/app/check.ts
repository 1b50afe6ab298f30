/**
 * The check use case, shared by `handoff check`, the pre-push hook and the Action: read the commits
 * being checked and the workspace they are judged by, and hand both to the freshness rule.
 *
 * What is judged is what is pushed or merged: each pushed ref by the registry, config and handoffs
 * in its own tip's tree; `--head REV` by REV's tree; only a plain `handoff check` (no range given,
 * nothing pushed) reads the working tree, and it says when that differs from HEAD.
 *
 * Git processes: one `git log` per pushed ref, the two `git cat-file` processes of the snapshot, and
 * one `git log --since` only when some handoff's `**Date**` is too old to prove it recent. A push of
 * one branch from a snapshot remembered at its remote's commit (or one of its commits) reads only the
 * handoffs its commits changed (app/remembered-snapshot.ts): often none, and then only its `git log`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentCache } from '../adapters/document-cache.js';
import { GitCommandManager, type IGitCommandManager } from '../adapters/git.js';
import { ListingStore } from '../adapters/listing-store.js';
import { readPushedRange } from '../adapters/pre-push.js';
import { SnapshotStore } from '../adapters/snapshot-store.js';
import {
  type FileSource,
  type ReadWorkspaceOptions,
  readPackageWorkspaces,
  readWorkspace,
  registryEntries,
  registryEntryPlaces,
  revisionSource,
  scopedSource,
  type Workspace,
  workingTreeSource,
} from '../adapters/workspace.js';
import { nonWorkPaths } from '../core/attribution.js';
import { doneArchiveOf, parseDuration } from '../core/config.js';
import { InputError } from '../core/errors.js';
import {
  evaluateFreshness,
  NO_ACTIVE_TASKS,
  pathsNeedingHistory,
  type TaskInput,
} from '../core/freshness.js';
import type { CheckedRange, CheckResult, CommitInfo, HandoffConfig, Verdict } from '../core/model.js';
import { rangeByFolder } from '../core/package-ranges.js';
import { asInProject, linkProblem, normalizeLink, pathFrom, type ShownPath } from '../core/paths.js';
import {
  isRemoteName,
  parsePrePushInput,
  planPush,
  type RefToCheck,
  remotesAtUrl,
} from '../core/pre-push.js';
import { linksIn } from '../core/registry.js';
import { annotatedOnRegistry } from '../core/render/annotations.js';
import { commitsReadAfter } from '../core/render/check-report.js';
import { commitPathsCommand, onPackage, runsHandoff, shellWord } from '../core/shell.js';
import { namedAndCounted } from '../core/words.js';
import { tasksActiveAtCommits } from './finished-tasks.js';
import { linkState } from './link-state.js';
import { DEFAULT_BASES, otherLines } from './main-line.js';
import { activeDocuments, newBranchBound } from './next-push.js';
import { rememberPushedListings, seedPushedListing, startsAtRemembered } from './pushed-listing.js';
import { readFromSnapshot, type SnapshotRead, snapshotToRemember } from './remembered-snapshot.js';

export interface CheckOptions {
  repoRoot: string;
  /** A config file named by the user (the Action's `config` input), repository-relative. */
  configFile?: string;
  /** Start of the range (exclusive); with `head`, checks `base..head`. */
  base?: string;
  head?: string;
  /**
   * The branch `head` is, for the task id in its name (the Action's pull request head branch). By
   * default HEAD's branch, or `head`'s when it names a branch.
   */
  branch?: string;
  /**
   * The fixes are run in this checkout (the CLI, not the Action): with `head` another commit than
   * HEAD's, each draft fix starts by switching to it.
   */
  fixesRunHere?: boolean;
  /** Run as git's pre-push hook: its first argument and its stdin. */
  prePush?: { remoteName: string; stdin: string };
  /**
   * How the details and notes name a file of the repository for the user (as it is by default, as
   * the hook and the Action show them). The verdicts' own paths (`handoffPath`, `registryEntry`) and
   * the fixes that are commands stay the repository's: the caller shows those paths so, and starts
   * such a fix by going to the root.
   */
  shown?: ShownPath;
  now: Date;
  /** The git seam: a test passes its own; by default a manager over `repoRoot`. */
  git?: IGitCommandManager;
  /** Told the config as soon as it is read (the hook's fail-open rule lives there). */
  onConfig?: (config: HandoffConfig) => void;
  /**
   * Fetches `by` more commits into a shallow clone whose checked commits reach its edge (the Action
   * fetches its pull request's refs); by default from the base's remote.
   */
  deepen?: (by: number) => Promise<void>;
  /** Summaries of documents seen before (set by `runCheck`): a known blob is never read. */
  cache?: DocumentCache;
  /**
   * Called before the last commits touching handoffs are read from history, which happens only when
   * a handoff's `**Date**` is older than maxAge: the window (from `sinceEpochSeconds`) that must be
   * there, up to `rev`. The Action fetches it into a shallow checkout; the hook reads what it has.
   */
  needsHistorySince?: (sinceEpochSeconds: number, rev: string) => Promise<void>;
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  // A caller's git (any `IGitCommandManager`: the rules' tests give one in memory) stays open for
  // the caller, who closes it; one made here is closed here.
  const own = options.git === undefined ? GitCommandManager.create(options.repoRoot) : undefined;
  const git = options.git ?? (own as GitCommandManager);
  // Read while git starts on the pushed commits (checkPush awaits it only then): parsing the cache
  // file is work the first git process need not wait for.
  const opening = DocumentCache.open(options.repoRoot);
  try {
    return options.prePush
      ? await checkPush(git, options, options.prePush, opening)
      : await checkRange(git, { ...options, cache: await opening });
  } finally {
    own?.close();
    await (await opening).save();
  }
}

/**
 * What the snapshot may skip reading: handoffs whose summary the cache already holds, and the
 * registry and config when the cache holds what they were worked out to.
 */
function knownTo(options: CheckOptions): Pick<ReadWorkspaceOptions, 'known' | 'values'> {
  const cache = options.cache;
  return cache ? { known: (id) => cache.has(id), values: cache.values } : {};
}

/** Each pushed ref, judged by its own tip's tree; the verdicts of all refs together. */
async function checkPush(
  git: IGitCommandManager,
  given: CheckOptions,
  prePush: NonNullable<CheckOptions['prePush']>,
  opening: Promise<DocumentCache>,
): Promise<CheckResult> {
  const refs = parsePrePushInput(prePush.stdin);
  // A push straight to a URL: the configured remotes at it tell what it has (one git process, only then).
  const atUrl = isRemoteName(prePush.remoteName)
    ? []
    : remotesAtUrl(prePush.remoteName, await git.configList(), given.repoRoot);
  const plan = planPush(refs, prePush.remoteName, atUrl);
  const notes: string[] = plan.skipped.map(
    (s) => `Skipped ${s.remoteRef} (${s.why === 'tag' ? 'a tag' : 'deleted by this push'}).`,
  );
  if (plan.refs.length === 0) {
    const why = plan.skipped.length > 0 ? 'No branch pushed (only tags or deletions)' : 'Nothing pushed';
    return { verdicts: [], stale: false, notes: [...notes, `${why}: nothing to check.`] };
  }
  // git reads the pushed commits while the snapshot of each tip is read: the two overlap. A new
  // branch waits for its snapshot, which bounds how far back its commits need reading. A push from
  // a commit whose listing is remembered (usually the last push's tip) needs no `git ls-tree` for
  // its snapshot: the one ref's commits are then read with nothing beside them, blocking.
  const listings = await ListingStore.open(given.repoRoot);
  const [onlyRef] = plan.refs;
  const single = plan.refs.length === 1 && onlyRef !== undefined ? onlyRef : undefined;
  // One branch updated, with snapshots remembered: its commits tell whether the tip is one of those
  // snapshots with their changes (then only the handoffs they changed are read), so they are awaited
  // before any other reading.
  const snapshots = single?.kind === 'update' ? await SnapshotStore.open(given.repoRoot) : undefined;
  const remembered = snapshots?.commits() ?? [];
  const alone = single !== undefined && startsAtRemembered(single, listings);
  const updates = new Map(
    plan.refs.map((ref, index) => [
      index,
      ref.kind === 'update' ? readPushedRange(git, ref, { blocking: alone }) : undefined,
    ]),
  );
  for (const read of updates.values()) read?.catch(() => undefined);
  const options: CheckOptions = { ...given, cache: await opening };
  let snapshotRead: SnapshotRead | undefined;
  const seeded = new Set<number>();
  if (snapshots !== undefined && single?.kind === 'update' && remembered.length > 0) {
    // The likeliest snapshot (the remote's commit's, or the tip's own) is read while git reads the
    // commits, when it does so beside this (10,000 tasks: ~35 ms of each).
    const likely = remembered.find((c) => c === single.remoteSha || c === single.localSha);
    const read = likely === undefined ? undefined : snapshots.read(likely);
    // A range that cannot be read is the check's error to report, where it awaits the range.
    const range = await updates.get(0)?.catch(() => undefined);
    if (range) {
      snapshotRead = await readFromSnapshot(git, snapshots, single, range, {
        cache: options.cache as DocumentCache,
        configFile: options.configFile,
        ...(read ? { read } : {}),
        // Only a push that changed handoffs reads any. They are read by blob id, but the tip's listing
        // is worked out then too (from the remote's, without git, when that one is remembered): kept,
        // a later push that must read everything (a registry change) lists no folder.
        beforeReading: async () => {
          seeded.add(0);
          await seedPushedListing(git, listings, single, updates.get(0));
        },
      });
    }
  }
  const workspaces = snapshotRead
    ? [snapshotRead.workspace]
    : await Promise.all(
        plan.refs.map(async (ref, index) => {
          if (!seeded.has(index)) await seedPushedListing(git, listings, ref, updates.get(index));
          return readWorkspace(revisionSource(git, ref.localSha, ref.branch), {
            ...knownTo(options),
            ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
          });
        }),
      );
  if (workspaces[0]) options.onConfig?.(workspaces[0].config);
  const results: CheckResult[] = [];
  let localHead: Promise<string | undefined> | undefined;
  for (const [index, ref] of plan.refs.entries()) {
    const workspace = workspaces[index] as Workspace;
    const packages = await readPackages(workspace, options);
    const range = await (updates.get(index) ?? readNewBranch(git, ref, workspace, packages));
    let inputs = snapshotRead?.inputs;
    const { result, judged } = await judge(git, options, workspace, range, range.head, packages, {
      inputs,
      judgedBy: (read) => {
        inputs = read;
      },
    });
    if (snapshots !== undefined && inputs !== undefined) {
      const read: SnapshotRead = {
        workspace,
        inputs,
        ...(snapshotRead?.from ? { from: snapshotRead.from } : {}),
      };
      const toRemember = snapshotToRemember(git, range.head, read, options.configFile);
      if (toRemember) snapshots.write(toRemember);
    }
    rememberPushedListings(git, listings, ref, range);
    // A fix is run in the working tree: for a branch that is not checked out, it starts by switching.
    if (result.stale) {
      localHead ??= git.headCommit().catch(() => undefined);
      // On the branch checked out, a handoff with changes not committed (a draft not committed yet)
      // needs a commit before the push is tried again: a draft would refuse to run over it.
      if ((await localHead) !== ref.localSha) switchFirst(result, ref.branch);
      else await commitUncommittedFirst(git, result, judged, await workingTreeOf(given.repoRoot, judged));
    }
    results.push(result);
  }
  const merged = mergeResults(
    results,
    notes,
    plan.refs.length > 1 ? plan.refs.map((r) => r.branch) : undefined,
  );
  if (merged.verdicts.length === 0 && merged.notes.includes(NO_ACTIVE_TASKS)) {
    // Only of the branch checked out: the working tree is not what another branch's push holds.
    const head = await git.headCommit().catch(() => undefined);
    const note = plan.refs.some((ref) => ref.localSha === head)
      ? await uncommittedTasksNote(given.repoRoot, given.shown ?? asInProject)
      : undefined;
    if (note) merged.notes.push(note);
  }
  return merged;
}

/**
 * When the pushed registry has no active task but the working tree's has: `start` changes the
 * registry, and until that change is committed the check sees no task and passes every push.
 */
async function uncommittedTasksNote(repoRoot: string, shown: ShownPath): Promise<string | undefined> {
  const workspace = await readWorkspace(workingTreeSource(repoRoot), { links: 'none' }).catch(
    () => undefined,
  );
  const tasks = [...new Set(workspace?.activeTasks.map((t) => t.taskId) ?? [])];
  if (!workspace || tasks.length === 0) return undefined;
  return `The working tree's ${shown(workspace.registry.file)} has active task(s) the pushed commits do not: ${namedAndCounted(tasks, NAMED_IN_NOTE)}. Commit it, or the check judges none of them.`;
}

/**
 * A new branch brings "the commits no remote has", which on a first push to an empty remote is the
 * whole history. Only commits after each active handoff's last update can be behind, so the range
 * stops at the common ancestor of those updates (found by a walk that ends at the oldest of them):
 * the cost follows what the tasks did since their handoffs, not the age of the repository.
 */
async function readNewBranch(
  git: IGitCommandManager,
  ref: RefToCheck,
  root: Workspace,
  packages: readonly Judged[],
): Promise<CheckedRange> {
  // Every active task counts, the packages' too: their handoffs are named from the root.
  const documents = activeDocuments([{ folder: '', workspace: root }, ...packages]);
  if (documents?.length === 0) {
    // Nothing active: no commit can make a task behind, so none is read.
    return { description: ref.description, head: ref.localSha, branch: ref.branch, commits: [] };
  }
  {
    const bound = await newBranchBound(git, documents, ref.localSha);
    if (bound !== undefined) {
      // The count is of the commits after the bound, not of all the push brings: the rendered range
      // says so once ("new branch x, 0 commit(s) after abc1234: every active handoff ..."), no note
      // repeats it.
      // Read from the bound on, it included (`bound^@`: its parents and what they have, excluded):
      // when the push brings it, what it changes is part of the push (a handoff updated at the tip),
      // though not read as work: the commits before it, and it, are covered.
      const read = await readPushedRange(git, { ...ref, revisionArgs: [...ref.revisionArgs, `${bound}^@`] });
      const start = read.commits.find((commit) => commit.sha === bound);
      const range: CheckedRange = {
        ...read,
        commits: start ? read.commits.filter((commit) => commit !== start) : read.commits,
        description: `new branch ${ref.branch}`,
        readAfter: bound.slice(0, 7),
      };
      if (start) range.changedAtStart = start.files.map((file) => file.path);
      return range;
    }
  }
  return readPushedRange(git, ref);
}

/** `base..head` as given (judged at `head`), or from the upstream to HEAD (judged in the working tree). */
async function checkRange(git: IGitCommandManager, options: CheckOptions): Promise<CheckResult> {
  const notes: string[] = [];
  const givenRange = options.base !== undefined || options.head !== undefined;
  const headCommit = givenRange ? undefined : await git.headCommit();
  if (!givenRange && headCommit === undefined) {
    return { verdicts: [], stale: false, notes: ['The repository has no commits yet: nothing to check.'] };
  }
  const range = await readLocalRange(git, options, notes, headCommit);
  const source: FileSource =
    options.head !== undefined
      ? revisionSource(git, range.head, options.head)
      : workingTreeSource(options.repoRoot);
  const workspace = await readWorkspace(source, {
    ...knownTo(options),
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
  });
  options.onConfig?.(workspace.config);
  const { result, judged } = await judge(
    git,
    options,
    workspace,
    range,
    options.head === undefined ? 'HEAD' : range.head,
  );
  if (source.kind === 'working-tree') {
    const uncommitted = await commitUncommittedFirst(git, result, judged);
    if (uncommitted.length > 0) notes.push(workingTreeNote(uncommitted.map(options.shown ?? asInProject)));
  } else if (result.stale && options.fixesRunHere && (await git.headCommit()) !== range.head) {
    // `--head` another branch than the one checked out: a draft drafts HEAD's commits, so the fix
    // starts by switching to the judged ones.
    switchFirst(result, range.branch ?? { detach: range.head.slice(0, 12) });
  }
  return { ...result, notes: [...notes, ...result.notes] };
}

/**
 * The judged workspaces as the working tree holds them, for the fixes of a push of the commit checked
 * out: a draft not committed yet links its handoff in the working tree's registry only (a new task's
 * first, a later session's), so the pushed one names no such file. Unreadable ones are left out.
 */
async function workingTreeOf(repoRoot: string, judged: readonly Judged[]): Promise<Judged[]> {
  const source = workingTreeSource(repoRoot);
  const read = await Promise.all(
    judged.map(({ folder }) =>
      // Their links only: the working tree's registry names the files; none needs reading.
      readWorkspace(scopedSource(source, folder), { links: 'none' }).then(
        (workspace) => ({ folder, workspace }),
        () => undefined,
      ),
    ),
  );
  return read.filter((one): one is Judged => one !== undefined);
}

/**
 * The registries, configs and handoffs of the judged workspaces (the root's and every package's)
 * whose working-tree text is not HEAD's, as the repository names them: one `git status` for all.
 */
async function uncommittedFiles(git: IGitCommandManager, judged: readonly Judged[]): Promise<string[]> {
  const files: string[] = [];
  for (const { folder, workspace } of judged) {
    files.push(pathFrom(folder, workspace.registry.file));
    if (workspace.configFile) files.push(pathFrom(folder, workspace.configFile));
    for (const linked of workspace.handoffs.values())
      if ('path' in linked) files.push(pathFrom(folder, linked.path));
    // A workspace read without its handoffs (the working tree's, for the fixes): its links name them.
    for (const task of workspace.activeTasks) {
      const path = linkedPath(task.detailsLink);
      if (path !== undefined) files.push(pathFrom(folder, path));
    }
  }
  return git.changedSinceHead([...new Set(files)]);
}

/**
 * The judged workspaces' files that hold changes not committed, after giving every verdict whose
 * handoff is among them the commit fix (`commitFirst`) in each workspace.
 */
async function commitUncommittedFirst(
  git: IGitCommandManager,
  result: CheckResult,
  judged: readonly Judged[],
  workingTree: readonly Judged[] = [],
): Promise<string[]> {
  const uncommitted = await uncommittedFiles(git, [...judged, ...workingTree]);
  const changed = new Set(uncommitted);
  for (const { folder, workspace } of judged) {
    const now = workingTree.find((one) => one.folder === folder)?.workspace;
    commitFirst(result, changed, pathFrom(folder, workspace.registry.file), folder, now);
  }
  return uncommitted;
}

/** The handoff the working tree's registry links for a verdict's agent, when it is that task's. */
function linkedNow(workingTree: Workspace | undefined, verdict: Verdict): string | undefined {
  const task = workingTree?.activeTasks.find((t) => t.agent === verdict.agent && t.taskId === verdict.taskId);
  return linkedPath(task?.detailsLink);
}

/** A `details_link` as the path it names (normalized), when it is a usable one. */
function linkedPath(link: string | undefined): string | undefined {
  return link !== undefined && linkProblem(link) === undefined ? normalizeLink(link) : undefined;
}

/** Says when what the working tree holds is not what HEAD holds: then the verdict is not HEAD's. */
function workingTreeNote(changed: string[]): string {
  const shown =
    changed.slice(0, 5).join(', ') + (changed.length > 5 ? `, … (${changed.length - 5} more)` : '');
  return `Judged the working tree, which differs from HEAD in ${shown}: commit them, or a push will be judged without them.`;
}

/**
 * A task whose handoff has changes not committed is behind (or old) for want of a commit, and
 * `handoff draft` refuses to draft over such a handoff (`draft/previous-uncommitted`): its fix is to
 * commit the handoff, and the registry with it when that is not committed either (a draft links its
 * new session there: committing the handoff alone, the pushed registry would still link the old one).
 */
function commitFirst(
  result: CheckResult,
  uncommitted: ReadonlySet<string>,
  registryFile: string,
  folder: string,
  workingTree?: Workspace,
): void {
  const registry = normalizeLink(registryFile);
  for (const verdict of result.verdicts) {
    if ((verdict.workspace ?? '') !== folder) continue;
    // The verdict names its handoff from the repository root; the working tree's link is the package's.
    const now = linkedNow(workingTree, verdict);
    const path = [verdict.handoffPath, now === undefined ? undefined : pathFrom(folder, now)]
      .map((link) => link && normalizeLink(link))
      .find((link) => link !== undefined && uncommitted.has(link));
    if (!path) continue;
    const paths = uncommitted.has(registry) ? [path, registry] : [path];
    for (const problem of verdict.problems) {
      // Every fix that runs handoff here is a draft (`handoff draft …`, `handoff -C <package> draft …`).
      if (problem.reason !== 'incomplete' && problem.fix.startsWith('handoff ')) {
        problem.fix = commitPathsCommand(paths, `${verdict.taskId}: handoff`);
      }
    }
  }
}

/** A workspace judged: the root's ('') or a package's, by its folder. */
interface Judged {
  folder: string;
  workspace: Workspace;
}

/**
 * A project whose config file is there but which has no registry anywhere (not the root's, not a
 * package's): deleted, renamed, or the config's `registry` or `workspaces` misspelt. Judged as having
 * no tasks it would pass every push and every pull request, so it is bad input (exit 2), as
 * `validate` says. A repository without a config is not set up yet; a monorepo's root needs no
 * registry of its own while a package has one.
 */
function refuseMissingRegistry(root: Workspace, packages: readonly Judged[], repoRoot: string): void {
  const { registry, configFile, source } = root;
  if (registry.exists || configFile === undefined || packages.some((p) => p.workspace.registry.exists))
    return;
  // Judged at a commit, while the working tree has it: `init` made it, and it was never committed.
  if (source.kind === 'revision' && existsSync(join(repoRoot, ...registry.file.split('/')))) {
    throw new InputError(
      `there is no registry in ${source.label}: the working tree has one that is not committed; commit it`,
      { file: registry.file },
      'registry/missing',
    );
  }
  const where =
    packages.length > 0
      ? ` nor in any of the ${packages.length} package folder(s) "workspaces" names`
      : root.config.workspaces.length > 0
        ? ' and "workspaces" names no package folder there'
        : '';
  // The Action's `config` input, resolved in its working-directory: its paths are still the root's.
  const fromRoot = configFile.includes('/')
    ? ` (the paths in ${configFile} are read from the repository root: a package is judged through the root config's "workspaces")`
    : '';
  throw new InputError(
    `there is no registry in ${source.label}${where}, where ${configFile} sets this project up${fromRoot}: restore it (or fix the config's "registry"), or create one with \`handoff init\``,
    { file: registry.file },
    'registry/missing',
  );
}

/** In a monorepo (root config `workspaces`), each package's workspace, read from the root's source. */
function readPackages(root: Workspace, options: CheckOptions): Promise<Judged[]> {
  return readPackageWorkspaces(root, knownTo(options));
}

/**
 * The verdicts of one range by one snapshot: the root's, and in a monorepo (root config
 * `workspaces`) each package's, judged by its own registry and config on the commits that change
 * files inside it. `rev` is where the range ends (for expiry).
 */
async function judge(
  git: IGitCommandManager,
  options: CheckOptions,
  root: Workspace,
  range: CheckedRange,
  rev: string,
  read?: readonly Judged[],
  rootTasks: RootTasks = {},
): Promise<{ result: CheckResult; judged: Judged[] }> {
  const packages = read ?? (await readPackages(root, options));
  refuseMissingRegistry(root, packages, options.repoRoot);
  if (packages.length === 0) {
    return {
      result: await judgeOne(git, options, root, range, rev, rootTasks),
      judged: [{ folder: '', workspace: root }],
    };
  }
  const results: CheckResult[] = [];
  const labels: string[] = [];
  const judged: Judged[] = [];
  const notes: string[] = [];
  const unregistered: Array<{ folder: string; registry: string }> = [];
  const views = rangeByFolder(
    range,
    packages.map((p) => p.folder),
  );
  if (root.registry.exists) {
    results.push(await judgeOne(git, options, root, views.outside, rev, rootTasks));
    labels.push('');
    judged.push({ folder: '', workspace: root });
  }
  for (const { folder, workspace } of packages) {
    if (!workspace.registry.exists) {
      unregistered.push({ folder, registry: `${folder}/${workspace.config.registry}` });
      continue;
    }
    results.push(await judgeOne(git, options, workspace, views.inside(folder), rev));
    labels.push(folder);
    judged.push({ folder, workspace });
  }
  notes.push(
    ...unregisteredNotes(
      unregistered.map(({ folder, registry }) => ({
        folder: (options.shown ?? asInProject)(folder),
        registry: (options.shown ?? asInProject)(registry),
      })),
    ),
  );
  for (const [index, result] of results.entries()) {
    const folder = labels[index] as string;
    if (folder === '') continue;
    for (const verdict of result.verdicts) {
      verdict.workspace = folder;
      // The fixes are run from the root: handoff's own runs there need the package's folder.
      for (const problem of verdict.problems) problem.fix = onPackage(problem.fix, folder);
    }
  }
  // Every package saw the same range: it is counted once. A registry with no active task says so
  // only when no other has one either (an empty root registry beside busy packages is the usual case).
  const merged = mergeResults(results, notes, undefined);
  if (merged.verdicts.length > 0) merged.notes = merged.notes.filter((n) => n !== NO_ACTIVE_TASKS);
  return {
    result: {
      ...merged,
      range: {
        description: range.description,
        commitCount: range.commits.length,
        ...(range.readAfter === undefined ? {} : { readAfter: range.readAfter }),
      },
    },
    judged,
  };
}

/** Most package folders (or tasks) a note names one by one; past it, it counts the rest. */
const NAMED_IN_NOTE = 5;

/** Notes for package folders that have no registry: one each, or one for them all when they are many. */
function unregisteredNotes(unregistered: ReadonlyArray<{ folder: string; registry: string }>): string[] {
  if (unregistered.length <= NAMED_IN_NOTE)
    return unregistered.map((u) => `${u.folder} has no registry (${u.registry}): nothing to judge there.`);
  const folders = unregistered.map((u) => u.folder);
  return [
    `${unregistered.length} package folders have no registry, so nothing to judge there: ${namedAndCounted(folders, NAMED_IN_NOTE)}.`,
  ];
}

/** The root workspace's task inputs when known already (a remembered snapshot), and who is told them. */
interface RootTasks {
  inputs?: readonly TaskInput[] | undefined;
  judgedBy?: (inputs: TaskInput[]) => void;
}

/** The verdicts of one range by one registry. */
async function judgeOne(
  git: IGitCommandManager,
  options: CheckOptions,
  workspace: Workspace,
  range: CheckedRange,
  rev: string,
  known: RootTasks = {},
): Promise<CheckResult> {
  const { config } = workspace;
  const nonWork = nonWorkPaths(
    config.handoffDir,
    config.registry,
    linksIn(registryEntries(workspace.registry)),
    doneArchiveOf(config),
  );
  // Files in details and notes, named from where the user is.
  const shown = (path: string) => (options.shown ?? asInProject)(pathFrom(workspace.source.prefix, path));
  const tasks = known.inputs
    ? [...known.inputs]
    : await taskInputs(options.cache ?? DocumentCache.inMemory(), workspace, shown);
  known.judgedBy?.(tasks);
  const needHistory = pathsNeedingHistory(tasks, config, options.now);
  const since = Math.floor((options.now.getTime() - parseDuration(config.freshness.maxAge)) / 1000);
  const prefix = workspace.source.prefix === '' ? '' : `${workspace.source.prefix}/`;
  const lastTouches = new Map<string, number>();
  if (needHistory.length > 0) {
    await options.needsHistorySince?.(since, rev);
    const touched = await git.lastTouchesSince(
      needHistory.map((p) => `${prefix}${p}`),
      since,
      rev,
    );
    for (const [path, time] of touched) lastTouches.set(path.slice(prefix.length), time);
  }
  const activeAtCommit = await tasksActiveAtCommits({
    git,
    commits: range.commits,
    prefix: workspace.source.prefix,
    config,
    entries: registryEntries(workspace.registry),
    ...(options.cache ? { values: options.cache.values } : {}),
  });
  const result = evaluateFreshness({
    config,
    tasks,
    ranges: [range],
    nonWork,
    lastTouches,
    ...(activeAtCommit.size > 0 ? { activeAtCommit } : {}),
    now: options.now,
    ...(workspace.registry.exists
      ? {}
      : {
          noTasksNote: `No registry at ${shown(workspace.registry.file)} in ${workspace.source.label}: nothing to check.`,
        }),
    ...(workspace.source.prefix === '' ? {} : { folder: workspace.source.prefix }),
    ...(options.shown ? { shown: options.shown } : {}),
  });
  // A task with no handoff file to point at is annotated on its entry, in this workspace's registry.
  const onRegistry = result.verdicts.filter(annotatedOnRegistry);
  const entries = await registryEntryPlaces(
    workspace,
    onRegistry.map((verdict) => verdict.agent),
  );
  for (const verdict of onRegistry) {
    const entry = entries.get(verdict.agent);
    if (entry !== undefined) verdict.registryEntry = entry;
  }
  return result;
}

/**
 * What each active task's `details_link` leads to, as the freshness rule reads it. A handoff that
 * cannot be read is bad input (exit 2): the first is the error, which says how many more there are,
 * so one run tells the whole repair.
 */
async function taskInputs(
  cache: DocumentCache,
  workspace: Workspace,
  shown: ShownPath,
): Promise<TaskInput[]> {
  const unreadable = new Map<string, InputError>();
  for (const task of workspace.activeTasks) {
    const linked = workspace.handoffs.get(task.agent);
    if (linked?.kind === 'unreadable' && !unreadable.has(linked.path))
      unreadable.set(linked.path, linked.error);
  }
  const [error] = unreadable.values();
  if (error !== undefined) {
    if (unreadable.size === 1) throw error;
    throw new InputError(
      `${error.message} (and ${unreadable.size - 1} more linked handoff(s) cannot be read: \`handoff validate\` lists each)`,
      error.location,
      error.rule,
    );
  }
  // A summary the cache holds is taken without waiting; only a document read for the first time
  // waits for the reader, in the tasks' order (the first hostile one is the error). An await per
  // task cost 10,000 tasks a promise and a turn of the queue each.
  const inputs: TaskInput[] = [];
  for (const task of workspace.activeTasks) {
    const linked = workspace.handoffs.get(task.agent);
    const summary =
      linked?.kind === 'document'
        ? (cache.known(linked.contentId) ??
          (await cache.summarize(linked.contentId, linked.text, linked.path)))
        : undefined;
    inputs.push({ task, link: linkState(linked, summary, workspace.source, shown) });
  }
  return inputs;
}

/**
 * Prefixes every draft fix with the switch to `branch` (or, for a revision no branch names, to that
 * commit, detached), where the revisions it names are ancestors of HEAD.
 */
function switchFirst(result: CheckResult, branch: string | { detach: string }): void {
  const to = typeof branch === 'string' ? shellWord(branch) : `--detach ${branch.detach}`;
  for (const verdict of result.verdicts) {
    for (const problem of verdict.problems) {
      if (problem.fix.startsWith('handoff ')) problem.fix = `git switch ${to} && ${problem.fix}`;
      // A fix that starts with a step in words (undo a symlink) and then drafts.
      else if (runsHandoff(problem.fix)) problem.fix = `git switch ${to}, then ${problem.fix}`;
    }
  }
}

/** Several pushed refs: every verdict, each naming its ref; stale when any is. */
function mergeResults(results: CheckResult[], notes: string[], refNames: string[] | undefined): CheckResult {
  const verdicts = results.flatMap((result, index) =>
    result.verdicts.map((verdict) => (refNames ? { ...verdict, ref: refNames[index] as string } : verdict)),
  );
  const merged: CheckResult = {
    verdicts,
    stale: results.some((r) => r.stale),
    notes: [...notes, ...new Set(results.flatMap((r) => r.notes))],
  };
  const ranges = results.flatMap((r) => (r.range ? [r.range] : []));
  if (ranges.length === 1) merged.range = { ...(ranges[0] as NonNullable<CheckResult['range']>) };
  else if (ranges.length > 0) {
    merged.range = {
      // Each ref's own count where it was read only after a commit: the total follows them.
      description: ranges
        .map((r) =>
          r.readAfter === undefined
            ? r.description
            : `${r.description}: ${commitsReadAfter(r.commitCount, r.readAfter)}`,
        )
        .join('; '),
      commitCount: ranges.reduce((sum, r) => sum + r.commitCount, 0),
    };
  }
  return merged;
}

/** The range outside a hook: `base..head` as given, else from the merge base with the upstream. */
async function readLocalRange(
  git: IGitCommandManager,
  options: CheckOptions,
  notes: string[],
  /** HEAD's commit when the caller has read it already (no second `git rev-parse`). */
  headCommit?: string,
): Promise<CheckedRange> {
  // Asked beside the lookups of head and base (a git process each, the answer remembered).
  const shallowing = git.isShallow();
  shallowing.catch(() => undefined);
  const head =
    options.head === undefined && headCommit !== undefined
      ? headCommit
      : await git.revParse(options.head ?? 'HEAD');
  // The branch named (`--branch`, the Action's PR head) is read for its name only; the branch
  // checked out also decides what a plain check leaves out (`others`).
  const given = options.branch === '' ? undefined : options.branch;
  const plain = options.base === undefined && options.head === undefined;
  const checkedOut =
    given !== undefined && !plain
      ? undefined
      : options.head === undefined || options.head === 'HEAD'
        ? await git.currentBranch()
        : await git.branchNamed(options.head);
  let branch = given ?? checkedOut;
  // A detached HEAD, as CI checks a branch out (GitLab, Jenkins, Buildkite): the task id in the
  // branch's name counts when one branch points at the commit (`origin/feature/TASK-1-x`). A commit
  // named by its id (`--head <sha>`) is that commit, on no branch, as before. Read for the name
  // only: what the range leaves out stays as for a detached HEAD (see `others`). None of them is a
  // base for it, as the branch checked out is not.
  const atHead =
    branch === undefined && (options.head === undefined || options.head === 'HEAD')
      ? await git.branchesAt(head)
      : [];
  if (atHead.length === 1) {
    branch = atHead[0] as string;
    notes.push(
      `HEAD is on no branch: read as ${branch}, the branch pointing at it (--branch names another).`,
    );
  } else if (atHead.length > 1) {
    notes.push(
      `HEAD is on no branch, and ${atHead.length} branches point at it (${atHead.slice(0, 5).join(', ')}${atHead.length > 5 ? ', …' : ''}): no branch name is read for a task id; --branch names one.`,
    );
  }
  let baseRev = options.base;
  if (baseRev === undefined) {
    // The branch being checked is no base for itself (`main` with no remote would check nothing).
    const candidates = DEFAULT_BASES.filter((b) => b !== branch && b !== options.head && !atHead.includes(b));
    baseRev = (await git.upstream()) ?? (await git.firstExisting(candidates));
    if (baseRev === undefined)
      notes.push(
        `No upstream and no other branch to compare with (${candidates.join(', ')}): checked all of HEAD.`,
      );
  }
  const base = baseRev === undefined ? undefined : await git.revParse(baseRev);
  // A shallow clone is deepened from the base's remote (`upstream/main`: upstream), not always
  // origin. (Of its default refspec: the base's branch alone would not deepen the head's side.)
  const remotes = base !== undefined && (await shallowing) ? await git.listRemotes() : [];
  const remote = remoteOf(baseRev, remotes);
  if (base !== undefined && (await shallowing))
    await ensureMergeBase(git, base, head, { baseName: baseRev ?? base, notes, remote });
  // With no base given, what the push would judge: on a task's branch, not what a merge of the main
  // line brought in (the hook leaves out what the remote has on its other branches).
  const others = plain && base !== undefined ? ((await otherLines(git, checkedOut))?.args ?? []) : [];
  const description = `${baseRev ?? '(root)'}..${options.head ?? branch ?? 'HEAD'}`;
  // `head --not base` is `merge-base(base, head)..head`: the commits on head the base lacks.
  const readCommits = () =>
    git.logRange(base === undefined ? [head] : [head, '--not', base, ...others], { stats: false });
  let commits = await readCommits();
  if (await shallowing) {
    commits = await pastShallowEdge(git, commits, readCommits, {
      description,
      ...(base === undefined ? {} : { base }),
      head,
      notes,
      deepen: options.deepen ?? ((by) => git.deepen(by, [], remote)),
    });
  }
  const range: CheckedRange = { description, head, commits };
  if (base !== undefined) range.base = base;
  if (branch !== undefined) range.branch = branch;
  return range;
}

/**
 * The remote whose history a shallow clone is deepened from: the one `rev` is a remote-tracking
 * branch of (`upstream/main`), else the only one, else `origin`.
 */
function remoteOf(rev: string | undefined, remotes: readonly string[]): string {
  const named = rev === undefined ? undefined : remotes.find((remote) => rev.startsWith(`${remote}/`));
  return named ?? (remotes.length === 1 ? (remotes[0] as string) : 'origin');
}

/** What to do when a shallow clone's history cannot be read far enough, for any CI. */
const FETCH_MORE =
  'fetch the whole history (git fetch --unshallow; GitLab CI: GIT_DEPTH: 0; actions/checkout: fetch-depth: 0)';

/**
 * The checked commits, none of them a shallow clone's edge and none of the base's own history. An
 * edge commit (its parents not fetched) lists every file as added: in the range it would read as an
 * update of every handoff, so work the handoff does not cover passed as fresh (a CI clone of depth 1,
 * or a merge request's merge commit fetched two deep), and its own change is unknown. And where the
 * base's side of the clone ends above commits the head's side reaches (a branch forked from an old
 * commit of the base, merged in), `head --not base` cannot tell those are the base's: its old commits
 * would read as the range's work, for the tasks they name. Git cannot say which commits lie under an
 * edge, so the base's side must end before the oldest checked commit that does not descend from the
 * merge base (by commit date: history is committed after its parents; see `shallowDoubt`). So the clone is deepened, as for the merge base, until both hold;
 * with no base, the range runs down to the edge however deep the clone, and cannot be read. A fetch
 * that fails is said as such (exit 2), not as an internal error.
 */
async function pastShallowEdge(
  git: IGitCommandManager,
  commits: CommitInfo[],
  read: () => Promise<CommitInfo[]>,
  options: {
    description: string;
    base?: string;
    head: string;
    notes: string[];
    deepen: (by: number) => Promise<void>;
  },
): Promise<CommitInfo[]> {
  const { base, head } = options;
  let doubt = await shallowDoubt(git, commits, base, head);
  if (doubt === undefined) return commits;
  if (base === undefined) {
    throw new InputError(
      `this clone is shallow and ${options.description} has no base to stop at (no upstream, no origin/HEAD or main): its commits run down to ${doubt}, so where each handoff was last updated cannot be read; give --base <the target branch> (fetched), or ${FETCH_MORE}`,
      {},
      'git/range-unreadable',
    );
  }
  const { value: whole, fetched } = await deepenUntil(
    git,
    options.deepen,
    () => `the checked commits ${options.description} reach ${doubt}`,
    async () => {
      const again = await read();
      doubt = (await git.isShallow()) ? await shallowDoubt(git, again, base, head) : undefined;
      return doubt === undefined ? again : undefined;
    },
  );
  if (whole !== undefined) {
    options.notes.push(
      `Shallow clone: fetched ${fetched} more commit(s) of history to read the checked commits whole.`,
    );
    return whole;
  }
  throw new InputError(
    `the checked commits ${options.description} still reach ${doubt} after asking for ${fetched} more commit(s) of history (the remote may have no more); ${FETCH_MORE}`,
    {},
    'git/range-unreadable',
  );
}

/**
 * Why `commits` cannot be read as they stand in this shallow clone (see `pastShallowEdge`), in words
 * that follow "reach", or undefined when they can. Only commits that do not descend from the merge
 * base can be the base's own: a pull request's own commits, however they are dated (a rebase that
 * kept old dates, a clock behind), never make the clone deepen past it.
 */
async function shallowDoubt(
  git: IGitCommandManager,
  commits: readonly CommitInfo[],
  base: string | undefined,
  head: string,
): Promise<string | undefined> {
  const edge = await git.shallowEdge();
  const cut = commits.find((commit) => edge.has(commit.sha));
  if (cut !== undefined)
    return `this shallow clone's edge at ${cut.sha.slice(0, 7)}, whose parents were not fetched`;
  if (base === undefined) return undefined;
  const aside = notDescending(commits, await git.mergeBase(base, head));
  if (aside.length === 0) return undefined;
  let oldest = aside[0] as CommitInfo;
  for (const commit of aside) if (commit.commitTime < oldest.commitTime) oldest = commit;
  if ((await git.edgesReachedSince(base, oldest.commitTime)) === 0) return undefined;
  return `${oldest.sha.slice(0, 7)}, older than where the base's side of this shallow clone ends, so it may be the base's own history`;
}

/** Of `commits` (parents first, as logRange lists them), those that do not descend from `from`. */
function notDescending(commits: readonly CommitInfo[], from: string | undefined): CommitInfo[] {
  const descends = new Set<string>();
  const aside: CommitInfo[] = [];
  for (const commit of commits) {
    if (commit.parents.some((parent) => parent === from || descends.has(parent))) descends.add(commit.sha);
    else aside.push(commit);
  }
  return aside;
}

/**
 * Deepens a shallow clone by `fetchMore`, FIRST_DEEPEN commits and doubling, for at most
 * MAX_DEEPEN_ROUNDS rounds and while it is shallow, until `reached` has its answer (`value`);
 * `fetched` is how many commits were asked for. A fetch that fails is said as such (exit 2, after
 * `what` could not be read), not as an internal error. The one loop of the merge base's and the
 * checked commits' deepening.
 */
async function deepenUntil<T>(
  git: IGitCommandManager,
  fetchMore: (by: number) => Promise<void>,
  what: () => string,
  reached: () => Promise<T | undefined>,
  log?: (by: number) => void,
): Promise<{ value?: T; fetched: number }> {
  let fetched = 0;
  let step = FIRST_DEEPEN;
  for (let round = 0; round < MAX_DEEPEN_ROUNDS && (await git.isShallow()); round++) {
    log?.(step);
    try {
      await fetchMore(step);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      throw new InputError(
        `${what()}, and fetching more history failed (${reason}); ${FETCH_MORE}`,
        {},
        'git/range-unreadable',
      );
    }
    fetched += step;
    step *= 2;
    const value = await reached();
    if (value !== undefined) return { value, fetched };
  }
  return { fetched };
}

/** A shallow clone is deepened this much at first, doubling each round, for at most this many rounds. */
export const FIRST_DEEPEN = 50;
export const MAX_DEEPEN_ROUNDS = 10;

/**
 * In a shallow clone the merge base may not be fetched, and `git log base..head` would then quietly
 * list commits down to the shallow boundary. Deepen until it is there; never pass on a range that
 * could not be read. The one place this is done, for `handoff check` and for the Action.
 */
export async function ensureMergeBase(
  git: IGitCommandManager,
  base: string,
  head: string,
  options: {
    baseName?: string;
    refspecs?: readonly string[];
    /** The remote to fetch from (`origin` by default). */
    remote?: string;
    notes?: string[];
    log?: (message: string) => void;
  } = {},
): Promise<string> {
  const found = await git.mergeBase(base, head);
  if (found) return found;
  const meet = `cannot find where ${options.baseName ?? base.slice(0, 7)} and ${head.slice(0, 7)} meet`;
  const { value: mergeBase, fetched } = await deepenUntil(
    git,
    (by) => git.deepen(by, options.refspecs, options.remote),
    () => `${meet} in this shallow clone`,
    () => git.mergeBase(base, head),
    (by) => options.log?.(`Shallow clone: no merge base yet, fetching ${by} more commits of history`),
  );
  if (mergeBase !== undefined) {
    options.notes?.push(
      `Shallow clone: fetched ${fetched} more commit(s) of history to reach the merge base.`,
    );
    return mergeBase;
  }
  const shallow = await git.isShallow();
  const why = shallow
    ? `after asking for ${fetched} more commit(s) of history for this shallow clone`
    : 'the two have no common history';
  throw new InputError(
    `${meet} (${why}), so the range to check cannot be read; ${shallow ? FETCH_MORE : 'check a base that shares history with the head'}`,
    {},
    'git/range-unreadable',
  );
}
