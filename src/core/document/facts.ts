/**
 * The checkable claims a handoff makes — date, agent, progress, time, test counts, coverage, commits —
 * read from its fields and, failing those, from phrases in Time and Progress and Current State. The
 * resume compares them with what git and the reports say now; the draft carries open items over.
 */
import type {
  DocumentFacts,
  HandoffDocument,
  HeaderField,
  ListItem,
  Section,
  SummaryFacts,
} from '../model.js';
import { allFields, isPlaceholderText, parseDocumentDate, percentIn, sectionTexts } from './elements.js';
import { type FieldFact, fieldFactOf } from './labels.js';

export function documentFacts(doc: HandoffDocument): DocumentFacts {
  const read = readFacts(doc);
  const { field, prose } = read;
  const facts: DocumentFacts = { commitShas: commitShas(doc.commits) };

  const date = dateOf(read);
  if (date) facts.date = date;

  const agent = field('agent')?.value;
  if (agent) facts.agent = agent;

  const status = field('status')?.value;
  if (status) facts.statusText = status;

  const progress = progressOf(read);
  if (progress !== undefined) facts.progressPercent = progress;

  const timeSpent = hoursIn(field('timeSpent')?.value) ?? hoursIn(field('duration')?.value);
  if (timeSpent !== undefined) facts.timeSpentHours = timeSpent;

  const remaining = hoursIn(field('remaining')?.value);
  if (remaining !== undefined) facts.estimatedRemainingHours = remaining;

  const testsField = field('tests')?.value;
  const tests = (testsField ? testCountsIn(testsField) : undefined) ?? firstDefined(prose(), testCountsIn);
  if (tests) facts.tests = tests;

  const coverageField = field('coverage')?.value;
  const coverage =
    (coverageField ? numberIn(coverageField) : undefined) ?? firstDefined(prose(), coveragePhraseIn);
  if (coverage !== undefined) facts.coveragePercent = coverage;

  return facts;
}

/**
 * The facts the check and `status` read from every handoff (and the document cache keeps): its date
 * and progress, as `documentFacts` reads them, without the rest (hours, test counts, coverage,
 * commits). Reading the rest for every handoff made a cold check of 10,000 of them ~85 ms slower,
 * and their cache entries twice as big (2.7 MB instead of 1.2 MB).
 */
export function summaryFacts(doc: HandoffDocument): SummaryFacts {
  const read = readFacts(doc);
  const facts: SummaryFacts = {};
  const date = dateOf(read);
  if (date) facts.date = date;
  const progress = progressOf(read);
  if (progress !== undefined) facts.progressPercent = progress;
  return facts;
}

/** A document's fields by the fact each states, and its prose, read once for all its facts. */
interface FactReading {
  /** The first field stating `fact`. */
  field(fact: FieldFact): HeaderField | undefined;
  /** The text of Time and Progress, then Current State: read only for what no field states. */
  prose(): string[];
  /**
   * The values of fields stating another fact than progress (`**Coverage:** 50.0% of lines`): their
   * percentages are not read as progress from the prose.
   */
  otherFacts: ReadonlySet<string>;
}

function readFacts(doc: HandoffDocument): FactReading {
  // The first field stating each fact, found in one pass over the fields.
  const byFact = new Map<FieldFact, HeaderField>();
  const otherFacts = new Set<string>();
  for (const f of allFields(doc)) {
    const fact = fieldFactOf(f.label);
    if (fact !== undefined && !byFact.has(fact)) byFact.set(fact, f);
    if (fact !== undefined && fact !== 'progress' && fact !== 'status') otherFacts.add(f.value);
  }
  let proseRead: string[] | undefined;
  return {
    field: (fact) => byFact.get(fact),
    prose: () => {
      if (proseRead) return proseRead;
      const { timeProgress, currentState } = doc.elements;
      proseRead = timeProgress ? sectionTexts(timeProgress) : [];
      if (currentState) proseRead.push(...sectionTexts(currentState));
      return proseRead;
    },
    otherFacts,
  };
}

function dateOf({ field }: FactReading): string | undefined {
  const dateField = field('date');
  return dateField && parseDocumentDate(dateField.value);
}

/** From the status, the progress field, else the prose: a percentage no field of another fact states and no sentence about coverage holds. */
function progressOf({ field, prose, otherFacts }: FactReading): number | undefined {
  return (
    progressIn(field('status')?.value) ??
    progressIn(field('progress')?.value) ??
    firstDefined(
      prose().filter((text) => !otherFacts.has(text) && !COVERAGE_WORD.test(text)),
      progressIn,
    )
  );
}

/** Blockers still in the way: not marked done or working, and not a "None" or template line. */
export function openBlockers(doc: HandoffDocument): ListItem[] {
  return sectionItems(doc.elements.blockers).filter(
    (item) => item.mark !== 'done' && item.mark !== 'working' && isRealItem(item),
  );
}

/** Next steps not yet checked off. */
export function openNextSteps(doc: HandoffDocument): ListItem[] {
  return sectionItems(doc.elements.nextSteps).filter((item) => item.mark !== 'done' && isRealItem(item));
}

/** A percentage between 0 and 100 in a text (the first one, when it is in range). */
function progressIn(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const percent = percentIn(text);
  return percent !== undefined && percent >= 0 && percent <= 100 ? percent : undefined;
}

