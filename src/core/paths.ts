/**
 * Lexical checks of a `details_link`. The registry is shared by every agent and read by the hook and
 * the Action, so a link must name a file inside the repository, the same way on every OS. Symlinks
 * that lead outside are caught by the store (it needs the file system); this part needs only the text.
 */
import { memoised } from './memo.js';

/** What is wrong with a path, and the rule it breaks. */
export interface LinkIssue {
  message: string;
  rule: 'path/escapes-repo' | 'path/not-relative' | 'path/git-dir';
}

/**
 * Why `link` cannot be a repository-relative POSIX path, or undefined when it can. `what` names the
 * value in the message (config paths use the same rules).
 */
export function linkProblem(link: string, what = 'details_link'): string | undefined {
  return linkIssue(link, what)?.message;
}

/** `linkProblem` with the rule it breaks, decided where the problem is found. */
export function linkIssue(link: string, what = 'details_link'): LinkIssue | undefined {
  // Longer texts (hostile ones) are answered without being kept; none of them is a plain path.
  if (link.length > MEMO_KEY_CHARS) return findLinkIssue(link, what);
  // Nearly every link is a plain path (`delegation/tasks/active/T-1-handoff.md`), whatever `what`
  // names it as: one memo answers that for every name and for `normalizeLink`.
  if (plainPath(link)) return undefined;
  let issueOf = issues.get(what);
  if (issueOf === undefined) {
    issueOf = memoised(MEMO_LIMIT, (text) => findLinkIssue(text, what));
    issues.set(what, issueOf);
  }
  return issueOf(link);
}

/**
 * Whether `link` is a path every rule below accepts and `normalizeLink` leaves as it is: names of
 * ASCII letters, digits and `._-` (one UTF-8 byte each) of at most MAX_NAME_BYTES characters, none
 * of them `.` or `..`, joined by single slashes, no slash at either end, at most 1,024 characters in
 * all. Regular expressions, not a loop over the characters: the check asks this once of every link,
 * 10,000 of them at times, mostly before V8 compiles a loop, and a pattern runs as machine code.
 */
export function isPlainPath(link: string): boolean {
  if (link.length > MAX_PATH_CHARS || !PLAIN_NAMES.test(link) || DOT_NAME.test(link) || GIT_NAME.test(link))
    return false;
  // A name longer than MAX_NAME_BYTES needs a path at least that long.
  return link.length <= MAX_NAME_BYTES || link.split('/').every((name) => name.length <= MAX_NAME_BYTES);
}

/** Names of `[A-Za-z0-9._-]` joined by single slashes; `DOT_NAME`: a name that is `.` or `..`. */
const PLAIN_NAMES = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
const DOT_NAME = /(?:^|\/)\.\.?(?:\/|$)/;
/** A name that is git's own folder (any case: case-insensitive file systems take `.GIT` for it). */
const GIT_NAME = /(?:^|\/)\.git(?:\/|$)/i;

/** Memo of `linkIssue` and `normalizeLink`, bounded: pure answers, cleared when full. */
const MEMO_LIMIT = 50_000;
/** Longer texts (hostile ones) are answered without being kept. */
const MEMO_KEY_CHARS = 1024;
/**
 * `isPlainPath` remembered: the same links are asked about by every step of a check (hundreds of
 * tasks, five or six times each, under several names), and a lookup costs a hash of the text, not a
 * pass over it. One memo for them all: one per name kept 10,000 links four times (~10 ms a check).
 */
const plainPath = memoised(MEMO_LIMIT, isPlainPath);
/** `linkIssue` of the links that are not plain, one per name the message gives the value. */
const issues = new Map<string, (link: string) => LinkIssue | undefined>();
const normalized = memoised(MEMO_LIMIT, normalizeSegments);

