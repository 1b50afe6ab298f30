/**
 * The resume use case: for each selected task, the linked handoff (parsed), the task's work commits
 * since the last commit that touched it, and — with `--tests` — the test reports now; the core turns
 * them into briefs. A handoff that cannot be read does not stop the others: its brief says why.
 * Git cost: one `git log` walk back to the handoffs' last commits, the commits after them coming with
 * it, where the history back to them is a line of commits; else a walk that stops once every
 * handoff's last commit is seen, then one `git log` per distinct such commit. The branch is read from
 * HEAD's file, without git.
 */
import { join } from 'node:path';
import { commitsAfterTouch, GitCommandManager } from '../adapters/git.js';
import { findRepoRoot } from '../adapters/repo-root.js';
import {
  documentText,
  type FileSource,
  type LinkedHandoff,
  type PackageRead,
  type RegistryRead,
  readEachPackage,
  readLinkedHandoffs,
  readWorkspace,
  registryPlace,
  revisionSource,
  rootPackageFoldersAt,
  type Workspace,
  workingTreeSource,
} from '../adapters/workspace.js';
import { nonWorkPaths } from '../core/attribution.js';
import { type DriftItem, driftCandidates, driftOf, existingPaths } from '../core/claims.js';
import { doneArchiveOf } from '../core/config.js';
import { documentFacts } from '../core/document/facts.js';
import { parseHandoff } from '../core/document/parse.js';
import { formatLocated, InputError, type SourceLocation } from '../core/errors.js';
import {
  attributeRanges,
  behindInRange,
  fallbackMatters,
  type IndexedRange,
  unattributedWork,
} from '../core/freshness.js';
import type {
  ActiveTask,
  CheckedRange,
  CommitInfo,
  CoverageSummary,
  HandoffConfig,
  HandoffDocument,
  Registry,
  ReportWarning,
  TestSummary,
} from '../core/model.js';
import { outsideFolders } from '../core/package-ranges.js';
import { asInProject, normalizeLink, pathFrom, type ShownPath } from '../core/paths.js';
import { agentEntries, detailsLinks, handoffFilesByTask, meantTask } from '../core/registry.js';
import { noRegistryNote } from '../core/render/status.js';
import { warningsNamed } from '../core/reports.js';
import { buildResume, type ResumeBrief, type ResumeInput } from '../core/resume.js';
import type { SessionPoint } from '../core/session-chart.js';
import { shellWord } from '../core/shell.js';
import { namedAndCounted } from '../core/words.js';
import { tasksActiveAtCommitsIn } from './finished-tasks.js';
import { isMainLine, otherLines } from './main-line.js';
import { nextPushCommits } from './next-push.js';
import { listTaskHandoffs } from './task-handoffs.js';

export interface ResumeOptions {
  repoRoot: string;
  config: HandoffConfig;
  /**
   * Read the registry and the handoffs as they are in this commit (the PR head, for the comment),
   * and count commits up to it; by default the working tree and HEAD.
   */
  at?: string;
  taskId?: string;
  agent?: string;
  /** How the program was run (`npx handoff`), for the commands a note or an error names. */
  program?: string;
  /** Only these active tasks (the PR comment's: stale or touched by the checked range). */
  taskIds?: readonly string[];
  tests?: string[];
  /** A coverage report (`--coverage`, the Action's `coverage` input): compared with the handoff's claim. */
  coverage?: string;
  /** The reports read already (`readReportsNow`), in place of `tests` and `coverage`. */
  reportsNow?: ReportsNow;
  now: Date;
  /** The caller's git, shared with its other reads (`runPrime`); closed by the caller. */
  git?: GitCommandManager;
  /**
   * How the briefs, notes, warnings and errors name a file of the project for the user (as it is by
   * default), and a package's folder in the commands the notes print (`-C <folder>`).
   */
  shown?: ShownPath;
}

/** What the test and coverage reports say now, read once for every brief. */
export interface ReportsNow {
  testsNow?: TestSummary;
  coverageNow?: CoverageSummary;
  testsGiven: boolean;
  coverageGiven: boolean;
  warnings: ReportWarning[];
}

