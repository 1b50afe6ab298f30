/**
 * What the check needs from each handoff document (which elements are missing and on which line, the
 * facts it states), cached in `.git/handoff-guard/cache.json` so a pre-push check does not parse
 * unchanged markdown.
 *
 * An entry is keyed by the document's content id (a hash of its text), never by path or mtime: the
 * same text gives the same summary wherever it is read from (a commit's tree or the working tree),
 * and a changed text can never be served a stale summary. The cache is tied to the package version,
 * so a new parser never reads an old summary. The markdown parser is imported on the first miss only.
 */
// fs.promises, not node:fs/promises: loaded when first used, which a warm check never does (~1 ms).
import { existsSync, promises as fsPromises } from 'node:fs';
import { dirname, join } from 'node:path';
import { InternalError } from '../core/errors.js';
import type { ElementPlace, SummaryFacts } from '../core/model.js';
import { CACHE_STAMP } from '../core/version.js';
import { jsonHead, readCacheJson } from './cache-file.js';
import { gitDirIn } from './repo-root.js';
import { statIfThere } from './store.js';
import type { KnownValues } from './workspace.js';

/** Saves begun in this process: each writes a temporary file of its own. */
let saves = 0;

/** Bump when the summary's shape changes within one package version (6: missing elements' lines). */
const CACHE_VERSION = `6/${CACHE_STAMP}`;

export interface DocumentSummary {
  /**
   * Elements absent, empty or placeholder, among all five (callers filter by `requiredElements`),
   * with their lines; none for a complete handoff, so the cache of thousands of them stays small.
   */
  missingElements: ElementPlace[];
  facts: SummaryFacts;
}

interface CacheFile {
  version: string;
  entries: Record<string, DocumentSummary>;
  /** The snapshot's other known values (validated registries, configs), by key (`KnownValues`). */
  values?: Record<string, unknown>;
}

/**
 * Where the repository's git dir is, without running git (`.git` folder, or the file of a worktree):
 * `gitDirIn`, and `.git` itself when that names none (the caller then finds no cache there).
 */
export async function gitDir(repoRoot: string): Promise<string> {
  return gitDirIn(repoRoot) ?? join(repoRoot, '.git');
}

export class DocumentCache {
  private readonly used = new Map<string, DocumentSummary>();
  private readonly usedValues = new Map<string, unknown>();
  private misses = 0;
  private valuesAdded = false;
  private keepingUnused = false;
  private loaded: Required<Pick<CacheFile, 'entries' | 'values'>> | undefined;

  private constructor(private readonly file: string | undefined) {}

  /**
   * Opens the repository's cache; a missing, unreadable or outdated cache is an empty one. The file
   * is read on first use, not here: the check opens the cache before it starts git, and reading it
   * then (~1-2 ms for 300 handoffs) would only hold back the second git process.
   */
  static async open(repoRoot: string): Promise<DocumentCache> {
    const dir = await gitDir(repoRoot);
    // No git dir to keep it in (a history that lives in memory, in tests): a cache for this run only.
    if (!existsSync(dir)) return DocumentCache.inMemory();
    return new DocumentCache(join(dir, 'handoff-guard', 'cache.json'));
  }

  /** What the file held, read once. */
  private get previous(): Required<Pick<CacheFile, 'entries' | 'values'>> {
    if (this.loaded) return this.loaded;
    this.loaded = { entries: {}, values: {} };
    if (this.file === undefined) return this.loaded;
    try {
      const parsed = readCacheJson(this.file, jsonHead('version', CACHE_VERSION)) as CacheFile | undefined;
      if (
        parsed &&
        parsed.version === CACHE_VERSION &&
        parsed.entries &&
        typeof parsed.entries === 'object'
      ) {
        this.loaded.entries = parsed.entries;
        if (parsed.values && typeof parsed.values === 'object') this.loaded.values = parsed.values;
      }
    } catch {
      // No cache yet, or a damaged one: start over.
    }
    return this.loaded;
  }

