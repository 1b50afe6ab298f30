#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/core/memo.ts
function memoised(limit, compute) {
  const answers = /* @__PURE__ */ new Map();
  return (text) => {
    const known = answers.get(text);
    if (known !== void 0) return known === NONE ? void 0 : known;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer === void 0 ? NONE : answer);
    return answer;
  };
}
var NONE = /* @__PURE__ */ Symbol("none");

export {
  memoised
};
