import { draftCommand } from '../../src/core/agent-session.js';
import { documentFacts } from '../../src/core/document/facts.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import { composeDraft } from '../../src/core/draft.js';
import {
  checkDraftAnswers,
  checkRemaining,
  fillDraft,
  parseDraftInputJson,
  parseProgress,
  readDraftInputJson,
  timeSpentHours,
} from '../../src/core/draft-input.js';
import { InputError } from '../../src/core/errors.js';

/** A first session's draft with no commits, as `draft` composes it before any answer. */
function firstSessionDraft() {
  return composeDraft({
    taskId: 'TASK-1',
    agent: 'bot',
    session: 1,
    now: new Date('2026-12-01T12:00:00Z'),
    commits: [],
    earlierSessions: [],
    sessionGapMs: 7_200_000,
    wordBudget: 250,
  });
}

function refusal(run: () => void): InputError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  return undefined;
}

describe('checkDraftAnswers', () => {
  it('refuses every answer of the draft command the Stop hook prints, run as printed', () => {
    // The printed command's words, its double-quoted answers unquoted (as a shell would).
    const words = [...draftCommand('handoff', 'TASK-1', 'bot').matchAll(/"([^"]*)"|(\S+)/g)].map(
      (m) => (m[1] ?? m[2]) as string,
    );
    const value = (flag: string) => words[words.indexOf(flag) + 1] as string;
    for (const [flag, key] of [
      ['--note', 'note'],
      ['--decision', 'decisions'],
      ['--blocker', 'blockers'],
      ['--next', 'next'],
    ] as const) {
      const answer = value(flag);
      const input = key === 'note' ? { note: answer } : { [key]: [answer] };
      const error = refusal(() => checkDraftAnswers(input));
      expect(error?.rule).toBe('draft/template-answer');
      expect(error?.message).toContain(`(${flag}) "${answer}" is the printed command's placeholder`);
    }
    // --progress is read as a number first: its slot is told as a slot too, not as a bad number.
    const progress = refusal(() => parseProgress(value('--progress')));
    expect(progress?.rule).toBe('draft/template-answer');
    expect(progress?.message).toContain(`(--progress) "<0-100>" is the printed command's placeholder`);
    expect(refusal(() => parseProgress('170'))?.rule).toBe('draft/progress');
  });

  it.each(['<state>', '<what>: <why>', '<decision>: <why>', ' <what works, what does not> ', '<step>'])(
    'refuses the slot %j',
    (slot) => {
      expect(refusal(() => checkDraftAnswers({ next: [slot] }))?.rule).toBe('draft/template-answer');
    },
  );

  it.each([
    '<https://example.com/issue/12>',
    '<ops@example.org>',
    'Use Map<string, number> for the lookups',
    '<T> generics: keep them',
    'None',
  ])('takes %j as an answer', (text) => {
    expect(refusal(() => checkDraftAnswers({ next: [text], decisions: [text] }))).toBeUndefined();
  });

  it('takes a slot beside a real answer, as it takes a TBD beside one', () => {
    expect(refusal(() => checkDraftAnswers({ next: ['write the tests', '<next step>'] }))).toBeUndefined();
  });
});

describe('timeSpentHours (--time-spent)', () => {
  it('reads hours and minutes as a reader of the handoff sums them', () => {
    expect(timeSpentHours('45m')).toBe(0.75);
    expect(timeSpentHours('1.5h')).toBe(1.5);
    expect(timeSpentHours('1h30m')).toBe(1.5);
    expect(timeSpentHours('90 minutes')).toBe(1.5);
    expect(timeSpentHours('~2 hrs')).toBe(2);
  });

  it('refuses text that names no hours or minutes, other characters, and more than 1,000 hours', () => {
    for (const text of ['2 days', 'soon', '', '-1h', '1h; rm -rf /', '5000h']) {
      const error = refusal(() => timeSpentHours(text));
      expect(error?.rule).toBe('draft/time-spent');
      expect(error?.message).toContain(`--time-spent "${text}"`);
    }
  });
});

