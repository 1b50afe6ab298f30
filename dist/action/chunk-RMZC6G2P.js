#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  allFields,
  isPlaceholderText,
  parseDocumentDate,
  percentIn,
  sectionTexts
} from "./chunk-E3L2MWGH.js";
import {
  fieldFactOf
} from "./chunk-AIUCIYNC.js";

// src/core/document/facts.ts
function documentFacts(doc) {
  const fields = allFields(doc);
  const field = (fact) => fields.find((f) => fieldFactOf(f.label) === fact);
  const prose = [doc.elements.timeProgress, doc.elements.currentState].flatMap(
    (s) => s ? sectionTexts(s) : []
  );
  const facts = { commitShas: commitShas(doc.commits) };
  const dateField = field("date");
  const date = dateField && parseDocumentDate(dateField.value);
  if (date) facts.date = date;
  const agent = field("agent")?.value;
  if (agent) facts.agent = agent;
  const status = field("status")?.value;
  if (status) facts.statusText = status;
  const progress = [status, field("progress")?.value, ...prose].map((text) => text === void 0 ? void 0 : percentIn(text)).find((percent) => percent !== void 0 && percent >= 0 && percent <= 100);
  if (progress !== void 0) facts.progressPercent = progress;
  const timeSpent = hoursIn(field("timeSpent")?.value) ?? hoursIn(field("duration")?.value);
  if (timeSpent !== void 0) facts.timeSpentHours = timeSpent;
  const remaining = hoursIn(field("remaining")?.value);
  if (remaining !== void 0) facts.estimatedRemainingHours = remaining;
  const testsField = field("tests")?.value;
  const tests = (testsField ? testCountsIn(testsField) : void 0) ?? firstDefined(prose, testCountsIn);
  if (tests) facts.tests = tests;
  const coverageField = field("coverage")?.value;
  const coverage = (coverageField ? numberIn(coverageField) : void 0) ?? firstDefined(prose, coveragePhraseIn);
  if (coverage !== void 0) facts.coveragePercent = coverage;
  return facts;
}
function openBlockers(doc) {
  return sectionItems(doc.elements.blockers).filter(
    (item) => item.mark !== "done" && item.mark !== "working" && isRealItem(item)
  );
}
function openNextSteps(doc) {
  return sectionItems(doc.elements.nextSteps).filter((item) => item.mark !== "done" && isRealItem(item));
}
function hoursIn(text) {
  if (!text) return void 0;
  const unit = /(\d+(?:\.\d+)?)\s*(hours|hour|hrs|hr|h|minutes|minute|mins|min|m)(?![a-z])/gi;
  let total;
  for (const match of text.matchAll(unit)) {
    const amount = Number(match[1]);
    const minutes = (match[2] ?? "").toLowerCase().startsWith("m");
    total = (total ?? 0) + (minutes ? amount / 60 : amount);
  }
  return total === void 0 ? void 0 : Math.round(total * 100) / 100;
}
function testCountsIn(text) {
  const count = (words) => {
    const match = text.match(new RegExp(`(\\d+)\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:${words})\\b`, "i"));
    return match ? Number(match[1]) : void 0;
  };
  const passed = count("passed|passing|pass");
  const failed = count("failed|failing|failures|failure|fail");
  if (passed === void 0 && failed === void 0) return void 0;
  const tests = { passed: passed ?? 0, failed: failed ?? 0 };
  const skipped = count("skipped|pending|todo");
  if (skipped !== void 0) tests.skipped = skipped;
  return tests;
}
function coveragePhraseIn(text) {
  const match = text.match(/coverage\b[^0-9%]{0,20}?(\d+(?:\.\d+)?)\s*%/i) ?? text.match(/(\d+(?:\.\d+)?)\s*%\s*(?:\w+\s+)?coverage/i);
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
  if (isPlaceholderText(item.text)) return false;
  return !/^(?:none|nothing|no (?:current |open )?blockers?)\b[\s.!]*(?:yet|so far|currently)?[\s.!]*$/i.test(
    item.text
  );
}

export {
  documentFacts,
  openBlockers,
  openNextSteps,
  hoursIn,
  testCountsIn
};