/**
 * Reads `tests` and `coverage` (paths inside `root`, relative to it). The report readers (an XML
 * parser, globs) load only when a report is given.
 */
export async function readReportsNow(
  { tests, coverage }: Pick<ResumeOptions, 'tests' | 'coverage'>,
  root: string,
): Promise<ReportsNow> {
  const read: ReportsNow = {
    testsGiven: (tests?.length ?? 0) > 0,
    coverageGiven: Boolean(coverage),
    warnings: [],
  };
  if (!read.testsGiven && !read.coverageGiven) return read;
  const reports = await import('../adapters/reports/index.js');
  if (tests && tests.length > 0) {
    const found = await reports.readTestReports(tests, root);
    if (found.summary) read.testsNow = found.summary;
    read.warnings.push(...found.warnings);
  }
  if (coverage) {
    const found = await reports.readCoverage(coverage, root);
    if (found.coverage) read.coverageNow = found.coverage;
    read.warnings.push(...found.warnings);
  }
  return read;
}

export interface ResumeResult {
  briefs: ResumeBrief[];
  warnings: ReportWarning[];
  /** Set when there was nothing to resume. */
  note?: string;
  /**
   * At a monorepo's root, the package folder whose registry has the task or agent asked for, that
   * the root's has not: the briefs are that package's, as `handoff -C <package> resume` gives them;
   * `note` says so, with that command.
   */
  found?: { package: string; note: string };
  /**
   * Handoffs a brief was asked for that could not be read: a link that leaves the repository or is
   * no file, bytes that are not UTF-8, a document over the limits. Each brief names its problem; the
   * CLI exits 2 for them (bad input), while a handoff that is missing or not linked yet is a state
   * the brief reports, not an error.
   */
  unreadable: string[];
  /** Why each of those could not be read: the file, the place and the rule. */
  errors: InputError[];
}

export async function runResume(options: ResumeOptions): Promise<ResumeResult> {
  return GitCommandManager.at(options.repoRoot, options.git, (git) => resumeWith(git, options));
}

