/**
 * The snapshots the last pushes were judged by (core/snapshot.ts), one file per commit in
 * `.git/handoff-guard/snapshots/`: which commits have one is a listing of the folder, decided before
 * any is read. A push's snapshot is usually stored as the one it started from with the handoffs it
 * changed (`<commit>.<base>.json`), so remembering it costs what its changes cost, not what 10,000
 * handoffs cost; a base is whole (`<commit>.json`). Each file is written whole (a temporary file
 * renamed over it) and tied to the package version, like the document cache; a file that is not one
 * (damaged, another version, a base gone) is none, and the check reads the snapshot itself. The
 * newest few are kept, with their bases.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RememberedHandoff, type RememberedSnapshot, storedAsChanges } from '../core/snapshot.js';
import { CACHE_STAMP } from '../core/version.js';
import { jsonHead, readCacheJson } from './cache-file.js';
import { gitDir } from './document-cache.js';
import { statIfThere } from './store.js';

/** Bumped when what is remembered changes meaning within one package version. */
const FORMAT = `1/${CACHE_STAMP}`;

/** Saves begun in this process: each writes a temporary file of its own. */
let saves = 0;

/** Snapshots kept: the last judged tip's and the one before (a refused push's, then its retry's). */
const KEPT = 2;

/** `<commit>.json`, or `<commit>.<base>.json` for one stored as its base's with changes. */
const NAME = /^([0-9a-f]{40,64})(?:\.([0-9a-f]{40,64}))?\.json$/;
const COMMIT = /^[0-9a-f]{40,64}$/;

/** A snapshot as its file holds it: whole, or its base's handoffs changed at some indexes. */
type Stored =
  | RememberedSnapshot
  | { commit: string; base: string; changes: Array<[number, RememberedHandoff]> };

interface Found {
  commit: string;
  base?: string;
  file: string;
  at: number;
}

export class SnapshotStore {
  /** The folder's listing, made once: the check asks which commits have one, then reads one. */
  private listing: Found[] | undefined;

  private constructor(private readonly dir: string | undefined) {}

  static async open(repoRoot: string): Promise<SnapshotStore> {
    const dir = await gitDir(repoRoot);
    return new SnapshotStore(existsSync(dir) ? join(dir, 'handoff-guard', 'snapshots') : undefined);
  }

  /** The snapshots' files, newest first (by the folder's listing alone), listed once until a write. */
  private found(): Found[] {
    this.listing ??= this.list();
    return this.listing;
  }

  private list(): Found[] {
    if (this.dir === undefined) return [];
    try {
      const found: Found[] = [];
      for (const name of readdirSync(this.dir)) {
        const match = NAME.exec(name);
        if (!match) continue;
        const file = join(this.dir, name);
        found.push({
          commit: match[1] as string,
          ...(match[2] ? { base: match[2] } : {}),
          file,
          at: statIfThere(file)?.mtimeMs ?? 0,
        });
      }
      return found.sort((a, b) => b.at - a.at);
    } catch {
      return [];
    }
  }

  /** The commits a snapshot is remembered for, newest first. */
  commits(): string[] {
    return this.found().map((f) => f.commit);
  }

  /** The snapshot remembered for `commit`, or undefined (none, or not a well-formed one of this version). */
  read(commit: string): RememberedSnapshot | undefined {
    const found = this.found();
    const file = found.find((f) => f.commit === commit);
    if (!file) return undefined;
    const stored = readStored(file.file);
    if (stored === undefined || stored.commit !== commit) return undefined;
    if (!('base' in stored) || typeof stored.base !== 'string')
      return isSnapshot(stored) ? stored : undefined;
    const delta = stored as Extract<Stored, { changes: unknown }>;
    const baseFile = found.find((f) => f.commit === delta.base && f.base === undefined);
    const base = baseFile && readStored(baseFile.file);
    if (!base || !isSnapshot(base) || base.commit !== delta.base || !Array.isArray(delta.changes))
      return undefined;
    const handoffs = [...base.handoffs];
    const changed: number[] = [];
    for (const change of delta.changes) {
      if (!Array.isArray(change) || !Number.isInteger(change[0]) || !isHandoff(change[1])) return undefined;
      const [index, handoff] = change;
      if (index < 0 || index >= handoffs.length) return undefined;
      handoffs[index] = handoff;
      changed.push(index);
    }
    return { ...base, commit, handoffs, base: { commit: base.commit, changed } };
  }

  /**
   * Remembers `snapshot` (as its base's with changes, when it has a base and they are few), keeping
   * the newest few and the bases they are stored on. Failures are ignored: it only saves time.
   */
  write(snapshot: RememberedSnapshot): void {
    const dir = this.dir;
    if (dir === undefined || !COMMIT.test(snapshot.commit)) return;
    const { base, ...whole } = snapshot;
    const asChanges =
      base !== undefined &&
      COMMIT.test(base.commit) &&
      base.commit !== snapshot.commit &&
      storedAsChanges(base.changed.length, snapshot.handoffs.length);
    const stored: Stored = asChanges
      ? {
          commit: snapshot.commit,
          base: base.commit,
          changes: base.changed.map((index) => [index, snapshot.handoffs[index] as RememberedHandoff]),
        }
      : whole;
    const file = join(dir, asChanges ? `${snapshot.commit}.${base.commit}.json` : `${snapshot.commit}.json`);
    const temp = `${file}.${process.pid}.${++saves}.tmp`;
    // Synchronous: the hook writes one file and exits, and fs.promises would load modules for it
    // (~2 ms of every push that remembers one).
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(temp, JSON.stringify({ format: FORMAT, snapshot: stored }));
      renameSync(temp, file);
      this.listing = undefined;
      const found = this.found();
      // This commit's other file (whole, or on another base) is replaced by this one.
      const kept = found.filter((f) => f.commit !== snapshot.commit || f.file === file).slice(0, KEPT);
      const bases = new Set(kept.flatMap((f) => (f.base ? [f.base] : [])));
      for (const f of found) {
        // Changes stored over the snapshot just written whole were changes to the one it replaced.
        const onReplaced = !asChanges && f.base === snapshot.commit;
        if (!onReplaced && (kept.includes(f) || (f.base === undefined && bases.has(f.commit)))) continue;
        rmSync(f.file, { force: true });
      }
      this.listing = undefined;
    } catch {
      // A read-only .git or a full disk: the next push reads the snapshot itself.
      try {
        rmSync(temp, { force: true });
      } catch {
        // Nothing more to tidy that could be tidied.
      }
    }
  }
}

function readStored(file: string): Stored | undefined {
  try {
    const value = (readCacheJson(file, jsonHead('format', FORMAT)) ?? {}) as {
      format?: unknown;
      snapshot?: unknown;
    };
    return value.format === FORMAT && typeof value.snapshot === 'object' && value.snapshot !== null
      ? (value.snapshot as Stored)
      : undefined;
  } catch {
    return undefined;
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
    s.handoffs.every(isHandoff)
  );
}

function isHandoff(h: unknown): h is RememberedHandoff {
  return (
    Array.isArray(h) &&
    (h.length === 3 || (h.length === 4 && typeof h[3] === 'string')) &&
    typeof h[0] === 'string' &&
    Array.isArray(h[1]) &&
    typeof h[2] === 'object' &&
    h[2] !== null
  );
}
