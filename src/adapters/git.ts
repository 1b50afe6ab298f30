/**
 * The git commands handoff-guard runs, each one process, with git's failures turned into messages a
 * user can act on. Reading a range is always ONE `git log` whatever its size: cost follows the range,
 * never the history, and a pre-push check stays at one or two processes.
 *
 * Local commands run git directly (`runGit`): simple-git and its dependencies take longer to load
 * than the whole rest of a pre-push check spends in git. Commands that reach a remote (`fetch`) go
 * through simple-git, imported on first use, for its guards against unsafe options.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SimpleGit } from 'simple-git';
import { InputError, InternalError } from '../core/errors.js';
import type { CommitInfo, FileChange, OperationInProgress } from '../core/model.js';
import { isAtOrInside, isInFolders, normalizeLink } from '../core/paths.js';
import { trimEndOf } from '../core/trim.js';
import { GitFailure, runGit, runGitBlocking, specBatches, streamGit } from './git-process.js';
import { TreeReader } from './git-tree.js';
import { LogRecords, namesIn } from './log-records.js';
import { gitDirIn } from './repo-root.js';

/**
 * What `git log`'s records and fields start with. A commit message, an author's name or a file name
 * may hold any byte but NUL, \x1e and \x1f included: with those bytes alone as separators a pusher
 * could end a record early and write the next one themselves (a forged commit id that makes the range
 * look covered, a commit that disappears). So each separator also carries a nonce this process drew,
 * which no committed text can know.
 */
const NONCE = `${Math.random().toString(36).slice(2, 8)}${Math.random().toString(36).slice(2, 8)}`;
const RECORD = `\x1e${NONCE}`;
const FIELD = `\x1f${NONCE}`;
/**
 * One record per commit: unit separators between fields, the `Task:` trailers last (they are joined
 * by the same separator, so everything after the eighth field is a trailer value). With `-z` the
 * record ends in NUL and the file list follows, each path NUL-terminated (no quoting to undo).
 * Parents (`%P`) let the freshness rule follow ancestry instead of the order git prints commits in.
 */
const LOG_FORMAT = `--format=${RECORD}%H${FIELD}%P${FIELD}%aN${FIELD}%aE${FIELD}%at${FIELD}%ct${FIELD}%s${FIELD}%b${FIELD}%(trailers:key=Task,valueonly,separator=%x1f${NONCE})`;
/** Options that keep the user's git config from changing what `git log` prints. */
const LOG_STABLE = [
  '--no-color',
  '--no-show-signature',
  '--no-renames',
  '--no-ext-diff',
  '--no-textconv',
  // A submodule's change is a change of what is pushed, whatever `diff.ignoreSubmodules` says.
  '--ignore-submodules=none',
  '-z',
];

/**
 * A branch name as git writes and reads it plainly: ASCII letters, digits, `._/-`, no component
 * starting with `.` (reftable's placeholder is `.invalid`) or ending in `.lock`, no `..` or `//`.
 * Anything else (white space a hand-edited HEAD keeps, other characters) is left to git.
 */
const PLAIN_BRANCH = /^(?!.*(?:\.\.|\/\/|\/\.|\.lock(?:\/|$)))[A-Za-z0-9_-][A-Za-z0-9._/-]*(?<![./])$/;

/**
 * HEAD as its file in `gitDir` holds it, where git keeps it plainly: a plain branch (`PLAIN_BRANCH`)
 * with its ref's file, or a detached commit; and the common git dir the refs and objects live in. Undefined, for
 * git to answer, for anything else (see `branchInHeadFile`).
 */
function headInFiles(
  gitDir: string,
): ({ commonDir: string } & ({ branch: string; refFile: string } | { commit: string })) | undefined {
  const headFile = join(gitDir, 'HEAD');
  if (!lstatSync(headFile, { throwIfNoEntry: false })?.isFile()) return undefined;
  const text = readFileSync(headFile, 'utf8');
  const branch = /^ref: refs\/heads\/([^\n]+)\n?$/.exec(text)?.[1];
  if (branch === undefined) {
    const commit = text.replace(/\n$/, '');
    return OBJECT_NAME.test(commit) ? { commit, commonDir: commonDirOf(gitDir) } : undefined;
  }
  if (!PLAIN_BRANCH.test(branch)) return undefined;
  // Refs and objects live in the common git dir (a worktree's HEAD is its own).
  const commonDir = commonDirOf(gitDir);
  return { branch, refFile: join(commonDir, 'refs', 'heads', branch), commonDir };
}

/** The branch the HEAD file of `gitDir` names (see `branchInHeadFile`); undefined when git must be asked. */
function branchInHead(gitDir: string): { branch: string | undefined } | undefined {
  const head = headInFiles(gitDir);
  if (head === undefined) return undefined;
  if ('commit' in head) return { branch: undefined };
  // A branch that is itself a symbolic ref (an alias of another branch): git names the branch it
  // points to.
  const own = lstatSync(head.refFile, { throwIfNoEntry: false });
  if (own?.isSymbolicLink() || (own?.isFile() && readFileSync(head.refFile, 'latin1').startsWith('ref:')))
    return undefined;
  return { branch: head.branch };
}

/** packed-refs over this size is left to git: one ref is not worth reading megabytes of tags for. */
const PACKED_REFS_READ_LIMIT = 1 << 20;

/**
 * The commit HEAD names, read from `gitDir`'s files as git reads it: a detached HEAD's object name,
 * else its branch's loose ref file, else the branch's line in `packed-refs` (a loose ref wins, as in
 * git), when that object is there loose. Undefined, for git to answer, for anything else: an unborn
 * branch, a ref that is a link or names another ref, a line that is no object name, a large
 * `packed-refs`, an object packed (a clone's) or missing. Unlike `git rev-parse HEAD^{commit}`, the
 * object's type is not read: a branch git itself moves always names a commit.
 */
function commitInHead(gitDir: string): string | undefined {
  // Objects kept elsewhere are git's to find.
  if (process.env.GIT_OBJECT_DIRECTORY !== undefined) return undefined;
  const head = headInFiles(gitDir);
  if (head === undefined) return undefined;
  const commit = 'commit' in head ? head.commit : commitOfBranch(head);
  // Only a commit that is there, as a loose object (a commit made here, until `git gc` packs it): a
  // ref that names a missing object is git's to report as the damage it is (`headCommit`).
  const objectsDir = join(head.commonDir, 'objects');
  return commit !== undefined && existsSync(join(objectsDir, commit.slice(0, 2), commit.slice(2)))
    ? commit
    : undefined;
}

/** The object name a plain branch's ref holds: its loose file, else its `packed-refs` line. */
function commitOfBranch(head: { branch: string; refFile: string; commonDir: string }): string | undefined {
  const own = lstatSync(head.refFile, { throwIfNoEntry: false });
  if (own !== undefined) {
    if (!own.isFile()) return undefined;
    const commit = readFileSync(head.refFile, 'latin1').replace(/\n$/, '');
    return OBJECT_NAME.test(commit) ? commit : undefined;
  }
  const packedFile = join(head.commonDir, 'packed-refs');
  const packed = lstatSync(packedFile, { throwIfNoEntry: false });
  if (!packed?.isFile() || packed.size > PACKED_REFS_READ_LIMIT) return undefined;
  // `<object name> <ref>` lines, after a `#` header; a `^` line peels the tag before it.
  const line = ` refs/heads/${head.branch}`;
  for (const entry of readFileSync(packedFile, 'latin1').split('\n')) {
    if (!entry.endsWith(line)) continue;
    const commit = entry.slice(0, -line.length);
    return OBJECT_NAME.test(commit) ? commit : undefined;
  }
  return undefined;
}

/**
 * The fetch that brings `rev` into a CI's shallow clone, which holds only the branch it checks: a
 * remote-tracking branch (`upstream/main`, of a remote `remotes` names) from its remote, a full
 * commit id by its id (git fetches no abbreviated one). Undefined for anything else (`main`,
 * `HEAD~3`, an abbreviated id): no command that would work can be told.
 */
function fetchCommand(rev: string, remotes: readonly string[], shallow: boolean): string | undefined {
  const depth = shallow ? ' --depth=50' : '';
  if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(rev))
    return shallow ? `git fetch${depth} origin ${rev}` : undefined;
  const remote = remotes.find((name) => rev.startsWith(`${name}/`));
  const branch = remote === undefined ? undefined : rev.slice(remote.length + 1);
  return branch === undefined || !/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes('..')
    ? undefined
    : `git fetch${depth} ${remote} '+refs/heads/${branch}:refs/remotes/${remote}/${branch}'`;
}

/**
 * The branch a full ref name is: a local branch's name, or a remote-tracking branch's as the remote
 * names it (after the remote's name). A remote's HEAD is an alias of one of its branches, no name.
 */
function branchOfRef(ref: string): string | undefined {
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length) || undefined;
  if (!ref.startsWith('refs/remotes/')) return undefined;
  const name = ref.slice('refs/remotes/'.length);
  const slash = name.indexOf('/');
  return slash > 0 && name.slice(slash + 1) !== 'HEAD' ? name.slice(slash + 1) : undefined;
}

/** The common git dir of `gitDir`: a worktree's names it in its `commondir` file; else itself. */
function commonDirOf(gitDir: string): string {
  const commonFile = join(gitDir, 'commondir');
  return existsSync(commonFile) ? resolve(gitDir, readFileSync(commonFile, 'utf8').trim()) : gitDir;
}

