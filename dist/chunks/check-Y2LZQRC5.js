#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  detectHookManager,
  readHookStdin,
  resolveHookPush,
  runCheck
} from "./chunk-2DPK2L6S.js";
import "./chunk-INDYNK4D.js";
import "./chunk-Q6DQDJ5S.js";
import {
  bypassLines
} from "./chunk-QZE5634O.js";
import "./chunk-TTLLYJQS.js";
import {
  findRepoRoot
} from "./chunk-XM45BAXM.js";
import "./chunk-Y65M7BX2.js";
import "./chunk-6UYIBEJD.js";
import {
  EXIT
} from "./chunk-SCIR3M4K.js";
import "./chunk-Y3SMQR7G.js";
import {
  GitCommandManager
} from "./chunk-4RSNDMFK.js";
import "./chunk-LYXL3RVC.js";
import "./chunk-O6O72GKM.js";
import "./chunk-IAF4UGKJ.js";
import {
  InputError,
  formatInputError
} from "./chunk-7HJGQZZJ.js";
import "./chunk-MWPPMQVD.js";

// src/core/render/check-report.ts
var REASON_TITLES = {
  missing: "handoff missing",
  incomplete: "handoff incomplete",
  behind: "handoff behind the work",
  expired: "handoff expired",
  "invalid-link": "invalid details_link"
};
function renderCheckText(result, options) {
  const program = options.program ?? "handoff";
  const lines = [];
  const stale = result.verdicts.filter((v) => !v.fresh);
  const checked = result.range ? ` (${result.range.description}, ${result.range.commitCount} commit(s))` : "";
  const why = result.verdicts.length === 0 ? result.notes.find((n) => n.endsWith("nothing to check.")) : void 0;
  const notes = result.notes.filter((n) => n !== why);
  if (!result.stale) {
    const count = result.verdicts.length;
    lines.push(
      count === 0 ? `handoff check: ${sentenceCase(why) ?? `nothing to check${checked}.`}` : `handoff check: ${count} active task(s), every handoff fresh${checked}.`
    );
  } else {
    lines.push(
      `handoff check: ${stale.length} of ${result.verdicts.length} active task(s) need a handoff update${checked}.`
    );
    for (const verdict of stale) lines.push("", ...verdictLines(verdict, program));
  }
  if (notes.length > 0) {
    lines.push("");
    for (const note of notes) lines.push(`note: ${note}`);
  }
  if (result.stale && options.hook) {
    lines.push("", "Push blocked. Update the handoff (commit it), then push again. To push anyway:");
    for (const bypass of options.bypasses ?? bypassLines("plain")) lines.push(`  ${bypass}`);
  }
  return `${lines.join("\n")}
`;
}
function verdictLines(verdict, program) {
  const where = verdict.handoffPath ? ` \u2014 ${verdict.handoffPath}` : "";
  const lines = [`\u2717 ${verdict.taskId} (agent ${verdict.agent})${where}`];
  const fixes = [];
  for (const problem of verdict.problems) {
    lines.push(`  ${problem.reason}: ${problem.detail}`);
    if (!fixes.includes(problem.fix)) fixes.push(problem.fix);
  }
  for (const fix of fixes) lines.push(`  fix: ${fix.replace(/^handoff /, `${program} `)}`);
  return lines;
}
function renderCheckJson(result) {
  return `${JSON.stringify(result, null, 2)}
`;
}
function renderCheckGithub(result) {
  const lines = [];
  for (const verdict of result.verdicts) {
    if (verdict.fresh) continue;
    const reasons = verdict.problems.map((p) => p.reason).join(", ");
    const properties = [];
    if (verdict.handoffPath) properties.push(`file=${escapeProperty(verdict.handoffPath)}`);
    properties.push(`title=${escapeProperty(`${verdict.taskId}: ${titleOf(verdict)} (${reasons})`)}`);
    const message = verdict.problems.map((p) => `${p.reason}: ${p.detail} Fix: ${p.fix}`).join("\n");
    lines.push(`::error ${properties.join(",")}::${escapeData(message)}`);
  }
  for (const note of result.notes) lines.push(`::notice::${escapeData(note)}`);
  const stale = result.verdicts.filter((v) => !v.fresh).length;
  lines.push(
    `::notice title=${escapeProperty("Handoff Guard")}::${escapeData(
      stale === 0 ? `${result.verdicts.length} active task(s), every handoff fresh.` : `${stale} of ${result.verdicts.length} active task(s) need a handoff update.`
    )}`
  );
  return `${lines.join("\n")}
`;
}
function titleOf(verdict) {
  const first = verdict.problems[0];
  return first ? REASON_TITLES[first.reason] : "stale handoff";
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function sentenceCase(note) {
  return note === void 0 ? void 0 : `${note.charAt(0).toLowerCase()}${note.slice(1)}`;
}

// src/cli/commands/check.ts
function skipRequested(env) {
  const value = env.HANDOFF_SKIP?.trim().toLowerCase();
  return value !== void 0 && value !== "" && value !== "0" && value !== "false";
}
async function run(options, ctx) {
  if (skipRequested(ctx.env)) {
    ctx.stderr.write("handoff check: skipped (HANDOFF_SKIP is set).\n");
    return EXIT.ok;
  }
  const hook = options.hook === "pre-push";
  if (!hook) {
    try {
      return await check(options, ctx);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      ctx.stderr.write(`handoff: ${formatInputError(error)}
`);
      return EXIT.input;
    }
  }
  let config;
  try {
    return await check(options, ctx, (c) => {
      config = c;
    });
  } catch (error) {
    if (error instanceof InputError) {
      ctx.stderr.write(`handoff: ${formatInputError(error)}
${await bypassText(ctx)}`);
      return EXIT.input;
    }
    const message = error instanceof Error ? error.message : String(error);
    const block = config?.hook.onInternalError === "block";
    ctx.stderr.write(
      [
        "",
        "!!! handoff-guard: INTERNAL ERROR while checking handoffs !!!",
        `!!! ${message}`,
        block ? '!!! The push is blocked (hook.onInternalError is "block").' : '!!! The push is ALLOWED without a handoff check (set hook.onInternalError to "block" to refuse instead).',
        "!!! Set HANDOFF_DEBUG=1 for details, and please report it.",
        ""
      ].join("\n")
    );
    if (ctx.env.HANDOFF_DEBUG && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}
`);
    if (!block) return EXIT.ok;
    ctx.stderr.write(await bypassText(ctx));
    return EXIT.internal;
  }
}
async function check(options, ctx, onConfig) {
  const hook = options.hook === "pre-push";
  if (hook && (options.base || options.head)) {
    throw new InputError(
      "--hook pre-push reads the pushed refs from stdin; do not combine it with --base/--head",
      {},
      "usage/hook"
    );
  }
  const stdin = hook ? readHookStdin(ctx.stdin) : void 0;
  stdin?.catch(() => void 0);
  const repoRoot = await findRepoRoot(ctx.cwd);
  const prePush = stdin === void 0 ? void 0 : await resolveHookPush(
    GitCommandManager.create(repoRoot),
    await stdin,
    ctx.env,
    options.hookArgs ?? []
  );
  const result = await runCheck({
    repoRoot,
    now: ctx.now(),
    ...onConfig ? { onConfig } : {},
    ...options.base === void 0 ? {} : { base: options.base },
    ...options.head === void 0 ? {} : { head: options.head },
    ...prePush ? { prePush } : {}
  });
  const format = options.format ?? "text";
  const output = format === "json" ? renderCheckJson(result) : format === "github" ? renderCheckGithub(result) : renderCheckText(result, {
    hook,
    ...ctx.program ? { program: ctx.program } : {},
    // Only a blocked push lists the bypasses, so only then is the manager looked up.
    ...hook && result.stale ? {
      bypasses: bypassLines(await detectHookManager(GitCommandManager.create(repoRoot), ctx.env))
    } : {}
  });
  (hook ? ctx.stderr : ctx.stdout).write(output);
  return result.stale ? EXIT.stale : EXIT.ok;
}
async function bypassText(ctx) {
  const manager = await findRepoRoot(ctx.cwd).then((root) => detectHookManager(GitCommandManager.create(root), ctx.env)).catch(() => "plain");
  return `To push anyway:
${bypassLines(manager).map((b) => `  ${b}
`).join("")}`;
}
export {
  run,
  skipRequested
};
