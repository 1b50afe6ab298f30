/**
 * A monorepo's range of commits as its packages see it: pure, over the commits `git log` listed.
 */
import type { CheckedRange, CommitInfo } from './model.js';

/**
 * A monorepo's range as each package sees it (each commit with only its files inside the package,
 * relative to it) and as the root sees it (the files inside no package), from one pass over the
 * files: asked of each package in turn, 1,000 packages made it packages × files. Every commit stays
 * in every view (the ancestry between a handoff's update and the work runs through them), one
 * shared copy without files where a commit changes nothing of a package.
 */
export function rangeByFolder(
  range: CheckedRange,
  folders: readonly string[],
): { outside: CheckedRange; inside: (folder: string) => CheckedRange } {
  const packages = new Set(folders);
  /** Calls `inside` with each package `path` is in and its path there; whether it is in any. */
  const eachPackageOf = (path: string, inside: (folder: string, pathThere: string) => void): boolean => {
    let inPackage = false;
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      const folder = path.slice(0, slash);
      if (!packages.has(folder)) continue;
      inPackage = true;
      inside(folder, path.slice(slash + 1));
    }
    return inPackage;
  };
  const filesInside = new Map<string, Map<CommitInfo, CommitInfo['files']>>();
  const outsideCommits = range.commits.map((commit) => {
    const outside: CommitInfo['files'] = [];
    for (const file of commit.files) {
      const inPackage = eachPackageOf(file.path, (folder, path) => {
        let byCommit = filesInside.get(folder);
        if (!byCommit) {
          byCommit = new Map();
          filesInside.set(folder, byCommit);
        }
        let files = byCommit.get(commit);
        if (!files) {
          files = [];
          byCommit.set(commit, files);
        }
        files.push({ ...file, path });
      });
      if (!inPackage) outside.push(file);
    }
    return outsideView(commit, outside);
  });
  // The files changed where a new branch was read from, split the same way (CheckedRange.changedAtStart).
  const startOutside: string[] = [];
  const startInside = new Map<string, string[]>();
  for (const path of range.changedAtStart ?? []) {
    const inPackage = eachPackageOf(path, (folder, pathThere) => {
      const paths = startInside.get(folder);
      if (paths) paths.push(pathThere);
      else startInside.set(folder, [pathThere]);
    });
    if (!inPackage) startOutside.push(path);
  }
  const atStart = range.changedAtStart !== undefined;
  const withoutFiles = new Map<CommitInfo, CommitInfo>();
  const noFiles = (commit: CommitInfo): CommitInfo => {
    let view = withoutFiles.get(commit);
    if (!view) {
      view = isMerge(commit) ? { ...commit, files: [] } : { ...commit, files: [], elsewhere: true };
      withoutFiles.set(commit, view);
    }
    return view;
  };
  return {
    outside: {
      ...range,
      commits: outsideCommits,
      ...(atStart ? { changedAtStart: startOutside } : {}),
    },
    inside: (folder) => {
      const byCommit = filesInside.get(folder);
      const changedAtStart = atStart ? (startInside.get(folder) ?? []) : undefined;
      return {
        ...range,
        commits: range.commits.map((commit) => {
          const files = byCommit?.get(commit);
          return files ? { ...commit, files } : noFiles(commit);
        }),
        ...(changedAtStart === undefined ? {} : { changedAtStart }),
      };
    },
  };
}

/**
 * The commits as a monorepo's root sees them (`rangeByFolder(…).outside`): each with only its files
 * inside none of `folders`. For the commands that read the root's own commits (the Stop hook,
 * `resume`, `draft`), so they count what the push judges the root by.
 */
export function outsideFolders(commits: readonly CommitInfo[], folders: readonly string[]): CommitInfo[] {
  if (folders.length === 0) return [...commits];
  return rangeByFolder({ description: '', head: '', commits: [...commits] }, folders).outside.commits;
}

/**
 * A commit as a view keeps it: with `files` (those of the view), marked `elsewhere` when it changed
 * files and none is in the view. An empty commit stays unmarked at the root, as in a repository
 * without packages.
 */
function outsideView(commit: CommitInfo, files: CommitInfo['files']): CommitInfo {
  if (files.length === commit.files.length) return commit;
  return files.length === 0 && !isMerge(commit)
    ? { ...commit, files, elsewhere: true }
    : { ...commit, files };
}

/**
 * A merge is never `elsewhere`: whether it brought a folder's work in is not in its own files (a clean
 * merge has none), and a package's own log (`git log --full-history --parents -- .`, which the Stop
 * hook, `resume` and `draft` read in a package) lists every merge. So its message names tasks in
 * every folder, as it does there. An empty commit, which that log never lists, is `elsewhere` in a
 * package's view.
 */
function isMerge(commit: CommitInfo): boolean {
  return commit.parents.length > 1;
}
