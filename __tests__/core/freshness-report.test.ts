import type { CheckResult } from '../../src/core/model.js';
import { bypassLines } from '../../src/core/pre-push.js';
import {
  escapeData,
  escapeProperty,
  renderCheckGithub,
  renderCheckJson,
  renderCheckText,
} from '../../src/core/render/check-report.js';

const REGISTRY = '.agent-context/agent-handoffs.json';

const stale: CheckResult = {
  range: { description: 'origin/main..feature', commitCount: 3 },
  stale: true,
  notes: ['1 work commit(s) name no active task'],
  verdicts: [
    {
      taskId: 'TASK-2025-0078-C',
      agent: 'powertest-runner',
      handoffPath: 'delegation/tasks/active/a,b:c.md',
      fresh: false,
      problems: [
        {
          reason: 'behind',
          detail: '2 work commit(s) for TASK-2025-0078-C: abc1234, def5678 (allowed: 0).',
          commits: ['abc1234', 'def5678'],
          fix: 'handoff draft --task TASK-2025-0078-C --from 0123456789ab',
        },
        { reason: 'expired', detail: '100% old\nreally', fix: 'handoff draft --task TASK-2025-0078-C' },
      ],
    },
    { taskId: 'TASK-2025-0099', agent: 'b', fresh: true, problems: [] },
  ],
};

describe('renderCheckText', () => {
  it('writes the fixes the way the user runs the program (npx for a local install)', () => {
    const text = renderCheckText(stale, { hook: true, program: 'npx handoff' });
    expect(text).toContain('fix: npx handoff draft --task TASK-2025-0078-C --from 0123456789ab');
    expect(text).not.toMatch(/fix: handoff /);
  });

  it('counts a task judged on two pushed branches once, and names the branch of a stale verdict', () => {
    const verdict = stale.verdicts[0] as CheckResult['verdicts'][number];
    const twoRefs: CheckResult = {
      ...stale,
      verdicts: [
        { ...verdict, ref: 'feature/x' },
        { ...verdict, fresh: true, problems: [], ref: 'main' },
      ],
    };
    const text = renderCheckText(twoRefs, { hook: true });
    expect(text).toContain('handoff check: 1 of 1 active task(s) need a handoff update');
    expect(text).toContain('✗ TASK-2025-0078-C (agent powertest-runner, branch feature/x)');
    const github = renderCheckGithub(twoRefs, { registryPath: REGISTRY });
    expect(github).toContain('1 of 1 active task(s) need a handoff update.');
    expect(github).toContain('title=Handoff behind%3A TASK-2025-0078-C on feature/x::');
    const fresh = {
      ...twoRefs,
      stale: false,
      verdicts: twoRefs.verdicts.map((v) => ({ ...v, fresh: true, problems: [] })),
    };
    expect(renderCheckText(fresh, { hook: true })).toContain(
      'handoff check: 1 active task(s), every handoff fresh',
    );
  });

  it('counts handoffs, not tasks, when agents share a task', () => {
    const verdict = stale.verdicts[0] as CheckResult['verdicts'][number];
    const shared: CheckResult = {
      ...stale,
      verdicts: [verdict, { ...verdict, agent: 'other-agent', fresh: true, problems: [] }],
    };
    expect(renderCheckText(shared, { hook: true })).toContain(
      'handoff check: 1 of 2 handoff(s) of 1 active task(s) need an update',
    );
    const fresh = {
      ...shared,
      stale: false,
      verdicts: shared.verdicts.map((v) => ({ ...v, fresh: true, problems: [] })),
    };
    expect(renderCheckText(fresh, { hook: true })).toContain(
      'handoff check: 1 active task(s), every handoff fresh',
    );
  });

  it('names each stale task, its reasons, evidence and fixes', () => {
    const text = renderCheckText(stale, { hook: false });
    expect(text).toContain('1 of 2 active task(s) need a handoff update (origin/main..feature, 3 commit(s))');
    expect(text).toContain('behind: 2 work commit(s) for TASK-2025-0078-C: abc1234, def5678');
    expect(text).toContain('fix: handoff draft --task TASK-2025-0078-C --from 0123456789ab');
    expect(text).toContain('fix: handoff draft --task TASK-2025-0078-C\n');
    // Once per task, under its fixes: the answers an agent, with no terminal, passes as flags.
    expect(text).toContain(
      'fix: handoff draft --task TASK-2025-0078-C\n  without a terminal (an agent), add the answers as flags: --note "<state in one line>" --decision "<decision: reason>" --blocker "<blocker, or None>" --next "<next step>" --progress "<0-100>" --remaining "<time left, e.g. 3h>"\n',
    );
    expect(text.split('without a terminal')).toHaveLength(2);
    expect(text).not.toContain('TASK-2025-0099');
    expect(text).not.toContain('--no-verify');
  });

  it('ends a blocked push with the bypasses of the hook manager in use', () => {
    const plain = renderCheckText(stale, { hook: true });
    expect(plain).toContain('git push --no-verify');
    expect(plain).toContain('HANDOFF_SKIP=1 git push');
    expect(plain).not.toContain('HUSKY=0');
    const husky = renderCheckText(stale, { hook: true, bypasses: bypassLines('husky') });
    expect(husky).toContain('HUSKY=0 git push');
    expect(husky).toContain('git push --no-verify');
    expect(husky).toContain('HANDOFF_SKIP=1 git push');
  });

  it('says everything is fresh without bypasses', () => {
    const fresh: CheckResult = {
      stale: false,
      notes: [],
      verdicts: [{ taskId: 'TASK-2025-0099', agent: 'b', fresh: true, problems: [] }],
    };
    const text = renderCheckText(fresh, { hook: true });
    expect(text).toBe('handoff check: 1 active task(s), every handoff fresh.\n');
  });
});