async function resumeWith(git: GitCommandManager, options: ResumeOptions): Promise<ResumeResult> {
  const { repoRoot, config, now } = options;
  const shown = options.shown ?? asInProject;
  // The same snapshot every command reads: what each task's details_link leads to, one answer.
  const source = options.at === undefined ? workingTreeSource(repoRoot) : revisionSource(git, options.at);
  // The registry and config first; then only the handoffs of the tasks resumed (one of 300, often).
  // The branch HEAD is on, from HEAD's own file when git keeps it plainly (no git process for it);
  // whether HEAD has commits at all, from the walk below.
  const branchNow = options.at === undefined ? git.workBranch() : Promise.resolve(undefined);
  branchNow.catch(() => undefined);
  const workspace = await readWorkspace(source, { config: { config }, links: 'none' });
  const registry = workspace.registry.registry;
  const active = workspace.activeTasks;
  const wanted = options.taskIds ? new Set(options.taskIds) : undefined;
  // At a monorepo's root its packages are read only when the root's registry has not got what is asked.
  const atRoot = isMonorepoRoot(source, config);
  let selected: ActiveTask[];
  try {
    selected = selectTasks(
      options,
      active,
      agentEntries(registry),
      searchedRegistry(workspace.registry),
    ).filter((t) => !wanted || wanted.has(t.taskId));
  } catch (error) {
    if (!isNotHere(error) || !atRoot) throw error;
    // Resumed where the package's registry has it, as `handoff -C <folder> resume` would.
    const { folder, workspace: there } = packageHolding(
      error,
      workspace,
      await readEachPackage(workspace),
      options,
    );
    // The reports were named from where the command ran: read from there, their files named so.
    const reports = options.reportsNow ?? (await readReportsNow(options, repoRoot));
    const resumed = await runResume({
      ...options,
      repoRoot: join(repoRoot, folder),
      config: there.config,
      reportsNow: { ...reports, warnings: [] },
      // The root's git reads paths from the root; the package's names them from the package.
      git: undefined,
      // The package's paths, named from where the user is through the package's folder.
      shown: (path) => shown(pathFrom(folder, path)),
    });
    const note = `${askedFlags(options)} is in ${folder}'s registry, not the root's: resumed there, as \`${resumeIn(folder, options)}\` does`;
    return {
      ...resumed,
      warnings: [...warningsNamed(reports.warnings, shown), ...resumed.warnings],
      found: { package: folder, note },
    };
  }
  if (selected.length === 0) {
    // The PR comment asks for given tasks: no hint is read for it.
    const packages =
      options.taskIds || !atRoot ? [] : packagesWithActiveTasks(await readEachPackage(workspace));
    const [first] = packages;
    const root = workspace.registry.exists
      ? `No active tasks in ${shown(workspace.registry.file)}`
      : `No registry at the root (${shown(workspace.registry.file)})`;
    return {
      briefs: [],
      warnings: [],
      unreadable: [],
      errors: [],
      note: first
        ? `${root}; the packages have some: ${packages
            .map((p) => `${p.folder} (${[...new Set(p.tasks.map((t) => t.taskId))].join(', ')})`)
            .join(', ')}. Resume one with \`${resumeIn(first.folder, options)}\`.`
        : workspace.registry.exists
          ? noActiveTasksNote(registry, options.program)
          : noRegistryNote(shown(workspace.registry.file), options.program),
    };
  }

  // An agent that joined a task and has no handoff of its own yet continues from the task's latest
  // session (as its draft will): that is the brief it needs, not "no handoff linked yet".
  // Only for the agent asked about (`resume --agent`, `prime`): a list of every task shows each
  // agent's own link, as the check judges it.
  if (
    options.at === undefined &&
    options.agent !== undefined &&
    selected.some((t) => t.detailsLink === undefined)
  ) {
    selected = await Promise.all(
      selected.map(async (task) => {
        if (task.detailsLink !== undefined || task.agent !== options.agent) return task;
        const latest = (await listTaskHandoffs(repoRoot, config, task.taskId)).pop();
        return latest ? { ...task, detailsLink: latest.path } : task;
      }),
    );
  }

  const reportsNow = options.reportsNow ?? (await readReportsNow(options, repoRoot));
  const warnings: ReportWarning[] = warningsNamed(reportsNow.warnings, shown);
  const { testsNow, coverageNow } = reportsNow;

  const rev = options.at ?? 'HEAD';
  const activeIds = [...new Set([...active, ...selected].map((t) => t.taskId))];
  const handoffFiles = handoffFilesByTask([...active, ...selected]);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links, doneArchiveOf(config));

  // One git walk for the whole set, however many tasks (below); where it cannot tell, two calls: the
  // last commit that touched each handoff (a walk that stops once every one is seen), then one range
  // read per distinct such commit (tasks whose handoffs were committed together share it).
  const selectedLinks = selected.flatMap((t) => (t.detailsLink === undefined ? [] : [t.detailsLink]));
  const linkedHandoffs = await readLinkedHandoffs(source, [...new Set(selectedLinks)]);
  const handoffs = new Map<ActiveTask, NonNullable<ResumeInput['handoff']>>();
  const unreadable = new Map<string, InputError>();
  for (const task of selected) {
    const linked = task.detailsLink === undefined ? undefined : linkedHandoffs.get(task.detailsLink);
    if (!task.detailsLink || !linked) continue;
    const { handoff, error } = resumeHandoff(linked, task.detailsLink, () =>
      registryPlace(workspace.registry, task.agent, 'details_link'),
    );
    handoffs.set(task, handoff);
    if (error) unreadable.set(task.detailsLink, error);
  }
  const readable = [...handoffs]
    .filter(([, h]) => h.document)
    .map(([t]) => normalizeLink(t.detailsLink as string));
  // The handoffs' last commits and the commits after them in one walk, where that walk can tell (a
  // line of commits); else the last touches of all, then a range each.
  // Not on a task's own branch: there the main line's commits after the handoff are left out of the
  // range (below), which a walk back from HEAD cannot tell apart when the branch simply starts from
  // a later main line, with no merge to stop at.
  const onMainLine = isMainLine(await branchNow.catch(() => undefined));
  const walked =
    readable.length > 0 && onMainLine
      ? await git.touchesAndCommitsAfter(readable, rev).catch(() => undefined)
      : undefined;
  const { lastTouch, hasCommits } = walked
    ? { lastTouch: walked.touches, hasCommits: true }
    : await lastTouchesIfAny(git, readable, rev, options.at);
  const branch = hasCommits ? await branchNow : undefined;
  const commitsAfter = new Map<string, Promise<CheckedRange>>();
  // On a task's branch, what the main line has is not the task's (as for the push and the Stop hook).
  // The walk above runs on the main line only.
  let others: Promise<string[]> | undefined;
  const otherLineArgs = (): Promise<string[]> => {
    others ??= otherLines(git, branch).then(
      (found) => found?.args ?? [],
      () => [],
    );
    return others;
  };
  const activeAtCommits = new Map<string, Promise<Map<string, string[]>>>();
  // At a monorepo's root, the packages' commits are theirs, as the push of `rev` judges them.
  const packages = rootPackageFoldersAt(git, rev, repoRoot, config.workspaces);
  packages.catch(() => undefined);
  const since = (sha: string) => {
    let range = commitsAfter.get(sha);
    if (!range) {
      const commits = walked
        ? Promise.resolve(commitsAfterTouch(walked, sha))
        : otherLineArgs().then((args) => git.logRange([rev, '--not', sha, ...args], { stats: false }));
      range = Promise.all([commits, packages]).then(([commits, folders]) => ({
        description: `${sha.slice(0, 7)}..${rev}`,
        head: rev,
        commits: outsideFolders(commits, folders),
        ...(branch === undefined ? {} : { branch }),
      }));
      commitsAfter.set(sha, range);
    }
    return range;
  };
  /** What the next push carries (`nextPushCommits`): read once, and only when asked. */
  let pushedOnce: Promise<CommitInfo[] | undefined> | undefined;
  const nextPush = (): Promise<CommitInfo[] | undefined> => {
    pushedOnce ??= Promise.all([
      findRepoRoot(repoRoot).then((topLevel) => nextPushCommits(git, { branch, topLevel })),
      packages,
    ]).then(([commits, folders]) =>
      commits ? outsideFolders(commits, folders).filter((commit) => !commit.elsewhere) : undefined,
    );
    return pushedOnce;
  };
  // The first ranges are read while the briefs' other parts (sessions, drift) are worked out: for the
  // usual one task, its second git walk then overlaps that work (~6 ms). A few, not all: resuming
  // every task must not start a git process per handoff at once.
  for (const sha of [...new Set(lastTouch.values())].slice(0, PREFETCHED_RANGES)) {
    since(sha).catch(() => undefined);
  }

  const briefs: ResumeBrief[] = [];
  for (const task of selected) {
    const entry = registry[task.agent];
    const input: ResumeInput = { taskId: task.taskId, agent: task.agent, status: task.status, now };
    if (typeof entry?.brief_note === 'string' && entry.brief_note !== '') input.briefNote = entry.brief_note;
    if (testsNow) input.testsNow = testsNow;
    if (reportsNow.testsGiven) input.testsGiven = true;
    if (reportsNow.coverageGiven) input.coverageGiven = true;
    if (coverageNow) input.coverageNow = coverageNow;
    const handoff = handoffs.get(task);
    input.sessions = await sessionPoints(repoRoot, config, task.taskId, handoff);
    if (handoff?.document && hasCommits) {
      const written = task.detailsLink ? lastTouch.get(normalizeLink(task.detailsLink)) : undefined;
      input.drift = await driftAt(git, rev, written ?? rev, handoff.document, [
        config.handoffDir,
        config.registry,
        ...links,
      ]);
    }
    if (handoff && task.detailsLink) {
      input.handoff = handoff;
      const touched = handoff.document ? lastTouch.get(normalizeLink(task.detailsLink)) : undefined;
      if (touched) {
        // The rule `check` judges `behind` by, over the commits after the handoff's last update.
        const range = await since(touched);
        // Commits of a task no longer active, made while it was: its own (as the check counts them).
        // Once per range: tasks whose handoffs were committed together share it.
        let atCommit = activeAtCommits.get(touched);
        if (!atCommit) {
          atCommit = tasksActiveAtCommitsIn(repoRoot, config, range.commits, registry, git);
          activeAtCommits.set(touched, atCommit);
        }
        const activeAtCommit = await atCommit;
        const attribute = (pushed: readonly CommitInfo[] | undefined) =>
          attributeRanges({
            config,
            ranges: [range],
            ...(pushed ? { nextPush: pushed } : {}),
            activeTaskIds: activeIds,
            ...(activeAtCommit.size > 0 ? { activeAtCommit } : {}),
            handoffFiles,
            nonWork,
          });
        let attributed = attribute(undefined);
        // The fallback as the next push decides and gives it: read only where it decides something
        // (git processes the usual resume does without).
        if (fallbackMatters(attributed)) {
          const pushed = await nextPush();
          if (pushed) attributed = attribute(pushed);
        }
        input.commitsSince = behindInRange(
          attributed.indexed[0] as IndexedRange,
          task.taskId,
          normalizeLink(task.detailsLink),
        ).commits;
        input.sinceBasis = `after ${touched.slice(0, 7)}, its last commit`;
        input.unattributedSince = unattributedWork(attributed).length;
      }
    }
    const brief = buildResume(input);
    if (brief.handoff) brief.handoff.path = shown(brief.handoff.path);
    briefs.push(brief);
  }
  // Each error names its file from where the user is, as the briefs do.
  const errors = [...unreadable.values()].map((error) =>
    error.location.file === undefined ? error : error.inFile(shown(error.location.file)),
  );
  return { briefs, warnings, unreadable: [...unreadable.keys()], errors };
}

