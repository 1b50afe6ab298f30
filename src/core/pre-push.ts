/**
 * What a push sends, from the lines git writes to a pre-push hook's stdin:
 *   <local ref> SP <local sha> SP <remote ref> SP <remote sha> LF
 * and which commits each pushed ref asks us to check. Pure: the caller runs the `git log`s.
 */
import { posix, sep } from 'node:path';
import { InputError } from './errors.js';

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

export interface PushedRef {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

export interface RefToCheck extends PushedRef {
  /** `update` when the remote has the ref, `new` when it does not yet. */
  kind: 'update' | 'new';
  /** Name the commits land under on the remote (`refs/heads/` stripped), for attribution by branch. */
  branch: string;
  /** Revision arguments for `git log` selecting the commits to check. */
  revisionArgs: string[];
  description: string;
}

export interface SkippedRef extends PushedRef {
  why: 'deletion' | 'tag';
}

export interface PushPlan {
  refs: RefToCheck[];
  skipped: SkippedRef[];
}

export const PRE_PUSH_STDIN = '<pre-push stdin>';

/** Parses the hook's stdin; a line that is not four fields is an InputError naming its line. */
export function parsePrePushInput(stdin: string): PushedRef[] {
  const refs: PushedRef[] = [];
  stdin.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const fields = line.trim().split(/\s+/);
    const [localRef, localSha, remoteRef, remoteSha] = fields;
    if (
      fields.length !== 4 ||
      localRef === undefined ||
      localSha === undefined ||
      remoteRef === undefined ||
      remoteSha === undefined ||
      !SHA.test(localSha) ||
      !SHA.test(remoteSha)
    ) {
      throw new InputError(
        'expected "<local ref> <local sha> <remote ref> <remote sha>" as git passes to a pre-push hook',
        { file: PRE_PUSH_STDIN, line: index + 1, column: 1 },
        'pre-push/stdin',
      );
    }
    refs.push({ localRef, localSha, remoteRef, remoteSha });
  });
  return refs;
}

/**
 * Which commits to check for each pushed ref:
 * - a deletion (local sha all zeros) checks nothing; a push to a tag (`refs/tags/`) is ignored;
 * - every other ref checks the commits it brings that the remote does not have: those reachable
 *   from the local sha, minus those any ref of the remote has (`--remotes=<remote>`), minus the
 *   remote's current value of the ref when we have it. For a fast-forward that is exactly
 *   `remote_sha..local_sha` (less commits already on another branch of the remote); for a new
 *   branch or a force push (remote sha not an ancestor, or not even fetched) it is "the commits no
 *   remote has". `--ignore-missing` makes an unfetched remote sha harmless, so no ancestry check (and
 *   no extra git process) is needed to tell the cases apart.
 * `remote` is the hook's first argument: a remote name, or a URL when pushing to one directly. Then
 * the refs of `remotesAtUrl`, the configured remotes at that URL, are what it has (`remotesAtUrl()`);
 * when none is, every remote-tracking ref counts as "the remote has it".
 */
