/**
 * The draft use case: gather the facts for a task's next handoff (registry entry, previous handoff,
 * the session's commits, test and coverage reports), compose it, then write it and point the registry
 * at it. Everything is composed before anything is written; the document is created without
 * overwriting anything, and if the registry update fails the new document is removed again.
 */
import { basename } from 'node:path';
import { GitCommandManager } from '../adapters/git.js';
import { findRepoRoot } from '../adapters/repo-root.js';
import {
  finishInterruptedDrafts,
  readRegistry,
  readUserText,
  resolveLink,
  updateRegistry,
  writeDocumentAndEntry,
  writeTextAtomic,
  writtenByAnotherDraft,
} from '../adapters/store.js';
import { readEachPackage, rootPackageFoldersAt, workingTreeSource } from '../adapters/workspace.js';
import { isWorkCommit, type NonWorkPaths, nonWorkPaths } from '../core/attribution.js';
import {
  doneArchiveOf,
  handoffNameRegExp,
  handoffPath,
  parseDuration,
  taskIdRegExp,
} from '../core/config.js';
import { missingElements } from '../core/document/elements.js';
import { documentFacts, openBlockers, openNextSteps, saysNothing } from '../core/document/facts.js';
import { parseHandoff } from '../core/document/parse.js';
import {
  composeDraft,
  type Draft,
  fallbackDecides,
  sameItemText,
  selectTaskRange,
  sinceSession,
  type TaskCommitsInput,
  timeFieldsLeftOpen,
} from '../core/draft.js';
import {
  type AnswerPlace,
  applyDraftInput,
  checkDraftAnswers,
  checkRemaining,
  type DraftInput,
  fillDraft,
  holdsTemplateText,
  mergeDraftInputs,
  type RenderedDraft,
  type StatedTime,
  timeSpentHours,
  toDraftAnswers,
} from '../core/draft-input.js';
import { InputError } from '../core/errors.js';
import { checkGivenInput } from '../core/input-limits.js';
import { AGENT_ENV, checkAgentName, checkTaskId } from '../core/lifecycle.js';
import type {
  AgentEntry,
  CommitInfo,
  CoverageSummary,
  ElementName,
  HandoffConfig,
  HandoffDocument,
  Registry,
  ReportWarning,
  TestSummary,
  TimeField,
} from '../core/model.js';
import { type NetFileChange, parseNetDiff } from '../core/net-change.js';
import { type NoiseKind, noiseKind, parseLinguistAttributes } from '../core/noise.js';
import { outsideFolders } from '../core/package-ranges.js';
import { asInProject, isInFolders, linkProblem, normalizeLink, type ShownPath } from '../core/paths.js';
import {
  activeTasks,
  agentEntries,
  checkRegistry,
  detailsLinks,
  handoffFilesByTask,
  heldTask,
  linkedBy,
  meantTask,
  othersActiveOn,
  serializeRegistry,
  slipOfAgentName,
  withEntry,
} from '../core/registry.js';
import { warningsNamed } from '../core/reports.js';
import type { RecordedSessionTime, TimeRule } from '../core/session-time.js';
import { shellWord } from '../core/shell.js';
import { AGENT_SLOT, commandWord } from '../core/slots.js';
import { needsCaseResults, recordedTests } from '../core/test-deltas.js';
import { tasksActiveAtCommitsIn } from './finished-tasks.js';
import { nextPushCommits } from './next-push.js';
import { firstSessionStart, setupCommitCount, sinceDay } from './session-start.js';
import { isOthersDraft, latestToContinue, listTaskHandoffs } from './task-handoffs.js';

/** Commits read when nothing says where the session started. */
export const FALLBACK_COMMIT_COUNT = 50;

export interface DraftOptions {
  repoRoot: string;
  config: HandoffConfig;
  taskId: string;
  agent?: string;
  /** `$HANDOFF_AGENT`: the agent when `agent` is not given (see `findAgent`). */
  envAgent?: string;
  from?: string;
  to?: string;
  tests?: string[];
  coverage?: string;
  now: Date;
  /** `--stdout` (MCP `preview`): compose only, write nothing; it refuses where the same command would. */
  preview?: boolean;
  /** `--churn`: lines summed over the commits beside the net change. */
  churn?: boolean;
  /** `--time-rule`; default `gap`. */
  timeRule?: TimeRule;
  /** The user's time zone (`TZ`): the draft's date and title are the session's own day there. */
  timeZone?: string;
  /** Called once the facts are known, before composing: the prompts (or nothing). */
  askAnswers?: () => Promise<DraftInput>;
  /** What flags or `--input` JSON say (decisions, blockers, resolved, next, progress, remaining, note). */
  input?: DraftInput;
  /** Where `--input` JSON wrote each answer, for an error about one (`readDraftInputJson`). */
  inputPlaces?: AnswerPlace;
  /**
   * How the plan's notes and warnings name a path for the user (as it is by default). Its own paths
   * (`path`, `previousPath`) stay the project's.
   */
  shown?: ShownPath;
}

export interface DraftPlan {
  draft: RenderedDraft & Pick<Draft, 'trimmed'> & Partial<Pick<Draft, 'notOneSession'>>;
  /**
   * `new`: a new session's handoff, created; `fill`: this session's own uncommitted draft (it still
   * held template text), completed in place with the answers given (`fillDraft`).
   */
  mode: 'new' | 'fill';
  agent: string;
  /** Repository-relative path of the new handoff. */
  path: string;
  session: number;
  previousPath?: string;
  /** Which commits were read, in words: `after 1a2b3c4, the last commit touching …`. */
  rangeNote: string;
  /** The task's work commits in the range. */
  commitCount: number;
  /** The task's merge commits in the range (listed, not counted as work). */
  mergeCount: number;
  /** Their files named as `DraftOptions.shown` says. */
  warnings: ReportWarning[];
  /** Notes for the user (a registry entry that will be created, a link that was ignored). */
  notes: string[];
  /** What the registry entry becomes (patch for `withEntry`). */
  registryPatch: Partial<AgentEntry>;
  /** Required elements a person still has to fill in (`missingElements` of the draft). */
  toFillIn: ElementName[];
  /** Carried next steps a commit seems to have done, still open in the draft (`Draft.maybeDone`). */
  maybeDone: Draft['maybeDone'];
}

