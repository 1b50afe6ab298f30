/**
 * The handoff files a PR comment offers to create: one per task whose handoff is `missing` at the
 * path its registry entry links, pre-filled with a skeleton of the five elements for a person to fill
 * in on GitHub's "new file" page. An entry with no `details_link` gets none: a file created there is
 * linked by nothing, so the task would stay `missing` (its fix, `handoff draft`, writes and links it).
 */

import type { NewHandoffFile } from '../core/comment.js';
import { emptySection } from '../core/document/build.js';
import { canonicalLabel } from '../core/document/labels.js';
import { renderHandoff } from '../core/document/render.js';
import { type CheckResult, ELEMENT_NAMES, type HandoffDocument } from '../core/model.js';

export function newHandoffFiles(result: CheckResult, today: string): NewHandoffFile[] {
  return result.verdicts.flatMap((verdict) => {
    const path = verdict.handoffPath;
    if (path === undefined || !verdict.problems.some((p) => p.reason === 'missing')) return [];
    return [{ taskId: verdict.taskId, path, draft: skeleton(verdict.taskId, verdict.agent, today) }];
  });
}

/** Empty elements: the check reads them as `incomplete` until someone writes them. */
function skeleton(taskId: string, agent: string, today: string): string {
  const doc: HandoffDocument = {
    title: `${taskId} handoff`,
    taskId,
    header: [
      { label: 'Date', value: today, line: 0 },
      { label: 'Agent', value: agent, line: 0 },
      { label: 'Status', value: 'In Progress (0%)', line: 0 },
    ],
    elements: Object.fromEntries(ELEMENT_NAMES.map((name) => [name, emptySection(canonicalLabel(name))])),
    otherSections: [],
  };
  return renderHandoff(doc);
}
