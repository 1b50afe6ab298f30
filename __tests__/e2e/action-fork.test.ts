/**
 * Fork mode, with the real bundle: the `pull_request` run writes the comment's data as an artifact,
 * the `workflow_run` run renders and posts it. The artifact is written by code a fork controls, so the
 * hostile cases here are the ones a fork can produce: markup, mentions, references and links in any
 * string, values of the wrong type, a sha that is not one, a PR number that is not one.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { HANDOFF, MARKER, PR, TASK, useActionHarness } from './action-harness.js';

const h = useActionHarness();

/** Mentions and references GitHub would link, outside code spans (which link nothing). */
function liveReferences(body: string): string[] {
  const prose = body.replace(/(`+)[^`]*?\1/g, '');
  return [...prose.matchAll(/@[\p{L}\p{N}_]+|#\p{N}+|\bGH-\p{N}+/gu)].map((m) => m[0]);
}

function workflowRunEvent(headSha: string) {
  return { workflow_run: { head_sha: headSha }, repository: { full_name: 'octo/project' } };
}

async function writeArtifact(): Promise<string> {
  const first = await h.runAction({
    inputs: { comment: 'artifact', 'github-token': '' },
    event: h.pullRequestEvent(h.fixture.staleHead, { fork: true }),
  });
  expect(first.code).toBe(1);
  expect(h.api.requests).toEqual([]);
  return first.outputs['comment-artifact'] as string;
}

function post(artifactDir: string, inputs: Record<string, string> = {}) {
  return h.runAction({
    workspace: h.runnerDir,
    eventName: 'workflow_run',
    event: workflowRunEvent(h.fixture.staleHead),
    inputs: { 'post-comment-from': artifactDir, ...inputs },
  });
}

/** A hand-made artifact: comment.json with `data`, pull-request.json for the stale head. */
function handMadeArtifact(data: unknown, pr: unknown = { number: PR, headSha: h.fixture.staleHead }): string {
  const dir = join(h.runnerDir, 'artifact');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'comment.json'), JSON.stringify(data));
  writeFileSync(join(dir, 'pull-request.json'), JSON.stringify(pr));
  return dir;
}

const HOSTILE =
  'hi @everyone and @org/team, é@user, see #1 and owner/repo#3, GH-4, [click](https://evil.example) <img src=x onerror=alert(1)> **bold**';

function hostileData() {
  return {
    version: 1,
    mode: 'block',
    result: {
      range: { description: `main..head ${HOSTILE}`, commitCount: 1 },
      stale: true,
      notes: [HOSTILE],
      verdicts: [
        {
          taskId: `${TASK} ${HOSTILE}`,
          agent: HOSTILE,
          handoffPath: HANDOFF,
          fresh: false,
          problems: [{ reason: 'behind', detail: HOSTILE, commits: ['abc1234'], fix: 'handoff draft' }],
        },
      ],
    },
    resumes: [
      {
        taskId: `${TASK} ${HOSTILE}`,
        agent: HOSTILE,
        status: HOSTILE,
        briefNote: HOSTILE,
        working: { items: [HOSTILE], more: 0 },
        broken: { items: [], more: 0 },
        blockers: { items: [{ text: HOSTILE, details: [HOSTILE] }], more: 0 },
        nextSteps: { items: [HOSTILE], more: 0 },
        decisions: { items: [], more: 0 },
        time: {},
        since: { total: 1, commits: { items: [{ sha: 'abc1234', subject: HOSTILE }], more: 0 } },
      },
    ],
    newHandoffFiles: [],
  };
}

