/**
 * Files as they are in a commit's tree, read through two long-lived `git cat-file` processes: one
 * `--batch-check --follow-symlinks` that says what each path is (blob, folder, a symlink leading out
 * of the tree, nothing) and how big, and one `--batch` that returns the contents of the blobs worth
 * reading. Nothing is read from the working tree, so a check judges exactly what was committed, and
 * a blob over the size limit is never kept: its bytes are dropped as git sends them.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { InputError, InternalError } from '../core/errors.js';
import { type ListedEntry, specOf, type TreeListing } from '../core/tree-listing.js';
import { trimEndOf } from '../core/trim.js';
import { AS_STORED, GitFailure, LITERAL_PATHSPECS, runGit, specBatches } from './git-process.js';

/** What a path is in a commit's tree. */
export type TreeFile =
  | { kind: 'blob'; oid: string; size: number; bytes: Buffer }
  /** A blob the caller said it knows (by id): its bytes were not read. */
  | { kind: 'known'; oid: string }
  | { kind: 'too-large'; oid: string; size: number }
  /** Nothing there, or a symlink inside the tree that leads nowhere. */
  | { kind: 'missing' }
  /** A folder (or a submodule). */
  | { kind: 'not-a-file'; type: string }
  /** A symlink whose target leaves the tree; `target` is what git printed of it. */
  | { kind: 'symlink-outside'; target: string }
  /** A symlink loop. */
  | { kind: 'symlink-loop' };

/**
 * An answer parsed from the bytes read so far: its value, the bytes it took, and how many of the
 * bytes still to come are its own, to be dropped unread (`skip`: an oversized blob's contents).
 */
type Parsed<T> = { value: T; used: number; skip?: number };

interface Pending {
  parse: (buffer: Buffer) => Parsed<unknown> | undefined;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** One `git cat-file` process answering requests in order; responses are parsed as bytes arrive. */
class CatFileProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  /** Chunks received since `buffer` was last joined, and how many bytes `buffer` and they hold. */
  private chunks: Buffer[] = [];
  private received = 0;
  /** Bytes the first pending answer needs before parsing it again is worth a join (0: unknown). */
  private needed = 0;
  private readonly pending: Pending[] = [];
  private failure: Error | undefined;
  private stderr = '';
  /** Bytes still to come that belong to an answer already given (an oversized blob's): dropped. */
  private skipping = 0;

  constructor(args: string[], cwd: string) {
    this.child = spawn('git', args, {
      cwd,
      env: { ...process.env, ...AS_STORED },
      stdio: 'pipe',
      windowsHide: true,
    });
    this.child.stdout.on('data', (data: Buffer) => {
      let chunk = data;
      if (this.skipping > 0) {
        const dropped = Math.min(this.skipping, chunk.length);
        this.skipping -= dropped;
        if (dropped === chunk.length) return;
        chunk = chunk.subarray(dropped);
      }
      // A large blob arrives in many chunks: they are joined once it is all there, not chunk by chunk
      // (which copies the blob over and over).
      this.chunks.push(chunk);
      this.received += chunk.length;
      if (this.received < this.needed) return;
      this.buffer =
        this.buffer.length === 0 && this.chunks.length === 1
          ? chunk
          : Buffer.concat([this.buffer, ...this.chunks]);
      this.chunks = [];
      this.drain();
    });
    this.child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += chunk.toString('utf8');
    });
    this.child.on('error', (error) => this.fail(error));
    this.child.on('close', (code) => {
      if (this.pending.length > 0) {
        const said = this.stderr.trim().split('\n')[0]?.slice(0, 300);
        // git stops on an object it cannot read: the repository is damaged, which the user must fix.
        this.fail(
          said
            ? new InputError(`git cannot read the repository: ${said}`, {}, 'git/corrupt')
            : new InternalError(`git cat-file ended (exit ${code})`),
        );
      }
    });
    // A write after git has gone away must not crash the process: the close handler reports it.
    this.child.stdin.on('error', () => undefined);
  }

  /** Sends every line in one write and resolves with the answers in order. */
  requestAll<T>(lines: readonly string[], parse: (buffer: Buffer) => Parsed<T> | undefined): Promise<T[]> {
    if (this.failure) return Promise.reject(this.failure);
    const answers = lines.map(
      () =>
        new Promise<T>((resolve, reject) => {
          this.pending.push({ parse, resolve: resolve as (value: unknown) => void, reject });
        }),
    );
    this.child.stdin.write(`${lines.join('\n')}\n`);
    return Promise.all(answers);
  }

  close(): void {
    this.child.stdin.end();
  }

  private drain(): void {
    this.needed = 0;
    while (this.pending.length > 0) {
      const next = this.pending[0] as Pending;
      const parsed = next.parse(this.buffer);
      if (!parsed) {
        this.needed = bytesAnnounced(this.buffer);
        break;
      }
      this.buffer = this.buffer.subarray(parsed.used);
      this.pending.shift();
      next.resolve(parsed.value);
      if (parsed.skip) {
        // All that was read is the answer's; the rest of it is dropped as it comes.
        this.skipping = parsed.skip;
        break;
      }
    }
    this.received = this.buffer.length;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.splice(0)) pending.reject(this.failure);
  }
}

