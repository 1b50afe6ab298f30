/** What `draft --format json` and the MCP `draft` tool report: what was written and what is still open. */
import { openBlockers, openNextSteps } from '../core/document/facts.js';
import type { DraftPlan } from './draft.js';

export function draftReport(plan: DraftPlan, wordBudget: number, written: boolean) {
  const { draft } = plan;
  return {
    written,
    mode: plan.mode,
    path: plan.path,
    agent: plan.agent,
    session: plan.session,
    ...(plan.previousPath ? { previous: plan.previousPath } : {}),
    words: draft.words,
    wordBudget,
    overBudget: draft.overBudget,
    trimmed: draft.trimmed,
    commits: plan.commitCount,
    range: plan.rangeNote,
    toFillIn: plan.toFillIn,
    complete: plan.toFillIn.length === 0,
    open: {
      blockers: openBlockers(draft.document).map((item) => item.text),
      nextSteps: openNextSteps(draft.document).map((item) => item.text),
    },
    // What the text says on stderr, for an agent that reads only this: a range that looks like
    // several sessions (and a --from for the last), and carried next steps a commit may have done.
    ...(draft.notOneSession ? { notOneSession: draft.notOneSession } : {}),
    maybeDone: plan.maybeDone,
    notes: plan.notes,
    warnings: plan.warnings,
    ...(written ? {} : { markdown: draft.markdown }),
  };
}
