/**
 * The words people use for the parts of a handoff. This is the one table the parser, the renderer,
 * the element checks and the fact extraction share: to accept a new synonym, add it here and nowhere
 * else. Labels are compared after `normaliseLabel`, so case, a trailing colon, a leading number
 * (`1. Current State`), a trailing remark in parentheses (`Current State (What works right now)`)
 * and curly apostrophes do not matter.
 */
import { memoised } from '../memo.js';
import type { ElementName } from '../model.js';

/** What a section is: one of the five elements, or one of the two optional lists. */
export type SectionKind = ElementName | 'filesModified' | 'commits';

/**
 * Section labels by kind. The first label of each list is the canonical one: the renderer writes it
 * when the parser had to infer a section (e.g. `**What's Working:**` with no Current State heading).
 */
export const SECTION_LABELS: Readonly<Record<SectionKind, readonly string[]>> = {
  currentState: ['Current State', 'State', 'Status', 'Current Status', 'Where Things Stand'],
  decisions: ['Decisions Made', 'Decisions', 'Key Decisions', 'Design Decisions', 'Decision Log'],
  blockers: [
    'Current Blockers',
    'Blockers',
    'Open Blockers',
    'Issues',
    'Open Issues',
    'Blocking Issues',
    'Known Blockers',
  ],
  nextSteps: [
    'Next Steps',
    'Immediate Next Steps',
    'TODO',
    'To Do',
    'To-Do',
    'Next Actions',
    'Remaining Work',
  ],
  timeProgress: ['Time and Progress', 'Time & Progress', 'Progress', 'Time Spent', 'Time'],
  filesModified: ['Files Modified', 'Files Changed', 'Changed Files', 'Modified Files'],
  commits: ['Commits', 'Commit Log', 'Commits Made'],
};

/** Labelled groups that belong to Current State wherever they appear (the seed's first form). */
export const CURRENT_STATE_PARTS: readonly string[] = [
  "What's Working",
  'What Works',
  'Working',
  "What's Broken",
  "What's Not Working",
  "What Doesn't Work",
  'Broken',
];

/**
 * `**Label:** value` lines that belong to Time and Progress wherever they appear: in the seed's first
 * form `**Time Spent:** 4 hours` is itself what opens that element.
 */
export const TIME_PROGRESS_FIELDS: readonly string[] = [
  'Time Spent',
  'Progress',
  'Estimated Remaining',
  'Time Remaining',
  'Remaining',
];

/**
 * Current State synonyms that, followed by a value on the same line, are a header field rather than
 * the element: `**Status**: In Progress (30%)` is the seed's header, `## Status` is the element.
 */
export const STATUS_FIELD_LABELS: readonly string[] = ['Status', 'State', 'Current Status'];

/** Field labels the fact extraction reads, by fact. */
export const FIELD_LABELS = {
  date: ['Date', 'Session Date'],
  agent: ['Agent', 'Author', 'Owner'],
  status: ['Status', 'State', 'Current Status'],
  duration: ['Duration', 'Session Duration'],
  timeSpent: ['Time Spent'],
  progress: ['Progress'],
  remaining: ['Estimated Remaining', 'Time Remaining', 'Remaining'],
  tests: ['Tests', 'Test Results', 'Test Status'],
  coverage: ['Coverage', 'Test Coverage', 'Line Coverage'],
  task: ['Task', 'Task ID'],
} as const satisfies Record<string, readonly string[]>;

export type FieldFact = keyof typeof FIELD_LABELS;

/**
 * Labels repeat across documents (every handoff has its `Current State`), and normalising one takes
 * seven regular expressions: the check path reads hundreds of handoffs, so each distinct label is
 * normalised once. Bounded, so a hostile document of many distinct labels cannot grow it for ever.
 */
const MAX_REMEMBERED_LABELS = 4096;