/**
 * How many bytes an answer that starts `<oid> <type> <size>` LF takes in all, when its first line is
 * complete; else 0 (parse again on the next chunk).
 */
function bytesAnnounced(buffer: Buffer): number {
  const head = firstLine(buffer);
  const size = head ? Number(head.line.split(' ')[2]) : Number.NaN;
  return head && Number.isSafeInteger(size) ? head.used + size + 1 : 0;
}

/** The first line of `buffer` (without LF) and the bytes it takes, or undefined until it is complete. */
function firstLine(buffer: Buffer): { line: string; used: number } | undefined {
  const end = buffer.indexOf(0x0a);
  return end === -1 ? undefined : { line: buffer.subarray(0, end).toString('utf8'), used: end + 1 };
}

type CheckAnswer =
  | { kind: 'object'; oid: string; type: string; size: number }
  | { kind: 'missing' }
  | { kind: 'symlink-outside'; target: string }
  | { kind: 'symlink-loop' };

/** Parses one `--batch-check --follow-symlinks` answer (format `%(objectname) %(objecttype) %(objectsize)`). */
function parseCheck(buffer: Buffer): { value: CheckAnswer; used: number } | undefined {
  const head = firstLine(buffer);
  if (!head) return undefined;
  const fields = head.line.split(' ');
  const [first, second] = fields;
  // `symlink|dangling|loop|notdir <size>` is followed by <size> bytes of detail and a LF.
  if (fields.length === 2 && first !== undefined && /^(symlink|dangling|loop|notdir)$/.test(first)) {
    const size = Number(second);
    if (buffer.length < head.used + size + 1) return undefined;
    const detail = buffer.subarray(head.used, head.used + size).toString('utf8');
    const used = head.used + size + 1;
    if (first === 'symlink') return { value: { kind: 'symlink-outside', target: detail }, used };
    if (first === 'loop') return { value: { kind: 'symlink-loop' }, used };
    return { value: { kind: 'missing' }, used };
  }
  if (head.line.endsWith(' missing') || head.line.endsWith(' ambiguous')) {
    return { value: { kind: 'missing' }, used: head.used };
  }
  if (fields.length === 3 && first !== undefined && second !== undefined) {
    return { value: { kind: 'object', oid: first, type: second, size: Number(fields[2]) }, used: head.used };
  }
  throw new InternalError(`unexpected answer from git cat-file: ${head.line.slice(0, 200)}`);
}

/** A `--batch` answer: the contents, none (missing), or the size of contents over the limit. */
type ContentsAnswer = Buffer | undefined | { tooLarge: number };

/**
 * Parses one `--batch` answer, `<oid> <type> <size>` LF <contents> LF. Contents over `maxBytes` are
 * not kept: the answer is their size, and their bytes are dropped as they arrive (`skip`), so a blob
 * whose size was not known before it was asked for never sits in memory.
 */
