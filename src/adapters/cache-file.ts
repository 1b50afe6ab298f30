/**
 * Reading a file no one named as input, never waiting on it: the caches the program keeps for itself
 * (`.git/handoff-guard/`, V8's code cache in `node_modules/.cache/handoff-guard/`) and a glance at
 * an untracked file's head (the agents' Stop hook). A cache only saves time, so anything that is not
 * a plain file of a sane size in its place (a FIFO, a device or a link to one, a folder, a file grown
 * huge) is no cache: never waited on, never read whole, and made anew by the caller. A FIFO there
 * had hung `git push` for ever. Only node:fs, so the hook's launcher can load it.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';

/** Far above any cache's real size (10,000 tasks remember ~3 MB), far below what would stall a push. */
export const CACHE_FILE_LIMIT = 64 * 1024 * 1024;

/** Read-only, and never waiting on a FIFO or a terminal: the type check comes after opening. */
const READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);

/**
 * Up to `limit` bytes of `file` when it is a regular file (a link followed), else undefined, opened
 * without waiting on a FIFO or a device. `whole`: a file over `limit` is undefined too, where
 * otherwise its first `limit` bytes are read (a glance at a file's head).
 */
export function regularFileBytes(file: string, limit: number, whole: boolean): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || (whole && info.size > limit)) return undefined;
    // Written by rename, never in place: a regular file's size is what there is to read.
    const buffer = Buffer.allocUnsafe(Math.min(limit, info.size));
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The bytes of the cache file `file`, or undefined when there is none to read (see above). */
export function readCacheFile(file: string, limit = CACHE_FILE_LIMIT): Buffer | undefined {
  return regularFileBytes(file, limit, true);
}

/** `readCacheFile`'s bytes as UTF-8 text (the JSON caches). */
export function readCacheText(file: string): string | undefined {
  return readCacheFile(file)?.toString('utf8');
}
