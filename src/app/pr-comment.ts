/**
 * Everything the sticky PR comment shows, gathered once for the Action and for `handoff demo` (which
 * writes the comment the Action would post to a file): the check result, a resume summary per active
 * task, and a pre-filled "create this file" link for each missing handoff.
 */

import { join } from 'node:path';
import { loadConfig } from '../adapters/config-loader.js';
import type { GitCommandManager } from '../adapters/git.js';
import type { StickyCommentInput } from '../core/comment.js';
import { InputError } from '../core/errors.js';
import type { CheckResult, HandoffConfig, ReportWarning, Verdict } from '../core/model.js';
import { newHandoffFiles } from './new-handoff.js';
import { type ReportsNow, readReportsNow, runResume } from './resume.js';

/** Resume summaries in one comment at most. */
export const MAX_RESUMES = 10;

export interface CommentFactsOptions {
  repoRoot: string;
  /** The check's git, whose reads of the head's tree (its listing) the resumes share. */
  git?: GitCommandManager;
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
  const resumes: StickyCommentInput['resumes'] = [];
  let warnings: ReportWarning[] = [];
  // Resumes for the tasks this PR is about: stale ones first, then those its commits worked on. With
  // hundreds of active tasks the rest would only be dropped again to fit GitHub's comment limit.
  const relevant = [
    ...result.verdicts.filter((v) => !v.fresh),
    ...result.verdicts.filter((v) => v.fresh && (v.workCommits ?? 0) > 0),
  ].slice(0, MAX_RESUMES);
  if (relevant.length > 0) {
    // The reports once, from the repository root (where the Action's inputs name them), for every
    // brief; then the briefs of each registry's tasks: the root's, and each monorepo package's.
    let reportsNow: ReportsNow = { testsGiven: false, coverageGiven: false, warnings: [] };
    try {
      reportsNow = await readReportsNow(options, repoRoot);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      notes.push(`No test or coverage reports: ${error.message}`);
    }
    warnings = reportsNow.warnings;
    for (const [folder, taskIds] of byFolder(relevant)) {
      try {
        const root = folder === '' ? repoRoot : join(repoRoot, folder);
        const resumed = await runResume({
          repoRoot: root,
          config: folder === '' ? config : (await loadConfig(root)).config,
          now,
          taskIds,
          // A package's git reads from its folder (runResume makes its own there).
          ...(folder === '' && options.git ? { git: options.git } : {}),
          // The registry and handoffs the verdicts were judged by: the head's, not the working tree's.
          ...(options.headSha ? { at: options.headSha } : {}),
          reportsNow: { ...reportsNow, warnings: [] },
        });
        resumes.push(...resumed.briefs);
      } catch (error) {
        // A resume that cannot be built must not cost the verdict: the comment goes out without it.
        if (!(error instanceof InputError)) throw error;
        notes.push(`No resume summaries${folder === '' ? '' : ` for ${folder}`}: ${error.message}`);
      }
    }
  }
  const input: StickyCommentInput = {
    result,
    mode: options.mode,
    resumes,
    newHandoffFiles: newHandoffFiles(result, now.toISOString().slice(0, 10)),
    ...(options.headRepository ? { headRepository: options.headRepository } : {}),
    ...(options.waiverLabel !== undefined ? { waiverLabel: options.waiverLabel } : {}),
    ...(options.headSha ? { headSha: options.headSha } : {}),
  };
  return { input, warnings, notes };
}

/** Task ids by the folder of the registry that holds them ('' for the root's), in verdict order. */
function byFolder(verdicts: readonly Verdict[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const verdict of verdicts) {
    const folder = verdict.workspace ?? '';
    const ids = out.get(folder) ?? [];
    if (!ids.includes(verdict.taskId)) ids.push(verdict.taskId);
    out.set(folder, ids);
  }
  return out;
}
