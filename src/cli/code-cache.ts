/**
 * Loads a CommonJS bundle through V8's code cache, so a program started on every push does not
 * compile the same code on every push. Node 22 has this built in (`module.enableCompileCache`);
 * Node 20, which we support, has only the parts: `vm.Script` takes and produces cached data.
 *
 * The cache lives where the bundle's own dependencies live, `node_modules/.cache/handoff-guard/`
 * (the convention of babel, eslint and terser): whoever can write it can already change the code it
 * caches. Outside node_modules (a global install without one, a read-only folder) nothing is cached
 * and the bundle is compiled as usual. `HANDOFF_CODE_CACHE=off` turns it off; a path puts it there.
 *
 * V8 checks a cache against its own version, its flags and the source's length, not the source's
 * content, so the file name also carries the package version and build (`CACHE_STAMP`), the
 * bundle's size and mtime and node's version: a rebuilt or upgraded bundle never meets a cache made
 * for another.
 *
 * A cache holds the functions the run that made it compiled. When that run stopped early (a first
 * `resume` of a task that does not exist, a push of a tag), every later run compiled the rest again:
 * `resume` took 12 ms longer with the cache its failed first run made than with a full one. So the
 * first `CHECKED_RUNS` runs that use a cache also make one at exit (it holds what the cache held plus
 * what the run compiled) and keep it when it is bigger; after them a cache is only read.
 */

import { isAscii } from 'node:buffer';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { Script } from 'node:vm';
import { readCacheFile } from '../adapters/cache-file.js';
import { CACHE_STAMP } from '../core/version.js';

const OFF = new Set(['off', '0', 'false', 'no']);

/** Where the code cache of `bundle` goes, or undefined for none (see the module comment). */
export function codeCacheDir(bundle: string, env: NodeJS.ProcessEnv): string | undefined {
  const setting = env.HANDOFF_CODE_CACHE?.trim();
  if (setting && OFF.has(setting.toLowerCase())) return undefined;
  if (setting) return setting;
  // The outermost node_modules: the project's, also when a package manager nests this one (pnpm).
  const parts = dirname(bundle).split(sep);
  const modules = parts.indexOf('node_modules');
  if (modules > 0) return [...parts.slice(0, modules + 1), '.cache', 'handoff-guard'].join(sep);
  // Run from a checkout (dist/ in the package's own repository): its node_modules, when it has one.
  const ownModules = join(dirname(dirname(bundle)), 'node_modules');
  return existsSync(ownModules) ? join(ownModules, '.cache', 'handoff-guard') : undefined;
}

/**
 * The bundle's text. The build keeps the bundles ASCII (scripts/build.mjs), and ASCII bytes are
 * their own Latin-1 text: read so, a 250-490 kB bundle costs ~0.5 ms instead of ~1.3-2.8 ms of
 * UTF-8 decoding, on every push and every `resume`. Anything else is decoded as UTF-8.
 */
