#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/adapters/clock.ts
function clockFrom(env) {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) {
    const fixed = Number(epoch) * 1e3;
    return () => new Date(fixed);
  }
  return () => /* @__PURE__ */ new Date();
}

export {
  clockFrom
};