/**
 * How the path of a `git status --porcelain` entry (`XY path`) stands against HEAD: X is the index's
 * side, `?` untracked and `A` added (both mean never committed: `new`); anything else `changed`.
 */
function stateOfEntry(entry: string): 'new' | 'changed' {
  return entry[0] === '?' || entry[0] === 'A' ? 'new' : 'changed';
}

/** A full object name, SHA-1 or SHA-256. */
const OBJECT_NAME = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** git's empty tree: the base of a range that starts at a root commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** Commands that talk to a remote: run through simple-git. */
const REMOTE_COMMANDS = new Set(['fetch']);

/**
 * What the use cases read from git: `GitCommandManager` over a real repository, or an in-memory
 * history in the fast tests of the rules (`__tests__/helpers/memory-git.ts`). Revision arguments
 * are git's own (`[tip, '--not', '--remotes=origin']`).
 */
export interface IGitCommandManager {
  readonly workingDirectory: string;
  logRange(revisionArgs: string[], opts: LogRangeOptions): Promise<CommitInfo[]>;
  currentBranch(): Promise<string | undefined>;
  /**
   * The branch whose work HEAD holds: the one it is on, or while a rebase rewrites a branch (HEAD
   * detached until it ends), that branch, whose next push carries it.
   */
  workBranch(): Promise<string | undefined>;
  /** The branch `rev` names (`feature/x`, `refs/heads/feature/x`, `origin/feature/x`), or undefined. */
  branchNamed(rev: string): Promise<string | undefined>;
  /** The branches (local, and remote-tracking by the remote's name for them) pointing at `sha`. */
  branchesAt(sha: string): Promise<string[]>;
  revParse(rev: string): Promise<string>;
  headCommit(): Promise<string | undefined>;
  hasCommits(): Promise<boolean>;
  /** `headCommit` and `currentBranch` together (one git process where git allows it). */
  headAndBranch(): Promise<{ commit: string | undefined; branch: string | undefined }>;
  readonly tree: Pick<TreeReader, 'read'> &
    Partial<Pick<TreeReader, 'hint' | 'seed' | 'listed' | 'blobsAt' | 'regularFiles'>>;
  close(): void;
  changedSinceHead(paths: readonly string[]): Promise<string[]>;
  upstream(): Promise<string | undefined>;
  firstExisting(candidates: string[]): Promise<string | undefined>;
  /** The configured remotes' names. */
  listRemotes(): Promise<string[]>;
  /** A config value, or undefined when unset. */
  configGet(key: string): Promise<string | undefined>;
  /** Every config value in effect, in one git process (see `GitCommandManager.configList`). */
  configList(): Promise<Map<string, string>>;
  isShallow(): Promise<boolean>;
  /**
   * A shallow clone's edge: the commits whose parents were not fetched (git's `shallow` file), each
   * listed by `git log` as if it added every file. Empty in a whole clone.
   */
  shallowEdge(): Promise<Set<string>>;
  /**
   * How many of the shallow edge's commits that `rev` reaches are dated at or after `since`
   * (seconds); 0 in a whole clone.
   */
  edgesReachedSince(rev: string, since: number): Promise<number>;
  deepen(by: number, refspecs?: readonly string[], remote?: string): Promise<void>;
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /** The best common ancestor of all of `shas` (`git merge-base --octopus`), or undefined. */
  commonAncestor(shas: readonly string[]): Promise<string | undefined>;
  /** The folders directly inside `parent` (repository-relative, '' for the root) in `commit`'s tree. */
  listFolders(commit: string, parent: string): Promise<string[]>;
  lastTouchesSince(paths: string[], sinceEpochSeconds: number, rev?: string): Promise<Map<string, number>>;
  lastTouchingCommits(paths: readonly string[], rev?: string): Promise<Map<string, string>>;
}

export class GitCommandManager implements IGitCommandManager {
  private simpleGit: Promise<SimpleGit> | undefined;
  private treeReader: TreeReader | undefined;

  /**
   * Set when the working directory is a folder inside the repository (a monorepo package): commits
   * are then listed with their files inside it, relative to it (`git log --relative`), as the
   * package's registry and handoffs name them. Pathspecs are relative to it anyway.
   */
  private readonly inPackage: boolean;
  /** `packagePrefix`, once asked. */
  private prefix: Promise<string> | undefined;
  /**
   * Answers about refs asked once per manager, by key: the commit a revision names (`commit:<rev>`),
   * the remotes, whether the clone is shallow. The agents' session-start brief asked for HEAD three
   * times and for `origin/HEAD` and `origin/main` three times each, a git process each. Any command
   * that may move a ref forgets them all (`raw`, `mayMoveRefs`).
   */
  private readonly remembered = new Map<string, Promise<unknown>>();

  private constructor(
    readonly workingDirectory: string,
    /**
     * Set by a caller that writes nothing in the working tree while it reads (`prime`): the working
     * tree's changes are then read once (`workingTreeChanges`) and answer `changedSinceHead` too.
     */
    private readonly workingTreeUnchanged = false,
  ) {
    this.inPackage = !existsSync(join(workingDirectory, '.git'));
  }

  static create(
    workingDirectory: string,
    options: { workingTreeUnchanged?: boolean } = {},
  ): GitCommandManager {
    return new GitCommandManager(workingDirectory, options.workingTreeUnchanged === true);
  }

  /**
   * `use(git)` with a manager at `workingDirectory`: the caller's `shared` one when it runs there
   * (what it has asked and read serves again; the caller closes it), else one made for this and
   * closed after.
   */
  static async at<T>(
    workingDirectory: string,
    shared: unknown,
    use: (git: GitCommandManager) => Promise<T>,
  ): Promise<T> {
    if (shared instanceof GitCommandManager && shared.workingDirectory === workingDirectory)
      return use(shared);
    const git = new GitCommandManager(workingDirectory);
    try {
      return await use(git);
    } finally {
      git.close();
    }
  }

  /**
   * Commits selected by `revisionArgs` (e.g. `['a..b']`, or `[sha, '--not', '--remotes=origin']`),
   * oldest first, with the files each changes, with line counts when `stats` is set. Revisions
   * the repository does not have are an InputError naming them; `--ignore-missing` in the args
   * skips them instead.
   */
  async logRange(revisionArgs: string[], opts: LogRangeOptions): Promise<CommitInfo[]> {
    const args = [
      'log',
      // Parents before children, whatever the commit dates say.
      '--topo-order',
      '--reverse',
      ...LOG_STABLE,
      // In a package, only its commits: one that changes only other folders (or nothing) is none of
      // its work. Every commit that touches it is listed (git's history simplification could hide
      // some), with its parents rewritten to the nearest listed ones, so ancestry stays connected.
      ...(this.inPackage ? ['--relative', '--full-history', '--parents'] : []),
      LOG_FORMAT,
      ...(opts.stats ? ['--numstat'] : opts.blobs ? ['--raw', '--no-abbrev'] : ['--name-only']),
      ...revisionArgs,
      '--',
      ...(this.inPackage ? ['.'] : []),
    ];
    const blobs = opts.blobs === true && !opts.stats;
    let first = true;
    const commits = opts.blocking
      ? parseLog(this.execBlocking(args), opts.stats, blobs)
      : await this.logRecords(args, (record) => {
          const commit = parseLogRecord(record, opts.stats, blobs);
          if (commit && first) {
            first = false;
            opts.onFirstCommit?.();
          }
          return commit;
        });
    // git lists no file for a merge, so work done inside one (a conflict resolved by hand, code added
    // while merging) was never counted. A merge's own changes are the files a dense combined patch
    // shows (`--cc -p`): its result differs from every parent in some hunk; a file merged cleanly,
    // even one both sides changed, shows none (`--cc --name-only` lists that one too). Read only when
    // the range has merges, in a second listing of the merges alone.
    if (commits.some((commit) => commit.parents.length > 1)) {
      const mergeFiles = await this.mergeOwnFiles(revisionArgs);
      for (const commit of commits) {
        const files = mergeFiles.get(commit.sha);
        if (files) commit.files = files.map((path) => ({ path }));
      }
    }
    return commits;
  }

  /**
   * The files of each merge's dense combined patch (`git log --merges --cc -p`), by merge: only the
   * `diff --cc <path>` headers are kept as the patch streams by, so a merge that adds a file of
   * hundreds of megabytes costs the time git takes to print it, never the memory. Named as the other
   * commits' files are: in a package, from the package (`packagePrefix`).
   */
  private async mergeOwnFiles(
    revisionArgs: string[],
    paths: readonly string[] = [],
    /** Commits to read, given on stdin (thousands of merges that rewrite a handoff). */
    revisions: readonly string[] = [],
  ): Promise<Map<string, string[]>> {
    const { args, input } = onStdin(
      [
        'log',
        ...LOG_STABLE,
        ...(this.inPackage ? ['--relative', '--full-history'] : []),
        `--format=${RECORD}%H`,
        '--merges',
        '--cc',
        '-p',
        '-U0',
        '--no-prefix',
        ...revisionArgs,
      ],
      revisions,
      paths.length > 0 ? paths : this.inPackage ? ['.'] : [],
    );
    const merges = new Map<string, string[]>();
    let files: string[] | undefined;
    const reader = headerLines(RECORD, (line) => {
      if (line.startsWith(RECORD)) {
        files = [];
        merges.set(line.slice(RECORD.length), files);
      } else files?.push(unquoteGitPath(line.slice(MERGE_FILE_HEADER.length)));
    });
    try {
      await streamGit(
        args,
        this.workingDirectory,
        (text) => {
          reader.read(text);
          return false;
        },
        undefined,
        input,
      );
    } catch (error) {
      throw translateGitError(error, args, this.workingDirectory);
    }
    reader.end();
    const prefix = merges.size > 0 ? await this.packagePrefix() : '';
    for (const [sha, files] of merges) {
      const own = files.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
      if (own.length === 0) merges.delete(sha);
      else merges.set(sha, own);
    }
    return merges;
  }