/** Gathers facts and composes the draft; writes nothing. */
export function planDraft(options: DraftOptions): Promise<DraftPlan> {
  // Closed when done, on every path: a git left open keeps its `git cat-file` processes running
  // after the answer (in `handoff mcp`, more at every call).
  return GitCommandManager.at(options.repoRoot, undefined, async (git) => {
    const plan = await planDraftWith(git, options);
    // Over the word budget is a warning like the others: said in the text and in JSON's `warnings`.
    if (plan.draft.overBudget)
      plan.warnings.push({
        file: (options.shown ?? asInProject)(plan.path),
        message: `the draft has ${plan.draft.words} words, over the ${options.config.wordBudget}-word budget; a short handoff gets read, so trim it`,
        rule: 'draft/over-budget',
      });
    return plan;
  });
}

async function planDraftWith(git: GitCommandManager, options: DraftOptions): Promise<DraftPlan> {
  const { repoRoot, config, taskId, now } = options;
  const shown = options.shown ?? asInProject;
  checkGivenInput({ ...options.input });
  // (An empty `start`/`done --note` clears the registry's note; a draft's note is its Current State.)
  checkDraftAnswers(options.input, options.inputPlaces);
  const statedHours =
    options.input?.timeSpent === undefined ? undefined : timeSpentHours(options.input.timeSpent);
  if (options.input?.remaining !== undefined) checkRemaining(options.input.remaining);
  // A draft killed between writing its document and linking it left a note: finish it first.
  const notes: string[] = options.preview ? [] : await finishInterruptedDrafts(repoRoot, config);
  const { registry } = await readRegistry(repoRoot, config);
  // After the registry is read: an id that mistypes a task it holds is named (`meantTask`).
  checkTaskId(config, taskId, registry);
  const named = options.agent ?? options.envAgent;
  if (named !== undefined) checkAgentName(named, registry);
  let found: ReturnType<typeof findAgent>;
  try {
    found = findAgent(registry, config, taskId, options.agent, options.envAgent);
  } catch (error) {
    throw await inPackageInstead(error, repoRoot, config, taskId, shown);
  }
  const { agent, entry } = found;
  const registryPatch: Partial<AgentEntry> = {};
  if (!entry) {
    registryPatch.status = 'in_progress';
    registryPatch.current_task = taskId;
    registryPatch.task_started = now.toISOString().slice(0, 10);
    notes.push(`Adding agent "${agent}" to the registry, working on ${taskId}.`);
  } else if (!entry.current_task) {
    registryPatch.current_task = taskId;
  }

  // Another agent's draft of the task, not committed yet, is theirs: neither filled in nor continued
  // from here (the session numbers past it below). With no commits, nothing is committed: as before.
  const stateOf = async (path: string) => ((await git.hasCommits()) ? git.uncommitted(path) : 'clean');
  const uncommitted = async (path: string) => (await stateOf(path)) !== 'clean';
  const previous = await findPreviousHandoff(
    repoRoot,
    config,
    taskId,
    registry,
    agent,
    entry,
    notes,
    uncommitted,
  );
  // Asked for a preview too (`--stdout`): it shows what the same command would write.
  const previousState = previous?.path === undefined ? 'clean' : await stateOf(previous.path);
  const previousUncommitted = previousState !== 'clean';
  // This session's own draft (a pre-compact hook wrote it), waiting for what only the agent knows:
  // never committed, with template text left. A committed handoff edited since (its Progress may
  // still read `(to fill in)`, which the check allows) is a finished session, not filled again.
  // So is this agent's own handoff committed as a template by the last commit (a draft run without
  // answers, then committed, the push refused): the check calls it incomplete, and a new session
  // beside it would leave an empty session in the task's history, counted in every resume. Answers
  // fill it in. Once anything is committed after it, the next session is a new one.
  const committedTemplate =
    previousState === 'clean' &&
    previous?.path !== undefined &&
    entry?.details_link === previous.path &&
    holdsTemplateText(previous.document) &&
    missingElements(previous.document, config.requiredElements).length > 0 &&
    (await lastCommitTouches(git, previous.path));
  if (
    previous &&
    options.input &&
    ((previousState === 'new' && holdsTemplateText(previous.document)) || committedTemplate)
  ) {
    const plan = planFill(
      config,
      previous as PreviousHandoff & { path: string },
      options.input,
      {
        agent,
        notes,
        registryPatch,
        committed: committedTemplate,
      },
      shown,
      options.input.progress === undefined
        ? undefined
        : await progressBefore(repoRoot, config, taskId, previous.session),
      statedHours === undefined
        ? undefined
        : {
            hours: statedHours,
            earlier: await readEarlierSessions(repoRoot, config, taskId, previous.session ?? 1),
          },
      options.inputPlaces,
    );
    // The draft already holds the facts it was made from; reports are read only for a new session.
    const unread = [
      ...(options.tests?.length ? ['--tests'] : []),
      ...(options.coverage ? ['--coverage'] : []),
      ...(options.from !== undefined ? ['--from'] : []),
      ...(options.to !== undefined ? ['--to'] : []),
    ];
    if (unread.length > 0) {
      plan.warnings.push({
        file: shown(previous.path as string),
        message: `${unread.join(', ')} not read: filling in this session's uncommitted draft keeps the facts it was drafted with (commit it and draft the next session to read reports or another range)`,
        rule: 'draft/fill-reports',
      });
    }
    return plan;
  }
  // With two agents on a task, the other's session N+1 may be there already: linked by them (a draft
  // not committed yet too), or committed and no longer linked (they have drafted N+2 since). This
  // agent's next session comes after those. Any other file (an interrupted draft, a person's notes, a
  // session of an agent not on this task) is not passed over: `draft/exists` says so below.
  let session = (previous?.session ?? 0) + 1;
  const isAnotherSession = anotherAgentsSessions(repoRoot, git, registry, taskId, agent);
  const passedOver: string[] = [];
  while (await isAnotherSession(handoffPath(config, taskId, session))) {
    passedOver.push(handoffPath(config, taskId, session));
    session++;
  }
  const path = handoffPath(config, taskId, session);
  const pathProblem = linkProblem(path, 'handoff path');
  if (pathProblem) throw new InputError(pathProblem, {}, 'config/handoff-path');
  const target = await resolveLink(repoRoot, path);
  if (!target.ok) throw new InputError(target.message, { file: path }, target.rule);
  if (target.exists) throw alreadyExists(path);
  registryPatch.details_link = path;

  if (previous?.path && previousUncommitted) {
    // The check reads commits: an edited but uncommitted handoff does not make the task fresh, and a
    // new session drafted on top of it would carry over a handoff nobody has saved. A preview says so
    // too: it answers what the same command would do, and that command would refuse.
    throw new InputError(
      'this handoff has changes that are not committed: commit it (the check reads commits, so that is what makes the task fresh), then draft the next session when it ends',
      { file: previous.path },
      'draft/previous-uncommitted',
    );
  }
  const tasks = activeTasks(registry, config);
  const range = await readSessionRange(git, options, previous?.path, entry?.task_started);
  const handoffFiles = handoffFilesByTask(tasks);
  const links = detailsLinks(registry);
  const nonWork = nonWorkPaths(config.handoffDir, config.registry, [...links, path], doneArchiveOf(config));
  const taskInput: TaskCommitsInput = {
    taskId,
    activeTaskIds: tasks.map((t) => t.taskId),
    handoffFiles,
    taskIds: taskIdRegExp(config),
    ...(range.branch === undefined ? {} : { branch: range.branch }),
    ...(range.afterHandoff === undefined ? {} : { handoffPath: range.afterHandoff.path }),
    nonWork,
  };
  if (range.fromTaskStart) await leaveOutSetup(git, options.repoRoot, config, range, taskInput);
  // The fallback as the next push decides and gives it (`nextPushCommits`): read only where it
  // decides something. A range given with `--from` (the check's fix names the range it judged) is
  // judged as given, as `check --base` judges it: its own commits decide the fallback and get it.
  if (options.from === undefined && fallbackDecides(range.commits, taskInput)) {
    const push = { branch: range.branch, topLevel: await findRepoRoot(options.repoRoot) };
    const pushed = await nextPushCommits(git, push);
    if (pushed)
      taskInput.nextPush = outsideFolders(pushed, range.packages ?? []).filter((commit) => !commit.elsewhere);
  }
  // Commits of a task another agent has finished since, made while it was active: its own.
  const activeAtCommit = await tasksActiveAtCommitsIn(repoRoot, config, range.commits, registry, git);
  const taskRange = selectTaskRange(
    range.commits,
    activeAtCommit.size > 0 ? { ...taskInput, activeAtCommit } : taskInput,
  );
  const commits = taskRange.work;
  const net = range.head ? await readNetChange(git, range, taskRange, nonWork) : undefined;
  const noise = net ? await readNoise(git, net.files, range.head) : undefined;
  const earlierSessions = await readEarlierSessions(repoRoot, config, taskId, session);

  const warnings: ReportWarning[] = [];
  if (passedOver.length > 0) {
    // Open items are carried over from one handoff, this agent's own: another agent's newer sessions
    // of the task may hold next steps and blockers that would be lost without a word.
    // One not committed is said so: that is why this draft neither continues from it nor fills it in.
    const one = passedOver.length === 1;
    const them = one ? 'it' : 'them';
    const unsaved = await unsavedSessions(passedOver, stateOf, shown);
    warnings.push({
      file: passedOver.map(shown).join(', '),
      message: `${one ? 'is another agent’s newer session' : 'are other agents’ newer sessions'} of ${taskId}${unsaved}, and ${one ? 'its' : 'their'} open next steps and blockers are not carried over (this draft carries ${previous?.path ? `those of ${shown(previous.path)}` : 'none: it has no earlier session to carry them from'}); read ${them} (\`handoff resume --task ${shellWord(taskId)}\`) and pass what still holds with --next and --blocker`,
      rule: 'draft/newer-sessions',
    });
  }
  let tests: TestSummary | undefined;
  if (options.tests && options.tests.length > 0) {
    // Each test's result serves only to compare with failing tests the earlier handoff named.
    const before = previous && recordedTests(previous.document, documentFacts(previous.document).tests);
    const caseResults = needsCaseResults(before);
    const { readTestReports } = await reportReaders();
    const read = await readTestReports(options.tests, repoRoot, { caseResults });
    tests = read.summary;
    warnings.push(...warningsNamed(read.warnings, shown));
  }
  let coverage: CoverageSummary | undefined;
  if (options.coverage) {
    const { readCoverage } = await reportReaders();
    const read = await readCoverage(options.coverage, repoRoot);
    coverage = read.coverage;
    warnings.push(...warningsNamed(read.warnings, shown));
  }

  // What was typed at the prompts comes after what flags gave, as flags come after `--input` JSON.
  const asked = options.askAnswers ? await options.askAnswers() : undefined;
  const input = asked ? mergeDraftInputs(options.input ?? {}, asked) : options.input;
  if (asked) checkDraftAnswers(input, options.inputPlaces);
  const answers = input ? toDraftAnswers(input) : undefined;
  if (input?.note !== undefined) registryPatch.brief_note = input.note.trim();
  const status = entry?.status ?? registryPatch.status;
  const composed = composeDraft({
    taskId,
    agent,
    session,
    now,
    ...(status ? { status } : {}),
    ...(previous
      ? {
          previous: {
            document: previous.document,
            ...(previous.session ? { session: previous.session } : {}),
          },
        }
      : {}),
    commits,
    merges: taskRange.merges,
    emptyCommits: taskRange.empty,
    ...(net ? { net } : {}),
    ...(noise ? { noise } : {}),
    ...(options.churn ? { churn: true } : {}),
    ...(options.timeRule ? { timeRule: options.timeRule } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    earlierSessions,
    ...(statedHours === undefined ? {} : { statedHours }),
    ...(tests ? { tests } : {}),
    ...(coverage ? { coverage } : {}),
    sessionGapMs: parseDuration(config.sessionGap),
    wordBudget: config.wordBudget,
    ...(answers ? { answers } : {}),
  });
  // With another agent's newer sessions passed over, the task's progress stands where the latest of
  // them put it: the delta is against that session, not this agent's own last one.
  const progressFrom =
    passedOver.length > 0
      ? { ...composed, previousProgress: await progressBefore(repoRoot, config, taskId, session) }
      : composed;
  const draft = input
    ? applyDraftInput(progressFrom, input, config.wordBudget, options.inputPlaces)
    : composed;
  if (input) warnings.push(...noneBesideOpenItems(draft.document, input, shown(path)));
  warnings.push(...timeFieldWarnings(draft.document, shown(path)));
  const plan: DraftPlan = {
    draft,
    mode: 'new',
    agent,
    path,
    session,
    rangeNote: range.note,
    commitCount: commits.length,
    mergeCount: taskRange.merges.length,
    warnings,
    notes,
    registryPatch,
    toFillIn: missingElements(draft.document, config.requiredElements),
    // Those `--resolved` checked off are settled.
    maybeDone: composed.maybeDone.filter((m) =>
      openNextSteps(draft.document).some((step) => step.text === m.step),
    ),
  };
  if (previous) plan.previousPath = previous.path;
  return plan;
}

/**
 * Time Spent or Estimated Remaining still "(to fill in)": not required (the check passes without
 * them), but a handoff that says so is not done, and nothing else would say what fills them.
 */
function timeFieldWarnings(document: HandoffDocument, path: string): ReportWarning[] {
  return timeFieldsLeftOpen(document).map((field) => ({ file: path, ...TIME_FIELD_LEFT_OPEN[field] }));
}

const TIME_FIELD_LEFT_OPEN: Readonly<Record<TimeField, { message: string; rule: string }>> = {
  timeSpent: {
    message:
      'Time Spent is left to fill in (no commits to estimate it from): --time-spent states it, e.g. --time-spent 45m',
    rule: 'draft/time-spent',
  },
  remaining: {
    message:
      'Estimated Remaining is left to fill in: --remaining states it, e.g. --remaining 3h (--progress 100 states 0 hours)',
    rule: 'draft/remaining',
  },
};

/**
 * `--blocker None` while a carried blocker is still open, or `--next None` while a carried step is:
 * the None is left out (it would be untrue beside it), and the warning says how the item is closed,
 * rather than drop the answer silently.
 */
function noneBesideOpenItems(document: HandoffDocument, input: DraftInput, path: string): ReportWarning[] {
  const lists = [
    {
      answers: input.blockers,
      open: openBlockers(document),
      flag: '--blocker',
      what: 'blocker(s)',
      settled: 'settled',
      rule: 'draft/none-beside-blocker',
    },
    {
      answers: input.next,
      open: openNextSteps(document),
      flag: '--next',
      what: 'next step(s)',
      settled: 'done',
      rule: 'draft/none-beside-step',
    },
  ];
  return lists.flatMap(({ answers, open: listed, flag, what, settled, rule }) => {
    if (!answers?.some(saysNothing)) return [];
    // Carried ones only: an item given beside the None (`--blocker None --blocker "DB down"`) is no
    // open item the agent forgot.
    const given = new Set(answers.map(sameItemText));
    const open = listed.filter((item) => !given.has(sameItemText(item.text)));
    if (open.length === 0) return [];
    const first = open[0]?.text ?? '';
    return [
      {
        file: path,
        message: `${flag} None left out: ${open.length} ${what} are still open ("${first.slice(0, 80)}"${open.length > 1 ? ', …' : ''}); if one is ${settled}, pass --resolved "<its words>"`,
        rule,
      },
    ];
  });
}

/** Whether HEAD's commit is the last that touched `path`. */
async function lastCommitTouches(git: GitCommandManager, path: string): Promise<boolean> {
  const head = await git.headCommit();
  return head !== undefined && (await git.lastTouchingCommits([path])).get(path) === head;
}

/** The plan that completes this session's uncommitted draft in place (`DraftPlan.mode` `fill`). */
function planFill(
  config: HandoffConfig,
  previous: PreviousHandoff & { path: string },
  input: DraftInput,
  known: Pick<DraftPlan, 'agent' | 'notes' | 'registryPatch'> & { committed?: boolean },
  /** How the notes and warnings name a path (`DraftOptions.shown`). */
  shown: ShownPath,
  previousProgress?: Draft['previousProgress'],
  stated?: StatedTime,
  /** Where `--input` JSON wrote each answer (`DraftOptions.inputPlaces`). */
  placeOf?: AnswerPlace,
): DraftPlan {
  const filled = fillDraft(previous.document, input, config.wordBudget, previousProgress, stated, placeOf);
  const registryPatch: Partial<AgentEntry> = { details_link: previous.path };
  if (input.note !== undefined) registryPatch.brief_note = input.note.trim();
  return {
    draft: { ...filled, trimmed: [] },
    mode: 'fill',
    agent: known.agent,
    path: previous.path,
    session: previous.session ?? 1,
    rangeNote: `the commits it listed when it was drafted (not read again)`,
    commitCount: documentFacts(filled.document).commitShas.length,
    mergeCount: 0,
    warnings: [
      ...noneBesideOpenItems(filled.document, input, shown(previous.path)),
      ...timeFieldWarnings(filled.document, shown(previous.path)),
    ],
    notes: [
      ...known.notes,
      known.committed
        ? `Filled in ${shown(previous.path)}, committed with template text left (the check calls it incomplete): commit it again.`
        : `Filled in ${shown(previous.path)}, this session's draft, which was not committed yet.`,
    ],
    registryPatch: { ...known.registryPatch, ...registryPatch },
    toFillIn: missingElements(filled.document, config.requiredElements),
    maybeDone: [],
  };
}

/**
 * Writes the planned draft and points the registry at it, after checking both with the rules
 * `validate` applies (nothing is written when either would break one). The two writes are one step
 * that an interruption never leaves half-done: see `writeDocumentAndEntry`.
 */
export async function writeDraft(repoRoot: string, config: HandoffConfig, plan: DraftPlan): Promise<void> {
  const { current_task: task } = plan.registryPatch;
  const { registry } = await readRegistry(repoRoot, config);
  checkDraftInputs(config, typeof task === 'string' ? task : undefined, plan.agent, registry);
  const [problem] = checkRegistry(
    serializeRegistry(withEntry(registry, plan.agent, plan.registryPatch)),
    config.registry,
    config.statuses,
  ).problems;
  if (problem) {
    throw new InputError(
      `the draft would make the registry invalid, so nothing was written: ${problem.message}`,
      { file: config.registry },
      problem.rule,
    );
  }
  if (plan.mode === 'fill') {
    // The document is this session's own draft, replaced whole (atomically); then the registry.
    const target = await resolveLink(repoRoot, plan.path);
    if (!target.ok) throw new InputError(target.message, { file: plan.path }, target.rule);
    await writeTextAtomic(target.absPath, plan.draft.markdown, repoRoot);
    await updateRegistry(repoRoot, config, (registry) => withEntry(registry, plan.agent, plan.registryPatch));
    return;
  }
  await writeDocumentAndEntry(
    repoRoot,
    config,
    { path: plan.path, text: plan.draft.markdown },
    plan.agent,
    plan.registryPatch,
    async () =>
      (await writtenByAnotherDraft(repoRoot, config, plan.path))
        ? writtenMeanwhile(plan.path)
        : alreadyExists(plan.path),
  );
}

/**
 * Two drafts of one task at once: the other wrote this session first (the lock keeps the registry
 * whole, the file name is taken by the first). Nothing of this one is written; deleting the file, as
 * `alreadyExists` says for a file no draft links, would destroy the other's handoff.
 */
function writtenMeanwhile(path: string): InputError {
  return new InputError(
    'another draft wrote this session while this one ran (two drafts of the task at once): nothing of this one was written; read that handoff (`handoff resume`), and draft again if this session has more to say',
    { file: path },
    'draft/written-meanwhile',
  );
}

function alreadyExists(path: string): InputError {
  return new InputError(
    "the next handoff already exists but the registry does not link it (an interrupted draft, or one made by hand): keep it by pointing the agent's details_link at it, or delete it; then draft again",
    { file: path },
    'draft/exists',
  );
}

/**
 * Whether a session file is another agent's of the same task: one they link, or one committed whose
 * `**Agent**` is one of them (they have drafted past it since). git is asked about a file only when
 * its header names one of them.
 */
function anotherAgentsSessions(
  repoRoot: string,
  git: GitCommandManager,
  registry: Registry,
  taskId: string,
  agent: string,
): (path: string) => Promise<boolean> {
  const others = new Set(
    agentEntries(registry)
      .filter(([name, entry]) => name !== agent && entry.current_task === taskId)
      .map(([name]) => name),
  );
  return async (path) => {
    if (linkedBy(registry, path, agent) !== undefined) return true;
    if (others.size === 0) return false;
    const found = await resolveLink(repoRoot, path);
    if (!found.ok || !found.exists) return false;
    const writer = documentFacts(parseHandoff(await readUserText(found.absPath, path), path)).agent;
    if (writer === undefined || !others.has(writer)) return false;
    return (await git.hasCommits()) && !(await git.hasUncommittedChanges(path));
  };
}

/**
 * What the `draft/newer-sessions` warning says of the sessions it passes over that are not committed
 * (another agent's drafts, which no draft continues from): after the one session or the sessions all
 * alike, `, not committed yet (...)`; else each such one named in parentheses. Empty when all are
 * committed.
 */
async function unsavedSessions(
  passedOver: readonly string[],
  stateOf: (path: string) => Promise<'clean' | 'new' | 'changed'>,
  shown: (path: string) => string,
): Promise<string> {
  const said = { new: 'not committed yet', changed: 'with changes not committed' } as const;
  const unsaved: { path: string; state: 'new' | 'changed' }[] = [];
  for (const path of passedOver) {
    const state = await stateOf(path);
    if (state !== 'clean') unsaved.push({ path, state });
  }
  const first = unsaved[0];
  if (!first) return '';
  const why = 'no draft continues from another agent’s uncommitted draft';
  if (unsaved.length === passedOver.length && unsaved.every((u) => u.state === first.state))
    return `, ${said[first.state]} (${why})`;
  return ` (${unsaved.map((u) => `${shown(u.path)} ${said[u.state]}`).join(', ')}: ${why})`;
}

/**
 * At a monorepo's root, a task no agent of the root's registry holds, that a package's registry
 * does: said, with the command that drafts it there (as `resume` resumes it there), instead of
 * "pass --agent", which would start a session of it at the root. Any other error as it was.
 */
async function inPackageInstead(
  error: unknown,
  repoRoot: string,
  config: HandoffConfig,
  taskId: string,
  shown: ShownPath,
): Promise<unknown> {
  if (!(error instanceof InputError) || error.rule !== 'registry/no-agent' || config.workspaces.length === 0)
    return error;
  const packages = await readEachPackage({ source: workingTreeSource(repoRoot), config }, { links: 'none' });
  const holding = packages.flatMap((read) =>
    'workspace' in read &&
    agentEntries(read.workspace.registry.registry).some(([, entry]) => heldTask(entry) === taskId)
      ? [read.folder]
      : [],
  );
  if (holding.length === 0) return error;
  const commands = holding.map(
    (folder) => `\`handoff -C ${shellWord(shown(folder))} draft --task ${shellWord(taskId)}\``,
  );
  return new InputError(
    `no agent in the root's registry has current_task ${taskId}; ${holding.join(', ')} ${holding.length === 1 ? 'has' : 'have'} it in ${holding.length === 1 ? 'its' : 'their'} own: draft it there, ${commands.join(' or ')}, with the same answers`,
    error.location,
    error.rule,
  );
}

/**
 * What `draft` refuses by the rules `start` applies: the task id (`checkTaskId`), and an agent name
 * it would add to `registry` (`checkAgentName`; an entry already there is taken as it is).
 */
export function checkDraftInputs(
  config: HandoffConfig,
  taskId: string | undefined,
  agent: string | undefined,
  registry: Registry,
): void {
  if (taskId !== undefined) checkTaskId(config, taskId, registry);
  if (agent !== undefined) checkAgentName(agent, registry);
}

/**
 * The registry entry writing this handoff: `--agent`, else `$HANDOFF_AGENT`, else the one entry
 * whose current task this is — the one still active on it, when an agent that finished it (complete,
 * idle…) still names it, as the check counts them.
 */
function findAgent(
  registry: Registry,
  config: Pick<HandoffConfig, 'activeStatuses' | 'registry'>,
  taskId: string,
  agentName: string | undefined,
  envAgent: string | undefined,
): { agent: string; entry?: AgentEntry } {
  const entries = agentEntries(registry);
  const named = agentName ?? envAgent;
  if (named !== undefined) {
    const entry = entries.find(([name]) => name === named)?.[1];
    if (
      entry &&
      typeof entry.current_task === 'string' &&
      entry.current_task !== '' &&
      entry.current_task !== taskId
    ) {
      const who = agentName === undefined ? `$${AGENT_ENV} is "${named}", who` : `agent "${named}"`;
      const others = entries.filter(([, e]) => e.current_task === taskId).map(([name]) => name);
      const instead =
        agentName === undefined && others.length > 0 ? ` or pass --agent ${others.join('|')}` : '';
      // An entry that is done (or idle) still names the task it was on, but works on none.
      const on = config.activeStatuses.includes(entry.status)
        ? `is working on ${entry.current_task}`
        : `is ${entry.status} on ${entry.current_task}`;
      // The id one slip from the task the agent is on: that task mistyped, most likely.
      const meant = meantTask(taskId, entries) === entry.current_task ? entry.current_task : undefined;
      const switchTo = `switch it with \`handoff start --task ${shellWord(taskId)} --agent ${shellWord(named)}\` first`;
      throw new InputError(
        `${who} ${on}, not ${taskId}: ${meant === undefined ? switchTo : `did you mean --task ${shellWord(meant)}? To take up ${taskId} instead, ${switchTo}`}${instead}`,
        { file: config.registry },
        'registry/agent-task',
      );
    }
    // An agent named by the environment alone, not on the task, while others are: the shell's
    // $HANDOFF_AGENT running a fix printed for another agent would add a second agent to the task
    // (and leave the stale one stale). It has to be said on the command line.
    const names = othersActiveOn(registry, config, taskId, named);
    // A new name one slip from an agent active on the task is that agent mistyped: added, it would
    // be a second agent on the task, whose handoff the check then asks for beside the first one's.
    const slip = entry === undefined ? slipOfAgentName(named, names) : undefined;
    const onPurpose = `run \`handoff start --task ${shellWord(taskId)} --agent ${shellWord(named)}\` first`;
    if (agentName === undefined && entry?.current_task !== taskId && names.length > 0) {
      const join =
        slip === undefined
          ? `, or --agent ${named} to join the task`
          : `; to add ${named} beside ${slip} on purpose, ${onPurpose}`;
      throw new InputError(
        `$${AGENT_ENV} is "${named}", who is not on ${taskId}; ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'}: pass --agent ${names.join('|')}${join}`,
        { file: config.registry },
        'registry/agent-task',
      );
    }
    if (slip !== undefined) {
      throw new InputError(
        `agent "${named}" is not in the registry, and ${slip} is on ${taskId}: did you mean --agent ${shellWord(slip)}? To add ${named} as another agent on ${taskId}, ${onPurpose}`,
        { file: config.registry },
        'registry/agent-slip',
      );
    }
    return entry ? { agent: named, entry } : { agent: named };
  }
  const onTask = entries.filter(([, e]) => e.current_task === taskId);
  const active = onTask.filter(([, e]) => config.activeStatuses.includes(e.status));
  const matching = onTask.length > 1 && active.length > 0 ? active : onTask;
  const [first] = matching;
  if (!first) {
    const meant = meantTask(taskId, entries);
    throw new InputError(
      `no agent in the registry has current_task ${taskId}; ${meant === undefined ? '' : `did you mean --task ${shellWord(meant)}? Else `}pass --agent ${commandWord(AGENT_SLOT)}`,
      { file: config.registry },
      'registry/no-agent',
    );
  }
  if (matching.length > 1) {
    throw new InputError(
      `agents ${matching.map(([name]) => name).join(', ')} all have current_task ${taskId}; pass --agent ${matching.map(([name]) => name).join('|')} or set ${AGENT_ENV}`,
      { file: config.registry },
      'registry/ambiguous-agent',
    );
  }
  return { agent: first[0], entry: first[1] };
}

interface PreviousHandoff {
  path: string;
  document: HandoffDocument;
  session?: number;
}

/**
 * The progress the task's latest session before `session` stated (the handoff a draft being filled
 * in follows), for the delta a new draft gives; undefined when it states none or cannot be read.
 */
async function progressBefore(
  repoRoot: string,
  config: HandoffConfig,
  taskId: string,
  session: number | undefined,
): Promise<Draft['previousProgress']> {
  if (session === undefined) return undefined;
  const before = (await listTaskHandoffs(repoRoot, config, taskId)).filter((h) => h.session < session).pop();
  if (!before) return undefined;
  try {
    const document = await readHandoffAt(repoRoot, before.path);
    const percent = document && documentFacts(document).progressPercent;
    return percent === undefined ? undefined : { percent, since: sinceSession(before.session) };
  } catch (error) {
    // An earlier handoff that cannot be read gives no delta; it is no reason to refuse this draft.
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/**
 * The handoff this one follows: the registry's `details_link` when it names a file that exists, else
 * the highest-numbered `<TASK>-handoff-session<N>.md` in the handoff folder; never another agent's
 * draft not committed yet (`isOthersDraft`). Its session number comes from the file name, else from
 * the document's title.
 */
async function findPreviousHandoff(
  repoRoot: string,
  config: HandoffConfig,
  taskId: string,
  registry: Registry,
  agent: string,
  entry: AgentEntry | undefined,
  notes: string[],
  uncommitted: (path: string) => Promise<boolean>,
): Promise<PreviousHandoff | undefined> {
  const nameRegExp = handoffNameRegExp(config, taskId);
  const link =
    typeof entry?.details_link === 'string' && entry.details_link !== '' ? entry.details_link : undefined;
  // A link `start` gave to another agent's draft not committed yet (the task's latest session then)
  // is continued from once that draft is committed; until then, from the session before it.
  if (link && !(await isOthersDraft(registry, agent, normalizeLink(link), uncommitted))) {
    const resolved = await resolveLink(repoRoot, link);
    if (!resolved.ok) {
      notes.push(`Ignoring details_link: ${resolved.message}.`);
    } else if (!resolved.exists) {
      notes.push(`Ignoring details_link: ${link} does not exist.`);
    } else {
      const document = parseHandoff(await readUserText(resolved.absPath, link), link);
      const fromName = nameRegExp.exec(basename(link))?.[1];
      const session = fromName !== undefined ? Number(fromName) : document.session;
      return { path: normalizeLink(link), document, ...(session !== undefined ? { session } : {}) };
    }
  }
  const best = await latestToContinue(repoRoot, config, taskId, registry, agent, uncommitted);
  if (!best) return undefined;
  const document = await readHandoffAt(repoRoot, best.path);
  return document && { path: best.path, document, session: best.session };
}

/** The handoff at repository path `path`, parsed; undefined when the path leads nowhere it may. */
async function readHandoffAt(repoRoot: string, path: string): Promise<HandoffDocument | undefined> {
  const resolved = await resolveLink(repoRoot, path);
  if (!resolved.ok || !resolved.exists) return undefined;
  return parseHandoff(await readUserText(resolved.absPath, path), path);
}

interface SessionRange {
  /** Every commit of the range, oldest first, merges included. */
  commits: CommitInfo[];
  note: string;
  /** The day of `task_started`, when the range was read from it on the main line (a first session). */
  fromTaskStart?: string;
  branch?: string;
  /** Where the range starts (exclusive; undefined: the empty tree) and ends: the net change's ends. */
  base?: string;
  head?: string;
  /**
   * Set when commits between `base` and the range were left out (another branch's, already pushed):
   * the net change then keeps only the files the task's own commits touched.
   */
  leavesOut?: boolean;
  /** At a monorepo's root, the package folders: their files are none of the root's net change. */
  packages?: readonly string[];
  /** The handoff whose last update (`touch`) the range starts after (not for `--from` or a first session). */
  afterHandoff?: { path: string; touch: string };
}

/**
 * The session's commits, oldest first, with file stats. Start (exclusive): `--from`; else the last
 * commit that touched the previous handoff (one `git log -1`, which stops at the first match); else the
 * task's `task_started` date; else the last FALLBACK_COMMIT_COUNT commits.
 */
async function readSessionRange(
  git: GitCommandManager,
  options: DraftOptions,
  previousPath: string | undefined,
  taskStarted: string | undefined,
): Promise<SessionRange> {
  if (!options.from && !options.to && !(await git.hasCommits())) {
    return { commits: [], note: 'the repository has no commits yet' };
  }
  const toName = options.to ?? 'HEAD';
  // Both ends asked at once (a git process each, ~15 ms apart otherwise); `to`'s failure is told first.
  const fromAsked = options.from === undefined ? undefined : git.revParse(options.from);
  fromAsked?.catch(() => undefined);
  const to = await git.revParse(toName);
  const branch = options.to ? undefined : await git.workBranch();
  // At a monorepo's root, the packages' commits are theirs, as the push judges them.
  const packages = await rootPackageFoldersAt(git, to, options.repoRoot, options.config.workspaces);
  /** The commits of `revisionArgs`, merges included: one `git log`. */
  const read = async (
    revisionArgs: string[],
    base: string | undefined,
    note: string,
    onFirstCommit?: () => void,
  ): Promise<SessionRange> => {
    // A package's commits are not listed at the root, as other folders' are not in a package.
    const log = await git.logRange(revisionArgs, {
      stats: true,
      ...(onFirstCommit ? { onFirstCommit } : {}),
    });
    const commits = outsideFolders(log, packages).filter((commit) => !commit.elsewhere);
    const range: SessionRange = { commits, note, head: to };
    if (packages.length > 0) range.packages = packages;
    if (base !== undefined) range.base = base;
    if (branch !== undefined) range.branch = branch;
    return range;
  };

  if (options.from && fromAsked) {
    const from = await fromAsked;
    // The net change needs only the two ends: once the log shows the range has a commit, git works it
    // out beside the rest of the log, and `readNetChange` gets it from there (remembered; ~40 ms of a
    // 10,000-commit draft otherwise). An empty range (the ends swapped) starts none.
    const range = await read([to, '--not', from], from, `${options.from}..${toName}`, () => {
      git.netDiff(from, to).catch(() => undefined);
    });
    // Nothing after --from, because --to is behind it: the two ends were given the wrong way round.
    if (range.commits.length === 0 && from !== to && (await git.commonAncestor([from, to])) === to)
      range.note += `, which is empty: ${options.from} comes after ${toName} (swap --from and --to?)`;
    return range;
  }
  const start = await firstSessionStart(git, branch, taskStarted);
  if (previousPath) {
    // The handoff's last update as the check, resume and the Stop hook take it: a clean merge that
    // only combines both sides' edits is none (`lastTouchingCommits`).
    const touched = (await git.lastTouchingCommits([previousPath], to)).get(previousPath);
    if (touched) {
      // On a task's own branch, what the main line (or another remote branch) has is not the task's,
      // as for the push and the Stop hook: `excluded` adds those lines after the `--not`.
      const range = await read(
        [to, '--not', touched, ...start.excluded.slice(1)],
        touched,
        `after ${touched.slice(0, 7)}, the last commit touching ${(options.shown ?? asInProject)(previousPath)}${start.besides} (--from changes it)`,
      );
      range.afterHandoff = { path: previousPath, touch: touched };
      if (start.mainLine) range.leavesOut = true;
      return range;
    }
  }
  const range = start.fromDay
    ? await read(
        [sinceDay(start.fromDay), to, ...start.excluded],
        undefined,
        `since ${start.fromDay}, the task's task_started${start.besides} (--from changes it)`,
      )
    : await read(
        [`--max-count=${FALLBACK_COMMIT_COUNT}`, to, ...start.excluded],
        undefined,
        `the last ${FALLBACK_COMMIT_COUNT} commits${start.besides}: no earlier handoff commit or task_started to start from (--from changes it)`,
      );
  // A range cut by date or count has no single start: the net change starts where the main line
  // meets this branch, else at the parent of the range's oldest commit.
  const oldest = range.commits[0];
  const base = start.mainLine
    ? await git.mergeBase(start.mainLine, to)
    : oldest
      ? await git.firstParent(oldest.sha)
      : undefined;
  if (base !== undefined) range.base = base;
  if (start.mainLine) range.leavesOut = true;
  if (!oldest) delete range.head;
  if (start.cutsSetup && start.fromDay) range.fromTaskStart = start.fromDay;
  return range;
}

/**
 * A first session read from the day the task started leaves out that day's setup commits
 * (`setupCommitsBefore`): the range and its net change start after them.
 */
async function leaveOutSetup(
  git: GitCommandManager,
  projectRoot: string,
  config: HandoffConfig,
  range: SessionRange,
  input: TaskCommitsInput,
): Promise<void> {
  if (range.fromTaskStart === undefined) return;
  const setup = await setupCommitCount(git, projectRoot, config, range.commits, input, range.fromTaskStart);
  const first = range.commits[setup.count];
  if (setup.count === 0 || !first) return;
  range.commits = range.commits.slice(setup.count);
  const base = await git.firstParent(first.sha);
  if (base === undefined) delete range.base;
  else range.base = base;
  const earlier = setup.count === 1 ? '1 earlier commit' : `${setup.count} earlier commits`;
  const before =
    setup.endedBy === 'recorded'
      ? `before the registry first had ${input.taskId} active`
      : `before the first naming ${input.taskId}`;
  range.note = `since ${range.fromTaskStart}, the task's task_started, from ${first.sha.slice(0, 7)}: ${earlier} of that day, ${before}, ${setup.count === 1 ? 'is' : 'are'} left out as setup (--from changes it)`;
}

/**
 * The session's net change, `git diff -M base head`, bookkeeping files removed. When the range also
 * holds other tasks' work, or commits between `base` and the range were left out (`leavesOut`), only
 * the files the task's own commits touched are kept (the rest is not this session's change); a
 * subtree merge's paths are then as the task's commits name them.
 */
async function readNetChange(
  git: GitCommandManager,
  range: SessionRange,
  taskRange: { work: CommitInfo[]; foreign: number },
  nonWork: NonWorkPaths,
): Promise<{ base: string; head: string; files: NetFileChange[]; taskFilesOnly?: boolean } | undefined> {
  if (!range.head || range.commits.length === 0) return undefined;
  const isWorkPath = (path: string) => isWorkCommit({ files: [{ path }] } as unknown as CommitInfo, nonWork);
  const packages = new Set(range.packages);
  const isRootWorkPath = (path: string) => isWorkPath(path) && !isInFolders(path, packages);
  let files = parseNetDiff(await git.netDiff(range.base, range.head)).filter(
    (f) => isRootWorkPath(f.path) || (f.oldPath !== undefined && isRootWorkPath(f.oldPath)),
  );
  const base = range.base ?? EMPTY_TREE;
  if (taskRange.foreign > 0 || range.leavesOut) {
    const touched = new Set(taskRange.work.flatMap((c) => c.files.map((f) => f.path)));
    files = files.filter((f) => touched.has(f.path) || (f.oldPath !== undefined && touched.has(f.oldPath)));
    return { base, head: range.head, files, taskFilesOnly: true };
  }
  return { base, head: range.head, files };
}

/** git's empty tree, shown as the base of a range that starts at the root commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** Which changed files are noise, by `.gitattributes` (Linguist) and the default list. */
async function readNoise(
  git: GitCommandManager,
  files: readonly NetFileChange[],
  rev: string | undefined,
): Promise<Map<string, NoiseKind>> {
  const paths = files.map((f) => f.path);
  const attributes = parseLinguistAttributes(await git.linguistAttributes(paths, rev));
  const noise = new Map<string, NoiseKind>();
  for (const path of paths) {
    const kind = noiseKind(path, attributes.get(path));
    if (kind) noise.set(path, kind);
  }
  return noise;
}

/**
 * Earlier sessions' times as their handoffs state them (each handoff's own Time Spent), oldest
 * first: every `<TASK>-handoff-session<N>.md` in the handoff folder below this session's number.
 * A handoff that cannot be read counts as one that states no time.
 */
async function readEarlierSessions(
  repoRoot: string,
  config: HandoffConfig,
  taskId: string,
  session: number,
): Promise<RecordedSessionTime[]> {
  const found = await listTaskHandoffs(repoRoot, config, taskId);
  const sessions: RecordedSessionTime[] = [];
  for (const { session: number, path } of found) {
    if (number >= session) continue;
    const entry: RecordedSessionTime = { session: number };
    try {
      const resolved = await resolveLink(repoRoot, path);
      if (resolved.ok && resolved.exists) {
        const hours = documentFacts(parseHandoff(await readUserText(resolved.absPath, path))).timeSpentHours;
        if (hours !== undefined) entry.hours = hours;
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
    sessions.push(entry);
  }
  return sessions;
}

/**
 * The report readers (an XML parser, globs: dist/lib/saxes.cjs and tinyglobby.cjs in the bundles),
 * loaded only when a report is given: most drafts name none, and the agent hooks that draft run
 * with no report at all.
 */
function reportReaders(): Promise<typeof import('../adapters/reports/index.js')> {
  return import('../adapters/reports/index.js');
}
