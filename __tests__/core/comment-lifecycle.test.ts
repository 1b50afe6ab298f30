/**
 * The sticky comment's life cycle as pure functions: which comment a marker belongs to (`comment-id`),
 * the hidden flag, what each `comment-mode` × `comment-when-fresh` does, the links to the head commit,
 * and where annotations go in a handoff.
 */
import { describe, expect, it } from '@jest/globals';
import { ANNOTATIONS_SHOWN, shownAnnotations } from '../../src/action/annotations.js';
import {
  type CommentMode,
  type FreshCommentAction,
  isMarkedHidden,
  isStickyComment,
  markHidden,
  planComment,
  renderStickyComment,
  STICKY_MARKER,
  stickyMarker,
} from '../../src/core/comment.js';
import type { Verdict } from '../../src/core/model.js';
import { annotationsFor } from '../../src/core/render/annotations.js';

const HEAD = 'c'.repeat(40);

function stale(path = 'docs/handoffs/T-1 (draft).md'): Verdict {
  return {
    taskId: 'T-1',
    agent: 'a',
    handoffPath: path,
    fresh: false,
    problems: [
      { reason: 'behind', detail: '1 work commit', commits: ['abc1234'], fix: 'handoff draft --task T-1' },
    ],
  };
}

describe('markers and comment ids', () => {
  it('gives each comment-id its own marker, and the default keeps the spec marker', () => {
    expect(stickyMarker()).toBe(STICKY_MARKER);
    expect(stickyMarker('api')).toBe('<!-- handoff-guard:sticky v1 id=api -->');
  });

  it('finds a comment only for its own id (any version)', () => {
    const api = `${stickyMarker('api')}\nbody`;
    expect(isStickyComment(api, 'api')).toBe(true);
    expect(isStickyComment(api)).toBe(false);
    expect(isStickyComment(api, 'web')).toBe(false);
    expect(isStickyComment(`${STICKY_MARKER}\nbody`, 'api')).toBe(false);
    expect(isStickyComment('<!-- handoff-guard:sticky v0 id=api -->', 'api')).toBe(true);
    expect(isStickyComment('<!-- handoff-guard:sticky v0 -->')).toBe(true);
  });

  it('finds a comment someone edited to write above the marker, by its marker line and our heading', () => {
    const ours = `${stickyMarker('api')}\n### ❌ Handoff Guard (\`api\`): 1 of 2 active tasks need a fresh handoff\n`;
    const edited = `Note from a maintainer: see #12.\n\n${ours}`;
    expect(isStickyComment(edited, 'api')).toBe(true);
    expect(isStickyComment(edited)).toBe(false);
    expect(isStickyComment(`Above.\n${markHidden(ours)}`, 'api')).toBe(true);
    // Not a marker inside a line, and only the first marker line decides.
    expect(isStickyComment(`quoted: ${STICKY_MARKER}`)).toBe(false);
    expect(isStickyComment(`${stickyMarker('web')}\n${STICKY_MARKER}`)).toBe(false);
  });

  it('is not another comment (by the same bot) that quotes the marker lower down', () => {
    expect(isStickyComment(`### Snapshot diff\n\n\`\`\`\n${STICKY_MARKER}\n\`\`\`\n`)).toBe(false);
    expect(isStickyComment(`Docs:\n${STICKY_MARKER}\nmarks the comment.`)).toBe(false);
  });

  it('refuses an id that could close the marker', () => {
    for (const id of ['', 'a b', 'x-->', '-lead', 'a'.repeat(65), 'é']) {
      expect(() => stickyMarker(id === '' ? '\n' : id)).toThrow(/does not match/);
    }
  });

  it('names the comment in the heading', () => {
    const body = renderStickyComment({
      result: { verdicts: [stale()], stale: true, notes: [] },
      mode: 'block',
      resumes: [],
      newHandoffFiles: [],
      commentId: 'backend',
    });
    expect(
      body.startsWith('<!-- handoff-guard:sticky v1 id=backend -->\n### ❌ Handoff Guard (`backend`):'),
    ).toBe(true);
  });
});

