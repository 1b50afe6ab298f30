/**
 * What the check needs from each handoff document (which elements are missing, the facts it states),
 * cached in `.git/handoff-guard/cache.json` so a pre-push check does not parse unchanged markdown:
 * parsing 300 documents with micromark + gfm costs most of a second, a warm check costs a stat each.
 *
 * An entry is keyed by path, size and mtime. Like git's index it guards against the "racy" case — a
 * file changed within the same clock tick as the cache was written keeps its size and mtime — by
 * trusting only entries whose mtime is at least 2 s older than the cache file's write time.
 * The markdown parser is imported on the first miss only, so a warm check never loads it.
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { type DocumentFacts, ELEMENT_NAMES, type ElementName } from '../core/model.js';
import { readUserText } from './store.js';

/** Bump when the parser or the cached shape changes: older caches are then ignored. */
const CACHE_VERSION = 1;
const RACY_MS = 2_000;

export interface DocumentSummary {
  /** Elements absent, empty or placeholder, among all five (callers filter by `requiredElements`). */
  missingElements: ElementName[];
  facts: DocumentFacts;
}

interface CacheEntry extends DocumentSummary {
  size: number;
  mtimeMs: number;
}

interface CacheFile {
  version: number;
  writtenAt: number;
  entries: Record<string, CacheEntry>;
}

/** Where the repository's git dir is, without running git (`.git` folder, or the file of a worktree). */
export async function gitDir(repoRoot: string): Promise<string> {
  const dotGit = join(repoRoot, '.git');
  try {
    const info = await stat(dotGit);
    if (info.isDirectory()) return dotGit;
    const text = await readFile(dotGit, 'utf8');
    const match = /^gitdir:\s*(.+)$/m.exec(text);
    if (match?.[1]) {
      const target = match[1].trim();
      return isAbsolute(target) ? target : resolve(repoRoot, target);
    }
  } catch {
    // Fall through: the caller treats a missing git dir as "no cache".
  }
  return dotGit;
}

export class DocumentCache {
  private readonly fresh = new Map<string, CacheEntry>();
  private misses = 0;

  private constructor(
    private readonly file: string | undefined,
    private readonly previous: CacheFile | undefined,
    private readonly clock: () => number,
  ) {}

  /** Opens the repository's cache; a missing, unreadable or outdated cache is an empty one. */
  static async open(repoRoot: string, options: { clock?: () => number } = {}): Promise<DocumentCache> {
    const clock = options.clock ?? Date.now;
    const file = join(await gitDir(repoRoot), 'handoff-guard', 'cache.json');
    let previous: CacheFile | undefined;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (
        parsed &&
        parsed.version === CACHE_VERSION &&
        typeof parsed.writtenAt === 'number' &&
        parsed.entries
      ) {
        previous = parsed;
      }
    } catch {
      // No cache yet, or a damaged one: start over.
    }
    return new DocumentCache(file, previous, clock);
  }

  /** A cache that never persists (for callers without a repository). */
  static inMemory(): DocumentCache {
    return new DocumentCache(undefined, undefined, Date.now);
  }

  /** How many documents were parsed (not served from the cache) since opening. */
  get parsedCount(): number {
    return this.misses;
  }

  /**
   * The summary of the document at `absPath` (`displayPath` names it in messages). Reading or
   * encoding problems are the InputErrors `readUserText` raises.
   */
  async summarize(absPath: string, displayPath: string): Promise<DocumentSummary> {
    // Synchronous on purpose: hundreds of tiny stats cost more in thread-pool round trips than in
    // the calls themselves, and nothing else in the check waits on this thread meanwhile (git runs
    // in its own process).
    const info = statSync(absPath);
    const key = displayPath;
    const cached = this.previous?.entries[key];
    if (
      cached &&
      this.previous &&
      cached.size === info.size &&
      cached.mtimeMs === info.mtimeMs &&
      cached.mtimeMs < this.previous.writtenAt - RACY_MS
    ) {
      this.fresh.set(key, cached);
      return { missingElements: cached.missingElements, facts: cached.facts };
    }
    this.misses++;
    const text = await readUserText(absPath, displayPath);
    const summary = await summarizeMarkdown(text);
    this.fresh.set(key, { ...summary, size: info.size, mtimeMs: info.mtimeMs });
    return summary;
  }

  /**
   * Writes the cache back when anything was parsed (entries not used in this run are dropped, so the
   * cache follows the registry). Failures are ignored: the cache only saves time.
   */
  async save(): Promise<void> {
    if (!this.file || this.misses === 0) return;
    const content: CacheFile = {
      version: CACHE_VERSION,
      writtenAt: this.clock(),
      entries: Object.fromEntries(this.fresh),
    };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(temp, JSON.stringify(content));
      await rename(temp, this.file);
    } catch {
      // A read-only .git or a full disk: next run parses again.
    }
  }
}

/** Parses markdown and extracts what the check needs; loads the parser on first use. */
async function summarizeMarkdown(text: string): Promise<DocumentSummary> {
  const [{ parseHandoff }, { missingElements }, { documentFacts }] = await Promise.all([
    import('../core/document/parse.js'),
    import('../core/document/elements.js'),
    import('../core/document/facts.js'),
  ]);
  const doc = parseHandoff(text);
  return { missingElements: missingElements(doc, ELEMENT_NAMES), facts: documentFacts(doc) };
}
