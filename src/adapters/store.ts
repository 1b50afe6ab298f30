/**
 * The file system side of the registry and the handoff documents: reading what users wrote (checked
 * for encoding and size, normalised to LF), resolving links without leaving the repository, and
 * writing atomically under a lock so two processes updating the registry at once both land.
 */
import {
  closeSync,
  type Dirent,
  constants as fsConstants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import { link, lstat, mkdir, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../core/errors.js';
import type { AgentEntry, HandoffConfig, Registry } from '../core/model.js';
import { linkIssue, normalizeLink } from '../core/paths.js';
import {
  agentEntries,
  checkRegistry,
  isAgentKey,
  parseRegistry,
  serializeRegistry,
  withEntry,
} from '../core/registry.js';
import { shellWord } from '../core/shell.js';
import { nodeCrypto } from './builtins.js';
import { decodeUserText } from './user-text.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** What `readUserText` checks besides encoding: the size limit, and the folder the file must stay in. */
export interface ReadUserTextOptions {
  maxBytes?: number;
  /**
   * The repository root: the file must resolve (through any symlinks) to a place inside it, so a
   * committed symlink to `/etc/passwd` or `~/.ssh/id_rsa` is refused, not read.
   */
  repoRoot?: string;
  /**
   * The caller has placed the path inside the repository as a plain entry (`resolveLinks`): it is
   * opened without following a symlink, so a file swapped for one since is refused, not followed.
   */
  noFollow?: boolean;
}

/**
 * Reads a file the user wrote, the one guarded way every file of the working tree is read (config,
 * registry, handoffs). Rejects, as an InputError naming the file and the rule:
 * - a missing file (`file/missing`); a path the file system cannot take (`file/unreadable`);
 * - with `repoRoot`, a file that resolves outside the repository (`path/symlink-escape`);
 * - anything but a regular file (`file/not-a-file`): a folder, a FIFO (which would block forever),
 *   a device (`/dev/zero` never ends); the file is opened non-blocking and its type is read from
 *   the open descriptor, so nothing is read from it;
 * - a file over `maxBytes` (`size/too-large`), checked before reading and while reading (it may grow);
 * - bytes that are not UTF-8 (`encoding/utf-8`, naming line and byte).
 * Strips a BOM and turns CRLF into LF, so Windows editors never cause a parse error.
 */
export async function readUserText(
  absPath: string,
  displayPath: string,
  options: ReadUserTextOptions = {},
): Promise<string> {
  // Synchronous system calls on purpose: a handful per file, nothing to overlap with, and `status`
  // reads hundreds of handoffs, where five thread-pool round trips per file cost 100 µs each.
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const where = { file: displayPath };
  if (options.repoRoot !== undefined) {
    let real: string;
    try {
      real = realpathSync.native(absPath);
    } catch (error) {
      throw fileError(error, displayPath);
    }
    if (!isInside(realRoot(options.repoRoot), real)) {
      throw new InputError(
        `resolves through a symlink to ${real}, outside the repository; the tool reads only files inside it`,
        where,
        'path/symlink-escape',
      );
    }
  }
  let fd: number;
  try {
    fd = openSync(absPath, options.noFollow ? READ_FLAGS | (fsConstants.O_NOFOLLOW ?? 0) : READ_FLAGS);
  } catch (error) {
    if (options.noFollow && (error as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new InputError(
        'became a symlink after it was found to be a plain file; it is not followed (run the command again)',
        where,
        'path/symlink-swapped',
      );
    }
    throw fileError(error, displayPath);
  }
  let bytes: Buffer;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      throw new InputError(
        `is ${entryKind(info) ?? 'a special file'}, not a regular file`,
        where,
        'file/not-a-file',
      );
    }
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, displayPath);
    bytes = readAtMost(fd, maxBytes + 1, info.size);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(error, displayPath);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Closing a descriptor we only read from cannot lose anything.
    }
  }
  // The file may have grown since its size was read.
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, displayPath);
  return decodeUserText(bytes, displayPath);
}

/** Read-only, and never waiting on a FIFO or a terminal: the type check comes after opening. */
const READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);

/**
 * Up to `limit` bytes of an open regular file; `expected` (its size) sizes the one buffer a file that
 * did not change needs: a read that returns less than asked is the end of a regular file. Only a
 * file that grew since its size was taken reads on, in 64 KB chunks. (A 64 KB first buffer, and a
 * second to see the end, cost `status` ~5 ms of allocation over 300 handoffs of 1 KB.)
 */
