/**
 * An in-memory git history behind the same interface the use cases read real repositories through
 * (`IGitCommandManager`), so the rules of check and resume run in microseconds over histories a
 * test describes: branches, merges, remotes, trees. It models what those rules ask git — ranges
 * with `--not`, `--remotes`, `--since` and `--max-count`, trees at a commit, last touches — not git.
 * The real adapter is proven against real repositories in __tests__/adapters and __tests__/e2e.
 */
import { createHash } from 'node:crypto';
import type { IGitCommandManager } from '../../src/adapters/git.js';
import type { TreeFile } from '../../src/adapters/git-tree.js';
import { InputError } from '../../src/core/errors.js';
import type { CommitInfo } from '../../src/core/model.js';

export interface MemoryCommit {
  sha: string;
  parents: string[];
  subject: string;
  body: string;
  author: string;
  /** Seconds since the epoch (author and committer). */
  time: number;
  /** The whole tree at this commit: path -> content. */
  tree: Map<string, string>;
}

let shaCounter = 0;
function nextSha(): string {
  shaCounter += 1;
  return shaCounter.toString(16).padStart(8, '0').repeat(5);
}

export class MemoryGit implements IGitCommandManager {
  readonly workingDirectory = '/memory';
  readonly commits = new Map<string, MemoryCommit>();
  /** Full ref names (`refs/heads/main`, `refs/remotes/origin/main`) -> sha. */
  readonly refs = new Map<string, string>();
  head = 'refs/heads/main';
  /** The working tree: path -> content (what `changedSinceHead` compares with HEAD). */
  workingTree = new Map<string, string>();
  upstreamRef: string | undefined;
  private clock = Date.parse('2025-11-08T09:00:00Z') / 1000;

  /** Commits on the current branch (or `branch`): `files` change the tree (null deletes). */
  commit(
    subject: string,
    files: Record<string, string | null> = {},
    options: { branch?: string; body?: string; time?: number; parents?: string[]; author?: string } = {},
  ): string {
    const branchRef = options.branch ? `refs/heads/${options.branch}` : this.head;
    const tip = this.refs.get(branchRef);
    const parents = options.parents ?? (tip ? [tip] : []);
    const tree = new Map(parents[0] ? this.commits.get(parents[0])?.tree : []);
    for (const [path, content] of Object.entries(files)) {
      if (content === null) tree.delete(path);
      else tree.set(path, content);
    }
    this.clock += 600;
    const sha = nextSha();
    this.commits.set(sha, {
      sha,
      parents,
      subject,
      body: options.body ?? '',
      author: options.author ?? 'A',
      time: options.time ?? this.clock,
      tree,
    });
    this.refs.set(branchRef, sha);
    if (branchRef === this.head) this.workingTree = new Map(tree);
    return sha;
  }

  /** A merge of `branch` into the current branch, taking the union of both trees (theirs wins). */
  merge(branch: string, subject = `Merge branch '${branch}'`): string {
    const ours = this.refs.get(this.head) as string;
    const theirs = this.refs.get(`refs/heads/${branch}`) as string;
    const tree = new Map([
      ...(this.commits.get(ours)?.tree ?? []),
      ...(this.commits.get(theirs)?.tree ?? []),
    ]);
    const files: Record<string, string> = Object.fromEntries(tree);
    return this.commit(subject, files, { parents: [ours, theirs] });
  }

  branch(name: string, at = this.refs.get(this.head)): void {
    if (at) this.refs.set(`refs/heads/${name}`, at);
  }

  switch(name: string): void {
    this.head = `refs/heads/${name}`;
    const tip = this.refs.get(this.head);
    this.workingTree = new Map(tip ? this.commits.get(tip)?.tree : []);
  }

  /** What `git push` would leave on the remote: `refs/remotes/<remote>/<branch>` at the branch's tip. */
  pushed(branch: string, remote = 'origin'): void {
    const tip = this.refs.get(`refs/heads/${branch}`);
    if (tip) this.refs.set(`refs/remotes/${remote}/${branch}`, tip);
  }

  // --- IGitCommandManager -------------------------------------------------------------------

