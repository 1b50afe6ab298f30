#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  ANSWER_SLOTS,
  TIME_SLOTS
} from "./chunk-EL6VZ225.js";
import {
  linkIssue
} from "./chunk-MLNENVTA.js";

// src/core/render/annotations.ts
function isRepositoryPath(path) {
  return linkIssue(path, "file") === void 0;
}
function annotatedOnRegistry(verdict) {
  return verdict.handoffPath === void 0 || !isRepositoryPath(verdict.handoffPath);
}

// src/core/render/check-report.ts
function commitsReadAfter(count, readAfter) {
  return `${count} commit(s) after ${readAfter}: every active handoff was last updated there or later`;
}
var NO_TERMINAL = `without a terminal (an agent), add the answers as flags: ${[...Object.values(ANSWER_SLOTS), TIME_SLOTS.remaining].join(" ")}`;
var UNCHECKED_TITLE = "Handoff Guard could not check this commit";
function renderUncheckedGithub(message, place) {
  const properties = [];
  if (place.file !== void 0 && isRepositoryPath(place.file)) {
    properties.push(`file=${escapeProperty(place.file)}`);
    if (place.line !== void 0) properties.push(`line=${place.line}`);
  }
  properties.push(`title=${escapeProperty(UNCHECKED_TITLE)}`);
  return `::error ${properties.join(",")}::${escapeData(message)}
`;
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

export {
  annotatedOnRegistry,
  commitsReadAfter,
  renderUncheckedGithub
};
