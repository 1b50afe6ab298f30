import { nonWorkPaths } from '../../src/core/attribution.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import {
  attributeRanges,
  behindInRange,
  documentDateMs,
  evaluateFreshness,
  type FreshnessInput,
  fallbackMatters,
  type IndexedRange,
  type LinkState,
  pathsNeedingHistory,
  type TaskInput,
} from '../../src/core/freshness.js';
import type { CheckedRange, CommitInfo, ElementName, HandoffConfig } from '../../src/core/model.js';

const TASK = 'TASK-2025-0078-C';
const DOC = `delegation/tasks/active/${TASK}-handoff-session1.md`;
const NOW = new Date('2025-11-11T12:00:00Z');
const config: HandoffConfig = structuredClone(DEFAULT_CONFIG);

let counter = 0;
let previous: string | undefined;
/** Commits made in a test form one line of history: each one's parent is the one made before it. */
function commit(subject: string, files: string[], extra: Partial<CommitInfo> = {}): CommitInfo {
  counter += 1;
  const sha = `${counter.toString(16).padStart(7, '0')}${'f'.repeat(33)}`;
  const parents = previous === undefined ? [] : [previous];
  previous = sha;
  return {
    sha,
    parents,
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorTime: NOW.getTime() / 1000,
    commitTime: NOW.getTime() / 1000,
    subject,
    body: '',
    taskTrailers: [],
    files: files.map((path) => ({ path })),
    ...extra,
  };
}

/** A document at DOC; each missing element's section is empty, on a line of its own (10, 11, ...). */
function doc(date: string | undefined = '2025-11-10', missing: ElementName[] = []): LinkState {
  return {
    kind: 'document',
    path: DOC,
    missingElements: missing.map((element, index) => ({ element, line: 10 + index })),
    facts: date ? { date } : {},
  };
}

function task(link: LinkState, taskId = TASK, agent = 'powertest-runner'): TaskInput {
  return { task: { taskId, agent, status: 'in_progress', detailsLink: DOC }, link };
}

function input(overrides: Partial<FreshnessInput>): FreshnessInput {
  return {
    config,
    tasks: [task(doc())],
    ranges: [],
    nonWork: nonWorkPaths(config.handoffDir, config.registry, [DOC]),
    lastTouches: new Map(),
    now: NOW,
    ...overrides,
  };
}

function range(commits: CommitInfo[], extra: Partial<CheckedRange> = {}): CheckedRange {
  return { description: 'base..head', base: 'b'.repeat(40), head: 'h'.repeat(40), commits, ...extra };
}

