/** What `draft --format json` and the MCP `draft` tool report: what was written and what is still open. */
import { draftCommand } from '../core/agent-session.js';
import { openBlockers, openNextSteps } from '../core/document/facts.js';
import { answersLeftOpen } from '../core/draft.js';
import type { ShownPath } from '../core/paths.js';
import { commitPathsCommand, proseWithInvocation } from '../core/shell.js';
import type { DraftPlan } from './draft.js';

/**
 * Where the next commands run: how handoff is run, and how a path of the project is named from there
 * (`ShownPath`). The report's paths are named so too.
 */
export interface NextCommandsAt {
  program: string;
  shown: ShownPath;
  taskId: string;
  registry: string;
}

export function draftReport(plan: DraftPlan, wordBudget: number, written: boolean, at: NextCommandsAt) {
  const { draft } = plan;
  return {
    written,
    next: nextAfterDraft(plan, written, at),
    mode: plan.mode,
    path: at.shown(plan.path),
    agent: plan.agent,
    session: plan.session,
    ...(plan.previousPath ? { previous: at.shown(plan.previousPath) } : {}),
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
    // The commands they name, as this project runs them (`npx handoff resume ...`).
    notes: plan.notes.map((note) => proseWithInvocation(note, at.program)),
    warnings: plan.warnings.map((w) => ({ ...w, message: proseWithInvocation(w.message, at.program) })),
    ...(written ? {} : { markdown: draft.markdown }),
  };
}

/**
 * What to run after a draft: a complete one, written, is committed with the registry that links it
 * (the check judges commits); one still holding template text is filled in first, by the same
 * command with the answers (committed as it is, it would fail the check as incomplete).
 */
export function nextAfterDraft(plan: DraftPlan, written: boolean, at: NextCommandsAt): string[] {
  if (!written) return [];
  if (plan.toFillIn.length > 0) {
    // The time lines it warns of, and an open Progress line, too: or the command run as printed
    // leaves them open.
    const { elements, times } = answersLeftOpen(plan.draft.document, plan.toFillIn);
    return [draftCommand(at.program, at.taskId, plan.agent, elements, times)];
  }
  return [commitPathsCommand([at.shown(plan.path), at.shown(at.registry)], `${at.taskId}: handoff`)];
}