describe('checkRemaining (--remaining)', () => {
  it('takes amounts with their units, as an estimate is written', () => {
    for (const text of [
      '3h',
      '90m',
      '2 days',
      '1 week',
      '~4 hours',
      '1h30m',
      '1 week, 2 days',
      '2 days and 3 hours',
      ' 3h ',
      '0h',
    ]) {
      expect(refusal(() => checkRemaining(text))).toBeUndefined();
    }
  });

  it('refuses text with no amount or unit, a sign, or anything after the units', () => {
    for (const text of ['a week', '-1h', 'soon', '3', 'TBD', '3h; rm -rf /', '2 days (maybe)', '']) {
      const error = refusal(() => checkRemaining(text));
      expect(error?.rule).toBe('draft/remaining');
      expect(error?.message).toContain(`--remaining "${text}" is not a time`);
    }
  });

  it('an unknown --input key names the known ones, and the one it is a spelling of', () => {
    const misspelt = refusal(() => parseDraftInputJson('{ "time_spent": "1h" }', 'in.json'));
    expect(misspelt).toMatchObject({ rule: 'draft/unknown-key' });
    expect(misspelt?.message).toContain('"time_spent" (did you mean timeSpent?)');
    expect(misspelt?.message).toContain(
      '(known: decisions, blockers, resolved, next, progress, remaining, timeSpent, note)',
    );
    expect(refusal(() => parseDraftInputJson('{ "colour": "red" }'))?.message).not.toContain('did you mean');
  });

  // Schema errors of `--input -` are said as the registry's and the config's are: at the value's (or
  // the unknown key's) line and column, the key named, the rule in plain words (not ajv's).
  it('an unknown key is said at its own line and column, in the words config uses for one', () => {
    const error = refusal(() => parseDraftInputJson('{\n  "note": "ok",\n  "progres": 50\n}\n'));
    expect(error).toMatchObject({
      rule: 'draft/unknown-key',
      location: { file: '(stdin)', line: 3, column: 3 },
    });
    expect(error?.message).toBe(
      'unknown input key "progres" (did you mean progress?) (known: decisions, blockers, resolved, next, progress, remaining, timeSpent, note)',
    );
  });

  it('a value of the wrong type, or out of bounds, names its key or item at its place', () => {
    const cases: [string, string, number, number, string][] = [
      ['{"note":"ok","progress":"50"}', '"progress" must be a number', 1, 25, 'schema/type'],
      ['{\n  "next": [\n    "a",\n    5\n  ]\n}', 'item 2 of "next" must be a string', 4, 5, 'schema/type'],
      ['{"progress": 170}', '"progress" must be at most 100', 1, 14, 'schema/maximum'],
      ['{"note": ""}', '"note" must not be empty', 1, 10, 'schema/minLength'],
      ['{"decisions": ["a", ""]}', 'item 2 of "decisions" must not be empty', 1, 21, 'schema/minLength'],
      [
        `{"note": "${'n'.repeat(501)}"}`,
        '"note" must be at most 500 characters long',
        1,
        10,
        'schema/maxLength',
      ],
      [
        `{"next": ${JSON.stringify(Array.from({ length: 51 }, (_, i) => `s${i}`))}}`,
        '"next" must list at most 50 items',
        1,
        10,
        'schema/maxItems',
      ],
      ['[1]', 'the input must be an object', 1, 1, 'schema/type'],
    ];
    for (const [text, message, line, column, rule] of cases) {
      expect(refusal(() => parseDraftInputJson(text))).toMatchObject({
        message,
        rule,
        location: { file: '(stdin)', line, column },
      });
    }
  });

  it('in --input JSON, names the key at its line and column', () => {
    const error = refusal(() => parseDraftInputJson('{\n  "remaining": "a week"\n}\n', 'in.json'));
    expect(error).toMatchObject({
      rule: 'draft/remaining',
      location: { file: 'in.json', line: 2, column: 16 },
    });
    expect(error?.message).toContain('"remaining" "a week" is not a time');
  });
});

describe('fillDraft with a stated time', () => {
  it("sets Time Spent in this session's draft and sums the Task Total again with it", () => {
    const composed = composeDraft({
      taskId: 'TASK-1',
      agent: 'bot',
      session: 3,
      now: new Date('2026-12-01T12:00:00Z'),
      commits: [],
      earlierSessions: [{ session: 1, hours: 2 }, { session: 2 }],
      sessionGapMs: 7_200_000,
      wordBudget: 250,
    });
    expect(composed.markdown).toContain('at least: sessions 2, 3 state no time');
    const filled = fillDraft(composed.document, { note: 'ok' }, 250, undefined, {
      hours: 1.25,
      earlier: [{ session: 1, hours: 2 }, { session: 2 }],
    });
    expect(filled.markdown).toContain('**Time Spent:** 1.25 hours this session (stated)');
    expect(filled.markdown).toContain(
      "**Task Total:** 3.3 hours in 3 sessions (sum of each handoff's Time Spent; at least: session 2 states no time)",
    );
    expect(documentFacts(parseHandoff(filled.markdown)).timeSpentHours).toBe(1.25);
  });
});

describe('fillDraft run again with the same answers', () => {
  it('keeps one copy of the note, as of each list answer', () => {
    const composed = firstSessionDraft();
    const answers = { note: 'Parser done', decisions: ['Used fetch: no dependency'], nextSteps: ['Write b'] };
    const once = fillDraft(composed.document, answers, 250);
    // The draft as written, read back and filled in again (a second `draft` to add --time-spent).
    const twice = fillDraft(parseHandoff(once.markdown), { ...answers, note: ' parser  DONE ' }, 250);
    expect(twice.markdown.match(/parser {1,2}done/gi)).toHaveLength(1);
    expect(twice.markdown.match(/Used fetch/g)).toHaveLength(1);
    // A note that says something new opens the section; the last one stays under it.
    const newer = fillDraft(parseHandoff(twice.markdown), { note: 'Tests pass' }, 250);
    expect(newer.markdown).toMatch(/## Current State\n\nTests pass\n\nparser {1,2}DONE/i);
  });
});

describe('readDraftInputJson', () => {
  it('places an answer refused after the schema at its value in the JSON, not one a flag gave', () => {
    const text = '{\n  "note": " ",\n  "resolved": [" ", "the login bug"]\n}\n';
    const { input, placeOf } = readDraftInputJson(text, 'in.json', { resolved: ['flaky test'] });
    expect(input.resolved).toEqual(['the login bug', 'flaky test']);
    expect(placeOf('resolved', 'the login bug')).toEqual({ file: 'in.json', line: 3, column: 21 });
    expect(placeOf('resolved', 'flaky test')).toEqual({});
    expect(refusal(() => checkDraftAnswers(input, placeOf))?.location).toEqual({
      file: 'in.json',
      line: 2,
      column: 11,
    });
    // A note from a flag wins over the JSON's, and is no place in it.
    expect(readDraftInputJson(text, 'in.json', { note: ' ' }).placeOf('note', ' ')).toEqual({});
    // The fill of a draft written earlier this session resolves as a new draft does.
    const composed = firstSessionDraft();
    const error = refusal(() => fillDraft(composed.document, input, 250, undefined, undefined, placeOf));
    expect(error).toMatchObject({
      rule: 'draft/resolved-unknown',
      location: { file: 'in.json', line: 3, column: 21 },
    });
  });
});
