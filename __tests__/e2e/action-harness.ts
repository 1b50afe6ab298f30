/**
 * Running the committed Action bundle, dist/index.js, as a runner runs it: a child process with the
 * runner's environment (event file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, INPUT_* with the toolkit's
 * name mangling) in a real git repository, against the local stand-in for the GitHub API. Shared by
 * the action*.test.ts files; `useActionHarness()` gives each test a fresh repository, stand-in and
 * runner folder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from '@jest/globals';
import { GitHubApiStandIn, type StandInComment } from '../helpers/github-api-stand-in.js';
import { gitEnv, PROJECT_ROOT, TempRepo } from '../helpers/temp-repo.js';

export const ACTION_BIN = join(PROJECT_ROOT, 'dist/index.js');
export const TASK = 'TASK-2025-0001';
export const AGENT = 'powertest-runner';
export const HANDOFF = `delegation/tasks/active/${TASK}-handoff-session1.md`;
export const PR = 7;
export const MARKER = '<!-- handoff-guard:sticky v1 -->';
export const BOT = 'github-actions[bot]';

export function handoffDocument(session: number, today: string): string {
  return `# ${TASK}: API Testing Handoff (Session ${session})

**Date**: ${today}
**Agent**: ${AGENT}
**Status**: In Progress (${session * 30}%)

## Current State

### What's Working
- ✅ Test framework set up (session ${session})

### What's Broken
- ❌ Async test handling inconsistent

## Decisions Made
1. **Used pytest-asyncio** - Reason: better async support

## Current Blockers
1. **Async test hang issue** - some async tests time out

## Next Steps
1. Fix async test hang

## Time and Progress
**Time Spent:** 4 hours
**Progress:** ${session * 30}% complete
`;
}

export const registry = (link: string | null = HANDOFF) =>
  `${JSON.stringify(
    {
      [AGENT]: {
        status: 'in_progress',
        current_task: TASK,
        task_started: '2025-11-08',
        brief_note: 'API testing implementation',
        details_link: link,
      },
    },
    null,
    2,
  )}\n`;

export interface Fixture {
  repo: TempRepo;
  base: string;
  /** A work commit for the task after the last handoff update: stale. */
  staleHead: string;
  /** The handoff updated after the work: fresh. */
  freshHead: string;
}

/** main: registry + handoff; branch feature: a work commit (stale), then a handoff update (fresh). */
export function makeRepo(): Fixture {
  const today = new Date().toISOString().slice(0, 10);
  const repo = TempRepo.init();
  for (let i = 0; i < 6; i++) repo.commit(`Early history ${i}`, { [`history/${i}.txt`]: `${i}\n` });
  const base = repo.commit('Add registry and first handoff', {
    '.agent-context/agent-handoffs.json': registry(),
    [HANDOFF]: handoffDocument(1, today),
  });
  repo.git('checkout', '-q', '-b', 'feature/api-tests');
  const staleHead = repo.commit(`Add integration tests\n\nTask: ${TASK}`, {
    'tests/api/test_health.py': 'ok\n',
  });
  const freshHead = repo.commit(`Update handoff\n\nTask: ${TASK}`, { [HANDOFF]: handoffDocument(2, today) });
  return { repo, base, staleHead, freshHead };
}

export interface RunOptions {
  workspace?: string;
  event?: Record<string, unknown>;
  eventName?: string;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
}

export interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** Wall-clock milliseconds from spawn to exit. */
  elapsedMs: number;
}

export interface Harness {
  readonly api: GitHubApiStandIn;
  readonly fixture: Fixture;
  readonly runnerDir: string;
  pullRequestEvent(
    head: string,
    options?: { labels?: string[]; fork?: boolean; draft?: boolean },
  ): Record<string, unknown> & { pull_request: { base: { sha: string } } };
  runAction(options?: RunOptions): Promise<ActionRun>;
  /** The PR's comments that start with the default marker. */
  stickyComments(): StandInComment[];
  cleanup(fn: () => void): void;
}

export function useActionHarness(): Harness {
  let api: GitHubApiStandIn;
  let runnerDir: string;
  let fixture: Fixture;
  let runCount = 0;
  const cleanups: (() => void)[] = [];

  beforeEach(async () => {
    api = await new GitHubApiStandIn().start();
    runnerDir = mkdtempSync(join(tmpdir(), 'handoff-runner-'));
    fixture = makeRepo();
  });

  afterEach(async () => {
    await api.close();
    fixture.repo.remove();
    rmSync(runnerDir, { recursive: true, force: true });
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  const harness: Harness = {
    get api() {
      return api;
    },
    get fixture() {
      return fixture;
    },
    get runnerDir() {
      return runnerDir;
    },
    pullRequestEvent(head, options = {}) {
      return {
        action: 'synchronize',
        number: PR,
        pull_request: {
          number: PR,
          draft: options.draft ?? false,
          labels: (options.labels ?? []).map((name) => ({ name })),
          base: { sha: fixture.base, ref: 'main', repo: { full_name: 'octo/project' } },
          head: {
            sha: head,
            ref: 'feature/api-tests',
            repo: { full_name: options.fork ? 'someone/project' : 'octo/project' },
          },
        },
        repository: { full_name: 'octo/project', default_branch: 'main' },
      };
    },
    async runAction(options = {}) {
      const dir = join(runnerDir, `run-${++runCount}`);
      mkdirSync(dir, { recursive: true });
      const eventPath = join(dir, 'event.json');
      const outputPath = join(dir, 'output.txt');
      const summaryPath = join(dir, 'summary.md');
      writeFileSync(eventPath, JSON.stringify(options.event ?? harness.pullRequestEvent(fixture.staleHead)));
      writeFileSync(outputPath, '');
      writeFileSync(summaryPath, '');
      const inputs: Record<string, string> = { 'github-token': 'test-token', mode: 'block', comment: 'true' };
      Object.assign(inputs, options.inputs);
      const env: NodeJS.ProcessEnv = gitEnv({
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'octo/project',
        GITHUB_SHA: fixture.staleHead,
        GITHUB_REF: `refs/pull/${PR}/merge`,
        GITHUB_WORKSPACE: options.workspace ?? fixture.repo.dir,
        GITHUB_OUTPUT: outputPath,
        GITHUB_STEP_SUMMARY: summaryPath,
        GITHUB_API_URL: api.url,
        GITHUB_SERVER_URL: 'https://github.com',
        RUNNER_TEMP: dir,
        HANDOFF_GUARD_RETRY_AFTER_MS: '5',
        ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
        ...options.env,
      });
      const started = performance.now();
      const child = spawn(process.execPath, [ACTION_BIN], {
        cwd: options.workspace ?? fixture.repo.dir,
        env,
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
      const code = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`the Action did not finish within 20 s:\n${stdout}`));
        }, 20_000);
        child.on('close', (status) => {
          clearTimeout(timer);
          resolve(status ?? -1);
        });
      });
      return {
        code,
        stdout,
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
        elapsedMs: performance.now() - started,
      };
    },
    stickyComments() {
      return api.commentsOf(PR).filter((c) => c.body.startsWith(MARKER));
    },
    cleanup(fn) {
      cleanups.push(fn);
    },
  };
  return harness;
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` records. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(pattern)) outputs[m[1] as string] = m[3] as string;
  return outputs;
}

export function execGit(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`git ${args.join(' ')}: ${code}`)),
    );
  });
}
