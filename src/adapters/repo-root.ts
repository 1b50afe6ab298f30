/**
 * Finds the repository root by walking up to a `.git` folder (or the `.git` file of a worktree or
 * submodule). No `git` child process: the pre-push hook runs this on every push and must start fast.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
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

/** What makes a folder a handoff project: a config of its own, or a registry at the default place. */
const PROJECT_MARKERS = ['.handoffrc.json', 'handoff.config.json', '.agent-context/agent-handoffs.json'];

async function isProjectFolder(dir: string, options: { anyPackage: boolean }): Promise<boolean> {
  for (const marker of PROJECT_MARKERS) {
    if (
      await stat(join(dir, marker)).then(
        () => true,
        () => false,
      )
    )
      return true;
  }
  const manifest = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
  if (manifest === undefined) return false;
  if (options.anyPackage) return true;
  try {
    const parsed = JSON.parse(manifest) as { handoff?: unknown };
    return parsed !== null && typeof parsed === 'object' && parsed.handoff !== undefined;
  } catch {
    return false;
  }
}

/**
 * The folder whose registry and config a command acts on: the nearest folder from `cwd` up to the
 * repository root that has its own (a monorepo package), else the root. `init` also takes the
 * nearest folder with a package.json, so `handoff init` in `packages/a` sets the package up there.
 */
export async function findProjectRoot(
  cwd: string,
  options: { forInit?: boolean } = {},
): Promise<{ repoRoot: string; projectRoot: string; prefix: string }> {
  const repoRoot = await findRepoRoot(cwd);
  let dir = resolve(cwd);
  while (dir !== repoRoot && dir.startsWith(`${repoRoot}${sep}`)) {
    if (await isProjectFolder(dir, { anyPackage: options.forInit === true })) {
      return { repoRoot, projectRoot: dir, prefix: relative(repoRoot, dir).split(sep).join('/') };
    }
    dir = dirname(dir);
  }
  return { repoRoot, projectRoot: repoRoot, prefix: '' };
}
