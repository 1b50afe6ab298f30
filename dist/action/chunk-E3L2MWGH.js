#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  ELEMENT_NAMES,
  canonicalLabel,
  fieldFactOf,
  sectionKindOf
} from "./chunk-AIUCIYNC.js";

// src/core/document/elements.ts
var PLACEHOLDER_MARK = "_(to fill in)_";
function placeholder(hint) {
  const cleanHint = hint?.replace(/[\s)_*]+/g, " ").trim();
  return cleanHint ? `_(to fill in: ${cleanHint})_` : PLACEHOLDER_MARK;
}
function isPlaceholderText(text) {
  const t = text.trim().replace(/^[_*]+(?=\()|(?<=\))[_*]+$/g, "");
  if (t === "") return true;
  if (/^\(to fill in\b[\s\S]*\)$/i.test(t)) return true;
  if (/^\[[^\]]*\]$/.test(t)) return true;
  if (/^[<(]\s*fill[ -]?in\b[^>)]*[>)]$/i.test(t)) return true;
  return /^(?:todo|tbd|tba|n\/a|na|\.\.\.|…|-+|\?+|fill in|to be (?:filled in|determined))[.:!]?$/i.test(t);
}
function elementStates(doc) {
  const states = {};
  for (const name of ELEMENT_NAMES) states[name] = sectionState(doc.elements[name]);
  return states;
}
function missingElements(doc, required) {
  const states = elementStates(doc);
  return required.filter((name) => states[name] !== "present");
}
function sectionState(section) {
  if (!section) return "absent";
  const texts = sectionTexts(section);
  if (texts.length === 0) return "empty";
  return texts.every(isPlaceholderText) ? "placeholder" : "present";
}
function sectionTexts(section) {
  const texts = section.fields.map((f) => f.value);
  for (const part of [section, ...section.subsections]) {
    texts.push(...part.paragraphs);
    for (const item of part.items) texts.push(...itemTexts(item));
  }
  return texts;
}
function itemTexts(item) {
  return item.text === "" && item.details.length > 0 ? item.details : [item.text, ...item.details];
}
function elementTitle(name) {
  return canonicalLabel(name);
}
function lintHandoff(doc, required) {
  const problems = [];
  const states = elementStates(doc);
  for (const name of required) {
    const section = doc.elements[name];
    const title = canonicalLabel(name);
    switch (states[name]) {
      case "absent":
        problems.push({
          line: 1,
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
  const sections = [
    ...ELEMENT_NAMES.map((name) => doc.elements[name]),
    doc.filesModified,
    doc.commits,
    ...doc.otherSections
  ];
  return [...doc.header, ...sections.flatMap((s) => s?.fields ?? [])];
}
function percentIn(text) {
  const match = text.match(/(-?\d+(?:\.\d+)?)\s*%/);
  return match ? Number(match[1]) : void 0;
}
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function parseDocumentDate(value) {
  const iso = value.match(
    /\b(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/
  );
  if (iso) {
    const [, y, m, d, time] = iso;
    if (!validDay(Number(y), Number(m), Number(d))) return void 0;
    return time ? iso[0] : `${y}-${m}-${d}`;
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

export {
  PLACEHOLDER_MARK,
  placeholder,
  isPlaceholderText,
  elementStates,
  missingElements,
  sectionState,
  sectionTexts,
  elementTitle,
  lintHandoff,
  allFields,
  percentIn,
  parseDocumentDate
};
