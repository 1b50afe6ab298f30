/**
 * Everything the sticky PR comment shows, gathered once for the Action and for `handoff demo` (which
 * writes the comment the Action would post to a file): the check result, a resume summary per active
 * task, and a pre-filled "create this file" link for each missing handoff.
 */
import type { StickyCommentInput } from '../core/comment.js';
import { InputError } from '../core/errors.js';
import type { CheckResult, HandoffConfig, ReportWarning } from '../core/model.js';
import { newHandoffFiles } from './new-handoff.js';
import { runResume } from './resume.js';

/** Resume summaries in one comment at most. */
export const MAX_RESUMES = 10;

export interface CommentFactsOptions {
  repoRoot: string;
  config: HandoffConfig;
  result: CheckResult;
  mode: 'block' | 'warn';
  now: Date;
  /** Test report globs: the resume compares what the handoffs claim with what they show now. */
  tests?: string[];
  /** A coverage report (the Action's `coverage` input), compared with what the handoffs claim. */
  coverage?: string;
  headRepository?: StickyCommentInput['headRepository'];
  waiverLabel?: string;
  headSha?: string;
}

export async function gatherCommentInput(
  options: CommentFactsOptions,
): Promise<{ input: StickyCommentInput; warnings: ReportWarning[]; notes: string[] }> {
  const { repoRoot, config, result, now } = options;
  const notes: string[] = [];
  let resumes: StickyCommentInput['resumes'] = [];
  let warnings: ReportWarning[] = [];
  // Resumes for the tasks this PR is about: stale ones first, then those its commits worked on. With
  // hundreds of active tasks the rest would only be dropped again to fit GitHub's comment limit.
  const relevant = [
    ...result.verdicts.filter((v) => !v.fresh),
    ...result.verdicts.filter((v) => v.fresh && (v.workCommits ?? 0) > 0),
  ]
    .map((v) => v.taskId)
    .slice(0, MAX_RESUMES);
  if (relevant.length > 0) {
    try {
      const resumed = await runResume({
        repoRoot,
        config,
        now,
        taskIds: relevant,
        // The registry and handoffs the verdicts were judged by: the head's, not the working tree's.
        ...(options.headSha ? { at: options.headSha } : {}),
        ...(options.tests ? { tests: options.tests } : {}),
        ...(options.coverage ? { coverage: options.coverage } : {}),
      });
      resumes = resumed.briefs;
      warnings = resumed.warnings;
    } catch (error) {
      // A resume that cannot be built must not cost the verdict: the comment goes out without it.
      if (!(error instanceof InputError)) throw error;
      notes.push(`No resume summaries: ${error.message}`);
    }
  }
  const input: StickyCommentInput = {
    result,
    mode: options.mode,
    resumes,
    newHandoffFiles: newHandoffFiles(result, config, now.toISOString().slice(0, 10)),
    ...(options.headRepository ? { headRepository: options.headRepository } : {}),
    ...(options.waiverLabel !== undefined ? { waiverLabel: options.waiverLabel } : {}),
    ...(options.headSha ? { headSha: options.headSha } : {}),
  };
  return { input, warnings, notes };
}