  /**
   * The package folder from the repository's top (`packages/a/`; '' outside a package): git names a
   * combined patch's files, and a merge's files in `--cc --name-only`, from the top even with
   * `--relative`. Asked of git once.
   */
  private packagePrefix(): Promise<string> {
    if (!this.inPackage) return Promise.resolve('');
    this.prefix ??= this.exec(['rev-parse', '--show-prefix']).then((out) => out.trim());
    return this.prefix;
  }

  async branchNamed(rev: string): Promise<string | undefined> {
    const full = (await this.tryExec(['rev-parse', '--symbolic-full-name', rev, '--']))
      ?.split('\n')[0]
      ?.trim();
    return full === undefined ? undefined : branchOfRef(full);
  }

  async branchesAt(sha: string): Promise<string[]> {
    const out = await this.exec([
      'for-each-ref',
      `--points-at=${sha}`,
      '--format=%(refname)',
      'refs/heads/',
      'refs/remotes/',
    ]);
    const names = new Set<string>();
    for (const ref of out.split('\n')) {
      const name = branchOfRef(ref);
      if (name !== undefined) names.add(name);
    }
    return [...names];
  }

  /** The branch HEAD is on, or undefined when HEAD is detached (or the repository is empty). */
  async currentBranch(): Promise<string | undefined> {
    const fromFile = this.branchInHeadFile();
    if (fromFile) return fromFile.branch;
    const out = await this.tryExec(['symbolic-ref', '--short', '-q', 'HEAD']);
    const name = out?.trim();
    return name ? name : undefined;
  }

  async workBranch(): Promise<string | undefined> {
    const branch = await this.currentBranch();
    if (branch !== undefined) return branch;
    // A detached HEAD, usually with no rebase: git keeps the rebased branch's name in the worktree's
    // git dir (`git status` says "rebasing branch …" from the same file).
    const dir = await this.absoluteGitDir().catch(() => undefined);
    if (!dir) return undefined;
    for (const folder of REBASE_FOLDERS) {
      let name: string;
      try {
        name = readFileSync(join(dir, folder, 'head-name'), 'utf8').trim();
      } catch {
        continue;
      }
      return name.startsWith('refs/heads/') ? name.slice('refs/heads/'.length) : undefined;
    }
    return undefined;
  }

  /**
   * The branch HEAD's own file names, read as git reads it (a git process costs `resume` ~4 ms,
   * measured): `ref: refs/heads/<branch>` is that branch, an object name a detached HEAD (no branch).
   * Undefined, for git to answer, for anything else: a repository GIT_DIR or GIT_WORK_TREE places, a
   * HEAD that names another kind of ref, is a link, holds reftable's placeholder or a name that is
   * not plain (`PLAIN_BRANCH`), a branch that is an alias of another, a file that cannot be read.
   * One difference, on purpose: a branch that shares its name with a tag is named as it is (`main`),
   * where `git symbolic-ref --short` would say `heads/main`; task ids are read from the name.
   */
  private branchInHeadFile(): { branch: string | undefined } | undefined {
    const gitDir = this.gitDirInFiles();
    return gitDir ? branchInHead(gitDir) : undefined;
  }

  /**
   * The git dir git finds from the working directory, read from the files as git reads them: the
   * nearest `.git`, a folder or a worktree's or submodule's `gitdir:` file. Undefined, for git to
   * answer, where the environment places the repository (GIT_DIR, GIT_WORK_TREE, GIT_COMMON_DIR) or
   * that `.git` is neither.
   */
  private gitDirInFiles(): string | undefined {
    const env = process.env;
    if (env.GIT_DIR !== undefined || env.GIT_WORK_TREE !== undefined || env.GIT_COMMON_DIR !== undefined)
      return undefined;
    try {
      let dir = this.workingDirectory;
      for (;;) {
        // The nearest `.git`, whatever it is: its git dir, or git's answer.
        if (lstatSync(join(dir, '.git'), { throwIfNoEntry: false })) return gitDirIn(dir);
        const parent = dirname(dir);
        if (parent === dir) return undefined;
        dir = parent;
      }
    } catch {
      return undefined;
    }
  }

  /** `ask()`'s answer under `key`, asked once (see `remembered`); a failure is not kept. */
  private remember<T>(key: string, ask: () => Promise<T>): Promise<T> {
    const known = this.remembered.get(key) as Promise<T> | undefined;
    if (known !== undefined) return known;
    const asked = ask();
    this.remembered.set(key, asked);
    // A failure to start git is met by whoever awaits it; a later asking asks git again.
    asked.catch(() => {
      if (this.remembered.get(key) === asked) this.remembered.delete(key);
    });
    return asked;
  }

