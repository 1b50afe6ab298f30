/**
 * What `handoff draft` learns from a person or an agent instead of from the facts: decisions, new
 * blockers, resolved items, next steps, progress, time remaining, a one-line state note. The prompts
 * ask for some of it in a terminal; flags (`--decision`, `--blocker`, …) and one JSON document on
 * stdin (`--input -`, schema/draft-input.schema.json) give all of it without a terminal.
 *
 * Decisions, blockers and next steps go through the composer's own answers (`DraftAnswers`); the
 * rest is applied to the composed document here, so the composer stays about facts.
 */
import validateDraftInputSchema, { schema as draftInputSchema } from '../generated/draft-input.validator.js';
import { emptySection } from './document/build.js';
import {
  elementStates,
  elementTitle,
  isFillInMark,
  isPlaceholderText,
  sectionTexts,
} from './document/elements.js';
import { hoursIn, openBlockers, openNextSteps } from './document/facts.js';
import { fieldFactOf } from './document/labels.js';
import { renderHandoff } from './document/render.js';
import {
  appendAnswers,
  confirmedGuess,
  type Draft,
  type DraftAnswers,
  dropNoneBesideItems,
  pointsChange,
  sameItemText,
  stateTimeSpent,
} from './draft.js';
import { InputError, type SourceLocation } from './errors.js';
import { type LocatedJson, locationOf, parseJsonLocated, STDIN_NAME } from './json-location.js';
import type { HandoffDocument, ListItem } from './model.js';
import { schemaErrorPointer, schemaRuleWords } from './schema-words.js';
import type { RecordedSessionTime } from './session-time.js';
import { isOnlySlots, LEFT_AS_PRINTED } from './slots.js';
import { unknownKeyMessage } from './unknown-names.js';
import { countWords } from './words.js';

/** Everything `draft` can be told; each key is a flag (`next` is `--next`, repeatable ones are lists). */
export interface DraftInput {
  decisions?: string[];
  blockers?: string[];
  resolved?: string[];
  next?: string[];
  progress?: number;
  remaining?: string;
  /** What the session took, as written (`45m`, `1.5h`, `1h30m`): `timeSpentHours` reads it. */
  timeSpent?: string;
  note?: string;
}

/** The file name the messages use for JSON read from stdin. */
export { STDIN_NAME };

/** The keys of `--input` JSON, as the schema names them. */
const DRAFT_INPUT_KEYS = Object.keys(draftInputSchema.properties ?? {}).filter((key) => key !== '$schema');

/**
 * Where the answer `text` to `key` was written in `--input` JSON (file, line, column), for an error
 * about that value found after the schema (a blank note, template text, a `resolved` matching
 * nothing); `{}` for an answer a flag or a prompt gave.
 */
export type AnswerPlace = (key: AnswerKey, text: string) => SourceLocation;

/** The keys whose answers are text: those an answer error can be about. */
export type AnswerKey = Exclude<keyof DraftInput, 'progress'>;

/** For answers given by no JSON (flags, prompts, MCP arguments): no place. */
const NO_PLACE: AnswerPlace = () => ({});

/** Parses and validates `--input` JSON; InputError with line:column and the schema rule otherwise. */
export function parseDraftInputJson(text: string, file = STDIN_NAME): DraftInput {
  return parseLocated(text, file).input;
}

/**
 * `--input` JSON (`parseDraftInputJson`) with `flags` on top (`mergeDraftInputs`), and where each of
 * its answers was written, for the errors found after the schema (`AnswerPlace`).
 */
export function readDraftInputJson(
  text: string,
  file: string,
  flags: DraftInput,
): { input: DraftInput; placeOf: AnswerPlace } {
  const { input, json } = parseLocated(text, file);
  const placeOf: AnswerPlace = (key, answer) => {
    const value = input[key];
    // The merge trims list items and drops blank ones: an item is found by its text, not its index.
    if (Array.isArray(value)) {
      const index = value.findIndex((item) => item.trim() === answer.trim());
      return index === -1 ? {} : locationOf(json, file, `/${key}/${index}`);
    }
    // A single value a flag gave wins over the JSON's: then the answer is the flag's.
    if (value === undefined || flags[key] !== undefined || value.trim() !== answer.trim()) return {};
    return locationOf(json, file, `/${key}`);
  };
  return { input: mergeDraftInputs(input, flags), placeOf };
}