/**
 * The last commit that touched each of `paths` (see `lastTouchingCommits`). A walk from a HEAD with no
 * commits yet fails: that is where a new repository stands, with no touches and no commits to count.
 * Any other failure, and any at a revision given (`at`), is an error: the one git gave, or the one
 * `headCommit` gives for a HEAD it cannot read.
 */
async function lastTouchesIfAny(
  git: GitCommandManager,
  paths: readonly string[],
  rev: string,
  at: string | undefined,
): Promise<{ lastTouch: Map<string, string>; hasCommits: boolean }> {
  try {
    return { lastTouch: await git.lastTouchingCommits(paths, rev), hasCommits: true };
  } catch (error) {
    if (at !== undefined || (await git.headCommit()) !== undefined) throw error;
    return { lastTouch: new Map(), hasCommits: false };
  }
}

/** How many of the ranges after a handoff's last commit are read ahead, at most. */
const PREFETCHED_RANGES = 4;

type Entries = ReturnType<typeof agentEntries>;

/** Where `selectTasks` looked for a task or agent, as its errors name it. */
interface Searched {
  /** `in the registry`, `in the 2 registries searched (a/..., b/...)`. */
  phrase: string;
  /** The registry, when there is one file to name. */
  location: SourceLocation;
}

/** One registry as searched: a file that does not exist is named as not there, not as the place. */
function searchedRegistry(read: RegistryRead): Searched {
  return read.exists
    ? { phrase: 'in the registry', location: { file: read.file } }
    : { phrase: `in a registry (there is none at ${read.file})`, location: {} };
}

