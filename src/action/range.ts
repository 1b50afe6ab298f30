/**
 * Which commits a run checks, from the event, and making sure the checkout has them. actions/checkout
 * fetches one commit by default (`fetch-depth: 1`), and for a pull request that commit is a merge
 * commit whose parents are not even fetched: `base..head` would then read as "every commit down to the
 * shallow boundary" or fail. So the base and head are fetched and the history deepened, doubling,
 * until git finds their merge base; when it cannot within the bound, the run fails — a range that
 * cannot be read never passes silently.
 */
import type { GitCommandManager } from '../adapters/git.js';
import { ensureMergeBase, FIRST_DEEPEN, MAX_DEEPEN_ROUNDS } from '../app/check.js';
import { InputError } from '../core/errors.js';
import { type ActionEvent, isZeroSha } from './event.js';

const REMOTE = 'origin';

/** One end of the range: what git log is given, and what to fetch to have it. */
interface RangeEnd {
  rev: string;
  refspec: string;
}

export interface CheckRange {
  base: string;
  head: string;
  /** How the range was chosen, and how much history was fetched for it. */
  notes: string[];
  /**
   * Fetches `by` more commits of the range's ends: for a range that, with its merge base fetched,
   * still reaches the shallow checkout's edge (a merge of the main line into the pull request).
   */
  deepen: (by: number) => Promise<void>;
}

export async function resolveCheckRange(
  git: GitCommandManager,
  event: ActionEvent,
  log: (message: string) => void = () => {},
): Promise<CheckRange> {
  const notes: string[] = [];
  let base: RangeEnd;
  let head: RangeEnd;
  if (event.pullRequest) {
    base = bySha(event.pullRequest.baseSha);
    head = bySha(event.pullRequest.headSha);
    notes.push(`pull request #${event.pullRequest.number}: base ${short(base.rev)}..head ${short(head.rev)}`);
  } else if (event.push && !isZeroSha(event.push.before) && !isZeroSha(event.push.after)) {
    base = bySha(event.push.before);
    head = bySha(event.push.after);
    notes.push(`push: ${short(base.rev)}..${short(head.rev)}`);
  } else {
    // workflow_dispatch, a new branch's first push, schedule, ...: everything not on the default branch.
    if (!event.defaultBranch) {
      throw new InputError(
        `the ${event.name} event names no default branch to check against`,
        {},
        'action/no-default-branch',
      );
    }
    base = {
      rev: `${REMOTE}/${event.defaultBranch}`,
      refspec: `+refs/heads/${event.defaultBranch}:refs/remotes/${REMOTE}/${event.defaultBranch}`,
    };
    head = bySha(event.push?.after && !isZeroSha(event.push.after) ? event.push.after : event.sha || 'HEAD');
    notes.push(`${event.name}: the default branch ${event.defaultBranch}..${short(head.rev)}`);
  }

  // Whether the checkout is shallow is asked while the ends are looked up: git processes side by side.
  const shallowing = git.isShallow();
  shallowing.catch(() => undefined);
  const missing = await missingEnds(git, [base, head]);
  const shallow = await shallowing;
  const fetched = await fetchMissing(git, missing, shallow);
  if (fetched.length > 0) log(`Fetched ${fetched.join(', ')}`);
  const refspecs = [base.refspec, head.refspec].filter((spec) => spec !== 'HEAD');
  const mergeBase = await ensureMergeBase(git, base.rev, head.rev, { refspecs, log });
  if (shallow) notes.push(`shallow checkout: deepened until the merge base ${short(mergeBase)} was fetched`);
  return { base: base.rev, head: head.rev, notes, deepen: (by) => git.deepen(by, refspecs, REMOTE) };
}

/**
 * What the check calls before it reads when handoffs were last committed (`needsHistorySince`): a
 * shallow checkout is deepened, doubling as for the merge base, until its edge is older than the
 * maxAge window's start, once. Without that the last commit that updated a handoff may not be there,
 * and the edge's own commit shows every file as added (git.ts drops such touches), so the handoff's
 * `**Date**` alone would decide. Deepened, never cut: `--shallow-since` would shorten a history the
 * merge base already deepened, and make the window's oldest commit the edge, dropping its touch.
 * When the edge cannot be passed within the bound, a warning says so.
 */
export function historyFetcher(
  git: GitCommandManager,
  log: (message: string) => void,
  warn: (message: string) => void,
): (sinceEpochSeconds: number, rev: string) => Promise<void> {
  const done = new Set<string>();
  return async (sinceEpochSeconds, rev) => {
    const key = `${sinceEpochSeconds} ${rev}`;
    if (done.has(key)) return;
    done.add(key);
    const day = new Date(sinceEpochSeconds * 1000).toISOString().slice(0, 10);
    const refspecs = /^[0-9a-f]{40}$/.test(rev) ? [rev] : [];
    let by = FIRST_DEEPEN;
    for (let round = 0; ; round++) {
      const edge = [...(await git.shallowEdgeTimes()).values()];
      if (edge.every((time) => time < sinceEpochSeconds)) {
        if (round > 0)
          log(`shallow checkout: deepened past ${day}, to see when each handoff was last updated`);
        return;
      }
      if (round === MAX_DEEPEN_ROUNDS) break;
      try {
        await git.deepen(by, refspecs, REMOTE);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        warn(
          `could not deepen this shallow checkout past ${day} (${reason}): a handoff whose **Date** is older than maxAge is judged by that date and the commits there are`,
        );
        return;
      }
      by *= 2;
    }
    warn(
      `this shallow checkout still ends after ${day} after ${MAX_DEEPEN_ROUNDS} rounds of deepening: a handoff whose **Date** is older than maxAge is judged by that date and the commits there are (use fetch-depth: 0)`,
    );
  };
}

/**
 * The ends to fetch: those this checkout lacks, looked up in one `git rev-parse`, and every
 * remote-tracking ref (a stale one would check the wrong range).
 */
async function missingEnds(git: GitCommandManager, ends: RangeEnd[]): Promise<RangeEnd[]> {
  const byRev = ends.filter((end) => end.rev !== 'HEAD' && end.refspec === end.rev);
  const present = await git.areCommits(byRev.map((end) => end.rev));
  return ends.filter(
    (end) => end.rev !== 'HEAD' && (end.refspec !== end.rev || !present[byRev.indexOf(end)]),
  );
}

async function fetchMissing(
  git: GitCommandManager,
  missing: RangeEnd[],
  shallow: boolean,
): Promise<string[]> {
  if (missing.length === 0) return [];
  const specs = missing.map((end) => end.refspec);
  try {
    await git.exec(['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=1'] : []), REMOTE, ...specs]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      `cannot fetch ${specs.join(' and ')} from ${REMOTE}, so the range to check cannot be read: ${reason}. The step fetches with the checkout's credentials (actions/checkout's persist-credentials, on by default); or check out with fetch-depth: 0, so nothing needs fetching`,
      {},
      'git/range-unreadable',
    );
  }
  return missing.map((end) => short(end.rev));
}

function bySha(sha: string): RangeEnd {
  return { rev: sha, refspec: sha };
}

function short(rev: string): string {
  return /^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 7) : rev;
}