  /** A cache that never persists (for callers without a repository). */
  static inMemory(): DocumentCache {
    return new DocumentCache(undefined);
  }

  /** The cache file's size in bytes, without reading it (0: none yet, or a cache in memory). */
  get fileBytes(): number {
    return this.file === undefined ? 0 : (statIfThere(this.file)?.size ?? 0);
  }

  /**
   * Keeps, when saving, the summaries this run did not use: a run that looked at part of a snapshot
   * (a push from a remembered one) must not make the cache forget the rest.
   */
  keepUnused(): void {
    this.keepingUnused = true;
  }

  /** How many documents were parsed (not served from the cache) since opening. */
  get parsedCount(): number {
    return this.misses;
  }

  /** Whether the summary of the content `id` is here (then its text need not even be read). */
  has(id: string): boolean {
    return this.used.has(id) || Object.hasOwn(this.previous.entries, id);
  }

  /** The summary of the content `id` when it is here, without waiting: a warm check's every one. */
  known(id: string): DocumentSummary | undefined {
    const entries = this.previous.entries;
    const known = this.used.get(id) ?? (Object.hasOwn(entries, id) ? entries[id] : undefined);
    if (known) this.used.set(id, known);
    return known;
  }

  /**
   * The summary of a document; `id` is its content id, `text` may be left out when `has(id)` said
   * the summary is here; `file` names the document in the error a hostile one gets.
   */
  async summarize(id: string, text: string | undefined, file?: string): Promise<DocumentSummary> {
    const known = this.known(id);
    if (known) return known;
    if (text === undefined) throw new InternalError(`no text and no cached summary for ${file ?? id}`);
    this.misses++;
    const summary = await summarizeMarkdown(text, file);
    this.used.set(id, summary);
    return summary;
  }

  /** What the snapshot worked out from a file before (`KnownValues`), kept while used, like summaries. */
  readonly values: KnownValues = {
    has: (key) => this.usedValues.has(key) || Object.hasOwn(this.previous.values, key),
    get: (key) => {
      if (this.usedValues.has(key)) return this.usedValues.get(key);
      const value = this.previous.values[key];
      this.usedValues.set(key, value);
      return value;
    },
    set: (key, value) => {
      this.usedValues.set(key, value);
      this.valuesAdded = true;
    },
  };

  /**
   * Writes the cache back when anything was parsed (entries not used in this run are dropped, so the
   * cache follows the registry). Failures are ignored: the cache only saves time.
   */
  async save(): Promise<void> {
    if (!this.file || (this.misses === 0 && !this.valuesAdded)) return;
    const content: CacheFile = {
      version: CACHE_VERSION,
      entries: this.keepingUnused
        ? { ...this.previous.entries, ...Object.fromEntries(this.used) }
        : Object.fromEntries(this.used),
      // A run that used none (`status` reads the working tree) keeps the hook's for its next push.
      values: this.usedValues.size > 0 ? Object.fromEntries(this.usedValues) : this.previous.values,
    };
    // Two caches of one process may save at once (`prime` checks while it reads the team's status).
    const temp = `${this.file}.${process.pid}.${++saves}.tmp`;
    try {
      await fsPromises.mkdir(dirname(this.file), { recursive: true });
      await fsPromises.writeFile(temp, JSON.stringify(content));
      await fsPromises.rename(temp, this.file);
    } catch {
      // A read-only .git or a full disk: next run parses again.
    }
  }
}
/**
 * What the check needs from a document, from the line scanner: linear in the text, no markdown
 * parser loaded (a hostile document is an InputError naming the file, line and rule). Loaded on the
 * first miss only, so a warm check never loads it.
 */
async function summarizeMarkdown(text: string, file: string | undefined): Promise<DocumentSummary> {
  const { summarizeHandoff } = await import('../core/document/scan.js');
  const { missingElements, facts } = summarizeHandoff(text, file);
  return { missingElements, facts };
}
