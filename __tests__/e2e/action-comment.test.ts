/**
 * The sticky comment's life cycle and the hostile cases, each with the real bundle (dist/index.js) as
 * a child process against the API stand-in: every `comment-mode`, `comment-when-fresh` and `comment-id`
 * path; comments by other accounts that carry the marker; a comment deleted mid-run; the token's
 * identity for the workflow token and a person's token; a server that accepts and never answers;
 * draft pull requests.
 */
import { describe, expect, it } from '@jest/globals';
import { BOT, HANDOFF, MARKER, PR, TASK, useActionHarness } from './action-harness.js';

const h = useActionHarness();
const COMMENTS = `/repos/octo/project/issues/${PR}/comments`;
const comment = (id: number | undefined) => `/repos/octo/project/issues/comments/${id}`;

const stale = () => h.pullRequestEvent(h.fixture.staleHead);
const fresh = () => h.pullRequestEvent(h.fixture.freshHead);

describe('comment-mode', () => {
  it('off: no comment, not even a look at the comments; the verdict and summary still given', async () => {
    const run = await h.runAction({ inputs: { 'comment-mode': 'off' } });

    expect(run.code).toBe(1);
    expect(run.summary).toContain('❌ stale');
    expect(run.outputs['comment-url']).toBe('');
    // Only the waiver label is looked up (a stale verdict may be waived).
    expect(h.api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/octo/project/issues/${PR}/labels`,
    ]);
  });

  it('always (default): a fresh result creates the comment when there is none', async () => {
    const run = await h.runAction({ event: fresh() });

    expect(run.code).toBe(0);
    expect(h.api.writes()).toEqual([`POST ${COMMENTS}`]);
    expect(h.stickyComments()[0]?.body).toContain('✅ Handoff Guard');
  });

  it('stale-only: nothing on a fresh PR; created when stale; then brought up to date when fresh', async () => {
    const inputs = { 'comment-mode': 'stale-only' };
    const quiet = await h.runAction({ event: fresh(), inputs });
    expect(quiet.code).toBe(0);
    expect(h.api.writes()).toEqual([]);
    expect(quiet.outputs['comment-url']).toBe('');

    await h.runAction({ event: stale(), inputs });
    const [created] = h.stickyComments();
    expect(created?.body).toContain('❌ Handoff Guard');

    const resolved = await h.runAction({ event: fresh(), inputs });
    expect(resolved.code).toBe(0);
    expect(h.api.writes()).toEqual([`POST ${COMMENTS}`, `PATCH ${comment(created?.id)}`]);
    expect(h.stickyComments()[0]?.body).toContain('✅ Handoff Guard');
    expect(resolved.outputs['comment-url']).toBe(created?.html_url);
  });
});

describe('comment-when-fresh', () => {
  it('hide: minimizes the comment once fresh, and shows it again when a handoff goes stale', async () => {
    const inputs = { 'comment-when-fresh': 'hide' };
    await h.runAction({ event: stale(), inputs });
    const [posted] = h.stickyComments();

    const hidden = await h.runAction({ event: fresh(), inputs });
    expect(hidden.code).toBe(0);
    expect(h.stickyComments()[0]).toMatchObject({ id: posted?.id, minimized: true });
    expect(h.stickyComments()[0]?.body).toContain('✅ Handoff Guard');
    expect(hidden.outputs['comment-url']).toBe(posted?.html_url);

    // Hidden already: a second fresh run changes nothing.
    const writesBefore = h.api.writes().length;
    await h.runAction({ event: fresh(), inputs });
    expect(h.api.writes()).toHaveLength(writesBefore);

    const shown = await h.runAction({ event: stale(), inputs });
    expect(shown.code).toBe(1);
    expect(h.stickyComments()[0]).toMatchObject({ id: posted?.id, minimized: false });
    expect(h.stickyComments()[0]?.body).toContain('❌ Handoff Guard');
    expect(h.api.writes()).toEqual([
      `POST ${COMMENTS}`,
      `GRAPHQL minimizeComment IC_${posted?.id}`,
      `PATCH ${comment(posted?.id)}`,
      `GRAPHQL unminimizeComment IC_${posted?.id}`,
      `PATCH ${comment(posted?.id)}`,
    ]);
  });

  it('hide: a comment GraphQL refuses to hide (or show) still gets the verdict of this run, with a warning', async () => {
    const inputs = { 'comment-when-fresh': 'hide' };
    await h.runAction({ event: stale(), inputs });
    const [posted] = h.stickyComments();
    h.api.minimizeRefused = true;

    const fresh1 = await h.runAction({ event: fresh(), inputs });
    expect(fresh1.code).toBe(0);
    expect(h.stickyComments()[0]).toMatchObject({ id: posted?.id, minimized: false });
    expect(h.stickyComments()[0]?.body).toContain('✅ Handoff Guard');
    expect(fresh1.outputs['comment-url']).toBe(posted?.html_url);
    expect(fresh1.stdout).toContain(
      `::warning::The sticky comment on #${PR} shows this run's verdict, but could not hide it: Resource not accessible by integration`,
    );

    // Hidden once GraphQL lets it; then refused again when it must be shown: the stale verdict is
    // still written (flagged hidden, so the next run tries to show it again).
    h.api.minimizeRefused = false;
    await h.runAction({ event: fresh(), inputs });
    expect(h.stickyComments()[0]).toMatchObject({ minimized: true });
    h.api.minimizeRefused = true;
    const stale1 = await h.runAction({ event: stale(), inputs });
    expect(stale1.code).toBe(1);
    expect(h.stickyComments()[0]?.body).toContain('❌ Handoff Guard');
    expect(stale1.stdout).toContain('could not show it again');
    h.api.minimizeRefused = false;
    await h.runAction({ event: stale(), inputs });
    expect(h.stickyComments()[0]).toMatchObject({ minimized: false });
    expect(h.stickyComments()[0]?.body).toContain('❌ Handoff Guard');
  });

  it('hide: creates nothing when there is no comment to hide', async () => {
    const run = await h.runAction({ event: fresh(), inputs: { 'comment-when-fresh': 'hide' } });

    expect(run.code).toBe(0);
    expect(h.api.writes()).toEqual([]);
  });

  it('delete: deletes the comment once fresh; the next stale run creates a new one', async () => {
    const inputs = { 'comment-when-fresh': 'delete' };
    await h.runAction({ event: stale(), inputs });
    const [posted] = h.stickyComments();

    const deleted = await h.runAction({ event: fresh(), inputs });
    expect(deleted.code).toBe(0);
    expect(h.stickyComments()).toEqual([]);
    expect(deleted.outputs['comment-url']).toBe('');

    await h.runAction({ event: stale(), inputs });
    expect(h.stickyComments()).toHaveLength(1);
    expect(h.stickyComments()[0]?.id).not.toBe(posted?.id);
    expect(h.api.writes()).toEqual([`POST ${COMMENTS}`, `DELETE ${comment(posted?.id)}`, `POST ${COMMENTS}`]);
  });

  it('refuses a value it does not know', async () => {
    const run = await h.runAction({ inputs: { 'comment-when-fresh': 'archive' } });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::input `comment-when-fresh` "archive" is not one of: update, hide, delete [input/comment-when-fresh]',
    );
    expect(h.api.requests).toEqual([]);
    // Also with the comment turned off: a bad value is caught before it starts to matter.
    const off = await h.runAction({ inputs: { comment: 'false', 'comment-mode': 'never' } });
    expect(off.code).toBe(1);
    expect(off.stdout).toContain(
      '::error::input `comment-mode` "never" is not one of: always, stale-only, off [input/comment-mode]',
    );
  });
});

