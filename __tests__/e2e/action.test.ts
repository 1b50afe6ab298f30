/**
 * The committed Action bundle, dist/index.js, run as a runner runs it: a child process with the
 * runner's environment (event file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, INPUT_* with the toolkit's
 * name mangling) in a real git repository, against a local stand-in for the GitHub REST API.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { GitHubApiStandIn } from '../helpers/github-api-stand-in.js';
import { gitEnv, PROJECT_ROOT, TempRepo } from '../helpers/temp-repo.js';

const ACTION_BIN = join(PROJECT_ROOT, 'dist/index.js');
const TASK = 'TASK-2025-0001';
const AGENT = 'powertest-runner';
const HANDOFF = `delegation/tasks/active/${TASK}-handoff-session1.md`;
const PR = 7;
const MARKER = '<!-- handoff-guard:sticky v1 -->';

function handoffDocument(session: number, today: string): string {
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

const registry = (link: string | null = HANDOFF) =>
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

interface Fixture {
  repo: TempRepo;
  base: string;
  /** A work commit for the task after the last handoff update: stale. */
  staleHead: string;
  /** The handoff updated after the work: fresh. */
  freshHead: string;
}

/** main: registry + handoff; branch feature: a work commit (stale), then a handoff update (fresh). */
function makeRepo(): Fixture {
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

interface RunOptions {
  workspace: string;
  event?: Record<string, unknown>;
  eventName?: string;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
}

interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

let api: GitHubApiStandIn;
let runnerDir: string;
let fixture: Fixture;
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

function pullRequestEvent(head: string, options: { labels?: string[]; fork?: boolean } = {}) {
  return {
    action: 'synchronize',
    number: PR,
    pull_request: {
      number: PR,
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
}

let runCount = 0;

/** Runs dist/index.js as the runner would; never waits longer than the bound. */
async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = join(runnerDir, `run-${++runCount}`);
  mkdirSync(dir, { recursive: true });
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output.txt');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.event ?? pullRequestEvent(fixture.staleHead)));
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
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: dir,
    HANDOFF_GUARD_RETRY_AFTER_MS: '5',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  });
  const child = spawn(process.execPath, [ACTION_BIN], { cwd: options.workspace, env });
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
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` records. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(pattern)) outputs[m[1] as string] = m[3] as string;
  return outputs;
}

function stickyComments(): { id: number; body: string }[] {
  return api.commentsOf(PR).filter((c) => c.body.startsWith(MARKER));
}

describe('the Action on a pull request', () => {
  it('fails on a stale handoff, with outputs, annotation, summary and a new sticky comment', async () => {
    const run = await runAction({ workspace: fixture.repo.dir });

    expect(run.code).toBe(1);
    expect(run.outputs.stale).toBe('true');
    expect(JSON.parse(run.outputs['stale-tasks'] ?? '[]')).toEqual([
      expect.objectContaining({ task: TASK, agent: AGENT, reasons: ['behind'], file: HANDOFF }),
    ]);
    expect(run.stdout).toMatch(new RegExp(`::error title=Handoff behind%3A ${TASK},file=${HANDOFF}::`));
    expect(run.stdout).toContain('::error::1 active task(s) need a fresh handoff');
    expect(run.summary).toContain(`| ${TASK} | ${AGENT} | ❌ stale | behind |`);
    expect(api.writes()).toEqual([`POST /repos/octo/project/issues/${PR}/comments`]);
    const [comment] = stickyComments();
    expect(comment?.body).toContain(fixture.staleHead.slice(0, 7));
    // The resume summary of the stale task (the checked-out workspace's view of it).
    expect(comment?.body).toContain(`<summary>Resume summary: ${TASK}</summary>`);
    expect(run.outputs['comment-url']).toBe(
      `https://github.com/octo/project/pull/${PR}#issuecomment-${comment?.id}`,
    );
    expect(api.requests[0]?.authorization).toBe('token test-token');
  });

  it('updates the one sticky comment in place on the next run, and passes once the handoff is fresh', async () => {
    await runAction({ workspace: fixture.repo.dir });
    const [first] = stickyComments();

    const run = await runAction({ workspace: fixture.repo.dir, event: pullRequestEvent(fixture.freshHead) });

    expect(run.code).toBe(0);
    expect(run.outputs.stale).toBe('false');
    expect(run.outputs['stale-tasks']).toBe('[]');
    expect(stickyComments()).toHaveLength(1);
    expect(stickyComments()[0]?.id).toBe(first?.id);
    expect(stickyComments()[0]?.body).toContain('✅ Handoff Guard');
    expect(api.writes()).toEqual([
      `POST /repos/octo/project/issues/${PR}/comments`,
      `PATCH /repos/octo/project/issues/comments/${first?.id}`,
    ]);
  });

  it('finds its comment on a later page and never adds a second one', async () => {
    api.pageSize = 5;
    for (let i = 0; i < 12; i++) api.addComment(PR, `review remark ${i}`);
    const old = api.addComment(
      PR,
      `${MARKER.replace('v1', 'v0')}\nan old release's comment`,
      'github-actions[bot]',
    );
    for (let i = 0; i < 4; i++) api.addComment(PR, `later remark ${i}`);

    await runAction({ workspace: fixture.repo.dir });

    const pagesRead = api.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith(`/issues/${PR}/comments`),
    );
    expect(pagesRead.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3', '4']);
    expect(api.writes()).toEqual([`PATCH /repos/octo/project/issues/comments/${old.id}`]);
    expect(stickyComments()).toHaveLength(1);
    expect(stickyComments()[0]?.body.startsWith(MARKER)).toBe(true);
  });

  it('heals duplicates left by racing runs, keeping the oldest', async () => {
    const oldest = api.addComment(PR, `${MARKER}\nfirst run`, 'github-actions[bot]');
    api.addComment(PR, 'a review remark');
    const racer = api.addComment(PR, `${MARKER}\nracing run`, 'github-actions[bot]');

    const run = await runAction({ workspace: fixture.repo.dir });

    expect(run.code).toBe(1);
    expect(api.writes()).toEqual([
      `PATCH /repos/octo/project/issues/comments/${oldest.id}`,
      `DELETE /repos/octo/project/issues/comments/${racer.id}`,
    ]);
    expect(stickyComments().map((c) => c.id)).toEqual([oldest.id]);
    expect(api.commentsOf(PR)).toHaveLength(2);
  });

  it('gives the verdict and summary with a notice when the token cannot comment (a fork)', async () => {
    api.fail('POST', /\/comments$/, 403, {
      times: Number.POSITIVE_INFINITY,
      message: 'Resource not accessible by integration',
    });

    const run = await runAction({
      workspace: fixture.repo.dir,
      event: pullRequestEvent(fixture.staleHead, { fork: true }),
    });

    expect(run.code).toBe(1);
    expect(run.outputs.stale).toBe('true');
    expect(run.outputs['comment-url']).toBe('');
    expect(run.stdout).toMatch(/::notice::The token cannot comment on #7 \(HTTP 403/);
    expect(run.summary).toContain('❌ stale');
    // A 403 is not retried: one attempt.
    expect(api.writes()).toEqual([`POST /repos/octo/project/issues/${PR}/comments`]);
  });

  it('passes on a fork with a read-only token when the handoff is fresh', async () => {
    api.fail('POST', /\/comments$/, 403, {
      times: Number.POSITIVE_INFINITY,
      message: 'Resource not accessible by integration',
    });

    const run = await runAction({
      workspace: fixture.repo.dir,
      event: pullRequestEvent(fixture.freshHead, { fork: true }),
    });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::The token cannot comment');
  });

  it('retries a 502 and then succeeds', async () => {
    api.fail('GET', /\/issues\/7\/comments$/, 502, { times: 1 });
    api.fail('POST', /\/issues\/7\/comments$/, 502, { times: 1 });

    const run = await runAction({ workspace: fixture.repo.dir });

    expect(run.code).toBe(1);
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(stickyComments()).toHaveLength(1);
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it('passes with a notice when the PR carries the waiver label, and still reports', async () => {
    const run = await runAction({
      workspace: fixture.repo.dir,
      event: pullRequestEvent(fixture.staleHead, { labels: ['no-handoff'] }),
    });

    expect(run.code).toBe(0);
    expect(run.outputs.stale).toBe('true');
    expect(run.stdout).toMatch(
      /::notice::1 active task\(s\) need a fresh handoff: TASK-2025-0001; the `no-handoff` label waives/,
    );
    expect(run.stdout).toMatch(/::warning title=Handoff behind/);
    expect(stickyComments()[0]?.body).toContain('waived');
  });

  it('reads the waiver label from the API when it was added after the event', async () => {
    api.labels.set(PR, ['needs-review', 'no-handoff']);

    const run = await runAction({ workspace: fixture.repo.dir });

    expect(run.code).toBe(0);
    expect(api.requests.some((r) => r.path === `/repos/octo/project/issues/${PR}/labels`)).toBe(true);
  });

  it('warns instead of failing in warn mode', async () => {
    const run = await runAction({ workspace: fixture.repo.dir, inputs: { mode: 'warn' } });

    expect(run.code).toBe(0);
    expect(run.outputs.stale).toBe('true');
    expect(run.stdout).toContain('::warning::1 active task(s) need a fresh handoff');
  });

  it('deepens a shallow clone until the merge base is there', async () => {
    // Like actions/checkout's default: one commit, here main's tip, not even the PR head.
    const clone = mkdtempSync(join(tmpdir(), 'handoff-shallow-'));
    cleanups.push(() => rmSync(clone, { recursive: true, force: true }));
    fixture.repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const env = gitEnv();
    await execGit(
      ['clone', '-q', '--depth', '1', '--branch', 'main', `file://${fixture.repo.dir}`, clone],
      env,
    );
    expect(await execGit(['rev-parse', '--is-shallow-repository'], env, clone)).toBe('true');

    const run = await runAction({ workspace: clone });

    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs['stale-tasks'] ?? '[]')).toEqual([
      expect.objectContaining({ task: TASK, reasons: ['behind'] }),
    ]);
    expect(run.stdout).toContain('shallow checkout: deepened until the merge base');
    // Only the PR's commit counts as unaccounted work, not the history below the shallow boundary.
    expect(run.summary).toContain(fixture.staleHead.slice(0, 7));
    expect(run.summary).toContain('(1 commits)');
  });

  it('fails loudly when the range cannot be read', async () => {
    const event = pullRequestEvent(fixture.staleHead);
    event.pull_request.base.sha = 'f'.repeat(40);

    const run = await runAction({ workspace: fixture.repo.dir, event });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::cannot fetch f{40} .* the range to check cannot be read/);
    expect(run.outputs.stale).toBeUndefined();
    expect(api.writes()).toEqual([]);
  });
});

