/**
 * The verdict of `handoff check`, for people (text), machines (JSON) and GitHub Actions (workflow
 * commands that annotate the stale handoff files, as the Action does).
 */
import type { CheckResult, Verdict } from '../model.js';
import { bypassLines } from '../pre-push.js';
import { FOR_AN_AGENT, proseWithInvocation, withInvocation } from '../shell.js';
import { ANSWER_SLOTS, TIME_SLOTS } from '../slots.js';
import { annotationsFor, isRepositoryPath } from './annotations.js';

/**
 * `program` is how the user runs handoff (`npx handoff` in a project that installs it locally): the
 * fixes are written as `handoff …` by the core and shown as the user must type them.
 */
/**
 * `bypasses` are the lines a blocked push lists (`bypassLines` of the hook manager in use; those of a
 * plain hook when not given).
 */
export function renderCheckText(
  judged: CheckResult,
  options: { hook: boolean; program?: string; bypasses?: readonly string[] },
): string {
  // Commands written as the user runs handoff, by the one rewrite JSON and GitHub output use too.
  const result = asInvoked(judged, options.program ?? 'handoff');
  const lines: string[] = [];
  const stale = result.verdicts.filter((v) => !v.fresh);
  const counted = taskCounts(result);
  const checked = result.range ? ` (${rangeRead(result.range)})` : '';
  // With no task to judge a note says why there was nothing to check; the headline says it instead.
  const why =
    result.verdicts.length === 0 ? result.notes.find((n) => n.endsWith('nothing to check.')) : undefined;
  const notes = result.notes.filter((n) => n !== why);
  if (!result.stale) {
    lines.push(
      counted.all === 0
        ? `handoff check: ${sentenceCase(why) ?? `nothing to check${checked}.`}`
        : `handoff check: ${counted.tasks} active task(s), every handoff fresh${checked}.`,
    );
  } else {
    lines.push(`handoff check: ${staleOf(counted)}${checked}.`);
    for (const verdict of stale) lines.push('', ...verdictLines(verdict));
  }
  if (notes.length > 0) {
    lines.push('');
    for (const note of notes) lines.push(`note: ${note}`);
  }
  if (result.stale && options.hook) {
    lines.push('', 'Push blocked. Update the handoff (commit it), then push again. To push anyway:');
    for (const bypass of options.bypasses ?? bypassLines('plain')) lines.push(`  ${bypass}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The range and the commits read in it. A new branch read only after the commit where every active
 * handoff was last updated or later says so, so its count is not taken for all the push brings.
 */
function rangeRead(range: NonNullable<CheckResult['range']>): string {
  return range.readAfter === undefined
    ? `${range.description}, ${range.commitCount} commit(s)`
    : `${range.description}, ${commitsReadAfter(range.commitCount, range.readAfter)}; the commits before it are covered`;
}

/**
 * The commits a new branch's range read after `readAfter` (`CheckedRange.readAfter`), as the range
 * line says them, and each ref's part of a push of several.
 */
export function commitsReadAfter(count: number, readAfter: string): string {
  return `${count} commit(s) after ${readAfter}: every active handoff was last updated there or later`;
}

/**
 * Active tasks judged, and how many are stale: each task (an agent's, in its package) once, however
 * many pushed branches judged it (a verdict per branch), stale when it is on any of them.
 */
function taskCounts(result: CheckResult): { all: number; stale: number; tasks: number } {
  // One registry judged once (no package, one ref): each verdict is an agent's own, so only the
  // tasks need counting apart, with no key made per verdict (10,000 of them cost the hook ~8 ms).
  if (result.verdicts.every((v) => v.workspace === undefined && v.ref === undefined)) {
    const tasks = new Set<string>();
    let stale = 0;
    for (const verdict of result.verdicts) {
      tasks.add(verdict.taskId);
      if (!verdict.fresh) stale++;
    }
    return { all: result.verdicts.length, stale, tasks: tasks.size };
  }
  // A push of several refs can judge one task's handoff once per ref: each is counted once.
  const tasks = new Set<string>();
  const all = new Set<string>();
  const stale = new Set<string>();
  for (const verdict of result.verdicts) {
    const task = `${verdict.workspace ?? ''}\0${verdict.taskId}`;
    const handoff = `${task}\0${verdict.agent}`;
    tasks.add(task);
    all.add(handoff);
    if (!verdict.fresh) stale.add(handoff);
  }
  return { all: all.size, stale: stale.size, tasks: tasks.size };
}

/**
 * "1 of 2 active task(s)"; where agents share a task each holds a handoff of its own, and the count
 * is of those: "1 of 2 handoff(s) of 1 active task(s)".
 */
function staleOf(counted: { all: number; stale: number; tasks: number }): string {
  return counted.tasks === counted.all
    ? `${counted.stale} of ${counted.all} active task(s) need a handoff update`
    : `${counted.stale} of ${counted.all} handoff(s) of ${counted.tasks} active task(s) need an update`;
}

function verdictLines(verdict: Verdict): string[] {
  const where = verdict.handoffPath ? ` — ${verdict.handoffPath}` : '';
  const inPackage = verdict.workspace ? `, package ${verdict.workspace}` : '';
  const onRef = verdict.ref ? `, branch ${verdict.ref}` : '';
  const lines = [`✗ ${verdict.taskId} (agent ${verdict.agent}${inPackage}${onRef})${where}`];
  const fixes: string[] = [];
  for (const problem of verdict.problems) {
    lines.push(`  ${problem.reason}: ${problem.detail}`);
    if (!fixes.includes(problem.fix)) fixes.push(problem.fix);
  }
  for (const fix of fixes) lines.push(`  fix: ${fix}`);
  // Run with no terminal to ask in, the draft writes "(to fill in)" where answers go, and the push
  // after it is refused as incomplete: the flags that answer, with the slots every command gives an
  // agent. Not beside a fix that names the flags itself (an incomplete handoff's: only those it lacks).
  if (fixes.some((fix) => DRAFTS.test(fix) && !fix.includes(FOR_AN_AGENT))) lines.push(`  ${NO_TERMINAL}`);
  return lines;
}

/** A fix that runs `draft` (`handoff draft --task …`, `npx handoff -C web draft --task …`). */
const DRAFTS = /\bdraft --task\b/;

/** The one line under a draft fix for an agent, which has no terminal for draft's questions. */
export const NO_TERMINAL = `without a terminal (an agent), add the answers as flags: ${[...Object.values(ANSWER_SLOTS), TIME_SLOTS.remaining].join(' ')}`;

/** The result as JSON, its fixes written as the text writes them (`program`, as above). */
export function renderCheckJson(result: CheckResult, options: { program?: string } = {}): string {
  return `${JSON.stringify(asInvoked(result, options.program ?? 'handoff'), null, 2)}\n`;
}

/** The result with every run of handoff in its details, fixes and notes written as `program`. */
export function asInvoked(result: CheckResult, program: string): CheckResult {
  if (program === 'handoff') return result;
  return {
    ...result,
    verdicts: result.verdicts.map((verdict) => ({
      ...verdict,
      problems: verdict.problems.map((p) => ({
        ...p,
        detail: proseWithInvocation(p.detail, program),
        fix: withInvocation(p.fix, program),
      })),
    })),
    notes: result.notes.map((note) => proseWithInvocation(note, program)),
  };
}

/**
 * The Action's annotations (`annotationsFor`: one per problem, one per missing element on its line,
 * the task's registry entry for a task with no handoff in the repository), every one of them, as
 * `::error` workflow commands; then the notes and a summary as `::notice`. `registryPath` is the
 * repository-relative registry of a verdict that does not say where its entry is. Values are escaped as the runner expects: `%`, CR and LF everywhere;
 * `:` and `,` in properties too.
 */
export function renderCheckGithub(
  result: CheckResult,
  options: { program?: string; registryPath: string },
): string {
  const shown = asInvoked(result, options.program ?? 'handoff');
  const lines: string[] = [];
  for (const annotation of annotationsFor(shown.verdicts, options.registryPath)) {
    const properties = [`file=${escapeProperty(annotation.file)}`];
    if (annotation.line !== undefined) properties.push(`line=${annotation.line}`);
    properties.push(`title=${escapeProperty(annotation.title)}`);
    lines.push(`::error ${properties.join(',')}::${escapeData(annotation.message)}`);
  }
  for (const note of shown.notes) lines.push(`::notice::${escapeData(note)}`);
  const counted = taskCounts(result);
  lines.push(
    `::notice title=${escapeProperty('Handoff Guard')}::${escapeData(
      counted.stale === 0 ? `${counted.tasks} active task(s), every handoff fresh.` : `${staleOf(counted)}.`,
    )}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The title of the annotation a commit that could not be checked gets (the Action's and the CLI's). */
export const UNCHECKED_TITLE = 'Handoff Guard could not check this commit';

/**
 * `check --format github` when the commit cannot be checked (a registry, config or handoff it cannot
 * read): the error as the Action gives it, on the file and line it names when that is a file of the
 * repository, so a CI step that runs the CLI shows it where it is, not only in its log.
 */
export function renderUncheckedGithub(message: string, place: { file?: string; line?: number }): string {
  const properties: string[] = [];
  if (place.file !== undefined && isRepositoryPath(place.file)) {
    properties.push(`file=${escapeProperty(place.file)}`);
    if (place.line !== undefined) properties.push(`line=${place.line}`);
  }
  properties.push(`title=${escapeProperty(UNCHECKED_TITLE)}`);
  return `::error ${properties.join(',')}::${escapeData(message)}\n`;
}

export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** A note continues the headline after `handoff check: `, so it starts in lower case. */
function sentenceCase(note: string | undefined): string | undefined {
  return note === undefined ? undefined : `${note.charAt(0).toLowerCase()}${note.slice(1)}`;
}
