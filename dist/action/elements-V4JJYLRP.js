#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  PLACEHOLDER_MARK,
  allFields,
  elementStates,
  elementTitle,
  isPlaceholderText,
  lintHandoff,
  missingElements,
  parseDocumentDate,
  percentIn,
  placeholder,
  sectionState,
  sectionTexts
} from "./chunk-E3L2MWGH.js";
import "./chunk-AIUCIYNC.js";
import "./chunk-MID6UTKV.js";
export {
  PLACEHOLDER_MARK,
  allFields,
  elementStates,
  elementTitle,
  isPlaceholderText,
  lintHandoff,
  missingElements,
  parseDocumentDate,
  percentIn,
  placeholder,
  sectionState,
  sectionTexts
};