  async logRange(revisionArgs: string[], opts: { stats: boolean }): Promise<CommitInfo[]> {
    const include: string[] = [];
    const exclude: string[] = [];
    let negate = false;
    let since: number | undefined;
    let maxCount: number | undefined;
    let ignoreMissing = false;
    for (const arg of revisionArgs) {
      if (arg === '--not') negate = !negate;
      else if (arg === '--ignore-missing') ignoreMissing = true;
      else if (arg.startsWith('--since=')) since = Date.parse(arg.slice(8)) / 1000;
      else if (arg.startsWith('--max-count=')) maxCount = Number(arg.slice(12));
      else if (arg === '--remotes' || arg.startsWith('--remotes=')) {
        const prefix = arg === '--remotes' ? 'refs/remotes/' : `refs/remotes/${arg.slice(10)}/`;
        for (const [ref, sha] of this.refs)
          if (ref.startsWith(prefix)) (negate ? exclude : include).push(sha);
      } else if (arg.endsWith('^@')) {
        // Every parent of a commit, as git reads `X^@`: none for a root commit.
        const sha = this.resolve(arg.slice(0, -2));
        if (sha === undefined) throw new InputError(`unknown revision "${arg}"`, {}, 'git/unknown-revision');
        (negate ? exclude : include).push(...(this.commits.get(sha)?.parents ?? []));
      } else if (arg.includes('..')) {
        const [a, b] = arg.split('..') as [string, string];
        exclude.push(await this.revParse(a));
        include.push(await this.revParse(b));
      } else {
        const sha = this.resolve(arg);
        if (sha === undefined) {
          if (ignoreMissing) continue;
          throw new InputError(
            `unknown revision "${arg}": no such commit in this repository`,
            {},
            'git/unknown-revision',
          );
        }
        (negate ? exclude : include).push(sha);
      }
    }
    const excluded = this.reachable(exclude);
    let picked = [...this.reachable(include)].filter((sha) => !excluded.has(sha));
    if (since !== undefined)
      picked = picked.filter((sha) => (this.commits.get(sha)?.time ?? 0) >= (since as number));
    const ordered = this.topoOrder(picked);
    const limited = maxCount === undefined ? ordered : ordered.slice(-maxCount);
    return limited.map((sha) => this.info(sha, opts.stats));
  }

