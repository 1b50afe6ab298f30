/**
 * Whether each of the five elements is usable, and the structural problems `handoff validate` reports.
 * "Usable" is the one rule the freshness check (`incomplete`), the lint and the draft share: a section
 * that only holds template text counts as missing.
 */
import {
  ELEMENT_NAMES,
  type ElementName,
  type ElementPlace,
  type ElementState,
  type HandoffDocument,
  type HeaderField,
  type Section,
} from '../model.js';
import { localDate } from '../session-time.js';
import { canonicalLabel, fieldFactOf, sectionKindOf } from './labels.js';

/**
 * What the draft composer writes where only a person can supply the text (decisions and their
 * reasons, say): `_(to fill in)_`, or with a hint `_(to fill in: why pytest-benchmark)_` — see
 * `placeholder()`. It renders as an unobtrusive italic note, and a section holding nothing else is a
 * `placeholder` element, so a draft that nobody edited does not pass the check.
 */
export const PLACEHOLDER_MARK = '_(to fill in)_';

/** The placeholder with a hint of what belongs there. */
export function placeholder(hint?: string): string {
  const cleanHint = hint?.replace(/[\s)_*]+/g, ' ').trim();
  return cleanHint ? `_(to fill in: ${cleanHint})_` : PLACEHOLDER_MARK;
}

/** The draft's own mark, `(to fill in…)`: what `draft` and `hook pre-compact` leave for the agent to answer. */
export function isFillInMark(text: string): boolean {
  return FILL_IN_MARK.test(withoutMarkEmphasis(text));
}
const FILL_IN_MARK = /^\(to fill in\b[\s\S]*\)$/i;

/** The mark may also arrive with its emphasis as text (a document built in code, then rendered). */
function withoutMarkEmphasis(text: string): string {
  return text.trim().replace(/^[_*]+(?=\()|(?<=\))[_*]+$/g, '');
}

/**
 * Template text, as the parser reads it (markup already gone): the draft mark `(to fill in…)`, a
 * bracket-only note like `[Detailed status of what works and what doesn't]`, `TODO`, `TBD`, `N/A`,
 * `...`, `<fill in>`, `(fill in)`.
 */
export function isPlaceholderText(text: string): boolean {
  // Most text is real: a first character no template text starts with settles it without a regex.
  const first = text.charCodeAt(0);
  if (first < 128 && PLACEHOLDER_START[first] === 0) return false;
  const t = withoutMarkEmphasis(text);
  if (t === '') return true;
  if (FILL_IN_MARK.test(t)) return true;
  if (/^\[[^\]]*\]$/.test(t)) return true;
  if (/^[<(]\s*fill[ -]?in\b[^>)]*[>)]$/i.test(t)) return true;
  return /^(?:todo|tbd|tba|n\/a|na|\.\.\.|\u2026|-+|\?+|fill in|to be (?:filled in|determined))[.:!]?$/i.test(
    t,
  );
}

/**
 * ASCII characters template text may start with (after blanks): the marks `( [ < _ * . - ?` and the
 * first letters of todo, tbd, tba, to be…, n/a, na, fill in. Everything else is real text at once.
 */
const PLACEHOLDER_START = new Uint8Array(128);
for (const c of ' \t\n\v\f\r([<_*.-?tTnNfF') PLACEHOLDER_START[c.charCodeAt(0)] = 1;

export function elementStates(doc: HandoffDocument): Record<ElementName, ElementState> {
  const states = {} as Record<ElementName, ElementState>;
  for (const name of ELEMENT_NAMES) states[name] = sectionState(doc.elements[name]);
  return states;
}

/** The required elements that are absent, empty or only placeholder text, in the given order. */
export function missingElements(doc: HandoffDocument, required: readonly ElementName[]): ElementName[] {
  const states = elementStates(doc);
  return required.filter((name) => states[name] !== 'present');
}

/**
 * The missing elements among all five, in the canonical order (callers keep the required ones),
 * each at its section's line; an absent one at the line it would go before: the next element
 * present, else the document's last line (`lastLine`). Where the check, its annotations and
 * `validate` place them.
 */
