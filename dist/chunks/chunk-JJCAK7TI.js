#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  changedNothing,
  lifecycleJson,
  nextAfterLifecycle,
  runLifecycle,
  startNote,
  taskOf
} from "./chunk-OBHWLX57.js";
import {
  rootActedOnNote
} from "./chunk-DINN2OLQ.js";
import {
  agentFromEnv
} from "./chunk-TETPMYFG.js";
import {
  loadConfig
} from "./chunk-BNLDGPFM.js";
import {
  findProjectRoot
} from "./chunk-HUG4EZO3.js";
import {
  EXIT,
  namingFilesBy,
  pathsFromHere
} from "./chunk-FRQYFUSM.js";

// src/cli/commands/lifecycle.ts
function lifecycleRun(action) {
  return async (options, ctx) => {
    const { projectRoot: repoRoot, prefix } = await findProjectRoot(ctx.cwd);
    const shown = pathsFromHere(ctx, repoRoot);
    const program = ctx.program ?? "handoff";
    const result = await namingFilesBy(shown, async () => {
      const { config } = await loadConfig(repoRoot);
      const envAgent = agentFromEnv(ctx.env);
      return runLifecycle({
        repoRoot,
        config,
        action,
        ...options.agent === void 0 ? {} : { agent: options.agent },
        ...envAgent === void 0 ? {} : { envAgent },
        ...options.task === void 0 ? {} : { taskId: options.task },
        ...options.note === void 0 ? {} : { note: options.note },
        ...options.force ? { force: true } : {},
        program,
        now: ctx.now()
      });
    });
    const next = await nextAfterLifecycle(result, repoRoot, { program, shown });
    const notes = [await rootActedOnNote(ctx, prefix), startNote(result, shown)].filter(
      (n) => n !== void 0
    );
    const note = notes.join(" ");
    ctx.stdout.write(
      options.format === "json" ? `${JSON.stringify({ ...lifecycleJson(result, shown), ...note ? { note } : {}, next }, null, 2)}
` : lifecycleText(result, next, shown, ctx.verbosity === "quiet", notes)
    );
    return EXIT.ok;
  };
}
function lifecycleText(result, next, shown, quiet = false, notes = []) {
  const task = taskOf(result.after);
  const was = result.before ? ` (was ${result.before.status}${taskOf(result.before) ? ` on ${taskOf(result.before)}` : ""})` : " (new in the registry)";
  const lines = [
    changedNothing(result) ? `${result.agent}: ${result.after.status}${task ? `, ${task}` : ""}, as ${shown(result.registry)} already says: nothing changed.` : `${result.agent}: ${result.after.status}${task ? `, ${task}` : ""}${was}; ${shown(result.registry)} updated.`
  ];
  if (!quiet) for (const note of notes) lines.push(`note: ${note}`);
  for (const { from, to } of result.moved ?? []) lines.push(`moved ${shown(from)} -> ${shown(to)}`);
  if (result.continues)
    lines.push(`linked ${shown(result.continues)}, the task's latest handoff, to continue from`);
  if (result.keptFor && !quiet) {
    const before = taskOf(result.before);
    lines.push(
      `note: ${result.keptFor.join(", ")} still ${result.keptFor.length === 1 ? "works" : "work"} on ${before}: its handoffs stay where they are until the last agent on it is done.`
    );
  }
  if (result.sharedWith && !quiet) {
    lines.push(
      `note: ${result.sharedWith.join(", ")} also ${result.sharedWith.length === 1 ? "works" : "work"} on ${task}: each agent drafts its own sessions, and each stays active until its own done or idle.`
    );
  }
  if (!quiet) {
    for (const command of next)
      lines.push(result.action === "start" ? `When the session ends: ${command}` : `Next: ${command}`);
  }
  return `${lines.join("\n")}
`;
}
var runBlock = lifecycleRun("block");
var runDone = lifecycleRun("done");
var runIdle = lifecycleRun("idle");

export {
  lifecycleRun,
  runBlock,
  runDone,
  runIdle
};
