/**
 * Files as they are in a commit's tree, read through two long-lived `git cat-file` processes: one
 * `--batch-check --follow-symlinks` that says what each path is (blob, folder, a symlink leading out
 * of the tree, nothing) and how big, and one `--batch` that returns the contents of the blobs worth
 * reading. Nothing is read from the working tree, so a check judges exactly what was committed, and
 * a blob over the size limit is never read at all.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { InputError, InternalError } from '../core/errors.js';

/** What a path is in a commit's tree. */
export type TreeFile =
  | { kind: 'blob'; oid: string; size: number; bytes: Buffer }
  | { kind: 'too-large'; oid: string; size: number }
  /** Nothing there, or a symlink inside the tree that leads nowhere. */
  | { kind: 'missing' }
  /** A folder (or a submodule). */
  | { kind: 'not-a-file'; type: string }
  /** A symlink whose target leaves the tree; `target` is what git printed of it. */
  | { kind: 'symlink-outside'; target: string }
  /** A symlink loop. */
  | { kind: 'symlink-loop' };

interface Pending {
  parse: (buffer: Buffer) => { value: unknown; used: number } | undefined;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** One `git cat-file` process answering requests in order; responses are parsed as bytes arrive. */
class CatFileProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly pending: Pending[] = [];
  private failure: Error | undefined;
  private stderr = '';

  constructor(args: string[], cwd: string) {
    this.child = spawn('git', args, { cwd, env: process.env, stdio: 'pipe', windowsHide: true });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
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

  request<T>(line: string, parse: (buffer: Buffer) => { value: T; used: number } | undefined): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ parse, resolve: resolve as (value: unknown) => void, reject });
      this.child.stdin.write(`${line}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }

  private drain(): void {
    while (this.pending.length > 0) {
      const next = this.pending[0] as Pending;
      const parsed = next.parse(this.buffer);
      if (!parsed) return;
      this.buffer = this.buffer.subarray(parsed.used);
      this.pending.shift();
      next.resolve(parsed.value);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.splice(0)) pending.reject(this.failure);
  }
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

/** Parses one `--batch` answer: `<oid> <type> <size>` LF <contents> LF. */
function parseContents(buffer: Buffer): { value: Buffer | undefined; used: number } | undefined {
  const head = firstLine(buffer);
  if (!head) return undefined;
  if (head.line.endsWith(' missing')) return { value: undefined, used: head.used };
  const size = Number(head.line.split(' ')[2]);
  if (buffer.length < head.used + size + 1) return undefined;
  // Copied: the read buffer is reused for the following answers.
  return { value: Buffer.from(buffer.subarray(head.used, head.used + size)), used: head.used + size + 1 };
}

/** Reads files at commits of one repository; `close()` when done (idle processes end with it). */
export class TreeReader {
  private check: CatFileProcess | undefined;
  private contents: CatFileProcess | undefined;

  constructor(private readonly cwd: string) {}

  /**
   * What each of `paths` (repository-relative, normalized, no line breaks) is in `commit`'s tree,
   * with the bytes of every blob up to `maxBytes`. All requests are pipelined: one round trip.
   */
  async read(commit: string, paths: readonly string[], maxBytes: number): Promise<Map<string, TreeFile>> {
    this.check ??= new CatFileProcess(
      ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)', '--follow-symlinks'],
      this.cwd,
    );
    const check = this.check;
    const answers = await Promise.all(paths.map((path) => check.request(`${commit}:${path}`, parseCheck)));
    const files = new Map<string, TreeFile>();
    const wanted: Array<{ path: string; oid: string; size: number }> = [];
    answers.forEach((answer, index) => {
      const path = paths[index] as string;
      if (answer.kind !== 'object') files.set(path, answer);
      else if (answer.type !== 'blob') files.set(path, { kind: 'not-a-file', type: answer.type });
      else if (answer.size > maxBytes)
        files.set(path, { kind: 'too-large', oid: answer.oid, size: answer.size });
      else wanted.push({ path, oid: answer.oid, size: answer.size });
    });
    if (wanted.length > 0) {
      this.contents ??= new CatFileProcess(['cat-file', '--batch'], this.cwd);
      const contents = this.contents;
      const blobs = await Promise.all(wanted.map(({ oid }) => contents.request(oid, parseContents)));
      wanted.forEach(({ path, oid, size }, index) => {
        const bytes = blobs[index];
        files.set(path, bytes ? { kind: 'blob', oid, size, bytes } : { kind: 'missing' });
      });
    }
    return files;
  }

  close(): void {
    this.check?.close();
    this.contents?.close();
    this.check = undefined;
    this.contents = undefined;
  }
}
