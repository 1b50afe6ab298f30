/**
 * Agent sessions: the facts behind the Stop hook's verdict (core/agent-session.ts), the prime brief
 * (core/prime.ts) and the draft written before compaction. Git cost: one `git status` and one `git
 * log` walk back to the handoff's last touch with the commits after it, where the history back to it
 * is a line of commits; else a bounded `git log -1` for the touch and one `git log` after it.
 */
import { join, relative, sep } from 'node:path';
import { regularFileBytes } from '../adapters/cache-file.js';
import { commitsAfterTouch, GitCommandManager, type TouchesWalk } from '../adapters/git.js';
import { huskyHookNote } from '../adapters/husky-here.js';
import { findRepoRoot } from '../adapters/repo-root.js';
import { reportFormatOfContent } from '../adapters/reports/detect.js';
import { readRegistry, readUserText, resolveLink } from '../adapters/store.js';
import { rootPackageFolders, rootPackageFoldersAt, workingTreeSource } from '../adapters/workspace.js';
import { TOOL_SETTINGS_FILE } from '../core/agent-hooks.js';
import {
  judgeSession,
  type SessionFacts,
  type SessionVerdict,
  sessionFactsFrom,
} from '../core/agent-session.js';
import { isWorkCommit, nonWorkPaths } from '../core/attribution.js';
import { doneArchiveOf, taskIdRegExp } from '../core/config.js';
import { missingElements } from '../core/document/elements.js';
import { parseHandoff } from '../core/document/parse.js';
import { answersLeftOpen, fallbackDecides, selectTaskCommits, type TaskCommitsInput } from '../core/draft.js';
import { InputError } from '../core/errors.js';
import type { CommitInfo, HandoffConfig } from '../core/model.js';
import { outsideFolders } from '../core/package-ranges.js';
import { isInFolders, normalizeLink, pathsInFolder } from '../core/paths.js';
import { buildPrime, type PrimeJson } from '../core/prime.js';
import {
  activeTasks,
  detailsLinks,
  handoffFilesByTask,
  heldTask,
  isActiveStatus,
  linkedBy,
} from '../core/registry.js';
import { INSTRUCTIONS_FILE } from '../core/templates/agent-instructions.js';
import { runCheck } from './check.js';
import { planDraft, writeDraft } from './draft.js';
import { firstCommitWithTaskActive, tasksActiveAtCommitsIn } from './finished-tasks.js';
import { nextPushCommits } from './next-push.js';
import { runResume } from './resume.js';
import { firstSessionStart, setupCommitCount, sinceDay } from './session-start.js';
import { gatherStatus } from './status.js';
import { isOthersDraft, latestToContinue, listTaskHandoffs } from './task-handoffs.js';

/** How many untracked files are looked into for a report, and how much of each: a glance, bounded. */
const REPORT_GLANCE = { files: 50, bytes: 4096 };

/**
 * The untracked files among `paths` that are test or coverage reports by their first bytes (a report
 * root element, a report's JSON, TAP, lcov), the first 50 looked at.
 */
function testReportsAmong(paths: readonly string[], repoRoot: string): Set<string> {
  const reports = new Set<string>();
  for (const path of paths.slice(0, REPORT_GLANCE.files)) {
    const head = regularFileBytes(join(repoRoot, path), REPORT_GLANCE.bytes, false);
    if (head !== undefined && reportFormatOfContent(head.toString('utf8')) !== undefined) reports.add(path);
  }
  return reports;
}

/**
 * Paths git reports as changed (staged, unstaged or untracked: `workingTreeChanges`, a rename as its
 * removal and its addition), and which of them are untracked (`??`).
 */
