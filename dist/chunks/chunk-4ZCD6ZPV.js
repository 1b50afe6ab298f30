#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  openBlockers,
  openNextSteps
} from "./chunk-YP6ORBIK.js";

// src/app/draft-report.ts
function draftReport(plan, wordBudget, written) {
  const { draft } = plan;
  return {
    written,
    path: plan.path,
    agent: plan.agent,
    session: plan.session,
    ...plan.previousPath ? { previous: plan.previousPath } : {},
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
      nextSteps: openNextSteps(draft.document).map((item) => item.text)
    },
    notes: plan.notes,
    warnings: plan.warnings,
    ...written ? {} : { markdown: draft.markdown }
  };
}

export {
  draftReport
};
