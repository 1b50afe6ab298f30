/** Words of the command lines the tool prints: a real shell must read each back as it was. */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import {
  FOR_AN_AGENT,
  fixSegments,
  proseWithInvocation,
  runsHandoff,
  shellWord,
  withInvocation,
} from '../../src/core/shell.js';

describe('shellWord', () => {
  it('leaves a plain path as it is, and quotes anything a shell reads specially', () => {
    expect(shellWord('delegation/tasks/active/TASK-1-handoff-session2.md')).toBe(
      'delegation/tasks/active/TASK-1-handoff-session2.md',
    );
    expect(shellWord('task notes/a.md')).toBe("'task notes/a.md'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord('')).toBe("''");
  });

  it('is read back by sh as the text it was, whatever the text', () => {
    const texts = fc.sample(
      fc.string({
        unit: fc.constantFrom('a', ' ', "'", '"', '$', '(', ')', ';', '`', '\\', '*', '\n', '&', '|', 'é'),
      }),
      200,
    );
    texts.push('$(touch pwned)', "'; rm -rf x; '", '`id`', '--help');
    const script = texts.map((t) => `printf '%s\\0' ${shellWord(t)}`).join('\n');
    const read = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(read.status).toBe(0);
    expect(read.stdout.split('\0').slice(0, -1)).toEqual(texts);
  });
});

describe('withInvocation', () => {
  it('rewrites every run of handoff in a fix, and nothing else', () => {
    expect(withInvocation('handoff draft --task T-1', 'npx handoff')).toBe('npx handoff draft --task T-1');
    expect(withInvocation("git switch 'a$(id)' && handoff draft --task T-1", 'npx handoff')).toBe(
      "git switch 'a$(id)' && npx handoff draft --task T-1",
    );
    expect(
      withInvocation(
        'make l.md a file inside the repository, not a symlink out of it (or git rm it), then handoff draft --task T-1',
        'handoff -C pkg',
      ),
    ).toBe(
      'make l.md a file inside the repository, not a symlink out of it (or git rm it), then handoff -C pkg draft --task T-1',
    );
    // An agent's way beside a person's steps (an incomplete handoff's fix).
    expect(
      withInvocation(
        'fill in Next Steps in h.md, then commit it (an agent without a terminal: handoff draft --task T-1 --note "<state in one line>" --next "<next step>", then commit)',
        'npx handoff',
      ),
    ).toBe(
      'fill in Next Steps in h.md, then commit it (an agent without a terminal: npx handoff draft --task T-1 --note "<state in one line>" --next "<next step>", then commit)',
    );
    // Prose and paths that merely contain the word stay as they are.
    expect(withInvocation('fill in Next Steps in docs/handoff notes.md, then commit it', 'npx handoff')).toBe(
      'fill in Next Steps in docs/handoff notes.md, then commit it',
    );
    expect(
      withInvocation(
        "git add -- 'my handoff .md' && git commit -m 'T-1: handoff' -- 'my handoff .md'",
        'npx handoff',
      ),
    ).toBe("git add -- 'my handoff .md' && git commit -m 'T-1: handoff' -- 'my handoff .md'");
    // Inside a quoted word (a package folder named so) the words are a name, not a command.
    expect(withInvocation("handoff -C 'pkgs/a, then handoff b' draft --task T-1", 'npx handoff')).toBe(
      "npx handoff -C 'pkgs/a, then handoff b' draft --task T-1",
    );
    const branch = shellWord("it's && handoff x");
    expect(withInvocation(`git switch ${branch} && handoff draft`, 'npx handoff')).toBe(
      `git switch ${branch} && npx handoff draft`,
    );
    expect([
      runsHandoff(`git switch ${branch}, then make x`),
      runsHandoff('make x, then handoff draft'),
    ]).toEqual([false, true]);
  });
});

describe('proseWithInvocation', () => {
  it('rewrites the commands prose names in backticks, and nothing else', () => {
    expect(
      proseWithInvocation('there is no registry yet; create one with `handoff init`', 'npx handoff'),
    ).toBe('there is no registry yet; create one with `npx handoff init`');
    expect(
      proseWithInvocation(
        'read it (`handoff resume --task T-1`), or `handoff validate` lists each',
        'npx handoff',
      ),
    ).toBe('read it (`npx handoff resume --task T-1`), or `npx handoff validate` lists each');
    // A path, a word in prose, and a name of the program alone stay.
    for (const text of [
      'docs/handoff notes.md',
      'the handoff is behind',
      'run `handoff` with no arguments',
    ]) {
      expect(proseWithInvocation(text, 'npx handoff')).toBe(text);
    }
    // An invocation holding `$&` or `$1` (a project folder so named) is written as it is.
    expect(proseWithInvocation('`handoff init`', "npx --prefix '/p/$&$1' handoff")).toBe(
      "`npx --prefix '/p/$&$1' handoff init`",
    );
    expect(proseWithInvocation('`handoff init`', 'handoff')).toBe('`handoff init`');
  });
});

describe('fixSegments', () => {
  const commands = (fix: string) =>
    fixSegments(fix)
      .filter((s) => s.command)
      .map((s) => s.text);

  it('keeps a fix that is a command whole', () => {
    for (const fix of [
      'handoff draft --task TASK-1 --from abc',
      'npx handoff -C packages/a draft --task TASK-1',
      "git switch 'b' && handoff draft --task TASK-1",
      "git add -- a.md && git commit -m 'TASK-1: handoff' -- a.md",
    ]) {
      expect(fixSegments(fix)).toEqual([{ text: fix, command: true }]);
    }
  });

  it("cuts a fix in words into its words and its runs of handoff, each to the next ', then ' or its parenthesis", () => {
    const incomplete = `fill in Decisions Made in a.md, then commit it (${FOR_AN_AGENT} npx handoff draft --task TASK-1 --note "<one line>" --decision "<decision: reason>", then commit)`;
    expect(fixSegments(incomplete)).toEqual([
      { text: `fill in Decisions Made in a.md, then commit it (${FOR_AN_AGENT} `, command: false },
      {
        text: 'npx handoff draft --task TASK-1 --note "<one line>" --decision "<decision: reason>"',
        command: true,
      },
      { text: ', then commit)', command: false },
    ]);
    const symlink =
      "make 'x, then y.md' a file inside the repository, not a symlink out of it (or git rm it), then handoff draft --task TASK-1";
    expect(commands(symlink)).toEqual(['handoff draft --task TASK-1']);
    expect(
      fixSegments(symlink)
        .map((s) => s.text)
        .join(''),
    ).toBe(symlink);
    // Words that name no run of handoff are words.
    expect(fixSegments('fill in Next Steps in a.md, then commit it')).toEqual([
      { text: 'fill in Next Steps in a.md, then commit it', command: false },
    ]);
  });
});
