#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  renderResumeMarkdown,
  runResume
} from "./chunk-PJLGDMRQ.js";
import {
  renderHandoff
} from "./chunk-YN7EACLT.js";
import {
  handoffPath
} from "./chunk-OFRVZ7MX.js";
import {
  InputError
} from "./chunk-AVNUWBDK.js";
import {
  canonicalLabel
} from "./chunk-LDRPVFWU.js";
import {
  ELEMENT_NAMES
} from "./chunk-AV3RITBJ.js";

// src/app/new-handoff.ts
function newHandoffFiles(result, config, today) {
  return result.verdicts.flatMap((verdict) => {
    if (!verdict.problems.some((p) => p.reason === "missing")) return [];
    const path = verdict.handoffPath ?? handoffPath(config, verdict.taskId, 1);
    return [{ taskId: verdict.taskId, path, draft: skeleton(verdict.taskId, verdict.agent, today) }];
  });
}
function skeleton(taskId, agent, today) {
  const doc = {
    title: `${taskId} handoff`,
    taskId,
    header: [
      { label: "Date", value: today, line: 0 },
      { label: "Agent", value: agent, line: 0 },
      { label: "Status", value: "In Progress (0%)", line: 0 }
    ],
    elements: Object.fromEntries(
      ELEMENT_NAMES.map((name) => [
        name,
        { label: canonicalLabel(name), items: [], paragraphs: [], subsections: [], fields: [], line: 0 }
      ])
    ),
    otherSections: []
  };
  return renderHandoff(doc);
}

// src/app/pr-comment.ts
var MAX_RESUMES = 10;
async function gatherCommentInput(options) {
  const { repoRoot, config, result, now } = options;
  const notes = [];
  let resumes = [];
  let warnings = [];
  const relevant = [
    ...result.verdicts.filter((v) => !v.fresh),
    ...result.verdicts.filter((v) => v.fresh && (v.workCommits ?? 0) > 0)
  ].map((v) => v.taskId).slice(0, MAX_RESUMES);
  if (relevant.length > 0) {
    try {
      const resumed = await runResume({
        repoRoot,
        config,
        now,
        taskIds: relevant,
        ...options.tests ? { tests: options.tests } : {}
      });
      resumes = resumed.briefs.map((brief) => ({
        taskId: brief.taskId,
        markdown: renderResumeMarkdown(brief)
      }));
      warnings = resumed.warnings;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      notes.push(`No resume summaries: ${error.message}`);
    }
  }
  const input = {
    result,
    mode: options.mode,
    resumes,
    newHandoffFiles: newHandoffFiles(result, config, now.toISOString().slice(0, 10)),
    ...options.headRepository ? { headRepository: options.headRepository } : {},
    ...options.waiverLabel !== void 0 ? { waiverLabel: options.waiverLabel } : {},
    ...options.headSha ? { headSha: options.headSha } : {}
  };
  return { input, warnings, notes };
}

export {
  gatherCommentInput
};
