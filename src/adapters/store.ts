/**
 * The file system side of the registry and the handoff documents: reading what users wrote (checked
 * for encoding and size, normalised to LF), resolving links without leaving the repository, and
 * writing atomically under a lock so two processes updating the registry at once both land.
 */
import { type Dirent, readdirSync, realpathSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../core/errors.js';
import type { HandoffConfig, Registry } from '../core/model.js';
import { linkProblem, normalizeLink } from '../core/paths.js';
import { parseRegistry, serializeRegistry } from '../core/registry.js';
import { decodeUserText } from '../core/utf8.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads a file the user wrote. Rejects (InputError) a missing file (`file/missing`), a file over
 * `maxBytes` (`size/too-large`) and bytes that are not UTF-8 (`encoding/utf-8`, naming line and
 * byte); strips a BOM and turns CRLF into LF, so Windows editors never cause a parse error.
 */
export async function readUserText(
  absPath: string,
  displayPath: string,
  options: { maxBytes?: number } = {},
): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const info = await stat(absPath);
    if (!info.isFile()) throw new InputError('not a regular file', { file: displayPath }, 'file/not-a-file');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new InputError('file not found', { file: displayPath }, 'file/missing');
    }
    throw new InputError(
      `cannot read the file (${code ?? String(error)})`,
      { file: displayPath },
      'file/unreadable',
    );
  }
  if (size > maxBytes) {
    throw new InputError(
      `file is ${size} bytes, over the ${maxBytes}-byte limit`,
      { file: displayPath },
      'size/too-large',
    );
  }
  const bytes = await readFile(absPath);
  // Checked again after reading: the file may have grown in between.
  if (bytes.length > maxBytes) {
    throw new InputError(
      `file is ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
      { file: displayPath },
      'size/too-large',
    );
  }
  return decodeUserText(bytes, displayPath);
}

export type ResolvedLink =
  | { ok: true; absPath: string; exists: boolean }
  | { ok: false; rule: string; message: string };

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
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
    const problem = linkProblem(link);
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
      const rule = /leaves the repository/.test(target.problem) ? 'path/escapes-repo' : 'path/not-relative';
      results.push({ ok: false, rule, message: target.problem });
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
        ? { ok: true, absPath: target.absPath, exists: true }
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
  let probe = absPath;
  let exists = true;
  for (;;) {
    try {
      const real = realpathSync.native(probe);
      if (!isInside(realRoot, real)) {
        return {
          ok: false,
          rule: 'path/symlink-escape',
          message: `details_link "${link}" resolves through a symlink to ${real}, outside the repository`,
        };
      }
      break;
    } catch {
      exists = false;
      const parent = dirname(probe);
      if (parent === probe) break;
      probe = parent;
    }
  }
  return { ok: true, absPath, exists };
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
    text = await readUserText(registryPath(repoRoot, config), file);
  } catch (error) {
    if (error instanceof InputError && error.rule === 'file/missing')
      return { registry: {}, file, exists: false };
    throw error;
  }
  return { registry: parseRegistry(text, file, config.statuses), file, exists: true };
}

/** Writes a file atomically (temporary file + rename), creating its folders. */
export async function writeTextAtomic(absPath: string, text: string): Promise<void> {
  await mkdir(dirname(absPath), { recursive: true });
  // Imported here, not at the top: read-only commands (the pre-push hook above all) never write,
  // and this module with its dependencies costs several milliseconds to load.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(absPath, text, { encoding: 'utf8' });
}

/**
 * Read-modify-write of the registry under a lock (`<registry>.lock`), so concurrent drafts from
 * several processes each see the other's update. Returns the registry as written.
 */
export async function updateRegistry(
  repoRoot: string,
  config: HandoffConfig,
  mutate: (registry: Registry) => Registry,
): Promise<Registry> {
  const absPath = registryPath(repoRoot, config);
  await mkdir(dirname(absPath), { recursive: true });
  const { default: lockfile } = await import('proper-lockfile');
  let release: () => Promise<void>;
  try {
    // realpath: false lets us lock a registry that does not exist yet.
    release = await lockfile.lock(absPath, {
      realpath: false,
      stale: 10_000,
      retries: { retries: 100, factor: 1.3, minTimeout: 10, maxTimeout: 250, randomize: true },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new InputError(
        `the registry is locked by another handoff process (lock: ${config.registry}.lock); retry, or remove the lock if no handoff process is running`,
        { file: config.registry },
        'registry/locked',
      );
    }
    throw error;
  }
  try {
    const { registry } = await readRegistry(repoRoot, config);
    const next = mutate(registry);
    await writeTextAtomic(absPath, serializeRegistry(next));
    return next;
  } finally {
    await release();
  }
}