async function changedPaths(
  git: GitCommandManager,
  projectRoot: string,
): Promise<{ paths: string[]; untracked: Set<string> }> {
  // git names the paths from the repository's top whatever the folder; in a monorepo package the
  // registry, its handoffs and its work are named from the package (`.agent-context/…`), so the
  // package's own changes are read (`-- .`) and named from it. Read from the top, the package's
  // registry (`packages/a/.agent-context/…`) counted as work, and a Stop was refused for it.
  const top = await findRepoRoot(projectRoot);
  const folder = relative(top, projectRoot).split(sep).join('/');
  const prefix = folder === '' ? '' : `${folder}/`;
  const paths: string[] = [];
  const untracked = new Set<string>();
  for (const { code, path: fromTop } of await git.workingTreeChanges()) {
    const path = fromTop.startsWith(prefix) ? fromTop.slice(prefix.length) : fromTop;
    paths.push(path);
    if (code === '??') untracked.add(path);
  }
  return { paths, untracked };
}

export interface SessionFactsOptions {
  /**
   * Count after the task's latest session, whoever wrote it, when it is newer than the agent's own
   * (leaving a task: work another agent's later session covers is not left behind).
   */
  fromTaskLatest?: boolean;
  /** The caller's git, shared with its other reads (`runPrime`): each ref is asked once. */
  git?: GitCommandManager;
}

export function gatherSessionFacts(
  repoRoot: string,
  config: HandoffConfig,
  agent: string,
  options: SessionFactsOptions = {},
): Promise<SessionFacts> {
  // A git of its own is closed when done: its `git cat-file` processes would outlive the answer
  // (in `handoff mcp`, two more at every call).
  return GitCommandManager.at(repoRoot, options.git, (git) =>
    gatherSessionFactsWith(git, repoRoot, config, agent, options),
  );
}