describe('the hidden flag', () => {
  it('goes on the second line, once, and is read back', () => {
    const body = `${STICKY_MARKER}\n### ✅ fine\n`;
    const hidden = markHidden(body);
    expect(hidden.split('\n').slice(0, 2)).toEqual([STICKY_MARKER, '<!-- handoff-guard:hidden -->']);
    expect(markHidden(hidden)).toBe(hidden);
    expect(isMarkedHidden(hidden)).toBe(true);
    expect(isMarkedHidden(body)).toBe(false);
    expect(isStickyComment(hidden)).toBe(true);
  });

  it('is not read from further down the body (where user text could put it)', () => {
    expect(isMarkedHidden(`${STICKY_MARKER}\n### x\n<!-- handoff-guard:hidden -->`)).toBe(false);
  });
});

describe('planComment', () => {
  const modes: CommentMode[] = ['always', 'stale-only', 'off'];
  const whenFresh: FreshCommentAction[] = ['update', 'hide', 'delete'];
  const table = modes.flatMap((mode) =>
    whenFresh.flatMap((fresh) =>
      [true, false].map((isStale) => [
        mode,
        fresh,
        isStale,
        planComment({ mode, whenFresh: fresh, stale: isStale }),
      ]),
    ),
  );

  it('does what the docs table says for every combination', () => {
    expect(table).toEqual([
      ['always', 'update', true, 'upsert'],
      ['always', 'update', false, 'upsert'],
      ['always', 'hide', true, 'upsert'],
      ['always', 'hide', false, 'hide'],
      ['always', 'delete', true, 'upsert'],
      ['always', 'delete', false, 'delete'],
      ['stale-only', 'update', true, 'upsert'],
      ['stale-only', 'update', false, 'update-existing'],
      ['stale-only', 'hide', true, 'upsert'],
      ['stale-only', 'hide', false, 'hide'],
      ['stale-only', 'delete', true, 'upsert'],
      ['stale-only', 'delete', false, 'delete'],
      ['off', 'update', true, 'none'],
      ['off', 'update', false, 'none'],
      ['off', 'hide', true, 'none'],
      ['off', 'hide', false, 'none'],
      ['off', 'delete', true, 'none'],
      ['off', 'delete', false, 'none'],
    ]);
  });
});

describe('links at the head commit', () => {
  const render = (
    verdict: Verdict,
    repository = { serverUrl: 'https://ghe.example/', fullName: 'octo/project' },
  ) =>
    renderStickyComment({
      result: { verdicts: [verdict], stale: !verdict.fresh, notes: [] },
      mode: 'block',
      resumes: [],
      newHandoffFiles: [],
      headSha: HEAD,
      repository,
    });

  it('links the handoff file (path parts encoded so the link cannot end early) and the commits', () => {
    const body = render(stale());
    expect(body).toContain(
      `📄 [docs/handoffs/T-1 (draft).md](https://ghe.example/octo/project/blob/${HEAD}/docs/handoffs/T-1%20%28draft%29.md)`,
    );
    expect(body).toContain('[`abc1234`](https://ghe.example/octo/project/commit/abc1234)');
    expect(body).toContain(`for [\`ccccccc\`](https://ghe.example/octo/project/commit/${HEAD})`);
  });

  it('links a fresh task’s handoff too', () => {
    const body = render({ taskId: 'T-2', agent: 'b', handoffPath: 'h.md', fresh: true, problems: [] });
    expect(body).toContain(
      `| T-2 | b | ✅ fresh | | 📄 [h.md](https://ghe.example/octo/project/blob/${HEAD}/h.md) | |`,
    );
  });

  it('shows a sha that is not hex as text, never as a link or code', () => {
    const verdict = stale();
    (verdict.problems[0] as { commits: string[] }).commits = ['`x` @everyone'];
    const body = render(verdict);
    expect(body).not.toContain('/commit/`');
    expect(body).not.toMatch(/(?<![\u2060])@everyone/);
  });

  it('drops `..` and empty parts from a path rather than linking outside the tree', () => {
    const body = render(stale('../../etc/passwd'));
    expect(body).toContain(`/blob/${HEAD}/etc/passwd)`);
  });
});