function readAtMost(fd: number, limit: number, expected: number): Buffer {
  const first = Buffer.allocUnsafe(Math.min(limit, expected + 1));
  const firstRead = readSync(fd, first, 0, first.length, null);
  if (firstRead < first.length || firstRead === limit) return first.subarray(0, firstRead);
  const chunks: Buffer[] = [first];
  let total = firstRead;
  while (total < limit) {
    const buffer = Buffer.allocUnsafe(Math.min(limit - total, 64 * 1024));
    const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(size: number, maxBytes: number, displayPath: string): InputError {
  return new InputError(
    `file is ${size} bytes, over the ${maxBytes}-byte limit`,
    { file: displayPath },
    'size/too-large',
  );
}

/** A file's stat, or undefined when it cannot be had (gone, unreadable): for caches, which only save time. */
export function statIfThere(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * What a file-system entry that is not a regular file is, for messages (`is a named pipe (FIFO), not
 * a regular file`); undefined for a regular file. The one wording of the store and the report reader.
 */
export function entryKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

/** A failed open, stat or read of a file the user named, as the InputError that says why. */
function fileError(error: unknown, displayPath: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new InputError('file not found', { file: displayPath }, 'file/missing');
  }
  if (code === 'EISDIR')
    return new InputError('is a folder, not a regular file', { file: displayPath }, 'file/not-a-file');
  return new InputError(
    `cannot read the file (${code ?? String(error)})`,
    { file: displayPath },
    'file/unreadable',
  );
}

const realRoots = new Map<string, string>();

/** The real path of a repository root, resolved once per process. */
function realRoot(repoRoot: string): string {
  const root = resolve(repoRoot);
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realpathSync.native(root);
    realRoots.set(root, real);
  }
  return real;
}

export type ResolvedLink =
  /** `plain`: the link's own entry is a file or folder, not a symlink, in a folder inside the repository. */
  | { ok: true; absPath: string; exists: boolean; plain?: boolean }
  | { ok: false; rule: string; message: string };

/** Whether `path` is `root` or inside it (both absolute, resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real path of the longest prefix of `absPath` that exists (a symlinked folder can lead outside
 * even when the file under it is missing), undefined when none does; and whether all of it exists.
 */
export function realLongestPrefix(absPath: string): { real: string | undefined; exists: boolean } {
  let probe = absPath;
  let exists = true;
  for (;;) {
    try {
      return { real: realpathSync.native(probe), exists };
    } catch {
      exists = false;
      const parent = dirname(probe);
      if (parent === probe) return { real: undefined, exists };
      probe = parent;
    }
  }
}

/**
 * Resolves a registry `details_link` to an absolute path inside the repository. Refuses what
 * `linkProblem` refuses, and links that resolve (through a symlink, of the file or of a folder on
 * the way) outside the repository.
 */
export async function resolveLink(repoRoot: string, link: string): Promise<ResolvedLink> {
  return (await resolveLinks(repoRoot, [link]))[0] as ResolvedLink;
}

/**
 * `resolveLink` for many links at once, in their order. The pre-push hook resolves one link per
 * active task, usually hundreds in one folder: a realpath each would cost more than the rest of the
 * check, so the repository root is resolved once, and a folder holding several links is resolved
 * and listed once. A link whose entry is a plain file or folder in a folder inside the repository
 * cannot lead outside; every other link (a symlink, a missing file, a lone link in its folder)
 * takes the realpath walk of `resolveOne`.
 */
export async function resolveLinks(repoRoot: string, links: readonly string[]): Promise<ResolvedLink[]> {
  const root = resolve(repoRoot);
  const rootPrefix = root.endsWith(sep) ? root : `${root}${sep}`;
  // Paths are built from the normalized link by hand: path.join on hundreds of links shows up here.
  const targets = links.map((link) => {
    const problem = linkIssue(link);
    if (problem) return { link, problem };
    const normalized = normalizeLink(link);
    const slash = normalized.lastIndexOf('/');
    return {
      link,
      absPath: rootPrefix + (sep === '/' ? normalized : normalized.split('/').join(sep)),
      folder: slash === -1 ? '' : normalized.slice(0, slash),
      name: normalized.slice(slash + 1),
    };
  });
  const perFolder = new Map<string, number>();
  for (const target of targets) {
    if (target.folder !== undefined) perFolder.set(target.folder, (perFolder.get(target.folder) ?? 0) + 1);
  }
  let realRoot: string | undefined;
  const listings = new Map<string, Map<string, Dirent> | undefined>();
  const results: ResolvedLink[] = [];
  for (const target of targets) {
    if (target.problem !== undefined) {
      results.push({ ok: false, rule: target.problem.rule, message: target.problem.message });
      continue;
    }
    // Synchronous on purpose, as in DocumentCache: a few quick system calls, nothing to overlap with.
    realRoot ??= realpathSync.native(root);
    if ((perFolder.get(target.folder) ?? 0) > 1 && !listings.has(target.folder)) {
      listings.set(target.folder, listFolder(join(root, target.folder), realRoot));
    }
    const entry = listings.get(target.folder)?.get(target.name);
    results.push(
      entry && !entry.isSymbolicLink()
        ? { ok: true, absPath: target.absPath, exists: true, plain: true }
        : resolveOne(target.link, target.absPath, realRoot),
    );
  }
  return results;
}

/** The entries of a folder that exists and resolves inside the repository; undefined otherwise. */
function listFolder(folder: string, realRoot: string): Map<string, Dirent> | undefined {
  try {
    if (!isInside(realRoot, realpathSync.native(folder))) return undefined;
    return new Map(readdirSync(folder, { withFileTypes: true }).map((d) => [d.name, d]));
  } catch {
    return undefined;
  }
}

/** Resolves the longest existing prefix: a symlinked folder can lead outside even when the file is missing. */
function resolveOne(link: string, absPath: string, realRoot: string): ResolvedLink {
  const { real, exists } = realLongestPrefix(absPath);
  if (real !== undefined && !isInside(realRoot, real)) {
    return {
      ok: false,
      rule: 'path/symlink-escape',
      // Not said to be a details_link: the registry and the config are read through here too.
      message: `"${link}" resolves through a symlink to ${real}, outside the repository`,
    };
  }
  return { ok: true, absPath, exists };
}

/**
 * `text` (LF, no byte-order mark) written as the file at `absPath` is: with CRLF line ends and a
 * UTF-8 byte-order mark when it has them, so a registry saved by a Windows editor does not show
 * every line as changed after one entry was updated. A file not there yet is written as `text`.
 */
function inFileStyle(text: string, absPath: string): string {
  let head: Buffer;
  try {
    const fd = openSync(absPath, 'r');
    try {
      head = Buffer.alloc(4096);
      head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return text;
  }
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const newline = head.indexOf(0x0a);
  const crlf = newline > 0 && head[newline - 1] === 0x0d;
  const lines = crlf ? text.replace(/\n/g, '\r\n') : text;
  return bom ? `\uFEFF${lines}` : lines;
}

/** Absolute path of the registry file. */
export function registryPath(repoRoot: string, config: HandoffConfig): string {
  return join(repoRoot, ...config.registry.split('/'));
}

/** Reads the registry; a missing file is an empty registry with `exists: false`. */
export async function readRegistry(
  repoRoot: string,
  config: HandoffConfig,
): Promise<{ registry: Registry; file: string; exists: boolean }> {
  const file = config.registry;
  let text: string;
  try {
    text = await readUserText(registryPath(repoRoot, config), file, { repoRoot });
  } catch (error) {
    if (error instanceof InputError && error.rule === 'file/missing')
      return { registry: {}, file, exists: false };
    throw error;
  }
  return { registry: parseRegistry(text, file, config.statuses), file, exists: true };
}

/**
 * Refuses (InputError) to write `relPath` unless it stays inside the repository after resolving
 * symlinks, of the file or of a folder on the way: a registry committed as a symlink to a file
 * elsewhere must never make `draft` rewrite that file. Returns the absolute path to write, the
 * symlink's target when the path is a symlink inside the repository (so the link is kept).
 */
export async function writablePath(repoRoot: string, relPath: string, what: string): Promise<string> {
  const resolved = await resolveLink(repoRoot, relPath);
  if (!resolved.ok) {
    throw new InputError(`${what}: ${resolved.message}`, { file: relPath }, resolved.rule);
  }
  return resolved.exists ? await realpath(resolved.absPath) : resolved.absPath;
}

/**
 * Refuses (InputError, before the caller writes anything) when a file `who` is about to write, given
 * by its absolute path, would be written through a symlink out of the repository: a cloned repository
 * can commit `.claude/settings.json` or `.gitattributes` as a link to a file of the user's elsewhere.
 * Files outside the working tree (git's own folder, where the hook goes) are not the repository's to
 * commit and are let through, as is git's folder inside it.
 */
export async function refuseWritesOutside(
  repoRoot: string,
  absPaths: readonly string[],
  who: string,
): Promise<void> {
  for (const abs of absPaths) {
    const rel = relative(repoRoot, abs).split(sep).join('/');
    if (rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) continue;
    if (rel === '.git' || rel.startsWith('.git/')) continue;
    await writablePath(repoRoot, rel, `${who} would write ${rel}`);
  }
}

/**
 * Folder for temporary files: `handoff-guard/tmp` inside the git dir (`git rev-parse --git-path`,
 * so worktrees each get their own), where `git add -A` never sees what a killed process left. On the
 * first use in a process, temporary files of processes that no longer run are removed. `pending`
 * is its sibling for the notes of drafts under way (`writeDocumentAndEntry`). Outside a git
 * repository, undefined.
 */
async function tempFolder(cwd: string, name: 'tmp' | 'pending' = 'tmp'): Promise<string | undefined> {
  const key = `${name}\0${cwd}`;
  let folder = tempFolders.get(key);
  if (folder === undefined) {
    folder = (async () => {
      const { GitCommandManager } = await import('./git.js');
      try {
        return await GitCommandManager.create(cwd).gitPath(`handoff-guard/${name}`);
      } catch {
        return undefined;
      }
    })();
    tempFolders.set(key, folder);
  }
  const dir = await folder;
  if (dir === undefined) return undefined;
  // Made on every use, not once: a long-lived process (`handoff mcp`) outlives a user's
  // `rm -rf .git/handoff-guard`, and a folder that could not be made is not taken as made.
  await mkdir(dir, { recursive: true });
  if (name === 'tmp' && !swept.has(dir)) {
    swept.add(dir);
    await removeLeftovers(dir);
  }
  return dir;
}
/** The temporary folders whose leftovers this process has removed (once each, once it could make them). */
const swept = new Set<string>();
/** Where each git dir's folder is (`git rev-parse --git-path`), asked once per process. */
const tempFolders = new Map<string, Promise<string | undefined>>();

/** Whether the process that named a temporary file (`<pid>-…`) still runs. */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the files in `dir` named `<pid>-…` whose process no longer runs (a draft killed mid-write). */
async function removeLeftovers(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => !isRunning(Number(name.split('-')[0])))
      .map((name) => unlink(join(dir, name)).catch(() => undefined)),
  );
}

