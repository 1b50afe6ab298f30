#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/core/errors.ts
var InputError = class extends Error {
  constructor(message, location = {}, rule) {
    super(message);
    this.location = location;
    this.rule = rule;
    this.name = "InputError";
  }
  location;
  rule;
  exitCode = 2;
};
var InternalError = class extends Error {
  exitCode = 3;
  constructor(message, options) {
    super(message, options);
    this.name = "InternalError";
  }
};
function formatLocated(message, location = {}, rule) {
  const where = [location.file, location.line, location.column].filter((p) => p !== void 0).join(":");
  return `${where ? `${where}: ` : ""}${message}${rule ? ` [${rule}]` : ""}`;
}
function formatInputError(error) {
  return formatLocated(error.message, error.location, error.rule);
}

export {
  InputError,
  InternalError,
  formatLocated,
  formatInputError
};