function parseLocated(text: string, file: string): { input: DraftInput; json: LocatedJson } {
  const json = parseJsonLocated(text, file);
  if (!validateDraftInputSchema(json.value)) {
    const error = validateDraftInputSchema.errors?.[0];
    if (error === undefined) throw new InputError('the input is invalid', { file }, 'schema/invalid');
    const pointer = schemaErrorPointer(error);
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      throw new InputError(
        unknownKeyMessage('input key', key, DRAFT_INPUT_KEYS),
        { file, ...json.locate(pointer, { key: true }) },
        'draft/unknown-key',
      );
    }
    throw new InputError(
      `${inputSubject(error.instancePath)} ${schemaRuleWords(error)}`,
      { file, ...json.locate(pointer, { key: error.keyword === 'required' }) },
      `schema/${error.keyword}`,
    );
  }
  const { $schema: _ignored, ...input } = json.value as DraftInput & { $schema?: string };
  // Read as the flags are, but named as the keys, at their place in the file.
  const times = [
    ['timeSpent', input.timeSpent, timeSpentHours],
    ['remaining', input.remaining, checkRemaining],
  ] as const;
  for (const [key, text, check] of times) {
    if (text === undefined) continue;
    try {
      check(text, `"${key}"`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(error.message, { file, ...json.locate(`/${key}`) }, error.rule);
    }
  }
  return { input, json };
}

/** What a message calls the value at `pointer` in `--input` JSON: `"progress"`, `item 2 of "next"`, `the input`. */
function inputSubject(pointer: string): string {
  const [key, item] = pointer.split('/').slice(1);
  if (key === undefined) return 'the input';
  const name = `"${key.replace(/~1/g, '/').replace(/~0/g, '~')}"`;
  return item === undefined ? name : `item ${Number(item) + 1} of ${name}`;
}

/** Flags on top of JSON input: lists add up, single values from flags win. */
export function mergeDraftInputs(base: DraftInput, flags: DraftInput): DraftInput {
  const merged: DraftInput = { ...base };
  for (const key of ['decisions', 'blockers', 'resolved', 'next'] as const) {
    const items = [...(base[key] ?? []), ...(flags[key] ?? [])].map((s) => s.trim()).filter((s) => s !== '');
    if (items.length > 0) merged[key] = items;
    else delete merged[key];
  }
  if (flags.progress !== undefined) merged.progress = flags.progress;
  if (flags.remaining !== undefined) merged.remaining = flags.remaining;
  if (flags.timeSpent !== undefined) merged.timeSpent = flags.timeSpent;
  if (flags.note !== undefined) merged.note = flags.note;
  return merged;
}

/**
 * `--time-spent 45m`, `1.5h`, `1h30m`, `90 minutes`: the hours, as a reader of the handoff sums them
 * (`hoursIn`); InputError `draft/time-spent` for text that names no hours or minutes, or over 1,000
 * hours (a session, not a project).
 */
export function timeSpentHours(text: string, name = '--time-spent'): number {
  const hours = hoursIn(text);
  if (hours === undefined || !/^[\s\d.~a-z]*$/i.test(text)) {
    throw new InputError(
      `${name} "${text}" is not a time: write hours or minutes, e.g. 45m, 1.5h or 1h30m`,
      {},
      'draft/time-spent',
    );
  }
  if (hours > MAX_SESSION_HOURS) {
    throw new InputError(
      `${name} "${text}" is ${hours} hours, more than the ${MAX_SESSION_HOURS} one session may state`,
      {},
      'draft/time-spent',
    );
  }
  return hours;
}

const MAX_SESSION_HOURS = 1000;

/**
 * `--remaining 3h`, `90m`, `2 days`, `~1 week`: amounts with their units, which the handoff keeps as
 * written (a reader sums the hours and minutes of it, `hoursIn`). InputError `draft/remaining` for
 * anything else ("a week", "-1h", "soon"): an estimate no reader can take is not one.
 */
export function checkRemaining(text: string, name = '--remaining'): void {
  if (!REMAINING.test(text.trim())) {
    throw new InputError(
      `${name} "${text}" is not a time: write amounts with their units, e.g. 3h, 90m, 2 days or 1 week`,
      {},
      'draft/remaining',
    );
  }
}