/** A result whose fixes run handoff after a switch, after prose, and not at all. */
const compound: CheckResult = {
  stale: true,
  notes: [],
  verdicts: [
    {
      taskId: 'T-1',
      agent: 'a',
      fresh: false,
      problems: [
        {
          reason: 'behind',
          detail: 'd',
          commits: ['abc1234'],
          fix: "git switch 'b$(id)' && handoff draft --task T-1",
        },
        {
          reason: 'invalid-link',
          detail: 'd',
          fix: 'make l.md a file inside the repository, not a symlink out of it (or git rm it), then handoff draft --task T-1',
        },
        { reason: 'incomplete', detail: 'd', fix: 'fill in Next Steps in h.md, then commit it' },
      ],
    },
  ],
};

describe('renderCheckJson', () => {
  it('is the result as JSON', () => {
    expect(JSON.parse(renderCheckJson(stale))).toEqual(stale);
  });

  it('writes every run of handoff in a fix as the text does (npx for a local install)', () => {
    const fixes = (
      JSON.parse(renderCheckJson(compound, { program: 'npx handoff' })) as CheckResult
    ).verdicts[0]?.problems.map((p) => p.fix);
    expect(fixes).toEqual([
      "git switch 'b$(id)' && npx handoff draft --task T-1",
      'make l.md a file inside the repository, not a symlink out of it (or git rm it), then npx handoff draft --task T-1',
      'fill in Next Steps in h.md, then commit it',
    ]);
    const text = renderCheckText(compound, { hook: false, program: 'npx handoff' });
    for (const fix of fixes ?? []) expect(text).toContain(`fix: ${fix}\n`);
    const github = renderCheckGithub(compound, { program: 'npx handoff', registryPath: REGISTRY });
    expect(github).toContain("Fix: git switch 'b$(id)' && npx handoff draft --task T-1");
    expect(github).not.toMatch(/(?:^|&& |then )handoff /m);
  });
});

describe('renderCheckGithub', () => {
  it('annotates each problem on the handoff file with escaped properties and message', () => {
    const lines = renderCheckGithub(stale, { registryPath: REGISTRY }).trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::error file=delegation/tasks/active/a%2Cb%3Ac.md,title=Handoff behind%3A TASK-2025-0078-C::2 work commit(s) for TASK-2025-0078-C: abc1234, def5678 (allowed: 0). Fix: handoff draft --task TASK-2025-0078-C --from 0123456789ab',
    );
    expect(lines[1]).toBe(
      '::error file=delegation/tasks/active/a%2Cb%3Ac.md,title=Handoff expired%3A TASK-2025-0078-C::100%25 old%0Areally Fix: handoff draft --task TASK-2025-0078-C',
    );
    expect(lines[2]).toBe('::notice::1 work commit(s) name no active task');
    expect(lines[3]).toBe('::notice title=Handoff Guard::1 of 2 active task(s) need a handoff update.');
    expect(lines).toHaveLength(4);
  });

  it('prints the annotations the Action prints: each missing element on its line, a missing handoff on the registry', () => {
    const incomplete: CheckResult = {
      stale: true,
      notes: [],
      verdicts: [
        {
          taskId: 'T-1',
          agent: 'a',
          handoffPath: 'h.md',
          fresh: false,
          problems: [
            {
              reason: 'incomplete',
              detail: 'h.md lacks Decisions Made, Current Blockers (absent, empty or placeholder text).',
              elements: ['decisions', 'blockers'],
              places: [
                { element: 'decisions', line: 8, absent: true },
                { element: 'blockers', line: 8 },
              ],
              fix: 'fill in Decisions Made, Current Blockers in h.md, then commit it',
            },
          ],
        },
        {
          taskId: 'T-2',
          agent: 'b',
          fresh: false,
          problems: [
            { reason: 'missing', detail: 'the task has no details_link.', fix: 'handoff draft --task T-2' },
          ],
        },
      ],
    };
    const lines = renderCheckGithub(incomplete, { program: 'npx handoff', registryPath: REGISTRY })
      .trimEnd()
      .split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '::error file=h.md,line=8,title=Handoff incomplete%3A T-1::"Decisions Made" is missing (add it near this line). Fix: fill in Decisions Made, Current Blockers in h.md, then commit it',
      '::error file=h.md,line=8,title=Handoff incomplete%3A T-1::"Current Blockers" is empty or template text. Fix: fill in Decisions Made, Current Blockers in h.md, then commit it',
      `::error file=${REGISTRY},title=Handoff missing%3A T-2::the task has no details_link. Fix: npx handoff draft --task T-2`,
    ]);
  });

  it('escapes as the runner expects', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
  });
});
