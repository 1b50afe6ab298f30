import { DEFAULT_CONFIG, handoffSessionOf } from '../../src/core/config.js';
import type { Registry } from '../../src/core/model.js';
import {
  mergeKeyOrder,
  mergeRegistries,
  newerSide,
  renderMergedRegistry,
  sameJson,
} from '../../src/core/registry-merge.js';

const options = {
  sessionOf: (task: string, link: string) => handoffSessionOf(DEFAULT_CONFIG, task, link),
  isActive: (status: string) => DEFAULT_CONFIG.activeStatuses.includes(status),
};
const labels = { ours: 'ours', theirs: 'theirs' };
const link = (task: string, session: number) =>
  `delegation/tasks/active/${task}-handoff-session${session}.md`;

const runner = {
  status: 'in_progress',
  current_task: 'TASK-2025-0078-C',
  task_started: '2025-11-08',
  brief_note: 'API testing implementation - 30% complete',
  details_link: link('TASK-2025-0078-C', 1),
};

/** Registries with `$` keys do not fit the Registry type (its values are entries): plain JSON here. */
function merge(base: object | undefined, ours: object, theirs: object) {
  const result = mergeRegistries(base as Registry | undefined, ours as Registry, theirs as Registry, options);
  return { ...result, text: renderMergedRegistry(result, labels) };
}