/** A new temporary file's path, in the git dir when there is one, else beside `target`. */
async function tempPathFor(target: string, repoRoot?: string): Promise<string> {
  const unique = `${process.pid}-${nodeCrypto().randomBytes(6).toString('hex')}`;
  const folder = await tempFolder(repoRoot ?? dirname(target));
  return folder ? join(folder, `${unique}.tmp`) : join(dirname(target), `.${basename(target)}.${unique}.tmp`);
}

/** Writes `text` to a new file `path` (failing if it exists) and flushes it to disk. */
async function writeNewFile(path: string, text: string, mode: number): Promise<void> {
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a file atomically, creating its folders: the text goes to a temporary file in the git dir
 * (see `tempFolder`), is flushed, then renamed over the target, so a reader (or a kill -9) sees the
 * old file or the new one, never half of one, and no temporary file is left in the working tree.
 * A symlink is written through (its target replaced), as editors do; the file's mode is kept.
 */
export async function writeTextAtomic(absPath: string, text: string, repoRoot?: string): Promise<void> {
  await mkdir(dirname(absPath), { recursive: true });
  const target = await realpath(absPath).catch(() => absPath);
  const mode = await stat(target).then(
    (info) => info.mode & 0o7777,
    () => 0o666,
  );
  let temp = await tempPathFor(target, repoRoot);
  try {
    await writeNewFile(temp, text, mode);
    await rename(temp, target).catch(async (error: NodeJS.ErrnoException) => {
      // The git dir on another file system than the working tree: rename cannot cross; go beside.
      if (error.code !== 'EXDEV') throw error;
      await unlink(temp).catch(() => undefined);
      temp = join(
        dirname(target),
        `.${basename(target)}.${process.pid}-${nodeCrypto().randomBytes(6).toString('hex')}.tmp`,
      );
      await writeNewFile(temp, text, mode);
      await rename(temp, target);
    });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Read-modify-write of the registry under a lock (`<registry>.lock`), so concurrent drafts from
 * several processes each see the other's update. What `mutate` returns is checked with the rules
 * `validate` applies before it is written (InputError, nothing written, when it breaks one); the
 * registry must stay inside the repository (`writablePath`). Returns the registry as written.
 */
export async function updateRegistry(
  repoRoot: string,
  config: HandoffConfig,
  mutate: (registry: Registry) => Registry,
): Promise<Registry> {
  const absPath = await writablePath(repoRoot, config.registry, `config key "registry"`);
  await mkdir(dirname(absPath), { recursive: true });
  const lock = { path: `${absPath}.lock`, shown: `${config.registry}.lock` };
  await refuseForeignLock(lock, config.registry);
  const { default: lockfile } = await import('proper-lockfile');
  let release: () => Promise<void>;
  try {
    // realpath: false lets us lock a registry that does not exist yet. The lock is held for a few
    // milliseconds and refreshed every second while held, so one older than 2 s (the least
    // proper-lockfile takes) was left by a killed process: the next draft waits that long, no more.
    release = await lockfile.lock(absPath, {
      realpath: false,
      stale: 2_000,
      retries: { retries: 100, factor: 1.3, minTimeout: 10, maxTimeout: 250, randomize: true },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Made between the look above and the lock: the same foreign lock.
    if (code === 'ENOTEMPTY' || code === 'ENOTDIR' || code === 'EEXIST') {
      await refuseForeignLock(lock, config.registry);
    }
    if (code === 'ELOCKED') {
      throw new InputError(
        `the registry is locked by another handoff process (lock: ${lock.shown}); retry, or remove the lock if no handoff process is running`,
        { file: config.registry },
        'registry/locked',
      );
    }
    throw error;
  }
  try {
    const { registry } = await readRegistry(repoRoot, config);
    const next = mutate(registry);
    const text = serializeRegistry(next);
    const [problem] = checkRegistry(text, config.registry, config.statuses).problems;
    if (problem) {
      throw new InputError(
        `the registry would become invalid, so nothing was written: ${problem.message}`,
        { file: config.registry },
        problem.rule,
      );
    }
    await writeTextAtomic(absPath, inFileStyle(text, absPath), repoRoot);
    return next;
  } finally {
    await release();
  }
}

/**
 * The lock a handoff process takes is an empty folder that lives for milliseconds. A file there, or a
 * folder with files in it, is something else, most likely committed (a checkout brings it back): the
 * lock would wait for it to go stale, then fail to remove it (23 s, then an internal error). Said at
 * once, naming it.
 */
async function refuseForeignLock(lock: { path: string; shown: string }, registry: string): Promise<void> {
  let kind: string | undefined;
  try {
    const info = await lstat(lock.path);
    if (info.isSymbolicLink()) kind = 'a symbolic link';
    else if (!info.isDirectory()) kind = 'a file';
    else if ((await readdir(lock.path)).length > 0) kind = 'a folder with files in it';
  } catch {
    return;
  }
  if (kind === undefined) return;
  throw new InputError(
    `${lock.shown} is ${kind}, not a lock a handoff process takes (an empty folder, held for milliseconds): remove it (and if git tracks it, \`git rm -r --cached ${shellWord(lock.shown)}\`), then retry`,
    { file: registry },
    'registry/foreign-lock',
  );
}

/** What a draft under way writes down before it creates its document (see `writeDocumentAndEntry`). */
interface PendingDraft {
  pid: number;
  registry: string;
  document: string;
  agent: string;
  patch: Partial<AgentEntry>;
}

/**
 * Creates the handoff `document.path` with `document.text` (never over an existing file: `exists()`
 * makes the error then) and points `agent`'s registry entry at it (`patch`), as one step: a kill -9
 * at any point leaves the old state, the new one, or a document the registry does not link yet,
 * together with a note in the git dir that the next draft reads to link it (`finishInterruptedDrafts`).
 * The document is written in full to a temporary file in the git dir first and then hard-linked into
 * place, so it is never seen half-written; when the registry update fails, the document is removed.
 */
export async function writeDocumentAndEntry(
  repoRoot: string,
  config: HandoffConfig,
  document: { path: string; text: string },
  agent: string,
  patch: Partial<AgentEntry>,
  /** The error for a document already there (asked only then: it may read what is there). */
  exists: () => Promise<InputError>,
): Promise<void> {
  const absPath = await writablePath(repoRoot, document.path, 'handoff path');
  await writablePath(repoRoot, config.registry, 'config key "registry"');
  await mkdir(dirname(absPath), { recursive: true });
  const temp = await tempPathFor(absPath, repoRoot);
  const pendingDir = await tempFolder(repoRoot, 'pending');
  const note = pendingDir
    ? join(pendingDir, `${process.pid}-${nodeCrypto().randomBytes(6).toString('hex')}.json`)
    : undefined;
  let created = false;
  try {
    await writeNewFile(temp, document.text, 0o666);
    if (note) {
      const pending: PendingDraft = {
        pid: process.pid,
        registry: config.registry,
        document: document.path,
        agent,
        patch,
      };
      await writeTextAtomic(note, `${JSON.stringify(pending)}\n`, repoRoot);
    }
    try {
      await link(temp, absPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw await exists();
      // No hard link across file systems (or on this one): create the file in place instead.
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
      await writeNewFile(absPath, document.text, 0o666).catch(async (e: NodeJS.ErrnoException) => {
        throw e.code === 'EEXIST' ? await exists() : e;
      });
    }
    created = true;
    await updateRegistry(repoRoot, config, (registry) => withEntry(registry, agent, patch));
  } catch (error) {
    if (created) await unlink(absPath).catch(() => undefined);
    throw error;
  } finally {
    if (note) await unlink(note).catch(() => undefined);
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Finishes what drafts killed half-way left (see `writeDocumentAndEntry`): a document that exists
 * but that its registry entry does not link yet is linked now; a note whose document was never
 * created is dropped. Notes of drafts still running are left alone. Returns one line per document
 * linked, for the user.
 */
export async function finishInterruptedDrafts(repoRoot: string, config: HandoffConfig): Promise<string[]> {
  const pendingDir = await tempFolder(repoRoot, 'pending');
  if (!pendingDir) return [];
  const names = await readdir(pendingDir).catch(() => [] as string[]);
  const lines: string[] = [];
  for (const name of names) {
    if (!name.endsWith('.json') || isRunning(Number(name.split('-')[0]))) continue;
    const notePath = join(pendingDir, name);
    const pending = await readPendingDraft(notePath);
    if (pending && pending.registry === config.registry) {
      const resolved = await resolveLink(repoRoot, pending.document);
      if (resolved.ok && resolved.exists) {
        const { registry } = await readRegistry(repoRoot, config);
        if (registry[pending.agent]?.details_link !== pending.document) {
          await updateRegistry(repoRoot, config, (r) => withEntry(r, pending.agent, pending.patch));
          lines.push(
            `Finished an interrupted draft: ${config.registry} now links ${pending.document} for ${pending.agent}.`,
          );
        }
      }
    }
    await unlink(notePath).catch(() => undefined);
  }
  return lines;
}

/**
 * Whether another draft wrote `document` (repository-relative): the registry links it for some agent
 * now, or a draft still running has it pending (written, its registry entry not yet updated). Asked
 * when a draft finds its next handoff there already: two drafts of one task at once.
 */
export async function writtenByAnotherDraft(
  repoRoot: string,
  config: HandoffConfig,
  document: string,
): Promise<boolean> {
  const { registry } = await readRegistry(repoRoot, config).catch(() => ({ registry: {} as Registry }));
  const linked = (entry: AgentEntry) =>
    typeof entry.details_link === 'string' && normalizeLink(entry.details_link) === normalizeLink(document);
  if (agentEntries(registry).some(([, entry]) => linked(entry))) return true;
  const pendingDir = await tempFolder(repoRoot, 'pending');
  if (!pendingDir) return false;
  for (const name of await readdir(pendingDir).catch(() => [] as string[])) {
    const pid = Number(name.split('-')[0]);
    // This draft's own note is there too while it writes: only another running draft's counts.
    if (!name.endsWith('.json') || pid === process.pid || !isRunning(pid)) continue;
    const pending = await readPendingDraft(join(pendingDir, name));
    if (pending?.registry === config.registry && pending.document === document) return true;
  }
  return false;
}

async function readPendingDraft(path: string): Promise<PendingDraft | undefined> {
  try {
    const value = JSON.parse(await readUserText(path, path, { maxBytes: 64 * 1024 })) as PendingDraft;
    const ok =
      typeof value === 'object' &&
      value !== null &&
      typeof value.registry === 'string' &&
      typeof value.document === 'string' &&
      typeof value.agent === 'string' &&
      isAgentKey(value.agent) &&
      typeof value.patch === 'object' &&
      value.patch !== null &&
      value.patch.details_link === value.document;
    return ok ? value : undefined;
  } catch {
    return undefined;
  }
}