describe('comment-id', () => {
  it('lets several jobs keep their own comment, and leaves the default comment alone', async () => {
    const mine = h.api.addComment(PR, `${MARKER}\nthe default job's comment`, BOT);

    await h.runAction({ inputs: { 'comment-id': 'backend' } });
    await h.runAction({ inputs: { 'comment-id': 'frontend' } });
    await h.runAction({ event: fresh(), inputs: { 'comment-id': 'backend' } });

    const bodies = h.api.commentsOf(PR).map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual([
      MARKER,
      '<!-- handoff-guard:sticky v1 id=backend -->',
      '<!-- handoff-guard:sticky v1 id=frontend -->',
    ]);
    const [, backend, frontend] = h.api.commentsOf(PR);
    expect(backend?.body).toContain('✅ Handoff Guard (`backend`)');
    expect(frontend?.body).toContain('❌ Handoff Guard (`frontend`)');
    expect(h.api.commentsOf(PR)[0]?.body).toBe(mine.body);
    expect(h.api.writes()).toEqual([`POST ${COMMENTS}`, `POST ${COMMENTS}`, `PATCH ${comment(backend?.id)}`]);
  });

  it('refuses an id that could break out of the marker', async () => {
    const run = await h.runAction({ inputs: { 'comment-id': 'x --> @everyone <!--' } });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::input `comment-id` .* \[input\/comment-id\]/);
    expect(h.api.requests).toEqual([]);
  });
});

