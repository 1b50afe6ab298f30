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
import type { ActiveTask, HandoffConfig, ReportWarning, TestSummary } from '../core/model.js';
import { linkProblem, normalizeLink } from '../core/paths.js';
import { activeTasks, agentEntries } from '../core/registry.js';
import { buildResume, type ResumeBrief, type ResumeInput } from '../core/resume.js';

export interface ResumeOptions {
  repoRoot: string;
  config: HandoffConfig;
  taskId?: string;
  agent?: string;
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
  const selected = selectTasks(options, active, agentEntries(registry));
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
  const handoffFiles = new Map<string, string>();
  for (const task of active) {
    if (task.detailsLink && !linkProblem(task.detailsLink))
      handoffFiles.set(task.taskId, normalizeLink(task.detailsLink));
  }
  const links = agentEntries(registry).flatMap(([, e]) =>
    typeof e.details_link === 'string' ? [e.details_link] : [],
  );
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, links);

  const briefs: ResumeBrief[] = [];
  for (const task of selected) {
    const entry = registry[task.agent];
    const input: ResumeInput = { taskId: task.taskId, agent: task.agent, status: task.status, now };
    if (typeof entry?.brief_note === 'string' && entry.brief_note !== '') input.briefNote = entry.brief_note;
    if (testsNow) input.testsNow = testsNow;
    const link = task.detailsLink;
    if (link) {
      const handoff = await readHandoff(repoRoot, link);
      input.handoff = handoff;
      if (handoff.document && hasCommits) {
        const path = normalizeLink(link);
        const touched = (
          await git.exec(['log', '-1', '--format=%H', 'HEAD', '--', `:(literal)${path}`])
        ).trim();
        if (touched) {
          const commits = await git.logRange(['HEAD', '--not', touched], { stats: false });
          input.commitsSince = selectTaskCommits(commits, {
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
    return { path: link, document: parseHandoff(await readUserText(resolved.absPath, link)) };
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
