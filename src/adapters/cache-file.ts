/**
 * Reading a file the program keeps for itself: the caches in `.git/handoff-guard/` and V8's code
 * cache in `node_modules/.cache/handoff-guard/`. A cache only saves time, so anything that is not a
 * plain file of a sane size in its place (a FIFO, a device or a link to one, a folder, a file grown
 * huge) is no cache: never waited on, never read whole, and made anew by the caller. A FIFO there
 * had hung `git push` for ever. Only node:fs, so the hook's launcher can load it.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync } from 'node:fs';

/** Far above any cache's real size (10,000 tasks remember ~3 MB), far below what would stall a push. */
export const CACHE_FILE_LIMIT = 64 * 1024 * 1024;

/** Read-only, and never waiting on a FIFO or a terminal: the type check comes after opening. */
const READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);

/** The bytes of the regular file `file`, or undefined when there is none to read (see above). */
export function readCacheFile(file: string, limit = CACHE_FILE_LIMIT): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    // Written by rename, never in place: a regular file's size is what there is to read.
    return info.isFile() && info.size <= limit ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** `readCacheFile`'s bytes as UTF-8 text (the JSON caches). */
export function readCacheText(file: string): string | undefined {
  return readCacheFile(file)?.toString('utf8');
}