/**
 * Longest label normalised: every label the tables know is a few words. A longer one matches none of
 * them and is only lower-cased, and not remembered (4,096 labels of a megabyte each would be kept):
 * the trailing trims below backtrack on long runs (80 KB of ` :` in a heading took 15 s).
 */
const MAX_LABEL_CHARS = 500;

const rememberedLabel = memoised(MAX_REMEMBERED_LABELS, (label: string) => normaliseLabelText(label));

/** The comparable form of a label: see the comments above. */
export function normaliseLabel(label: string): string {
  return label.length > MAX_LABEL_CHARS ? label.toLowerCase() : rememberedLabel(label);
}

function normaliseLabelText(label: string): string {
  const lower = label.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  // A label that opens with an ASCII letter or digit has nothing for the Unicode class to strip, and
  // compiling that class costs every process that reads a handoff ~0.3 ms.
  const first = lower.charCodeAt(0);
  const opened =
    (first >= 97 && first <= 122) || (first >= 48 && first <= 57)
      ? lower
      : lower.replace(/^[^\p{L}\p{N}]+/u, '');
  return opened
    .replace(/^\d+[.)]\s*/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[\s:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The label tables in comparable form, built when a document is first read (not at start-up). */
interface LabelTables {
  kindByLabel: Map<string, SectionKind>;
  currentStateParts: Set<string>;
  timeProgressFields: Set<string>;
  statusFields: Set<string>;
  factByLabel: Map<string, FieldFact>;
}
let tables: LabelTables | undefined;

function labelTables(): LabelTables {
  if (tables) return tables;
  const kindByLabel = new Map<string, SectionKind>();
  for (const [kind, labels] of Object.entries(SECTION_LABELS) as [SectionKind, readonly string[]][]) {
    for (const label of labels) kindByLabel.set(normaliseLabel(label), kind);
  }
  const factByLabel = new Map<string, FieldFact>();
  for (const [fact, labels] of Object.entries(FIELD_LABELS) as [FieldFact, readonly string[]][]) {
    for (const label of labels) factByLabel.set(normaliseLabel(label), fact);
  }
  tables = {
    kindByLabel,
    currentStateParts: new Set(CURRENT_STATE_PARTS.map(normaliseLabel)),
    timeProgressFields: new Set(TIME_PROGRESS_FIELDS.map(normaliseLabel)),
    statusFields: new Set(STATUS_FIELD_LABELS.map(normaliseLabel)),
    factByLabel,
  };
  return tables;
}

/**
 * Everything a label means, worked out once per distinct label: a label is asked up to four
 * questions as a document is read (section? part of Current State? Time and Progress field?
 * status?), and each would otherwise be a lookup of its own.
 */
interface LabelMeaning {
  kind: SectionKind | undefined;
  currentStatePart: boolean;
  timeProgressField: boolean;
  statusField: boolean;
  fact: FieldFact | undefined;
}

const meaningOf: (label: string) => LabelMeaning = memoised(MAX_REMEMBERED_LABELS, (label) => {
  const key = normaliseLabel(label);
  const t = labelTables();
  return {
    kind: t.kindByLabel.get(key),
    currentStatePart: t.currentStateParts.has(key),
    timeProgressField: t.timeProgressFields.has(key),
    statusField: t.statusFields.has(key),
    fact: t.factByLabel.get(key),
  };
});

/** The section a heading or bold label names, or undefined when it names none. */
export function sectionKindOf(label: string): SectionKind | undefined {
  return meaningOf(label).kind;
}

export function canonicalLabel(kind: SectionKind): string {
  return SECTION_LABELS[kind][0] as string;
}

export function isCurrentStatePart(label: string): boolean {
  return meaningOf(label).currentStatePart;
}

export function isTimeProgressField(label: string): boolean {
  return meaningOf(label).timeProgressField;
}

export function isStatusField(label: string): boolean {
  return meaningOf(label).statusField;
}

/** Which fact a field label states, if any. */
export function fieldFactOf(label: string): FieldFact | undefined {
  return meaningOf(label).fact;
}
