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
import { escapeHtmlText, escapeUserText } from './markdown-escape.js';
import type { CheckResult, Verdict } from './model.js';
import { type ResumeBrief, renderResumeMarkdown } from './resume.js';
import { fixSegments } from './shell.js';
import { joinLines } from './whitespace.js';
import { plural } from './words.js';

export const STICKY_MARKER_VERSION = 1;
/** The marker of the default comment (no `comment-id`). */
export const STICKY_MARKER = stickyMarker();
/**
 * Any version, with or without an id: a comment left by an older release is found and upgraded, never
 * duplicated. The id is captured so each `comment-id` finds only its own comment. The first line that
 * starts with a marker is read, not only the body's first: a maintainer who edits the bot's comment
 * and writes above the marker must not make the next run post a second one (see `isStickyComment`
 * for what else such a comment must show).
 */
const ANY_STICKY_MARKER = /^[ \t]*<!-- handoff-guard:sticky v\d+(?: id=([A-Za-z0-9._-]+))? -->/m;
/** What a `comment-id` may be: it goes into the hidden marker, so nothing that could close it. */
export const COMMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/**
 * Second line of a comment the Action minimized (hid) because everything was fresh: the next run that
 * finds a stale task knows to show it again without asking the API whether it is hidden.
 */
export const HIDDEN_FLAG = '<!-- handoff-guard:hidden -->';

/** GitHub's limit on an issue comment body. Measured here in UTF-8 bytes, which is never less. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Browsers and GitHub accept longer URLs, but a pre-filled link past ~8 KB is unreliable. */
export const NEW_FILE_URL_LIMIT = 8_000;
/** Rows kept when the table alone is too long; halved until the body fits. */
export const DEFAULT_MAX_ROWS = 50;
/** A single cell never shows more than this many characters of user text. */
const CELL_TEXT_LIMIT = 500;

/** The hidden first line that finds the comment again; one per `comment-id`. */
export function stickyMarker(commentId?: string): string {
  if (commentId !== undefined && !COMMENT_ID_PATTERN.test(commentId)) {
    throw new Error(`comment id "${commentId}" does not match ${COMMENT_ID_PATTERN}`);
  }
  return `<!-- handoff-guard:sticky v${STICKY_MARKER_VERSION}${commentId ? ` id=${commentId}` : ''} -->`;
}

/**
 * Whether `body` is a sticky comment for `commentId` (the default comment when undefined). A marker on
 * the first line is ours. Lower down (someone wrote above it) only when our heading follows it: every
 * workflow of a repository comments as the same bot, and another's comment may quote the marker (in a
 * code block, say); taking that one for ours would overwrite it and delete the real one as a duplicate.
 */
export function isStickyComment(body: string | null | undefined, commentId?: string): boolean {
  if (typeof body !== 'string') return false;
  const match = ANY_STICKY_MARKER.exec(body);
  if (match === null || (match[1] ?? '') !== (commentId ?? '')) return false;
  if (body.slice(0, match.index).trim() === '') return true;
  const after = body
    .slice(match.index + match[0].length)
    .split('\n', 4)
    .slice(1);
  const next = after.find((line) => line !== HIDDEN_FLAG);
  return next !== undefined && /^### \S+ Handoff Guard\b/.test(next);
}

/** The body with the hidden flag after its marker line, for a comment about to be minimized. */
export function markHidden(body: string): string {
  if (isMarkedHidden(body)) return body;
  const end = body.indexOf('\n');
  return end === -1
    ? `${body}\n${HIDDEN_FLAG}`
    : `${body.slice(0, end + 1)}${HIDDEN_FLAG}\n${body.slice(end + 1)}`;
}

export function isMarkedHidden(body: string | null | undefined): boolean {
  return typeof body === 'string' && body.split('\n', 3)[1] === HIDDEN_FLAG;
}

// ---------------------------------------------------------------------------------------------
// The comment's life cycle.
// ---------------------------------------------------------------------------------------------

