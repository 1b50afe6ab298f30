/**
 * The sticky PR comment: one comment per pull request, found again by a hidden versioned marker and
 * rewritten in place on every run. Pure: the Action gathers the facts and posts the body; the same body
 * (with a larger limit) is the job summary.
 *
 * GitHub rejects comment bodies over 65,536 characters, and a registry with hundreds of active tasks
 * (or a resume summary quoting a huge handoff) can exceed that. Rather than cut the markdown mid-table,
 * the body is rendered with less detail until it fits, dropping what is least needed to act first:
 * resume details, then evidence, then table rows beyond N (stale rows are kept before fresh ones).
 */
import { escapeUserText } from './markdown-escape.js';
import type { CheckResult, Verdict } from './model.js';

export const STICKY_MARKER_VERSION = 1;
export const STICKY_MARKER = `<!-- handoff-guard:sticky v${STICKY_MARKER_VERSION} -->`;
/** Any version: a comment left by an older release is found and upgraded, never duplicated. */
const ANY_STICKY_MARKER = /^\s*<!-- handoff-guard:sticky v\d+ -->/;

/** GitHub's limit on an issue comment body. Measured here in UTF-8 bytes, which is never less. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Browsers and GitHub accept longer URLs, but a pre-filled link past ~8 KB is unreliable. */
export const NEW_FILE_URL_LIMIT = 8_000;
/** Rows kept when the table alone is too long; halved until the body fits. */
export const DEFAULT_MAX_ROWS = 50;
/** A single cell never shows more than this many characters of user text. */
const CELL_TEXT_LIMIT = 500;

export function isStickyComment(body: string | null | undefined): boolean {
  return typeof body === 'string' && ANY_STICKY_MARKER.test(body);
}

/** A handoff file the PR could add, offered as a link that opens GitHub's "new file" page pre-filled. */
export interface NewHandoffFile {
  taskId: string;
  /** Repository-relative POSIX path. */
  path: string;
  /** The draft skeleton to pre-fill. */
  draft: string;
}

export interface StickyCommentInput {
  result: CheckResult;
  mode: 'block' | 'warn';
  /** Resume summaries as `renderResumeMarkdown` wrote them (already escaped), one per task. */
  resumes: { taskId: string; markdown: string }[];
  newHandoffFiles: NewHandoffFile[];
  /** Where the head branch lives (the fork, for a fork PR): the create-file links point there. */
  headRepository?: { serverUrl: string; fullName: string; branch: string };
  /** Set when the PR carries the waiver label. */
  waiverLabel?: string;
  /** Commit the result is for, shown in the footer. */
  headSha?: string;
  /** Defaults to GITHUB_COMMENT_LIMIT. */
  limit?: number;
  /** Defaults to DEFAULT_MAX_ROWS. */
  maxRows?: number;
}

interface DetailPlan {
  resumes: boolean;
  evidence: boolean;
  rows: number;
}

export function renderStickyComment(input: StickyCommentInput): string {
  const limit = input.limit ?? GITHUB_COMMENT_LIMIT;
  const verdicts = orderedVerdicts(input.result.verdicts);
  const plans: DetailPlan[] = [
    { resumes: true, evidence: true, rows: verdicts.length },
    { resumes: false, evidence: true, rows: verdicts.length },
    { resumes: false, evidence: false, rows: verdicts.length },
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
    '',
    '_The report is too large for a comment; the job summary of this check has it in full._',
    '',
  ].join('\n');
}

/** GitHub's "create new file" page with the path and content filled in, kept under `maxLength`. */
export function newFileUrl(
  repository: { serverUrl: string; fullName: string; branch: string },
  file: { path: string; draft: string },
  maxLength = NEW_FILE_URL_LIMIT,
): string {
  const branch = repository.branch.split('/').map(encodeURIComponent).join('/');
  const base = `${repository.serverUrl.replace(/\/+$/, '')}/${repository.fullName}/new/${branch}?filename=${encodeURIComponent(file.path)}`;
  // Keep whole lines from the top: a shorter skeleton is still a valid start; a cut line is not.
  // Every character encodes to at least one, so text past `maxLength` can never fit.
  const fits = file.draft.length <= maxLength;
  const lines = (fits ? file.draft : file.draft.slice(0, maxLength)).split('\n');
  if (!fits) lines.pop();
  for (let count = lines.length; count > 0; count--) {
    const url = `${base}&value=${encodeURIComponent(lines.slice(0, count).join('\n'))}`;
    if (url.length <= maxLength) return url;
  }
  return base;
}

