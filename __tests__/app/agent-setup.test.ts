/** What `setup` writes as the hooks' program when `--command` says nothing (`defaultHookProgram`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_HOOK_PROGRAM, defaultHookProgram } from '../../src/app/agent-setup.js';
import { scratchDir } from '../helpers/scratch.js';

/** A project folder with `handoff` installed in the `node_modules/.bin` of each of `at` ('' the root). */
function project(at: string[]): string {
  const root = scratchDir('handoff-setup-');
  for (const folder of at) {
    const bin = join(root, folder, 'node_modules/.bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'handoff'), '#!/bin/sh\n');
  }
  return root;
}

describe('defaultHookProgram', () => {
  it("runs the project's own bin through the tool's project folder variable, else npx", () => {
    expect(defaultHookProgram(project(['']), 'claude', '', 'linux')).toBe(
      '"$CLAUDE_PROJECT_DIR"/node_modules/.bin/handoff',
    );
    expect(defaultHookProgram(project(['']), 'gemini', '', 'darwin')).toBe(
      '"$GEMINI_PROJECT_DIR"/node_modules/.bin/handoff',
    );
    expect(defaultHookProgram(project([]), 'claude', '', 'linux')).toBe(DEFAULT_HOOK_PROGRAM);
  });

  it("in a monorepo package, the root's bin first, else the package's own", () => {
    expect(defaultHookProgram(project(['', 'packages/a']), 'claude', 'packages/a', 'linux')).toBe(
      '"$CLAUDE_PROJECT_DIR"/node_modules/.bin/handoff',
    );
    expect(defaultHookProgram(project(['packages/a']), 'claude', 'packages/a', 'linux')).toBe(
      '"$CLAUDE_PROJECT_DIR"/packages/a/node_modules/.bin/handoff',
    );
    // A folder name a shell would split is quoted.
    expect(defaultHookProgram(project(['packages/my app']), 'claude', 'packages/my app', 'linux')).toBe(
      `"$CLAUDE_PROJECT_DIR"/'packages/my app'/node_modules/.bin/handoff`,
    );
    // Another package's bin serves no other package.
    expect(defaultHookProgram(project(['packages/b']), 'claude', 'packages/a', 'linux')).toBe(
      DEFAULT_HOOK_PROGRAM,
    );
  });

  it('keeps npx on Windows, where the bin is a .cmd a POSIX command line cannot name', () => {
    expect(defaultHookProgram(project(['']), 'claude', '', 'win32')).toBe(DEFAULT_HOOK_PROGRAM);
  });
});