describe('evaluateFreshness', () => {
  it('passes a complete, recent handoff with no work after it', () => {
    const result = evaluateFreshness(
      input({ ranges: [range([commit(`${TASK}: work`, ['src/a.ts', DOC])])] }),
    );
    expect(result.stale).toBe(false);
    expect(result.verdicts).toEqual([
      {
        taskId: TASK,
        agent: 'powertest-runner',
        handoffPath: DOC,
        fresh: true,
        problems: [],
        workCommits: 1,
      },
    ]);
    expect(result.range).toEqual({ description: 'base..head', commitCount: 1 });
  });

  it('reports a missing handoff with the draft command', () => {
    const result = evaluateFreshness(
      input({ tasks: [task({ kind: 'missing', detail: `${DOC} does not exist.` })] }),
    );
    expect(result.stale).toBe(true);
    expect(result.verdicts[0]?.problems).toEqual([
      { reason: 'missing', detail: `${DOC} does not exist.`, fix: `handoff draft --task ${TASK}` },
    ]);
  });

  it('reports an invalid link', () => {
    const result = evaluateFreshness(
      input({
        tasks: [task({ kind: 'invalid-link', message: 'details_link "/etc/x" is an absolute path' })],
      }),
    );
    expect(result.verdicts[0]?.problems.map((p) => p.reason)).toEqual(['invalid-link']);
  });

  it('reports missing required elements only', () => {
    const custom = {
      ...config,
      requiredElements: ['currentState', 'nextSteps'] as HandoffConfig['requiredElements'],
    };
    const result = evaluateFreshness(
      input({ config: custom, tasks: [task(doc('2025-11-10', ['decisions', 'nextSteps']))] }),
    );
    const problem = result.verdicts[0]?.problems[0];
    expect(problem?.reason).toBe('incomplete');
    expect(problem?.elements).toEqual(['nextSteps']);
    // Where the check read it: the annotations need nothing else.
    expect(problem?.places).toEqual([{ element: 'nextSteps', line: 11 }]);
    expect(problem?.detail).toContain('Next Steps');
    expect(problem?.detail).not.toContain('Decisions');
    // Drafting again would not fill what only a person knows: the fix says what to write, and where,
    // and how an agent answers it (the flag of each element it lacks).
    expect(problem?.fix).toBe(
      `fill in Next Steps in ${DOC}, then commit it (an agent without a terminal: handoff draft --task TASK-2025-0078-C --note "<state in one line>" --next "<next step>", then commit)`,
    );
  });

  it('reports work commits after the last handoff update as behind, with their shas', () => {
    const early = commit(`${TASK}: early`, ['src/z.ts']);
    const update = commit(`${TASK}: handoff`, [DOC]);
    const work1 = commit(`${TASK}: more`, ['src/a.ts']);
    const work2 = commit('unrelated wording', ['src/b.ts'], { taskTrailers: [TASK] });
    const result = evaluateFreshness(input({ ranges: [range([early, update, work1, work2])] }));
    const problem = result.verdicts[0]?.problems[0];
    expect(problem?.reason).toBe('behind');
    expect(problem?.commits).toEqual([work1.sha.slice(0, 7), work2.sha.slice(0, 7)]);
    expect(problem?.detail).toContain(`after its last update in ${update.sha.slice(0, 7)}`);
    expect(problem?.fix).toBe(`handoff draft --task ${TASK} --from ${update.sha.slice(0, 12)}`);
  });

  it('follows ancestry: a side-branch commit merged after the update is behind, whatever the order', () => {
    const fork = commit(`${TASK}: before the fork`, ['src/a.ts']);
    // Made on a side branch before the handoff update (and printed before it), merged after it.
    const side = commit(`${TASK}: side work`, ['src/side.ts'], { parents: [fork.sha] });
    const update = commit(`${TASK}: handoff`, [DOC], { parents: [fork.sha] });
    const merge = commit('Merge branch side', [], { parents: [update.sha, side.sha] });
    const result = evaluateFreshness(input({ ranges: [range([fork, side, update, merge])] }));
    const problem = result.verdicts[0]?.problems.find((p) => p.reason === 'behind');
    expect(problem?.commits).toEqual([side.sha.slice(0, 7)]);
    expect(problem?.detail).toContain(`after its last update in ${update.sha.slice(0, 7)}`);
  });

  it('counts a work commit as covered when a later update has it as an ancestor, on any branch', () => {
    const work = commit(`${TASK}: work`, ['src/a.ts']);
    const other = commit(`${TASK}: unrelated branch`, ['src/b.ts'], { parents: [] });
    const update = commit(`${TASK}: handoff`, [DOC], { parents: [work.sha] });
    const merge = commit('Merge', [], { parents: [update.sha, other.sha] });
    const result = evaluateFreshness(input({ ranges: [range([work, other, update, merge])] }));
    const problem = result.verdicts[0]?.problems.find((p) => p.reason === 'behind');
    // `other` is no ancestor of the update: behind. `work` is: covered.
    expect(problem?.commits).toEqual([other.sha.slice(0, 7)]);
  });

  it('uses the range base in the fix when the range never updates the handoff', () => {
    const work = commit(`${TASK}: more`, ['src/a.ts']);
    const result = evaluateFreshness(input({ ranges: [range([work])] }));
    expect(result.verdicts[0]?.problems[0]?.fix).toBe(
      `handoff draft --task ${TASK} --from ${'b'.repeat(12)}`,
    );
  });

  it('allows up to maxCommitsBehind work commits', () => {
    const relaxed = { ...config, freshness: { ...config.freshness, maxCommitsBehind: 2 } };
    const ranges = [range([commit(`${TASK} a`, ['x']), commit(`${TASK} b`, ['y'])])];
    expect(evaluateFreshness(input({ config: relaxed, ranges })).stale).toBe(false);
    ranges[0]?.commits.push(commit(`${TASK} c`, ['z']));
    expect(evaluateFreshness(input({ config: relaxed, ranges })).stale).toBe(true);
  });

  it('does not count commits of another task, or bookkeeping commits', () => {
    const other = 'TASK-2025-0099';
    const tasks = [
      task(doc()),
      task({ ...doc(), path: 'delegation/tasks/active/other.md' } as LinkState, other, 'b'),
    ];
    const ranges = [
      range([
        commit(`${other}: work`, ['src/a.ts']),
        commit(`${TASK}: registry`, ['.agent-context/agent-handoffs.json']),
      ]),
    ];
    const result = evaluateFreshness(input({ tasks, ranges, lastTouches: new Map() }));
    expect(result.verdicts.find((v) => v.taskId === TASK)?.fresh).toBe(true);
    expect(result.verdicts.find((v) => v.taskId === other)?.problems.map((p) => p.reason)).toEqual([
      'behind',
    ]);
  });

  it('checks each pushed ref as its own line of history', () => {
    const updateOnMain = commit(`${TASK}: handoff`, [DOC]);
    const workOnFeature = commit(`${TASK}: feature work`, ['src/f.ts']);
    const result = evaluateFreshness(
      input({
        ranges: [
          range([updateOnMain], { description: 'main', branch: 'main' }),
          range([workOnFeature], { description: 'feature', branch: 'feature' }),
        ],
      }),
    );
    expect(result.verdicts[0]?.problems[0]?.commits).toEqual([workOnFeature.sha.slice(0, 7)]);
    expect(result.range).toEqual({ description: 'main; feature', commitCount: 2 });
  });

  it('notes work commits that name no task when several tasks are active', () => {
    const tasks = [task(doc()), task(doc(), 'TASK-2025-0099', 'b')];
    const result = evaluateFreshness(input({ tasks, ranges: [range([commit('plain work', ['src/a.ts'])])] }));
    expect(result.stale).toBe(false);
    expect(result.notes.join('\n')).toContain('1 work commit(s) name no active task and were not counted');
    // In a monorepo package the note says whose tasks: that package's.
    const inPackage = evaluateFreshness(
      input({ tasks, folder: 'packages/a', ranges: [range([commit('plain work', ['src/a.ts'])])] }),
    );
    expect(inPackage.notes.join('\n')).toContain('1 work commit(s) name no active task of packages/a and');
  });

  it('notes when unnamed work falls back to the only active task', () => {
    const result = evaluateFreshness(input({ ranges: [range([commit('plain work', ['src/a.ts'])])] }));
    expect(result.stale).toBe(true);
    expect(result.notes.join('\n')).toContain(`count for ${TASK} (the only active task)`);
  });

  it('expires a handoff whose date and last commit are older than maxAge', () => {
    const result = evaluateFreshness(input({ tasks: [task(doc('2025-11-01'))] }));
    const problem = result.verdicts[0]?.problems[0];
    expect(problem?.reason).toBe('expired');
    expect(problem?.detail).toContain('last updated 2025-11-01');
    // Calendar days, as status and resume count them: the 1st to the 11th is 10 days.
    expect(problem?.detail).toContain('(10 day(s) ago)');
    expect(problem?.detail).toContain('7d');
  });

  it('keeps an old-dated handoff fresh when a commit in the window touched it', () => {
    const touched = new Map([[DOC, NOW.getTime() / 1000 - 3600]]);
    expect(evaluateFreshness(input({ tasks: [task(doc('2025-11-01'))], lastTouches: touched })).stale).toBe(
      false,
    );
  });

  it('counts no update dated in the future: a **Date** of 2099 or a commit time past tomorrow keeps nothing fresh', () => {
    const future = evaluateFreshness(input({ tasks: [task(doc('2099-01-01'))] }));
    expect(future.verdicts[0]?.problems[0]?.reason).toBe('expired');
    expect(future.verdicts[0]?.problems[0]?.detail).toContain(
      'is dated in the future (2099-01-01), which is no update',
    );
    // The commit that touched it goes by its own time, while that is not in the future either.
    const recent = new Map([[DOC, NOW.getTime() / 1000 - 3600]]);
    expect(evaluateFreshness(input({ tasks: [task(doc('2099-01-01'))], lastTouches: recent })).stale).toBe(
      false,
    );
    const forged = new Map([[DOC, Date.parse('2099-01-01T00:00:00Z') / 1000]]);
    expect(evaluateFreshness(input({ tasks: [task(doc('2025-11-01'))], lastTouches: forged })).stale).toBe(
      true,
    );
    // Tomorrow is a time zone away, not the future.
    const tomorrow = new Date(NOW.getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(evaluateFreshness(input({ tasks: [task(doc(tomorrow))] })).stale).toBe(false);
    // A future date makes the check ask git when the file was last committed.
    expect(pathsNeedingHistory([task(doc('2099-01-01'))], DEFAULT_CONFIG, NOW)).toEqual([DOC]);
  });

  it('expires a handoff without a date that no recent commit touched', () => {
    const result = evaluateFreshness(input({ tasks: [task(doc(''))] }));
    expect(result.verdicts[0]?.problems[0]?.detail).toContain('no readable **Date**');
  });

  it('says so when there are no active tasks', () => {
    const result = evaluateFreshness(input({ tasks: [] }));
    expect(result).toEqual({
      verdicts: [],
      stale: false,
      notes: ['No active tasks in the registry: nothing to check.'],
    });
  });
});

describe('documentDateMs', () => {
  it('reads a bare date as the end of that day', () => {
    expect(documentDateMs('2025-11-08')).toBe(Date.parse('2025-11-09T00:00:00Z') - 1);
  });

  it('reads a timestamp as written and rejects nonsense', () => {
    expect(documentDateMs('2025-11-08T10:00:00Z')).toBe(Date.parse('2025-11-08T10:00:00Z'));
    expect(documentDateMs('last tuesday')).toBeUndefined();
    expect(documentDateMs(undefined)).toBeUndefined();
  });
});

describe('pathsNeedingHistory', () => {
  it('asks git only about documents whose date is outside the window', () => {
    const tasks = [
      task(doc('2025-11-10')),
      task({ ...doc('2025-10-01'), path: 'old.md' } as LinkState, 'T-1'),
      task({ ...doc(''), path: 'undated.md' } as LinkState, 'T-2'),
      task({ kind: 'missing', detail: 'x' }, 'T-3'),
    ];
    expect(pathsNeedingHistory(tasks, config, NOW)).toEqual(['old.md', 'undated.md']);
  });
});

describe('freshness.scope', () => {
  const other = 'TASK-2025-0099';
  const tasks = [
    task(doc()),
    {
      task: { taskId: other, agent: 'ui-agent', status: 'in_progress' },
      link: { kind: 'missing', detail: 'the registry entry of ui-agent has no details_link.' },
    } satisfies TaskInput,
  ];
  const work = () => range([commit(`${TASK}: work`, ['src/a.ts', DOC])]);

  it('all (the default): a task the pushed commits never touch still blocks', () => {
    const result = evaluateFreshness(input({ tasks, ranges: [work()] }));
    expect(result.stale).toBe(true);
    expect(result.verdicts.map((v) => [v.taskId, v.fresh])).toEqual([
      [TASK, true],
      [other, false],
    ]);
  });

  it('touched: only the tasks the checked commits work on are judged; the others become a note', () => {
    const touched = { ...config, freshness: { ...config.freshness, scope: 'touched' as const } };
    const result = evaluateFreshness(input({ config: touched, tasks, ranges: [work()] }));
    expect(result.stale).toBe(false);
    expect(result.verdicts.map((v) => v.taskId)).toEqual([TASK]);
    expect(result.notes.join('\n')).toContain(`not judged (freshness.scope: touched`);
    expect(result.notes.join('\n')).toContain(`${other} (missing)`);
  });

  it('touched: a range that works on no active task judges none, and says so', () => {
    const touched = { ...config, freshness: { ...config.freshness, scope: 'touched' as const } };
    const result = evaluateFreshness(
      input({
        config: touched,
        // Two active tasks, and a commit that names neither: no fallback attributes it.
        tasks,
        ranges: [range([commit('docs', ['README.md'])])],
      }),
    );
    expect(result.verdicts).toEqual([]);
    expect(result.stale).toBe(false);
    expect(result.notes).toContain('No active task is worked on by the checked commits: nothing to check.');
  });
});

describe('the commits the next push carries (nextPush)', () => {
  const OTHER = 'TASK-2025-0099-A';
  const nonWork = nonWorkPaths('delegation/tasks/active', '.agent-context/agent-handoffs.json', [DOC]);
  const attribute = (commits: CommitInfo[], nextPush: CommitInfo[] | undefined, active = [TASK, OTHER]) =>
    attributeRanges({
      config,
      ranges: [range(commits)],
      ...(nextPush ? { nextPush } : {}),
      activeTaskIds: active,
      handoffFiles: new Map([[TASK, DOC]]),
      nonWork,
    });

  it('name the task the unnamed work after the handoff falls back to, and are never judged', () => {
    const earlier = commit(`${TASK}: the feature`, ['src/feature.ts']);
    const update = commit(`handoff ${TASK}`, [DOC]);
    const unnamed = commit('fix parser', ['src/parser.ts']);
    const alone = attribute([unnamed], undefined);
    expect(fallbackMatters(alone)).toBe(true);
    expect(behindInRange(alone.indexed[0] as IndexedRange, TASK, DOC).commits).toEqual([]);
    const pushed = attribute([unnamed], [earlier, update, unnamed]);
    expect(behindInRange(pushed.indexed[0] as IndexedRange, TASK, DOC).commits.map((c) => c.subject)).toEqual(
      ['fix parser'],
    );
    // The commits before the range are attributed along, not counted: only the range's work is.
    expect([...pushed.workShas]).toEqual([unnamed.sha]);
  });

  it('a commit the remote already has gets nothing by the fallback, and keeps what it names', () => {
    const theirs = commit('teammate tidy', ['src/t.ts']);
    const named = commit(`${TASK}: pushed step`, ['src/s.ts']);
    const mine = commit('my tidy', ['src/m.ts']);
    // One task active: without the push to go by, every unnamed commit falls back to it.
    expect(
      behindInRange(attribute([theirs, named, mine], undefined, [TASK]).indexed[0] as IndexedRange, TASK, DOC)
        .commits.length,
    ).toBe(3);
    // The next push carries only `mine`: `theirs`, already pushed, is nobody's.
    const judged = attribute([theirs, named, mine], [mine], [TASK]);
    expect(behindInRange(judged.indexed[0] as IndexedRange, TASK, DOC).commits.map((c) => c.subject)).toEqual(
      [`${TASK}: pushed step`, 'my tidy'],
    );
  });

  it('matter only where a work commit names no task of its own', () => {
    const named = commit(`${TASK}: step`, ['src/a.ts']);
    expect(fallbackMatters(attribute([named], undefined))).toBe(false);
    const unnamed = commit('tidy', ['src/b.ts']);
    expect(fallbackMatters(attribute([unnamed], undefined, [TASK]))).toBe(true);
    expect(fallbackMatters(attribute([named, unnamed], undefined))).toBe(true);
  });
});