export function planPush(
  refs: readonly PushedRef[],
  remote: string,
  remotesAtUrl: readonly string[] = [],
): PushPlan {
  const plan: PushPlan = { refs: [], skipped: [] };
  const named = isRemoteName(remote) ? [remote] : remotesAtUrl;
  const remotes = named.length > 0 ? named.map((name) => `--remotes=${name}`) : ['--remotes'];
  const seen = new Set<string>();
  for (const ref of refs) {
    if (ZERO_SHA.test(ref.localSha)) {
      plan.skipped.push({ ...ref, why: 'deletion' });
      continue;
    }
    // What is pushed TO decides: a tag pushed to a branch (`git push origin v1:main`) moves the
    // branch, and is judged as any push to it.
    if (ref.remoteRef.startsWith('refs/tags/')) {
      plan.skipped.push({ ...ref, why: 'tag' });
      continue;
    }
    // The branch is part of the key: the same commits pushed to two branches are judged under each
    // name (a task id in one branch's name attributes commits the other's does not).
    const key = `${ref.localSha} ${ref.remoteSha} ${ref.remoteRef}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const branch = ref.remoteRef.replace(/^refs\/heads\//, '');
    const isNew = ZERO_SHA.test(ref.remoteSha);
    const revisionArgs = ['--ignore-missing', ref.localSha, '--not', ...remotes];
    if (!isNew) revisionArgs.push(ref.remoteSha);
    plan.refs.push({
      ...ref,
      kind: isNew ? 'new' : 'update',
      branch,
      revisionArgs,
      description: isNew
        ? `new branch ${branch}: commits no remote has`
        : `${ref.remoteSha.slice(0, 7)}..${ref.localSha.slice(0, 7)} → ${branch}`,
    });
  }
  return plan;
}

/**
 * The configured remotes whose `url` or `pushurl` is `url`, a URL or path pushed to directly: their
 * remote-tracking refs tell what that repository has, where another remote's (a fork the commits were
 * pushed to) would excuse commits it never got. URLs compare without a trailing `/` or `.git`; a local
 * path (or `file://` URL) as resolved from `repoRoot`, where git resolves a relative one.
 */
export function remotesAtUrl(url: string, config: ReadonlyMap<string, string>, repoRoot: string): string[] {
  const target = comparableUrl(url, repoRoot);
  const names = new Set<string>();
  for (const [key, value] of config) {
    const name = /^remote\.(.+)\.(?:url|pushurl)$/.exec(key)?.[1];
    if (name !== undefined && isRemoteName(name) && comparableUrl(value, repoRoot) === target)
      names.add(name);
  }
  return [...names];
}

function comparableUrl(url: string, repoRoot: string): string {
  const posixPath = (path: string) => path.split(sep).join('/');
  let path: string | undefined;
  if (url.startsWith('file://')) path = decodeURIComponent(url.slice('file://'.length));
  // Not `scheme://...` and not scp-like `host:path` (a Windows drive, `C:`, is a path): a local path.
  else if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url) && !/^[^/\\]{2,}:/.test(url)) path = url;
  const full = path === undefined ? url : posix.resolve(posixPath(repoRoot), posixPath(path));
  return full.replace(/\/+$/, '').replace(/\.git$/, '');
}

/** Whether `remote` names a configured remote (`origin`), rather than a URL or a path pushed to directly. */
export function isRemoteName(remote: string): boolean {
  return remote !== '' && !/[:/\\]/.test(remote) && !remote.startsWith('.');
}

// ---------------------------------------------------------------------------------------------------
// Where the pushed refs come from when the hook runs under a manager, and which manager that is.

/** The hook managers handoff-guard runs under; `plain` is a hook file git runs itself. */
export type HookManager = 'husky' | 'lefthook' | 'pre-commit' | 'simple-git-hooks' | 'plain';

/**
 * What the pre-commit framework tells a hook in its pre-push stage (pre_commit/commands/run.py). It
 * reads git's stdin itself, so its hooks get /dev/null, and it keeps only the first pushed ref that
 * brings commits: `PRE_COMMIT_FROM_REF`/`PRE_COMMIT_TO_REF` (the remote's sha, or the parent of the
 * oldest commit no remote has, and the local sha), and the refs and remote when git gave them. When
 * the pushed history reaches a root commit it sets no FROM/TO ref at all (it runs "all files"), but
 * still names the local and remote branch.
 */
export interface PreCommitPush {
  /** The local ref or revision (`refs/heads/main`, or the to-ref itself when no branch is named). */
  localRef: string;
  /** The revision pushed: a sha when pre-commit's hook set it, any revision in a manual `pre-commit run`. */
  localRev: string;
  remoteRef: string;
  /** Where the remote stands (any revision); undefined for "every commit no remote has". */
  remoteRev?: string;
  remoteName?: string;
}