/** Numbers with units, a leading `~` allowed; one expression over the whole (trimmed) text, linear. */
const REMAINING =
  /^(?:~ ?)?(?:\d{1,6}(?:\.\d{1,3})?[ ]?(?:weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m)(?:,? (?:and )?|(?=\d)|$))+$/i;

/** `--time-spent` in hours, with the earlier sessions' times the task's total sums it with. */
export interface StatedTime {
  hours: number;
  earlier: readonly RecordedSessionTime[];
}

/** `--progress 70`, `70%`: a number 0-100; InputError `draft/progress` otherwise. */
export function parseProgress(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  const value = match ? Number(match[1]) : Number.NaN;
  if (!(value >= 0 && value <= 100)) {
    // The slot of a printed command, as every other answer's is told (`checkDraftAnswers`).
    if (isOnlySlots(text)) {
      throw new InputError(
        `the progress (--progress) "${text}" ${LEFT_AS_PRINTED}: say what it is, a number from 0 to 100`,
        {},
        'draft/template-answer',
      );
    }
    throw new InputError(`--progress "${text}" is not a percentage from 0 to 100`, {}, 'draft/progress');
  }
  return value;
}

export function isEmptyDraftInput(input: DraftInput): boolean {
  return Object.values(input).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));
}

/** The part the composer takes itself. */
export function toDraftAnswers(input: DraftInput): DraftAnswers {
  const answers: DraftAnswers = {};
  if (input.decisions?.length) answers.decisions = [...input.decisions];
  if (input.blockers?.length) answers.blockers = [...input.blockers];
  if (input.next?.length) answers.nextSteps = [...input.next];
  return answers;
}

/**
 * The composed draft with the rest of the input applied — resolved items, progress, time remaining,
 * the state note — re-rendered and re-counted against the word budget.
 */
export function applyDraftInput(
  draft: Draft,
  input: DraftInput,
  wordBudget: number,
  /** Where the answers were written, for an error about one (`AnswerPlace`). */
  placeOf: AnswerPlace = NO_PLACE,
): Draft {
  if (
    !input.resolved?.length &&
    input.progress === undefined &&
    input.remaining === undefined &&
    input.note === undefined
  ) {
    return draft;
  }
  const document = structuredClone(draft.document);
  applyRest(document, input, draft.previousProgress, placeOf);
  return { ...draft, ...rendered(document, wordBudget) };
}

/** What a document is as a draft: its markdown, its words, and whether they are over the budget. */
export type RenderedDraft = Pick<Draft, 'document' | 'markdown' | 'words' | 'overBudget'>;

/**
 * A draft written earlier this session and not yet committed (it still holds template lines), with
 * the input filled in: each list's answers replace its template line and follow what is already
 * listed (a person's edits stay), then the rest as `applyDraftInput` applies it. What `handoff hook
 * pre-compact` drafted is completed this way by the agent's `draft --note … --decision …`.
 */
export function fillDraft(
  source: HandoffDocument,
  input: DraftInput,
  wordBudget: number,
  /** The progress of the session before the draft's, for the delta a new draft gives. */
  previousProgress?: Draft['previousProgress'],
  stated?: StatedTime,
  /** Where the answers were written, for an error about one (`AnswerPlace`). */
  placeOf: AnswerPlace = NO_PLACE,
): RenderedDraft {
  const document = structuredClone(source);
  fillList(document, 'decisions', input.decisions, false);
  fillList(document, 'blockers', input.blockers, false);
  fillList(document, 'nextSteps', input.next, true);
  applyRest(document, input, previousProgress, placeOf);
  if (stated) stateTimeSpent(document, stated.hours, stated.earlier);
  return rendered(document, wordBudget);
}

/**
 * Answers a draft would write and the check would then count as empty: a blank note (the schema's
 * minLength, which `--input` JSON and the MCP tool hold too), or an answer that is template text
 * (`TODO`, `TBD`, `N/A`, `...`: `isPlaceholderText`) and nothing else for that flag. Refused, naming
 * the flag, rather than written into a handoff reported complete that the push then refuses.
 */