describe('fork mode: artifact, then workflow_run', () => {
  it('writes the data, and the workflow_run renders and posts it after checking the PR head', async () => {
    const artifactDir = await writeArtifact();
    const data = JSON.parse(readFileSync(join(artifactDir, 'comment.json'), 'utf8'));
    expect(data).toMatchObject({ version: 1, mode: 'block', result: { stale: true } });
    expect(JSON.parse(readFileSync(join(artifactDir, 'pull-request.json'), 'utf8'))).toEqual({
      number: PR,
      headSha: h.fixture.staleHead,
    });

    h.api.pullHeads.set(PR, h.fixture.staleHead);
    const posted = await post(artifactDir);

    expect(posted.code).toBe(0);
    expect(h.api.writes()).toEqual([`POST /repos/octo/project/issues/${PR}/comments`]);
    const [comment] = h.stickyComments();
    expect(comment?.user.login).toBe('github-actions[bot]');
    expect(comment?.body).toContain(`| ${TASK} |`);
    expect(comment?.body).toContain('❌ stale');
    // Links are built by the posting run: its server, its repository, the head the API reports.
    expect(comment?.body).toContain(
      `(https://github.com/octo/project/blob/${h.fixture.staleHead}/${HANDOFF})`,
    );
    expect(posted.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it('posts a hostile artifact with every string escaped: no mention, reference, link or markup', async () => {
    h.api.pullHeads.set(PR, h.fixture.staleHead);
    const posted = await post(handMadeArtifact(hostileData()));

    expect(posted.code).toBe(0);
    const body = h.stickyComments()[0]?.body ?? '';
    expect(body).toContain('click'); // the text is shown…
    expect(liveReferences(body)).toEqual([]); // …but pings and links nothing
    expect(body).not.toMatch(/(?<!\\)\[click(?<!\\)\]\(/);
    expect(body).not.toMatch(/(?<!\\)<img/);
    expect(body).not.toMatch(/(?<!\\)\*\*bold/);
    expect(body).not.toContain('https://evil.example'); // not even autolinked
  });

  it("keeps a resume's guesses through the artifact: a step's maybeDoneIn and a blocker's possiblyResolvedBy", async () => {
    const data = hostileData();
    const [resume] = data.resumes as unknown as Record<string, unknown>[];
    Object.assign(resume ?? {}, {
      blockers: { items: [{ text: 'DB down', details: [], possiblyResolvedBy: 'abc1234' }], more: 0 },
      nextSteps: {
        items: [{ text: 'Start the benchmarks', maybeDoneIn: 'def5678' }, { text: 'Ship' }],
        more: 0,
      },
    });
    h.api.pullHeads.set(PR, h.fixture.staleHead);
    const posted = await post(handMadeArtifact(data));
    expect(posted.code).toBe(0);
    const body = h.stickyComments()[0]?.body ?? '';
    // As the comment of a run that is not a fork's renders them.
    expect(body).toContain('- [ ] Start the benchmarks (done in def5678?)');
    expect(body).toContain('- [ ] Ship\n');
    expect(body).toContain('  - possibly resolved by `abc1234`');
  });

  it('refuses an artifact whose values have the wrong shape, and posts nothing', async () => {
    const cases: [string, (data: ReturnType<typeof hostileData>) => void, RegExp][] = [
      [
        'an unknown reason',
        (d) => Object.assign(d.result.verdicts[0]?.problems[0] ?? {}, { reason: 'pwned' }),
        /result\.verdicts\[0\]\.problems\[0\]\.reason must be one of/,
      ],
      [
        'a sha that is markup',
        (d) => Object.assign(d.resumes[0]?.since.commits.items[0] ?? {}, { sha: '`x` @everyone `y' }),
        /resumes\[0\]\.since\.commits\.items\[0\]\.sha must be a commit sha/,
      ],
      [
        "a step's guess that is no sha",
        (d) =>
          Object.assign(d.resumes[0]?.nextSteps ?? {}, {
            items: [{ text: 'x', maybeDoneIn: '`x` @everyone' }],
          }),
        /resumes\[0\]\.nextSteps\.items\[0\]\.maybeDoneIn must be a commit sha/,
      ],
      ['a missing table', (d) => Object.assign(d.result, { verdicts: undefined }), /verdicts is required/],
      ['another format version', (d) => Object.assign(d, { version: 2 }), /version must be 1/],
      [
        'an object as a string',
        (d) => Object.assign(d.result.verdicts[0] ?? {}, { agent: {} }),
        /agent must be a string/,
      ],
    ];
    for (const [what, mutate, message] of cases) {
      const data = hostileData();
      mutate(data);
      const posted = await post(handMadeArtifact(data));
      expect({ what, code: posted.code }).toEqual({ what, code: 1 });
      expect(posted.stdout).toMatch(message);
      expect(posted.stdout).toContain('[artifact/shape]');
    }
    expect(h.api.requests).toEqual([]);
  });

  it('refuses a PR number or head that is not one', async () => {
    for (const pr of [
      { number: '7', headSha: h.fixture.staleHead },
      { number: -1, headSha: h.fixture.staleHead },
      { number: PR, headSha: 'main' },
    ]) {
      const posted = await post(handMadeArtifact(hostileData(), pr));
      expect(posted.code).toBe(1);
      expect(posted.stdout).toMatch(/pull-request\.json: .*\[artifact\/shape\]/);
    }
    expect(h.api.requests).toEqual([]);
  });

  it('refuses an artifact whose PR points at another commit', async () => {
    h.api.pullHeads.set(PR, h.fixture.freshHead);

    const posted = await post(handMadeArtifact(hostileData()));

    expect(posted.code).toBe(0);
    expect(posted.stdout).toContain('not posting an outdated comment');
    expect(h.api.writes()).toEqual([]);
  });

  it('never posts a ready-made body: an artifact with only comment.md is refused', async () => {
    const dir = join(h.runnerDir, 'artifact');
    mkdirSync(dir);
    writeFileSync(join(dir, 'comment.md'), `${MARKER}\n@everyone hello`);
    writeFileSync(
      join(dir, 'pull-request.json'),
      JSON.stringify({ number: PR, headSha: h.fixture.staleHead }),
    );

    const posted = await post(dir);

    expect(posted.code).toBe(1);
    expect(posted.stdout).toMatch(
      /::error::.*comment\.json: is missing from the downloaded artifact \[artifact\/missing\]/,
    );
    expect(h.api.requests).toEqual([]);
  });

  it("applies the posting run's comment life cycle: a fresh result hides the comment", async () => {
    h.api.pullHeads.set(PR, h.fixture.staleHead);
    await post(handMadeArtifact(hostileData()));
    const [comment] = h.stickyComments();
    const fresh = hostileData();
    fresh.result.stale = false;
    fresh.result.verdicts = [];

    const posted = await post(handMadeArtifact(fresh), { 'comment-when-fresh': 'hide' });

    expect(posted.code).toBe(0);
    expect(h.stickyComments()[0]?.minimized).toBe(true);
    expect(h.api.writes()).toContain(`GRAPHQL minimizeComment IC_${comment?.id}`);
  });
});
