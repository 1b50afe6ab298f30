#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  readStdinText
} from "./chunk-XJQ765TR.js";
import {
  checkEventName,
  parseHookEvent,
  preCompactAnswer,
  sessionStartAnswer,
  stopAnswer
} from "./chunk-UFQ3ZUPE.js";
import {
  agentFrom,
  draftBeforeCompaction,
  judgeAgentSession,
  runPrime,
  stopReason
} from "./chunk-V3PNR3GK.js";
import "./chunk-UUSG3ENQ.js";
import "./chunk-DI4F62YS.js";
import "./chunk-J46FQETG.js";
import "./chunk-J5HHQAVX.js";
import "./chunk-45GJLOEA.js";
import "./chunk-7Z5RG7RY.js";
import "./chunk-P5X6BTOQ.js";
import "./chunk-GHWBEAFN.js";
import {
  loadConfig
} from "./chunk-I2ESGUMS.js";
import "./chunk-4NA3R2AD.js";
import "./chunk-A2YOYYIO.js";
import "./chunk-2DPK2L6S.js";
import "./chunk-INDYNK4D.js";
import "./chunk-Q6DQDJ5S.js";
import "./chunk-QZE5634O.js";
import "./chunk-TTLLYJQS.js";
import {
  findProjectRoot
} from "./chunk-XM45BAXM.js";
import "./chunk-Y65M7BX2.js";
import "./chunk-6UYIBEJD.js";
import {
  EXIT
} from "./chunk-SCIR3M4K.js";
import "./chunk-Y3SMQR7G.js";
import "./chunk-4RSNDMFK.js";
import {
  elementTitle
} from "./chunk-LYXL3RVC.js";
import "./chunk-O6O72GKM.js";
import "./chunk-IAF4UGKJ.js";
import {
  InputError,
  formatInputError
} from "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";

// src/cli/commands/hook.ts
function projectDir(ctx, eventCwd) {
  return ctx.env.CLAUDE_PROJECT_DIR || ctx.env.GEMINI_PROJECT_DIR || eventCwd || ctx.cwd;
}
async function answer(options, ctx, tool) {
  const event = parseHookEvent(await readStdinText(ctx.stdin, "(hook event)"), "(hook event)");
  checkEventName(tool, options.event, event);
  if (options.event === "stop" && event.stopHookActive) return stopAnswer(tool, void 0);
  const { projectRoot: repoRoot } = await findProjectRoot(projectDir(ctx, event.cwd));
  const { config } = await loadConfig(repoRoot);
  const agent = agentFrom(options.agent, ctx);
  const program = ctx.program ?? "handoff";
  const now = ctx.now();
  switch (options.event) {
    case "session-start": {
      const prime = await runPrime({
        repoRoot,
        config,
        ...agent === void 0 ? {} : { agent },
        program,
        now
      });
      return sessionStartAnswer(tool, prime.text);
    }
    case "stop": {
      if (agent === void 0) {
        return stopAnswer(
          tool,
          void 0,
          "handoff: no agent named (--agent or HANDOFF_AGENT): session not checked."
        );
      }
      const verdict = await judgeAgentSession(repoRoot, config, agent, program);
      return stopAnswer(tool, verdict.stale ? { reason: stopReason(verdict) } : void 0);
    }
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