/** When the comment is written: on every run, only while something is stale, or never. */
export type CommentMode = 'always' | 'stale-only' | 'off';
/** What becomes of an existing comment once every handoff is fresh. */
export type FreshCommentAction = 'update' | 'hide' | 'delete';

/**
 * What a run does to its sticky comment:
 * - `upsert`: update it, or create it when there is none (and show it again if it was hidden);
 * - `update-existing`: update it only if there is one (a fresh result under `stale-only`);
 * - `hide`: update an existing one to the fresh verdict and minimize it;
 * - `delete`: delete an existing one;
 * - `none`: leave the PR alone.
 */
export type CommentPlan = 'upsert' | 'update-existing' | 'hide' | 'delete' | 'none';

export function planComment(options: {
  mode: CommentMode;
  whenFresh: FreshCommentAction;
  /** Some active task is stale (waived or not: the comment then explains the waiver). */
  stale: boolean;
}): CommentPlan {
  if (options.mode === 'off') return 'none';
  if (options.stale) return 'upsert';
  if (options.whenFresh === 'hide') return 'hide';
  if (options.whenFresh === 'delete') return 'delete';
  return options.mode === 'always' ? 'upsert' : 'update-existing';
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
  /** Resume summaries, one per task, rendered with `renderResumeMarkdown`. */
  resumes: ResumeBrief[];
  newHandoffFiles: NewHandoffFile[];
  /** Where the head branch lives (the fork, for a fork PR): the create-file links point there. */
  headRepository?: { serverUrl: string; fullName: string; branch: string };
  /**
   * The repository the PR is in: handoff paths and commit shas link to it at `headSha` (a PR's head
   * commits can be browsed in the base repository, a fork's included).
   */
  repository?: { serverUrl: string; fullName: string };
  /** `comment-id`: which of several comments on one PR this is (in the marker and the heading). */
  commentId?: string;
  /** Set when the PR carries the waiver label. */
  waiverLabel?: string;
  /** Commit the result is for, shown in the footer. */
  headSha?: string;
  /** Defaults to GITHUB_COMMENT_LIMIT. */
  limit?: number;
  /** Defaults to DEFAULT_MAX_ROWS. */
  maxRows?: number;
  /** Rendered as the job summary: what it leaves out is not "in the job summary". */
  asSummary?: boolean;
  /**
   * Why nothing could be judged (a registry, config or handoff that cannot be read, as
   * `formatInputError` words it): the comment says so instead of a verdict, so a verdict an earlier
   * commit earned is not left standing.
   */
  unreadable?: { message: string; file?: string };
}

/** Most characters of an error a comment shows (a hostile file name can make one long). */
const UNREADABLE_TEXT_LIMIT = 2_000;

interface DetailPlan {
  resumes: boolean;
  evidence: boolean;
  rows: number;
}

export function renderStickyComment(input: StickyCommentInput): string {
  if (input.unreadable !== undefined) return renderUnreadable(input, input.unreadable);
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
    stickyMarker(input.commentId),
    heading(input),
    '',
    input.asSummary
      ? '_The report is too large for the job summary; `handoff check` prints it in full._'
      : '_The report is too large for a comment; the job summary of this check has it in full._',
    '',
  ].join('\n');
}