export function missingPlaces(doc: HandoffDocument, lastLine: number): ElementPlace[] {
  const states = elementStates(doc);
  const places: ElementPlace[] = [];
  let next: number | undefined;
  for (let i = ELEMENT_NAMES.length - 1; i >= 0; i--) {
    const element = ELEMENT_NAMES[i] as ElementName;
    const line = doc.elements[element]?.line;
    if (states[element] !== 'present') {
      places.push(line === undefined ? { element, line: next ?? lastLine, absent: true } : { element, line });
    }
    if (line !== undefined) next = line;
  }
  return places.reverse();
}

export function sectionState(section: Section | undefined): ElementState {
  if (!section) return 'absent';
  const texts = sectionTexts(section);
  if (texts.length === 0) return 'empty';
  return texts.every(isPlaceholderText) ? 'placeholder' : 'present';
}

/**
 * Every piece of content in a section: field values, paragraphs, item texts and details. `skipDone`
 * leaves out items checked off; `field` keeps only the fields whose label it accepts.
 */
export function sectionTexts(
  section: Section,
  options: { skipDone?: boolean; field?: (label: string) => boolean } = {},
): string[] {
  const texts: string[] = [];
  for (const field of section.fields) if (options.field?.(field.label) ?? true) texts.push(field.value);
  addPartTexts(texts, section, options);
  for (const part of section.subsections) addPartTexts(texts, part, options);
  return texts;
}

function addPartTexts(
  texts: string[],
  part: Pick<Section, 'paragraphs' | 'items'>,
  { skipDone = false }: { skipDone?: boolean },
): void {
  for (const paragraph of part.paragraphs) texts.push(paragraph);
  for (const item of part.items) {
    if (skipDone && item.mark === 'done') continue;
    // An item that is only a mark (`- ✅`) with details under it speaks through its details.
    if (item.text !== '' || item.details.length === 0) texts.push(item.text);
    for (const detail of item.details) texts.push(detail);
  }
}

export interface LintProblem {
  line: number;
  column?: number;
  rule: string;
  message: string;
}

/** The element's name as the messages say it. */
export function elementTitle(name: ElementName): string {
  return canonicalLabel(name);
}

/**
 * Structural problems, in line order. `element/*` only for required elements; a missing element is
 * reported where the check places it (`missingPlaces`: before the next element present, else at the
 * last line, `lastLine`).
 */