  /** The commit `rev` names, or undefined when it names none (asked once: `remember`). */
  private commitOf(rev: string): Promise<string | undefined> {
    return this.remember(`commit:${rev}`, async () => {
      // HEAD's, from the files git keeps it in where it keeps it plainly: no process (the Stop hook,
      // run at the end of every agent turn, started three).
      const gitDir = rev === 'HEAD' ? this.gitDirInFiles() : undefined;
      const fromFiles = gitDir === undefined ? undefined : commitInHead(gitDir);
      if (fromFiles !== undefined) return fromFiles;
      const out = await this.tryExec([
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${rev}^{commit}`,
      ]);
      // One object name, or none: a range (`A..B`) is refused, silently, after git printed its ends.
      const sha = out?.trim();
      return sha !== undefined && OBJECT_NAME.test(sha) ? sha : undefined;
    });
  }

  /** Full sha of a commit; InputError naming the revision when there is no such commit. */
  async revParse(rev: string): Promise<string> {
    const sha = await this.commitOf(rev);
    if (!sha) {
      // A CI's clone holds only the branch it checks (shallow or whole): the target branch, a
      // remote-tracking branch not fetched, or its commit must be fetched first.
      const shallow = await this.isShallow().catch(() => false);
      const remotes = await this.listRemotes().catch(() => [] as string[]);
      const fetch = fetchCommand(rev, remotes, shallow);
      const hint = fetch
        ? ` (${shallow ? 'this clone is shallow: ' : 'not fetched? '}fetch it first, e.g. ${fetch})`
        : shallow
          ? ' (this clone is shallow: fetch it first, or name a remote-tracking branch such as origin/main)'
          : '';
      // A range given where one commit is asked for: its ends go to their own flags.
      const range = /^[^:].*\.\./.test(rev)
        ? ' (a range: name one commit; for A..B give each end to its own flag, e.g. --base A --head B)'
        : '';
      throw new InputError(
        `unknown revision "${rev}": no such commit in this repository${range || hint}`,
        {},
        'git/unknown-revision',
      );
    }
    return sha;
  }

  /**
   * Whether each of `revs` names a commit. Full object names (the Action's ends, from its event) are
   * looked up in one `git rev-parse` when there are several: git prints one line for each that names
   * a commit and drops the rest (`--revs-only`), so when every one came back each answer is remembered
   * as `commitOf`'s; otherwise, and for any other name, each is asked apart, as `revParse` would.
   */
  async areCommits(revs: readonly string[]): Promise<boolean[]> {
    const unasked = [...new Set(revs)].filter(
      (rev) => OBJECT_NAME.test(rev) && !this.remembered.has(`commit:${rev}`),
    );
    if (unasked.length > 1) {
      const out = await this.tryExec([
        'rev-parse',
        '--revs-only',
        '--end-of-options',
        ...unasked.map((rev) => `${rev}^{commit}`),
      ]);
      const shas = out?.trim().split('\n') ?? [];
      if (shas.length === unasked.length && shas.every((sha) => OBJECT_NAME.test(sha)))
        for (const [index, rev] of unasked.entries()) this.remember(`commit:${rev}`, async () => shas[index]);
    }
    return Promise.all(revs.map(async (rev) => (await this.commitOf(rev)) !== undefined));
  }

  /** Whether HEAD points at a commit (false in a repository with no commits yet; damage throws). */
  async hasCommits(): Promise<boolean> {
    return (await this.headCommit()) !== undefined;
  }

  /**
   * `headCommit()` and `currentBranch()` from one `git rev-parse` (a second process costs `resume`
   * ~5 ms on two cores). An unborn or broken HEAD makes git refuse it: then the two are asked apart,
   * as each knows how to tell those cases.
   */
  async headAndBranch(): Promise<{ commit: string | undefined; branch: string | undefined }> {
    const out = await this.tryExec(['rev-parse', 'HEAD^{commit}', '--abbrev-ref', 'HEAD']);
    const [commit, name] = out?.trim().split('\n') ?? [];
    if (commit && OBJECT_NAME.test(commit) && name) {
      // A detached HEAD abbreviates to `HEAD` (no branch may be named so).
      return { commit, branch: name === 'HEAD' ? undefined : name };
    }
    const [headCommit, branch] = await Promise.all([this.headCommit(), this.currentBranch()]);
    return { commit: headCommit, branch };
  }

  /**
   * The commit HEAD points at, or undefined when its branch is unborn (a repository with no commits
   * yet, or an orphan branch). That is the only "no commits" case: a HEAD or branch ref that names a
   * missing or corrupt object, or holds garbage, is an InputError with what git said.
   */
  async headCommit(): Promise<string | undefined> {
    const sha = await this.commitOf('HEAD');
    if (sha) return sha;
    // Unborn (or damaged): not kept, so the first commit, made in this process, is seen.
    this.remembered.delete('commit:HEAD');
    // `git symbolic-ref` itself fails on a broken branch ref, so HEAD's file is read as it is.
    const headFile = resolve(
      this.workingDirectory,
      (await this.exec(['rev-parse', '--git-path', 'HEAD'])).trim(),
    );
    const ref = /^ref: (.+)$/m.exec(readTextOrEmpty(headFile))?.[1]?.trim();
    if (!ref) {
      throw new InputError(
        'HEAD names an object git cannot read as a commit: the repository is damaged (git fsck tells more)',
        {},
        'git/corrupt',
      );
    }
    let said: string;
    try {
      said = `it names ${(await this.raw(['show-ref', '--verify', ref])).trim().split(' ')[0]?.slice(0, 12)}, which is missing or not a commit`;
    } catch (error) {
      said = (error instanceof Error ? error.message : String(error)).trim();
      // The branch does not exist yet: an unborn branch, the one "no commits" case. git says the
      // same of a loose ref file holding garbage, so that file's presence tells the two apart.
      if (/not a valid ref/.test(said)) {
        const loose = resolve(
          this.workingDirectory,
          (await this.exec(['rev-parse', '--git-path', ref])).trim(),
        );
        if (!existsSync(loose)) return undefined;
        said = 'its file does not hold an object name';
      }
      said =
        said
          .split('\n')
          .pop()
          ?.replace(/^fatal: /, '')
          .slice(0, 200) ?? said;
    }
    throw new InputError(
      `${ref} cannot be read (${said}): the repository is damaged (git fsck tells more)`,
      {},
      'git/corrupt',
    );
  }

  /** Reads files as they are in commits' trees (one pair of `git cat-file` processes, reused). */
  get tree(): TreeReader {
    this.treeReader ??= new TreeReader(this.workingDirectory);
    return this.treeReader;
  }

  /** Ends the long-lived processes (the tree reader's); the manager can still be used afterwards. */
  close(): void {
    this.treeReader?.close();
    this.treeReader = undefined;
  }

  /** The text of `path` (from the repository's top) as HEAD has it; undefined with no such file or no HEAD. */
  async textAtHead(path: string): Promise<string | undefined> {
    return this.tryExec(['cat-file', 'blob', `HEAD:${path}`]);
  }

  /**
   * Of `paths`, those whose working-tree or index content differs from HEAD (untracked included):
   * one `git status` over just those paths.
   */
  async changedSinceHead(paths: readonly string[]): Promise<string[]> {
    // Read from the working tree's changes when they are read once anyway (see the constructor):
    // one `git status` where `prime` started two. Not in a package folder, whose changes are its own.
    if (this.workingTreeUnchanged && !this.inPackage) {
      const places = paths.map(normalizeLink);
      const changes = await this.workingTreeChanges();
      return changes
        .filter((change) => places.some((place) => isAtOrInside(change.path, place)))
        .map((change) => change.path);
    }
    return [...(await this.changesSinceHead(paths)).keys()];
  }

  /**
   * Every change to the working tree and the index against HEAD below the working directory
   * (untracked files one by one; a rename as its removal and its addition), each path from the
   * repository's top with git's two-letter code (`??` untracked, `A ` added, ` M` changed, and so
   * on). Read once where nothing writes the working tree meanwhile (the constructor's
   * `workingTreeUnchanged`).
   */
  workingTreeChanges(): Promise<{ code: string; path: string }[]> {
    const read = () => this.statusEntries(['.']);
    return this.workingTreeUnchanged ? this.remember('status:.', read) : read();
  }

  /**
   * `changedSinceHead` with how each stands (as `uncommitted` tells one path): `new`, never committed
   * (untracked, or added to the index only), or `changed`, committed and changed since.
   */
  async changesSinceHead(paths: readonly string[]): Promise<Map<string, 'new' | 'changed'>> {
    const changes = new Map<string, 'new' | 'changed'>();
    if (paths.length === 0) return changes;
    for (const { code, path } of await this.statusEntries(paths.map((p) => `:(literal)${p}`)))
      changes.set(path, stateOfEntry(code));
    return changes;
  }

  /** `git status` of `pathspecs`: each entry's two-letter code and path (renames as two entries). */
  private async statusEntries(pathspecs: readonly string[]): Promise<{ code: string; path: string }[]> {
    const out = await this.execOver(
      ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'],
      pathspecs,
    );
    return out
      .split('\0')
      .filter((entry) => entry.length > 3)
      .map((entry) => ({ code: entry.slice(0, 2), path: entry.slice(3) }));
  }

  /**
   * HEAD's upstream as a short name (`origin/main`), or undefined when it has none; asked with its
   * commit in the same process: the commit is remembered for the name (`commitOf`), so the caller's
   * `revParse` of it starts no second one.
   */
  async upstream(): Promise<string | undefined> {
    const out = await this.tryExec([
      'rev-parse',
      '@{upstream}^{commit}',
      '--abbrev-ref',
      '--symbolic-full-name',
      '@{upstream}',
    ]);
    const [sha = '', name = ''] = out?.trim().split('\n') ?? [];
    if (name === '') return undefined;
    if (OBJECT_NAME.test(sha)) this.remembered.set(`commit:${name}`, Promise.resolve(sha));
    return name;
  }

  /** The first of `candidates` that names a commit here, e.g. `origin/HEAD`, `origin/main`, `main`. */
  async firstExisting(candidates: string[]): Promise<string | undefined> {
    for (const candidate of candidates) if (await this.commitOf(candidate)) return candidate;
    return undefined;
  }

  async isShallow(): Promise<boolean> {
    return this.remember('shallow', async () => {
      // A repository is shallow while its common git dir has a `shallow` file (git's own test: the
      // file opens), told here from the files where they tell it (a git process less for a check
      // and the Action).
      const gitDir = this.gitDirInFiles();
      if (gitDir !== undefined) return existsSync(join(commonDirOf(gitDir), 'shallow'));
      return (await this.exec(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    });
  }

  async shallowEdge(): Promise<Set<string>> {
    // `git rev-parse --git-path shallow` names the common dir's file, in a linked worktree too.
    const file = await this.gitPath('shallow');
    try {
      return new Set(
        readFileSync(file, 'latin1')
          .split('\n')
          .filter((line) => /^[0-9a-f]{40,64}$/.test(line)),
      );
    } catch {
      return new Set();
    }
  }

  /** The commit time (seconds) of each of the shallow edge's commits; none in a whole clone. */
  async shallowEdgeTimes(): Promise<Map<string, number>> {
    const times = new Map<string, number>();
    const edge = await this.shallowEdge();
    if (edge.size === 0) return times;
    const { args, input } = onStdin(['log', ...LOG_STABLE, '--no-walk', '--format=%H %ct'], [...edge], []);
    // One commit a record: NUL-separated (`-z`, as every log here).
    for (const record of (await this.exec(args, input)).split('\0')) {
      const [sha = '', time = ''] = record.trim().split(' ');
      if (edge.has(sha)) times.set(sha, Number(time));
    }
    return times;
  }

  async edgesReachedSince(rev: string, since: number): Promise<number> {
    const recent = [...(await this.shallowEdgeTimes())].filter(([, time]) => time >= since);
    // Usually none: no walk. Else each is asked (a few; past that, all are taken as reached).
    if (recent.length > EDGES_ASKED) return recent.length;
    let reached = 0;
    // An ancestor of `rev` is its own merge base with it (`--is-ancestor` answers by exit code only).
    for (const [sha] of recent) if ((await this.mergeBase(sha, rev)) === sha) reached++;
    return reached;
  }

  /** Fetches `by` more commits of history, of `refspecs` (a PR's head is on no branch) or the remote's default. */
  async deepen(by: number, refspecs: readonly string[] = [], remote = 'origin'): Promise<void> {
    // The fetch forgets what the manager remembers (`raw`): it moves refs and ends shallowness.
    await this.exec(['fetch', '--no-tags', '--quiet', `--deepen=${by}`, remote, ...refspecs]);
  }

  /** Best common ancestor, or undefined when the two histories share none (or it is not fetched). */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const out = await this.tryExec(['merge-base', a, b]);
    const sha = out?.trim();
    return sha ? sha : undefined;
  }

  async listFolders(commit: string, parent: string): Promise<string[]> {
    const out = await this.exec([
      'ls-tree',
      '-d',
      '-z',
      '--name-only',
      commit,
      '--',
      parent === '' ? '.' : `${parent}/`,
    ]);
    return out.split('\0').filter((p) => p !== '');
  }

  async commonAncestor(shas: readonly string[]): Promise<string | undefined> {
    if (shas.length <= 1) return shas[0];
    const out = await this.tryExec(['merge-base', '--octopus', ...shas]);
    const sha = out?.trim().split('\n')[0];
    return sha ? sha : undefined;
  }

  /**
   * For each path, the commit time (seconds) of its last touch (the newest commit reachable from
   * `rev` that touched it) when that is at or after `sinceEpochSeconds`; paths touched only before
   * are absent. One `git log --since` over the paths: git stops walking at the window's start, so
   * the cost follows the window, not the history. When that walk does not find every path, the
   * CLOCK_BEHIND_WALK commits nearest `rev` are listed (one `git rev-list`), and only when a commit
   * dated in the window comes there after one dated before it are those after it read again.
   */
  async lastTouchesSince(
    paths: string[],
    sinceEpochSeconds: number,
    rev = 'HEAD',
  ): Promise<Map<string, number>> {
    // Every parent of a merge is walked (`--full-history`): git's default follows only a parent the
    // merge is the same as for the paths asked, and `--since` stops at its first commit older than
    // the window, so an old-dated side branch merged later hid a newer touch on the other line, and
    // the answer for one path depended on which others were asked with it.
    const touches = await this.lastTouches(paths, [
      '--full-history',
      // A window from before 1970 (a maxAge of 100 years, to turn expiry off) holds every commit: git
      // reads such a date as that day of the current year, and the handoffs read expired.
      ...(sinceEpochSeconds > 0 ? [`--since=${new Date(sinceEpochSeconds * 1000).toISOString()}`] : []),
      rev,
    ]);
    // git's `--since` also stops at a commit whose clock was behind (dated before the window) however
    // new the commits under it: one such commit on top of a handoff's update hid it, and the handoff
    // read expired (and `status`, walking a wider window, said fresh). Such commits near `rev` are
    // looked for, and the paths not found are sought in the commits after the first of them, in the
    // walk's order: a touch there counts when it is in the window. Bounded: walking each path back to
    // its last touch read the whole history for every expired handoff, on every push (seconds).
    const unfound = paths.filter((path) => !touches.has(path));
    const hidden =
      unfound.length > 0 && sinceEpochSeconds > 0 ? await this.afterClockBehind(rev, sinceEpochSeconds) : [];
    if (hidden.length > 0) {
      for (const [path, touch] of await this.lastTouches(unfound, ['--no-walk=unsorted'], hidden))
        if (touch.time >= sinceEpochSeconds) touches.set(path, touch);
    }
    const found = new Map<string, number>();
    const parentless: string[] = [];
    for (const [path, { time, parents }] of touches) {
      found.set(path, time);
      if (parents.length === 0) parentless.push(path);
    }
    await this.forgetShallowEdge(found, parentless);
    return found;
  }

  /**
   * Of the CLOCK_BEHIND_WALK commits nearest `rev` (git's walk, newest date first), those from the
   * first dated before `since` on, when any after it is dated in the window (`--since` stops at the
   * first); none otherwise, the usual case.
   */
  private async afterClockBehind(rev: string, since: number): Promise<string[]> {
    const out = await this.exec(['rev-list', '--timestamp', `--max-count=${CLOCK_BEHIND_WALK}`, rev, '--']);
    const walked = out
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split(' ') as [string, string]);
    const first = walked.findIndex(([time]) => Number(time) < since);
    const under = first === -1 ? [] : walked.slice(first);
    return under.some(([time]) => Number(time) >= since) ? under.map(([, sha]) => sha) : [];
  }

  /**
   * The last commit reachable from `rev` that touched each of `paths` (absent when none did), in ONE
   * `git log` over all of them. Unlike `lastTouchesSince` no touch is left out for its age: it is for
   * `resume`, which must find a handoff's last commit however old, not for the pre-push hot path.
   */
  async lastTouchingCommits(paths: readonly string[], rev = 'HEAD'): Promise<Map<string, string>> {
    const touches = await this.lastTouches(paths, [rev]);
    const found = new Map<string, string>();
    const parentless: string[] = [];
    for (const [path, { sha, parents }] of touches) {
      found.set(path, sha);
      if (parents.length === 0) parentless.push(path);
    }
    await this.forgetShallowEdge(found, parentless);
    return found;
  }

  /**
   * A commit with no parents shows every file as added. In a shallow clone (CI's `--depth 1`) the
   * oldest commit it has is such a commit whatever it changed: a "touch" there says nothing. Taken as
   * one it would hide the work after the real last update, or make an old handoff look updated
   * today. So such touches are dropped, in a shallow clone only (asked only when there is one).
   */
  private async forgetShallowEdge(found: Map<string, unknown>, parentless: readonly string[]): Promise<void> {
    if (parentless.length > 0 && (await this.isShallow())) for (const path of parentless) found.delete(path);
  }

  /**
   * The last commit reachable from `rev` that touched each of `paths`, and the commits after the
   * oldest of them (oldest first, as `logRange([rev, '--not', touch])` lists them; `commitsAfterTouch`
   * gives each path's), in ONE walk back from `rev`: `lastTouchingCommits` and a `logRange` per touch
   * would take a git process each, one after the other (a pull request comment resuming ten tasks
   * started eleven). Only where the answer is the same: undefined when the walk meets a merge or a
   * commit without parents (a root, or a shallow clone's edge, where a touch says nothing) before the
   * last touch, passes `limit` commits without finding every path, or runs in a package folder; the
   * caller then asks the separate reads (so does a path no commit touched: the walk ends at a root).
   * With `stats`, the commits carry their line counts, as `logRange` gives them with `stats`.
   */
  async touchesAndCommitsAfter(
    paths: readonly string[],
    rev: string,
    options: { limit?: number; stats?: boolean } = {},
  ): Promise<TouchesWalk | undefined> {
    const { limit = WALK_LIMIT, stats = false } = options;
    const wanted = new Set(paths);
    if (this.inPackage || wanted.size === 0) return undefined;
    const args = ['log', ...LOG_STABLE, LOG_FORMAT, stats ? '--numstat' : '--name-only', rev, '--'];
    const commits: CommitInfo[] = [];
    const touches = new Map<string, string>();
    let exact = true;
    /** A merge or a root before the last touch: the separate reads answer (see above). The commit id
     * is checked too, though the separators' nonce keeps a message from forging one. */
    const beyond = (commit: CommitInfo) => commit.parents.length !== 1 || !OBJECT_NAME.test(commit.sha);
    /** The record still arriving: its commit (its fields, parsed once) and the paths wanted it named. */
    let growing: { head: string; commit: CommitInfo | undefined; found: Set<string> } | undefined;
    await this.walkRecords(
      args,
      (record) => {
        growing = undefined;
        const commit = parseLogRecord(record, stats);
        if (!commit) return false;
        if (beyond(commit)) {
          exact = false;
          return true;
        }
        const found = commit.files.filter((file) => wanted.has(file.path) && !touches.has(file.path));
        for (const file of found) touches.set(file.path, commit.sha);
        if (touches.size === wanted.size) return true;
        commits.push(commit);
        if (commits.length > limit) exact = false;
        return !exact;
      },
      (head, names) => {
        // A record still arriving may name the last paths wanted: the walk then ends without waiting
        // for the rest of it. Otherwise a commit counts once it is whole.
        if (growing?.head !== head)
          growing = { head, commit: parseLogRecord(`${head}\0`, stats), found: new Set() };
        const { commit, found } = growing;
        if (!commit) return false;
        if (beyond(commit)) {
          exact = false;
          return true;
        }
        for (const entry of names) {
          const path = stats ? parseNumstat(entry).path : entry;
          if (wanted.has(path) && !touches.has(path)) found.add(path);
        }
        if (found.size < wanted.size - touches.size) return false;
        for (const path of found) touches.set(path, commit.sha);
        return true;
      },
    );
    return exact && touches.size === wanted.size ? { touches, commits: commits.reverse() } : undefined;
  }

  /**
   * ONE `git log --name-only` over `paths`: for each, the newest commit touching it. The output is
   * read as it comes and git is stopped as soon as every path has been seen, so the walk ends at the
   * oldest of the last touches instead of at the root of the history.
   *
   * A merge touches a file as it is work in the check (`logRange`): where its result differs from
   * every parent in some hunk (a conflict resolved by hand, a handoff rewritten while merging), not
   * where it only combines what each side did. The walk lists a merge's files with `--cc` (every
   * file that differs from all parents), keeps such merges as candidates and goes on to the path's
   * newest other touch; the candidates are then read in their dense combined patch, once for all.
   */
  private async lastTouches(
    paths: readonly string[],
    revisionArgs: string[],
    /** Commits given on stdin (with `--no-walk=unsorted`: read in this order). */
    revisions: readonly string[] = [],
  ): Promise<Map<string, Touch>> {
    const touches = new Map<string, Touch>();
    if (paths.length === 0) return touches;
    const args = [
      'log',
      ...LOG_STABLE,
      ...(this.inPackage ? ['--relative'] : []),
      `--format=${RECORD}%H %ct %P`,
      '--name-only',
      '--cc',
      ...revisionArgs,
    ];
    const stdin = onStdin(args, revisions, paths);
    const wanted = new Set(paths);
    /** Where in the walk each path's touch was found (newest first), to tell which merges are newer. */
    const foundAt = new Map<string, number>();
    /** Merges listing any file, in walk order, with the names as git gives them (see below). */
    const merges: { touch: Touch; at: number; names: string[] }[] = [];
    let at = 0;
    /** A commit's fields and names (all of them when `whole`, else those that came since). */
    const take = (head: string, names: string[], whole: boolean): boolean => {
      const [sha = '', time = '', ...parents] = head.trim().split(' ');
      const touch: Touch = { sha, time: Number(time), parents };
      if (parents.length > 1) {
        // A record still arriving is handed over whole once complete: kept then.
        if (whole && names.length > 0) merges.push({ touch, at: at++, names });
        return false;
      }
      for (const path of names) {
        // Newest first: the first commit a path shows up in is its last touch (but for merges).
        if (!wanted.has(path) || touches.has(path)) continue;
        touches.set(path, touch);
        foundAt.set(path, at);
      }
      if (whole) at++;
      return touches.size === wanted.size;
    };
    await this.walkRecords(
      stdin.args,
      (record) => {
        const end = record.indexOf('\0');
        return (
          end !== -1 && take(record.slice(0, end), namesIn(record.slice(end + 1).replace(/^\n/, '')), true)
        );
      },
      (head, names) => take(head, names, false),
      stdin.input,
    );
    if (merges.length === 0) return touches;
    const prefix = await this.packagePrefix();
    const candidates = new Map<string, { touch: Touch; at: number }[]>();
    for (const merge of merges) {
      for (const name of merge.names) {
        const path = name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
        if (
          path === undefined ||
          !wanted.has(path) ||
          merge.at > (foundAt.get(path) ?? Number.MAX_SAFE_INTEGER)
        )
          continue;
        // Pushed, not copied: thousands of merges that rewrite a handoff made this quadratic.
        const list = candidates.get(path);
        if (list) list.push(merge);
        else candidates.set(path, [merge]);
      }
    }
    if (candidates.size === 0) return touches;
    const shas = [...new Set([...candidates.values()].flatMap((list) => list.map((m) => m.touch.sha)))];
    const own = await this.mergeOwnFiles(['--no-walk'], [...candidates.keys()], shas);
    for (const [path, list] of candidates) {
      const newest = list.find((merge) => own.get(merge.touch.sha)?.includes(path));
      if (newest) touches.set(path, newest.touch);
    }
    return touches;
  }

  /**
   * Runs a `git log` whose records start with RECORD and hands each whole record to `onRecord` as it
   * arrives, and, given `onNames`, the newest one while it is still arriving: its fields and the names
   * that came since (see `LogRecords.growing`), each ended, so every name handed over is its commit's.
   * A walk can then stop on the commit that answers it, not at the next one (which, for paths that
   * commit created, is never: git would walk to the root). git is stopped as soon as either returns
   * true.
   */
  private async walkRecords(
    args: string[],
    onRecord: (record: string) => boolean,
    onNames?: (head: string, names: string[]) => boolean,
    input?: string,
  ): Promise<void> {
    const records = new LogRecords(RECORD);
    let answered = false;
    try {
      await streamGit(
        args,
        this.workingDirectory,
        (text) => {
          answered = records.push(text).some(onRecord);
          if (answered || !onNames) return answered;
          const newest = records.growing();
          answered = newest !== undefined && onNames(newest.head, namesIn(newest.names));
          return answered;
        },
        // git log buffers what it writes to a pipe, flushed only every few KB: a walk's answer would
        // wait in git's buffer while it walks the rest of the history. A reading to the end is better
        // fully buffered (see runGit).
        { GIT_FLUSH: onNames ? '1' : '0' },
        input,
      );
    } catch (error) {
      throw translateGitError(error, args, this.workingDirectory);
    }
    if (answered) return;
    // git ended first: what is left is whole.
    records.end().some(onRecord);
  }

  /**
   * Runs a `git log` whose records start with RECORD and gives what `parse` makes of each, in order,
   * read as git writes them: a draft's range of 10,000 commits is parsed while git computes the rest
   * of it, not after (~100 ms of the draft), and its output is never held whole.
   */
  private async logRecords<T>(args: string[], parse: (record: string) => T | undefined): Promise<T[]> {
    const parsed: T[] = [];
    await this.walkRecords(args, (record) => {
      const value = parse(record);
      if (value !== undefined) parsed.push(value);
      return false;
    });
    return parsed;
  }

  /** Whether `path` differs from HEAD in the index or the working tree, or is not tracked at all. */
  async hasUncommittedChanges(path: string): Promise<boolean> {
    return (await this.uncommitted(path)) !== 'clean';
  }

  /**
   * How `path` stands against HEAD: `clean`; `new`, never committed (untracked, or added to the
   * index only); or `changed`, committed and changed since.
   */
  async uncommitted(path: string): Promise<'clean' | 'new' | 'changed'> {
    const output = await this.exec([
      'status',
      '--porcelain',
      '--untracked-files=all',
      '--',
      `:(literal)${path}`,
    ]);
    return output.trim() === '' ? 'clean' : stateOfEntry(output);
  }

  /**
   * Every config value in effect (`git config --list`, includes and `-c` settings too), in one git
   * process: key -> its last value. Keys as git prints them: section and name in lower case, a
   * subsection (a branch's or a remote's name) as written.
   */
  async configList(): Promise<Map<string, string>> {
    const out = await this.exec(['config', '--list', '-z']);
    const values = new Map<string, string>();
    for (const entry of out.split('\0')) {
      if (entry === '') continue;
      const newline = entry.indexOf('\n');
      // A key with no value (`[section] key` alone) is a boolean true.
      if (newline === -1) values.set(entry, 'true');
      else values.set(entry.slice(0, newline), entry.slice(newline + 1));
    }
    return values;
  }

  /** A config value, or undefined when unset. */
  async configGet(key: string): Promise<string | undefined> {
    const value = (await this.tryExec(['config', '--get', key]))?.trim();
    return value ? value : undefined;
  }

  /**
   * The operation a working tree is in the middle of (a merge, cherry-pick, revert or rebase that
   * stopped, for a conflict or `--no-commit`), from the files git keeps for it in this worktree's
   * git dir; undefined when none is.
   */
  async operationInProgress(): Promise<OperationInProgress | undefined> {
    const dir = await this.absoluteGitDir();
    for (const [file, operation] of IN_PROGRESS_FILES) if (existsSync(join(dir, file))) return operation;
    return undefined;
  }

  /** Which of `paths` (from the working directory) git tracks: in the index, as `git ls-files` lists them. */
  async trackedOf(paths: readonly string[]): Promise<Set<string>> {
    if (paths.length === 0) return new Set();
    const out = await this.execOver(
      ['ls-files', '-z'],
      paths.map((path) => `:(literal)${path}`),
    );
    return new Set(out.split('\0').filter((path) => path !== ''));
  }

  /**
   * This worktree's git dir, asked once: `workBranch` and `operationInProgress` both read files there.
   * From the files where they tell it (a git process costs the Stop hook ~8 ms on these machines).
   */
  private absoluteGitDir(): Promise<string> {
    return this.remember(
      'git-dir',
      async () => this.gitDirInFiles() ?? (await this.exec(['rev-parse', '--absolute-git-dir'])).trim(),
    );
  }

  /** Absolute path git uses for `name` inside the git dir, honouring `core.hooksPath` and worktrees. */
  async gitPath(name: string): Promise<string> {
    const out = (await this.exec(['rev-parse', '--path-format=absolute', '--git-path', name])).trim();
    return out;
  }

  async listRemotes(): Promise<string[]> {
    const remotes = await this.remember('remotes', async () =>
      (await this.exec(['remote'])).split('\n').filter((line) => line.trim() !== ''),
    );
    return [...remotes];
  }

  /** `exec` through a synchronous spawn (`runGitBlocking`): for a caller with nothing to do meanwhile. */
  private execBlocking(args: string[]): string {
    try {
      return runGitBlocking(args, this.workingDirectory);
    } catch (error) {
      throw translateGitError(error, args, this.workingDirectory);
    }
  }

  /** Runs git; returns stdout or throws the error `translateGitError` makes of the failure. */
  async exec(args: string[], input?: string): Promise<string> {
    try {
      return await this.raw(args, input);
    } catch (error) {
      throw translateGitError(error, args, this.workingDirectory);
    }
  }

  /**
   * `git <command> -- <pathspecs>` in batches (see MAX_SPEC_CHARS), their outputs joined: for a command
   * whose answer for each path does not depend on the others asked (`-z` lists). No pathspecs, no
   * command: '' (git would answer for the whole tree), so callers ask with at least one.
   */
  private async execOver(command: readonly string[], pathspecs: readonly string[]): Promise<string> {
    let out = '';
    for (const batch of specBatches(pathspecs)) out += await this.exec([...command, '--', ...batch]);
    return out;
  }

  /**
   * Like exec, but git exiting non-zero with something on stderr gives undefined; exiting non-zero
   * silently (as `--quiet` makes it) gives what it printed, which may not be empty (`rev-parse --verify
   * --quiet A..B` prints both ends): the caller reads it. A missing git, a folder that is no
   * repository, and git failing to start still throw. (Only local commands come here, so only
   * `runGit`'s failures.)
   */
  private async tryExec(args: string[]): Promise<string | undefined> {
    try {
      return await this.raw(args);
    } catch (error) {
      const translated = translateGitError(error, args, this.workingDirectory);
      if (
        !(error instanceof GitFailure) ||
        (translated instanceof InputError && /^git\/(missing|not-a-repository)$/.test(translated.rule ?? ''))
      ) {
        throw translated;
      }
      return undefined;
    }
  }

  /** The one place git is started: simple-git for remote commands, `runGit` for the rest. */
  private async raw(args: string[], input?: string): Promise<string> {
    try {
      if (!REMOTE_COMMANDS.has(args[0] ?? '')) return await runGit(args, this.workingDirectory, {}, input);
      // A fetch asks no password at a terminal: run by a hook, an agent's session or CI, a prompt
      // would wait for ever. It fails instead, and the check says to fetch by hand. (Set in the
      // environment git inherits: simple-git's own `env()` refuses one that holds an EDITOR.) One
      // that hears nothing for two minutes is stopped too.
      process.env.GIT_TERMINAL_PROMPT = '0';
      this.simpleGit ??= import('simple-git').then(({ simpleGit }) =>
        simpleGit({ baseDir: this.workingDirectory, trimmed: false, timeout: { block: 120_000 } }),
      );
      return await (await this.simpleGit).raw(args);
    } finally {
      // Failed or not, a command that may move refs (the Action's fetch of a missing commit, a
      // deepening) leaves nothing remembered from before it.
      if (mayMoveRefs(args)) this.remembered.clear();
    }
  }

  // --- Drafts and resumes: net change, merges, attributes, what exists at a revision. ---

  /**
   * Raw output of `git diff -M --raw --numstat -z base head` (renames detected, the user's diff
   * config kept out), optionally limited to `paths`; `parseNetDiff` reads it. `base` undefined diffs
   * from the empty tree (a range that starts at the root commit).
   */
  async netDiff(base: string | undefined, head: string, paths: readonly string[] = []): Promise<string> {
    const args = [
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '-M',
      '--raw',
      '--numstat',
      '-z',
      // In a package, its files, named from its folder (as its handoffs name them).
      ...(this.inPackage ? ['--relative'] : []),
      base ?? EMPTY_TREE,
      head,
      '--',
      ...paths.map((p) => `:(literal)${p}`),
    ];
    // The whole net change is remembered: a draft starts it beside its range's log (see draft.ts).
    return paths.length === 0
      ? this.remember(`net-diff:${base ?? ''}:${head}`, () => this.exec(args))
      : this.exec(args);
  }

  /**
   * Raw output of `git check-attr -z linguist-generated linguist-vendored -- paths...`, in batches,
   * with the .gitattributes of `rev` (else of the index).
   */
  async linguistAttributes(paths: readonly string[], rev?: string): Promise<string> {
    // The attributes as `rev` has them (git >= 2.40: --source), else as the index has them: never
    // the working tree's, which an uncommitted edit of .gitattributes would change.
    let where = rev === undefined ? ['--cached'] : ['--source', rev];
    let output = '';
    for (let i = 0; i < paths.length; i += 500) {
      const args = (at: string[]) => [
        'check-attr',
        '-z',
        ...at,
        'linguist-generated',
        'linguist-vendored',
        '--',
        ...paths.slice(i, i + 500),
      ];
      try {
        output += await this.exec(args(where));
      } catch (error) {
        if (where[0] !== '--source') throw error;
        // An older git, which has no --source (a real failure fails again, and is thrown then).
        where = ['--cached'];
        output += await this.exec(args(where));
      }
    }
    return output;
  }

  /** Every file path in `rev`'s tree (`git ls-tree -r --name-only -z`). */
  async filesAt(rev: string): Promise<string[]> {
    const output = await this.exec(['ls-tree', '-r', '--name-only', '-z', '--full-tree', rev]);
    return output.split('\0').filter((p) => p !== '');
  }

  /** Which of `paths` (repository-relative) are a file or a folder of files at `rev`: one `git ls-tree`. */
  async pathsAt(rev: string, paths: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    if (paths.length === 0) return found;
    const output = await this.execOver(
      ['ls-tree', '-r', '--name-only', '-z', '--full-tree', rev],
      paths.map((p) => `:(literal)${p}`),
    );
    // Each file and each folder it is in: a path is there when it is one of them (thousands of paths
    // against thousands of files, each looked up once).
    const there = new Set<string>();
    for (const file of output.split('\0')) {
      if (file === '') continue;
      there.add(file);
      for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1))
        there.add(file.slice(0, slash));
    }
    for (const path of paths) if (there.has(path.replace(/\/$/, ''))) found.add(path);
    return found;
  }

  /**
   * Which of `words` occur as whole words in some file of `rev` outside `excluded` folders and files:
   * ONE `git grep -o -h -w -F` over all of them.
   */
  async wordsAt(
    rev: string,
    words: readonly string[],
    excluded: readonly string[] = [],
  ): Promise<Set<string>> {
    const found = new Set<string>();
    if (words.length === 0) return found;
    const excludes = excluded.map((p) => `:(exclude,literal)${p}`);
    // Thousands of handoffs to leave out would not fit on one command line (E2BIG), and a search
    // cannot be split over them: then each match comes with its file, and theirs are dropped here.
    const named = specBatches(excludes).length > 1;
    const output = await this.tryExec([
      'grep',
      '--no-color',
      '-I',
      '-o',
      named ? '-z' : '-h',
      '-w',
      '-F',
      ...words.flatMap((w) => ['-e', w]),
      rev,
      '--',
      '.',
      ...(named ? [] : excludes),
    ]);
    const left = named ? new Set(excluded.map((p) => p.replace(/\/$/, ''))) : undefined;
    for (const line of (output ?? '').split('\n')) {
      if (line === '') continue;
      if (left === undefined) {
        found.add(line);
        continue;
      }
      // `<rev>:<path>` NUL `<word>`: the path, or a folder it is in, may be one left out.
      const nul = line.indexOf('\0');
      const path = line.slice(rev.length + 1, nul);
      if (!left.has(path) && !isInFolders(path, left)) found.add(line.slice(nul + 1));
    }
    return found;
  }

  /** The first parent of `sha`, or undefined for a root commit. */
  async firstParent(sha: string): Promise<string | undefined> {
    const out = await this.tryExec(['rev-parse', '--verify', '--quiet', `${sha}^1`]);
    const parent = out?.trim();
    return parent ? parent : undefined;
  }
}

/** What git says about a corrupt index or object store (one line of its stderr). */
const CORRUPT_REPOSITORY =
  /^(?:error|fatal): [^\n]*(?:corrupt|smaller than expected|unable to read [0-9a-f]{7,}|unable to unpack|inflate: data stream error|object file [^\n]* is empty|bad signature|index uses [^\n]* extension)[^\n]*$/im;

/** Turns a failed git run into an InputError the user can act on, or an InternalError. */
export function translateGitError(error: unknown, args: string[], cwd: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/\bENOENT\b/.test(message) && /spawn/.test(message)) {
    return new InputError('git is not installed or not on PATH', {}, 'git/missing');
  }
  if (/not a git repository/i.test(message)) {
    return new InputError(`${cwd} is not inside a git repository`, { file: cwd }, 'git/not-a-repository');
  }
  // A damaged repository (a corrupt index or object) is the user's to repair, not a bug of ours.
  const damaged = CORRUPT_REPOSITORY.exec(message);
  if (damaged) {
    return new InputError(
      `the repository is damaged (git ${args[0] ?? ''}: ${damaged[0].trim()}); \`git fsck\` shows what is broken; repair it or clone it again`,
      {},
      'git/corrupt-repository',
    );
  }
  const bad =
    /(?:bad revision|ambiguous argument|unknown revision|bad object|Invalid revision range) '?([^'\n:]+)'?/i.exec(
      message,
    );
  if (bad) {
    return new InputError(
      `unknown revision "${bad[1]}": no such commit in this repository`,
      {},
      'git/unknown-revision',
    );
  }
  if (/does not have any commits yet|your current branch '.*' does not have any commits/i.test(message)) {
    return new InputError('the repository has no commits yet', {}, 'git/empty-repository');
  }
  const first = message.split('\n').find((line) => line.trim() !== '') ?? message;
  return new InternalError(`git ${args[0] ?? ''} failed: ${first.trim()}`, {
    cause: error instanceof Error ? error : undefined,
  });
}

