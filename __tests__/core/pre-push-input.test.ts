/**
 * Where the pre-push check takes the pushed refs from (git's stdin, pre-commit's variables, or
 * nowhere), and which hook manager a blocking message names. Pure: in-memory facts only.
 */
import {
  bypassLines,
  chooseHookInput,
  hookManagerOf,
  huskyHookMissingNote,
  parsePrePushInput,
  preCommitPush,
  prePushLine,
  ZERO_OID,
} from '../../src/core/pre-push.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const LINE = `refs/heads/main ${A} refs/heads/main ${B}\n`;
const PIPE = (text: string) => ({ provided: true, text });
const TERMINAL = { provided: false, text: '' };

describe('chooseHookInput', () => {
  it("takes git's lines first, whatever the environment says", () => {
    expect(chooseHookInput(PIPE(LINE), { PRE_COMMIT: '1', PRE_COMMIT_TO_REF: B })).toEqual({
      kind: 'stdin',
      text: LINE,
    });
  });

  it('reads zero lines from a pipe as a push with nothing to check (git runs the hook anyway)', () => {
    expect(chooseHookInput(PIPE(''), {})).toEqual({ kind: 'stdin', text: '' });
    expect(chooseHookInput(PIPE('\n'), {})).toEqual({ kind: 'stdin', text: '\n' });
  });

  it('refuses to guess from a terminal or /dev/null with no pre-commit variables, saying why', () => {
    const input = chooseHookInput(TERMINAL, {});
    expect(input.kind).toBe('none');
    expect(input.kind === 'none' && input.why).toMatch(/stdin is a terminal or not connected/);
    expect(input.kind === 'none' && input.why).toMatch(/PRE_COMMIT_FROM_REF/);
    expect(input.kind === 'none' && input.why).toMatch(/--base REV --head REV/);
  });

  it('refuses under pre-commit outside its pre-push stage, naming the stage to use', () => {
    const input = chooseHookInput(TERMINAL, { PRE_COMMIT: '1' });
    expect(input.kind).toBe('none');
    expect(input.kind === 'none' && input.why).toMatch(/stages: \[pre-push\]/);
  });

  it("uses pre-commit's variables when stdin has nothing", () => {
    const env = {
      PRE_COMMIT: '1',
      PRE_COMMIT_FROM_REF: B,
      PRE_COMMIT_TO_REF: A,
      PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/feature',
      PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/feature',
      PRE_COMMIT_REMOTE_NAME: 'upstream',
    };
    expect(chooseHookInput(TERMINAL, env)).toEqual({
      kind: 'pre-commit',
      push: {
        localRef: 'refs/heads/feature',
        localRev: A,
        remoteRef: 'refs/heads/feature',
        remoteRev: B,
        remoteName: 'upstream',
      },
    });
  });
});

describe('preCommitPush', () => {
  it('is undefined without a to-ref or a local branch', () => {
    expect(preCommitPush({})).toBeUndefined();
    expect(preCommitPush({ PRE_COMMIT_FROM_REF: B, PRE_COMMIT_REMOTE_NAME: 'origin' })).toBeUndefined();
    expect(preCommitPush({ PRE_COMMIT_TO_REF: '  ' })).toBeUndefined();
  });

  it('reads a history that reaches a root commit (no from/to ref) as every commit no remote has', () => {
    const push = preCommitPush({
      PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main',
      PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/main',
      PRE_COMMIT_REMOTE_NAME: 'origin',
      PRE_COMMIT_REMOTE_URL: '/tmp/remote.git',
    });
    expect(push).toEqual({
      localRef: 'refs/heads/main',
      localRev: 'refs/heads/main',
      remoteRef: 'refs/heads/main',
      remoteName: 'origin',
    });
  });

  it('takes a manual run with only --from-ref/--to-ref, naming the ref by the to-ref', () => {
    expect(preCommitPush({ PRE_COMMIT_FROM_REF: 'origin/main', PRE_COMMIT_TO_REF: 'HEAD' })).toEqual({
      localRef: 'HEAD',
      localRev: 'HEAD',
      remoteRef: 'HEAD',
      remoteRev: 'origin/main',
    });
  });

  it('becomes the line git would have written, which the stdin parser reads back', () => {
    const push = preCommitPush({
      PRE_COMMIT_FROM_REF: B,
      PRE_COMMIT_TO_REF: A,
      PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main',
      PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/main',
    });
    if (!push) throw new Error('expected a push');
    expect(prePushLine(push, A, B)).toBe(LINE);
    expect(parsePrePushInput(prePushLine(push, A, undefined))).toEqual([
      { localRef: 'refs/heads/main', localSha: A, remoteRef: 'refs/heads/main', remoteSha: ZERO_OID },
    ]);
  });
});