  async branchNamed(rev: string): Promise<string | undefined> {
    const name = rev.replace(/^refs\/heads\//, '');
    return this.refs.has(`refs/heads/${name}`) ? name : undefined;
  }

  async currentBranch(): Promise<string | undefined> {
    return this.refs.has(this.head) ? this.head.replace(/^refs\/heads\//, '') : undefined;
  }

  /** No rebase happens in memory: the branch HEAD is on. */
  async workBranch(): Promise<string | undefined> {
    return this.currentBranch();
  }

  async revParse(rev: string): Promise<string> {
    const sha = this.resolve(rev);
    if (!sha)
      throw new InputError(
        `unknown revision "${rev}": no such commit in this repository`,
        {},
        'git/unknown-revision',
      );
    return sha;
  }

  async headCommit(): Promise<string | undefined> {
    return this.refs.get(this.head);
  }

  async hasCommits(): Promise<boolean> {
    return this.refs.has(this.head);
  }

  async headAndBranch(): Promise<{ commit: string | undefined; branch: string | undefined }> {
    return { commit: await this.headCommit(), branch: await this.currentBranch() };
  }

  readonly tree = {
    read: async (
      commit: string,
      paths: readonly string[],
      maxBytes: number,
    ): Promise<Map<string, TreeFile>> => {
      const tree = this.commits.get(commit)?.tree ?? new Map<string, string>();
      const files = new Map<string, TreeFile>();
      for (const path of paths) {
        const content = tree.get(path);
        if (content === undefined) {
          const isFolder = [...tree.keys()].some((p) => p.startsWith(`${path}/`));
          files.set(path, isFolder ? { kind: 'not-a-file', type: 'tree' } : { kind: 'missing' });
          continue;
        }
        const bytes = Buffer.from(content, 'utf8');
        // The id git would give the blob: caches key what they know of a file by it.
        const oid = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
        files.set(
          path,
          bytes.length > maxBytes
            ? { kind: 'too-large', oid, size: bytes.length }
            : { kind: 'blob', oid, size: bytes.length, bytes },
        );
      }
      return files;
    },
  };

  close(): void {}

  async changedSinceHead(paths: readonly string[]): Promise<string[]> {
    const headTree = this.commits.get(this.refs.get(this.head) ?? '')?.tree ?? new Map<string, string>();
    return paths.filter((p) => headTree.get(p) !== this.workingTree.get(p));
  }

  async upstream(): Promise<string | undefined> {
    return this.upstreamRef;
  }

  async listRemotes(): Promise<string[]> {
    return [];
  }

  async configGet(): Promise<string | undefined> {
    return undefined;
  }

  async configList(): Promise<Map<string, string>> {
    return new Map();
  }

  async firstExisting(candidates: string[]): Promise<string | undefined> {
    return candidates.find((c) => this.resolve(c) !== undefined);
  }

  async isShallow(): Promise<boolean> {
    return false;
  }

  async branchesAt(sha: string): Promise<string[]> {
    const names = new Set<string>();
    for (const [ref, at] of this.refs) {
      if (at !== sha) continue;
      if (ref.startsWith('refs/heads/')) names.add(ref.slice('refs/heads/'.length));
      const remote = /^refs\/remotes\/[^/]+\/(.+)$/.exec(ref)?.[1];
      if (remote !== undefined && remote !== 'HEAD') names.add(remote);
    }
    return [...names];
  }

  async shallowEdge(): Promise<Set<string>> {
    return new Set();
  }

  async edgesReachedSince(): Promise<number> {
    return 0;
  }

  async deepen(): Promise<void> {}

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const ofA = this.reachable([await this.revParse(a)]);
    const common = this.topoOrder(
      [...this.reachable([await this.revParse(b)])].filter((sha) => ofA.has(sha)),
    );
    return common[common.length - 1];
  }

  async listFolders(commit: string, parent: string): Promise<string[]> {
    const prefix = parent === '' ? '' : `${parent}/`;
    const folders = new Set<string>();
    for (const path of this.commits.get(commit)?.tree.keys() ?? []) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length).split('/');
      if (rest.length > 1) folders.add(`${prefix}${rest[0]}`);
    }
    return [...folders].sort();
  }

  async commonAncestor(shas: readonly string[]): Promise<string | undefined> {
    if (shas.length === 0) return undefined;
    let common = this.reachable([shas[0] as string]);
    for (const sha of shas.slice(1)) {
      const other = this.reachable([sha]);
      common = new Set([...common].filter((c) => other.has(c)));
    }
    const ordered = this.topoOrder([...common]);
    return ordered[ordered.length - 1];
  }

  async lastTouchesSince(
    paths: string[],
    sinceEpochSeconds: number,
    rev = 'HEAD',
  ): Promise<Map<string, number>> {
    // Each path's last touch in ancestry, when it is in the window: what git.ts reads in histories
    // whose clocks run forward (its window's walk, then the commits under a clock behind it nearby).
    const touches = new Map<string, number>();
    const seen = new Set<string>();
    for (const commit of (await this.logRange([rev], { stats: false })).reverse()) {
      for (const file of commit.files) {
        if (!paths.includes(file.path) || seen.has(file.path)) continue;
        seen.add(file.path);
        if (commit.commitTime >= sinceEpochSeconds) touches.set(file.path, commit.commitTime);
      }
    }
    return touches;
  }

  async lastTouchingCommits(paths: readonly string[], rev = 'HEAD'): Promise<Map<string, string>> {
    const touches = new Map<string, string>();
    for (const commit of (await this.logRange([rev], { stats: false })).reverse()) {
      for (const file of commit.files) {
        if (paths.includes(file.path) && !touches.has(file.path)) touches.set(file.path, commit.sha);
      }
    }
    return touches;
  }

  // --- the model ------------------------------------------------------------------------------

  private resolve(rev: string): string | undefined {
    if (rev === 'HEAD') return this.refs.get(this.head);
    for (const name of [rev, `refs/heads/${rev}`, `refs/remotes/${rev}`, `refs/tags/${rev}`]) {
      const sha = this.refs.get(name);
      if (sha) return sha;
    }
    if (this.commits.has(rev)) return rev;
    const matches = [...this.commits.keys()].filter((sha) => rev.length >= 4 && sha.startsWith(rev));
    return matches.length === 1 ? matches[0] : undefined;
  }

  private reachable(tips: readonly string[]): Set<string> {
    const seen = new Set<string>();
    const stack = [...tips];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (seen.has(sha) || !this.commits.has(sha)) continue;
      seen.add(sha);
      stack.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return seen;
  }

  /** Parents before children; among independent commits, by time. */
  private topoOrder(shas: readonly string[]): string[] {
    const wanted = new Set(shas);
    const done = new Set<string>();
    const order: string[] = [];
    const visit = (sha: string) => {
      if (done.has(sha) || !wanted.has(sha)) return;
      done.add(sha);
      for (const parent of this.commits.get(sha)?.parents ?? []) visit(parent);
      order.push(sha);
    };
    for (const sha of [...shas].sort(
      (a, b) => (this.commits.get(a)?.time ?? 0) - (this.commits.get(b)?.time ?? 0),
    ))
      visit(sha);
    return order;
  }

  /** A commit as `git log` reports it: files changed against its first parent, none for a merge. */
  private info(sha: string, stats: boolean): CommitInfo {
    const commit = this.commits.get(sha) as MemoryCommit;
    const before = commit.parents[0] ? this.commits.get(commit.parents[0])?.tree : new Map<string, string>();
    const files: CommitInfo['files'] = [];
    if (commit.parents.length <= 1) {
      const paths = new Set([...(before?.keys() ?? []), ...commit.tree.keys()]);
      for (const path of [...paths].sort()) {
        const a = before?.get(path);
        const b = commit.tree.get(path);
        if (a === b) continue;
        const lines = (text: string | undefined) =>
          text === undefined || text === '' ? 0 : text.split('\n').length;
        files.push(stats ? { path, added: lines(b), deleted: lines(a) } : { path });
      }
    }
    const taskTrailers = [...commit.body.matchAll(/^Task:\s*(.+)$/gm)].map((m) => (m[1] as string).trim());
    return {
      sha,
      parents: commit.parents,
      authorName: commit.author,
      authorEmail: `${commit.author.toLowerCase()}@example.com`,
      authorTime: commit.time,
      commitTime: commit.time,
      subject: commit.subject,
      body: commit.body,
      taskTrailers,
      files,
    };
  }
}
