/** The pure pieces of agent sessions: life-cycle transitions, draft input, hook protocol answers, settings merge, the prime bound. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkEventName,
  hookCommand,
  isOurHookCommand,
  mergeHookSettings,
  parseHookEvent,
  stopAnswer,
} from '../../src/core/agent-hooks.js';
import { draftCommand, judgeSession, type SessionFacts } from '../../src/core/agent-session.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import { composeDraft } from '../../src/core/draft.js';
import {
  applyDraftInput,
  mergeDraftInputs,
  parseDraftInputJson,
  parseProgress,
} from '../../src/core/draft-input.js';
import { InputError } from '../../src/core/errors.js';
import { checkAgentName, checkTaskId, chooseAgent, transition } from '../../src/core/lifecycle.js';
import { buildPrime, PRIME_MAX_CHARS } from '../../src/core/prime.js';
import type { StatusRow } from '../../src/core/render/status.js';
import { buildResume } from '../../src/core/resume.js';
import {
  agentInstructions,
  INSTRUCTIONS_END,
  INSTRUCTIONS_START,
} from '../../src/core/templates/agent-instructions.js';

const config = structuredClone(DEFAULT_CONFIG);
const today = '2026-12-01';

function ruleOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.rule;
    throw error;
  }
  return undefined;
}

describe('life cycle', () => {
  it('refuses what validate refuses', () => {
    expect(ruleOf(() => checkAgentName(''))).toBe('registry/agent-name');
    expect(ruleOf(() => checkAgentName('$schema'))).toBe('registry/agent-name');
    expect(ruleOf(() => checkAgentName(' x'))).toBe('registry/agent-name');
    expect(ruleOf(() => checkAgentName('powertest-runner'))).toBeUndefined();
    expect(ruleOf(() => checkTaskId(config, 'TASK-2025-0078-C'))).toBeUndefined();
    expect(ruleOf(() => checkTaskId(config, '../TASK-1'))).toBe('registry/task-id');
    expect(ruleOf(() => checkTaskId(config, 'task-1'))).toBe('registry/task-id');
  });

  it('start registers, keeps the same task, and resets what belonged to the old one on a switch', () => {
    expect(transition({ action: 'start', agent: 'a', taskId: 'TASK-1', note: 'n', today })).toEqual({
      status: 'in_progress',
      current_task: 'TASK-1',
      task_started: today,
      brief_note: 'n',
    });
    const entry = {
      status: 'blocked',
      current_task: 'TASK-1',
      task_started: '2026-11-01',
      details_link: 'd/TASK-1-handoff-session1.md',
      brief_note: 'old',
    };
    expect(transition({ action: 'start', agent: 'a', entry, taskId: 'TASK-1', today })).toEqual({
      status: 'in_progress',
      current_task: 'TASK-1',
    });
    expect(transition({ action: 'start', agent: 'a', entry, taskId: 'TASK-2', today })).toEqual({
      status: 'in_progress',
      current_task: 'TASK-2',
      task_started: today,
      brief_note: undefined,
      details_link: undefined,
    });
  });

  it('block/done/idle need an entry; done keeps the task, idle clears it', () => {
    expect(ruleOf(() => transition({ action: 'done', agent: 'x', today }))).toBe('registry/no-agent');
    const entry = { status: 'in_progress', current_task: 'TASK-1' };
    expect(transition({ action: 'done', agent: 'a', entry, today })).toEqual({ status: 'complete' });
    expect(transition({ action: 'idle', agent: 'a', entry, today })).toEqual({
      status: 'idle',
      current_task: null,
    });
    expect(ruleOf(() => transition({ action: 'block', agent: 'a', entry: { status: 'idle' }, today }))).toBe(
      'registry/no-task',
    );
  });

  it('chooses the agent: flag, environment, else the one active agent', () => {
    const registry = { a: { status: 'in_progress', current_task: 'TASK-1' }, b: { status: 'idle' } };
    expect(chooseAgent(registry, config, 'done', 'b', 'a')).toBe('b');
    expect(chooseAgent(registry, config, 'done', undefined, 'b')).toBe('b');
    expect(chooseAgent(registry, config, 'done', undefined, undefined)).toBe('a');
    expect(ruleOf(() => chooseAgent(registry, config, 'start', undefined, undefined))).toBe(
      'registry/no-agent',
    );
  });
});

describe('draft input', () => {
  it('parses the JSON document and locates schema errors', () => {
    expect(parseDraftInputJson('{"decisions":["a: b"],"progress":70}')).toEqual({
      decisions: ['a: b'],
      progress: 70,
    });
    const error = (() => {
      try {
        parseDraftInputJson('{\n  "progress": 170\n}');
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error?.rule).toBe('schema/maximum');
    expect(error?.location).toMatchObject({ file: '(stdin)', line: 2 });
    expect(ruleOf(() => parseDraftInputJson('{"decision":["x"]}'))).toBe('draft/unknown-key');
    expect(ruleOf(() => parseDraftInputJson('{"next": '))).toBe('json/syntax');
    expect(ruleOf(() => parseProgress('70%'))).toBeUndefined();
    expect(ruleOf(() => parseProgress('170'))).toBe('draft/progress');
  });

  it('flags add to lists and override single values', () => {
    expect(mergeDraftInputs({ next: ['a'], progress: 10 }, { next: ['b'], progress: 20 })).toEqual({
      next: ['a', 'b'],
      progress: 20,
    });
  });

  it('resolves carried items, sets progress and remaining, and leads Current State with the note', () => {
    const previous = parseHandoff(
      '# TASK-1: Handoff (Session 1)\n\n**Date**: 2026-11-30\n\n## Current Blockers\n\n- Staging DB is down\n\n## Next Steps\n\n- [ ] Write the parser\n- [ ] Ship it\n',
    );
    const composed = composeDraft({
      taskId: 'TASK-1',
      agent: 'a',
      session: 2,
      now: new Date('2026-12-01T10:00:00Z'),
      status: 'in_progress',
      previous: { document: previous, session: 1 },
      commits: [],
      sessionGapMs: 7_200_000,
      wordBudget: 250,
    });
    const draft = applyDraftInput(
      composed,
      { resolved: ['staging db', 'parser'], progress: 60, remaining: '2h', note: 'Parser done' },
      250,
    );
    expect(draft.markdown).toContain('**Status**: In Progress (60%)');
    expect(draft.markdown).toContain('**Progress:** 60% complete');
    expect(draft.markdown).toContain('**Estimated Remaining:** 2h');
    expect(draft.markdown).toContain('## Current State\n\nParser done');
    expect(draft.markdown).toContain('- None');
    expect(draft.markdown).not.toContain('Staging DB');
    expect(draft.markdown).toContain('- [x] Write the parser');
    expect(ruleOf(() => applyDraftInput(composed, { resolved: ['nothing like it'] }, 250))).toBe(
      'draft/resolved-unknown',
    );
    expect(ruleOf(() => applyDraftInput(composed, { resolved: ['i'] }, 250))).toBe(
      'draft/resolved-ambiguous',
    );
  });

  it('a None blocker is nothing to resolve, and not listed as open', () => {
    const previous = parseHandoff(
      '# TASK-1: Handoff (Session 1)\n\n## Current Blockers\n\n- None\n\n## Next Steps\n\n- [ ] Write the parser\n',
    );
    const composed = composeDraft({
      taskId: 'TASK-1',
      agent: 'a',
      session: 2,
      now: new Date('2026-12-01T10:00:00Z'),
      status: 'in_progress',
      previous: { document: previous, session: 1 },
      commits: [],
      sessionGapMs: 7_200_000,
      wordBudget: 250,
    });
    let message = '';
    try {
      applyDraftInput(composed, { resolved: ['none'] }, 250);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('matches no open blocker or next step');
    expect(message).toContain('open: "Write the parser"');
    expect(message).not.toContain('"None"');
  });
});

describe('hook protocols', () => {
  it('reads the fields it needs from a documented event and ignores the rest', () => {
    const event = parseHookEvent(
      JSON.stringify({
        session_id: 'abc123',
        transcript_path: '/t.jsonl',
        cwd: '/repo',
        permission_mode: 'default',
        hook_event_name: 'Stop',
        stop_hook_active: true,
      }),
    );
    expect(event).toEqual({ hookEventName: 'Stop', cwd: '/repo', stopHookActive: true });
    expect(parseHookEvent('')).toEqual({ stopHookActive: false });
    expect(ruleOf(() => parseHookEvent('[1]'))).toBe('hook/event');
    expect(
      ruleOf(() => checkEventName('gemini', 'stop', { hookEventName: 'Stop', stopHookActive: false })),
    ).toBe('hook/event-name');
  });

  it('answers Stop per tool: block for Claude Code, deny for Gemini CLI, {} to allow', () => {
    expect(stopAnswer('claude', { reason: 'r' })).toEqual({ decision: 'block', reason: 'r' });
    expect(stopAnswer('gemini', { reason: 'r' })).toEqual({ decision: 'deny', reason: 'r' });
    expect(stopAnswer('claude', undefined)).toEqual({});
  });

  it('merges settings idempotently and recognises its own hooks whatever runs handoff', () => {
    const commands = {
      'session-start': hookCommand('npx --no-install handoff', 'claude', 'session-start', 'claude'),
      stop: hookCommand('npx --no-install handoff', 'claude', 'stop', 'claude'),
      'pre-compact': hookCommand('npx --no-install handoff', 'claude', 'pre-compact', 'claude'),
    };
    const first = mergeHookSettings({ model: 'opus' }, 'claude', commands, 's.json');
    expect(first.added).toEqual(['SessionStart', 'Stop', 'PreCompact']);
    const second = mergeHookSettings(first.settings, 'claude', commands, 's.json');
    expect(second.added).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.settings).toEqual(first.settings);
    expect(second.settings.model).toBe('opus');
    expect(isOurHookCommand('node ./dist/cli.js hook stop --tool claude --agent x', 'claude', 'stop')).toBe(
      true,
    );
    expect(isOurHookCommand('node ./dist/cli.js hook stop --tool gemini', 'claude', 'stop')).toBe(false);
    expect(ruleOf(() => mergeHookSettings([], 'claude', commands, 's.json'))).toBe('settings/shape');
    expect(hookCommand('handoff', 'claude', 'stop', "o'brien")).toBe(
      `handoff hook stop --tool claude --agent 'o'\\''brien'`,
    );
  });
});

describe('session verdict', () => {
  const facts = (over: Partial<SessionFacts>): SessionFacts => ({
    agent: 'a',
    task: { taskId: 'TASK-1', status: 'in_progress', active: true },
    handoff: { path: 'h.md', exists: true, changed: false, missing: [] },
    workCommits: 0,
    uncommitted: [],
    maxCommitsBehind: 0,
    ...over,
  });
  it('lets a session with no work end, and says when the task still has no handoff for the push', () => {
    const fresh = judgeSession(facts({}));
    expect(fresh).toMatchObject({ stale: false, reason: 'TASK-1: no work since the handoff.' });
    const none = judgeSession(facts({ handoff: undefined }));
    expect(none.stale).toBe(false);
    expect(none.reason).toContain('TASK-1: no work to hand off yet. It has no handoff, which a push needs');
    expect(none.reason).toContain('`handoff draft --task TASK-1 --agent a --note');
    const gone = judgeSession(
      facts({ handoff: { path: 'h.md', exists: false, changed: false, missing: [] } }),
    );
    expect(gone.reason).toContain('no work to hand off yet');
  });

  it('refuses a session with no work to end when its start is committed and it has no handoff: the push would be refused', () => {
    const committed = judgeSession(facts({ handoff: undefined, activeAsCommitted: true }));
    expect(committed).toMatchObject({
      stale: true,
      fix: expect.stringContaining('handoff draft --task TASK-1'),
    });
    expect(committed.reason).toContain('but its start is committed (the registry has it active)');
    expect(committed.reason).toContain('a push is refused for it (missing)');
    const gone = judgeSession(
      facts({
        handoff: { path: 'h.md', exists: false, changed: false, missing: [] },
        activeAsCommitted: true,
      }),
    );
    expect(gone.stale).toBe(true);
    // A start not committed yet: the push carries nothing of the task.
    expect(judgeSession(facts({ handoff: undefined, activeAsCommitted: false })).stale).toBe(false);
    // With a handoff, the committed start asks for nothing more.
    expect(judgeSession(facts({ activeAsCommitted: true })).stale).toBe(false);
  });

  it('says which of the counted commits name no task, and why they count (the push’s fallback)', () => {
    const setup = judgeSession(facts({ handoff: undefined, workCommits: 3, namedWorkCommits: 0 }));
    expect(setup.reason).toContain(
      'TASK-1 has 3 work commits no handoff covers (they name no task: the push gives them to TASK-1 by its fallback rule)',
    );
    const some = judgeSession(facts({ workCommits: 3, namedWorkCommits: 2 }));
    expect(some.reason).toContain(
      '3 work commits after the handoff (1 names no task: the push gives it to TASK-1',
    );
    const named = judgeSession(facts({ workCommits: 2, namedWorkCommits: 2 }));
    expect(named.reason).toContain('2 work commits after the handoff that h.md does not cover');
  });

  it('refuses to end a session in the middle of a merge, whatever the staged handoff says', () => {
    const staged = { path: 'h.md', exists: true, changed: true, missing: [] };
    expect(judgeSession(facts({ uncommitted: ['a.js'], handoff: staged })).stale).toBe(false);
    const merging = judgeSession(facts({ uncommitted: ['a.js'], handoff: staged, inProgress: 'merge' }));
    expect(merging).toMatchObject({ stale: true, fix: 'git commit --no-edit' });
    expect(merging.reason).toContain('a merge is in progress');
    expect(judgeSession(facts({ uncommitted: ['a.js'], inProgress: 'rebase' })).fix).toBe(
      'git rebase --continue',
    );
    // Nothing staged or changed: nothing of the operation's to mistake for the session's.
    expect(judgeSession(facts({ inProgress: 'merge' })).stale).toBe(false);
  });

  it('refuses only work the handoff does not cover', () => {
    expect(judgeSession(facts({})).stale).toBe(false);
    expect(judgeSession(facts({ workCommits: 2 })).fix).toContain('handoff draft --task TASK-1 --agent a');
    expect(judgeSession(facts({ uncommitted: ['a.js'] })).reason).toContain('uncommitted changes to a.js');
    const mixed = judgeSession(
      facts({ uncommitted: ['a.js', 'junit.xml', 'b.js', 'c.js', 'd.js'], untracked: ['junit.xml'] }),
    );
    expect(mixed.stale).toBe(true);
    expect(mixed.reason).toContain('uncommitted changes to a.js, b.js, c.js and 1 more and 1 untracked file');
    expect(mixed.reason).toContain('(junit.xml; add what is not work to .gitignore)');
    expect(
      judgeSession(
        facts({ workCommits: 2, handoff: { path: 'h.md', exists: true, changed: true, missing: [] } }),
      ).stale,
    ).toBe(false);
    expect(
      judgeSession(
        facts({
          workCommits: 2,
          handoff: { path: 'h.md', exists: true, changed: true, missing: ['decisions'] },
        }),
      ).fix,
    ).toBe('handoff draft --task TASK-1 --agent a --decision "<decision: reason>"');
    // The fix asks only for what is missing, as a command: draft fills a drafted file's template lines in place.
    expect(
      judgeSession(
        facts({
          workCommits: 2,
          handoff: { path: 'h.md', exists: true, changed: true, missing: ['decisions', 'timeProgress'] },
        }),
      ),
    ).toMatchObject({
      reason: expect.stringContaining('give the answers to draft, which fills the template lines in place'),
      fix: 'handoff draft --task TASK-1 --agent a --decision "<decision: reason>" --progress "<0-100>"',
    });
    expect(
      judgeSession(facts({ workCommits: 2, task: { taskId: 'TASK-1', status: 'complete', active: false } }))
        .stale,
    ).toBe(false);
    // No work since, but the handoff is committed incomplete: the next push is refused for it.
    const committedIncomplete = judgeSession(
      facts({
        workCommits: 0,
        handoff: { path: 'h.md', exists: true, changed: false, missing: ['decisions'] },
      }),
    );
    expect(committedIncomplete).toMatchObject({
      stale: true,
      reason: expect.stringContaining('committed with Decisions Made still empty'),
      fix: expect.stringContaining('handoff draft --task TASK-1 --agent a --note'),
    });
  });
});

describe('prime', () => {
  it('stays within its bound with hundreds of agents and stale tasks', () => {
    const team: StatusRow[] = Array.from({ length: 300 }, (_, i) => ({
      agent: `agent-${i}`,
      task: `TASK-${i + 1}`,
      status: 'in_progress',
      active: true,
      briefNote: 'x'.repeat(200),
    }));
    const stale = team.map((row) => ({
      taskId: row.task as string,
      agent: row.agent,
      fresh: false,
      problems: [
        {
          reason: 'behind' as const,
          detail: 'd',
          fix: `handoff draft --task ${row.task} ${'y'.repeat(300)}`,
        },
      ],
    }));
    const prime = buildPrime({
      agent: 'agent-0',
      ownTask: { taskId: 'TASK-1', status: 'in_progress', active: true },
      team,
      stale,
      program: 'handoff',
      now: new Date(),
    });
    expect(prime.text.length).toBeLessThanOrEqual(PRIME_MAX_CHARS);
    expect(prime.team.more).toBe(299 - prime.team.rows.length);
    expect(prime.text).toContain('handoff draft --task TASK-1 --agent agent-0');
    expect(prime.text.split('\n').every((line) => line.length <= 400)).toBe(true);
    expect(prime.stale.more).toBe(300 - prime.stale.items.length);
  });
});

describe("prime's team", () => {
  const team: StatusRow[] = [{ agent: 'bob', task: 'TASK-2', status: 'in_progress', active: true }];
  it('is the other agents for an agent, and every agent when none is named', () => {
    const base = { team, stale: [], program: 'handoff', now: new Date() };
    expect(buildPrime({ ...base, agent: 'me' }).text).toContain('## Team (1 other agent)');
    expect(buildPrime(base).text).toContain('## Team (1 agent)');
  });
});

describe('prime writes fixes as the program is run', () => {
  it("a stale task's fix says npx handoff for a local install, in the text and the JSON", () => {
    const prime = buildPrime({
      agent: 'me',
      ownTask: { taskId: 'TASK-1', status: 'in_progress', active: true },
      team: [],
      stale: [
        {
          taskId: 'TASK-2',
          agent: 'other',
          fresh: false,
          problems: [
            { reason: 'behind', detail: 'd', commits: ['abc1234'], fix: 'handoff draft --task TASK-2' },
          ],
        },
      ],
      program: 'npx handoff',
      now: new Date(),
    });
    expect(prime.stale.items[0]?.fix).toBe('npx handoff draft --task TASK-2');
    expect(prime.text).toContain('fix: npx handoff draft --task TASK-2');
    expect(prime.text).not.toMatch(/fix: handoff /);
  });
});

describe('prime cuts and names', () => {
  it('its commands stand whole in the text, slots and all, for the longest agent name a command takes', () => {
    const agent = 'a'.repeat(200);
    const prime = buildPrime({
      agent,
      ownTask: { taskId: 'TASK-2025-0078-C', status: 'in_progress', active: true },
      team: [],
      stale: [],
      program: 'npx --no-install handoff',
      now: new Date(),
    });
    expect(prime.commands[1]).toBe(
      `${draftCommand('npx --no-install handoff', 'TASK-2025-0078-C', agent)}   # before you stop`,
    );
    expect(prime.commands[1]?.length).toBeGreaterThan(400);
    for (const command of prime.commands) expect(prime.text.split('\n')).toContain(command);
    expect(prime.truncated).toBe(false);
  });

  it("the agent's own brief is capped line by line: a long brief is not cut at its first 400 characters", () => {
    const own = buildResume({
      taskId: 'TASK-1',
      agent: 'me',
      status: 'in_progress',
      now: new Date('2026-12-01T12:00:00Z'),
      briefNote: 'wiring the client, then the retries and the error pages',
      handoff: {
        path: 'delegation/tasks/active/TASK-1-handoff-session1.md',
        document: parseHandoff(
          `# TASK-1: Handoff (Session 1)\n\n**Date**: 2026-12-01\n\n## Current State\n\n${'The client works against the sandbox. '.repeat(6)}\n\n## Next Steps\n\n1. ${'Add retries with backoff. '.repeat(5)}\n2. Write the error pages\n`,
        ),
      },
    });
    const prime = buildPrime({
      agent: 'me',
      own,
      team: [],
      stale: [],
      program: 'handoff',
      now: new Date('2026-12-01T12:00:00Z'),
    });
    expect(prime.truncated).toBe(false);
    const section = prime.text.split('## Your task')[1] ?? '';
    expect(section.length).toBeGreaterThan(400);
    expect(section).toContain('Write the error pages');
  });

  const row = (agent: string, active: boolean, briefNote?: string): StatusRow => ({
    agent,
    task: `TASK-${agent}`,
    status: active ? 'in_progress' : 'idle',
    active,
    ...(briefNote === undefined ? {} : { briefNote }),
  });

  it('a line over its cap is cut between words and the brief says it was cut', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const prime = buildPrime({
      agent: 'me',
      team: [row('other', true)],
      stale: [
        {
          taskId: 'TASK-9',
          agent: 'other',
          fresh: false,
          problems: [{ reason: 'behind', detail: 'd', fix: `handoff draft --task TASK-9 ${words}` }],
        },
      ],
      program: 'handoff',
      now: new Date(),
    });
    expect(prime.truncated).toBe(true);
    const line = prime.text.split('\n').find((l) => l.startsWith('- TASK-9')) as string;
    expect(line.length).toBeLessThanOrEqual(400);
    expect(line).toMatch(/ word\d+…$/);
    // Every word left on the line is whole.
    const kept = line
      .replace(/…$/, '')
      .split(' ')
      .filter((w) => w.startsWith('word'));
    for (const w of kept) expect(words.split(' ')).toContain(w);
  });

  it("the session's own verdict keeps its whole draft command, and no line ends inside a command", () => {
    const reason = `TASK-1: the handoff ${'delegation/tasks/active/'.repeat(8)}TASK-1-handoff-session2.md was written this session but Decisions Made is still empty or placeholder text. Where it says "(to fill in)", \`npx handoff draft --task TASK-1 --agent claude --note "<state in one line>" --decision "<decision: reason>" --blocker "<blocker, or None>" --next "<next step>" --progress <0-100>\` fills it in place.`;
    expect(reason.length).toBeGreaterThan(400);
    const prime = buildPrime({
      agent: 'claude',
      ownTask: { taskId: 'TASK-1', status: 'in_progress', active: true },
      session: { taskId: 'TASK-1', stale: true, reason, fix: 'edit x.md: fill in Decisions Made' },
      team: [],
      stale: [
        {
          taskId: 'TASK-9',
          agent: 'other',
          fresh: false,
          problems: [
            {
              reason: 'behind',
              detail: 'd',
              fix: `handoff draft --task TASK-9 --note \`${'word '.repeat(100)}\``,
            },
          ],
        },
      ],
      program: 'npx handoff',
      now: new Date(),
    });
    expect(prime.text).toContain(`Before ending this session: ${reason}\n`);
    // A lone backtick (an apostrophe typed as one) opens no command: the cut stays at a word.
    const note = `Reader refactor: don\`t touch src/reader.ts until the migration lands on main today`;
    const withNote = buildPrime({
      agent: 'claude',
      team: [{ agent: 'bob', task: 'TASK-2', status: 'in_progress', active: true, briefNote: note }],
      stale: [],
      program: 'handoff',
      now: new Date(),
    });
    expect(withNote.text).toContain('— Reader refactor: don`t touch src/reader.ts until the…');
    // A line cut to its cap never leaves a backtick open.
    for (const line of prime.text.split('\n')) expect((line.split('`').length - 1) % 2).toBe(0);
  });

  it('nothing cut: truncated is false; a long team note is cut at a word', () => {
    const prime = buildPrime({
      agent: 'me',
      team: [row('other', true, 'waiting for the payments team to confirm the sandbox credentials today')],
      stale: [],
      program: 'handoff',
      now: new Date(),
    });
    expect(prime.truncated).toBe(false);
    expect(prime.text).toContain('— waiting for the payments team to confirm the sandbox…');
  });

  it('with no agent named, names the one active agent without taking it for the reader', () => {
    const prime = buildPrime({
      team: [row('claude', true), row('gemini', false)],
      stale: [],
      program: 'handoff',
      now: new Date(),
    });
    expect(prime.agent).toBeNull();
    expect(prime.text).toContain('No agent named');
    expect(prime.text).toContain(
      'The one active agent is "claude" (TASK-claude); if that is you: `handoff prime --agent claude`.',
    );
    const two = buildPrime({
      team: [row('claude', true), row('gemini', true)],
      stale: [],
      program: 'handoff',
      now: new Date(),
    });
    expect(two.text).not.toContain('The one active agent');
  });
});

describe('the commands an agent is told to end a session with', () => {
  it('give every answer a complete handoff needs, a blocker line (or None) included', () => {
    const paragraph = agentInstructions('npx handoff', 'claude');
    for (const flag of ['--note', '--decision', '--blocker', '--next', '--progress'])
      expect(paragraph).toContain(` ${flag} `);
    // Each command that acts for an agent names it: `prime` without one briefs nobody's task.
    expect(paragraph).toContain('`npx handoff prime --agent claude`');
  });

  it('docs/agents.md shows the paragraph setup writes, word for word', () => {
    const docs = readFileSync(join(import.meta.dirname, '../../docs/agents.md'), 'utf8');
    const body = agentInstructions('handoff')
      .replace(`${INSTRUCTIONS_START}\n`, '')
      .replace(`${INSTRUCTIONS_END}\n`, '');
    expect(docs).toContain(`\`\`\`markdown\n${body}\`\`\``);
  });
});
