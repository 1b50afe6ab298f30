#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  memoised
} from "./chunk-HAXGRQ23.js";

// src/core/model.ts
var ELEMENT_NAMES = [
  "currentState",
  "decisions",
  "blockers",
  "nextSteps",
  "timeProgress"
];

// src/core/session-time.ts
var DEFAULT_FIRST_COMMIT_ALLOWANCE_MS = 30 * 60 * 1e3;
function localDate(time, timeZone) {
  if (timeZone === void 0) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${String(time.getFullYear()).padStart(4, "0")}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  }
  const format = (zone) => new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).format(time);
  try {
    return format(timeZone);
  } catch {
    return format("UTC");
  }
}

// src/core/document/labels.ts
var SECTION_LABELS = {
  currentState: ["Current State", "State", "Status", "Current Status", "Where Things Stand"],
  decisions: ["Decisions Made", "Decisions", "Key Decisions", "Design Decisions", "Decision Log"],
  blockers: [
    "Current Blockers",
    "Blockers",
    "Open Blockers",
    "Issues",
    "Open Issues",
    "Blocking Issues",
    "Known Blockers"
  ],
  nextSteps: [
    "Next Steps",
    "Immediate Next Steps",
    "TODO",
    "To Do",
    "To-Do",
    "Next Actions",
    "Remaining Work"
  ],
  timeProgress: ["Time and Progress", "Time & Progress", "Progress", "Time Spent", "Time"],
  filesModified: ["Files Modified", "Files Changed", "Changed Files", "Modified Files"],
  commits: ["Commits", "Commit Log", "Commits Made"]
};
var CURRENT_STATE_PARTS = [
  "What's Working",
  "What Works",
  "Working",
  "What's Broken",
  "What's Not Working",
  "What Doesn't Work",
  "Broken"
];
var TIME_PROGRESS_FIELDS = [
  "Time Spent",
  "Progress",
  "Estimated Remaining",
  "Time Remaining",
  "Remaining"
];
var STATUS_FIELD_LABELS = ["Status", "State", "Current Status"];
var FIELD_LABELS = {
  date: ["Date", "Session Date"],
  agent: ["Agent", "Author", "Owner"],
  status: ["Status", "State", "Current Status"],
  duration: ["Duration", "Session Duration"],
  timeSpent: ["Time Spent"],
  progress: ["Progress"],
  remaining: ["Estimated Remaining", "Time Remaining", "Remaining"],
  tests: ["Tests", "Test Results", "Test Status"],
  coverage: ["Coverage", "Test Coverage", "Line Coverage"],
  task: ["Task", "Task ID"]
};
var MAX_REMEMBERED_LABELS = 4096;
var MAX_LABEL_CHARS = 500;
var rememberedLabel = memoised(MAX_REMEMBERED_LABELS, (label) => normaliseLabelText(label));
function normaliseLabel(label) {
  return label.length > MAX_LABEL_CHARS ? label.toLowerCase() : rememberedLabel(label);
}
function normaliseLabelText(label) {
  const lower = label.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  const first = lower.charCodeAt(0);
  const opened = first >= 97 && first <= 122 || first >= 48 && first <= 57 ? lower : lower.replace(/^[^\p{L}\p{N}]+/u, "");
  return opened.replace(/^\d+[.)]\s*/, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/[\s:.]+$/, "").replace(/\s+/g, " ").trim();
}
var tables;
function labelTables() {
  if (tables) return tables;
  const kindByLabel = /* @__PURE__ */ new Map();
  for (const [kind, labels] of Object.entries(SECTION_LABELS)) {
    for (const label of labels) kindByLabel.set(normaliseLabel(label), kind);
  }
  const factByLabel = /* @__PURE__ */ new Map();
  for (const [fact, labels] of Object.entries(FIELD_LABELS)) {
    for (const label of labels) factByLabel.set(normaliseLabel(label), fact);
  }
  tables = {
    kindByLabel,
    currentStateParts: new Set(CURRENT_STATE_PARTS.map(normaliseLabel)),
    timeProgressFields: new Set(TIME_PROGRESS_FIELDS.map(normaliseLabel)),
    statusFields: new Set(STATUS_FIELD_LABELS.map(normaliseLabel)),
    factByLabel
  };
  return tables;
}
var meaningOf = memoised(MAX_REMEMBERED_LABELS, (label) => {
  const key = normaliseLabel(label);
  const t = labelTables();
  return {
    kind: t.kindByLabel.get(key),
    currentStatePart: t.currentStateParts.has(key),
    timeProgressField: t.timeProgressFields.has(key),
    statusField: t.statusFields.has(key),
    fact: t.factByLabel.get(key)
  };
});
function sectionKindOf(label) {
  return meaningOf(label).kind;
}
function canonicalLabel(kind) {
  return SECTION_LABELS[kind][0];
}
function isCurrentStatePart(label) {
  return meaningOf(label).currentStatePart;
}
function isTimeProgressField(label) {
  return meaningOf(label).timeProgressField;
}
function isStatusField(label) {
  return meaningOf(label).statusField;
}
function fieldFactOf(label) {
  return meaningOf(label).fact;
}