describe('mergeRegistries', () => {
  it('merges two branches that change different agents, keeping both', () => {
    const base = { 'powertest-runner': runner };
    const ours = { 'powertest-runner': { ...runner, details_link: link('TASK-2025-0078-C', 2) } };
    const theirs = {
      'powertest-runner': runner,
      'docs-writer': { status: 'in_progress', current_task: 'DOC-12', task_started: '2025-11-09' },
    };
    const { text, conflicts } = merge(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(JSON.parse(text)).toEqual({
      'powertest-runner': { ...runner, details_link: link('TASK-2025-0078-C', 2) },
      'docs-writer': theirs['docs-writer'],
    });
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('merges one agent field by field when the two sides change different fields', () => {
    const base = { a: runner };
    const ours = { a: { ...runner, details_link: link('TASK-2025-0078-C', 2), brief_note: '50%' } };
    const theirs = { a: { ...runner, status: 'blocked' } };
    const { text, conflicts, choices } = merge(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(choices).toEqual([]);
    expect(JSON.parse(text).a).toEqual({
      ...runner,
      status: 'blocked',
      details_link: link('TASK-2025-0078-C', 2),
      brief_note: '50%',
    });
  });

  it('takes the side whose handoff is the later session of the same task', () => {
    const base = { a: runner };
    const ours = { a: { ...runner, details_link: link('TASK-2025-0078-C', 2), brief_note: 'ours' } };
    const theirs = { a: { ...runner, details_link: link('TASK-2025-0078-C', 3), brief_note: 'theirs' } };
    const { text, conflicts, choices } = merge(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(JSON.parse(text).a).toEqual(theirs.a);
    expect(choices).toEqual([
      expect.objectContaining({ agent: 'a', side: 'theirs', fields: ['brief_note', 'details_link'] }),
    ]);
    // The same merge from the other branch picks the same entry.
    expect(JSON.parse(merge(base, theirs, ours).text).a).toEqual(theirs.a);
  });

  it('takes the later task_started when the two sides moved the agent to different tasks', () => {
    const base = { a: runner };
    const ours = {
      a: { ...runner, current_task: 'TASK-2025-0090', task_started: '2025-11-12', details_link: null },
    };
    const theirs = { a: { ...runner, details_link: link('TASK-2025-0078-C', 5) } };
    const { text, conflicts, choices } = merge(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(JSON.parse(text).a).toEqual(ours.a);
    expect(choices[0]).toMatchObject({ side: 'ours', why: expect.stringContaining('2025-11-12') });
  });

  it('writes a conflict block when nothing both sides carry says which is newer', () => {
    const base = { a: runner, b: { status: 'idle' } };
    const ours = { a: { ...runner, status: 'blocked' }, b: { status: 'idle' } };
    const theirs = { a: { ...runner, status: 'complete' }, b: { status: 'idle' } };
    const { text, conflicts } = merge(base, ours, theirs);
    expect(conflicts).toEqual([
      { key: 'a', reason: 'agent "a": both sides changed status and neither handoff is newer' },
    ]);
    expect(text).toMatch(
      /^<{7} ours \(agent "a": both sides changed status and neither handoff is newer\)$/m,
    );
    expect(text).toMatch(/^={7}$/m);
    expect(text).toMatch(/^>{7} theirs$/m);
    expect(JSON.parse(keepSide(text, 'ours'))).toEqual(ours);
    expect(JSON.parse(keepSide(text, 'theirs'))).toEqual(theirs);
  });

  it('a conflict block says which fields, changed on one side only, each block already holds', () => {
    const base = { a: runner };
    const ours = { a: { ...runner, status: 'blocked', brief_note: 'waiting on keys' } };
    const theirs = { a: { ...runner, status: 'complete' } };
    const { text, conflicts } = merge(base, ours, theirs);
    const reason =
      'agent "a": both sides changed status and neither handoff is newer; brief_note, changed on one side only, in both blocks';
    expect(conflicts).toEqual([{ key: 'a', reason }]);
    expect(text).toContain(`<<<<<<< ours (${reason})\n`);
    // Keeping their block keeps our note: the label says so.
    expect(JSON.parse(keepSide(text, 'theirs')).a).toEqual({ ...theirs.a, brief_note: 'waiting on keys' });
  });

  it('conflicts when one side removes an agent the other changed, and either choice is valid JSON', () => {
    const base = { a: runner, b: { status: 'idle' } };
    const ours = { a: runner };
    const theirs = { a: runner, b: { status: 'in_progress', current_task: 'X-1' } };
    const { text, conflicts } = merge(base, ours, theirs);
    expect(conflicts.map((c) => c.key)).toEqual(['b']);
    expect(JSON.parse(keepSide(text, 'ours'))).toEqual(ours);
    expect(JSON.parse(keepSide(text, 'theirs'))).toEqual(theirs);
    // The removed entry first, with an entry after it: still valid both ways.
    const first = merge(
      { b: { status: 'idle' }, a: runner },
      { a: runner },
      { b: { status: 'blocked' }, a: runner },
    );
    expect(JSON.parse(keepSide(first.text, 'ours'))).toEqual({ a: runner });
    expect(JSON.parse(keepSide(first.text, 'theirs'))).toEqual({ b: { status: 'blocked' }, a: runner });
  });

  it('keeps $schema, unknown keys and the key order of both sides', () => {
    const base = { $schema: 'https://example.com/s.json', a: { ...runner, team: 'qa' } };
    const ours = {
      $schema: 'https://example.com/s.json',
      a: { ...runner, team: 'qa', details_link: link('TASK-2025-0078-C', 2) },
      c: { status: 'idle', owner: 'ours' },
    };
    const theirs = {
      $schema: 'https://example.com/s.json',
      b: { status: 'idle', x: [1, { y: 2 }] },
      a: { ...runner, team: 'qa', pager: 'on-call' },
    };
    const { text, conflicts } = merge(base, ours, theirs);
    expect(conflicts).toEqual([]);
    const merged = JSON.parse(text);
    expect(Object.keys(merged)).toEqual(['$schema', 'b', 'a', 'c']);
    expect(Object.keys(merged.a)).toEqual([
      'status',
      'current_task',
      'task_started',
      'brief_note',
      'details_link',
      'team',
      'pager',
    ]);
    expect(merged.b.x).toEqual([1, { y: 2 }]);
    expect(merged.a.details_link).toBe(link('TASK-2025-0078-C', 2));
  });

  it('treats a file both branches added (no base) as two additions', () => {
    const { text, conflicts } = merge(undefined, { a: runner }, { b: { status: 'idle' } });
    expect(conflicts).toEqual([]);
    expect(JSON.parse(text)).toEqual({ a: runner, b: { status: 'idle' } });
  });

  it('removes an agent one side removed and the other left alone', () => {
    const { text } = merge(
      { a: runner, b: { status: 'idle' } },
      { a: runner },
      { a: runner, b: { status: 'idle' } },
    );
    expect(JSON.parse(text)).toEqual({ a: runner });
  });

  it('conflicts on a $ key both sides changed', () => {
    const { conflicts, text } = merge({ $schema: 'a' }, { $schema: 'b' }, { $schema: 'c' });
    expect(conflicts).toEqual([{ key: '$schema', reason: 'both sides changed "$schema"' }]);
    expect(JSON.parse(keepSide(text, 'theirs'))).toEqual({ $schema: 'c' });
  });
});

describe("an agent's assignment, merged as one", () => {
  const base = { a: { status: 'in_progress', current_task: 'TASK-1', task_started: '2025-11-01' } };
  it('takes the newer side whole when one branch finished a task and the other started one', () => {
    // Field by field this was { status: complete, current_task: TASK-2 }: the new task never judged.
    const ours = { a: { status: 'complete', current_task: 'TASK-1', task_started: '2025-11-01' } };
    const theirs = { a: { status: 'in_progress', current_task: 'TASK-2', task_started: '2025-11-07' } };
    const merged = merge(base, ours, theirs);
    expect(JSON.parse(merged.text).a).toEqual({
      status: 'in_progress',
      current_task: 'TASK-2',
      task_started: '2025-11-07',
    });
    // The task left behind was finished: nothing is said to be lost.
    expect(merged.choices[0]?.leftTask).toBeUndefined();
  });

  it('names the task the merged entry drops, not the one it keeps', () => {
    const ours = { a: { status: 'in_progress', current_task: 'TASK-2', task_started: '2025-11-05' } };
    const theirs = { a: { status: 'in_progress', current_task: 'TASK-1', task_started: '2025-11-07' } };
    const merged = merge(base, ours, theirs);
    expect(JSON.parse(merged.text).a.current_task).toBe('TASK-1');
    expect(merged.choices[0]?.leftTask).toBe('TASK-2');
  });
});

describe('newerSide', () => {
  it('says nothing when the sessions and start dates agree', () => {
    expect(newerSide({ ...runner, status: 'a' }, { ...runner, status: 'b' }, options)).toBeUndefined();
  });
  it('reads the session number through the configured file name pattern', () => {
    const config = { handoffPattern: 'handoff-{session}-{task}.md' };
    const custom = { ...options, sessionOf: (t: string, l: string) => handoffSessionOf(config, t, l) };
    const a = { ...runner, details_link: 'h/handoff-9-TASK-2025-0078-C.md' };
    const b = { ...runner, details_link: 'h/handoff-10-TASK-2025-0078-C.md' };
    expect(newerSide(a, b, custom)?.side).toBe('theirs');
    expect(newerSide(a, b, options)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('sameJson ignores key order but not values', () => {
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
  it('mergeKeyOrder puts their new keys after their predecessor', () => {
    expect(mergeKeyOrder(['a', 'c'], ['x', 'a', 'b', 'c', 'd'], () => true)).toEqual([
      'x',
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(mergeKeyOrder(['a', 'c'], ['c', 'b'], (k) => k !== 'a')).toEqual(['c', 'b']);
  });
});

/** The file after a user keeps one side of every conflict block and deletes the marker lines. */
function keepSide(text: string, side: 'ours' | 'theirs'): string {
  const out: string[] = [];
  let state: 'out' | 'ours' | 'theirs' = 'out';
  for (const line of text.split('\n')) {
    if (line.startsWith('<<<<<<<')) state = 'ours';
    else if (line.startsWith('=======') && state === 'ours') state = 'theirs';
    else if (line.startsWith('>>>>>>>')) state = 'out';
    else if (state === 'out' || state === side) out.push(line);
  }
  return out.join('\n');
}

describe('mergeKeyOrder', () => {
  // The rule as it was first written: each key theirs adds is spliced in after the nearest key before
  // it that the result holds. The oracle for the linear form.
  const bySplicing = (ours: string[], theirs: string[], keep: (k: string) => boolean): string[] => {
    const order = ours.filter(keep);
    const placed = new Set(ours);
    theirs.forEach((key, index) => {
      if (placed.has(key)) return;
      placed.add(key);
      if (!keep(key)) return;
      let at = 0;
      for (let i = index - 1; i >= 0; i--) {
        const before = order.indexOf(theirs[i] as string);
        if (before !== -1) {
          at = before + 1;
          break;
        }
      }
      order.splice(at, 0, key);
    });
    return order;
  };

  it('orders as splicing each added key after its nearest placed predecessor does, on 3,000 random cases', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const shuffled = (keys: string[]) => {
      const copy = [...keys];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = random(i + 1);
        [copy[i], copy[j]] = [copy[j] as string, copy[i] as string];
      }
      return copy;
    };
    for (let n = 0; n < 3_000; n++) {
      const keys = Array.from({ length: 1 + random(9) }, (_, i) => `k${i}`);
      const ours = shuffled(keys).filter(() => random(3) > 0);
      const theirs = shuffled(keys).filter(() => random(3) > 0);
      const dropped = new Set(keys.filter(() => random(4) === 0));
      const keep = (k: string) => !dropped.has(k);
      expect(mergeKeyOrder(ours, theirs, keep)).toEqual(bySplicing(ours, theirs, keep));
    }
  });
});