/** `--task`, `--agent`, else every active task. A named task or agent that is not there is bad input. */
function selectTasks(
  options: ResumeOptions,
  active: ActiveTask[],
  entries: Entries,
  searched: Searched,
): ActiveTask[] {
  // The errors name where it looked: what is not there is not there in that file (or those).
  const inRegistry = searched.location;
  const asTask = ([agent, entry]: Entries[number]): ActiveTask | undefined => {
    if (typeof entry.current_task !== 'string' || entry.current_task === '') return undefined;
    const task: ActiveTask = { taskId: entry.current_task, agent, status: entry.status };
    if (typeof entry.details_link === 'string' && entry.details_link !== '')
      task.detailsLink = entry.details_link;
    return task;
  };
  if (options.agent !== undefined) {
    const found = entries.find(([agent]) => agent === options.agent);
    const task = found && asTask(found);
    if (!task) {
      throw new InputError(
        found
          ? `agent "${options.agent}" has no current task`
          : `no agent "${options.agent}" ${searched.phrase}`,
        inRegistry,
        'registry/no-agent',
      );
    }
    if (options.taskId !== undefined && task.taskId !== options.taskId) {
      throw new InputError(
        `agent "${options.agent}" is working on ${task.taskId}, not ${options.taskId}`,
        inRegistry,
        'registry/agent-task',
      );
    }
    return [task];
  }
  if (options.taskId !== undefined) {
    // An inactive task (complete, idle) can still be resumed when named.
    const named = active.filter((t) => t.taskId === options.taskId);
    if (named.length > 0) return named;
    const any = entries.map(asTask).filter((t): t is ActiveTask => t?.taskId === options.taskId);
    if (any.length === 0) {
      const meant = meantTask(options.taskId, entries);
      throw new InputError(
        `no agent ${searched.phrase} has current_task ${options.taskId}${meant === undefined ? '' : `: did you mean --task ${shellWord(meant)}?`}`,
        inRegistry,
        'registry/no-task',
      );
    }
    return any;
  }
  return active;
}

