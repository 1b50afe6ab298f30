/**
 * The snapshots the last pushes were judged by (core/snapshot.ts), one file per commit in
 * `.git/handoff-guard/snapshots/`: which commits have one is a listing of the folder, decided before
 * any is read. Each is written whole (a temporary file renamed over it) and tied to the package
 * version, like the document cache; a file that is not one (damaged, another version) is none, and
 * the check reads the snapshot itself. The newest few are kept.
 */
import { existsSync, promises as fsPromises, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RememberedSnapshot } from '../core/snapshot.js';
import { PACKAGE_VERSION } from '../core/version.js';
import { gitDir } from './document-cache.js';

/** Bumped when what is remembered changes meaning within one package version. */
const FORMAT = `1/${PACKAGE_VERSION}`;

/** Saves begun in this process: each writes a temporary file of its own. */
let saves = 0;

/** Snapshots kept: the last judged tip's and the one before (a refused push's, then its retry's). */
const KEPT = 2;

const NAME = /^([0-9a-f]{40,64})\.json$/;

export class SnapshotStore {
  private constructor(private readonly dir: string | undefined) {}

  static async open(repoRoot: string): Promise<SnapshotStore> {
    const dir = await gitDir(repoRoot);
    return new SnapshotStore(existsSync(dir) ? join(dir, 'handoff-guard', 'snapshots') : undefined);
  }

  /** The commits a snapshot is remembered for, newest first (by the folder's listing alone). */
  commits(): string[] {
    if (this.dir === undefined) return [];
    try {
      const found: Array<{ commit: string; at: number }> = [];
      for (const entry of readdirSync(this.dir)) {
        const commit = NAME.exec(entry)?.[1];
        if (commit !== undefined) found.push({ commit, at: mtimeOf(join(this.dir, entry)) });
      }
      return found.sort((a, b) => b.at - a.at).map((f) => f.commit);
    } catch {
      return [];
    }
  }

  /** The snapshot remembered for `commit`, or undefined (none, or not a well-formed one of this version). */
  read(commit: string): RememberedSnapshot | undefined {
    if (this.dir === undefined || !/^[0-9a-f]{40,64}$/.test(commit)) return undefined;
    try {
      const value = JSON.parse(readFileSync(join(this.dir, `${commit}.json`), 'utf8')) as {
        format?: unknown;
        snapshot?: unknown;
      };
      return value.format === FORMAT && isSnapshot(value.snapshot) && value.snapshot.commit === commit
        ? value.snapshot
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** Remembers `snapshot`, keeping the newest few. Failures are ignored: it only saves time. */
  async write(snapshot: RememberedSnapshot): Promise<void> {
    const dir = this.dir;
    if (dir === undefined || !/^[0-9a-f]{40,64}$/.test(snapshot.commit)) return;
    const file = join(dir, `${snapshot.commit}.json`);
    const temp = `${file}.${process.pid}.${++saves}.tmp`;
    try {
      await fsPromises.mkdir(dir, { recursive: true });
      await fsPromises.writeFile(temp, JSON.stringify({ format: FORMAT, snapshot }));
      await fsPromises.rename(temp, file);
      for (const old of this.commits().slice(KEPT))
        await fsPromises.rm(join(dir, `${old}.json`), { force: true });
    } catch {
      await fsPromises.rm(temp, { force: true }).catch(() => undefined);
    }
  }
}

function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** The shape the check relies on; anything else is no snapshot (what it holds is then never used). */
function isSnapshot(value: unknown): value is RememberedSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<Record<keyof RememberedSnapshot, unknown>>;
  return (
    typeof s.commit === 'string' &&
    (s.givenConfigFile === undefined || typeof s.givenConfigFile === 'string') &&
    (s.configFile === undefined || typeof s.configFile === 'string') &&
    typeof s.registryFile === 'string' &&
    typeof s.config === 'object' &&
    s.config !== null &&
    Array.isArray(s.entries) &&
    s.entries.every(
      (e) =>
        Array.isArray(e) &&
        e.length === 4 &&
        typeof e[0] === 'string' &&
        typeof e[1] === 'string' &&
        (e[2] === null || typeof e[2] === 'string') &&
        (e[3] === null || typeof e[3] === 'string'),
    ) &&
    Array.isArray(s.handoffs) &&
    s.handoffs.every(
      (h) =>
        Array.isArray(h) &&
        (h.length === 3 || (h.length === 4 && typeof h[3] === 'string')) &&
        typeof h[0] === 'string' &&
        Array.isArray(h[1]) &&
        typeof h[2] === 'object' &&
        h[2] !== null,
    )
  );
}