/**
 * Hours in `4 hours`, `3h`, `90 minutes`, `1.5 h`, `2h 30m`, `~4 hrs`; the upper end of `4-5 hours`.
 * Undefined when the text names no duration.
 */
export function hoursIn(text: string | undefined): number | undefined {
  if (!text) return undefined;
  let total: number | undefined;
  DURATION.lastIndex = 0;
  for (let match = DURATION.exec(text); match !== null; match = DURATION.exec(text)) {
    const amount = Number(match[1]);
    const minutes = (match[2] ?? '').toLowerCase().startsWith('m');
    total = (total ?? 0) + (minutes ? amount / 60 : amount);
  }
  return total === undefined ? undefined : Math.round(total * 100) / 100;
}

/** Global, read with `exec` from 0 on each call (hoursIn is never re-entered). */
const DURATION = /(?<!\d)(\d+(?:\.\d+)?)\s*(hours|hour|hrs|hr|h|minutes|minute|mins|min|m)(?![a-z])/gi;

/** `12 passed, 1 failed, 2 skipped`, `5 integration tests passing`. Undefined when neither count is there. */
export function testCountsIn(text: string): DocumentFacts['tests'] | undefined {
  // A count needs its word, and most texts have none: then its expression need not run (nor, the
  // first time, be compiled: ~1 ms of a cold `resume`). The expressions match ASCII letters only,
  // so the words are found in the lower-cased text whatever their case.
  const lower = text.toLowerCase();
  const count = (pattern: RegExp, ...words: string[]) => {
    if (!words.some((word) => lower.includes(word))) return undefined;
    const match = text.match(pattern);
    return match ? Number(match[1]) : undefined;
  };
  const passed = count(TEST_COUNT.passed, 'pass');
  const failed = count(TEST_COUNT.failed, 'fail');
  if (passed === undefined && failed === undefined) return undefined;
  const tests: NonNullable<DocumentFacts['tests']> = { passed: passed ?? 0, failed: failed ?? 0 };
  const skipped = count(TEST_COUNT.skipped, 'skipped', 'pending', 'todo');
  if (skipped !== undefined) tests.skipped = skipped;
  return tests;
}

/** A count, up to two words, then one of the words: `12 passed`, `5 integration tests passing`. */
// Numbers (here and in DURATION) are tried from their first digit only (`(?<!\d)`): tried from
// each digit, a long run of digits was quadratic (20,000 digits: 0.5-0.8 s).
const testCount = (words: string) =>
  new RegExp(`(?<!\\d)(\\d+)\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:${words})\\b`, 'i');
/** Compiled once: the check reads these phrases in every handoff's Time and Progress and Current State. */
const TEST_COUNT = {
  passed: testCount('passed|passing|pass'),
  failed: testCount('failed|failing|failures|failure|fail'),
  skipped: testCount('skipped|pending|todo'),
};

const COVERAGE_WORD = /\bcoverage\b/i;

function coveragePhraseIn(text: string): number | undefined {
  // Both phrases need a `%`, which most texts lack: then neither expression need run.
  if (!text.includes('%')) return undefined;
  const match =
    text.match(/coverage\b[^0-9%]{0,20}?(\d+(?:\.\d+)?)\s*%/i) ??
    // A number from its first digit only: tried from every digit of a long run, the expression was
    // quadratic (32 KB of digits before `x%`: 1 s); a later start never matches where the first fails.
    text.match(/(?<!\d)(\d+(?:\.\d+)?)\s*%\s*(?:\w+\s+)?coverage/i);
  return match ? Number(match[1]) : undefined;
}

function numberIn(text: string): number | undefined {
  const match = text.match(/(\d+(?:\.\d+)?)/);
  return match ? Number(match[1]) : undefined;
}

function firstDefined<T>(texts: string[], read: (text: string) => T | undefined): T | undefined {
  for (const text of texts) {
    const value = read(text);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Short shas at the start of Commits items: `fa1b3c2 Add test fixtures`. */
function commitShas(section: Section | undefined): string[] {
  const shas: string[] = [];
  for (const item of sectionItems(section)) {
    const sha = item.text.match(/^([0-9a-f]{7,40})\b/i)?.[1];
    if (sha) shas.push(sha.toLowerCase());
  }
  return shas;
}

function sectionItems(section: Section | undefined): ListItem[] {
  if (!section) return [];
  return [...section.items, ...section.subsections.flatMap((s) => s.items)];
}

function isRealItem(item: ListItem): boolean {
  return !isPlaceholderText(item.text) && !NOTHING.test(item.text);
}

/** `None`, `Nothing`, `No blockers`, `None so far.`: an item that says the list is empty. */
// One run of `[\s.!]` before the end, not two beside each other: `None` and 40,000 dots and an `x`
// took 2.2 s of backtracking between them.
const NOTHING =
  /^(?:none|nothing|no (?:current |open )?blockers?)\b[\s.!]*(?:(?:yet|so far|currently)[\s.!]*)?$/i;

/** Whether an item's text says its list is empty (`None`, `No blockers`). */
export function saysNothing(text: string): boolean {
  return NOTHING.test(text);
}

/** Whether the handoff says nothing blocks the task: a `None` item and no open blocker. */
export function saysNoBlockers(doc: HandoffDocument): boolean {
  const items = sectionItems(doc.elements.blockers);
  return openBlockers(doc).length === 0 && items.some((item) => NOTHING.test(item.text));
}
