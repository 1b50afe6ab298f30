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

/**
 * The JSON in cache file `file` when it begins as this build writes it (`head`, e.g.
 * `{"format":"1/0.1.0+...",`), else undefined (none, unreadable, or not JSON). A file another build
 * wrote, or no cache of ours, is never parsed: a 60 MB nest of arrays in its place cost a push 40 s
 * and 3 GB before its version was looked at.
 */
export function readCacheJson(file: string, head: string): unknown {
  const bytes = readCacheFile(file);
  const begins = Buffer.from(head);
  if (bytes === undefined || !bytes.subarray(0, begins.length).equals(begins)) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The first bytes of `JSON.stringify` of an object whose first key is `key` with `value`. */
export function jsonHead(key: string, value: string): string {
  return `{${JSON.stringify(key)}:${JSON.stringify(value)},`;
}