/** Where `handoff check --hook pre-push` takes the pushed refs from. */
export type HookInput =
  /** git's lines as read (zero lines when git had nothing to push). */
  | { kind: 'stdin'; text: string }
  /** pre-commit's environment, to be turned into the equivalent stdin line. */
  | { kind: 'pre-commit'; push: PreCommitPush }
  /** No pushed refs anywhere: the hook refuses to guess. */
  | { kind: 'none'; why: string };

/** What the hook's stdin turned out to be: `provided` is a pipe or file; a terminal or /dev/null is not. */
export interface HookStdin {
  provided: boolean;
  text: string;
}

/**
 * Decides where the pushed refs come from, in this order: git's lines on stdin; pre-commit's
 * variables; a pipe that gave zero lines (git runs the hook even when nothing is pushed, e.g. every
 * ref is up to date); otherwise there is nothing to judge and no safe guess.
 */
export function chooseHookInput(
  stdin: HookStdin,
  env: Readonly<Record<string, string | undefined>>,
): HookInput {
  if (stdin.text.trim() !== '') return { kind: 'stdin', text: stdin.text };
  const push = preCommitPush(env);
  if (push) return { kind: 'pre-commit', push };
  if (env.PRE_COMMIT === '1') {
    return {
      kind: 'none',
      why: 'run by pre-commit without PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF or PRE_COMMIT_LOCAL_BRANCH: pre-commit sets them only in its pre-push stage (`stages: [pre-push]`, installed with `pre-commit install --hook-type pre-push`); for a manual run pass `--hook-stage pre-push --from-ref REV --to-ref REV`',
    };
  }
  if (stdin.provided) return { kind: 'stdin', text: stdin.text };
  return {
    kind: 'none',
    why: 'no pushed refs to check: stdin is a terminal or not connected, and no PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF is set. git passes the pushed refs on stdin, so run this from a pre-push hook that does not consume stdin; to check a range by hand use `handoff check --base REV --head REV`',
  };
}

/** pre-commit's pre-push variables as one pushed ref, or undefined when they are not set. */
export function preCommitPush(env: Readonly<Record<string, string | undefined>>): PreCommitPush | undefined {
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const from = value('PRE_COMMIT_FROM_REF');
  const to = value('PRE_COMMIT_TO_REF');
  const localBranch = value('PRE_COMMIT_LOCAL_BRANCH');
  const remoteBranch = value('PRE_COMMIT_REMOTE_BRANCH');
  const remoteName = value('PRE_COMMIT_REMOTE_NAME');
  const localRev = to ?? localBranch;
  if (localRev === undefined) return undefined;
  const localRef = localBranch ?? to ?? localRev;
  const push: PreCommitPush = { localRef, localRev, remoteRef: remoteBranch ?? localRef };
  // A FROM ref without a TO ref (or the reverse) is not a range pre-commit gives: read it as "all
  // the commits no remote has" from the local branch, the safe side.
  if (from !== undefined && to !== undefined) push.remoteRev = from;
  if (remoteName !== undefined) push.remoteName = remoteName;
  return push;
}

export const ZERO_OID = '0000000000000000000000000000000000000000';

/** The line git would have written for this ref, once its revisions are resolved to shas. */
export function prePushLine(push: PreCommitPush, localSha: string, remoteSha: string | undefined): string {
  return `${push.localRef.replace(/\s+/g, '')} ${localSha} ${push.remoteRef.replace(/\s+/g, '')} ${remoteSha ?? ZERO_OID}\n`;
}

/** Whether a revision is already a full object name (no git process needed to resolve it). */
export function isFullSha(rev: string): boolean {
  return SHA.test(rev);
}

/** What tells the managers apart at hook time: the environment and the hook file git ran. */
export interface HookManagerFacts {
  env: Readonly<Record<string, string | undefined>>;
  /** Where git finds the pre-push hook (`git rev-parse --git-path hooks/pre-push`). */
  hookPath?: string;
  /** Its text, when it exists. */
  hookText?: string;
}

