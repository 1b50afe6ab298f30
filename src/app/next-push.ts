/**
 * The next push of HEAD as the pre-push hook will judge it, for the commands that tell an agent
 * ahead of it (the Stop hook, `draft`, `resume`): where it goes, and which commits it carries. The
 * hook's own plan (`planPush`) and its new-branch bound (`newBranchBound`) make the answer, so the
 * two cannot drift apart.
 */
import type { IGitCommandManager } from '../adapters/git.js';
import type { ActiveTask, CommitInfo } from '../core/model.js';
import { linkProblem, normalizeLink } from '../core/paths.js';
import { planPush, type RefToCheck } from '../core/pre-push.js';

const ZERO = '0'.repeat(40);

/**
 * Where a first push of a new branch starts reading (check.ts `readNewBranch`): the common ancestor
 * of every active handoff's last update, so that it reads what the tasks did since their handoffs,
 * not the whole history. Undefined when some active task has no handoff (`documents` undefined) or
 * some handoff was never committed: the push then reads every commit no remote has.
 */
export async function newBranchBound(
  git: Pick<IGitCommandManager, 'lastTouchingCommits' | 'commonAncestor'>,
  documents: readonly string[] | undefined,
  head: string,
): Promise<string | undefined> {
  if (documents === undefined || documents.length === 0) return undefined;
  const unique = [...new Set(documents)];
  const touches = await git.lastTouchingCommits(unique, head);
  return touches.size === unique.length ? git.commonAncestor([...new Set(touches.values())]) : undefined;
}

/** Every active task's handoff as `newBranchBound` takes them: undefined when some task links none. */
export function activeHandoffs(tasks: readonly ActiveTask[]): string[] | undefined {
  const documents: string[] = [];
  for (const task of tasks) {
    if (!task.detailsLink || linkProblem(task.detailsLink)) return undefined;
    documents.push(normalizeLink(task.detailsLink));
  }
  return documents;
}

/**
 * The remote a plain `git push` of `branch` goes to: `branch.<name>.pushRemote`, `remote.pushDefault`,
 * `branch.<name>.remote`, else `origin`, else the only remote (git's order). Undefined when none.
 */
async function pushRemoteOf(
  git: Pick<IGitCommandManager, 'configGet' | 'listRemotes'>,
  branch: string,
): Promise<string | undefined> {
  for (const key of [`branch.${branch}.pushRemote`, 'remote.pushDefault', `branch.${branch}.remote`]) {
    const remote = await git.configGet(key);
    // `.` is the repository itself: a push there is no push to tell ahead of.
    if (remote !== undefined && remote !== '.') return remote;
  }
  const remotes = await git.listRemotes();
  if (remotes.includes('origin')) return 'origin';
  return remotes.length === 1 ? remotes[0] : undefined;
}

/** The hook's plan for a plain push of `branch` at `head` (to the branch of that name), or undefined. */
export async function nextPushOf(
  git: Pick<IGitCommandManager, 'configGet' | 'listRemotes' | 'firstExisting' | 'revParse'>,
  branch: string,
  head: string,
): Promise<RefToCheck | undefined> {
  const remote = await pushRemoteOf(git, branch);
  if (remote === undefined) return undefined;
  const tracking = `refs/remotes/${remote}/${branch}`;
  const remoteSha = (await git.firstExisting([tracking])) ? await git.revParse(tracking) : ZERO;
  const plan = planPush(
    [{ localRef: `refs/heads/${branch}`, localSha: head, remoteRef: `refs/heads/${branch}`, remoteSha }],
    remote,
  );
  return plan.refs[0];
}

/** Most commits `pushedAlongBefore` reads: past it, what it did not read may name other tasks. */
export const PUSHED_ALONG_LIMIT = 1000;

/**
 * The commits the next push of HEAD carries up to `touch` (the handoff's last update), `touch`
 * included. None are the session's (the update covers them), but the push judges them with the
 * commits after it, so they name the tasks its fallback goes by ("the only active task the checked
 * commits name"): the agent hooks, `draft` and `resume` attribute the commits after the handoff
 * with them, as the push will. None when no push can be told (a detached HEAD, no remote), and none
 * when there are more than PUSHED_ALONG_LIMIT: the fallback could then not be told, and the commits
 * after the handoff are attributed on their own, as without a push to go by.
 */
export async function pushedAlongBefore(
  git: Pick<
    IGitCommandManager,
    | 'configGet'
    | 'listRemotes'
    | 'firstExisting'
    | 'revParse'
    | 'logRange'
    | 'lastTouchingCommits'
    | 'commonAncestor'
  >,
  touch: string,
  push: {
    branch: string | undefined;
    /** Every active task's handoff, or undefined when some active task has none (`newBranchBound`). */
    handoffs: () => readonly string[] | undefined;
  },
): Promise<CommitInfo[]> {
  if (push.branch === undefined) return [];
  const head = await git.revParse('HEAD');
  const ref = await nextPushOf(git, push.branch, head);
  if (ref === undefined) return [];
  const bound = ref.kind === 'new' ? await newBranchBound(git, push.handoffs(), head) : undefined;
  // The push's own revision arguments, from `touch` instead of the pushed tip.
  const args = ref.revisionArgs.map((arg) => (arg === ref.localSha ? touch : arg));
  if (bound !== undefined) args.push(bound);
  const commits = await git.logRange([`--max-count=${PUSHED_ALONG_LIMIT + 1}`, ...args], { stats: false });
  return commits.length > PUSHED_ALONG_LIMIT ? [] : commits;
}
