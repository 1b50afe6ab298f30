/**
 * What a push sends, from the lines git writes to a pre-push hook's stdin:
 *   <local ref> SP <local sha> SP <remote ref> SP <remote sha> LF
 * and which commits each pushed ref asks us to check. Pure: the caller runs the `git log`s.
 */
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
 * - a deletion (local sha all zeros) checks nothing; tags (`refs/tags/`) are ignored;
 * - every other ref checks the commits it brings that the remote does not have: those reachable
 *   from the local sha, minus those any ref of the remote has (`--remotes=<remote>`), minus the
 *   remote's current value of the ref when we have it. For a fast-forward that is exactly
 *   `remote_sha..local_sha` (less commits already on another branch of the remote); for a new
 *   branch or a force push (remote sha not an ancestor, or not even fetched) it is "the commits no
 *   remote has". `--ignore-missing` makes an unfetched remote sha harmless, so no ancestry check (and
 *   no extra git process) is needed to tell the cases apart.
 * `remote` is the hook's first argument: a remote name, or a URL when pushing to one directly (then
 * every remote-tracking ref counts as "the remote has it").
 */
export function planPush(refs: readonly PushedRef[], remote: string): PushPlan {
  const plan: PushPlan = { refs: [], skipped: [] };
  const remotes = isRemoteName(remote) ? `--remotes=${remote}` : '--remotes';
  const seen = new Set<string>();
  for (const ref of refs) {
    if (ZERO_SHA.test(ref.localSha)) {
      plan.skipped.push({ ...ref, why: 'deletion' });
      continue;
    }
    if (ref.remoteRef.startsWith('refs/tags/') || ref.localRef.startsWith('refs/tags/')) {
      plan.skipped.push({ ...ref, why: 'tag' });
      continue;
    }
    const key = `${ref.localSha} ${ref.remoteSha}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const branch = ref.remoteRef.replace(/^refs\/heads\//, '');
    const isNew = ZERO_SHA.test(ref.remoteSha);
    const revisionArgs = ['--ignore-missing', ref.localSha, '--not', remotes];
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

/** A configured remote's name, as opposed to a URL or path passed to `git push` directly. */
function isRemoteName(remote: string): boolean {
  return remote !== '' && !/[:/\\]/.test(remote) && !remote.startsWith('.');
}
