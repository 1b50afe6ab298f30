#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  processContext
} from "./chunks/chunk-VM6H5HU7.js";
import "./chunks/chunk-MATBB7BT.js";
import {
  PACKAGE_VERSION
} from "./chunks/chunk-Y3SMQR7G.js";
import {
  InputError,
  formatInputError
} from "./chunks/chunk-AVNUWBDK.js";
import "./chunks/chunk-MWPPMQVD.js";

// src/cli/main.ts
var VERSION = PACKAGE_VERSION;
var CHECK_FORMATS = ["text", "json", "github"];
function collect(value, previous = []) {
  return [...previous, value];
}
function prePushHookOptions(argv) {
  if (argv[0] !== "check" || argv[1] !== "--hook" || argv[2] !== "pre-push") return void 0;
  const rest = argv[3] === "--" ? argv.slice(4) : argv.slice(3);
  if (rest.length > 2 || rest.some((arg) => arg.startsWith("-"))) return void 0;
  return { hook: "pre-push", format: CHECK_FORMATS[0], hookArgs: [...rest] };
}
function buildProgram({ Command, Option }, ctx, setExit) {
  const program = new Command("handoff").description("Keep a fresh handoff for every active task, across sessions of agents and people.").version(VERSION).option("-C, --cwd <dir>", "run as if started in <dir>").exitOverride().configureOutput({
    writeOut: (s) => ctx.stdout.write(s),
    writeErr: (s) => ctx.stderr.write(s)
  }).showHelpAfterError("(run `handoff --help` for usage)");
  const withCwd = (c) => {
    const dir = program.opts().cwd;
    return dir ? { ...c, cwd: dir } : c;
  };
  const run = (load) => async (...args) => {
    const cmd = args[args.length - 1];
    const mod = await load();
    setExit(await mod.run(cmd.opts(), withCwd(ctx)));
  };
  program.command("check").description("verify that every active task has a fresh, complete handoff").option("--base <rev>", "start of the range to check (exclusive)").option("--head <rev>", "end of the range to check", void 0).addOption(new Option("--hook <name>", "run as a git hook, reading its stdin").choices(["pre-push"])).addOption(
    new Option("--format <format>", "output format").choices(CHECK_FORMATS).default(CHECK_FORMATS[0])
  ).argument("[hook-args...]", "with --hook pre-push: the remote name and URL git passes to the hook").action(async (hookArgs, _options, cmd) => {
    cmd.setOptionValue("hookArgs", hookArgs);
    await run(() => import("./check.js"))(cmd);
  });
  program.command("draft").description("write the next handoff for a task from commits, test reports and the previous handoff").requiredOption("--task <id>", "task id, e.g. TASK-2025-0078-C").option("--agent <name>", "agent writing the handoff (default: the registry entry with this task)").option(
    "--from <rev>",
    "the commit before the session (the range is <rev>..--to); default: the last handoff update"
  ).option("--to <rev>", "end of the session range", "HEAD").option(
    "--tests <glob>",
    "test report files (JUnit XML, Jest JSON, TAP, Mocha JSON, TRX); repeatable",
    collect
  ).option("--coverage <file>", "coverage report (lcov, Cobertura XML, coverage-summary.json)").option("--stdout", "print the draft instead of writing it").option("--no-interactive", "never prompt, even in a terminal").action(run(() => import("./chunks/draft-4JNIR324.js")));
  program.command("resume").description("print the resume summary for the next session").option("--task <id>", "task id").option("--agent <name>", "agent name").addOption(
    new Option("--format <format>", "output format").choices(["text", "markdown", "json"]).default("text")
  ).option("--tests <glob>", "current test reports, to compare with what the handoff claims", collect).action(run(() => import("./chunks/resume-YJCO5U4Q.js")));
  program.command("status").description("every agent and task at a glance").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => import("./chunks/status-5YT6F7EL.js")));
  program.command("validate").description("check the registry schema and the structure of every linked handoff").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => import("./chunks/validate-CQTNX7YV.js")));
  program.command("init").description("scaffold the registry, config, pre-push hook and workflow file").option("--workflow", "also write .github/workflows/handoff-guard.yml").option("--no-hook", "do not install the pre-push hook").action(run(() => import("./chunks/init-HEBI5ETA.js")));
  program.command("demo").description("replay the seed example in a throw-away repository: hook blocks, draft, resume, PR comment").option("--out <dir>", "write the demo repository here instead of a temporary folder").action(run(() => import("./chunks/demo-BN2S7CMS.js")));
  return program;
}
async function main(argv, ctx = processContext()) {
  let commander;
  try {
    const hook = prePushHookOptions(argv);
    if (hook) {
      const { run } = await import("./check.js");
      return await run(hook, ctx);
    }
    commander = await import("./chunks/esm-CXCK7GYZ.js");
    let code2 = EXIT.ok;
    const program = buildProgram(commander, ctx, (c) => {
      code2 = c;
    });
    await program.parseAsync(argv, { from: "user" });
    return code2;
  } catch (error) {
    if (commander && error instanceof commander.CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    if (error instanceof InputError) {
      ctx.stderr.write(`handoff: ${formatInputError(error)}
`);
      return EXIT.input;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr.write(`handoff: internal error: ${message}
`);
    if (ctx.env.HANDOFF_DEBUG && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}
`);
    else ctx.stderr.write("handoff: set HANDOFF_DEBUG=1 for the stack trace, and please report it.\n");
    return EXIT.internal;
  }
}

// src/cli/bin.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
}
var code = await main(process.argv.slice(2));
process.exitCode = code;
