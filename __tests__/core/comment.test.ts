import { describe, expect, it } from '@jest/globals';
import {
  GITHUB_COMMENT_LIMIT,
  isStickyComment,
  NEW_FILE_URL_LIMIT,
  newFileUrl,
  renderStickyComment,
  STICKY_MARKER,
  type StickyCommentInput,
} from '../../src/core/comment.js';
import type { CheckResult, Verdict } from '../../src/core/model.js';
import type { ResumeBrief } from '../../src/core/resume.js';

/** A resume brief with one next step. */
function brief(taskId: string, nextStep: string): ResumeBrief {
  const none = { items: [], more: 0 };
  return {
    taskId,
    agent: 'agent',
    status: 'in_progress',
    state: none,
    working: none,
    broken: none,
    blockers: none,
    nextSteps: { items: [{ text: nextStep }], more: 0 },
    decisions: none,
    time: {},
    sessions: [],
    drift: none,
  };
}

function staleVerdict(i: number, detail = `1 work commit(s) after the handoff: abc${i}`): Verdict {
  return {
    taskId: `TASK-2025-${String(i).padStart(4, '0')}`,
    agent: `agent-${i}`,
    handoffPath: `delegation/tasks/active/TASK-2025-${String(i).padStart(4, '0')}-handoff-session1.md`,
    fresh: false,
    problems: [
      { reason: 'behind', detail, commits: [`abc${i}`], fix: `handoff draft --task TASK-2025-${i}` },
    ],
  };
}

function freshVerdict(i: number): Verdict {
  return { taskId: `TASK-2025-${9000 + i}`, agent: `fresh-${i}`, fresh: true, problems: [] };
}

function input(verdicts: Verdict[], extra: Partial<StickyCommentInput> = {}): StickyCommentInput {
  const result: CheckResult = {
    range: { description: 'abc1234..def5678', commitCount: 3 },
    verdicts,
    stale: verdicts.some((v) => !v.fresh),
    notes: [],
  };
  return { result, mode: 'block', resumes: [], newHandoffFiles: [], ...extra };
}

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