function contentsWithin(maxBytes: number): (buffer: Buffer) => Parsed<ContentsAnswer> | undefined {
  return (buffer) => {
    const head = firstLine(buffer);
    if (!head) return undefined;
    if (head.line.endsWith(' missing')) return { value: undefined, used: head.used };
    const size = Number(head.line.split(' ')[2]);
    const total = head.used + size + 1;
    if (size > maxBytes) {
      const used = Math.min(buffer.length, total);
      return { value: { tooLarge: size }, used, skip: total - used };
    }
    if (buffer.length < total) return undefined;
    // Copied: the read buffer is reused for the following answers.
    return { value: Buffer.from(buffer.subarray(head.used, head.used + size)), used: total };
  };
}

/** Runs `git ls-tree -z -l commit -- specs…` (in batches, see MAX_SPEC_CHARS) and returns its entries by path. */
async function listTree(
  cwd: string,
  commit: string,
  specs: readonly string[],
): Promise<Map<string, ListedEntry>> {
  const entries = new Map<string, ListedEntry>();
  for (const batch of specBatches(specs)) await listTreeBatch(cwd, commit, batch, entries);
  return entries;
}

async function listTreeBatch(
  cwd: string,
  commit: string,
  specs: readonly string[],
  entries: Map<string, ListedEntry>,
): Promise<void> {
  let output: string;
  try {
    // No `-l`: sizing every entry costs git a lookup of each blob (10,000 handoffs: ~20 ms of the
    // check's wait), and a warm check reads none of them. A size is learnt as a blob is read instead,
    // under the same limit (`contentsWithin`).
    output = await runGit(['ls-tree', '-z', commit, '--', ...specs], cwd, LITERAL_PATHSPECS);
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    const said = error.message.trim().split('\n')[0]?.slice(0, 300);
    throw new InputError(`git cannot read the tree of ${commit.slice(0, 12)}: ${said}`, {}, 'git/corrupt');
  }
  // `<mode> <type> <oid>\t<path>` NUL, read by position: thousands of handoffs.
  let at = 0;
  while (at < output.length) {
    let end = output.indexOf('\0', at);
    if (end === -1) end = output.length;
    const tab = output.indexOf('\t', at);
    if (tab !== -1 && tab < end) {
      const typeAt = output.indexOf(' ', at) + 1;
      const oidAt = output.indexOf(' ', typeAt) + 1;
      entries.set(output.slice(tab + 1, end), {
        mode: output.slice(at, typeAt - 1),
        type: output.slice(typeAt, oidAt - 1),
        oid: output.slice(oidAt, tab),
      });
    }
    at = end + 1;
  }
}

interface Listing {
  specs: Set<string>;
  /** Folders (`dir/`) the listings showed entries in: real folders of the tree. */
  folders: Set<string>;
  entries: Map<string, ListedEntry>;
}

/**
 * Whether the folder `spec` (`a/b/`) is surely not in the tree: its parent was listed, is a real
 * folder, and holds no entry of that name (not a symlink that could lead to a folder either). A
 * monorepo's packages mostly lack the usual folders; without this, each of their paths took a
 * `--follow-symlinks` lookup, which walks from the root (10,000 packages: 5 s).
 */
function absentFromParent(listed: Listing, spec: string): boolean {
  const folder = spec.slice(0, -1);
  const parent = specOf(folder);
  return (
    parent.endsWith('/') &&
    listed.specs.has(parent) &&
    listed.folders.has(parent) &&
    !listed.entries.has(folder)
  );
}

/** Reads files at commits of one repository; `close()` when done (idle processes end with it). */
export class TreeReader {
  private check: CatFileProcess | undefined;
  private contents: CatFileProcess | undefined;
  /** Per commit: the folders listed so far and their entries (a commit's tree never changes). */
  private readonly listings = new Map<string, Listing>();
  /** Folders to list along with the next listing of a commit (`hint`). */
  private readonly hints = new Map<string, Set<string>>();
  /** The last listing of a commit asked for, which the next one waits for (it may cover what that asks). */
  private readonly listingsUnderWay = new Map<string, Promise<Listing>>();

  constructor(private readonly cwd: string) {}

  /**
   * Folders (repository-relative) a later `read` of `commit` will likely ask about: they are listed
   * in the same `git ls-tree` as the first read's, saving a process per phase of a snapshot.
   */
  hint(commit: string, folders: readonly string[]): void {
    const set = this.hints.get(commit) ?? new Set<string>();
    for (const folder of folders) set.add(folder === '' ? '' : `${trimEndOf(folder, '/')}/`);
    set.delete('');
    this.hints.set(commit, set);
  }

