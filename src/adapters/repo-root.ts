/**
 * Finds the repository root by walking up to a `.git` folder (or the `.git` file of a worktree or
 * submodule). No `git` child process: the pre-push hook runs this on every push and must start fast.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';

export async function findRepoRoot(cwd: string): Promise<string> {
  let dir = resolve(cwd);
  for (;;) {
    try {
      const found = await stat(join(dir, '.git'));
      if (found.isDirectory() || found.isFile()) return dir;
    } catch {
      // No .git here; keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // Only on the way out (never on the hot path): say so when the folder itself is not there.
  const start = await stat(resolve(cwd)).catch(() => undefined);
  if (!start?.isDirectory()) throw new InputError(`no such folder: ${resolve(cwd)}`, {}, 'path/no-folder');
  throw new InputError(`not inside a git repository: ${resolve(cwd)}`, {}, 'git/no-repo');
}
