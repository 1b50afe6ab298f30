#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  draftReport
} from "../chunks/chunk-4ZCD6ZPV.js";
import {
  readStdinText
} from "../chunks/chunk-NYIZCRBF.js";
import {
  STDIN_NAME,
  isEmptyDraftInput,
  mergeDraftInputs,
  parseDraftInputJson,
  parseProgress,
  planDraft,
  writeDraft
} from "../chunks/chunk-WOBEBPIO.js";
import {
  formatReportWarning
} from "../chunks/chunk-LR4JVZBB.js";
import "../chunks/chunk-27D75YPC.js";
import "../chunks/chunk-QF7OQG64.js";
import {
  elementTitle
} from "../chunks/chunk-YP6ORBIK.js";
import "../chunks/chunk-Y3SMQR7G.js";
import "../chunks/chunk-CK7CPOJ7.js";
import "../chunks/chunk-K2JIZ62M.js";
import "../chunks/chunk-QDYUYNQG.js";
import {
  findProjectRoot
} from "../chunks/chunk-5PDNFTRC.js";
import {
  loadConfig
} from "../chunks/chunk-SFWZ2PQX.js";
import "../chunks/chunk-IY7MKFWO.js";
import {
  readUserText
} from "../chunks/chunk-LELWGRLU.js";
import "../chunks/chunk-YKM2KWSZ.js";
import "../chunks/chunk-XABYDO6B.js";
import "../chunks/chunk-LU5TSSSA.js";
import "../chunks/chunk-7XVGDBHD.js";
import {
  EXIT
} from "../chunks/chunk-SCIR3M4K.js";
import "../chunks/chunk-MWPPMQVD.js";

// src/cli/commands/draft.ts
import { resolve } from "node:path";

// src/adapters/prompt.ts
import { createInterface } from "node:readline";
var QUESTIONS = [
  { key: "decisions", title: "Decisions made this session, each with its reason" },
  { key: "blockers", title: "New blockers (open ones from the last handoff are carried over)" },
  { key: "nextSteps", title: "New next steps, most urgent first" }
];
async function promptForAnswers(input, output) {
  const rl = createInterface({ input, output, terminal: Boolean(output.isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  const answers = {};
  try {
    output.write(
      "Fill in what the facts cannot know (an empty line ends each list, Ctrl-D skips the rest):\n"
    );
    for (const { key, title } of QUESTIONS) {
      output.write(`
${title}:
`);
      const items = [];
      for (; ; ) {
        output.write("  - ");
        const next = await lines.next();
        if (next.done) {
          if (items.length > 0) answers[key] = items;
          return answers;
        }
        const line = String(next.value).trim();
        if (line === "") break;
        items.push(line);
      }
      if (items.length > 0) answers[key] = items;
    }
    return answers;
  } finally {
    rl.close();
  }
}

// src/cli/commands/draft.ts
async function readDraftInput(options, ctx) {
  const flags = {};
  if (options.decision) flags.decisions = options.decision;
  if (options.blocker) flags.blockers = options.blocker;
  if (options.resolved) flags.resolved = options.resolved;
  if (options.next) flags.next = options.next;
  if (options.progress !== void 0) flags.progress = parseProgress(options.progress);
  if (options.remaining !== void 0) flags.remaining = options.remaining;
  if (options.note !== void 0) flags.note = options.note;
  if (options.input === void 0) return flags;
  const text = options.input === "-" ? await readStdinText(ctx.stdin, STDIN_NAME) : await readUserText(resolve(ctx.cwd, options.input), options.input);
  const file = options.input === "-" ? STDIN_NAME : options.input;
  return mergeDraftInputs(parseDraftInputJson(text, file), flags);
}
async function run(options, ctx) {
  const { projectRoot: repoRoot } = await findProjectRoot(ctx.cwd);
  const { config } = await loadConfig(repoRoot);
  const input = await readDraftInput(options, ctx);
  const given = options.input !== void 0 || !isEmptyDraftInput(input);
  const stdinIsTerminal = Boolean(ctx.stdin.isTTY);
  const interactive = options.interactive !== false && !given && options.format !== "json" && !options.stdout && stdinIsTerminal && Boolean(ctx.stdout.isTTY);
  const plan = await planDraft({
    repoRoot,
    config,
    taskId: options.task,
    ...options.agent === void 0 ? {} : { agent: options.agent },
    ...options.from === void 0 ? {} : { from: options.from },
    // Commander gives `--to` its default `HEAD`; only an explicit revision changes how the range is read.
    ...options.to === void 0 || options.to === "HEAD" ? {} : { to: options.to },
    ...options.tests === void 0 ? {} : { tests: options.tests },
    ...options.coverage === void 0 ? {} : { coverage: options.coverage },
    ...options.churn ? { churn: true } : {},
    ...options.timeRule === void 0 ? {} : { timeRule: options.timeRule },
    // The user's zone: TZ as this command was given it, else the system's.
    timeZone: ctx.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone,
    now: ctx.now(),
    ...options.stdout ? { preview: true } : {},
    ...given ? { input } : {},
    ...interactive ? { askAnswers: () => promptForAnswers(ctx.stdin, ctx.stdout) } : {}
  });
  if (options.format === "json") {
    if (!options.stdout) await writeDraft(repoRoot, config, plan);
    ctx.stdout.write(`${JSON.stringify(draftReport(plan, config.wordBudget, !options.stdout), null, 2)}
`);
    return EXIT.ok;
  }
  const err = (line) => ctx.stderr.write(`${line}
`);
  for (const warning of plan.warnings) err(`warning: ${formatReportWarning(warning)}`);
  for (const note of plan.notes) err(note);
  const merges = plan.mergeCount > 0 ? ` (and ${plan.mergeCount} ${plan.mergeCount === 1 ? "merge" : "merges"})` : "";
  err(`Commits: ${plan.commitCount}${merges} for ${options.task}, ${plan.rangeNote}.`);
  if (plan.draft.notOneSession) {
    const { why, suggestedFrom } = plan.draft.notOneSession;
    err(
      `warning: this range is probably not one session (${why}); choose its start with --from${suggestedFrom ? `, e.g. --from ${suggestedFrom.slice(0, 7)} for the last work session` : ""}.`
    );
  }
  const { draft } = plan;
  if (options.stdout) {
    ctx.stdout.write(draft.markdown);
  } else {
    await writeDraft(repoRoot, config, plan);
    ctx.stdout.write(
      `Wrote ${plan.path} (${draft.words} words); ${config.registry} now links it for ${plan.agent}.
`
    );
  }
  if (draft.trimmed.length > 0) err(`Shortened to fit the word budget: ${draft.trimmed.join(", ")}.`);
  if (draft.overBudget) {
    err(
      `warning: the draft has ${draft.words} words, over the ${config.wordBudget}-word budget; a short handoff gets read, so trim it.`
    );
  }
  if (plan.toFillIn.length > 0) {
    const FLAGS = {
      currentState: '--note "<what works, what does not>" or --tests <report>',
      decisions: '--decision "<what> - Reason: <why>"',
      blockers: '--blocker "<blocker>" (or --blocker None)',
      nextSteps: '--next "<step>"',
      timeProgress: "--progress <percent> --remaining <time>"
    };
    err(
      `To fill in before the check passes: ${plan.toFillIn.map(elementTitle).join(", ")} (edit the file; draft takes them as ${plan.toFillIn.map((e) => FLAGS[e] ?? elementTitle(e)).join("; ")}).`
    );
  }
  return EXIT.ok;
}
export {
  run
};
