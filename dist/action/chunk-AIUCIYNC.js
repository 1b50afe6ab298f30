#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/core/model.ts
var ELEMENT_NAMES = [
  "currentState",
  "decisions",
  "blockers",
  "nextSteps",
  "timeProgress"
];

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
function normaliseLabel(label) {
  return label.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase().replace(/^[^\p{L}\p{N}]+/u, "").replace(/^\d+[.)]\s*/, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/[\s:.]+$/, "").replace(/\s+/g, " ").trim();
}
var kindByLabel = /* @__PURE__ */ new Map();
for (const [kind, labels] of Object.entries(SECTION_LABELS)) {
  for (const label of labels) kindByLabel.set(normaliseLabel(label), kind);
}
var currentStateParts = new Set(CURRENT_STATE_PARTS.map(normaliseLabel));
var timeProgressFields = new Set(TIME_PROGRESS_FIELDS.map(normaliseLabel));
var statusFields = new Set(STATUS_FIELD_LABELS.map(normaliseLabel));
var factByLabel = /* @__PURE__ */ new Map();
for (const [fact, labels] of Object.entries(FIELD_LABELS)) {
  for (const label of labels) factByLabel.set(normaliseLabel(label), fact);
}
function sectionKindOf(label) {
  return kindByLabel.get(normaliseLabel(label));
}
function canonicalLabel(kind) {
  return SECTION_LABELS[kind][0];
}
function isCurrentStatePart(label) {
  return currentStateParts.has(normaliseLabel(label));
}
function isTimeProgressField(label) {
  return timeProgressFields.has(normaliseLabel(label));
}
function isStatusField(label) {
  return statusFields.has(normaliseLabel(label));
}
function fieldFactOf(label) {
  return factByLabel.get(normaliseLabel(label));
}

export {
  ELEMENT_NAMES,
  normaliseLabel,
  sectionKindOf,
  canonicalLabel,
  isCurrentStatePart,
  isTimeProgressField,
  isStatusField,
  fieldFactOf
};
