#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));

// src/cli/context.ts
import { writeSync } from "node:fs";
import { isatty } from "node:tty";

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
function processContext(options = {}) {
  return {
    cwd: process.cwd(),
    env: process.env,
    // Made on first use: creating process.stdin costs ~4 ms, and most commands never read it.
    get stdin() {
      return process.stdin;
    },
    stdinFd: 0,
    stdout: options.directOutput ? descriptorOutput(1, () => guarded(process.stdout)) : process.stdout,
    stderr: options.directOutput ? descriptorOutput(2, () => guarded(process.stderr)) : process.stderr,
    now: clockFrom(process.env),
    program: /[\\/]node_modules[\\/]/.test(process.argv[1] ?? "") ? "npx handoff" : "handoff"
  };
}
function descriptorOutput(fd, stream) {
  let made;
  const viaStream = () => {
    made ??= stream();
    return made;
  };
  let closed = false;
  return {
    write(text) {
      if (made) return made.write(text);
      if (closed) return true;
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (error) {
        const code = error.code;
        if (code === "EPIPE") closed = true;
        else if (code === "EAGAIN") viaStream().write(bytes.subarray(written));
        else throw error;
      }
      return true;
    },
    // Asked of the descriptor: making the stream only to ask would cost what this output saves.
    get isTTY() {
      return made ? made.isTTY : isatty(fd);
    },
    get streamed() {
      return made !== void 0;
    }
  };
}
var EXIT = { ok: 0, stale: 1, input: 2, internal: 3 };
function ignoreClosedPipes() {
  guarded(process.stdout);
  guarded(process.stderr);
}
function guarded(stream) {
  return stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
}

export {
  processContext,
  EXIT,
  ignoreClosedPipes
};
