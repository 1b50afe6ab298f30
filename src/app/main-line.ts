/**
 * The main line of a repository as the local commands see it: where to look for a base when HEAD has
 * no upstream, and which branches are the main line rather than a task's own.
 */
import type { IGitCommandManager } from '../adapters/git.js';

/** Where to look for a base when HEAD has no upstream, in order. */
export const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/** Branches that are the main line, not a task's own branch. */
export const MAIN_BRANCHES = ['main', 'master', 'trunk', 'develop'];

/**
 * Whether `branch` is the main line (or no branch: a detached HEAD, a revision given), where nothing
 * is left out as another line's (`otherLines` answers undefined there without asking git).
 */
export function isMainLine(branch: string | undefined): boolean {
  return branch === undefined || MAIN_BRANCHES.includes(branch);
}

/**
 * On a task's own branch (not the main line): the main line and every other remote branch, as `git
 * log` arguments to put after `--not`, so that what a merge of them brought in is not read as the
 * task's work (the pushed branch is not charged with it either: the hook leaves out what the remote
 * has). Undefined on the main line, or with no main line to name.
 */
export async function otherLines(
  git: Pick<IGitCommandManager, 'firstExisting' | 'listRemotes'>,
  branch: string | undefined,
): Promise<{ mainLine: string; args: string[] } | undefined> {
  if (isMainLine(branch)) return undefined;
  const mainLine = await git.firstExisting(DEFAULT_BASES);
  if (mainLine === undefined) return undefined;
  // This branch's own pushed commits stay in: each remote's branch of its name is kept out of
  // `--remotes` (an `--exclude` glob's `*` would also match `TASK-2/login` for `login`).
  const own = (await git.listRemotes()).map((remote) => `--exclude=${remote}/${branch}`);
  return { mainLine, args: [mainLine, ...own, '--remotes'] };
}