/** The rules of `linkIssue` in full, without its memo and plain-path test (exported for tests). */
export function findLinkIssue(link: string, what = 'details_link'): LinkIssue | undefined {
  const notRelative = (message: string): LinkIssue => ({ message, rule: 'path/not-relative' });
  if (link.trim() === '') return notRelative(`${what} is empty`);
  if (link.includes('\0')) return notRelative(`${what} contains a NUL character`);
  if (/[\n\r]/.test(link)) return notRelative(`${what} contains a line break`);
  if (link.startsWith('\\\\') || link.startsWith('//'))
    return notRelative(`${what} "${link}" is a UNC/network path`);
  if (/^[A-Za-z]:/.test(link)) return notRelative(`${what} "${link}" is an absolute Windows path`);
  if (link.startsWith('/')) return notRelative(`${what} "${link}" is an absolute path`);
  if (link.includes('\\')) {
    return notRelative(
      `${what} "${link}" uses backslashes; write a repository-relative path with / separators`,
    );
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(link))
    return notRelative(`${what} "${link}" is a URL, not a file`);
  let depth = 0;
  for (const segment of link.split('/')) {
    if (segment === '..') depth--;
    else if (segment !== '' && segment !== '.') depth++;
    if (depth < 0) return { message: `${what} "${link}" leaves the repository`, rule: 'path/escapes-repo' };
  }
  if (depth === 0) return notRelative(`${what} "${link}" names the repository root, not a file`);
  // git's own folder is no file of the repository: nothing there is committed, and a handoff written
  // there (`.git/hooks`) would sit among what git runs.
  if (GIT_NAME.test(normalizeSegments(link)))
    return {
      message: `${what} "${link}" is inside git's own .git folder, not the repository's files`,
      rule: 'path/git-dir',
    };
  const tooLong = lengthProblem(link, what);
  return tooLong === undefined ? undefined : notRelative(tooLong);
}

/** Longest file or folder name most file systems take, in UTF-8 bytes (ext4, APFS, NTFS: 255). */
export const MAX_NAME_BYTES = 255;
/** Longest repository-relative path taken, leaving room for the repository's own place on disk. */
export const MAX_PATH_CHARS = 1024;

/** A path the file system would refuse (ENAMETOOLONG): a name over 255 bytes, or a very long path. */
function lengthProblem(link: string, what: string): string | undefined {
  if (link.length > MAX_PATH_CHARS) return `${what} "${link}" is longer than ${MAX_PATH_CHARS} characters`;
  for (const name of link.split('/')) {
    // A UTF-16 unit is at most 3 UTF-8 bytes: only long names need counting.
    if (name.length * 3 > MAX_NAME_BYTES && new TextEncoder().encode(name).length > MAX_NAME_BYTES) {
      return `${what} "${link}" has a name longer than ${MAX_NAME_BYTES} bytes, more than file systems take`;
    }
  }
  return undefined;
}

/**
 * A path inside `folder` (a monorepo package's path as the repository names it, `packages/a/x`;
 * `folder` '' for the same place). A path that names no file (a URL, an absolute path, one out of
 * the folder) is as written: behind a folder it would read as one.
 */
export function pathFrom(folder: string, path: string): string {
  return folder === '' || folder === '.' || linkIssue(path) !== undefined ? path : `${folder}/${path}`;
}

/**
 * How a command names a path of its project (given relative to the project's root) for the user:
 * from where the user ran the command, where the commands it prints run too (`pathsFromHere` in the
 * CLI; the same path where the user is at the root, as in the hook, the Action and the MCP server).
 */
export type ShownPath = (path: string) => string;

/** The path as it is: the user is at the project's root. */
export const asInProject: ShownPath = (path) => path;

/**
 * The project's paths as seen from where its folder is `folder` (`pathFrom`): how the agent hooks and
 * `prime` name them, `folder` being the project's from where `-C` started ('' without it).
 */
export function pathsInFolder(folder: string): ShownPath {
  return folder === '' || folder === '.' ? asInProject : (path) => pathFrom(folder, path);
}

/** Whether `path` (repository-relative) lies inside one of `folders`. */
export function isInFolders(path: string, folders: ReadonlySet<string>): boolean {
  if (folders.size === 0) return false;
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1))
    if (folders.has(path.slice(0, slash))) return true;
  return false;
}

/**
 * Whether `path` is `place` or inside it, as git matches a literal pathspec: `place` a file, or a
 * folder written with or without its trailing slash.
 */
export function isAtOrInside(path: string, place: string): boolean {
  return path === place || path.startsWith(place.endsWith('/') ? place : `${place}/`);
}

/** `a/./b//c` → `a/b/c`, resolving `..` lexically; assumes `linkProblem(link)` is undefined. */
export function normalizeLink(link: string): string {
  if (link.length > MEMO_KEY_CHARS) return normalizeSegments(link);
  return plainPath(link) ? link : normalized(link);
}

function normalizeSegments(link: string): string {
  const parts: string[] = [];
  for (const segment of link.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '' && segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}