export function checkDraftAnswers(input: DraftInput | undefined, placeOf: AnswerPlace = NO_PLACE): void {
  if (input?.note !== undefined && input.note.trim() === '') {
    throw new InputError(
      'the note (--note) is empty: say in a line where the work stands, or leave --note out',
      placeOf('note', input.note),
      'schema/minLength',
    );
  }
  const answers: [flag: string, key: AnswerKey, texts: readonly string[] | undefined][] = [
    ['note', 'note', input?.note === undefined ? undefined : [input.note]],
    ['decision', 'decisions', input?.decisions],
    ['blocker', 'blockers', input?.blockers],
    ['next', 'next', input?.next],
    ['remaining', 'remaining', input?.remaining === undefined ? undefined : [input.remaining]],
    ['time-spent', 'timeSpent', input?.timeSpent === undefined ? undefined : [input.timeSpent]],
  ];
  for (const [flag, key, texts] of answers) {
    // Only when every answer for the flag is: one real next step beside a `TBD` still fills the element.
    const given = texts?.filter((text) => text.trim() !== '') ?? [];
    const template = given.every((text) => isPlaceholderText(text) || isOnlySlots(text))
      ? given[0]
      : undefined;
    if (template !== undefined) {
      const what = isOnlySlots(template)
        ? LEFT_AS_PRINTED
        : 'reads as template text, which the check counts as empty';
      throw new InputError(
        `the ${flag} (--${flag}) "${template}" ${what}: say what it is${flag === 'blocker' ? ' (or None)' : ''}`,
        placeOf(key, template),
        'draft/template-answer',
      );
    }
  }
}

/**
 * Whether a document is a draft still waiting for a person: some element holds only template text,
 * or the draft's `(to fill in…)` mark is left somewhere in one (a Progress field not answered yet,
 * in an element whose other lines are the facts).
 */
export function holdsTemplateText(document: HandoffDocument): boolean {
  if (Object.values(elementStates(document)).includes('placeholder')) return true;
  if (document.header.some((field) => isFillInMark(field.value))) return true;
  return Object.values(document.elements).some((section) => sectionTexts(section).some(isFillInMark));
}

function fillList(
  document: HandoffDocument,
  name: 'decisions' | 'blockers' | 'nextSteps',
  answers: readonly string[] | undefined,
  asSteps: boolean,
): void {
  if (!answers?.some((a) => a.trim() !== '')) return;
  document.elements[name] ??= emptySection(elementTitle(name));
  const section = document.elements[name];
  section.items = section.items.filter((item) => !isPlaceholderText(item.text));
  section.paragraphs = section.paragraphs.filter((text) => !isPlaceholderText(text));
  appendAnswers(section, answers, asSteps);
  if (name !== 'decisions') dropNoneBesideItems(section);
}

/** Resolved items, progress, time remaining and the state note, applied to `document` in place. */
function applyRest(
  document: HandoffDocument,
  input: DraftInput,
  previous: Draft['previousProgress'] | undefined,
  placeOf: AnswerPlace,
): void {
  if (input.resolved?.length) resolveItems(document, input.resolved, placeOf);
  if (input.progress !== undefined) setProgress(document, input.progress, previous);
  if (input.remaining !== undefined) setField(document, 'remaining', input.remaining.trim());
  // A task at 100% has nothing left: a template line there would leave a finished draft to edit.
  else if (input.progress === 100 && remainingLeftOpen(document)) setField(document, 'remaining', '0 hours');
  if (input.note !== undefined) addStateNote(document, input.note.trim());
}

function rendered(document: HandoffDocument, wordBudget: number): RenderedDraft {
  const markdown = renderHandoff(document);
  const words = countWords(markdown);
  return { document, markdown, words, overBudget: words > wordBudget };
}

/**
 * Each `resolved` text names one carried blocker (removed) or open next step (checked off): equal to
 * its text, else the only item containing it. No match or several matches is bad input that lists
 * what is open, so an agent can retry with the right words.
 */
