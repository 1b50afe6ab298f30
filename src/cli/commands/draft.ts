/**
 * `handoff draft --task ID [--agent NAME] [--from REV] [--to REV] [--tests GLOB…] [--coverage FILE]
 * [--stdout] [--no-interactive] [--decision TEXT…] [--blocker TEXT…] [--resolved TEXT…] [--next TEXT…]
 * [--progress N] [--remaining TIME] [--time-spent TIME] [--note TEXT] [--input FILE|-] [--format text|json]`: writes the
 * task's next handoff from the facts and points the registry at it. Report problems are warnings (a
 * draft without test counts beats no draft); bad input elsewhere is exit 2 with nothing written.
 * Given any answer as a flag or `--input`, it never prompts.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../../adapters/config-loader.js';
import { PromptInterrupted, promptForDraftInput } from '../../adapters/prompt.js';
import { findProjectRoot } from '../../adapters/repo-root.js';
import { readStdinText } from '../../adapters/stdin.js';
import { readUserText } from '../../adapters/store.js';
import { planDraft, writeDraft } from '../../app/draft.js';
import { draftReport, type NextCommandsAt, nextAfterDraft } from '../../app/draft-report.js';
import { elementTitle } from '../../core/document/elements.js';
import {
  type AnswerPlace,
  type DraftInput,
  isEmptyDraftInput,
  parseProgress,
  readDraftInputJson,
  STDIN_NAME,
} from '../../core/draft-input.js';
import { agentFromEnv } from '../../core/lifecycle.js';
import type { ShownPath } from '../../core/paths.js';
import { formatReportWarning } from '../../core/reports.js';
import { proseWithInvocation, shellWord } from '../../core/shell.js';
import { ANSWER_SLOTS } from '../../core/slots.js';
import {
  type CommandContext,
  EXIT,
  namingFilesBy,
  pathsFromHere,
  reportOptionsFromHere,
  reportPathFromHere,
} from '../context.js';
import { rootActedOnNote } from '../root-note.js';

/** The exit code of a draft ended by Ctrl-C at its questions: 128 + SIGINT, as shells report it. */
const EXIT_INTERRUPTED = 130;

export interface DraftCommandOptions {
  task: string;
  agent?: string;
  from?: string;
  to?: string;
  tests?: string[];
  coverage?: string;
  churn?: boolean;
  timeRule?: 'gap' | 'git-hours';
  stdout?: boolean;
  /** Commander's `--no-interactive`: false when given. */
  interactive?: boolean;
  decision?: string[];
  blocker?: string[];
  resolved?: string[];
  next?: string[];
  progress?: string;
  remaining?: string;
  timeSpent?: string;
  note?: string;
  /** A JSON file of answers (schema/draft-input.schema.json), `-` for stdin. */
  input?: string;
  format?: 'text' | 'json';
}

/**
 * Flags and `--input` JSON as one DraftInput (flags add to lists and win for single values), and
 * where the JSON wrote each answer (`AnswerPlace`).
 */
async function readDraftInput(
  options: DraftCommandOptions,
  ctx: CommandContext,
  repoRoot: string,
): Promise<{ input: DraftInput; placeOf?: AnswerPlace }> {
  const flags: DraftInput = {};
  if (options.decision) flags.decisions = options.decision;
  if (options.blocker) flags.blockers = options.blocker;
  if (options.resolved) flags.resolved = options.resolved;
  if (options.next) flags.next = options.next;
  if (options.progress !== undefined) flags.progress = parseProgress(options.progress);
  if (options.remaining !== undefined) flags.remaining = options.remaining;
  if (options.timeSpent !== undefined) flags.timeSpent = options.timeSpent;
  if (options.note !== undefined) flags.note = options.note;
  if (options.input === undefined) return { input: flags };
  // Named as the project names a path given on the command line: an error shows it from where the
  // user is (`namedFromHere`), as every other file.
  const file = options.input === '-' ? STDIN_NAME : reportPathFromHere(ctx, repoRoot, options.input);
  const text =
    options.input === '-'
      ? await readStdinText(ctx.stdin, STDIN_NAME)
      : await readUserText(resolve(ctx.cwd, options.input), file);
  return readDraftInputJson(text, file, flags);
}

export async function run(options: DraftCommandOptions, ctx: CommandContext): Promise<number> {
  // A monorepo package's own registry when run inside one, else the repository's.
  const { projectRoot: repoRoot, prefix } = await findProjectRoot(ctx.cwd);
  // Every path printed is named from where the user is, where the commands printed run; the file of
  // an error it stops on too.
  const shown = pathsFromHere(ctx, repoRoot);
  return namingFilesBy(shown, () => draft(options, ctx, repoRoot, shown, prefix));
}

