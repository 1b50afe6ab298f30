/**
 * The draft use case: gather the facts for a task's next handoff (registry entry, previous handoff,
 * the session's commits, test and coverage reports), compose it, then write it and point the registry
 * at it. Everything is composed before anything is written; the document is created without
 * overwriting anything, and if the registry update fails the new document is removed again.
 */
import { randomBytes } from 'node:crypto';
import { link, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GitCommandManager } from '../adapters/git.js';
import { readCoverage, readTestReports } from '../adapters/reports/index.js';
import {
  readRegistry,
  readUserText,
  resolveLink,
  updateRegistry,
  writeTextAtomic,
} from '../adapters/store.js';
import { nonWorkPaths } from '../core/attribution.js';
import { handoffPath, parseDuration, taskIdRegExp } from '../core/config.js';
import { missingElements } from '../core/document/elements.js';
import { parseHandoff } from '../core/document/parse.js';
import { composeDraft, type Draft, type DraftAnswers, selectTaskCommits } from '../core/draft.js';
import { InputError } from '../core/errors.js';
import type {
  AgentEntry,
  CommitInfo,
  CoverageSummary,
  ElementName,
  HandoffConfig,
  HandoffDocument,
  Registry,
  ReportWarning,
  TestSummary,
} from '../core/model.js';
import { linkProblem, normalizeLink } from '../core/paths.js';
import { activeTasks, agentEntries, detailsLinks, handoffFilesByTask, withEntry } from '../core/registry.js';
import { DEFAULT_BASES } from './check.js';

/** Branches that are the main line, not a task's own branch. */
const MAIN_BRANCHES = ['main', 'master', 'trunk', 'develop'];

/** Commits read when nothing says where the session started. */
export const FALLBACK_COMMIT_COUNT = 50;

export interface DraftOptions {
  repoRoot: string;
  config: HandoffConfig;
  taskId: string;
  agent?: string;
  from?: string;
  to?: string;
  tests?: string[];
  coverage?: string;
  now: Date;
  /** `--stdout`: compose only, so an uncommitted previous handoff does not stop it. */
  preview?: boolean;
  /** Called once the facts are known, before composing: the prompts (or nothing). */
  askAnswers?: () => Promise<DraftAnswers>;
}

export interface DraftPlan {
  draft: Draft;
  agent: string;
  /** Repository-relative path of the new handoff. */
  path: string;
  session: number;
  previousPath?: string;
  /** Which commits were read, in words: `after 1a2b3c4, the last commit touching …`. */
  rangeNote: string;
  commitCount: number;
  warnings: ReportWarning[];
  /** Notes for the user (a registry entry that will be created, a link that was ignored). */
  notes: string[];
  /** What the registry entry becomes (patch for `withEntry`). */
  registryPatch: Partial<AgentEntry>;
  /** Required elements a person still has to fill in (`missingElements` of the draft). */
  toFillIn: ElementName[];
}

/** Gathers facts and composes the draft; writes nothing. */
export async function planDraft(options: DraftOptions): Promise<DraftPlan> {
  const { repoRoot, config, taskId, now } = options;
  checkTaskId(taskId);
  const notes: string[] = [];
  const { registry } = await readRegistry(repoRoot, config);
  const { agent, entry } = findAgent(registry, taskId, options.agent);
  const registryPatch: Partial<AgentEntry> = {};
  if (!entry) {
    registryPatch.status = 'in_progress';
    registryPatch.current_task = taskId;
    registryPatch.task_started = now.toISOString().slice(0, 10);
    notes.push(`Adding agent "${agent}" to the registry, working on ${taskId}.`);
  } else if (!entry.current_task) {
    registryPatch.current_task = taskId;
  }

  const previous = await findPreviousHandoff(repoRoot, config, taskId, entry, notes);
  const session = (previous?.session ?? 0) + 1;
  const path = handoffPath(config, taskId, session);
  const pathProblem = linkProblem(path, 'handoff path');
  if (pathProblem) throw new InputError(pathProblem, {}, 'config/handoff-path');
  const target = await resolveLink(repoRoot, path);
  if (!target.ok) throw new InputError(target.message, { file: path }, target.rule);
  if (target.exists) throw alreadyExists(path);
  registryPatch.details_link = path;

  const git = GitCommandManager.create(repoRoot);
  if (
    previous?.path &&
    !options.preview &&
    (await git.hasCommits()) &&
    (await git.hasUncommittedChanges(previous.path))
  ) {
    // The check reads commits: an edited but uncommitted handoff does not make the task fresh, and a
    // new session drafted on top of it would carry over a handoff nobody has saved.
    throw new InputError(
      'this handoff has changes that are not committed: commit it (the check reads commits, so that is what makes the task fresh), then draft the next session when it ends',
      { file: previous.path },
      'draft/previous-uncommitted',
    );
  }
  const range = await readSessionRange(git, options, previous?.path, entry?.task_started);
  const tasks = activeTasks(registry, config);
  const handoffFiles = handoffFilesByTask(tasks);
  const links = detailsLinks(registry);
  const commits = selectTaskCommits(range.commits, {
    taskId,
    activeTaskIds: tasks.map((t) => t.taskId),
    handoffFiles,
    taskIds: taskIdRegExp(config),
    ...(range.branch === undefined ? {} : { branch: range.branch }),
    nonWork: nonWorkPaths(config.handoffDir, config.registry, [...links, path]),
  });

  const warnings: ReportWarning[] = [];
  let tests: TestSummary | undefined;
  if (options.tests && options.tests.length > 0) {
    const read = await readTestReports(options.tests, repoRoot);
    tests = read.summary;
    warnings.push(...read.warnings);
  }
  let coverage: CoverageSummary | undefined;
  if (options.coverage) {
    const read = await readCoverage(options.coverage, repoRoot);
    coverage = read.coverage;
    warnings.push(...read.warnings);
  }

  const answers = options.askAnswers ? await options.askAnswers() : undefined;
  const status = entry?.status ?? registryPatch.status;
  const draft = composeDraft({
    taskId,
    agent,
    session,
    now,
    ...(status ? { status } : {}),
    ...(previous
      ? {
          previous: {
            document: previous.document,
            ...(previous.session ? { session: previous.session } : {}),
          },
        }
      : {}),
    commits,
    ...(tests ? { tests } : {}),
    ...(coverage ? { coverage } : {}),
    sessionGapMs: parseDuration(config.sessionGap),
    wordBudget: config.wordBudget,
    ...(answers ? { answers } : {}),
  });
  const plan: DraftPlan = {
    draft,
    agent,
    path,
    session,
    rangeNote: range.note,
    commitCount: commits.length,
    warnings,
    notes,
    registryPatch,
    toFillIn: missingElements(draft.document, config.requiredElements),
  };
  if (previous) plan.previousPath = previous.path;
  return plan;
}