/** The task or agent asked for, as the command line asks for it: `--agent a --task T-1`. */
function askedFlags(options: Pick<ResumeOptions, 'agent' | 'taskId'>): string {
  return [
    ...(options.agent === undefined ? [] : [`--agent ${shellWord(options.agent)}`]),
    ...(options.taskId === undefined ? [] : [`--task ${shellWord(options.taskId)}`]),
  ].join(' ');
}

/**
 * Nothing active: said, with the command that still briefs a task the registry names but no longer
 * works on (its agent's last, done or idle), so an agent after `done` is not left at a dead end.
 */
function noActiveTasksNote(registry: Registry, program = 'handoff'): string {
  const named = new Map<string, string>();
  for (const [, entry] of agentEntries(registry)) {
    const task = entry.current_task;
    if (typeof task === 'string' && task !== '' && !named.has(task)) named.set(task, entry.status);
  }
  const [first] = named.keys();
  if (first === undefined) return 'No active tasks: nothing to resume.';
  const tasks = [...named].map(([task, status]) => `${task} (${status})`);
  return `No active tasks: nothing to resume. The registry still names ${namedAndCounted(tasks, 3)}: \`${program} resume --task ${shellWord(first)}\` briefs it.`;
}

/** `handoff -C <folder> resume` with the task or agent asked for, as the program was run. */
function resumeIn(
  folder: string,
  options: Pick<ResumeOptions, 'agent' | 'taskId' | 'program' | 'shown'>,
): string {
  // Run from where the user is, as every command printed.
  const from = (options.shown ?? asInProject)(folder);
  return [`${options.program ?? 'handoff'} -C ${shellWord(from)} resume`, askedFlags(options)]
    .filter((part) => part !== '')
    .join(' ');
}

/** Whether `source` is a monorepo's root (config `workspaces`, read at the root, not in a package). */
function isMonorepoRoot(source: FileSource, config: HandoffConfig): boolean {
  return config.workspaces.length > 0 && source.prefix === '';
}

/** The errors of a task or agent asked for that the registry has not got (`selectTasks`). */
function isNotHere(error: unknown): error is InputError {
  return (
    error instanceof InputError && (error.rule === 'registry/no-task' || error.rule === 'registry/no-agent')
  );
}

/**
 * At a monorepo's root (config `workspaces`), the packages whose registries have active tasks, for
 * the note that says where to resume. A package that cannot be read is left out of it.
 */
