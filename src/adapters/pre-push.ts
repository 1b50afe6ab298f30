/**
 * The commits a push brings, read with one `git log` per pushed ref (usually one ref, so one process).
 * Which commits each ref selects is decided in core/pre-push.ts; this only runs git.
 */
import type { CheckedRange } from '../core/model.js';
import type { PushPlan, RefToCheck } from '../core/pre-push.js';
import type { IGitCommandManager } from './git.js';

export async function readPushedRanges(git: IGitCommandManager, plan: PushPlan): Promise<CheckedRange[]> {
  // Several refs in one push (rare) are read side by side, one process each.
  return Promise.all(plan.refs.map((ref) => readPushedRange(git, ref)));
}

/** The commits one pushed ref brings, with one `git log`. */
export async function readPushedRange(git: IGitCommandManager, ref: RefToCheck): Promise<CheckedRange> {
  const commits = await git.logRange(ref.revisionArgs, { stats: false });
  const range: CheckedRange = {
    description: ref.description,
    head: ref.localSha,
    branch: ref.branch,
    commits,
  };
  if (ref.kind === 'update') range.base = ref.remoteSha;
  return range;
}