export function lintHandoff(
  doc: HandoffDocument,
  required: readonly ElementName[],
  lastLine = 1,
): LintProblem[] {
  const problems: LintProblem[] = [];
  const states = elementStates(doc);
  const absentAt = new Map(missingPlaces(doc, lastLine).map((place) => [place.element, place.line]));
  for (const name of required) {
    const section = doc.elements[name];
    const title = canonicalLabel(name);
    switch (states[name]) {
      case 'absent':
        problems.push({
          line: absentAt.get(name) ?? 1,
          rule: 'element/missing',
          message: `required element "${title}" is missing`,
        });
        break;
      case 'empty':
        problems.push({
          line: section?.line ?? 1,
          rule: 'element/empty',
          message: `"${section?.label ?? title}" has no content`,
        });
        break;
      case 'placeholder':
        problems.push({
          line: section?.line ?? 1,
          rule: 'element/placeholder',
          message: `"${section?.label ?? title}" holds only template text`,
        });
        break;
      default:
        break;
    }
  }
  for (const section of doc.otherSections) {
    if (sectionKindOf(section.label)) {
      problems.push({
        line: section.line,
        rule: 'section/duplicate',
        message: `second "${section.label}" section; merge it into the first`,
      });
    }
  }
  for (const field of allFields(doc)) {
    const fact = fieldFactOf(field.label);
    if (fact === 'date' && parseDocumentDate(field.value) === undefined) {
      problems.push({
        line: field.line,
        rule: 'header/date',
        message: `"${field.label}" is not a date: "${field.value}" (use YYYY-MM-DD)`,
      });
    }
    if (fact === 'status' || fact === 'progress') {
      const percent = percentIn(field.value);
      if (percent !== undefined && (percent < 0 || percent > 100)) {
        problems.push({
          line: field.line,
          rule: 'header/status',
          message: `"${field.label}" gives progress ${percent}%, outside 0-100`,
        });
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** Header fields, then the fields of every section. */
export function allFields(doc: HandoffDocument): HeaderField[] {
  const fields = [...doc.header];
  const add = (section: Section | undefined): void => {
    if (section && section.fields.length > 0) fields.push(...section.fields);
  };
  for (const name of ELEMENT_NAMES) add(doc.elements[name]);
  add(doc.filesModified);
  add(doc.commits);
  for (const section of doc.otherSections) add(section);
  return fields;
}

/** The first percentage in a text, e.g. `In Progress (30%)` -> 30; negative values are kept for the lint. */
export function percentIn(text: string): number | undefined {
  // `(?<!\d)`: a number is tried from its first digit only. Tried from each digit, a long run of
  // digits with no `%` after it was quadratic (40,000 digits: 2.6 s).
  const match = text.match(/(-?)(?<!\d)(\d+(?:\.\d+)?)\s*%/);
  return match ? Number(`${match[1]}${match[2]}`) : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Calendar days from a handoff's `**Date**` (as `parseDocumentDate` gives it, or any ISO date or time)
 * to `now`, never below 0; undefined when it does not parse. A handoff dated the 1st is 8 days old on
 * the 9th, whatever the hours. Days are reckoned in UTC (the check's messages, alike on every machine)
 * or in the zone the program runs in (`local`: `status`, `resume` and `prime`, which a person reads
 * where the handoff was drafted, its Date that zone's day): a day-only Date is that day, a time the day
 * it falls on in the reckoning. In UTC, a handoff drafted at 20:00 in California read "1 day ago" five
 * minutes later.
 */
export function ageInDays(date: string, now: Date, reckoning: 'utc' | 'local' = 'utc'): number | undefined {
  const days = daysSince(date, now, reckoning);
  return days === undefined ? undefined : Math.max(0, days);
}

/** `ageInDays` before it is held at 0: negative for a Date after today. */
export function daysSince(date: string, now: Date, reckoning: 'utc' | 'local'): number | undefined {
  const dayOf = (time: Date) => (reckoning === 'utc' ? time.toISOString().slice(0, 10) : localDate(time));
  const instant = DAY_ONLY.test(date) ? Number.NaN : Date.parse(date);
  const day = Number.isNaN(instant) ? date.slice(0, 10) : dayOf(new Date(instant));
  const days = Math.round((Date.parse(dayOf(now)) - Date.parse(day)) / 86_400_000);
  return Number.isFinite(days) ? days : undefined;
}

/** A `**Date**` that names a day and no time (`2025-11-08`). */
export const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A document's Date field as ISO: `2025-11-08`, `2025-11-08T17:30:00Z` (kept whole), the start of a
 * range (`2025-11-08 to 2025-11-11`), `Nov 8, 2025` or `8 November 2025`. Undefined when it is none.
 */
export function parseDocumentDate(value: string): string | undefined {
  const iso = value.match(
    /\b(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/,
  );
  if (iso) {
    const [, y, m, d, time, zone] = iso;
    if (!validDay(Number(y), Number(m), Number(d))) return undefined;
    // A time without a zone is UTC: Date.parse reads it in the zone the program runs in, and a pre-push
    // hook in Tokyo and the Action judged one handoff apart. A time that is none (`T99:99`) leaves the
    // day: the check reads the value with Date.parse, and `validate` must not pass what the check then
    // finds unreadable.
    const zoned = time && !zone ? `${iso[0]}Z` : iso[0];
    return time && !Number.isNaN(Date.parse(zoned)) ? zoned : `${y}-${m}-${d}`;
  }
  const monthFirst = value.match(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/);
  const dayFirst = value.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/);
  const parts = monthFirst
    ? { month: monthFirst[1], day: monthFirst[2], year: monthFirst[3] }
    : dayFirst
      ? { month: dayFirst[2], day: dayFirst[1], year: dayFirst[3] }
      : undefined;
  if (!parts) return undefined;
  const monthIndex = MONTHS.indexOf((parts.month ?? '').slice(0, 3).toLowerCase());
  const year = Number(parts.year);
  const day = Number(parts.day);
  if (monthIndex < 0 || !validDay(year, monthIndex + 1, day)) return undefined;
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}