/** Writes the planned draft and points the registry at it; on a registry failure the document is removed. */
export async function writeDraft(repoRoot: string, config: HandoffConfig, plan: DraftPlan): Promise<void> {
  const absPath = join(repoRoot, ...plan.path.split('/'));
  await createExclusive(absPath, plan.draft.markdown, plan.path);
  try {
    await updateRegistry(repoRoot, config, (registry) => withEntry(registry, plan.agent, plan.registryPatch));
  } catch (error) {
    await unlink(absPath).catch(() => undefined);
    throw error;
  }
}

/**
 * Creates `absPath` with `text`, atomically and never over an existing file: the text goes to a
 * temporary file first, which is then hard-linked to the target (link fails if the target exists).
 */
async function createExclusive(absPath: string, text: string, displayPath: string): Promise<void> {
  const temp = join(
    dirname(absPath),
    `.${basename(absPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  await writeTextAtomic(temp, text);
  try {
    await link(temp, absPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(displayPath);
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

function alreadyExists(path: string): InputError {
  return new InputError(
    'the next handoff already exists; edit it, or point details_link at it and draft again',
    { file: path },
    'draft/exists',
  );
}

/** A task id becomes part of a file name: it must not carry a path. */
function checkTaskId(taskId: string): void {
  if (taskId.trim() === '' || /[/\\\0]/.test(taskId) || taskId === '.' || taskId === '..') {
    throw new InputError(`task id "${taskId}" cannot be part of a file name`, {}, 'task/invalid-id');
  }
}

/** The registry entry writing this handoff: `--agent`, else the one entry whose current task this is. */
function findAgent(
  registry: Registry,
  taskId: string,
  agentName: string | undefined,
): { agent: string; entry?: AgentEntry } {
  const entries = agentEntries(registry);
  if (agentName !== undefined) {
    const entry = entries.find(([name]) => name === agentName)?.[1];
    if (
      entry &&
      typeof entry.current_task === 'string' &&
      entry.current_task !== '' &&
      entry.current_task !== taskId
    ) {
      throw new InputError(
        `agent "${agentName}" is working on ${entry.current_task}, not ${taskId}; change its current_task first`,
        {},
        'registry/agent-task',
      );
    }
    return entry ? { agent: agentName, entry } : { agent: agentName };
  }
  const matching = entries.filter(([, e]) => e.current_task === taskId);
  const [first] = matching;
  if (!first) {
    throw new InputError(
      `no agent in the registry has current_task ${taskId}; pass --agent NAME`,
      {},
      'registry/no-agent',
    );
  }
  if (matching.length > 1) {
    throw new InputError(
      `agents ${matching.map(([name]) => name).join(', ')} all have current_task ${taskId}; pass --agent NAME`,
      {},
      'registry/ambiguous-agent',
    );
  }
  return { agent: first[0], entry: first[1] };
}

interface PreviousHandoff {
  path: string;
  document: HandoffDocument;
  session?: number;
}

/**
 * The handoff this one follows: the registry's `details_link` when it names a file that exists, else
 * the highest-numbered `<TASK>-handoff-session<N>.md` in the handoff folder. Its session number comes
 * from the file name, else from the document's title.
 */
async function findPreviousHandoff(
  repoRoot: string,
  config: HandoffConfig,
  taskId: string,
  entry: AgentEntry | undefined,
  notes: string[],
): Promise<PreviousHandoff | undefined> {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const link =
    typeof entry?.details_link === 'string' && entry.details_link !== '' ? entry.details_link : undefined;
  if (link) {
    const resolved = await resolveLink(repoRoot, link);
    if (!resolved.ok) {
      notes.push(`Ignoring details_link: ${resolved.message}.`);
    } else if (!resolved.exists) {
      notes.push(`Ignoring details_link: ${link} does not exist.`);
    } else {
      const document = parseHandoff(await readUserText(resolved.absPath, link), link);
      const fromName = nameRegExp.exec(basename(link))?.[1];
      const session = fromName !== undefined ? Number(fromName) : document.session;
      return { path: normalizeLink(link), document, ...(session !== undefined ? { session } : {}) };
    }
  }
  const dir = handoffPath(config, taskId, 1).split('/').slice(0, -1).join('/');
  let names: string[];
  try {
    names = await readdir(join(repoRoot, ...dir.split('/').filter((s) => s !== '')));
  } catch {
    return undefined;
  }
  let best: { name: string; session: number } | undefined;
  for (const name of names) {
    const session = Number(nameRegExp.exec(name)?.[1] ?? Number.NaN);
    if (Number.isInteger(session) && (!best || session > best.session)) best = { name, session };
  }
  if (!best) return undefined;
  const path = dir === '' ? best.name : `${dir}/${best.name}`;
  const resolved = await resolveLink(repoRoot, path);
  if (!resolved.ok || !resolved.exists) return undefined;
  const document = parseHandoff(await readUserText(resolved.absPath, path), path);
  return { path, document, session: best.session };
}

/** The file name pattern as a RegExp whose group 1 is the session number. */
function handoffNameRegExp(config: HandoffConfig, taskId: string): RegExp {
  const name = config.handoffPattern.split('/').pop() ?? config.handoffPattern;
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = name.split(/(\{task\}|\{session\})/).map((part) => {
    if (part === '{task}') return escapeRegExp(taskId);
    if (part === '{session}') return '(\\d+)';
    return escapeRegExp(part);
  });
  return new RegExp(`^${parts.join('')}$`);
}

interface SessionRange {
  commits: CommitInfo[];
  note: string;
  branch?: string;
}

/**
 * The session's commits, oldest first, with file stats. Start (exclusive): `--from`; else the last
 * commit that touched the previous handoff (one `git log -1`, which stops at the first match); else the
 * task's `task_started` date; else the last FALLBACK_COMMIT_COUNT commits.
 */
async function readSessionRange(
  git: GitCommandManager,
  options: DraftOptions,
  previousPath: string | undefined,
  taskStarted: string | undefined,
): Promise<SessionRange> {
  if (!options.from && !options.to && !(await git.hasCommits())) {
    return { commits: [], note: 'the repository has no commits yet' };
  }
  const toName = options.to ?? 'HEAD';
  const to = await git.revParse(toName);
  const branch = options.to ? undefined : await git.currentBranch();
  const withBranch = (range: SessionRange): SessionRange =>
    branch === undefined ? range : { ...range, branch };

  if (options.from) {
    const from = await git.revParse(options.from);
    const commits = await git.logRange([to, '--not', from], { stats: true });
    return withBranch({ commits, note: `${options.from}..${toName}` });
  }
  if (previousPath) {
    const touched = (
      await git.exec(['log', '-1', '--format=%H', to, '--', `:(literal)${previousPath}`])
    ).trim();
    if (touched) {
      const commits = await git.logRange([to, '--not', touched], { stats: true });
      return withBranch({
        commits,
        note: `after ${touched.slice(0, 7)}, the last commit touching ${previousPath} (--from to change)`,
      });
    }
  }
  // On a branch of its own, the main line's commits are not this session's work, however recent.
  const mainLine =
    branch !== undefined && !MAIN_BRANCHES.includes(branch)
      ? await git.firstExisting(DEFAULT_BASES)
      : undefined;
  const notMainLine = mainLine ? ['--not', mainLine] : [];
  const besides = mainLine ? `, not on ${mainLine}` : '';
  if (taskStarted && /^\d{4}-\d{2}-\d{2}$/.test(taskStarted)) {
    // A bare date would mean "that day at the current time of day" to git: name midnight.
    const commits = await git.logRange([`--since=${taskStarted} 00:00:00`, to, ...notMainLine], {
      stats: true,
    });
    return withBranch({
      commits,
      note: `since ${taskStarted}, the task's task_started${besides} (--from to change)`,
    });
  }
  const commits = await git.logRange([`--max-count=${FALLBACK_COMMIT_COUNT}`, to, ...notMainLine], {
    stats: true,
  });
  return withBranch({
    commits,
    note: `the last ${FALLBACK_COMMIT_COUNT} commits${besides}: no earlier handoff commit or task_started to start from (--from to change)`,
  });
}