describe('a comment is the bot’s own only by marker and author', () => {
  it('never edits or deletes a marked comment written by someone else, and keeps its own up to date', async () => {
    const forgedOld = h.api.addComment(PR, `${MARKER}\n✅ all fine, merge away @everyone`, 'mallory');
    const own = h.api.addComment(PR, `${MARKER}\nan earlier run`, BOT);
    const forgedNew = h.api.addComment(PR, `${MARKER}\nanother forgery`, 'mallory');

    const run = await h.runAction({});

    expect(run.code).toBe(1);
    expect(h.api.writes()).toEqual([`PATCH ${comment(own.id)}`]);
    expect(h.api.commentsOf(PR).find((c) => c.id === forgedOld.id)?.body).toBe(forgedOld.body);
    expect(h.api.commentsOf(PR).find((c) => c.id === forgedNew.id)?.body).toBe(forgedNew.body);
    expect(run.stdout).toContain(
      `::warning::Comment ${forgedOld.id} on #${PR} carries the Handoff Guard marker but was written by mallory, not ${BOT}: left alone.`,
    );
    expect(run.outputs['comment-url']).toBe(own.html_url);
  });

  it('a 403 on a forged comment cannot freeze the real one', async () => {
    const forged = h.api.addComment(PR, `${MARKER}\n✅ frozen verdict`, 'mallory');
    h.api.fail('PATCH', new RegExp(`/comments/${forged.id}$`), 403, { times: Number.POSITIVE_INFINITY });

    const first = await h.runAction({});
    const second = await h.runAction({ event: fresh() });

    expect(first.code).toBe(1);
    expect(second.code).toBe(0);
    const own = h.api.commentsOf(PR).filter((c) => c.user.login === BOT);
    expect(own).toHaveLength(1);
    expect(own[0]?.body).toContain('✅ Handoff Guard');
    expect(h.api.writes()).toEqual([`POST ${COMMENTS}`, `PATCH ${comment(own[0]?.id)}`]);
    expect(second.outputs['comment-url']).toBe(own[0]?.html_url);
  });

  it('updates its comment after a maintainer wrote above the marker, rather than post a second', async () => {
    const own = h.api.addComment(
      PR,
      `Edited: see the thread below.\n\n${MARKER}\n### ❌ Handoff Guard: 1 of 1 active task needs a fresh handoff\nan earlier run`,
      BOT,
    );

    const run = await h.runAction({});

    expect(run.code).toBe(1);
    expect(h.api.writes()).toEqual([`PATCH ${comment(own.id)}`]);
    expect(h.api.commentsOf(PR)).toHaveLength(1);
    expect(h.api.commentsOf(PR)[0]?.body.startsWith(MARKER)).toBe(true);
    expect(run.outputs['comment-url']).toBe(own.html_url);
  });

  it('leaves alone another workflow’s comment (same bot) that quotes the marker in a code block', async () => {
    const other = h.api.addComment(PR, `### Snapshot diff\n\n\`\`\`\n${MARKER}\n\`\`\`\n`, BOT);
    const own = h.api.addComment(PR, `${MARKER}\nan earlier run`, BOT);

    await h.runAction({});

    expect(h.api.writes()).toEqual([`PATCH ${comment(own.id)}`]);
    expect(h.api.commentsOf(PR).find((c) => c.id === other.id)?.body).toBe(other.body);
  });

  it('deletes only its own duplicates', async () => {
    const own = h.api.addComment(PR, `${MARKER}\nfirst run`, BOT);
    const forged = h.api.addComment(PR, `${MARKER}\nnot a duplicate`, 'mallory');
    const racer = h.api.addComment(PR, `${MARKER}\nracing run`, BOT);

    await h.runAction({});

    expect(h.api.writes()).toEqual([`PATCH ${comment(own.id)}`, `DELETE ${comment(racer.id)}`]);
    expect(h.api.commentsOf(PR).map((c) => c.id)).toEqual([own.id, forged.id]);
  });

  it('with a person’s token, the comments are that person’s: the bot’s are not taken over', async () => {
    h.api.tokens.set('alice-pat', { login: 'alice', installation: false });
    const botComment = h.api.addComment(PR, `${MARKER}\nthe workflow token's comment`, BOT);

    const run = await h.runAction({ inputs: { 'github-token': 'alice-pat' } });
    h.api.graphqlViewer = false; // now only GET /user can say who the token is
    await h.runAction({ event: fresh(), inputs: { 'github-token': 'alice-pat' } });

    expect(run.code).toBe(1);
    const alices = h.api.commentsOf(PR).filter((c) => c.user.login === 'alice');
    expect(alices).toHaveLength(1);
    expect(alices[0]?.body).toContain('✅ Handoff Guard');
    expect(h.api.commentsOf(PR).find((c) => c.id === botComment.id)?.body).toBe(botComment.body);
    expect(h.api.requests.some((r) => r.path === '/user')).toBe(true);
    expect(h.api.writes()).toEqual([`POST ${COMMENTS}`, `PATCH ${comment(alices[0]?.id)}`]);
  });

  it('an installation token with no GraphQL is taken to be github-actions[bot]', async () => {
    const own = h.api.addComment(PR, `${MARKER}\nan earlier run`, BOT);
    h.api.graphqlViewer = false;

    const run = await h.runAction({});

    expect(run.stdout).toContain(`taking its comments to be ${BOT}'s`);
    expect(h.api.writes()).toEqual([`PATCH ${comment(own.id)}`]);
  });
});