async function gatherSessionFactsWith(
  git: GitCommandManager,
  repoRoot: string,
  config: HandoffConfig,
  agent: string,
  options: SessionFactsOptions,
): Promise<SessionFacts> {
  const { registry } = await readRegistry(repoRoot, config);
  const facts: SessionFacts = {
    agent,
    workCommits: 0,
    uncommitted: [],
    maxCommitsBehind: config.freshness.maxCommitsBehind,
  };
  const entry = Object.hasOwn(registry, agent) ? registry[agent] : undefined;
  const taskId = entry ? heldTask(entry) : '';
  if (!entry || taskId === '') return facts;
  const active = isActiveStatus(entry, config);
  facts.task = { taskId, status: entry.status, active };
  if (!active) return facts;

  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links, doneArchiveOf(config));
  // Asked once (each asking is a git process); a failure is met where it is awaited, not unhandled meanwhile.
  const hasCommits = git.hasCommits();
  hasCommits.catch(() => undefined);
  // Asked beside the status below (a git process for the git dir, when git is asked for it).
  const inProgressing = git.operationInProgress().catch(() => undefined);
  // At a monorepo's root, the packages' commits and changes are theirs, as the push judges them. The
  // commits are judged by HEAD's package folders, as a push of HEAD lists them; a change not
  // committed is a package's when either HEAD or the working tree has the package (a new one not
  // committed yet, or one a sparse checkout leaves out).
  const onDisk = await rootPackageFolders(workingTreeSource(repoRoot), repoRoot, config.workspaces);
  const packages =
    config.workspaces.length > 0 && (await hasCommits)
      ? await rootPackageFoldersAt(git, 'HEAD', repoRoot, config.workspaces)
      : onDisk;
  const inPackages = new Set([...onDisk, ...packages]);
  const { paths, untracked } = await changedPaths(git, repoRoot);
  const changed = paths.filter((path) => !isInFolders(path, inPackages));
  // What `setup` writes (the tools' settings, their instructions files) is no session's work: right
  // after setup, a Stop would otherwise be refused for them.
  const setupFiles = new Set<string>([
    ...Object.values(TOOL_SETTINGS_FILE),
    ...Object.values(INSTRUCTIONS_FILE),
  ]);
  // A test or coverage report left untracked (a run's junit.xml, lcov.info) is no work either: told
  // by its content, as draft's report readers tell it.
  const reports = testReportsAmong([...untracked], repoRoot);
  facts.uncommitted = changed.filter(
    (path) =>
      !setupFiles.has(path) &&
      !reports.has(path) &&
      isWorkCommit({ files: [{ path }] } as unknown as CommitInfo, nonWork),
  );
  const untrackedWork = facts.uncommitted.filter((path) => untracked.has(path));
  if (untrackedWork.length > 0) facts.untracked = untrackedWork;
  const inProgress = await inProgressing;
  if (inProgress) facts.inProgress = inProgress;

  // Another agent's draft not committed yet is not this agent's handoff, even when `start` linked
  // it (the task's latest session then): its draft numbers past it, as the draft reads it.
  // Such a link is named as what it is (the Stop hook's reason), not taken for no link.
  let link =
    typeof entry.details_link === 'string' && entry.details_link !== '' ? entry.details_link : undefined;
  if (link && (await isOthersDraft(registry, agent, normalizeLink(link), (p) => changed.includes(p)))) {
    facts.othersDraft = { path: link, agent: linkedBy(registry, normalizeLink(link), agent) as string };
    link = undefined;
  }
  let lastTouch: string | undefined;
  /** The handoff `lastTouch` last updated. */
  let lastTouchOf: string | undefined;
  /** The one walk that found `lastTouch`, with the commits after it (`touchesAndCommitsAfter`). */
  let walked: TouchesWalk | undefined;
  if (link) {
    const resolved = await resolveLink(repoRoot, link);
    const path = normalizeLink(link);
    const handoff: NonNullable<SessionFacts['handoff']> = {
      path: link,
      exists: resolved.ok && resolved.exists,
      changed: changed.includes(path),
      missing: [],
    };
    if (!resolved.ok) handoff.problem = resolved.message;
    else if (resolved.exists) {
      try {
        const document = parseHandoff(await readUserText(resolved.absPath, link));
        handoff.missing = missingElements(document, config.requiredElements);
        handoff.answersOpen = answersLeftOpen(document, handoff.missing);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        handoff.problem = `${link} cannot be read: ${error.message}`;
      }
    }
    facts.handoff = handoff;
    if (handoff.exists && (await hasCommits)) {
      // Leaving counts after the task's newest session that is committed, whoever wrote it (a draft
      // not committed yet covers nothing so far).
      const sessions = options.fromTaskLatest
        ? (await listTaskHandoffs(repoRoot, config, taskId)).map((s) => s.path).reverse()
        : [];
      const paths = [...new Set([path, ...sessions])];
      // Their last commits and the commits after them in one walk, where it can tell (a line of
      // commits back to them; a file never committed would send it to its limit for nothing).
      walked = paths.some((p) => untracked.has(p))
        ? undefined
        : await git.touchesAndCommitsAfter(paths, 'HEAD', { stats: true }).catch(() => undefined);
      const touches = walked?.touches ?? (await git.lastTouchingCommits(paths));
      const newest = sessions.find((session) => touches.has(session));
      lastTouchOf = newest && touches.has(newest) ? newest : path;
      lastTouch = touches.get(lastTouchOf);
    }
  }
  if (!link) {
    // No handoff of its own: a draft continues from the task's latest session (other agents' drafts
    // not committed yet passed over), which covers the work before it, as the draft reads it: an
    // agent joining a shared task was told that the first agent's covered commits were its own work.
    const latest = await latestToContinue(repoRoot, config, taskId, registry, agent, (p) =>
      changed.includes(p),
    );
    if (latest && (await hasCommits)) {
      lastTouchOf = latest.path;
      lastTouch = (await git.lastTouchingCommits([latest.path])).get(latest.path);
    }
  }
  if (!(await hasCommits)) return facts;
  // With no handoff, whether the push would carry the task active (HEAD's registry): the working
  // tree's is HEAD's unless it changed (a `start` not committed yet), else HEAD's is read.
  if (!facts.handoff?.exists) {
    facts.activeAsCommitted =
      !changed.includes(normalizeLink(config.registry)) ||
      (await firstCommitWithTaskActive(repoRoot, config, ['HEAD'], taskId, git)) === 0;
  }
  if (lastTouch) facts.countedAfter = lastTouch;
  // After the handoff's last commit; without one, the draft's own first session (session-start.ts).
  const started = typeof entry.task_started === 'string' ? entry.task_started.slice(0, 10) : undefined;
  const branch = await git.workBranch();
  const start = await firstSessionStart(git, branch, started);
  // On a task's own branch, the main line's commits (and other remote branches') that a merge of it
  // brought in are not the task's work, as the pushed branch is not charged with them either.
  const range = lastTouch
    ? ['HEAD', '--not', lastTouch, ...start.excluded.slice(1)]
    : start.fromDay
      ? [sinceDay(start.fromDay), 'HEAD', ...start.excluded]
      : undefined;
  if (range) {
    const tasks = activeTasks(registry, config);
    // Dropped, not only emptied: a package's commit must not be the first to name the task when
    // the day's setup is cut below (the draft reads the same range the same way).
    const inView = (read: CommitInfo[]) =>
      outsideFolders(read, packages).filter((commit) => !commit.elsewhere);
    // The walk's commits after the touch are the range's where no other line is left out.
    let commits = inView(
      walked && lastTouch && start.excluded.length === 0
        ? commitsAfterTouch(walked, lastTouch)
        : await git.logRange(range, { stats: true }),
    );
    const input: TaskCommitsInput = {
      taskId,
      activeTaskIds: tasks.map((t) => t.taskId),
      handoffFiles: handoffFilesByTask(tasks),
      taskIds: taskIdRegExp(config),
      ...(branch === undefined ? {} : { branch }),
      // Work an update of that handoff on another line covers (merged or cherry-picked in) is not
      // this session's, as the check and `resume` judge it (`behindInRange`).
      ...(lastTouch && lastTouchOf !== undefined ? { handoffPath: lastTouchOf } : {}),
      nonWork,
    };
    // That day's setup before the task (an initial commit, `init`, `setup`) is no session's work.
    if (!lastTouch && start.cutsSetup && start.fromDay)
      commits = commits.slice(
        (await setupCommitCount(git, repoRoot, config, commits, input, start.fromDay)).count,
      );
    // The fallback as the next push decides and gives it (`nextPushCommits`): read only where it
    // decides something (several git processes the usual stop skips).
    if (fallbackDecides(commits, input)) {
      const pushed = await nextPushCommits(git, { branch, topLevel: await findRepoRoot(repoRoot) });
      if (pushed) input.nextPush = inView(pushed);
    }
    // Commits of a task another agent has finished since, made while it was active: its own.
    const activeAtCommit = await tasksActiveAtCommitsIn(repoRoot, config, commits, registry, git);
    const counted = activeAtCommit.size > 0 ? { ...input, activeAtCommit } : input;
    facts.workCommits = selectTaskCommits(commits, counted).length;
    facts.namedWorkCommits = selectTaskCommits(commits, counted, { namedOnly: true }).length;
  }
  return facts;
}