function packagesWithActiveTasks(
  packages: readonly PackageRead[],
): { folder: string; tasks: ActiveTask[] }[] {
  return packages.flatMap((read) =>
    'workspace' in read && read.workspace.activeTasks.length > 0
      ? [{ folder: read.folder, tasks: read.workspace.activeTasks }]
      : [],
  );
}

/**
 * The package whose registry has the task or agent asked for, that the root's has not (`notHere`,
 * from `selectTasks`): the one the root's resume briefs, by the rule a resume in the package selects
 * by. Found in several, or in none, it is bad input: the error lists the packages with the command
 * for each, or every registry searched (a package that cannot be read, which might have it, is its
 * own error, as the check's).
 */
function packageHolding(
  notHere: InputError,
  root: Workspace,
  packages: readonly PackageRead[],
  options: ResumeOptions,
): { folder: string; workspace: Workspace } {
  const failed = packages.find((read) => 'error' in read);
  if (failed && 'error' in failed) throw failed.error;
  const readable = packages.flatMap((read) => ('workspace' in read ? [read] : []));
  const holding = readable.filter(({ workspace }) => {
    try {
      selectTasks(
        options,
        workspace.activeTasks,
        agentEntries(workspace.registry.registry),
        searchedRegistry(workspace.registry),
      );
      return true;
    } catch (error) {
      if (isNotHere(error)) return false;
      throw error;
    }
  });
  const [only] = holding;
  if (only && holding.length === 1) return only;
  const asked = askedFlags(options);
  if (holding.length > 1) {
    const commands = holding.map(({ folder }) => `\`${resumeIn(folder, options)}\``);
    throw new InputError(
      `${asked} is in the registries of ${holding.length} packages, so which one to resume is yours to say: run ${commands.join(' or ')}`,
      {},
      'registry/ambiguous-package',
    );
  }
  // None: the root's error again, naming every registry that was searched, from the root.
  const searched = [
    ...(root.registry.exists ? [root.registry.file] : []),
    ...readable.flatMap(({ folder, workspace }) =>
      workspace.registry.exists ? [`${folder}/${workspace.registry.file}`] : [],
    ),
  ];
  const [one] = searched;
  selectTasks(
    options,
    root.activeTasks,
    agentEntries(root.registry.registry),
    one === undefined
      ? {
          phrase: `in a registry (there is none at ${root.registry.file}, nor in a package "workspaces" names)`,
          location: {},
        }
      : searched.length === 1
        ? { phrase: `in the registry searched (${one})`, location: { file: one } }
        : { phrase: `in the ${searched.length} registries searched (${searched.join(', ')})`, location: {} },
  );
  throw notHere;
}

/**
 * A linked handoff as the resume brief shows it: the parsed document, or why there is none; and,
 * when the file itself is wrong (not missing or not linked yet, which is where the task stands), that
 * error, naming the file, the place and the rule. For a link that leaves the repository that is the
 * link in the registry (`linkPlace`; the chart's reads, which report no error, leave it out).
 */
function resumeHandoff(
  linked: LinkedHandoff,
  link: string,
  linkPlace: () => SourceLocation = () => ({}),
): { handoff: NonNullable<ResumeInput['handoff']>; error?: InputError } {
  const located = (error: InputError) => {
    const { line, column } = error.location;
    return {
      handoff: {
        path: link,
        problem: formatLocated(error.message, {}, error.rule),
        ...(line === undefined ? {} : { line }),
        ...(column === undefined ? {} : { column }),
      },
      error: error.inFile(link),
    };
  };
  switch (linked.kind) {
    case 'none':
      return { handoff: { path: link, problem: 'the registry entry has no details_link [link/missing]' } };
    case 'invalid-link':
      return {
        handoff: { path: link, problem: `${linked.message} [${linked.rule}]` },
        error: new InputError(linked.message, linkPlace(), linked.rule),
      };
    case 'missing':
      return { handoff: { path: link, problem: 'the file does not exist [link/missing]' } };
    case 'unreadable':
      return located(linked.error);
    case 'document':
      try {
        return { handoff: { path: link, document: parseHandoff(documentText(linked), link) } };
      } catch (error) {
        if (error instanceof InputError) return located(error);
        throw error;
      }
  }
}