/** Commands that only read refs, remotes and config, as this manager runs them. */
const READS_ONLY = new Set([
  'rev-parse',
  'log',
  'rev-list',
  'ls-tree',
  'cat-file',
  'status',
  'diff',
  'show',
  'show-ref',
  'merge-base',
  'for-each-ref',
  'check-attr',
  'ls-files',
  'symbolic-ref',
  'var',
  'grep',
]);

/**
 * Whether `git args` may move a ref, add a remote or change the config (`fetch`, `config k v`,
 * `remote add`…): anything not known to read only. `symbolic-ref` with a target would move HEAD,
 * but this manager only ever reads it.
 */
function mayMoveRefs(args: readonly string[]): boolean {
  const [command, ...rest] = args;
  if (command === undefined) return false;
  if (READS_ONLY.has(command)) return false;
  if (command === 'config') return !rest.some((a) => /^(?:--list|-l|--get(?:-all|-regexp)?)$/.test(a));
  if (command === 'remote') return rest.length > 0 && rest[0] !== '-v' && rest[0] !== 'get-url';
  return true;
}

/** Where a rebase in progress keeps its state (`rebase-apply` also for the old apply backend). */
const REBASE_FOLDERS = ['rebase-merge', 'rebase-apply'];

/** The files (and folders) git keeps in the git dir while each operation is under way. */
const IN_PROGRESS_FILES: ReadonlyArray<[string, OperationInProgress]> = [
  // `git am` keeps its state in rebase-apply too, marked by this file.
  ['rebase-apply/applying', 'am'],
  ['rebase-merge', 'rebase'],
  ['rebase-apply', 'rebase'],
  ['MERGE_HEAD', 'merge'],
  ['CHERRY_PICK_HEAD', 'cherry-pick'],
  ['REVERT_HEAD', 'revert'],
];

