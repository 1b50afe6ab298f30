/**
 * The resume use case: for each selected task, the linked handoff (parsed), the task's work commits
 * since the last commit that touched it, and — with `--tests` — the test reports now; the core turns
 * them into briefs. A handoff that cannot be read does not stop the others: its brief says why.
 * Git cost per task: one bounded `git log -1` for the handoff's last touch and one `git log` of the
 * commits after it.
 */
import { GitCommandManager } from '../adapters/git.js';
import { readTestReports } from '../adapters/reports/index.js';
import { readRegistry, readUserText, resolveLink } from '../adapters/store.js';
import { nonWorkPaths } from '../core/attribution.js';
import { taskIdRegExp } from '../core/config.js';
import { parseHandoff } from '../core/document/parse.js';
import { selectTaskCommits } from '../core/draft.js';
import { formatLocated, InputError } from '../core/errors.js';
import type { ActiveTask, CommitInfo, HandoffConfig, ReportWarning, TestSummary } from '../core/model.js';
import { normalizeLink } from '../core/paths.js';
import { activeTasks, agentEntries, detailsLinks, handoffFilesByTask } from '../core/registry.js';
import { buildResume, type ResumeBrief, type ResumeInput } from '../core/resume.js';

export interface ResumeOptions {
  repoRoot: string;
  config: HandoffConfig;
  taskId?: string;
  agent?: string;
  /** Only these active tasks (the PR comment's: stale or touched by the checked range). */
  taskIds?: readonly string[];
  tests?: string[];
  now: Date;
}

export interface ResumeResult {
  briefs: ResumeBrief[];
  warnings: ReportWarning[];
  /** Set when there was nothing to resume. */
  note?: string;
}

export async function runResume(options: ResumeOptions): Promise<ResumeResult> {
  const { repoRoot, config, now } = options;
  const { registry } = await readRegistry(repoRoot, config);
  const active = activeTasks(registry, config);
  const wanted = options.taskIds ? new Set(options.taskIds) : undefined;
  const selected = selectTasks(options, active, agentEntries(registry)).filter(
    (t) => !wanted || wanted.has(t.taskId),
  );
  if (selected.length === 0) {
    return { briefs: [], warnings: [], note: 'No active tasks: nothing to resume.' };
  }

  const warnings: ReportWarning[] = [];
  let testsNow: TestSummary | undefined;
  if (options.tests && options.tests.length > 0) {
    const read = await readTestReports(options.tests, repoRoot);
    testsNow = read.summary;
    warnings.push(...read.warnings);
  }

  const git = GitCommandManager.create(repoRoot);
  const hasCommits = await git.hasCommits();
  const branch = hasCommits ? await git.currentBranch() : undefined;
  const handoffFiles = handoffFilesByTask(active);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links);

  // Two git calls for the whole set, however many tasks: the last commit that touched each handoff,
  // then one range read per distinct such commit (tasks whose handoffs were committed together share it).
  const handoffs = new Map<ActiveTask, Awaited<ReturnType<typeof readHandoff>>>();
  for (const task of selected)
    if (task.detailsLink) handoffs.set(task, await readHandoff(repoRoot, task.detailsLink));
  const readable = [...handoffs]
    .filter(([, h]) => h.document)
    .map(([t]) => normalizeLink(t.detailsLink as string));
  const lastTouch = hasCommits ? await git.lastTouchingCommits(readable) : new Map<string, string>();
  const commitsAfter = new Map<string, Promise<CommitInfo[]>>();
  const since = (sha: string) => {
    let commits = commitsAfter.get(sha);
    if (!commits) {
      commits = git.logRange(['HEAD', '--not', sha], { stats: false });
      commitsAfter.set(sha, commits);
    }
    return commits;
  };

  const briefs: ResumeBrief[] = [];
  for (const task of selected) {
    const entry = registry[task.agent];
    const input: ResumeInput = { taskId: task.taskId, agent: task.agent, status: task.status, now };
    if (typeof entry?.brief_note === 'string' && entry.brief_note !== '') input.briefNote = entry.brief_note;
    if (testsNow) input.testsNow = testsNow;
    const handoff = handoffs.get(task);
    if (handoff && task.detailsLink) {
      input.handoff = handoff;
      const touched = handoff.document ? lastTouch.get(normalizeLink(task.detailsLink)) : undefined;
      if (touched) {
        input.commitsSince = selectTaskCommits(await since(touched), {
          taskId: task.taskId,
          activeTaskIds: active.map((t) => t.taskId),
          handoffFiles,
          taskIds: taskIdRegExp(config),
          ...(branch === undefined ? {} : { branch }),
          nonWork,
        });
        input.sinceBasis = `after ${touched.slice(0, 7)}, its last commit`;
      }
    }
    briefs.push(buildResume(input));
  }
  return { briefs, warnings };
}

type Entries = ReturnType<typeof agentEntries>;

/** `--task`, `--agent`, else every active task. A named task or agent that is not there is bad input. */
function selectTasks(options: ResumeOptions, active: ActiveTask[], entries: Entries): ActiveTask[] {
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
          : `no agent "${options.agent}" in the registry`,
        {},
        'registry/no-agent',
      );
    }
    if (options.taskId !== undefined && task.taskId !== options.taskId) {
      throw new InputError(
        `agent "${options.agent}" is working on ${task.taskId}, not ${options.taskId}`,
        {},
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
      throw new InputError(
        `no agent in the registry has current_task ${options.taskId}`,
        {},
        'registry/no-task',
      );
    }
    return any;
  }
  return active;
}

async function readHandoff(repoRoot: string, link: string): Promise<NonNullable<ResumeInput['handoff']>> {
  const resolved = await resolveLink(repoRoot, link);
  if (!resolved.ok) return { path: link, problem: `${resolved.message} [${resolved.rule}]` };
  if (!resolved.exists) return { path: link, problem: 'the file does not exist [link/missing]' };
  try {
    return { path: link, document: parseHandoff(await readUserText(resolved.absPath, link), link) };
  } catch (error) {
    if (error instanceof InputError) {
      return {
        path: link,
        problem: formatLocated(error.message, { ...error.location, file: undefined }, error.rule),
      };
    }
    throw error;
  }
}