// src/core/document/elements.ts
var FILL_IN_MARK = /^\(to fill in\b[\s\S]*\)$/i;
function withoutMarkEmphasis(text) {
  return text.trim().replace(/^[_*]+(?=\()|(?<=\))[_*]+$/g, "");
}
function isPlaceholderText(text) {
  const first = text.charCodeAt(0);
  if (first < 128 && PLACEHOLDER_START[first] === 0) return false;
  const t = withoutMarkEmphasis(text);
  if (t === "") return true;
  if (FILL_IN_MARK.test(t)) return true;
  if (/^\[[^\]]*\]$/.test(t)) return true;
  if (/^[<(]\s*fill[ -]?in\b[^>)]*[>)]$/i.test(t)) return true;
  return /^(?:todo|tbd|tba|n\/a|na|\.\.\.|\u2026|-+|\?+|fill in|to be (?:filled in|determined))[.:!]?$/i.test(
    t
  );
}
var PLACEHOLDER_START = new Uint8Array(128);
for (const c of " 	\n\v\f\r([<_*.-?tTnNfF") PLACEHOLDER_START[c.charCodeAt(0)] = 1;
function elementStates(doc) {
  const states = {};
  for (const name of ELEMENT_NAMES) states[name] = sectionState(doc.elements[name]);
  return states;
}
function missingPlaces(doc, lastLine) {
  const states = elementStates(doc);
  const places = [];
  let next;
  for (let i = ELEMENT_NAMES.length - 1; i >= 0; i--) {
    const element = ELEMENT_NAMES[i];
    const line = doc.elements[element]?.line;
    if (states[element] !== "present") {
      places.push(line === void 0 ? { element, line: next ?? lastLine, absent: true } : { element, line });
    }
    if (line !== void 0) next = line;
  }
  return places.reverse();
}
function sectionState(section) {
  if (!section) return "absent";
  const texts = sectionTexts(section);
  if (texts.length === 0) return "empty";
  return texts.every(isPlaceholderText) ? "placeholder" : "present";
}
function sectionTexts(section, options = {}) {
  const texts = [];
  for (const field of section.fields) if (options.field?.(field.label) ?? true) texts.push(field.value);
  addPartTexts(texts, section, options);
  for (const part of section.subsections) addPartTexts(texts, part, options);
  return texts;
}
function addPartTexts(texts, part, { skipDone = false }) {
  for (const paragraph of part.paragraphs) texts.push(paragraph);
  for (const item of part.items) {
    if (skipDone && item.mark === "done") continue;
    if (item.text !== "" || item.details.length === 0) texts.push(item.text);
    for (const detail of item.details) texts.push(detail);
  }
}
function elementTitle(name) {
  return canonicalLabel(name);
}
function allFields(doc) {
  const fields = [...doc.header];
  const add = (section) => {
    if (section && section.fields.length > 0) fields.push(...section.fields);
  };
  for (const name of ELEMENT_NAMES) add(doc.elements[name]);
  add(doc.filesModified);
  add(doc.commits);
  for (const section of doc.otherSections) add(section);
  return fields;
}
function percentIn(text) {
  const match = text.match(/(-?)(?<!\d)(\d+(?:\.\d+)?)\s*%/);
  return match ? Number(`${match[1]}${match[2]}`) : void 0;
}
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function ageInDays(date, now, reckoning = "utc") {
  const days = daysSince(date, now, reckoning);
  return days === void 0 ? void 0 : Math.max(0, days);
}
function daysSince(date, now, reckoning) {
  const dayOf = (time) => reckoning === "utc" ? time.toISOString().slice(0, 10) : localDate(time);
  const instant = DAY_ONLY.test(date) ? Number.NaN : Date.parse(date);
  const day = Number.isNaN(instant) ? date.slice(0, 10) : dayOf(new Date(instant));
  const days = Math.round((Date.parse(dayOf(now)) - Date.parse(day)) / 864e5);
  return Number.isFinite(days) ? days : void 0;
}
var DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
function parseDocumentDate(value) {
  const iso = value.match(
    /\b(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/
  );
  if (iso) {
    const [, y, m, d, time, zone] = iso;
    if (!validDay(Number(y), Number(m), Number(d))) return void 0;
    const zoned = time && !zone ? `${iso[0]}Z` : iso[0];
    return time && !Number.isNaN(Date.parse(zoned)) ? zoned : `${y}-${m}-${d}`;
  }
  const monthFirst = value.match(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/);
  const dayFirst = value.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/);
  const parts = monthFirst ? { month: monthFirst[1], day: monthFirst[2], year: monthFirst[3] } : dayFirst ? { month: dayFirst[2], day: dayFirst[1], year: dayFirst[3] } : void 0;
  if (!parts) return void 0;
  const monthIndex = MONTHS.indexOf((parts.month ?? "").slice(0, 3).toLowerCase());
  const year = Number(parts.year);
  const day = Number(parts.day);
  if (monthIndex < 0 || !validDay(year, monthIndex + 1, day)) return void 0;
  return `${year}-${String(monthIndex + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function validDay(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

// src/core/document/facts.ts
function documentFacts(doc) {
  const read = readFacts(doc);
  const { field, prose } = read;
  const facts = { commitShas: commitShas(doc.commits) };
  const date = dateOf(read);
  if (date) facts.date = date;
  const agent = field("agent")?.value;
  if (agent) facts.agent = agent;
  const status = field("status")?.value;
  if (status) facts.statusText = status;
  const progress = progressOf(read);
  if (progress !== void 0) facts.progressPercent = progress;
  const timeSpent = hoursIn(field("timeSpent")?.value) ?? hoursIn(field("duration")?.value);
  if (timeSpent !== void 0) facts.timeSpentHours = timeSpent;
  const remaining = hoursIn(field("remaining")?.value);
  if (remaining !== void 0) facts.estimatedRemainingHours = remaining;
  const testsField = field("tests")?.value;
  const tests = (testsField ? testCountsIn(testsField) : void 0) ?? firstDefined(prose(), testCountsIn);
  if (tests) facts.tests = tests;
  const coverageField = field("coverage")?.value;
  const coverage = (coverageField ? numberIn(coverageField) : void 0) ?? firstDefined(prose(), coveragePhraseIn);
  if (coverage !== void 0) facts.coveragePercent = coverage;
  return facts;
}
function summaryFacts(doc) {
  const read = readFacts(doc);
  const facts = {};
  const date = dateOf(read);
  if (date) facts.date = date;
  const progress = progressOf(read);
  if (progress !== void 0) facts.progressPercent = progress;
  return facts;
}
function readFacts(doc) {
  const byFact = /* @__PURE__ */ new Map();
  const otherFacts = /* @__PURE__ */ new Set();
  for (const f of allFields(doc)) {
    const fact = fieldFactOf(f.label);
    if (fact !== void 0 && !byFact.has(fact)) byFact.set(fact, f);
    if (fact !== void 0 && fact !== "progress" && fact !== "status") otherFacts.add(f.value);
  }
  let proseRead;
  return {
    field: (fact) => byFact.get(fact),
    prose: () => {
      if (proseRead) return proseRead;
      const { timeProgress, currentState } = doc.elements;
      proseRead = timeProgress ? sectionTexts(timeProgress) : [];
      if (currentState) proseRead.push(...sectionTexts(currentState));
      return proseRead;
    },
    otherFacts
  };
}
function dateOf({ field }) {
  const dateField = field("date");
  return dateField && parseDocumentDate(dateField.value);
}
function progressOf({ field, prose, otherFacts }) {
  return progressIn(field("status")?.value) ?? progressIn(field("progress")?.value) ?? firstDefined(
    prose().filter((text) => !otherFacts.has(text) && !COVERAGE_WORD.test(text)),
    progressIn
  );
}
function openBlockers(doc) {
  return sectionItems(doc.elements.blockers).filter(
    (item) => item.mark !== "done" && item.mark !== "working" && isRealItem(item)
  );
}
function openNextSteps(doc) {
  return sectionItems(doc.elements.nextSteps).filter((item) => item.mark !== "done" && isRealItem(item));
}
function progressIn(text) {
  if (text === void 0) return void 0;
  const percent = percentIn(text);
  return percent !== void 0 && percent >= 0 && percent <= 100 ? percent : void 0;
}
function hoursIn(text) {
  if (!text) return void 0;
  let total;
  DURATION.lastIndex = 0;
  for (let match = DURATION.exec(text); match !== null; match = DURATION.exec(text)) {
    const amount = Number(match[1]);
    const minutes = (match[2] ?? "").toLowerCase().startsWith("m");
    total = (total ?? 0) + (minutes ? amount / 60 : amount);
  }
  return total === void 0 ? void 0 : Math.round(total * 100) / 100;
}
var DURATION = /(?<!\d)(\d+(?:\.\d+)?)\s*(hours|hour|hrs|hr|h|minutes|minute|mins|min|m)(?![a-z])/gi;
function testCountsIn(text) {
  const lower = text.toLowerCase();
  const count = (pattern, ...words) => {
    if (!words.some((word) => lower.includes(word))) return void 0;
    const match = text.match(pattern);
    return match ? Number(match[1]) : void 0;
  };
  const passed = count(TEST_COUNT.passed, "pass");
  const failed = count(TEST_COUNT.failed, "fail");
  if (passed === void 0 && failed === void 0) return void 0;
  const tests = { passed: passed ?? 0, failed: failed ?? 0 };
  const skipped = count(TEST_COUNT.skipped, "skipped", "pending", "todo");
  if (skipped !== void 0) tests.skipped = skipped;
  return tests;
}
var testCount = (words) => new RegExp(`(?<!\\d)(\\d+)\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:${words})\\b`, "i");
var TEST_COUNT = {
  passed: testCount("passed|passing|pass"),
  failed: testCount("failed|failing|failures|failure|fail"),
  skipped: testCount("skipped|pending|todo")
};
var COVERAGE_WORD = /\bcoverage\b/i;
function coveragePhraseIn(text) {
  if (!text.includes("%")) return void 0;
  const match = text.match(/coverage\b[^0-9%]{0,20}?(\d+(?:\.\d+)?)\s*%/i) ?? // A number from its first digit only: tried from every digit of a long run, the expression was
  // quadratic (32 KB of digits before `x%`: 1 s); a later start never matches where the first fails.
  text.match(/(?<!\d)(\d+(?:\.\d+)?)\s*%\s*(?:\w+\s+)?coverage/i);
  return match ? Number(match[1]) : void 0;
}
function numberIn(text) {
  const match = text.match(/(\d+(?:\.\d+)?)/);
  return match ? Number(match[1]) : void 0;
}
function firstDefined(texts, read) {
  for (const text of texts) {
    const value = read(text);
    if (value !== void 0) return value;
  }
  return void 0;
}
function commitShas(section) {
  const shas = [];
  for (const item of sectionItems(section)) {
    const sha = item.text.match(/^([0-9a-f]{7,40})\b/i)?.[1];
    if (sha) shas.push(sha.toLowerCase());
  }
  return shas;
}
function sectionItems(section) {
  if (!section) return [];
  return [...section.items, ...section.subsections.flatMap((s) => s.items)];
}
function isRealItem(item) {
  return !isPlaceholderText(item.text) && !NOTHING.test(item.text);
}
var NOTHING = /^(?:none|nothing|no (?:current |open )?blockers?)\b[\s.!]*(?:(?:yet|so far|currently)[\s.!]*)?$/i;

// src/core/whitespace.ts
var COLLAPSIBLE = /[^\S ]| \s/;
var WHITESPACE_RUN = /\s{1,1024}/g;
var DOUBLE_SPACE = /\s\s/;
function collapseWhitespace(text) {
  if (!COLLAPSIBLE.test(text)) return text;
  let collapsed = text.replace(WHITESPACE_RUN, " ");
  while (DOUBLE_SPACE.test(collapsed)) collapsed = collapsed.replace(WHITESPACE_RUN, " ");
  return collapsed;
}
function joinLines(text) {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const last = lines.length - 1;
  const kept = [];
  for (const [index, line] of lines.entries()) {
    let part = index > 0 ? line.trimStart() : line;
    if (index < last) part = part.trimEnd();
    if (part === "" && index > 0 && index < last) continue;
    kept.push(part);
  }
  return kept.join(" ");
}

export {
  ELEMENT_NAMES,
  collapseWhitespace,
  joinLines,
  normaliseLabel,
  sectionKindOf,
  canonicalLabel,
  isCurrentStatePart,
  isTimeProgressField,
  isStatusField,
  isPlaceholderText,
  missingPlaces,
  sectionTexts,
  elementTitle,
  allFields,
  ageInDays,
  DAY_ONLY,
  documentFacts,
  summaryFacts,
  openBlockers,
  openNextSteps,
  hoursIn
};