/** The Stop verdict; `shownFrom` names the project's folder from where the agent runs (`sessionFactsFrom`). */
export async function judgeAgentSession(
  repoRoot: string,
  config: HandoffConfig,
  agent: string,
  program: string,
  shownFrom = '',
  git?: GitCommandManager,
): Promise<SessionVerdict> {
  return judgeSession(
    sessionFactsFrom(await gatherSessionFacts(repoRoot, config, agent, git ? { git } : {}), shownFrom),
    program,
  );
}

export interface PrimeOptions {
  repoRoot: string;
  config: HandoffConfig;
  agent?: string;
  program: string;
  now: Date;
  /**
   * The project's folder from where the agent runs: the paths of the brief (its session verdict, its
   * task's handoff, the stale tasks' fixes) are named from there (`sessionFactsFrom`).
   */
  shownFrom?: string;
  /** How the commands the brief names are written for its reader (PrimeInput's `shown`). */
  shown?: (text: string) => string;
}

/** The prime brief: the agent's task, its session verdict, the team, the stale tasks. */
export async function runPrime(options: PrimeOptions): Promise<PrimeJson> {
  const { repoRoot, agent, program, now } = options;
  const paths = pathsInFolder(options.shownFrom ?? '');
  // One git for the hook's note, the team's ages, the brief, the verdict and the check: they read the
  // same refs and trees. They are independent reads, each mostly waiting on its git processes (6 in
  // all at a session start with a stale task), so they run side by side; the first to fail, in this
  // order, is the error.
  // Nothing of the brief writes the working tree: its changes are read once, for the session's
  // verdict and the check's fixes (`workingTreeUnchanged`).
  const git = GitCommandManager.create(repoRoot, { workingTreeUnchanged: true });
  // Where no hook runs, the check this brief speaks of never judges a push from here: said first.
  const hookNoting = findRepoRoot(repoRoot)
    .then((top) => huskyHookNote(git, top))
    .catch(() => undefined);
  const teamReading = primeTeam(options, git, paths);
  const checking = runCheck({ repoRoot, now, git, shown: paths }).then(
    (result) => ({ stale: result.verdicts.filter((v) => !v.fresh), checkNote: undefined }),
    (error: unknown) => {
      if (!(error instanceof InputError)) throw error;
      return { stale: [], checkNote: `could not run: ${error.message}` };
    },
  );
  try {
    await Promise.allSettled([hookNoting, teamReading, checking]);
  } finally {
    git.close();
  }
  const hookNote = await hookNoting;
  const team = await teamReading;
  const checked = await checking;
  const { rows, row, own, session } = team;
  const { stale, checkNote } = checked;
  return buildPrime({
    ...(agent === undefined ? {} : { agent }),
    ...(own ? { own } : {}),
    ...(row?.task ? { ownTask: { taskId: row.task, status: row.status, active: row.active } } : {}),
    ...(session ? { session } : {}),
    team: rows,
    stale,
    ...(checkNote ? { checkNote } : {}),
    ...(hookNote ? { hookNote } : {}),
    program,
    ...(options.shown ? { shown: options.shown } : {}),
    now,
  });
}