describe('a comment deleted between listing and updating', () => {
  it('is created again, not taken for a token that may not comment', async () => {
    const own = h.api.addComment(PR, `${MARKER}\nan earlier run`, BOT);
    h.api.deleteAfterListing.add(own.id);

    const run = await h.runAction({});

    expect(run.code).toBe(1);
    expect(h.api.writes()).toEqual([`PATCH ${comment(own.id)}`, `POST ${COMMENTS}`]);
    const [recreated] = h.stickyComments();
    expect(recreated?.id).not.toBe(own.id);
    expect(run.outputs['comment-url']).toBe(recreated?.html_url);
    expect(run.stdout).toContain('Sticky comment recreated');
    expect(run.stdout).not.toContain('cannot comment');
  });

  it('a duplicate already deleted by someone else is no error', async () => {
    const own = h.api.addComment(PR, `${MARKER}\nfirst run`, BOT);
    const racer = h.api.addComment(PR, `${MARKER}\nracing run`, BOT);
    h.api.deleteAfterListing.add(racer.id);

    const run = await h.runAction({});

    expect(run.stdout).not.toContain('::warning::Could not update the sticky comment');
    expect(h.api.commentsOf(PR).map((c) => c.id)).toEqual([own.id]);
  });
});

describe('a server that accepts and never answers', () => {
  it('costs one request timeout per attempt: the verdict and summary stand, the comment is a warning', async () => {
    h.api.hang('GET', /\/comments$/, { times: Number.POSITIVE_INFINITY });

    const run = await h.runAction({ env: { HANDOFF_GUARD_REQUEST_TIMEOUT_MS: '150' } });

    expect(run.code).toBe(1);
    expect(run.outputs.stale).toBe('true');
    expect(run.summary).toContain('❌ stale');
    // Octokit wraps the request's own time limit as a status 500: said as what it is, not as HTTP 500.
    expect(run.stdout).toMatch(
      /::warning::Could not update the sticky comment on #7: no answer in time \(no answer within 150 ms\)/,
    );
    // The first attempt and three retries, each cut off.
    expect(h.api.requests.filter((r) => r.method === 'GET' && r.path === COMMENTS)).toHaveLength(4);
    expect(run.elapsedMs).toBeLessThan(15_000);
  });

  it('is cut off by the run’s deadline when the request limit is longer', async () => {
    h.api.hang('POST', /^\/graphql$/, { times: Number.POSITIVE_INFINITY });

    const run = await h.runAction({
      env: { HANDOFF_GUARD_REQUEST_TIMEOUT_MS: '600000', HANDOFF_GUARD_DEADLINE_MS: '1500' },
    });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::warning::Handoff Guard reached its deadline (1.5 s)');
    expect(run.stdout).toMatch(/::warning::Could not update the sticky comment on #7: no answer in time/);
    expect(run.stdout).toContain('::error::1 active task(s) need a fresh handoff');
    expect(run.elapsedMs).toBeLessThan(15_000);
  });

  it('ends requests waiting between retries at the deadline: a fresh PR passes, with every output', async () => {
    // Each try times out at once and the retry plugin waits 1 s, 4 s, 9 s (real seconds) between
    // them: without the deadline ending those waits, the run outlived the 5 s grace and failed.
    h.api.hang('POST', /.*/, { times: Number.POSITIVE_INFINITY });
    h.api.hang('GET', /.*/, { times: Number.POSITIVE_INFINITY });

    const run = await h.runAction({
      event: fresh(),
      env: {
        HANDOFF_GUARD_REQUEST_TIMEOUT_MS: '300',
        HANDOFF_GUARD_DEADLINE_MS: '3000',
        HANDOFF_GUARD_RETRY_AFTER_MS: '',
      },
    });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning::Handoff Guard reached its deadline (3 s)');
    expect(run.stdout).not.toContain('did not finish');
    expect(run.outputs).toMatchObject({ stale: 'false', 'stale-tasks': '[]', 'comment-url': '' });
    expect(run.elapsedMs).toBeLessThan(7_000);
  });

  it('with a fresh verdict, the step still passes', async () => {
    h.api.hang('POST', /\/comments$/, { times: Number.POSITIVE_INFINITY });

    const run = await h.runAction({ event: fresh(), env: { HANDOFF_GUARD_REQUEST_TIMEOUT_MS: '150' } });

    expect(run.code).toBe(0);
    expect(run.outputs.stale).toBe('false');
  });
});

describe('draft pull requests', () => {
  const draft = () => h.pullRequestEvent(h.fixture.staleHead, { draft: true });

  it('check (default): a draft is checked like any PR', async () => {
    const run = await h.runAction({ event: draft() });
    expect(run.code).toBe(1);
  });

  it('warn: reported, with warnings, never failed', async () => {
    const run = await h.runAction({ event: draft(), inputs: { 'draft-pr': 'warn' } });

    expect(run.code).toBe(0);
    expect(run.outputs.stale).toBe('true');
    expect(run.stdout).toContain('(a draft pull request with draft-pr: warn, so the check passes)');
    expect(run.stdout).toMatch(/::warning title=Handoff behind/);
    expect(h.stickyComments()[0]?.body).toContain('⚠️ stale');
  });

  it('skip: a neutral pass with a notice, nothing checked or posted', async () => {
    const run = await h.runAction({ event: draft(), inputs: { 'draft-pr': 'skip' } });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::#7 is a draft: not checked (draft-pr: skip)');
    expect(run.outputs).toMatchObject({ stale: 'false', 'stale-tasks': '[]', 'comment-url': '' });
    expect(h.api.requests).toEqual([]);
  });

  it('skip: a PR that is not a draft is checked', async () => {
    const run = await h.runAction({ inputs: { 'draft-pr': 'skip' } });
    expect(run.code).toBe(1);
  });
});

describe('links and annotations', () => {
  it('links the handoff and the commits at the head commit', async () => {
    await h.runAction({});

    const body = h.stickyComments()[0]?.body ?? '';
    const head = h.fixture.staleHead;
    expect(body).toContain(`[${HANDOFF}](https://github.com/octo/project/blob/${head}/${HANDOFF})`);
    expect(body).toContain(
      `[\`${head.slice(0, 7)}\`](https://github.com/octo/project/commit/${head.slice(0, 7)})`,
    );
    expect(body).toContain(
      `Handoff Guard for [\`${head.slice(0, 7)}\`](https://github.com/octo/project/commit/${head})`,
    );
  });

  it('annotates an empty section on its line and a missing one where it belongs', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const incomplete = `# ${TASK}: handoff (Session 2)

**Date**: ${today}
**Agent**: powertest-runner

## Current State
- ✅ tests set up

## Current Blockers

## Next Steps
- fix the hang

## Time and Progress
**Time Spent:** 1 hour
`;
    const head = h.fixture.repo.commit(`Rewrite handoff\n\nTask: ${TASK}`, { [HANDOFF]: incomplete });

    const run = await h.runAction({ event: h.pullRequestEvent(head) });

    expect(run.code).toBe(1);
    const lines = incomplete.split('\n');
    const blockersLine = lines.indexOf('## Current Blockers') + 1;
    // Decisions Made is missing: it belongs before the next element present, Current Blockers.
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=Handoff incomplete%3A ${TASK},file=${HANDOFF},line=${blockersLine}::"Current Blockers" is empty`,
      ),
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=Handoff incomplete%3A ${TASK},file=${HANDOFF},line=${blockersLine}::"Decisions Made" is missing`,
      ),
    );
  });

  it('takes the lines from the judged commit, not from the working tree', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const incomplete = `# ${TASK}: handoff (Session 2)

**Date**: ${today}
**Agent**: powertest-runner

## Current State
- ✅ tests set up

## Decisions Made

## Current Blockers
- none

## Next Steps
- fix the hang

## Time and Progress
**Time Spent:** 1 hour
`;
    const head = h.fixture.repo.commit(`Rewrite handoff\n\nTask: ${TASK}`, { [HANDOFF]: incomplete });
    // The checkout holds another text than the commit: four lines more above every section.
    h.fixture.repo.write(
      HANDOFF,
      incomplete.replace('**Agent**: powertest-runner\n', '**Agent**: powertest-runner\n\nA\n\nB\n'),
    );

    const run = await h.runAction({ event: h.pullRequestEvent(head) });

    expect(run.code).toBe(1);
    const decisionsLine = incomplete.split('\n').indexOf('## Decisions Made') + 1;
    expect(run.stdout).toContain(
      `::error title=Handoff incomplete%3A ${TASK},file=${HANDOFF},line=${decisionsLine}::"Decisions Made" is empty`,
    );
  });
});