  /**
   * Takes `listing` as `commit`'s (worked out without git, see core/tree-listing.ts): reads of
   * `commit` list only the specs it lacks. Before any read of `commit`.
   */
  seed(commit: string, listing: TreeListing): void {
    if (this.listings.has(commit) || this.listingsUnderWay.has(commit)) return;
    const seeded: Listing = { specs: new Set(listing.specs), folders: new Set(), entries: new Map() };
    for (const [path, entry] of listing.entries) {
      seeded.entries.set(path, entry);
      seeded.folders.add(specOf(path));
    }
    this.listings.set(commit, seeded);
  }

  /**
   * The blob each of `commits` holds at `path` (repository-relative), in one `cat-file --batch-check`
   * round trip for them all: its id, or undefined where there is none (no such path, not a blob, a
   * symlink out). Many commits' copies of one file cost one process, not a listing each.
   */
  async blobsAt(commits: readonly string[], path: string): Promise<Array<string | undefined>> {
    if (commits.length === 0) return [];
    const answers = await this.checker().requestAll(
      commits.map((commit) => `${commit}:${path}`),
      parseCheck,
    );
    return answers.map((answer) =>
      answer.kind === 'object' && answer.type === 'blob' ? answer.oid : undefined,
    );
  }

  /**
   * Whether each of `paths` is a regular file of `commit` as listed so far (after its reads): not a
   * symlink, not reached through one. False when one is not listed; with `orAbsent`, a root file
   * that was listed (its own spec) and is not there counts too (in a folder, absence could be the
   * folder's being a symlink). No git process.
   */
  regularFiles(commit: string, paths: readonly string[], { orAbsent = false } = {}): boolean {
    const listing = this.listings.get(commit);
    if (!listing) return false;
    for (const path of paths) {
      const entry = listing.entries.get(path);
      if (entry === undefined && orAbsent && !path.includes('/') && listing.specs.has(path)) continue;
      if (entry?.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) return false;
    }
    return true;
  }

  /**
   * What was listed of `commit` so far (after its reads), to remember for a later push; undefined
   * past `maxEntries`, before anything is copied (10,000 entries copied to be dropped cost ~4 ms).
   */
  listed(commit: string, maxEntries = Number.POSITIVE_INFINITY): TreeListing | undefined {
    const listing = this.listings.get(commit);
    if (!listing || listing.entries.size > maxEntries) return undefined;
    return { specs: [...listing.specs], entries: [...listing.entries] };
  }

  /**
   * The entries of `specs` (folders `dir/` or root files) in `commit`, listing only what is new.
   * Listings of one commit run one after the other, each seeing what the earlier ones listed.
   */
  private listing(commit: string, specs: ReadonlySet<string>): Promise<Listing> {
    const previous = this.listingsUnderWay.get(commit);
    const next = previous
      ? previous.catch(() => undefined).then(() => this.listNew(commit, specs))
      : this.listNew(commit, specs);
    this.listingsUnderWay.set(commit, next);
    return next;
  }

  private async listNew(commit: string, specs: ReadonlySet<string>): Promise<Listing> {
    let listing = this.listings.get(commit);
    if (!listing) {
      listing = { specs: new Set(), folders: new Set(), entries: new Map() };
      this.listings.set(commit, listing);
    }
    const missing = [...specs].filter((spec) => !listing?.specs.has(spec));
    if (missing.length === 0) return listing;
    const extra = [...(this.hints.get(commit) ?? [])].filter((spec) => !listing?.specs.has(spec));
    this.hints.delete(commit);
    const asked = [...new Set([...missing, ...extra])];
    const entries = await listTree(this.cwd, commit, asked);
    for (const spec of asked) listing.specs.add(spec);
    for (const [path, entry] of entries) {
      listing.entries.set(path, entry);
      listing.folders.add(specOf(path));
    }
    return listing;
  }

