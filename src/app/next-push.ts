/**
 * The next push of HEAD as the pre-push hook will judge it, for the commands that tell an agent
 * ahead of it (the Stop hook, `draft`, `resume`): where it goes, and which commits it carries. The
 * hook's own plan (`planPush`) and its new-branch bound (`newBranchBound`) make the answer, so the
 * two cannot drift apart.
 */
import { GitCommandManager, type IGitCommandManager } from '../adapters/git.js';
import {
  readPackageWorkspaces,
  readWorkspace,
  revisionSource,
  type Workspace,
} from '../adapters/workspace.js';
import type { CommitInfo } from '../core/model.js';
import { isRemoteName, planPush, type RefToCheck } from '../core/pre-push.js';

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

/**
 * Every active task's handoff in the judged workspaces (the root's, and in a monorepo every
 * package's, named from the root), as `newBranchBound` takes them: [] with no active task, undefined
 * when some active task links no handoff that is there.
 */
export function activeDocuments(
  judged: ReadonlyArray<{ folder: string; workspace: Workspace }>,
): string[] | undefined {
  const documents: string[] = [];
  for (const { folder, workspace } of judged) {
    for (const task of workspace.activeTasks) {
      const linked = workspace.handoffs.get(task.agent);
      if (linked?.kind !== 'document') return undefined;
      documents.push(folder === '' ? linked.path : `${folder}/${linked.path}`);
    }
  }
  return documents;
}

/**
 * The active handoffs a push of `head` finds (`activeDocuments`), read at `head` from the
 * repository's top, the packages' included: the registry and links as committed, not as the working
 * tree has them (another agent's draft not committed yet).
 */
async function pushedHandoffsAt(top: IGitCommandManager, head: string): Promise<string[] | undefined> {
  const root = await readWorkspace(revisionSource(top, head));
  return activeDocuments([{ folder: '', workspace: root }, ...(await readPackageWorkspaces(root))]);
}

/**
 * The remote a plain `git push` of `branch` goes to: `branch.<name>.pushRemote`, `remote.pushDefault`,
 * `branch.<name>.remote`, else `origin`, else the only remote (git's order). Undefined when none.
 */
function pushRemoteOf(config: ReadonlyMap<string, string>, branch: string): string | undefined {
  for (const key of [`branch.${branch}.pushremote`, 'remote.pushdefault', `branch.${branch}.remote`]) {
    const remote = config.get(key);
    // `.` is the repository itself: a push there is no push to tell ahead of.
    if (remote !== undefined && remote !== '.') return remote;
  }
  const remotes = new Set<string>();
  for (const key of config.keys()) {
    const found = /^remote\.(.+)\.(?:url|pushurl|fetch)$/.exec(key);
    if (found?.[1] !== undefined) remotes.add(found[1]);
  }
  if (remotes.has('origin')) return 'origin';
  const [only] = remotes;
  return remotes.size === 1 ? only : undefined;
}

/**
 * The branch a plain push of `branch` to `remote` updates there: its upstream's with `push.default`
 * `upstream` (or `tracking`) when the upstream is on that remote, else the branch of the same name.
 */
function pushedBranchOf(config: ReadonlyMap<string, string>, branch: string, remote: string): string {
  const mode = config.get('push.default')?.toLowerCase();
  if (mode !== 'upstream' && mode !== 'tracking') return branch;
  const merge = config.get(`branch.${branch}.merge`);
  return config.get(`branch.${branch}.remote`) === remote && merge?.startsWith('refs/heads/')
    ? merge.slice('refs/heads/'.length)
    : branch;
}

/**
 * The hook's plan for a plain push of `branch` at `head`, or undefined when it cannot be told: no
 * remote to push to, or one given as a URL or a path (what it has is known only by asking it). What
 * the remote has is read from its remote-tracking branch, as last fetched: a branch deleted there
 * since, and not pruned here, still looks pushed.
 */
export async function nextPushOf(
  git: Pick<IGitCommandManager, 'configList' | 'firstExisting' | 'revParse'>,
  branch: string,
  head: string,
): Promise<RefToCheck | undefined> {
  const config = await git.configList();
  const remote = pushRemoteOf(config, branch);
  if (remote === undefined || !isRemoteName(remote)) return undefined;
  const target = pushedBranchOf(config, branch, remote);
  const tracking = `refs/remotes/${remote}/${target}`;
  const remoteSha = (await git.firstExisting([tracking])) ? await git.revParse(tracking) : ZERO;
  const plan = planPush(
    [{ localRef: `refs/heads/${branch}`, localSha: head, remoteRef: `refs/heads/${target}`, remoteSha }],
    remote,
  );
  return plan.refs[0];
}

/**
 * Most commits `nextPushCommits` reads, the newest. Past it, what is not read may name other tasks:
 * the fallback then goes by fewer names than the push's, so the agent-side commands may ask for a
 * handoff the push would not, never the other way round.
 */
export const PUSHED_ALONG_LIMIT = 1000;

/**
 * The commits the next push of HEAD carries, as its hook will read them (`nextPushOf`, and for a new
 * branch `newBranchBound`); the newest PUSHED_ALONG_LIMIT when there are more. The agent hooks,
 * `draft` and `resume` decide the fallback ("the only active task the checked commits name") by
 * them and give it only to them, as that push will: a commit after the handoff that the remote
 * already has keeps the tasks it names, and gets none by the fallback. Undefined when no push can be
 * told (a detached HEAD, no remote, a remote given as a URL): every commit then counts, as before.
 */
export async function nextPushCommits(
  git: Pick<IGitCommandManager, 'configList' | 'firstExisting' | 'revParse' | 'logRange'>,
  push: {
    branch: string | undefined;
    /** The repository's top folder: a new branch's bound is worked out there, packages and all. */
    topLevel: string;
  },
): Promise<CommitInfo[] | undefined> {
  if (push.branch === undefined) return undefined;
  const head = await git.revParse('HEAD');
  const ref = await nextPushOf(git, push.branch, head);
  if (ref === undefined) return undefined;
  let bound: string | undefined;
  if (ref.kind === 'new') {
    // The caller's own git when it runs at the top (its trees read once for both), else one there.
    bound = await GitCommandManager.at(push.topLevel, git, async (top) =>
      newBranchBound(top, await pushedHandoffsAt(top, head), head),
    );
  }
  const args = [...ref.revisionArgs];
  if (bound !== undefined) args.push(bound);
  return git.logRange([`--max-count=${PUSHED_ALONG_LIMIT}`, ...args], { stats: false });
}