describe('hookManagerOf and bypassLines', () => {
  const huskyHook = '#!/usr/bin/env sh\n. "$(dirname "$0")/h"';
  it('tells the managers apart by the environment and the hook git runs', () => {
    expect(hookManagerOf({ env: { PRE_COMMIT: '1' }, hookText: huskyHook })).toBe('pre-commit');
    expect(hookManagerOf({ env: {}, hookPath: '/r/.husky/_/pre-push', hookText: huskyHook })).toBe('husky');
    expect(hookManagerOf({ env: {}, hookText: '#!/bin/sh\ncall_lefthook run "pre-push" "$@"\n' })).toBe(
      'lefthook',
    );
    expect(
      hookManagerOf({
        env: {},
        hookText: '#!/bin/sh\nif [ "$SKIP_SIMPLE_GIT_HOOKS" = "1" ]; then exit 0; fi\n',
      }),
    ).toBe('simple-git-hooks');
    expect(
      hookManagerOf({ env: {}, hookText: '#!/usr/bin/env bash\n# File generated by pre-commit\n' }),
    ).toBe('pre-commit');
    expect(hookManagerOf({ env: {}, hookPath: '/r/.git/hooks/pre-push', hookText: '#!/bin/sh\n' })).toBe(
      'plain',
    );
    expect(hookManagerOf({ env: {} })).toBe('plain');
  });

  it("names only the manager's own bypass, with --no-verify and HANDOFF_SKIP always", () => {
    const own = {
      husky: 'HUSKY=0',
      lefthook: 'LEFTHOOK=0',
      'pre-commit': 'SKIP=handoff',
      'simple-git-hooks': 'SKIP_SIMPLE_GIT_HOOKS=1',
    } as const;
    for (const [manager, bypass] of Object.entries(own)) {
      const lines = bypassLines(manager as keyof typeof own).join('\n');
      expect(lines).toContain(bypass);
      expect(lines).toContain('git push --no-verify');
      expect(lines).toContain('HANDOFF_SKIP=1 git push');
      for (const other of Object.values(own)) if (other !== bypass) expect(lines).not.toContain(other);
    }
    expect(bypassLines('plain')).toHaveLength(2);
  });
});

describe('huskyHookMissingNote', () => {
  const facts = {
    hooksPath: '.husky/_',
    huskyRunsCheck: true,
    hookFileHere: false,
    runHusky: 'npx --prefix /main husky',
  };
  it('warns when husky runs the check but its .husky/_ is not in this checkout, naming the command', () => {
    expect(huskyHookMissingNote(facts)).toBe(
      'git runs no pre-push hook in this checkout, so pushes from it are not checked: core.hooksPath is .husky/_, which husky has not made here (a linked worktree has none until husky runs in it). Run `npx --prefix /main husky` here.',
    );
    expect(huskyHookMissingNote({ ...facts, hooksPath: '.husky/_/' })).toBeDefined();
  });
  it('says nothing when the hook is there, the check is not in .husky/pre-push, or the hooks are elsewhere', () => {
    expect(huskyHookMissingNote({ ...facts, hookFileHere: true })).toBeUndefined();
    expect(huskyHookMissingNote({ ...facts, huskyRunsCheck: false })).toBeUndefined();
    expect(huskyHookMissingNote({ ...facts, hooksPath: '.githooks' })).toBeUndefined();
    expect(huskyHookMissingNote({ ...facts, hooksPath: '/abs/.husky/_' })).toBeUndefined();
    const { hooksPath: _unset, ...noPath } = facts;
    expect(huskyHookMissingNote(noPath)).toBeUndefined();
  });
});
