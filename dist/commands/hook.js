#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  agentFrom
} from "../chunks/chunk-R6DR2ME4.js";
import {
  draftBeforeCompaction,
  judgeAgentSession,
  runPrime
} from "../chunks/chunk-C67KWPSW.js";
import "../chunks/chunk-JCZIXKCK.js";
import {
  checkEventName,
  parseHookEvent,
  preCompactAnswer,
  sessionStartAnswer,
  stopAnswer
} from "../chunks/chunk-TRHZLSGX.js";
import "../chunks/chunk-I6VHTRA2.js";
import "../chunks/chunk-6C7KKZVH.js";
import "../chunks/chunk-SKV3QKBM.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-CMRJ74IV.js";
import "../chunks/chunk-F455CIAK.js";
import {
  stopReason
} from "../chunks/chunk-C637J3U3.js";
import "../chunks/chunk-HUJJGPEW.js";
import "../chunks/chunk-MMJH4BDU.js";
import {
  elementTitle
} from "../chunks/chunk-BIM3E2ZR.js";
import "../chunks/chunk-Z4QXMNMG.js";
import {
  loadConfig
} from "../chunks/chunk-OW6FRY5Y.js";
import "../chunks/chunk-PSXXRHAX.js";
import {
  findProjectRoot
} from "../chunks/chunk-DM7L26JY.js";
import "../chunks/chunk-JN6EMH3H.js";
import "../chunks/chunk-D2ALEJ5X.js";
import "../chunks/chunk-BJRH7MHS.js";
import {
  InputError,
  formatInputError
} from "../chunks/chunk-K7ZVKXRQ.js";
import {
  EXIT,
  projectFromStart
} from "../chunks/chunk-EKKSDTYU.js";
import "../chunks/chunk-HZO7HLZ6.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/adapters/stdin.ts
import { isUtf8 } from "node:buffer";
var STDIN_MAX_BYTES = 1024 * 1024;
async function readStdinText(stream, name, maxBytes = STDIN_MAX_BYTES, { untilJsonObject = false, waitMs } = {}) {
  const chunks = [];
  let size = 0;
  const pieces = stream[Symbol.asyncIterator]();
  const deadline = waitMs === void 0 ? void 0 : Date.now() + waitMs;
  try {
    for (; ; ) {
      const next = await nextBefore(pieces, deadline);
      if (next === "late") {
        stream.destroy?.();
        throw new InputError(
          `no ${untilJsonObject ? "complete JSON object" : "end of input"} on stdin within ${Math.round((waitMs ?? 0) / 1e3)} s`,
          { file: name },
          "stdin/timeout"
        );
      }
      if (next.done) break;
      const chunk = next.value;
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes) {
        throw new InputError(`more than ${maxBytes} bytes on stdin`, { file: name }, "size/too-large");
      }
      chunks.push(buffer);
      if (untilJsonObject && endsAnObject(buffer) && isJsonObject(Buffer.concat(chunks))) break;
    }
  } finally {
    void pieces.return?.();
  }
  let bytes = Buffer.concat(chunks);
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) bytes = bytes.subarray(3);
  if (!isUtf8(bytes)) throw new InputError("stdin is not valid UTF-8", { file: name }, "encoding/utf-8");
  return bytes.toString("utf8").replace(/\r\n/g, "\n");
}
function nextBefore(pieces, deadline) {
  const next = pieces.next();
  if (deadline === void 0) return next;
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve("late"), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([next, late]).finally(() => clearTimeout(timer));
}
function endsAnObject(chunk) {
  for (let i = chunk.length - 1; i >= 0; i--) {
    const byte = chunk[i];
    if (byte === 32 || byte === 10 || byte === 13 || byte === 9) continue;
    return byte === 125;
  }
  return false;
}
function isJsonObject(bytes) {
  try {
    const value = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

// src/cli/commands/hook.ts
function projectDir(ctx, eventCwd) {
  if (ctx.cwdGiven) return ctx.cwd;
  return ctx.env.CLAUDE_PROJECT_DIR || ctx.env.GEMINI_PROJECT_DIR || eventCwd || ctx.cwd;
}
var EVENT_WAIT_MS = 1e4;
async function answer(options, ctx, tool) {
  const event = parseHookEvent(
    await readStdinText(ctx.stdin, "(hook event)", void 0, {
      untilJsonObject: true,
      waitMs: EVENT_WAIT_MS
    }),
    "(hook event)"
  );
  checkEventName(tool, options.event, event);
  if (options.event === "stop" && event.stopHookActive) return stopAnswer(tool, void 0);
  const { projectRoot: repoRoot } = await findProjectRoot(projectDir(ctx, event.cwd));
  const agent = agentFrom(options.agent, ctx);
  const program = ctx.program ?? "handoff";
  const shownFrom = projectFromStart(ctx, repoRoot);
  if (options.event === "stop" && agent !== void 0) {
    try {
      const { config: config2 } = await loadConfig(repoRoot);
      const verdict = await judgeAgentSession(repoRoot, config2, agent, program, shownFrom);
      return stopAnswer(tool, verdict.stale ? { reason: stopReason(verdict) } : void 0);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return stopAnswer(tool, { reason: unreadableProjectReason(error, program) });
    }
  }
  const { config } = await loadConfig(repoRoot);
  const now = ctx.now();
  switch (options.event) {
    case "session-start": {
      const prime = await runPrime({
        repoRoot,
        config,
        ...agent === void 0 ? {} : { agent },
        program,
        now,
        shownFrom
      });
      return sessionStartAnswer(tool, prime.text);
    }
    case "stop":
      return stopAnswer(
        tool,
        void 0,
        "handoff: no agent named (--agent or HANDOFF_AGENT): session not checked."
      );
    case "pre-compact": {
      if (agent === void 0) return preCompactAnswer(tool, "handoff: no agent named: nothing drafted.");
      const result = await draftBeforeCompaction(repoRoot, config, agent, now);
      if (!result.drafted) return preCompactAnswer(tool, `handoff: nothing to draft (${result.skipped})`);
      const open = result.drafted.toFillIn.map((e) => elementTitle(e));
      return preCompactAnswer(
        tool,
        `handoff: drafted ${result.drafted.path} before compaction${open.length > 0 ? `; still to fill in: ${open.join(", ")}` : ""}.`
      );
    }
  }
}
function unreadableProjectReason(error, program) {
  return [
    `handoff cannot check this session: ${formatInputError(error)}`,
    "A push is refused (exit 2) while this is so. Mend it before ending the session.",
    `Run: ${program} validate`
  ].join("\n");
}
async function run(options, ctx) {
  const tool = options.tool ?? "claude";
  let result;
  try {
    result = await answer(options, ctx, tool);
  } catch (error) {
    const message = error instanceof InputError ? formatInputError(error) : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    ctx.stderr.write(`handoff hook ${options.event}: ${message}
`);
    const notice = `handoff hook ${options.event} could not run: ${message}`;
    result = options.event === "session-start" ? sessionStartAnswer(tool, `${notice}
Run \`handoff validate\` to see what is wrong.`) : { systemMessage: notice };
  }
  ctx.stdout.write(`${JSON.stringify(result)}
`);
  return EXIT.ok;
}
export {
  run
};