/**
 * How far the one walk of `touchesAndCommitsAfter` goes looking for the last commits of its paths
 * before the separate reads take over. Where the paths were committed, those read the same commits
 * anyway; where one never was (a new task's first handoff), the walk's file lists are extra, and the
 * path-limited walk that follows goes to the root of the history whatever this is.
 */
const WALK_LIMIT = 200;

/** How many recent shallow edges `edgesReachedSince` asks about one by one (a git process each). */
const EDGES_ASKED = 8;

/** How many commits nearest a revision are looked at for a clock behind the window (see lastTouchesSince). */
const CLOCK_BEHIND_WALK = 500;

/**
 * `args` of a `git log` with `revisions` and `paths` (each as a `:(literal)` pathspec, but `.`) read
 * from its stdin (`--stdin`): a command line has a limit (see MAX_SPEC_CHARS) that thousands of
 * handoffs' paths, or of merges' ids, passed (E2BIG: an internal error, which a hook lets through);
 * stdin has none. A path holding a line break cannot be a line of it: the paths then stay on the
 * command line, as before.
 */
function onStdin(
  args: readonly string[],
  revisions: readonly string[],
  paths: readonly string[],
): { args: string[]; input: string } {
  const specs = paths.map((path) => (path === '.' ? path : `:(literal)${path}`));
  const inLines = !paths.some((path) => /[\n\r]/.test(path));
  const lines = [...revisions, '--', ...(inLines ? specs : [])];
  return { args: [...args, '--stdin', '--', ...(inLines ? [] : specs)], input: `${lines.join('\n')}\n` };
}