function renderUnreadable(
  input: StickyCommentInput,
  error: NonNullable<StickyCommentInput['unreadable']>,
): string {
  const name = input.commentId ? `Handoff Guard (${codeSpan(input.commentId)})` : 'Handoff Guard';
  const { message } = error;
  const shown =
    message.length > UNREADABLE_TEXT_LIMIT ? `${message.slice(0, UNREADABLE_TEXT_LIMIT)}…` : message;
  return `${[
    stickyMarker(input.commentId),
    `### ❌ ${name}: could not check this commit`,
    '',
    codeSpan(joinLines(shown)),
    '',
    error.file === undefined
      ? 'No task was judged.'
      : 'No task was judged. Mend the file and push; `handoff validate` lists every problem in the registry, the config and the handoffs.',
    '',
    footer(input, ''),
  ].join('\n')}\n`;
}

/** GitHub's "create new file" page with the path and content filled in, kept under `maxLength`. */
export function newFileUrl(
  repository: { serverUrl: string; fullName: string; branch: string },
  file: { path: string; draft: string },
  maxLength = NEW_FILE_URL_LIMIT,
): string {
  const branch = repository.branch.split('/').map(urlPart).join('/');
  const base = `${repositoryUrl(repository)}/new/${branch}?filename=${urlPart(file.path)}`;
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
  const out: string[] = [stickyMarker(input.commentId), heading(input), ''];
  const { result } = input;
  if (input.waiverLabel !== undefined) {
    out.push(
      `The ${codeSpan(input.waiverLabel)} label waives this check: it passes, and the report below is for information.`,
      '',
    );
  }
  if (result.range) {
    const count = result.range.commitCount;
    out.push(`Checked ${text(result.range.description)} (${count} ${plural(count, 'commit')}).`, '');
  }
  if (verdicts.length > 0) out.push(...table(input, verdicts, plan), '');
  if (!plan.evidence && verdicts.some((v) => !v.fresh)) {
    out.push(
      input.asSummary
        ? "_Evidence omitted to fit GitHub's job summary size limit; `handoff check` prints it._"
        : "_Evidence omitted to fit GitHub's comment size limit; the job summary has it._",
      '',
    );
  }
  if (result.notes.length > 0) {
    out.push(...result.notes.map((note) => `- ${text(note)}`), '');
  }
  if (input.resumes.length > 0) {
    if (plan.resumes) {
      for (const resume of input.resumes) {
        out.push(
          `<details><summary>Resume summary: ${escapeHtmlText(resume.taskId)}</summary>`,
          '',
          renderResumeMarkdown(resume).trimEnd(),
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
  // The id matches COMMENT_ID_PATTERN: letters, digits, `.`, `_`, `-`; code is the safe way to show it.
  const name = input.commentId ? `Handoff Guard (${codeSpan(input.commentId)})` : 'Handoff Guard';
  if (input.waiverLabel !== undefined) return `### ⚪ ${name}: waived`;
  if (verdicts.length === 0) return `### ✅ ${name}: no active tasks`;
  if (stale === 0) {
    return `### ✅ ${name}: ${verdicts.length === 1 ? 'the active task has' : `all ${verdicts.length} active tasks have`} a fresh handoff`;
  }
  const icon = input.mode === 'block' ? '❌' : '⚠️';
  return `### ${icon} ${name}: ${stale} of ${verdicts.length} active ${verdicts.length === 1 ? 'task needs' : 'tasks need'} a fresh handoff`;
}

function table(input: StickyCommentInput, verdicts: Verdict[], plan: DetailPlan): string[] {
  const links = new Map(input.newHandoffFiles.map((f) => [f.taskId, f]));
  const staleIcon = input.mode === 'block' ? '❌' : '⚠️';
  const rows = [
    '| Task | Agent | Verdict | Reason | Evidence | Fix |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const verdict of verdicts.slice(0, plan.rows)) {
    const fileLink = plan.evidence ? handoffLink(input, verdict) : '';
    if (verdict.fresh) {
      rows.push(tableRow([cell(verdict.taskId), cell(verdict.agent), '✅ fresh', '', fileLink, '']));
      continue;
    }
    const reasons = verdict.problems.map((p) => cell(p.reason)).join(', ');
    const evidence = plan.evidence
      ? [...verdict.problems.map((p) => evidenceOf(input, p)), ...(fileLink ? [fileLink] : [])].join('<br>')
      : '—';
    const fixes = unique(verdict.problems.map((p) => p.fix)).map(fixCell);
    const file = links.get(verdict.taskId);
    if (file && input.headRepository) {
      fixes.push(`[create ${cell(file.path)}](${newFileUrl(input.headRepository, file)})`);
    }
    rows.push(
      tableRow([
        cell(verdict.taskId),
        cell(verdict.agent),
        `${staleIcon} stale`,
        reasons,
        evidence,
        fixes.join('<br>'),
      ]),
    );
  }
  const hidden = verdicts.slice(plan.rows);
  if (hidden.length > 0) {
    const hiddenStale = hidden.filter((v) => !v.fresh).length;
    rows.push(
      '',
      input.asSummary
        ? `…and ${hidden.length} more (${hiddenStale} stale): run \`handoff check\` for the full list.`
        : `…and ${hidden.length} more (${hiddenStale} stale): run \`handoff check\` or see the job summary for the full list.`,
    );
  }
  return rows;
}

