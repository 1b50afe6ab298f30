import { draftCommand } from '../../src/core/agent-session.js';
import { checkDraftAnswers } from '../../src/core/draft-input.js';
import { InputError } from '../../src/core/errors.js';

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