describe('annotations', () => {
  it('gives one annotation per element of an incomplete handoff, and the file for the rest', () => {
    const verdict: Verdict = {
      taskId: 'T-1',
      agent: 'a',
      handoffPath: 'h.md',
      fresh: false,
      problems: [
        {
          reason: 'incomplete',
          detail: 'h.md lacks',
          elements: ['decisions', 'blockers'],
          places: [
            { element: 'decisions', line: 8, absent: true },
            { element: 'blockers', line: 8 },
          ],
          fix: 'fill in',
        },
        { reason: 'expired', detail: 'old', fix: 'handoff draft --task T-1' },
      ],
    };
    const missing: Verdict = {
      taskId: 'T-2',
      agent: 'b',
      fresh: false,
      problems: [{ reason: 'missing', detail: 'no link', fix: 'draft' }],
    };
    // A link out of the repository names no file GitHub can show: its annotation is on the registry.
    const outside = (link: string): Verdict => ({
      taskId: 'T-3',
      agent: 'c',
      handoffPath: link,
      fresh: false,
      problems: [{ reason: 'invalid-link', detail: 'leaves', fix: 'draft' }],
    });
    // A verdict that says where its entry is (a package's registry) is annotated there, on its line.
    const inPackage: Verdict = {
      ...missing,
      taskId: 'T-4',
      workspace: 'packages/a',
      registryEntry: { file: 'packages/a/.agent-context/agent-handoffs.json', line: 4 },
    };
    const annotations = annotationsFor(
      [verdict, missing, outside('/etc/passwd'), outside('../../etc/passwd'), inPackage],
      '.agent-context/agent-handoffs.json',
    );
    expect(annotations.map((a) => [a.file, a.line, a.message.slice(0, 30)])).toEqual([
      ['h.md', 8, '"Decisions Made" is missing (a'],
      ['h.md', 8, '"Current Blockers" is empty or'],
      ['h.md', undefined, 'old Fix: handoff draft --task '],
      ['.agent-context/agent-handoffs.json', undefined, 'no link Fix: draft'],
      ['.agent-context/agent-handoffs.json', undefined, 'leaves Fix: draft'],
      ['.agent-context/agent-handoffs.json', undefined, 'leaves Fix: draft'],
      ['packages/a/.agent-context/agent-handoffs.json', 4, 'no link Fix: draft'],
    ]);
  });

  it('prints no more than the slots GitHub leaves, one per task first, and counts the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      taskId: `T-${i}`,
      title: `t${i}`,
      message: 'm',
      file: 'f',
    }));
    const { shown, leftOut } = shownAnnotations(many, ANNOTATIONS_SHOWN - 1);
    expect(shown.map((a) => a.title)).toEqual(many.slice(0, 9).map((a) => a.title));
    expect([shown.length, leftOut]).toEqual([9, 16]);
    expect(shownAnnotations(many.slice(0, 3), 9)).toEqual({ shown: many.slice(0, 3), leftOut: 0 });
    // Two empty handoffs make five annotations each: the third task still gets one.
    const empty = (taskId: string) =>
      Array.from({ length: 5 }, (_, i) => ({ taskId, title: `${taskId} ${i}`, message: 'm', file: 'f' }));
    const crowded = shownAnnotations([...empty('A'), ...empty('B'), ...empty('C')], 9);
    expect(new Set(crowded.shown.map((a) => a.taskId))).toEqual(new Set(['A', 'B', 'C']));
    expect([crowded.shown.length, crowded.leftOut]).toEqual([9, 6]);
    expect(shownAnnotations(many, 0)).toEqual({ shown: [], leftOut: 25 });
  });
});