/** `| a | b |`, an empty cell as `| |`. */
function tableRow(cells: string[]): string {
  return `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
}

/** A problem's sentence, then (when the repository is known) its commits as links. */
function evidenceOf(input: StickyCommentInput, problem: Verdict['problems'][number]): string {
  const commits = input.repository ? (problem.commits ?? []).map((sha) => commitLink(input, sha)) : [];
  return [cell(problem.detail), ...(commits.length > 0 ? [commits.join(' ')] : [])].join('<br>');
}

/** The handoff file as it is at the head commit, when the repository and head are known. */
function handoffLink(input: StickyCommentInput, verdict: Verdict): string {
  const path = verdict.handoffPath;
  if (!path || !input.repository || !input.headSha || !isSha(input.headSha)) return '';
  const segments = path.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.length === 0) return '';
  return `📄 [${cell(path)}](${repositoryUrl(input.repository)}/blob/${input.headSha}/${segments.map(urlPart).join('/')})`;
}

/** A sha as code, linked to the commit when the repository is known; anything not hex is plain text. */
function commitLink(input: StickyCommentInput, sha: string): string {
  if (!isSha(sha)) return cell(sha);
  const code = codeSpan(sha.slice(0, 7));
  return input.repository ? `[${code}](${repositoryUrl(input.repository)}/commit/${sha})` : code;
}

function repositoryUrl(repository: { serverUrl: string; fullName: string }): string {
  const name = repository.fullName.split('/').map(urlPart).join('/');
  return `${repository.serverUrl.replace(/\/+$/, '')}/${name}`;
}

/** A URL path segment that cannot end a markdown link: `encodeURIComponent` leaves `(`, `)` and `'`. */
function urlPart(value: string): string {
  return encodeURIComponent(value).replace(
    /[()'!*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function isSha(value: string): boolean {
  return /^[0-9a-f]{4,64}$/.test(value);
}

function footer(
  input: StickyCommentInput,
  advice = ' A stale handoff is fixed by the command in the Fix column, then a push.',
): string {
  const sha = input.headSha && isSha(input.headSha) ? ` for ${commitLink(input, input.headSha)}` : '';
  return `<sub>Handoff Guard${sha}.${advice}</sub>`;
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
  const oneLine = joinLines(value);
  const bounded = oneLine.length > CELL_TEXT_LIMIT ? `${oneLine.slice(0, CELL_TEXT_LIMIT)}…` : oneLine;
  return escapeUserText(bounded).replace(/(?<!\\)\|/g, '\\|');
}

/** A fix in a table cell: its commands as inline code, its words as words (`fixSegments`). */
function fixCell(fix: string): string {
  return fixSegments(fix)
    .map(({ text, command }) =>
      // A cell's text is trimmed: the space between words and a command is kept around it.
      command ? codeSpan(text) : `${/^\s/.test(text) ? ' ' : ''}${cell(text)}${/\s$/.test(text) ? ' ' : ''}`,
    )
    .join('');
}

/**
 * A command as inline code. Code spans show text literally (no links, no mentions), so only the
 * fence and table pipes need care: the fence is longer than any backtick run inside.
 */
function codeSpan(value: string): string {
  const oneLine = joinLines(value).slice(0, CELL_TEXT_LIMIT).replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Encodes natively: a comment of 300 rows is measured several times over (the plans above). */
const UTF8 = new TextEncoder();

function utf8Length(value: string): number {
  return UTF8.encode(value).byteLength;
}
