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
} from "./check-chunk-OBI54N7G.js";
import "./check-chunk-L7NKCSJR.js";
import "./check-chunk-H3OUL54H.js";
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