/** What `touchesAndCommitsAfter` found: each path's last touch, and every commit after the oldest. */
export interface TouchesWalk {
  /** Path -> the newest commit that touched it. */
  touches: Map<string, string>;
  /** The commits after the oldest touch, oldest first, ending at the revision walked from. */
  commits: CommitInfo[];
}

/**
 * The commits after `touch` (one of `walk.touches`), oldest first: those the walk met before it. On
 * the line of commits the walk answers for, that is what `logRange([rev, '--not', touch])` lists.
 */
export function commitsAfterTouch(walk: TouchesWalk, touch: string): CommitInfo[] {
  if (![...walk.touches.values()].includes(touch))
    throw new InternalError(`${touch} is no touch the walk found`);
  // The oldest touch is where the walk stopped, so not among its commits: every one is after it.
  const at = walk.commits.findIndex((commit) => commit.sha === touch);
  return at === -1 ? walk.commits : walk.commits.slice(at + 1);
}

export interface LogRangeOptions {
  /** Line counts per file (`--numstat`). */
  stats: boolean;
  /** Each file's modes and object ids before and after (`--raw`), when `stats` is not set. */
  blobs?: boolean;
  /**
   * Wait for git without returning to the event loop (a synchronous spawn, which starts faster): for
   * a caller with nothing else under way, and nothing to start, until the range is read.
   */
  blocking?: boolean;
  /**
   * Called once, when git has printed the range's first commit (not with `blocking`): work that only
   * a range with commits needs can start beside the rest of the log.
   */
  onFirstCommit?: () => void;
}