describe('fork mode: artifact, then workflow_run', () => {
  it('writes the comment as an artifact, and the workflow_run posts it after checking the PR head', async () => {
    const first = await runAction({
      workspace: fixture.repo.dir,
      inputs: { comment: 'artifact', 'github-token': '' },
      event: pullRequestEvent(fixture.staleHead, { fork: true }),
    });
    expect(first.code).toBe(1);
    expect(api.requests).toEqual([]);
    const artifactDir = first.outputs['comment-artifact'] as string;
    expect(readFileSync(join(artifactDir, 'comment.md'), 'utf8').startsWith(MARKER)).toBe(true);

    api.pullHeads.set(PR, fixture.staleHead);
    const post = await runAction({
      workspace: runnerDir,
      eventName: 'workflow_run',
      event: { workflow_run: { head_sha: fixture.staleHead }, repository: { full_name: 'octo/project' } },
      inputs: { 'post-comment-from': artifactDir },
    });

    expect(post.code).toBe(0);
    expect(api.writes()).toEqual([`POST /repos/octo/project/issues/${PR}/comments`]);
    expect(stickyComments()[0]?.body).toBe(readFileSync(join(artifactDir, 'comment.md'), 'utf8'));
    expect(post.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it('refuses an artifact whose PR points at another commit', async () => {
    const dir = join(runnerDir, 'artifact');
    mkdirSync(dir);
    writeFileSync(join(dir, 'comment.md'), `${MARKER}\nhello`);
    writeFileSync(join(dir, 'pull-request.json'), JSON.stringify({ number: PR, headSha: fixture.staleHead }));
    api.pullHeads.set(PR, fixture.freshHead);

    const post = await runAction({
      workspace: runnerDir,
      eventName: 'workflow_run',
      event: { workflow_run: { head_sha: fixture.staleHead } },
      inputs: { 'post-comment-from': dir },
    });

    expect(post.code).toBe(0);
    expect(post.stdout).toContain('not posting an outdated comment');
    expect(api.writes()).toEqual([]);
  });

  it('rejects an artifact without the marker', async () => {
    const dir = join(runnerDir, 'artifact');
    mkdirSync(dir);
    writeFileSync(join(dir, 'comment.md'), '@everyone hello');
    writeFileSync(join(dir, 'pull-request.json'), JSON.stringify({ number: PR, headSha: fixture.staleHead }));

    const post = await runAction({
      workspace: runnerDir,
      eventName: 'workflow_run',
      event: { workflow_run: { head_sha: fixture.staleHead } },
      inputs: { 'post-comment-from': dir },
    });

    expect(post.code).toBe(1);
    expect(post.stdout).toMatch(/::error::.*comment\.md: .*\[artifact\/marker\]/);
    expect(api.requests).toEqual([]);
  });
});

describe('bad input', () => {
  it('names the input and what it accepts', async () => {
    const run = await runAction({ workspace: fixture.repo.dir, inputs: { mode: 'strict' } });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input `mode` "strict" is not one of: block, warn [input/mode]');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('reports a missing event payload without a stack trace', async () => {
    const run = await runAction({
      workspace: fixture.repo.dir,
      env: { GITHUB_EVENT_PATH: join(runnerDir, 'nope.json') },
    });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::.*nope\.json: the event payload file cannot be read \[action\/event\]/,
    );
  });
});

function execGit(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`git ${args.join(' ')}: ${code}`)),
    );
  });
}