function resolveItems(document: HandoffDocument, resolved: readonly string[], placeOf: AnswerPlace): void {
  const blockers = document.elements.blockers;
  const nextSteps = document.elements.nextSteps;
  // `None` and template lines are no blocker to resolve (openBlockers leaves them out).
  const open = new Set(openBlockers(document));
  const openBlockerItems = (blockers?.items ?? []).filter((item) => open.has(item));
  const openSteps = nextSteps ? openNextSteps(document) : [];
  const candidates: { item: ListItem; kind: 'blocker' | 'step' }[] = [
    ...openBlockerItems.map((item) => ({ item, kind: 'blocker' as const })),
    ...openSteps.map((item) => ({ item, kind: 'step' as const })),
  ];
  let removedBlocker = false;
  for (const text of resolved) {
    const wanted = sameItemText(text);
    const exact = candidates.filter((c) => sameItemText(c.item.text) === wanted);
    const found =
      exact.length > 0 ? exact : candidates.filter((c) => sameItemText(c.item.text).includes(wanted));
    const open = () =>
      candidates.length === 0
        ? 'nothing is open'
        : `open: ${candidates.map((c) => `"${c.item.text}"`).join(', ')}`;
    if (found.length === 0) {
      throw new InputError(
        `--resolved "${text}" matches no open blocker or next step (${open()})`,
        placeOf('resolved', text),
        'draft/resolved-unknown',
      );
    }
    if (found.length > 1) {
      throw new InputError(
        `--resolved "${text}" matches ${found.length} items; use more of the text (${open()})`,
        placeOf('resolved', text),
        'draft/resolved-ambiguous',
      );
    }
    const [match] = found as [(typeof candidates)[number]];
    candidates.splice(candidates.indexOf(match), 1);
    if (match.kind === 'blocker' && blockers) {
      blockers.items = blockers.items.filter((item) => item !== match.item);
      removedBlocker = true;
    } else {
      match.item.mark = 'done';
      // The composer's guess ("done in abc1234?") is settled now: kept as a fact, without the question.
      match.item.details = match.item.details.map(confirmedGuess);
    }
  }
  // Every carried blocker resolved and no new one named: say so, rather than leave the template line.
  if (removedBlocker && blockers?.items.every((item) => isPlaceholderText(item.text))) {
    blockers.items = [{ text: 'None', details: [], line: 0 }];
  }
}

function setProgress(document: HandoffDocument, percent: number, previous?: Draft['previousProgress']): void {
  const status = document.header.find((f) => fieldFactOf(f.label) === 'status');
  if (status) {
    const words = status.value.replace(/\s*\(\s*-?\d+(?:\.\d+)?\s*%\s*\)\s*$/, '');
    // The last handoff of a finished task is written before `done`, while the registry still says
    // in progress: at 100% its Status says what the work is, or the next session reads it as open.
    status.value = `${percent === 100 && /^in progress$/i.test(words) ? 'Complete' : words} (${percent}%)`;
  }
  // The delta against the previous handoff, as the draft gives the coverage's (to two decimals,
  // without trailing zeros: 70.04 after 70 is no "unchanged").
  const change =
    previous === undefined
      ? ''
      : pointsChange(percent - previous.percent, previous.since, (points) =>
          String(Number(points.toFixed(2))),
        );
  setField(document, 'progress', `${percent}% complete${change}`);
}

/** Whether the draft states no time remaining: the field is missing or still holds its template line. */
function remainingLeftOpen(document: HandoffDocument): boolean {
  const field = document.elements.timeProgress?.fields.find((f) => fieldFactOf(f.label) === 'remaining');
  return field === undefined || isPlaceholderText(field.value);
}

/** Sets a Time and Progress field by the fact it states, adding it when the composer left none. */
function setField(document: HandoffDocument, fact: 'progress' | 'remaining', value: string): void {
  document.elements.timeProgress ??= emptySection('Time and Progress');
  const section = document.elements.timeProgress;
  const field = section.fields.find((f) => fieldFactOf(f.label) === fact);
  if (field) field.value = value;
  else
    section.fields.push({ label: fact === 'progress' ? 'Progress' : 'Estimated Remaining', value, line: 0 });
}

/**
 * The note opens Current State, replacing the template line when the facts gave nothing there, and a
 * paragraph that says the same (the note of a `draft` run again over its own draft, compared as list
 * items are: `sameItemText`).
 */
function addStateNote(document: HandoffDocument, note: string): void {
  document.elements.currentState ??= emptySection('Current State');
  const section = document.elements.currentState;
  const same = sameItemText(note);
  section.paragraphs = [
    note,
    ...section.paragraphs.filter((p) => !isPlaceholderText(p) && sameItemText(p) !== same),
  ];
}
