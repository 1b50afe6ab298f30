#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  escapeUserText
} from "./chunk-6Z6TTFVF.js";

// src/core/comment.ts
var STICKY_MARKER_VERSION = 1;
var STICKY_MARKER = `<!-- handoff-guard:sticky v${STICKY_MARKER_VERSION} -->`;
var ANY_STICKY_MARKER = /^\s*<!-- handoff-guard:sticky v\d+ -->/;
var GITHUB_COMMENT_LIMIT = 65536;
var NEW_FILE_URL_LIMIT = 8e3;
var DEFAULT_MAX_ROWS = 50;
var CELL_TEXT_LIMIT = 500;
function isStickyComment(body) {
  return typeof body === "string" && ANY_STICKY_MARKER.test(body);
}
function renderStickyComment(input) {
  const limit = input.limit ?? GITHUB_COMMENT_LIMIT;
  const verdicts = orderedVerdicts(input.result.verdicts);
  const plans = [
    { resumes: true, evidence: true, rows: verdicts.length },
    { resumes: false, evidence: true, rows: verdicts.length },
    { resumes: false, evidence: false, rows: verdicts.length }
  ];
  for (let rows = Math.min(input.maxRows ?? DEFAULT_MAX_ROWS, verdicts.length); rows >= 1; rows >>= 1) {
    plans.push({ resumes: false, evidence: false, rows });
  }
  for (const plan of plans) {
    const body = renderWith(input, verdicts, plan);
    if (utf8Length(body) <= limit) return body;
  }
  return [
    STICKY_MARKER,
    heading(input),
    "",
    "_The report is too large for a comment; the job summary of this check has it in full._",
    ""
  ].join("\n");
}
function newFileUrl(repository, file, maxLength = NEW_FILE_URL_LIMIT) {
  const branch = repository.branch.split("/").map(encodeURIComponent).join("/");
  const base = `${repository.serverUrl.replace(/\/+$/, "")}/${repository.fullName}/new/${branch}?filename=${encodeURIComponent(file.path)}`;
  const fits = file.draft.length <= maxLength;
  const lines = (fits ? file.draft : file.draft.slice(0, maxLength)).split("\n");
  if (!fits) lines.pop();
  for (let count = lines.length; count > 0; count--) {
    const url = `${base}&value=${encodeURIComponent(lines.slice(0, count).join("\n"))}`;
    if (url.length <= maxLength) return url;
  }
  return base;
}
function renderWith(input, verdicts, plan) {
  const out = [STICKY_MARKER, heading(input), ""];
  const { result } = input;
  if (input.waiverLabel !== void 0) {
    out.push(
      `The ${codeSpan(input.waiverLabel)} label waives this check: it passes, and the report below is for information.`,
      ""
    );
  }
  if (result.range) {
    out.push(`Checked ${text(result.range.description)} (${result.range.commitCount} commits).`, "");
  }
  if (verdicts.length > 0) out.push(...table(input, verdicts, plan), "");
  if (!plan.evidence && verdicts.some((v) => !v.fresh)) {
    out.push("_Evidence omitted to fit GitHub's comment size limit; the job summary has it._", "");
  }
  if (result.notes.length > 0) {
    out.push(...result.notes.map((note) => `- ${text(note)}`), "");
  }
  if (input.resumes.length > 0) {
    if (plan.resumes) {
      for (const resume of input.resumes) {
        out.push(
          `<details><summary>Resume summary: ${html(resume.taskId)}</summary>`,
          "",
          resume.markdown.trimEnd(),
          "",
          "</details>",
          ""
        );
      }
    } else {
      out.push(
        "_Resume summaries omitted to fit GitHub's comment size limit; run `handoff resume` locally._",
        ""
      );
    }
  }
  out.push(footer(input));
  return `${out.join("\n")}
`;
}
function heading(input) {
  const { verdicts } = input.result;
  const stale = verdicts.filter((v) => !v.fresh).length;
  if (input.waiverLabel !== void 0) return "### \u26AA Handoff Guard: waived";
  if (verdicts.length === 0) return "### \u2705 Handoff Guard: no active tasks";
  if (stale === 0) {
    return `### \u2705 Handoff Guard: ${verdicts.length === 1 ? "the active task has" : `all ${verdicts.length} active tasks have`} a fresh handoff`;
  }
  const icon = input.mode === "block" ? "\u274C" : "\u26A0\uFE0F";
  return `### ${icon} Handoff Guard: ${stale} of ${verdicts.length} active ${verdicts.length === 1 ? "task needs" : "tasks need"} a fresh handoff`;
}
function table(input, verdicts, plan) {
  const links = new Map(input.newHandoffFiles.map((f) => [f.taskId, f]));
  const staleIcon = input.mode === "block" ? "\u274C" : "\u26A0\uFE0F";
  const rows = [
    "| Task | Agent | Verdict | Reason | Evidence | Fix |",
    "| --- | --- | --- | --- | --- | --- |"
  ];
  for (const verdict of verdicts.slice(0, plan.rows)) {
    if (verdict.fresh) {
      rows.push(`| ${cell(verdict.taskId)} | ${cell(verdict.agent)} | \u2705 fresh | | | |`);
      continue;
    }
    const reasons = verdict.problems.map((p) => p.reason).join(", ");
    const evidence = plan.evidence ? verdict.problems.map((p) => cell(p.detail)).join("<br>") : "\u2014";
    const fixes = unique(verdict.problems.map((p) => p.fix)).map(codeSpan);
    const file = links.get(verdict.taskId);
    if (file && input.headRepository) {
      fixes.push(`[create ${cell(file.path)}](${newFileUrl(input.headRepository, file)})`);
    }
    rows.push(
      `| ${cell(verdict.taskId)} | ${cell(verdict.agent)} | ${staleIcon} stale | ${reasons} | ${evidence} | ${fixes.join("<br>")} |`
    );
  }
  const hidden = verdicts.slice(plan.rows);
  if (hidden.length > 0) {
    const hiddenStale = hidden.filter((v) => !v.fresh).length;
    rows.push(
      "",
      `\u2026and ${hidden.length} more (${hiddenStale} stale): run \`handoff check\` or see the job summary for the full list.`
    );
  }
  return rows;
}
function footer(input) {
  const sha = input.headSha ? ` for ${codeSpan(input.headSha.slice(0, 7))}` : "";
  return `<sub>Handoff Guard${sha}. A stale handoff is fixed by the command in the Fix column, then a push.</sub>`;
}
function orderedVerdicts(verdicts) {
  return [...verdicts.filter((v) => !v.fresh), ...verdicts.filter((v) => v.fresh)];
}
function text(value) {
  return escapeUserText(value);
}
function cell(value) {
  const oneLine = value.replace(/\s*\r?\n\s*/g, " ");
  const bounded = oneLine.length > CELL_TEXT_LIMIT ? `${oneLine.slice(0, CELL_TEXT_LIMIT)}\u2026` : oneLine;
  return escapeUserText(bounded).replace(/(?<!\\)\|/g, "\\|");
}
function codeSpan(value) {
  const oneLine = value.replace(/\s*\r?\n\s*/g, " ").slice(0, CELL_TEXT_LIMIT).replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}
function html(value) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "&#64;");
}
function unique(values) {
  return [...new Set(values)];
}
function utf8Length(value) {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) bytes += 1;
    else if (code < 2048) bytes += 2;
    else if (code >= 55296 && code <= 56319) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export {
  GITHUB_COMMENT_LIMIT,
  isStickyComment,
  renderStickyComment
};
