#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  ELEMENT_NAMES
} from "./chunk-LMSMW57Z.js";
import {
  memoised
} from "./chunk-MLNENVTA.js";

// src/core/session-time.ts
var DEFAULT_FIRST_COMMIT_ALLOWANCE_MS = 30 * 60 * 1e3;
function estimateTimeSpent(commitTimesSeconds, gapMs, firstCommitAllowanceMs = DEFAULT_FIRST_COMMIT_ALLOWANCE_MS) {
  const times = [...commitTimesSeconds].sort((a, b) => a - b);
  const sessions = [];
  let current;
  for (const time of times) {
    if (current && (time - current.lastCommit) * 1e3 <= gapMs) {
      current.lastCommit = time;
      current.commits++;
    } else {
      current = { firstCommit: time, lastCommit: time, commits: 1, durationMs: 0 };
      sessions.push(current);
    }
  }
  let totalMs = 0;
  for (const session of sessions) {
    session.durationMs = (session.lastCommit - session.firstCommit) * 1e3 + firstCommitAllowanceMs;
    totalMs += session.durationMs;
  }
  return { hours: Math.round(totalMs / 36e4) / 10, sessions };
}
var GIT_HOURS_MAX_COMMIT_DIFF_MINUTES = 120;
var GIT_HOURS_FIRST_COMMIT_ADDITION_MINUTES = 120;
function gitHoursForAuthor(commitTimesSeconds, maxCommitDiffMinutes = GIT_HOURS_MAX_COMMIT_DIFF_MINUTES, firstCommitAdditionMinutes = GIT_HOURS_FIRST_COMMIT_ADDITION_MINUTES) {
  if (commitTimesSeconds.length < 2) return 0;
  const times = [...commitTimesSeconds].sort((a, b) => a - b);
  let hours = 0;
  for (let i = 0; i + 1 < times.length; i++) {
    const diffMinutes = (times[i + 1] - times[i]) / 60;
    hours += diffMinutes < maxCommitDiffMinutes ? diffMinutes / 60 : firstCommitAdditionMinutes / 60;
  }
  return Math.round(hours);
}
function estimateSessionTime(commits, rule, gapMs) {
  const gap = estimateTimeSpent(
    commits.map((c) => c.authorTime),
    gapMs
  );
  if (rule === "gap") {
    const gapHours = Math.round(gapMs / 36e5 * 10) / 10;
    return {
      ...gap,
      rule,
      ruleText: `commits split at gaps over ${gapHours} h, plus 0.5 h before each first commit`
    };
  }
  const byAuthor = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    const key = commit.authorEmail.toLowerCase() || "unknown";
    byAuthor.set(key, [...byAuthor.get(key) ?? [], commit.authorTime]);
  }
  let hours = 0;
  for (const times of byAuthor.values()) hours += gitHoursForAuthor(times);
  return {
    hours,
    sessions: gap.sessions,
    rule,
    ruleText: "git-hours: per author, gaps under 120 min in full, 120 min per longer gap"
  };
}
function taskTotal(earlier, thisSessionHours) {
  let hours = thisSessionHours;
  const unknown = [];
  for (const [index, session] of earlier.entries()) {
    if (session.hours === void 0) unknown.push(session.session ?? index + 1);
    else hours += session.hours;
  }
  return { hours: Math.round(hours * 10) / 10, sessions: earlier.length + 1, unknown };
}
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
var PLACEHOLDER_MARK = "_(to fill in)_";
function placeholder(hint) {
  const cleanHint = hint?.replace(/[\s)_*]+/g, " ").trim();
  return cleanHint ? `_(to fill in: ${cleanHint})_` : PLACEHOLDER_MARK;
}
function isFillInMark(text) {
  return FILL_IN_MARK.test(withoutMarkEmphasis(text));
}
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
function missingElements(doc, required) {
  const states = elementStates(doc);
  return required.filter((name) => states[name] !== "present");
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
function lintHandoff(doc, required, lastLine = 1) {
  const problems = [];
  const states = elementStates(doc);
  const absentAt = new Map(missingPlaces(doc, lastLine).map((place) => [place.element, place.line]));
  for (const name of required) {
    const section = doc.elements[name];
    const title = canonicalLabel(name);
    switch (states[name]) {
      case "absent":
        problems.push({
          line: absentAt.get(name) ?? 1,
          rule: "element/missing",
          message: `required element "${title}" is missing`
        });
        break;
      case "empty":
        problems.push({
          line: section?.line ?? 1,
          rule: "element/empty",
          message: `"${section?.label ?? title}" has no content`
        });
        break;
      case "placeholder":
        problems.push({
          line: section?.line ?? 1,
          rule: "element/placeholder",
          message: `"${section?.label ?? title}" holds only template text`
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
        rule: "section/duplicate",
        message: `second "${section.label}" section; merge it into the first`
      });
    }
  }
  for (const field of allFields(doc)) {
    const fact = fieldFactOf(field.label);
    if (fact === "date" && parseDocumentDate(field.value) === void 0) {
      problems.push({
        line: field.line,
        rule: "header/date",
        message: `"${field.label}" is not a date: "${field.value}" (use YYYY-MM-DD)`
      });
    }
    if (fact === "status" || fact === "progress") {
      const percent = percentIn(field.value);
      if (percent !== void 0 && (percent < 0 || percent > 100)) {
        problems.push({
          line: field.line,
          rule: "header/status",
          message: `"${field.label}" gives progress ${percent}%, outside 0-100`
        });
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
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
  collapseWhitespace,
  joinLines,
  estimateSessionTime,
  taskTotal,
  localDate,
  normaliseLabel,
  sectionKindOf,
  canonicalLabel,
  isCurrentStatePart,
  isTimeProgressField,
  isStatusField,
  fieldFactOf,
  placeholder,
  isFillInMark,
  isPlaceholderText,
  elementStates,
  missingElements,
  missingPlaces,
  sectionTexts,
  elementTitle,
  lintHandoff,
  allFields,
  percentIn,
  ageInDays,
  daysSince,
  DAY_ONLY,
  parseDocumentDate
};
