/**
 * The committed Action bundle, dist/index.js, run as a runner runs it (see action-harness.ts) against
 * the local stand-in for the GitHub API: the verdict, outputs, annotations, summary, the sticky comment
 * on the common paths, retries, the shallow checkout and fork mode.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { gitEnv } from '../helpers/temp-repo.js';
import {
  AGENT,
  execGit,
  HANDOFF,
  handoffDocument,
  MARKER,
  PR,
  registry,
  TASK,
  useActionHarness,
} from './action-harness.js';

const h = useActionHarness();

describe('the Action on a pull request', () => {
  it('fails on a stale handoff, with outputs, annotation, summary and a new sticky comment', async () => {
    const run = await h.runAction({ workspace: h.fixture.repo.dir });

    expect(run.code).toBe(1);
    expect(run.outputs.stale).toBe('true');
    expect(run.outputs.waived).toBe('false');
    expect(JSON.parse(run.outputs['stale-tasks'] ?? '[]')).toEqual([
      expect.objectContaining({ task: TASK, agent: AGENT, reasons: ['behind'], file: HANDOFF }),
    ]);
    expect(run.stdout).toMatch(new RegExp(`::error title=Handoff behind%3A ${TASK},file=${HANDOFF}::`));
    expect(run.stdout).toContain('::error::1 active task(s) need a fresh handoff');
    expect(run.summary).toContain(`| ${TASK} | ${AGENT} | ❌ stale | behind |`);
    expect(h.api.writes()).toEqual([`POST /repos/octo/project/issues/${PR}/comments`]);
    const [comment] = h.stickyComments();
    expect(comment?.body).toContain(h.fixture.staleHead.slice(0, 7));
    // The resume summary of the stale task (the checked-out workspace's view of it).
    expect(comment?.body).toContain(`<summary>Resume summary: ${TASK}</summary>`);
    expect(run.outputs['comment-url']).toBe(
      `https://github.com/octo/project/pull/${PR}#issuecomment-${comment?.id}`,
    );
    expect(h.api.requests[0]?.authorization).toBe('token test-token');
  });

  it('a registry the PR breaks: the comment, the summary and an annotation on its line say so; no verdict stands', async () => {
    const fresh = await h.runAction({ event: h.pullRequestEvent(h.fixture.freshHead) });
    expect(fresh.code).toBe(0);
    const [before] = h.stickyComments();
    expect(before?.body).toContain('✅ Handoff Guard');
    const broken = h.fixture.repo.commit('Break the registry', {
      '.agent-context/agent-handoffs.json': '{\n  "powertest-runner": { "status": "in_progress", ',
    });

    const run = await h.runAction({ event: h.pullRequestEvent(broken) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Handoff Guard could not check this commit,file=\.agent-context\/agent-handoffs\.json,line=2::\.agent-context\/agent-handoffs\.json:2:\d+: .*\[json\/syntax\]/,
    );
    // Nothing was judged: no claim either way.
    expect(run.outputs.stale).toBeUndefined();
    expect(run.summary).toContain('❌ Handoff Guard: could not check this commit');
    const [after] = h.stickyComments();
    expect(after?.id).toBe(before?.id);
    expect(after?.body).toContain('could not check this commit');
    expect(after?.body).toContain('[json/syntax]');
    expect(after?.body).toContain(broken.slice(0, 7));
    expect(after?.body).not.toContain('✅');
    expect(run.outputs['comment-url']).toBe(before?.html_url);
  });

  it('updates the one sticky comment in place on the next run, and passes once the handoff is fresh', async () => {
    await h.runAction({ workspace: h.fixture.repo.dir });
    const [first] = h.stickyComments();

    const run = await h.runAction({
      workspace: h.fixture.repo.dir,
      event: h.pullRequestEvent(h.fixture.freshHead),
    });

    expect(run.code).toBe(0);
    expect(run.outputs.stale).toBe('false');
    expect(run.outputs['stale-tasks']).toBe('[]');
    expect(h.stickyComments()).toHaveLength(1);
    expect(h.stickyComments()[0]?.id).toBe(first?.id);
    expect(h.stickyComments()[0]?.body).toContain('✅ Handoff Guard');
    expect(h.api.writes()).toEqual([
      `POST /repos/octo/project/issues/${PR}/comments`,
      `PATCH /repos/octo/project/issues/comments/${first?.id}`,
    ]);
  });

  it('finds its comment on a later page and never adds a second one', async () => {
    h.api.pageSize = 5;
    for (let i = 0; i < 12; i++) h.api.addComment(PR, `review remark ${i}`);
    const old = h.api.addComment(
      PR,
      `${MARKER.replace('v1', 'v0')}\nan old release's comment`,
      'github-actions[bot]',
    );
    for (let i = 0; i < 4; i++) h.api.addComment(PR, `later remark ${i}`);

    await h.runAction({ workspace: h.fixture.repo.dir });

    const pagesRead = h.api.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith(`/issues/${PR}/comments`),
    );
    expect(pagesRead.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3', '4']);
    expect(h.api.writes()).toEqual([`PATCH /repos/octo/project/issues/comments/${old.id}`]);
    expect(h.stickyComments()).toHaveLength(1);
    expect(h.stickyComments()[0]?.body.startsWith(MARKER)).toBe(true);
  });

  it('heals duplicates left by racing runs, keeping the oldest', async () => {
    const oldest = h.api.addComment(PR, `${MARKER}\nfirst run`, 'github-actions[bot]');
    h.api.addComment(PR, 'a review remark');
    const racer = h.api.addComment(PR, `${MARKER}\nracing run`, 'github-actions[bot]');

    const run = await h.runAction({ workspace: h.fixture.repo.dir });

    expect(run.code).toBe(1);
    expect(h.api.writes()).toEqual([
      `PATCH /repos/octo/project/issues/comments/${oldest.id}`,
      `DELETE /repos/octo/project/issues/comments/${racer.id}`,
    ]);
    expect(h.stickyComments().map((c) => c.id)).toEqual([oldest.id]);
    expect(h.api.commentsOf(PR)).toHaveLength(2);
  });

  it('gives the verdict and summary with a notice when the token cannot comment (a fork)', async () => {
    h.api.fail('POST', /\/comments$/, 403, {
      times: Number.POSITIVE_INFINITY,
      message: 'Resource not accessible by integration',
    });

    const run = await h.runAction({
      workspace: h.fixture.repo.dir,
      event: h.pullRequestEvent(h.fixture.staleHead, { fork: true }),
    });

    expect(run.code).toBe(1);
    expect(run.outputs.stale).toBe('true');
    expect(run.outputs['comment-url']).toBe('');
    expect(run.stdout).toMatch(/::notice::The token cannot comment on #7 \(HTTP 403/);
    expect(run.summary).toContain('❌ stale');
    // A 403 is not retried: one attempt.
    expect(h.api.writes()).toEqual([`POST /repos/octo/project/issues/${PR}/comments`]);
  });

  it('passes on a fork with a read-only token when the handoff is fresh', async () => {
    h.api.fail('POST', /\/comments$/, 403, {
      times: Number.POSITIVE_INFINITY,
      message: 'Resource not accessible by integration',
    });

    const run = await h.runAction({
      workspace: h.fixture.repo.dir,
      event: h.pullRequestEvent(h.fixture.freshHead, { fork: true }),
    });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::The token cannot comment');
  });

  it('retries a 502 and then succeeds', async () => {
    h.api.fail('GET', /\/issues\/7\/comments$/, 502, { times: 1 });
    h.api.fail('POST', /\/issues\/7\/comments$/, 502, { times: 1 });

    const run = await h.runAction({ workspace: h.fixture.repo.dir });

    expect(run.code).toBe(1);
    const posts = h.api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'));
    expect(posts).toHaveLength(2);
    expect(h.stickyComments()).toHaveLength(1);
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it('does not wait out a rate limit longer than the time left: the verdict stands, the comment is a warning', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3000);
    for (const [head, code, failure, why] of [
      // A secondary limit's 60 s would pass a 15 s deadline.
      [
        h.fixture.freshHead,
        0,
        { message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '60' } },
        "the run's time left",
      ],
      // A primary limit that resets in 50 minutes is more than any run waits.
      [
        h.fixture.staleHead,
        1,
        {
          message: 'API rate limit exceeded',
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        },
        '120s',
      ],
    ] as const) {
      h.api.fail('GET', /\/issues\/7\/comments$/, 403, { times: 1, ...failure });
      // Real seconds (no HANDOFF_GUARD_RETRY_AFTER_MS).
      const run = await h.runAction({
        event: h.pullRequestEvent(head),
        env: { HANDOFF_GUARD_RETRY_AFTER_MS: '', HANDOFF_GUARD_DEADLINE_MS: '15000' },
      });
      expect(run.code).toBe(code);
      expect(run.stdout).toContain(`rate limit on GET`);
      expect(run.stdout).toMatch(new RegExp(`giving up: a wait of \\d+s is longer than ${why}`));
      expect(run.stdout).toContain('::warning::Could not update the sticky comment on #7');
      expect(run.stdout).not.toContain('deadline');
      expect(run.elapsedMs).toBeLessThan(10_000);
      expect(run.outputs.stale).toBe(code === 1 ? 'true' : 'false');
    }
  });

  it('warns when working-directory is a package the root config does not list: its tasks are not checked', async () => {
    const pkg = join(h.fixture.repo.dir, 'packages/a');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, '.handoffrc.json'), '{}\n');
    const run = await h.runAction({
      event: h.pullRequestEvent(h.fixture.freshHead),
      inputs: { 'working-directory': 'packages/a' },
    });
    expect(run.stdout).toContain(
      '::warning::working-directory packages/a has a handoff registry or config of its own, but the root config\'s "workspaces" does not list it',
    );
    // At the root itself there is nothing to say.
    const root = await h.runAction({ event: h.pullRequestEvent(h.fixture.freshHead) });
    expect(root.stdout).not.toContain('working-directory');
  });

  it("in a monorepo, a package's stale task gets its resume summary from the package's registry, and the reports are read", async () => {
    const repo = h.fixture.repo;
    const PKG_TASK = 'TASK-2025-0042';
    const link = `delegation/tasks/active/${PKG_TASK}-handoff-session1.md`;
    const today = new Date().toISOString().slice(0, 10);
    repo.commit('Package a', {
      '.handoffrc.json': `${JSON.stringify({ workspaces: ['packages/a'] })}\n`,
      'packages/a/.agent-context/agent-handoffs.json': `${JSON.stringify({
        'pkg-agent': {
          status: 'in_progress',
          current_task: PKG_TASK,
          task_started: today,
          details_link: link,
        },
      })}\n`,
      [`packages/a/${link}`]: handoffDocument(1, today).replaceAll(TASK, PKG_TASK),
    });
    const head = repo.commit(`${PKG_TASK}: work`, { 'packages/a/src/x.ts': 'x\n' });

    const run = await h.runAction({
      event: h.pullRequestEvent(head),
      inputs: { 'test-reports': 'nothing/*.xml' },
    });
    expect(run.code).toBe(1);
    const [comment] = h.stickyComments();
    expect(comment?.body).toContain(`<summary>Resume summary: ${PKG_TASK}</summary>`);
    // The package's own commits since its handoff, as the check counted them.
    const brief = comment?.body.split(`<summary>Resume summary: ${PKG_TASK}</summary>`)[1] ?? '';
    expect(brief.split('</details>')[0]).toContain(head.slice(0, 7));
    expect(run.stdout).toContain('::warning::nothing/*.xml: the pattern matches no files');
  });

  it("in a monorepo, a package's task with no handoff is annotated on the package's registry, on its entry", async () => {
    const repo = h.fixture.repo;
    const PKG_TASK = 'TASK-2025-0043';
    const registryFile = 'packages/a/.agent-context/agent-handoffs.json';
    const today = new Date().toISOString().slice(0, 10);
    const entry = { status: 'in_progress', current_task: PKG_TASK, task_started: today };
    repo.commit('Package a', {
      '.handoffrc.json': `${JSON.stringify({ workspaces: ['packages/a'] })}\n`,
      // The agent's entry is on line 3.
      [registryFile]: `${JSON.stringify({ $schema: 'x', 'pkg-agent': entry }, null, 2)}\n`,
    });
    const head = repo.commit(`${PKG_TASK}: work`, { 'packages/a/src/x.ts': 'x\n' });

    const run = await h.runAction({ event: h.pullRequestEvent(head) });
    expect(run.code).toBe(1);
    const missing = run.stdout.split('\n').filter((line) => line.includes(`Handoff missing%3A ${PKG_TASK}`));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(
      new RegExp(
        `^::error title=Handoff missing%3A ${PKG_TASK},file=${registryFile.replaceAll('.', '\\.')},line=3::`,
      ),
    );
    expect(missing[0]).toContain(`Fix: handoff -C packages/a draft --task ${PKG_TASK}`);
  });

  it('writes its fixes as `npx handoff` where the project installs handoff-guard (its package.json at the head)', async () => {
    const plain = await h.runAction({ event: h.pullRequestEvent(h.fixture.staleHead) });
    expect(plain.stdout).toMatch(/Fix: handoff draft --task /);
    const head = h.fixture.repo.commit(`Install handoff-guard\n\nTask: ${TASK}`, {
      'package.json': `${JSON.stringify({ name: 'p', devDependencies: { 'handoff-guard': '^0.1.0' } })}\n`,
    });
    const run = await h.runAction({ event: h.pullRequestEvent(head) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error title=Handoff behind%3A .*Fix: npx handoff draft --task /);
    expect(run.stdout).not.toMatch(/Fix: handoff draft/);
    expect(run.summary).toContain('`npx handoff draft --task');
    expect(h.stickyComments()[0]?.body).toContain('`npx handoff draft --task');
  });

  it('offers a "create" link for a missing handoff only where its details_link names the file', async () => {
    const repo = h.fixture.repo;
    const planned = 'delegation/tasks/active/TASK-2025-0001-handoff-session9.md';
    const linked = repo.commit('Link a handoff not written yet', {
      '.agent-context/agent-handoffs.json': registry(planned),
    });
    expect((await h.runAction({ event: h.pullRequestEvent(linked) })).code).toBe(1);
    expect(h.stickyComments()[0]?.body).toContain(`[create ${planned}](`);
    // No details_link: a file created anywhere is linked by nothing, so the task stays missing.
    const unlinked = repo.commit('No link', { '.agent-context/agent-handoffs.json': registry(null) });
    const run = await h.runAction({ event: h.pullRequestEvent(unlinked) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Handoff missing%3A ${TASK}`);
    expect(h.stickyComments()[0]?.body).not.toContain('[create ');
  });

  it('warns (not the fork notice) when the comments cannot be read: a 404 names a wrong repository', async () => {
    h.api.fail('GET', /\/issues\/7\/comments$/, 404, {
      times: Number.POSITIVE_INFINITY,
      message: 'Not Found',
    });
    const run = await h.runAction({ event: h.pullRequestEvent(h.fixture.freshHead) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::warning::Could not update the sticky comment on #7: HTTP 404/);
    expect(run.stdout).not.toContain('cannot comment');
  });

  it('posts the comment once when GitHub made it but answered 502: no second comment', async () => {
    h.api.fail('POST', /\/issues\/7\/comments$/, 502, { times: 1, afterDoing: true });

    const run = await h.runAction({ workspace: h.fixture.repo.dir });

    expect(run.code).toBe(1);
    const posts = h.api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'));
    expect(posts).toHaveLength(1);
    expect(h.stickyComments()).toHaveLength(1);
    expect(run.outputs['comment-url']).toBe(h.stickyComments()[0]?.html_url);
  });

  it('passes with a notice when the PR carries the waiver label, and still reports', async () => {
    const run = await h.runAction({
      workspace: h.fixture.repo.dir,
      event: h.pullRequestEvent(h.fixture.staleHead, { labels: ['no-handoff'] }),
    });

    expect(run.code).toBe(0);
    expect(run.outputs.stale).toBe('true');
    expect(run.outputs.waived).toBe('true');
    expect(run.stdout).toMatch(
      /::notice::1 active task\(s\) need a fresh handoff: TASK-2025-0001; the `no-handoff` label waives/,
    );
    expect(run.stdout).toMatch(/::warning title=Handoff behind/);
    expect(h.stickyComments()[0]?.body).toContain('waived');
  });

  it('reads the waiver label from the API when it was added after the event', async () => {
    h.api.labels.set(PR, ['needs-review', 'no-handoff']);

    const run = await h.runAction({ workspace: h.fixture.repo.dir });

    expect(run.code).toBe(0);
    expect(h.api.requests.some((r) => r.path === `/repos/octo/project/issues/${PR}/labels`)).toBe(true);
  });

  it('matches the waiver label without case, as GitHub names labels', async () => {
    const run = await h.runAction({
      workspace: h.fixture.repo.dir,
      event: h.pullRequestEvent(h.fixture.staleHead, { labels: ['No-Handoff'] }),
    });

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::notice::1 active task\(s\) need a fresh handoff: .*the `no-handoff` label waives/,
    );
  });

  it('in a merge queue, reads the waiver label of the pull request queued (its number in the queue branch)', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'handoff-queue-'));
    h.cleanup(() => rmSync(clone, { recursive: true, force: true }));
    await execGit(['clone', '-q', '--branch', 'main', `file://${h.fixture.repo.dir}`, clone], gitEnv());
    await execGit(['fetch', '-q', 'origin', h.fixture.staleHead], gitEnv(), clone);
    const queueRef = `refs/heads/gh-readonly-queue/main/pr-${PR}-${h.fixture.staleHead}`;
    const queued = (labels: string[]) => {
      h.api.labels.set(PR, labels);
      return h.runAction({
        workspace: clone,
        eventName: 'merge_group',
        event: {
          action: 'checks_requested',
          merge_group: { head_sha: h.fixture.staleHead, head_ref: queueRef, base_sha: h.fixture.base },
          repository: { full_name: 'octo/project', default_branch: 'main' },
        },
        inputs: { comment: 'false' },
        env: { GITHUB_REF: queueRef, GITHUB_SHA: h.fixture.staleHead },
      });
    };

    const blocked = await queued([]);
    expect(blocked.code).toBe(1);
    expect(h.api.requests.some((r) => r.path === `/repos/octo/project/issues/${PR}/labels`)).toBe(true);
    const waived = await queued(['no-handoff']);
    expect(waived.code).toBe(0);
    expect(waived.stdout).toMatch(
      /::notice::1 active task\(s\) need a fresh handoff: .*the `no-handoff` label waives/,
    );
  });

  it('warns instead of failing in warn mode', async () => {
    const run = await h.runAction({ workspace: h.fixture.repo.dir, inputs: { mode: 'warn' } });

    expect(run.code).toBe(0);
    expect(run.outputs.stale).toBe('true');
    expect(run.stdout).toContain('::warning::1 active task(s) need a fresh handoff');
  });

  it('deepens a shallow clone until the merge base is there', async () => {
    // Like actions/checkout's default: one commit, here main's tip, not even the PR head.
    const clone = mkdtempSync(join(tmpdir(), 'handoff-shallow-'));
    h.cleanup(() => rmSync(clone, { recursive: true, force: true }));
    h.fixture.repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const env = gitEnv();
    await execGit(
      ['clone', '-q', '--depth', '1', '--branch', 'main', `file://${h.fixture.repo.dir}`, clone],
      env,
    );
    expect(await execGit(['rev-parse', '--is-shallow-repository'], env, clone)).toBe('true');

    const run = await h.runAction({ workspace: clone });

    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs['stale-tasks'] ?? '[]')).toEqual([
      expect.objectContaining({ task: TASK, reasons: ['behind'] }),
    ]);
    expect(run.stdout).toContain('shallow checkout: deepened until the merge base');
    // Only the PR's commit counts as unaccounted work, not the history below the shallow boundary.
    expect(run.summary).toContain(h.fixture.staleHead.slice(0, 7));
    expect(run.summary).toContain('(1 commit)');
  });

  it('fetches a pull request head a full clone lacks, and judges it', async () => {
    // A full history of main only (a pull_request_target checkout of the base): the head is fetched
    // by its sha, and the commit missing before the fetch is there after it.
    const clone = mkdtempSync(join(tmpdir(), 'handoff-full-'));
    h.cleanup(() => rmSync(clone, { recursive: true, force: true }));
    h.fixture.repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const env = gitEnv();
    await execGit(
      ['clone', '-q', '--single-branch', '--branch', 'main', `file://${h.fixture.repo.dir}`, clone],
      env,
    );
    expect(await execGit(['rev-parse', '--is-shallow-repository'], env, clone)).toBe('false');

    const run = await h.runAction({ workspace: clone, inputs: { comment: 'false' } });

    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs['stale-tasks'] ?? '[]')).toEqual([
      expect.objectContaining({ task: TASK, reasons: ['behind'] }),
    ]);
  });

  it('judges an old handoff expired in a shallow clone too: the shallow edge is no update', async () => {
    // A second task's handoff, dated and committed 30 days ago; 60 commits since, then the PR (which
    // updates the first task's handoff). At depth 1 and after deepening to the merge base, the
    // oldest commit there shows every file as added, the old handoff too, dated within maxAge.
    const repo = h.fixture.repo;
    const old = new Date(Date.now() - 30 * 86_400_000);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const otherTask = 'TASK-2025-0002';
    const otherHandoff = `delegation/tasks/active/${otherTask}-handoff-session1.md`;
    const both = JSON.parse(registry()) as Record<string, unknown>;
    both['other-agent'] = {
      status: 'in_progress',
      current_task: otherTask,
      task_started: day(old),
      brief_note: 'other work',
      details_link: otherHandoff,
    };
    repo.git('checkout', '-q', 'main');
    repo.commit(
      'Old handoff of the other task',
      {
        '.agent-context/agent-handoffs.json': `${JSON.stringify(both, null, 2)}\n`,
        [otherHandoff]: handoffDocument(1, day(old)).replaceAll(TASK, otherTask),
      },
      { date: old.toISOString() },
    );
    for (let i = 0; i < 60; i++) repo.commit(`Unrelated ${i}`, { [`misc/${i}.txt`]: `${i}\n` });
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'feature/refresh');
    const head = repo.commit(`Refresh handoff\n\nTask: ${TASK}`, {
      [HANDOFF]: handoffDocument(3, day(new Date())),
    });
    repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const event = h.pullRequestEvent(head);
    event.pull_request.base.sha = base;

    for (const depth of ['1', '0']) {
      const clone = mkdtempSync(join(tmpdir(), 'handoff-shallow-'));
      h.cleanup(() => rmSync(clone, { recursive: true, force: true }));
      const env = gitEnv();
      await execGit(
        [
          'clone',
          '-q',
          ...(depth === '1' ? ['--depth', '1'] : []),
          '--branch',
          'main',
          `file://${repo.dir}`,
          clone,
        ],
        env,
      );
      const run = await h.runAction({ workspace: clone, event, inputs: { comment: 'false' } });
      expect(run.code).toBe(1);
      expect(JSON.parse(run.outputs['stale-tasks'] ?? '[]')).toEqual([
        expect.objectContaining({ task: otherTask, reasons: ['expired'] }),
      ]);
      expect(run.stdout).toContain(`last updated ${day(old)} (30 day(s) ago)`);
      if (depth === '1') expect(run.stdout).toContain('shallow checkout: deepened past');
    }
  });

  it("keeps a handoff fresh whose update is the window's oldest commit, and never shortens the history", async () => {
    // The handoff's **Date** is old, but a commit 5 days ago updated it, after the work 10 days ago;
    // two later commits. Cutting the clone at the window would make that update the shallow edge.
    const repo = h.fixture.repo;
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
    repo.git('checkout', '-q', 'main');
    for (let i = 0; i < 60; i++)
      repo.commit(`Old ${i}`, { [`old/${i}.txt`]: `${i}\n` }, { date: ago(30).toISOString() });
    repo.commit(`Work\n\nTask: ${TASK}`, { 'src/work.ts': 'w\n' }, { date: ago(10).toISOString() });
    repo.commit(
      `Update handoff\n\nTask: ${TASK}`,
      { [HANDOFF]: handoffDocument(3, day(ago(10))) },
      { date: ago(5).toISOString() },
    );
    const base = repo.commit('Later 1', {}, { date: ago(3).toISOString() });
    const head = repo.commit('Later 2', {}, { date: ago(1).toISOString() });
    repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const event = h.pullRequestEvent(head);
    event.pull_request.base.sha = base;
    for (const depth of ['1', '0']) {
      const clone = mkdtempSync(join(tmpdir(), 'handoff-shallow-'));
      h.cleanup(() => rmSync(clone, { recursive: true, force: true }));
      await execGit(
        [
          'clone',
          '-q',
          ...(depth === '1' ? ['--depth', '1'] : []),
          '--branch',
          'main',
          `file://${repo.dir}`,
          clone,
        ],
        gitEnv(),
      );
      const run = await h.runAction({ workspace: clone, event, inputs: { comment: 'false' } });
      expect(run.stdout).not.toContain('expired');
      expect(run.code).toBe(0);
      expect(run.outputs.stale).toBe('false');
      // Deepened, not cut: the history reaches past the window.
      const count = Number(await execGit(['rev-list', '--count', 'HEAD'], gitEnv(), clone));
      expect(count).toBeGreaterThan(4);
    }
  });

  it("judges a pull request's commits naming no task by the head branch's task id, as the hook does", async () => {
    // Two active tasks, so a commit naming neither is nobody's work but by the branch's name.
    const repo = h.fixture.repo;
    const otherTask = 'TASK-2025-0002';
    const otherHandoff = `delegation/tasks/active/${otherTask}-handoff-session1.md`;
    const both = JSON.parse(registry()) as Record<string, unknown>;
    both['other-agent'] = {
      status: 'in_progress',
      current_task: otherTask,
      task_started: '2025-11-08',
      brief_note: 'other work',
      details_link: otherHandoff,
    };
    repo.git('checkout', '-q', 'main');
    const base = repo.commit('Second task', {
      '.agent-context/agent-handoffs.json': `${JSON.stringify(both, null, 2)}\n`,
      [otherHandoff]: handoffDocument(1, new Date().toISOString().slice(0, 10)).replaceAll(TASK, otherTask),
    });
    repo.git('checkout', '-q', '-b', `feature/${TASK}-login`);
    const head = repo.commit('Add the login form', { 'src/login.ts': 'export {};\n' });
    const event = h.pullRequestEvent(head);
    event.pull_request.base.sha = base;
    (event.pull_request as unknown as { head: { ref: string } }).head.ref = `feature/${TASK}-login`;

    const run = await h.runAction({ event, inputs: { comment: 'false' } });

    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs['stale-tasks'] ?? '[]')).toEqual([
      expect.objectContaining({ task: TASK, reasons: ['behind'], commits: [head.slice(0, 7)] }),
    ]);
  });

  it("resumes every task the pull request worked on from one walk of the history and the check's listing of the head", async () => {
    // Three tasks, each worked on and handed off in the pull request: the comment resumes all three.
    const repo = h.fixture.repo;
    const today = new Date().toISOString().slice(0, 10);
    const tasks = [TASK, 'TASK-2025-0002', 'TASK-2025-0003'];
    const handoffOf = (task: string) => `delegation/tasks/active/${task}-handoff-session1.md`;
    const entries = Object.fromEntries(
      tasks.map((task, i) => [
        `agent-${i + 1}`,
        {
          status: 'in_progress',
          current_task: task,
          task_started: '2025-11-08',
          details_link: handoffOf(task),
        },
      ]),
    );
    repo.git('checkout', '-q', 'main');
    const base = repo.commit('Three tasks', {
      '.agent-context/agent-handoffs.json': `${JSON.stringify(entries, null, 2)}\n`,
      ...Object.fromEntries(
        tasks.map((task) => [handoffOf(task), handoffDocument(1, today).replaceAll(TASK, task)]),
      ),
    });
    repo.git('checkout', '-q', '-b', 'feature/three');
    for (const task of tasks) {
      repo.commit(`Work\n\nTask: ${task}`, { [`src/${task}.ts`]: 'export {};\n' });
      repo.commit(`Handoff\n\nTask: ${task}`, {
        [handoffOf(task)]: handoffDocument(2, today).replaceAll(TASK, task),
      });
    }
    const head = repo.commit('More work\n\nTask: TASK-2025-0002', { 'src/more.ts': 'export {};\n' });
    const event = h.pullRequestEvent(head);
    event.pull_request.base.sha = base;
    const trace = join(h.runnerDir, 'git-trace.txt');

    const run = await h.runAction({ event, env: { GIT_TRACE: trace } });

    expect(run.code).toBe(1);
    const [comment] = h.stickyComments();
    for (const task of tasks) expect(comment?.body).toContain(`<summary>Resume summary: ${task}</summary>`);
    // The stale task's summary counts the commit after its handoff, as the check does.
    expect(JSON.parse(run.outputs['stale-tasks'] ?? '[]')).toEqual([
      expect.objectContaining({ task: 'TASK-2025-0002', reasons: ['behind'], commits: [head.slice(0, 7)] }),
    ]);
    const traced = readFileSync(trace, 'utf8');
    const runs = (command: string) => traced.split(`trace: built-in: git ${command} `).length - 1;
    // The check's range, and the resumes' one walk (before: a walk for the last touches, then a
    // range after each: five).
    expect(runs('log')).toBe(2);
    // The resumes read the head's tree through the check's listing of it (before: a listing each).
    expect(runs('ls-tree')).toBe(1);
  });

  it('runs on schedule, whose payload names no repository: the default branch is GITHUB_REF', async () => {
    // A checkout of the default branch, as actions/checkout makes for a scheduled run.
    const clone = mkdtempSync(join(tmpdir(), 'handoff-schedule-'));
    h.cleanup(() => rmSync(clone, { recursive: true, force: true }));
    await execGit(['clone', '-q', '--branch', 'main', `file://${h.fixture.repo.dir}`, clone], gitEnv());
    const run = await h.runAction({
      workspace: clone,
      eventName: 'schedule',
      event: { schedule: '0 3 * * *', workflow: '.github/workflows/handoff.yml' },
      inputs: { comment: 'false' },
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: h.fixture.base },
    });

    expect(run.stdout).not.toContain('no-default-branch');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('schedule: the default branch main..');
    expect(run.outputs.stale).toBe('false');
  });

  it('keeps stale-tasks a JSON array under 512 KiB, and the verdict line short, with 2,500 stale tasks', async () => {
    // Long agent names in several scripts: 2,500 entries come to ~1 MB of JSON.
    const repo = h.fixture.repo;
    const many: Record<string, unknown> = {};
    for (let i = 0; i < 2_500; i++) {
      many[`agent-${i}-${'ä'.repeat(60)}-${'名'.repeat(40)}`] = {
        status: 'in_progress',
        current_task: `TASK-2025-${String(1000 + i)}`,
        task_started: '2025-11-08',
      };
    }
    repo.git('checkout', '-q', 'main');
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'many');
    const head = repo.commit('Many tasks', {
      '.agent-context/agent-handoffs.json': `${JSON.stringify(many)}\n`,
    });
    const event = h.pullRequestEvent(head);
    event.pull_request.base.sha = base;

    const run = await h.runAction({ event, inputs: { comment: 'false' } });

    expect(run.code).toBe(1);
    const output = run.outputs['stale-tasks'] ?? '';
    expect(Buffer.byteLength(output)).toBeLessThanOrEqual(512 * 1024);
    const listed = JSON.parse(output) as { task: string; reasons: string[] }[];
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.length).toBeLessThan(2_500);
    expect(listed[0]).toMatchObject({ task: 'TASK-2025-1000', reasons: ['missing'] });
    expect(run.stdout).toContain(
      `::warning::The stale-tasks output lists ${listed.length} of the 2500 stale handoffs (an entry per agent on a stale task)`,
    );
    const verdict =
      run.stdout.split('\n').find((line) => line.startsWith('::error::2500 active task(s)')) ?? '';
    expect(verdict).toContain('and 2480 more (`handoff check` lists each)');
    expect(verdict.length).toBeLessThan(1_000);
  });

  it('fails loudly when the range cannot be read', async () => {
    const event = h.pullRequestEvent(h.fixture.staleHead);
    event.pull_request.base.sha = 'f'.repeat(40);

    const run = await h.runAction({ workspace: h.fixture.repo.dir, event });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Handoff Guard could not check this commit::cannot fetch f{40} .* the range to check cannot be read/,
    );
    // What to do about it.
    expect(run.stdout).toMatch(/persist-credentials.*fetch-depth: 0/);
    expect(run.outputs.stale).toBeUndefined();
    // The comment says the commit was not checked (no file to mend, so it asks for none).
    expect(h.api.writes()).toEqual([`POST /repos/octo/project/issues/${PR}/comments`]);
    const [comment] = h.stickyComments();
    expect(comment?.body).toContain('could not check this commit');
    expect(comment?.body).toContain('[git/range-unreadable]');
    expect(comment?.body).not.toContain('Mend the file');
  });
});

describe('bad input', () => {
  it('names the input and what it accepts', async () => {
    const run = await h.runAction({ workspace: h.fixture.repo.dir, inputs: { mode: 'strict' } });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input `mode` "strict" is not one of: block, warn [input/mode]');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('keeps artifact-dir where the job writes its files, and names it when it cannot be made', async () => {
    for (const dir of ['/proc/nope', '/dev/null/x', '../outside']) {
      const run = await h.runAction({ inputs: { comment: 'artifact', 'artifact-dir': dir } });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        `::error::input \`artifact-dir\` "${dir}" must be a folder inside the workspace`,
      );
      expect(run.elapsedMs).toBeLessThan(15_000);
    }
    // Inside the workspace, under a file: the folder cannot be made, and the message says which.
    writeFileSync(join(h.fixture.repo.dir, 'a-file'), 'x\n');
    const blocked = await h.runAction({ inputs: { comment: 'artifact', 'artifact-dir': 'a-file/comment' } });
    expect(blocked.stdout).toMatch(
      /::error::input `artifact-dir` .*a-file\/comment cannot be written \(ENOTDIR\) \[input\/artifact-dir\]/,
    );
    expect(blocked.stdout).not.toContain('internal error');
    // A symlink in the workspace that leads out of it is followed before the folder is judged.
    symlinkSync('/proc/self', join(h.fixture.repo.dir, 'out'));
    const linked = await h.runAction({ inputs: { comment: 'artifact', 'artifact-dir': 'out/comment' } });
    expect(linked.stdout).toContain(
      '::error::input `artifact-dir` "out/comment" must be a folder inside the workspace',
    );
    // Without `comment: artifact`, or with the default, there is nothing to judge.
    const unused = await h.runAction({
      event: h.pullRequestEvent(h.fixture.freshHead),
      inputs: { comment: 'false', 'artifact-dir': '/proc/nope' },
    });
    expect(unused.code).toBe(0);
  });

  it('reports a missing event payload without a stack trace', async () => {
    const run = await h.runAction({
      workspace: h.fixture.repo.dir,
      env: { GITHUB_EVENT_PATH: join(h.runnerDir, 'nope.json') },
    });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::.*nope\.json: the event payload file cannot be read \[action\/event\]/,
    );
  });

  it('refuses a payload whose commit ids or number are not ones, before git sees them', async () => {
    const event = h.pullRequestEvent(h.fixture.freshHead);
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        {
          ...event,
          pull_request: {
            ...event.pull_request,
            base: { ...event.pull_request.base, sha: '--upload-pack=touch pwned' },
          },
        },
        /the event's pull_request\.base\.sha is not a commit id: "--upload-pack=touch pwned" \[action\/event\]/,
      ],
      [
        { ...event, pull_request: { ...event.pull_request, head: { sha: 'HEAD', ref: 'x' } } },
        /pull_request\.head\.sha is not a commit id: "HEAD"/,
      ],
      [
        { ...event, number: '1e3', pull_request: { ...event.pull_request, number: '1e3' } },
        /has no number, base\.sha or head\.sha/,
      ],
      [{ repository: event.repository }, /the pull_request event payload has no pull_request object/],
    ];
    for (const [payload, message] of cases) {
      const run = await h.runAction({ event: payload });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(run.stdout).not.toMatch(/ at .*\.js:\d+/);
    }
    expect(existsSync(join(h.fixture.repo.dir, 'pwned'))).toBe(false);
  });
});