/** A handoff file of the working tree, read as the resume chart needs it. */
async function readHandoff(repoRoot: string, link: string): Promise<NonNullable<ResumeInput['handoff']>> {
  const linked = (await readLinkedHandoffs(workingTreeSource(repoRoot), [link])).get(link) as LinkedHandoff;
  return resumeHandoff(linked, link).handoff;
}

/**
 * The task's sessions as its handoffs state them (date, time spent, test counts), oldest first: every
 * `<TASK>-handoff-session<N>.md` in the handoff folder, plus the linked handoff when it is named
 * otherwise. A handoff that cannot be read is left out of the chart.
 */
async function sessionPoints(
  repoRoot: string,
  config: HandoffConfig,
  taskId: string,
  linked: { path: string; document?: HandoffDocument } | undefined,
): Promise<SessionPoint[]> {
  const points: SessionPoint[] = [];
  const point = (session: number, document: HandoffDocument): SessionPoint => {
    const facts = documentFacts(document);
    const result: SessionPoint = { session };
    if (facts.date) result.date = facts.date;
    if (facts.timeSpentHours !== undefined) result.hours = facts.timeSpentHours;
    if (facts.tests) {
      result.passed = facts.tests.passed;
      result.failed = facts.tests.failed;
    }
    return result;
  };
  const files = await listTaskHandoffs(repoRoot, config, taskId);
  for (const { session, path } of files) {
    if (linked?.document && normalizeLink(linked.path) === path) {
      points.push(point(session, linked.document));
      continue;
    }
    const read = await readHandoff(repoRoot, path);
    if (read.document) points.push(point(session, read.document));
  }
  if (linked?.document && !files.some((f) => f.path === normalizeLink(linked.path))) {
    const session = linked.document.session ?? (points[points.length - 1]?.session ?? 0) + 1;
    points.push(point(session, linked.document));
  }
  return points;
}

/**
 * Paths and code symbols the handoff names that do not exist at `rev` (HEAD, or the PR head): one `git ls-tree` of HEAD's
 * files and one `git grep -w -F` over the symbols (the handoffs and the registry left out, or they
 * would vouch for themselves). A path missing at `rev` is gone only when it was there at `written`,
 * the handoff's last commit: `read/write`, `CI/CD` or a file the handoff plans to create (`add b.js`)
 * never was (one more `git ls-tree` of those paths alone, and of `written`'s files when a bare file
 * name is missing).
 */
/** Which of `paths` were there at `rev`: a path with a `/` as a file or folder, a bare name as some file's. */
async function pathsThen(
  git: GitCommandManager,
  rev: string,
  paths: readonly string[],
): Promise<Set<string>> {
  const bare = paths.filter((path) => !path.includes('/'));
  const there = await git.pathsAt(
    rev,
    paths.filter((path) => path.includes('/')),
  );
  if (bare.length > 0) for (const name of existingPaths(bare, await git.filesAt(rev))) there.add(name);
  return there;
}

async function driftAt(
  git: GitCommandManager,
  rev: string,
  written: string,
  document: HandoffDocument,
  bookkeeping: readonly string[],
): Promise<DriftItem[]> {
  const candidates = driftCandidates(document);
  if (candidates.paths.length === 0 && candidates.symbols.length === 0) return [];
  const files = candidates.paths.length > 0 ? await git.filesAt(rev) : [];
  const symbols = await git.wordsAt(
    rev,
    candidates.symbols,
    bookkeeping.map((p) => normalizeLink(p)).filter((p) => p !== ''),
  );
  const existing = existingPaths(candidates.paths, files);
  const missing = candidates.paths.filter((path) => !existing.has(path));
  const then =
    written === rev ? new Set<string>() : await pathsThen(git, written, missing).catch(() => undefined);
  const gone = (path: string) => !missing.includes(path) || then === undefined || then.has(path);
  return driftOf({ ...candidates, paths: candidates.paths.filter(gone) }, { paths: existing, symbols });
}