describe('renderStickyComment', () => {
  it('shows a fix in words as words, with its command as code', () => {
    const verdict = staleVerdict(1);
    (verdict.problems[0] as { fix: string }).fix =
      'fill in Next Steps in a.md, then commit it (an agent without a terminal: handoff draft --task TASK-1 --next "<next step>", then commit)';
    const body = renderStickyComment(input([verdict]));
    expect(body).toContain(
      '| fill in Next Steps in a.md, then commit it (an agent without a terminal: `handoff draft --task TASK-1 --next "<next step>"`, then commit) |',
    );
  });

  it('counts the commits checked in words: one commit, three commits', () => {
    expect(renderStickyComment(input([staleVerdict(1)]))).toContain('Checked abc1234..def5678 (3 commits).');
    const one = input([staleVerdict(1)]);
    one.result.range = { description: 'abc1234..def5678', commitCount: 1 };
    expect(renderStickyComment(one)).toContain('Checked abc1234..def5678 (1 commit).');
  });

  it('starts with the versioned marker, which any version of isStickyComment finds', () => {
    const body = renderStickyComment(input([staleVerdict(1)]));
    expect(body.startsWith(`${STICKY_MARKER}\n`)).toBe(true);
    expect(STICKY_MARKER).toBe('<!-- handoff-guard:sticky v1 -->');
    expect(isStickyComment(body)).toBe(true);
    expect(isStickyComment('<!-- handoff-guard:sticky v7 -->\nfuture')).toBe(true);
    expect(isStickyComment('quoting <!-- handoff-guard:sticky v1 --> in a reply')).toBe(false);
    expect(isStickyComment(undefined)).toBe(false);
  });

  it('has one table row per task with verdict, reason, evidence and fix; stale rows first', () => {
    const body = renderStickyComment(input([freshVerdict(1), staleVerdict(2)]));
    const rows = body.split('\n').filter((line) => line.startsWith('| TASK'));
    expect(rows).toEqual([
      '| TASK-2025-0002 | agent-2 | ❌ stale | behind | 1 work commit(s) after the handoff: abc2 | `handoff draft --task TASK-2025-2` |',
      '| TASK-2025-9001 | fresh-1 | ✅ fresh | | | |',
    ]);
    expect(body).toContain('### ❌ Handoff Guard: 1 of 2 active tasks need a fresh handoff');
  });

  it('says so when every handoff is fresh, and uses a warning icon in warn mode', () => {
    expect(renderStickyComment(input([freshVerdict(1)]))).toContain(
      '✅ Handoff Guard: the active task has a fresh handoff',
    );
    expect(renderStickyComment(input([staleVerdict(1)], { mode: 'warn' }))).toContain('⚠️ stale');
    expect(renderStickyComment(input([]))).toContain('no active tasks');
  });

  it('escapes user text so it cannot change the table or the markup', () => {
    const hostile: Verdict = {
      ...staleVerdict(1, 'broke | the table\nand **bold** [link](https://evil.example) <img src=x>'),
      agent: 'agent|with|pipes',
    };
    const body = renderStickyComment(input([hostile]));
    const row = body.split('\n').find((line) => line.startsWith('| TASK')) as string;
    // Exactly the 7 unescaped pipes of a 6-column row.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(7);
    expect(row).toContain('agent\\|with\\|pipes');
    expect(row).not.toContain('**bold**');
    expect(row).not.toContain('[link](');
    expect(row).not.toMatch(/(?<!\\)<img/);
  });

  it('neutralises @mentions in user text', () => {
    const body = renderStickyComment(
      input([staleVerdict(1, 'ping @octocat and @org/team')], {
        resumes: [brief('@octocat', 'resume')],
      }),
    );
    expect(body).not.toMatch(/(^|[^\\\w&#])@octocat/m);
    expect(body).not.toMatch(/(^|[^\\\w&#])@org\/team/m);
  });

  it('puts commands in code spans that survive backticks and pipes', () => {
    const verdict = staleVerdict(1);
    (verdict.problems[0] as { fix: string }).fix = 'handoff draft --task `X` | rm';
    const row = renderStickyComment(input([verdict]))
      .split('\n')
      .find((line) => line.startsWith('| TASK')) as string;
    expect(row).toContain('``handoff draft --task `X` \\| rm``');
  });

  it('links to a pre-filled new handoff file on the head branch', () => {
    const verdict: Verdict = {
      taskId: 'TASK-2025-0001',
      agent: 'a',
      fresh: false,
      problems: [
        { reason: 'missing', detail: 'no details_link', fix: 'handoff draft --task TASK-2025-0001' },
      ],
    };
    const body = renderStickyComment(
      input([verdict], {
        headRepository: { serverUrl: 'https://github.com', fullName: 'fork/project', branch: 'feature/x y' },
        newHandoffFiles: [{ taskId: 'TASK-2025-0001', path: 'docs/T-1.md', draft: '# T\n\n## Next Steps\n' }],
      }),
    );
    expect(body).toContain(
      '[create docs/T-1.md](https://github.com/fork/project/new/feature/x%20y?filename=docs%2FT-1.md&value=%23%20T%0A%0A%23%23%20Next%20Steps%0A)',
    );
  });

  it('includes resume summaries in collapsed sections', () => {
    const body = renderStickyComment(
      input([staleVerdict(1)], {
        resumes: [brief('TASK-2025-0001', 'fix the hang')],
      }),
    );
    expect(body).toMatch(
      /<details><summary>Resume summary: TASK-2025-0001<\/summary>\n\n#### [^\n]+\n[\s\S]*\*\*Next steps:\*\*\n\n- \[ \] fix the hang\n\n<\/details>/,
    );
  });

  it('shows the waiver', () => {
    const body = renderStickyComment(input([staleVerdict(1)], { waiverLabel: 'no-handoff' }));
    expect(body).toContain('### ⚪ Handoff Guard: waived');
    expect(body).toContain('The `no-handoff` label waives this check');
  });
});

describe('renderStickyComment under the size limit', () => {
  it('drops resume details first', () => {
    const resumes = [brief('TASK-2025-0001', 'x'.repeat(GITHUB_COMMENT_LIMIT))];
    const body = renderStickyComment(input([staleVerdict(1)], { resumes }));
    expect(byteLength(body)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).toContain('Resume summaries omitted');
    expect(body).toContain('1 work commit(s) after the handoff: abc1');
  });

  it('then drops evidence, keeping every row', () => {
    const verdicts = Array.from({ length: 200 }, (_, i) => staleVerdict(i, `evidence ${'e'.repeat(400)}`));
    const body = renderStickyComment(input(verdicts));
    expect(byteLength(body)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).toContain('Evidence omitted');
    expect(body).not.toContain('evidence eee');
    expect(body.split('\n').filter((line) => line.startsWith('| TASK'))).toHaveLength(200);
  });

  it('then keeps the first rows with an "and K more" line, stale before fresh', () => {
    const verdicts = [
      ...Array.from({ length: 3000 }, (_, i) => freshVerdict(i)),
      ...Array.from({ length: 3000 }, (_, i) => staleVerdict(i)),
    ];
    const body = renderStickyComment(input(verdicts));
    expect(byteLength(body)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const rows = body.split('\n').filter((line) => line.startsWith('| TASK'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.includes('❌ stale'))).toBe(true);
    expect(body).toContain(`…and ${6000 - rows.length} more (${3000 - rows.length} stale)`);
    expect(body.startsWith(STICKY_MARKER)).toBe(true);
    // As the job summary, what it leaves out is not sent to the job summary.
    const summary = renderStickyComment({ ...input(verdicts), asSummary: true });
    expect(summary).toMatch(/…and \d+ more \(\d+ stale\): run `handoff check` for the full list\./);
    expect(summary).not.toMatch(/the job summary has|see the job summary|job summary of this check/);
    expect(renderStickyComment({ ...input([staleVerdict(1)]), limit: 250, asSummary: true })).toContain(
      'too large for the job summary',
    );
  });

  it('stays under the limit with huge multi-byte user text everywhere', () => {
    const huge = '漢字@x|'.repeat(50_000);
    const verdicts = Array.from({ length: 100 }, (_, i) => ({ ...staleVerdict(i, huge), agent: huge }));
    const body = renderStickyComment(
      input(verdicts, {
        resumes: [brief(huge, huge)],
        headRepository: { serverUrl: 'https://github.com', fullName: 'o/r', branch: 'b' },
        newHandoffFiles: verdicts.map((v) => ({ taskId: v.taskId, path: 'x.md', draft: huge })),
      }),
    );
    expect(byteLength(body)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.startsWith(STICKY_MARKER)).toBe(true);
  });

  it('honours a smaller limit (the fallback keeps the marker and heading)', () => {
    const body = renderStickyComment({ ...input([staleVerdict(1)]), limit: 250 });
    expect(byteLength(body)).toBeLessThanOrEqual(250);
    expect(body).toContain('too large for a comment');
    expect(body.startsWith(STICKY_MARKER)).toBe(true);
  });
});

describe('newFileUrl', () => {
  it('keeps the URL under the limit by keeping whole leading lines of the draft', () => {
    const draft = Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n');
    const url = newFileUrl(
      { serverUrl: 'https://github.com/', fullName: 'o/r', branch: 'main' },
      { path: 'a.md', draft },
    );
    expect(url.length).toBeLessThanOrEqual(NEW_FILE_URL_LIMIT);
    expect(url.startsWith('https://github.com/o/r/new/main?filename=a.md&value=line%200%0Aline%201')).toBe(
      true,
    );
    const value = decodeURIComponent(new URL(url).searchParams.get('value') ?? '');
    expect(draft.startsWith(value)).toBe(true);
    expect(value.endsWith('\n')).toBe(false);
  });
});
