#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/core/model.ts
var TIME_FIELDS = ["timeSpent", "remaining"];
var ELEMENT_NAMES = [
  "currentState",
  "decisions",
  "blockers",
  "nextSteps",
  "timeProgress"
];

export {
  TIME_FIELDS,
  ELEMENT_NAMES
};
