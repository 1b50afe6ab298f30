import { ageInDays } from '../../src/core/document/elements.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import { buildStatusRows, NOTE_WIDTH, renderStatusText } from '../../src/core/render/status.js';
import { displayWidth, truncateToWidth } from '../../src/core/render/text-width.js';
import { buildResume, renderResumeText } from '../../src/core/resume.js';

const config = { activeStatuses: ['in_progress', 'blocked'] };
const NOW = new Date('2026-01-10T00:00:00Z');

describe('renderStatusText', () => {
  it('counts a task two agents share once, and a finished agent’s task not at all', () => {
    const registry = {
      alice: { status: 'in_progress', current_task: 'TASK-1' },
      bob: { status: 'blocked', current_task: 'TASK-1' },
      carol: { status: 'complete', current_task: 'TASK-2' },
      dave: { status: 'in_progress', current_task: 'TASK-3' },
    };
    const rows = buildStatusRows(registry, config, new Map(), NOW);
    // Each agent keeps its row; the count is of tasks.
    expect(rows.map((r) => [r.agent, r.active])).toEqual([
      ['alice', true],
      ['bob', true],
      ['carol', false],
      ['dave', true],
    ]);
    expect(renderStatusText({ rows, file: 'r.json', exists: true })).toContain(
      '\n4 agents, 2 active tasks.\n',
    );
  });

  it('names validate as the program was run, under the problems it lists', () => {
    const rows = buildStatusRows(
      { ann: { status: 'in_progress', current_task: 'TASK-1' } },
      config,
      new Map(),
      NOW,
    );
    const [row] = rows;
    if (row) row.problem = 'h.md does not exist [link/missing]';
    const text = renderStatusText({ rows, file: 'r.json', exists: true }, [], 'npx handoff');
    expect(text).toContain(
      '! ann: h.md does not exist [link/missing]\nRun `npx handoff validate` for details.\n',
    );
  });
});

describe('control characters from committed files', () => {
  it('are shown, not sent to the terminal: status and resume print \\u001b, not ESC', () => {
    const registry = {
      'ann\u001b[2J': {
        status: 'in_progress',
        current_task: 'TASK-1',
        brief_note: 'ok \u001b]0;owned\u0007 done',
        details_link: 'x\u009b.md',
      },
    };
    const text = renderStatusText({
      rows: buildStatusRows(registry, config, new Map(), NOW),
      file: 'r.json',
      exists: true,
    });
    for (const control of ['\u001b', '\u0007', '\u009b']) expect(text).not.toContain(control);
    expect(text).toContain('ann\\u001b[2J');
    expect(text).toContain('ok \\u001b]0;owned\\u0007 done');
    // Columns stay aligned: the header's NOTE sits where each row's note starts.
    const [header, row] = text.split('\n');
    expect(row?.indexOf('ok')).toBe(header?.indexOf('NOTE'));

    const handoff = parseHandoff(
      "## Current State\n\n### What's Working\n- ✅ Login \u001b[31mworks\n- Logout works\n",
    );
    const resume = renderResumeText(
      buildResume({
        taskId: 'TASK-1',
        agent: 'ann',
        status: 'in_progress',
        briefNote: 'note \u001b[2J',
        handoff: { path: 'h.md', document: handoff },
        now: NOW,
      }),
    );
    expect(resume).not.toContain('\u001b');
    expect(resume).toContain('Note: note \\u001b[2J');
    // A line the handoff already marks is not marked twice.
    expect(resume).toContain('  ✅ Login \\u001b[31mworks\n');
    expect(resume).toContain('  ✅ Logout works\n');
  });
});

describe('ageInDays', () => {
  it('counts calendar days, as the check counts an expired handoff: the hours do not matter', () => {
    const now = new Date('2025-11-09T01:00:00Z');
    expect(ageInDays('2025-11-01T23:00:00Z', now)).toBe(8);
    expect(ageInDays('2025-11-01', now)).toBe(8);
    expect(ageInDays('2025-11-09', now)).toBe(0);
    // A date after today is 0 days old, and one that does not parse has no age.
    expect(ageInDays('2025-11-12', now)).toBe(0);
    expect(ageInDays('soon', now)).toBeUndefined();
  });
});

describe('columns line up in terminal columns, not characters', () => {
  const columnOf = (line: string | undefined, upTo: string): number => {
    const at = line?.indexOf(upTo) ?? -1;
    return displayWidth((line ?? '').slice(0, at));
  };

  it('a CJK task or an emoji note takes two columns a character', () => {
    const registry = {
      田中: {
        status: 'in_progress',
        current_task: 'タスク-1',
        brief_note: '✅ ログイン',
        details_link: 'a.md',
      },
      bob: { status: 'in_progress', current_task: 'T-2', brief_note: 'plain', details_link: 'b.md' },
      'zoë\u0301': { status: 'in_progress', current_task: 'T-3', brief_note: 'x', details_link: 'c.md' },
    };
    const text = renderStatusText({
      rows: buildStatusRows(registry, config, new Map(), NOW),
      file: 'r.json',
      exists: true,
    });
    const [header, ...rows] = text.split('\n');
    for (const link of ['a.md', 'b.md', 'c.md']) {
      const row = rows.find((r) => r.endsWith(link));
      expect(columnOf(row, link)).toBe(columnOf(header, 'HANDOFF'));
    }
    expect(columnOf(rows[0], 'in_progress')).toBe(columnOf(header, 'STATUS'));
  });

  it('a long note is cut to its width, never through a character', () => {
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('✅ ok')).toBe(5);
    const cut = truncateToWidth('語'.repeat(30), NOTE_WIDTH);
    expect(cut.endsWith('…')).toBe(true);
    expect(displayWidth(cut)).toBeLessThanOrEqual(NOTE_WIDTH);
    expect(displayWidth(cut)).toBeGreaterThanOrEqual(NOTE_WIDTH - 1);
    expect(truncateToWidth('short  note\n', NOTE_WIDTH)).toBe('short note');
  });
});
