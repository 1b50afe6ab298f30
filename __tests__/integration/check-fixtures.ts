/**
 * Repositories with a registry and handoff documents, shared by the check, init and pre-push tests.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBin, TempRepo } from '../helpers/temp-repo.js';

export const TASK = 'TASK-2025-0078-C';
export const OTHER_TASK = 'TASK-2025-0099';
export const REGISTRY = '.agent-context/agent-handoffs.json';

export function handoffPathOf(task: string, session = 1): string {
  return `delegation/tasks/active/${task}-handoff-session${session}.md`;
}

/** A complete handoff in the seed's heading form; `omit` leaves sections out. */
export function handoffDocument(
  task: string,
  date: string,
  options: { omit?: string[]; progress?: number } = {},
): string {
  const sections: Record<string, string> = {
    'Current State':
      "**What's Working:**\n- ✅ Test framework set up\n\n**What's Broken:**\n- ❌ Async tests hang\n",
    'Decisions Made': '1. **Used pytest-asyncio** - Reason: better async support\n',
    'Current Blockers': '1. **Async test hang** - event loop cleanup\n',
    'Next Steps': '- [ ] Fix async test hang\n- [ ] Add 10 more integration tests\n',
    'Time and Progress': `**Time Spent:** 4 hours\n**Estimated Remaining:** 8 hours\n**Progress:** ${options.progress ?? 30}% complete\n`,
  };
  const body = Object.entries(sections)
    .filter(([title]) => !options.omit?.includes(title))
    .map(([title, text]) => `## ${title}\n\n${text}`)
    .join('\n');
  return `# ${task}: API Testing Handoff (Session 1)\n\n**Date**: ${date}\n**Agent**: powertest-runner\n**Duration**: 4 hours\n**Status**: In Progress (${options.progress ?? 30}%)\n\n${body}`;
}

export function registryText(
  entries: Record<string, { task: string; status?: string; link?: string | null }>,
): string {
  const registry: Record<string, unknown> = {};
  for (const [agent, { task, status, link }] of Object.entries(entries)) {
    registry[agent] = {
      status: status ?? 'in_progress',
      current_task: task,
      task_started: '2025-11-08',
      brief_note: `working on ${task}`,
      ...(link === null ? {} : { details_link: link ?? handoffPathOf(task) }),
    };
  }
  return `${JSON.stringify(registry, null, 2)}\n`;
}

export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A repository whose first commit holds a registry with one active task and its complete handoff. */
export function repoWithTask(options: { date?: string; tasks?: string[] } = {}): TempRepo {
  const repo = TempRepo.init();
  const tasks = options.tasks ?? [TASK];
  const files: Record<string, string> = {
    [REGISTRY]: registryText(Object.fromEntries(tasks.map((task, i) => [`agent-${i + 1}`, { task }]))),
    'README.md': '# project\n',
  };
  for (const task of tasks) files[handoffPathOf(task)] = handoffDocument(task, options.date ?? today());
  repo.commit('Start tasks', files);
  return repo;
}

/**
 * Pushes `from..to` of main through the hook's command line (the built bin, no remote needed): the
 * result, and the git commands it ran as git's own trace tells them.
 */
export function pushTraced(
  r: TempRepo,
  from: string,
  to: string,
  env: NodeJS.ProcessEnv = {},
): { code: number; stderr: string; git: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-trace-'));
  try {
    const trace = join(dir, 'trace');
    const result = runBin(['check', '--hook', 'pre-push', 'origin', 'url'], {
      cwd: r.dir,
      stdin: `refs/heads/main ${to} refs/heads/main ${from}\n`,
      env: { ...env, GIT_TRACE: trace },
    });
    const git = [...readFileSync(trace, 'utf8').matchAll(/trace: built-in: git ([\w-]+)/g)].map(
      (m) => m[1] as string,
    );
    return { code: result.code, stderr: result.stderr, git };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
