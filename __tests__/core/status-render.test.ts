import { ageInDays } from '../../src/core/document/elements.js';
import { buildStatusRows, renderStatusText } from '../../src/core/render/status.js';

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