/** A file's header in a combined patch: `diff --cc <path>`. */
const MERGE_FILE_HEADER = 'diff --cc ';

/** A commit that touched a path: its id, commit time (seconds) and parents. */
interface Touch {
  sha: string;
  time: number;
  parents: string[];
}
/** Longest line kept while it may be a header: a path, C-quoted, within what any file system allows. */
const MAX_HEADER_LINE = 64 * 1024;

/**
 * Hands `onLine` each line (ended by a newline or a NUL) of a stream that starts with `record` or
 * MERGE_FILE_HEADER, and drops every other as it arrives: a patch's own lines start with a column per
 * parent (` `, `+`, `-`), never with either. A line is held only while it may still be one of those.
 */
export function headerLines(
  record: string,
  onLine: (line: string) => void,
): { read(text: string): void; end(): void } {
  let line = '';
  let skipping = false;
  const mayBeHeader = (start: string) =>
    start.length <= MAX_HEADER_LINE &&
    (record.startsWith(start.slice(0, record.length)) ||
      MERGE_FILE_HEADER.startsWith(start.slice(0, MERGE_FILE_HEADER.length)));
  const finish = () => {
    if (!skipping && (line.startsWith(record) || line.startsWith(MERGE_FILE_HEADER))) onLine(line);
    line = '';
    skipping = false;
  };
  return {
    read(text: string) {
      let at = 0;
      while (at < text.length) {
        const newline = text.indexOf('\n', at);
        const nul = text.indexOf('\0', at);
        const stop = newline === -1 ? nul : nul === -1 ? newline : Math.min(newline, nul);
        const piece = text.slice(at, stop === -1 ? text.length : stop);
        if (!skipping) {
          line += piece;
          if (!mayBeHeader(line)) {
            line = '';
            skipping = true;
          }
        }
        if (stop === -1) return;
        finish();
        at = stop + 1;
      }
    },
    end: finish,
  };
}

/** The bytes git writes as `\a` … `\r`, `\"` and `\\` in a C-quoted path. */
const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** A path as git prints it in a patch header: as it is, or C-quoted (`"a\tb"`, octal bytes for UTF-8). */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes: number[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i] as string;
    if (c !== '\\') {
      for (const byte of Buffer.from(c, 'utf8')) bytes.push(byte);
      continue;
    }
    const next = text[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 4), 8) & 0xff);
      i += 3;
    } else {
      bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parses the output of `logRange`'s `git log` (exported for tests of odd inputs). */
export function parseLog(output: string, stats: boolean, blobs = false): CommitInfo[] {
  const commits: CommitInfo[] = [];
  for (const record of output.split(RECORD)) {
    const commit = parseLogRecord(record, stats, blobs);
    if (commit) commits.push(commit);
  }
  return commits;
}

/** One record of that output (after its RECORD), or undefined when its fields have not ended. */
function parseLogRecord(record: string, stats: boolean, blobs = false): CommitInfo | undefined {
  const end = record.indexOf('\0');
  if (end === -1) return undefined;
  const fields = record.slice(0, end).split(FIELD);
  const [
    sha = '',
    parents = '',
    authorName = '',
    authorEmail = '',
    authorTime = '0',
    commitTime = '0',
    subject = '',
    body = '',
  ] = fields;
  const taskTrailers = fields
    .slice(8)
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const entries = record
    .slice(end + 1)
    .replace(/^\n/, '')
    .split('\0')
    .filter((e) => e !== '');
  const files: FileChange[] = stats
    ? entries.map(parseNumstat)
    : blobs
      ? rawChanges(entries)
      : entries.map((path) => ({ path }));
  return {
    sha,
    parents: parents === '' ? [] : parents.split(' '),
    authorName,
    authorEmail,
    authorTime: timeOf(authorTime),
    commitTime: timeOf(commitTime),
    subject,
    body: trimEndOf(body, '\n'),
    taskTrailers,
    files,
  };
}

/**
 * A commit's time in seconds, kept within what a JavaScript Date holds (±8.64e12 s): a commit object
 * can say 9000000000000, and a date made of it made `draft` fail ("Invalid time value", exit 3).
 */
function timeOf(text: string): number {
  const seconds = Number(text);
  if (!Number.isFinite(seconds)) return 0;
  return Math.max(-MAX_DATE_SECONDS, Math.min(MAX_DATE_SECONDS, seconds));
}
const MAX_DATE_SECONDS = 8_640_000_000_000;

/** A small file's text, or '' when it cannot be read. */
function readTextOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * `--raw -z` entries: `:<old mode> <new mode> <old oid> <new oid> <status>`, then the path (renames
 * are off, so one path each).
 */
function rawChanges(entries: readonly string[]): FileChange[] {
  const files: FileChange[] = [];
  for (let i = 0; i + 1 < entries.length; i += 2) {
    const [oldMode = '', newMode = '', oldOid = '', newOid = ''] = (entries[i] as string).slice(1).split(' ');
    files.push({ path: entries[i + 1] as string, blob: { oldMode, newMode, oldOid, newOid } });
  }
  return files;
}

function parseNumstat(entry: string): FileChange {
  const [added = '-', deleted = '-', ...rest] = entry.split('\t');
  const path = rest.join('\t');
  // Binary files show `-` for both counts.
  if (added === '-' || deleted === '-') return { path };
  return { path, added: Number(added), deleted: Number(deleted) };
}