function renderWith(input: StickyCommentInput, verdicts: Verdict[], plan: DetailPlan): string {
  const out: string[] = [STICKY_MARKER, heading(input), ''];
  const { result } = input;
  if (input.waiverLabel !== undefined) {
    out.push(
      `The ${codeSpan(input.waiverLabel)} label waives this check: it passes, and the report below is for information.`,
      '',
    );
  }
  if (result.range) {
    out.push(`Checked ${text(result.range.description)} (${result.range.commitCount} commits).`, '');
  }
  if (verdicts.length > 0) out.push(...table(input, verdicts, plan), '');
  if (!plan.evidence && verdicts.some((v) => !v.fresh)) {
    out.push("_Evidence omitted to fit GitHub's comment size limit; the job summary has it._", '');
  }
  if (result.notes.length > 0) {
    out.push(...result.notes.map((note) => `- ${text(note)}`), '');
  }
  if (input.resumes.length > 0) {
    if (plan.resumes) {
      for (const resume of input.resumes) {
        out.push(
          `<details><summary>Resume summary: ${html(resume.taskId)}</summary>`,
          '',
          resume.markdown.trimEnd(),
          '',
          '</details>',
          '',
        );
      }
    } else {
      out.push(
        "_Resume summaries omitted to fit GitHub's comment size limit; run `handoff resume` locally._",
        '',
      );
    }
  }
  out.push(footer(input));
  return `${out.join('\n')}\n`;
}

function heading(input: StickyCommentInput): string {
  const { verdicts } = input.result;
  const stale = verdicts.filter((v) => !v.fresh).length;
  if (input.waiverLabel !== undefined) return '### ⚪ Handoff Guard: waived';
  if (verdicts.length === 0) return '### ✅ Handoff Guard: no active tasks';
  if (stale === 0) {
    return `### ✅ Handoff Guard: ${verdicts.length === 1 ? 'the active task has' : `all ${verdicts.length} active tasks have`} a fresh handoff`;
  }
  const icon = input.mode === 'block' ? '❌' : '⚠️';
  return `### ${icon} Handoff Guard: ${stale} of ${verdicts.length} active ${verdicts.length === 1 ? 'task needs' : 'tasks need'} a fresh handoff`;
}

function table(input: StickyCommentInput, verdicts: Verdict[], plan: DetailPlan): string[] {
  const links = new Map(input.newHandoffFiles.map((f) => [f.taskId, f]));
  const staleIcon = input.mode === 'block' ? '❌' : '⚠️';
  const rows = [
    '| Task | Agent | Verdict | Reason | Evidence | Fix |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const verdict of verdicts.slice(0, plan.rows)) {
    if (verdict.fresh) {
      rows.push(`| ${cell(verdict.taskId)} | ${cell(verdict.agent)} | ✅ fresh | | | |`);
      continue;
    }
    const reasons = verdict.problems.map((p) => p.reason).join(', ');
    const evidence = plan.evidence ? verdict.problems.map((p) => cell(p.detail)).join('<br>') : '—';
    const fixes = unique(verdict.problems.map((p) => p.fix)).map(codeSpan);
    const file = links.get(verdict.taskId);
    if (file && input.headRepository) {
      fixes.push(`[create ${cell(file.path)}](${newFileUrl(input.headRepository, file)})`);
    }
    rows.push(
      `| ${cell(verdict.taskId)} | ${cell(verdict.agent)} | ${staleIcon} stale | ${reasons} | ${evidence} | ${fixes.join('<br>')} |`,
    );
  }
  const hidden = verdicts.slice(plan.rows);
  if (hidden.length > 0) {
    const hiddenStale = hidden.filter((v) => !v.fresh).length;
    rows.push(
      '',
      `…and ${hidden.length} more (${hiddenStale} stale): run \`handoff check\` or see the job summary for the full list.`,
    );
  }
  return rows;
}

function footer(input: StickyCommentInput): string {
  const sha = input.headSha ? ` for ${codeSpan(input.headSha.slice(0, 7))}` : '';
  return `<sub>Handoff Guard${sha}. A stale handoff is fixed by the command in the Fix column, then a push.</sub>`;
}

/** Stale first, so rows dropped for size are fresh ones before stale ones. */
function orderedVerdicts(verdicts: Verdict[]): Verdict[] {
  return [...verdicts.filter((v) => !v.fresh), ...verdicts.filter((v) => v.fresh)];
}

/** User text in running markdown: escaped and `@mentions` neutralised by the shared escaper. */
function text(value: string): string {
  return escapeUserText(value);
}

/** User text in a table cell: one line, bounded, and no `|` that would split the cell. */
function cell(value: string): string {
  const oneLine = value.replace(/\s*\r?\n\s*/g, ' ');
  const bounded = oneLine.length > CELL_TEXT_LIMIT ? `${oneLine.slice(0, CELL_TEXT_LIMIT)}…` : oneLine;
  return escapeUserText(bounded).replace(/(?<!\\)\|/g, '\\|');
}

/**
 * A command as inline code. Code spans show text literally (no links, no mentions), so only the
 * fence and table pipes need care: the fence is longer than any backtick run inside.
 */
function codeSpan(value: string): string {
  const oneLine = value
    .replace(/\s*\r?\n\s*/g, ' ')
    .slice(0, CELL_TEXT_LIMIT)
    .replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/**
 * Text inside an HTML element (`<summary>`), where markdown escapes do not apply: entities instead,
 * and `@` as an entity so no mention is linked.
 */
function html(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