function textOf(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * `require(bundle)`, compiled from the code cache when one matches, which it writes when none did.
 * `requireFromBundle` is the bundle's own `require`: one that resolves from the bundle's folder (the
 * caller's `require` when it sits beside it, else `createRequire(bundle)`). Passed in, so the hook's
 * launcher need not load node:module for it (~0.4 ms of every push).
 */
export function requireBundle(
  bundle: string,
  requireFromBundle: NodeJS.Require,
  env: NodeJS.ProcessEnv = process.env,
  options: { importModule?: (specifier: string) => Promise<unknown> } = {},
): unknown {
  const fd = openSync(bundle, 'r');
  let source: string;
  let stamp: string;
  try {
    const stat = fstatSync(fd);
    stamp = `${CACHE_STAMP}-${stat.size}-${Math.trunc(stat.mtimeMs)}`;
    source = textOf(readFileSync(fd));
  } finally {
    closeSync(fd);
  }
  const dir = codeCacheDir(bundle, env);
  // Per bundle file, so two installs sharing a HANDOFF_CODE_CACHE folder do not replace each other's.
  const name = `${basename(bundle)}-${process.version}-${process.arch}-${pathHash(bundle)}-`;
  const cacheFile = dir && join(dir, `${name}${stamp}.v8`);
  let cached: CacheFile | undefined;
  if (cacheFile) {
    try {
      const bytes = readCacheFile(cacheFile);
      cached = bytes === undefined ? undefined : cacheFileOf(bytes);
    } catch {
      // None yet: written when this run ends.
    }
  }
  const cachedData = cached?.data;
  // The wrapper of a CommonJS module, and `__hgImportModule`: a vm.Script has no module loader, so a
  // bundle's `import()` (dist/cli.cjs's ES module commands; see scripts/build.mjs) goes through the
  // caller's. A shebang line would not parse inside the wrapper.
  const body = source.startsWith('#!') ? `//${source.slice(2)}` : source;
  const parameters = 'exports, require, module, __filename, __dirname, __hgImportModule';
  const script = new Script(`(function (${parameters}) {${body}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as unknown };
  wrapper.call(
    module.exports,
    module.exports,
    requireFromBundle,
    module,
    bundle,
    dirname(bundle),
    options.importModule,
  );
  if (dir && cacheFile) {
    // Made at exit, so it holds every function this run compiled, not just the top level.
    if (cached === undefined || script.cachedDataRejected) {
      process.once('exit', () => writeCache(dir, cacheFile, name, 0, script.createCachedData()));
    } else if (cached.checks < CHECKED_RUNS) {
      const { data, checks } = cached;
      process.once('exit', () =>
        checkCache({ dir, file: cacheFile, name, data, checks }, () => script.createCachedData()),
      );
    }
  }
  return module.exports;
}

/**
 * One of the first runs that use a cache, at its exit: counts the check, then keeps what `make`
 * gives (the cache as this run holds it) when it is bigger than the file. Counted first, so that a
 * cache this user cannot write (another user's, a read-only folder) is only read, instead of being
 * made again at every exit for nothing. Compared with the file as it is now: a run that ended
 * meanwhile may have written a bigger one.
 */
export function checkCache(
  cache: { dir: string; file: string; name: string; data: Buffer; checks: number },
  make: () => Buffer,
): void {
  const { dir, file, name, data, checks } = cache;
  if (!countCheck(file, checks + 1)) return;
  const made = make();
  if (made.length > Math.max(data.length, sizeOf(file) - HEADER_BYTES) + GROWTH)
    writeCache(dir, file, name, checks + 1, made);
}

/** How many runs that use a cache compare it with what they compiled (see the module comment). */
export const CHECKED_RUNS = 6;
/**
 * Bytes a cache made at exit must add to count as bigger: one made right after reading a cache, with
 * nothing compiled since, differs from it by a few bytes.
 */
const GROWTH = 1024;

/**
 * A cache file: 8 bytes of header, then V8's data. The header is `hgc1` and, at byte 4, how many runs
 * have checked the cache (see the module comment).
 */
interface CacheFile {
  data: Buffer;
  checks: number;
}
const MAGIC = 'hgc1';
const HEADER_BYTES = 8;
const CHECKS_AT = 4;

/** The cache in a file's bytes; undefined when they are not one (another format), so it is remade. */
function cacheFileOf(bytes: Buffer): CacheFile | undefined {
  if (bytes.length <= HEADER_BYTES || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  return { data: bytes.subarray(HEADER_BYTES), checks: bytes[CHECKS_AT] as number };
}

/** A short stable hash of a path (FNV-1a): names a bundle's caches without loading node:crypto. */
function pathHash(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Writes the cache whole or not at all (a concurrent run never reads half a file), and drops older ones. */
function writeCache(dir: string, cacheFile: string, name: string, checks: number, data: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(MAGIC, 0, 'latin1');
    header[CHECKS_AT] = checks;
    writeFileSync(partial, Buffer.concat([header, data]));
    renameSync(partial, cacheFile);
    for (const file of readdirSync(dir)) {
      if (file.startsWith(name) && join(dir, file) !== cacheFile && !file.endsWith('.tmp'))
        rmSync(join(dir, file), { force: true });
    }
  } catch {
    // A cache is an optimisation: a folder we cannot write costs a compile, never the command.
  }
}

/**
 * Records one more run that checked the cache, in place: a one-byte write, the data left as it is.
 * False when the file cannot be written (or is gone).
 */
function countCheck(cacheFile: string, checks: number): boolean {
  try {
    const fd = openSync(cacheFile, 'r+');
    try {
      writeSync(fd, Uint8Array.of(checks), 0, 1, CHECKS_AT);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch {
    return false;
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
