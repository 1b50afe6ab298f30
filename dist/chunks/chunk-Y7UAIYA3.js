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

// src/cli/context.ts
function processContext() {
  return {
    cwd: process.cwd(),
    env: process.env,
    // Made on first use: creating process.stdin costs ~4 ms, and most commands never read it.
    get stdin() {
      return process.stdin;
    },
    stdinFd: 0,
    stdout: process.stdout,
    stderr: process.stderr,
    now: clockFrom(process.env),
    program: /[\\/]node_modules[\\/]/.test(process.argv[1] ?? "") ? "npx handoff" : "handoff"
  };
}
var EXIT = { ok: 0, stale: 1, input: 2, internal: 3 };
function ignoreClosedPipes() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
}

export {
  processContext,
  EXIT,
  ignoreClosedPipes
};
