#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  shellWord
} from "./chunk-MLNENVTA.js";

// src/core/slots.ts
function slot(what) {
  return { slot: `<${what}>` };
}
var TASK_SLOT = slot("task id");
var AGENT_SLOT = slot("agent name");
function commandWord(value) {
  return typeof value === "string" ? shellWord(value) : `"${value.slot}"`;
}
function isSlot(value) {
  return /^<[^<>\n]+>$/.test(value) && !AUTOLINK.test(value);
}
function isOnlySlots(text) {
  return /^\s*(?:<[^<>]+>[\s:,.;-]*)+$/.test(text) && !AUTOLINK.test(text);
}
var AUTOLINK = /:\/\/|@/;
var LEFT_AS_PRINTED = "is the printed command's placeholder, left as it was";
var ANSWER_SLOTS = {
  currentState: `--note ${commandWord(slot("state in one line"))}`,
  decisions: `--decision ${commandWord(slot("decision: reason"))}`,
  blockers: `--blocker ${commandWord(slot("blocker, or None"))}`,
  nextSteps: `--next ${commandWord(slot("next step"))}`,
  timeProgress: `--progress ${commandWord(slot("0-100"))}`
};
var TIME_SLOTS = {
  timeSpent: `--time-spent ${commandWord(slot("time taken, e.g. 45m"))}`,
  remaining: `--remaining ${commandWord(slot("time left, e.g. 3h"))}`
};

export {
  TASK_SLOT,
  AGENT_SLOT,
  commandWord,
  isSlot,
  isOnlySlots,
  LEFT_AS_PRINTED,
  ANSWER_SLOTS,
  TIME_SLOTS
};
