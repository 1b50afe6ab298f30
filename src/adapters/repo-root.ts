/**
 * Finds the repository root by walking up to a `.git` folder (or the `.git` file of a worktree or
 * submodule). No `git` child process: the pre-push hook runs this on every push and must start fast.
 * Synchronous stats, a few per folder: on the hook's path no fs/promises module and no thread pool
 * is started for them.
 */
import { readFileSync, type Stats, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../core/errors.js';

export async function findRepoRoot(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  let dir = resolve(cwd);
  const ceilings = ceilingDirectories(env);
  for (;;) {
    // No .git here (or one we cannot stat): keep walking up.
    const found = statOf(join(dir, '.git'));
    if (found?.isDirectory() || found?.isFile()) return dir;
    const parent = dirname(dir);
    // As git does: never up into a GIT_CEILING_DIRECTORIES folder (the starting folder is still looked at).
    if (parent === dir || ceilings.has(parent)) break;
    dir = parent;
  }
  // Only on the way out (never on the hot path): say so when the folder itself is not there.
  const start = statOf(resolve(cwd));
  if (!start?.isDirectory()) throw new InputError(`no such folder: ${resolve(cwd)}`, {}, 'path/no-folder');
  throw new InputError(`not inside a git repository: ${resolve(cwd)}`, {}, 'git/no-repo');
}

/** `GIT_CEILING_DIRECTORIES`: absolute folders, colon-separated (empty entries are git's symlink switch). */
function ceilingDirectories(env: NodeJS.ProcessEnv): Set<string> {
  const list = env.GIT_CEILING_DIRECTORIES;
  if (!list) return new Set();
  return new Set(
    list
      .split(':')
      .filter((p) => isAbsolute(p))
      .map((p) => resolve(p)),
  );
}

/**
 * The git dir of the `.git` in `folder`: that folder, or the one a worktree's or a submodule's `.git`
 * file names (`gitdir: <path>`, relative to `folder`); undefined when `folder` has no `.git` that is
 * either. Synchronous: a stat and at most one small read, on the hook's path.
 */
export function gitDirIn(folder: string): string | undefined {
  const dotGit = join(folder, '.git');
  const found = statOf(dotGit);
  if (found?.isDirectory()) return dotGit;
  if (!found?.isFile()) return undefined;
  try {
    const target = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
    return target ? resolve(folder, target) : undefined;
  } catch {
    return undefined;
  }
}

/** The path's stat, or undefined when there is nothing there we may look at. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** What makes a folder a handoff project: a config of its own, or a registry at the default place. */
const PROJECT_MARKERS = ['.handoffrc.json', 'handoff.config.json', '.agent-context/agent-handoffs.json'];

async function isProjectFolder(dir: string, options: { anyPackage: boolean }): Promise<boolean> {
  for (const marker of PROJECT_MARKERS) {
    if (statOf(join(dir, marker))) return true;
  }
  let manifest: string;
  try {
    manifest = readFileSync(join(dir, 'package.json'), 'utf8');
  } catch {
    return false;
  }
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