async function draft(
  options: DraftCommandOptions,
  ctx: CommandContext,
  repoRoot: string,
  shown: ShownPath,
  /** The project's folder in the repository (findProjectRoot), for `rootActedOnNote`. */
  prefix: string,
): Promise<number> {
  const { config } = await loadConfig(repoRoot);
  const { input, placeOf } = await readDraftInput(options, ctx, repoRoot);
  const given = options.input !== undefined || !isEmptyDraftInput(input);
  const stdinIsTerminal = Boolean((ctx.stdin as { isTTY?: boolean }).isTTY);
  const interactive =
    options.interactive !== false &&
    !given &&
    options.format !== 'json' &&
    !options.stdout &&
    stdinIsTerminal &&
    Boolean(ctx.stdout.isTTY);

  const envAgent = agentFromEnv(ctx.env);
  const planning = planDraft({
    repoRoot,
    config,
    shown,
    taskId: options.task,
    ...(options.agent === undefined ? {} : { agent: options.agent }),
    ...(envAgent === undefined ? {} : { envAgent }),
    ...(options.from === undefined ? {} : { from: options.from }),
    // Commander gives `--to` its default `HEAD`; only an explicit revision changes how the range is read.
    ...(options.to === undefined || options.to === 'HEAD' ? {} : { to: options.to }),
    ...reportOptionsFromHere(ctx, repoRoot, options),
    ...(options.churn ? { churn: true } : {}),
    ...(options.timeRule === undefined ? {} : { timeRule: options.timeRule }),
    // The user's zone: TZ as this command was given it, else the system's. That is this process's
    // own local time unless the command was given another TZ than the process runs in (undefined:
    // read without ICU's date formatting, see localDate).
    ...(ctx.env.TZ && ctx.env.TZ !== process.env.TZ ? { timeZone: ctx.env.TZ } : {}),
    now: ctx.now(),
    ...(options.stdout ? { preview: true } : {}),
    ...(given ? { input } : {}),
    ...(placeOf === undefined ? {} : { inputPlaces: placeOf }),
    ...(interactive
      ? { askAnswers: () => promptForDraftInput(ctx.stdin, ctx.stdout as unknown as NodeJS.WritableStream) }
      : {}),
  });
  let plan: Awaited<typeof planning>;
  try {
    plan = await planning;
  } catch (error) {
    // Ctrl-C at a question: out, with nothing written, as a shell reports a command it interrupted.
    if (!(error instanceof PromptInterrupted)) throw error;
    ctx.stderr.write(`\nhandoff: draft ${error.message}\n`);
    return EXIT_INTERRUPTED;
  }

  const rootNote = await rootActedOnNote(ctx, prefix);
  if (options.format === 'json') {
    if (!options.stdout) await writeDraft(repoRoot, config, plan);
    const report = draftReport(
      plan,
      config.wordBudget,
      !options.stdout,
      nextAt(ctx, shown, options.task, config.registry),
    );
    ctx.stdout.write(`${JSON.stringify({ ...report, ...(rootNote ? { note: rootNote } : {}) }, null, 2)}\n`);
    return EXIT.ok;
  }
  const err = (line: string) => ctx.stderr.write(`${line}\n`);
  const program = ctx.program ?? 'handoff';
  if (rootNote) err(`note: ${rootNote}`);
  for (const warning of plan.warnings)
    err(`warning: ${proseWithInvocation(formatReportWarning(warning), program)}`);
  for (const note of plan.notes) err(proseWithInvocation(note, program));
  const merges =
    plan.mergeCount > 0 ? ` (and ${plan.mergeCount} ${plan.mergeCount === 1 ? 'merge' : 'merges'})` : '';
  // A filled-in draft read no commits: its own were read when it was drafted.
  if (plan.mode === 'new')
    err(`Commits: ${plan.commitCount}${merges} for ${options.task}, ${plan.rangeNote}.`);
  if (plan.draft.notOneSession) {
    const { why, suggestedFrom } = plan.draft.notOneSession;
    err(
      `warning: this range is probably not one session (${why}); choose its start with --from${suggestedFrom ? `, e.g. --from ${suggestedFrom.slice(0, 7)} for the last work session` : ''}.`,
    );
  }

  for (const { step, sha } of plan.maybeDone) {
    err(
      `note: next step "${step}" may be done in ${sha.slice(0, 7)} (its words match); it stays open: if it is done, check it off (- [x]) in ${shown(plan.path)}, or give --resolved ${shellWord(step)} when you draft.`,
    );
  }

  const { draft } = plan;
  if (options.stdout) {
    ctx.stdout.write(draft.markdown);
  } else {
    await writeDraft(repoRoot, config, plan);
    // What is still to fill in is part of what was written: on stdout, which `--quiet` keeps.
    const incomplete =
      plan.toFillIn.length > 0
        ? `; not complete yet, ${plan.toFillIn.map(elementTitle).join(', ')} to fill in`
        : '';
    ctx.stdout.write(
      `Wrote ${shown(plan.path)} (${draft.words} words${incomplete}); ${shown(config.registry)} now links it for ${plan.agent}.\n`,
    );
  }
  if (!options.stdout && plan.toFillIn.length === 0) {
    const [commit] = nextAfterDraft(plan, true, nextAt(ctx, shown, options.task, config.registry));
    err(`Next: ${commit}`);
  }
  if (draft.trimmed.length > 0) err(`Shortened to fit the word budget: ${draft.trimmed.join(', ')}.`);
  if (plan.toFillIn.length > 0) {
    err(
      `To fill in before the check passes: ${plan.toFillIn.map(elementTitle).join(', ')} (edit the file, or give draft the answers: ${plan.toFillIn.map((e) => ANSWER_SLOTS[e]).join(' ')}).`,
    );
  }
  return EXIT.ok;
}

/** How the next commands run from where the user is (the folder `-C` started in, or this one). */
function nextAt(ctx: CommandContext, shown: ShownPath, taskId: string, registry: string): NextCommandsAt {
  return { program: ctx.program ?? 'handoff', shown, taskId, registry };
}