  /**
   * What each of `paths` (repository-relative, normalized, no line breaks) is in `commit`'s tree,
   * with the bytes of every blob up to `maxBytes`.
   *
   * One `git ls-tree` lists the folders the paths are in (a lookup of `commit:path` walks the tree
   * from the root and scans each folder, which is quadratic with thousands of handoffs in one
   * folder); blobs are then read by id in one pipelined round trip. Only paths that are symlinks, or
   * are not found (a folder on the way may be a symlink), take `--follow-symlinks`, which resolves
   * them inside the tree and says when one leads out of it. A path in `blobs` is a regular file
   * whose blob the caller knows (from the pushed commits' changes): it is read by that id, unlisted.
   */
  async read(
    commit: string,
    paths: readonly string[],
    maxBytes: number,
    known?: (oid: string) => boolean,
    blobs?: ReadonlyMap<string, string>,
  ): Promise<Map<string, TreeFile>> {
    const files = new Map<string, TreeFile>();
    if (paths.length === 0) return files;
    const wanted: Array<{ path: string; oid: string }> = [];
    const specs = new Set<string>();
    for (const path of paths) {
      const oid = blobs?.get(path);
      if (oid === undefined) specs.add(specOf(path));
      else wanted.push({ path, oid });
    }
    const listed = specs.size > 0 ? await this.listing(commit, specs) : undefined;
    const unresolved: string[] = [];
    for (const path of paths) {
      if (listed === undefined || blobs?.has(path)) continue;
      const entry = listed.entries.get(path);
      if (!entry) {
        // Not in its folder's listing: a folder itself, when it was listed too (`git ls-tree` lists
        // a listed folder's entries, not the folder as its parent's); else missing, when that
        // folder is a real one (or the root); a folder that listed nothing may be a symlink, which
        // only --follow-symlinks can tell.
        const spec = specOf(path);
        if (listed.folders.has(`${path}/`)) files.set(path, { kind: 'not-a-file', type: 'tree' });
        else if (!spec.endsWith('/') || listed.folders.has(spec) || absentFromParent(listed, spec))
          files.set(path, { kind: 'missing' });
        else unresolved.push(path);
      } else if (entry.mode === '120000') unresolved.push(path);
      else if (entry.type !== 'blob') files.set(path, { kind: 'not-a-file', type: entry.type });
      // A listing has no sizes (see listTreeBatch): each is learnt as its blob is read, under the
      // same limit (see `contentsWithin`).
      else wanted.push({ path, oid: entry.oid });
    }
    if (unresolved.length > 0) {
      const answers = await this.checker().requestAll(
        unresolved.map((path) => `${commit}:${path}`),
        parseCheck,
      );
      answers.forEach((answer, index) => {
        const path = unresolved[index] as string;
        if (answer.kind !== 'object') files.set(path, answer);
        else if (answer.type !== 'blob') files.set(path, { kind: 'not-a-file', type: answer.type });
        else if (answer.size > maxBytes)
          files.set(path, { kind: 'too-large', oid: answer.oid, size: answer.size });
        else wanted.push({ path, oid: answer.oid });
      });
    }
    // Blobs the caller already knows (a cache keyed by blob id) are not read at all.
    const toRead: typeof wanted = [];
    for (const w of wanted) {
      if (known?.(w.oid)) files.set(w.path, { kind: 'known', oid: w.oid });
      else toRead.push(w);
    }
    if (toRead.length > 0) {
      this.contents ??= new CatFileProcess(['cat-file', '--batch'], this.cwd);
      const blobs = await this.contents.requestAll(
        toRead.map(({ oid }) => oid),
        contentsWithin(maxBytes),
      );
      toRead.forEach(({ path, oid }, index) => {
        const answer = blobs[index];
        if (answer === undefined) files.set(path, { kind: 'missing' });
        else if (Buffer.isBuffer(answer))
          files.set(path, { kind: 'blob', oid, size: answer.length, bytes: answer });
        else files.set(path, { kind: 'too-large', oid, size: answer.tooLarge });
      });
    }
    return files;
  }

  /** The `--batch-check --follow-symlinks` process, started on first use. */
  private checker(): CatFileProcess {
    this.check ??= new CatFileProcess(
      ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)', '--follow-symlinks'],
      this.cwd,
    );
    return this.check;
  }

  close(): void {
    this.check?.close();
    this.contents?.close();
    this.check = undefined;
    this.contents = undefined;
  }
}