/**
 * The agent's own registry's rows (a monorepo root's packages are not its team), and for an agent
 * with a task its brief and its session's verdict (read side by side).
 */
async function primeTeam(options: PrimeOptions, git: GitCommandManager, paths: (path: string) => string) {
  const { repoRoot, config, agent, program, now } = options;
  const { rows } = await gatherStatus(repoRoot, now, { packages: false, git, freshness: false });
  const row = agent === undefined ? undefined : rows.find((r) => r.agent === agent);
  if (agent === undefined || !row?.task) return { rows, row };
  const [resumed, session] = await Promise.all([
    runResume({ repoRoot, config, agent, now, git, shown: paths }),
    judgeAgentSession(repoRoot, config, agent, program, options.shownFrom, git),
  ]);
  return { rows, row, own: resumed.briefs[0], session };
}

export interface CompactDraftResult {
  /** `passedOver`: what the `draft/newer-sessions` warning says of other agents' sessions it numbers past. */
  drafted?: { path: string; toFillIn: string[]; passedOver?: string };
  /** Why nothing was drafted. */
  skipped?: string;
}

/**
 * Before compaction: when the session has work its handoff does not cover and no handoff was
 * written yet this session, draft one from the facts (commits, files, time) so compaction loses
 * nothing; what only the agent knows stays marked to fill in. Its paths are named from `shownFrom`,
 * as the Stop verdict's (`judgeAgentSession`).
 */
export async function draftBeforeCompaction(
  repoRoot: string,
  config: HandoffConfig,
  agent: string,
  now: Date,
  shownFrom = '',
): Promise<CompactDraftResult> {
  const facts = sessionFactsFrom(await gatherSessionFacts(repoRoot, config, agent), shownFrom);
  const verdict = judgeSession(facts);
  if (!facts.task || !verdict.stale) return { skipped: verdict.reason };
  if (facts.handoff?.changed) return { skipped: `${facts.handoff.path} was already written this session.` };
  const shown = pathsInFolder(shownFrom);
  const plan = await planDraft({ repoRoot, config, taskId: facts.task.taskId, agent, now, shown });
  await writeDraft(repoRoot, config, plan);
  // Another agent's newer session (its draft not committed yet, say) is numbered past, and its open
  // items are not carried over: said, or the agent would not know to read them.
  const newer = plan.warnings.find((warning) => warning.rule === 'draft/newer-sessions');
  return {
    drafted: {
      path: shown(plan.path),
      toFillIn: plan.toFillIn,
      ...(newer ? { passedOver: `${newer.file} ${newer.message}` } : {}),
    },
  };
}