/**
 * The manager that ran the hook. pre-commit says so in the environment (`PRE_COMMIT=1`); the others
 * set nothing, so their generated hook tells: lefthook's calls `lefthook`, simple-git-hooks' checks
 * `SKIP_SIMPLE_GIT_HOOKS`, husky's lives in `.husky/_/` (v9) or names husky (v4–v8).
 */
export function hookManagerOf(facts: HookManagerFacts): HookManager {
  if (facts.env.PRE_COMMIT === '1') return 'pre-commit';
  const text = facts.hookText ?? '';
  if (/File generated by pre-commit|pre_commit|\bpre-commit hook-impl\b/.test(text)) return 'pre-commit';
  if (/lefthook/.test(text)) return 'lefthook';
  if (/SKIP_SIMPLE_GIT_HOOKS|simple-git-hooks/.test(text)) return 'simple-git-hooks';
  const path = (facts.hookPath ?? '').replaceAll('\\', '/');
  if (/(^|\/)\.husky\//.test(path) || /\bhusky\b/.test(text)) return 'husky';
  return 'plain';
}

/** Whether `core.hooksPath` is husky v9's (`.husky/_`, relative to each checkout's top). */
export function isHuskyHooksPath(hooksPath: string | undefined): boolean {
  return hooksPath !== undefined && /^\.husky[\\/]_[\\/]?$/.test(hooksPath.trim());
}

/** What tells whether git runs, in one checkout, the pre-push hook the project set up under husky. */
export interface HuskyHookHere {
  /** `core.hooksPath` as git reads it here, when set. */
  hooksPath?: string;
  /** Whether the project's `.husky/pre-push` runs the check. */
  huskyRunsCheck: boolean;
  /** Whether the hook file git runs here (`--git-path hooks/pre-push`) exists. */
  hookFileHere: boolean;
  /** How to run husky here: `npx husky`, or through the main checkout's install from a linked worktree. */
  runHusky: string;
}

/**
 * Why pushes from this checkout are not checked although the project checks them under husky, or
 * undefined. husky's `core.hooksPath` is the relative `.husky/_`, which husky writes (git-ignored)
 * only where it runs: a linked worktree (`git worktree add`) has none until husky runs in it, and git
 * then runs no pre-push hook there, without a word (docs/hooks.md).
 */
export function huskyHookMissingNote(facts: HuskyHookHere): string | undefined {
  if (!isHuskyHooksPath(facts.hooksPath) || !facts.huskyRunsCheck || facts.hookFileHere) return undefined;
  return `git runs no pre-push hook in this checkout, so pushes from it are not checked: core.hooksPath is .husky/_, which husky has not made here (a linked worktree has none until husky runs in it). Run \`${facts.runHusky}\` here.`;
}

/** How to push past the check once, as every blocking message lists it for the manager in use. */
export function bypassLines(manager: HookManager): string[] {
  const own: Record<HookManager, [string, string] | undefined> = {
    husky: ['HUSKY=0 git push', 'skip husky hooks'],
    lefthook: ['LEFTHOOK=0 git push', 'skip lefthook hooks'],
    'pre-commit': ['SKIP=handoff git push', 'skip this pre-commit hook'],
    'simple-git-hooks': ['SKIP_SIMPLE_GIT_HOOKS=1 git push', 'skip simple-git-hooks hooks'],
    plain: undefined,
  };
  const managerLine = own[manager];
  const lines: [string, string][] = [
    ['git push --no-verify', 'skip every pre-push hook'],
    ...(managerLine ? [managerLine] : []),
    ['HANDOFF_SKIP=1 git push', 'skip only this check'],
  ];
  const width = Math.max(...lines.map(([command]) => command.length)) + 1;
  return lines.map(([command, why]) => `${command.padEnd(width)} (${why})`);
}
