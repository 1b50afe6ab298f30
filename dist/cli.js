#!/usr/bin/env node
import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgFileURLToPath(new URL('.', import.meta.url));
import {
  commandTerminalOptions,
  terminalFor
} from "./chunks/chunk-K4YE67W6.js";
import {
  renderUncheckedGithub
} from "./chunks/chunk-O4DELAAV.js";
import {
  PACKAGE_VERSION
} from "./chunks/chunk-QMZXATRO.js";
import "./chunks/chunk-OBB7BCS7.js";
import "./chunks/chunk-EL6VZ225.js";
import {
  joinLines
} from "./chunks/chunk-P3IB3F72.js";
import "./chunks/chunk-LMSMW57Z.js";
import {
  findProjectRoot
} from "./chunks/chunk-HUG4EZO3.js";
import {
  EXIT,
  ignoreClosedPipes,
  processContext,
  programOn
} from "./chunks/chunk-FRQYFUSM.js";
import "./chunks/chunk-X2JOUVYR.js";
import {
  InputError,
  boundMessage,
  formatInputError,
  inputErrorFromSystem,
  inputErrorReport,
  proseWithInvocation,
  renderErrorJson
} from "./chunks/chunk-MLNENVTA.js";
import "./chunks/chunk-MWPPMQVD.js";

// src/cli/main.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";

// src/cli/direct-lines.ts
var CHECK_FORMATS = ["text", "json", "github"];
var RESUME_FORMATS = ["text", "markdown", "json"];
var STATUS_FORMATS = ["text", "json"];
function prePushHookOptions(argv) {
  if (argv[0] !== "check" || argv[1] !== "--hook" || argv[2] !== "pre-push") return void 0;
  const rest = argv[3] === "--" ? argv.slice(4) : argv.slice(3);
  if (rest.length > 2 || rest.some((arg) => arg.startsWith("-"))) return void 0;
  return { hook: "pre-push", format: CHECK_FORMATS[0], hookArgs: [...rest] };
}
var DIRECT_COMMANDS = {
  resume: {
    task: {},
    agent: {},
    format: { choices: RESUME_FORMATS },
    tests: { repeatable: true },
    coverage: {}
  },
  status: { format: { choices: STATUS_FORMATS } }
};
var DIRECT_COMMAND_NAMES = Object.keys(DIRECT_COMMANDS);

// src/cli/uncaught.ts
function reportUncaught(error, ctx, verbose = false, format) {
  const json = format === "json";
  const inputError = error instanceof InputError ? error : inputErrorFromSystem(error);
  if (inputError) {
    const program = ctx.program ?? "handoff";
    const message2 = proseWithInvocation(formatInputError(inputError), program);
    ctx.stderr.write(`handoff: ${message2}
`);
    if (json) ctx.stdout.write(inputErrorJson(inputError, program));
    if (format === "github") ctx.stdout.write(renderUncheckedGithub(message2, inputError.location));
    return EXIT.input;
  }
  const message = boundMessage(error instanceof Error ? error.message : String(error));
  ctx.stderr.write(`handoff: internal error: ${message}
`);
  if (json) ctx.stdout.write(renderErrorJson({ kind: "internal", message }, EXIT.internal));
  if ((ctx.env.HANDOFF_DEBUG || verbose) && error instanceof Error && error.stack)
    ctx.stderr.write(`${error.stack}
`);
  else ctx.stderr.write("handoff: set HANDOFF_DEBUG=1 for the stack trace, and please report it.\n");
  return EXIT.internal;
}
function inputErrorJson(error, program = "handoff") {
  const report = inputErrorReport(error);
  return renderErrorJson({ ...report, message: proseWithInvocation(report.message, program) }, EXIT.input);
}

// src/cli/main.ts
var VERSION = PACKAGE_VERSION;
function collect(value, previous = []) {
  return [...previous, value];
}
var COMPLETION_SHELLS = ["bash", "zsh", "fish"];
var SAYS_NEXT_COMMANDS = /* @__PURE__ */ new Set(["start", "block", "done", "idle", "prime", "hook", "draft", "setup"]);
function buildProgram({ Argument, Command, Option }, ctx, setExit, state, only) {
  const wants = (name) => only === void 0 || only === name;
  const program = new Command("handoff").description("Keep a fresh handoff for every active task, across sessions of agents and people.").version(VERSION).option("-C, --cwd <dir>", "run as if started in <dir>").addOption(
    new Option(
      "-q, --quiet",
      "on success print only what the command is for (no notes, no progress)"
    ).conflicts("verbose")
  ).option("-v, --verbose", "print more: how long the command took, the stack of an internal error").exitOverride().configureHelp({ showGlobalOptions: true }).configureOutput({
    writeOut: (s) => ctx.stdout.write(s),
    writeErr: (s) => ctx.stderr.write(s)
  }).showHelpAfterError("(run `handoff --help` for usage)");
  const withCwd = async (c, command) => {
    const dir = program.opts().cwd;
    if (!dir) return c;
    const cwd = resolve(c.cwd, dir);
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
      if (command === "hook") return c;
      throw new InputError(`no such folder: ${cwd} (-C ${dir})`, {}, "path/no-folder");
    }
    const given = { ...c, cwd, cwdGiven: true, startedIn: c.cwd };
    state.errorProgram = programOn(c.program ?? "handoff", given, cwd);
    if (!SAYS_NEXT_COMMANDS.has(command)) return given;
    const found = await findProjectRoot(cwd).catch(() => void 0);
    return { ...given, program: programOn(c.program ?? "handoff", given, found?.projectRoot ?? cwd) };
  };
  const withTerminal = async (cmd, runCommand) => {
    const globals = program.opts();
    const verbosity = globals.quiet ? "quiet" : globals.verbose ? "verbose" : "normal";
    state.verbose = verbosity === "verbose";
    const started = state.verbose ? performance.now() : 0;
    const terminal = await terminalFor(
      await withCwd(ctx, cmd.name()),
      commandTerminalOptions(cmd.name(), cmd.opts().format, verbosity)
    );
    let code = EXIT.internal;
    try {
      code = await runCommand(terminal.ctx);
      return code;
    } catch (error) {
      code = error instanceof InputError ? EXIT.input : EXIT.internal;
      throw error;
    } finally {
      terminal.finish(code === EXIT.ok);
      if (state.verbose) {
        const ms = Math.round(performance.now() - started);
        ctx.stderr.write(`handoff: ${cmd.name()} took ${ms} ms, exit ${code}
`);
      }
    }
  };
  const run = (load) => async (...args) => {
    const cmd = args[args.length - 1];
    const mod = await load();
    setExit(await withTerminal(cmd, (c) => mod.run(cmd.opts(), c)));
  };
  if (wants("check"))
    program.command("check").description("verify that every active task has a fresh, complete handoff").option("--base <rev>", "start of the range to check (exclusive)").option("--head <rev>", "end of the range to check", void 0).option(
      "--branch <name>",
      "the branch the checked commits are on, for the task id in its name (default: HEAD's branch; on a detached HEAD, as in CI, the one branch pointing at it)"
    ).addOption(new Option("--hook <name>", "run as a git hook, reading its stdin").choices(["pre-push"])).addOption(
      new Option("--format <format>", "output format").choices(CHECK_FORMATS).default(CHECK_FORMATS[0])
    ).argument("[hook-args...]", "with --hook pre-push: the remote name and URL git passes to the hook").action(async (hookArgs, _options, cmd) => {
      cmd.setOptionValue("hookArgs", hookArgs);
      await run(() => import("./chunks/check-XZ7T4PSP.js"))(cmd);
    });
  if (wants("draft"))
    program.command("draft").description("write the next handoff for a task from commits, test reports and the previous handoff").option("--task <id>", "task id, e.g. TASK-2025-0078-C (required)").hook("preAction", requireTask).option("--agent <name>", "agent writing the handoff (default: the registry entry with this task)").option(
      "--from <rev>",
      "the commit before the session (the range is <rev>..--to); default: the last handoff update"
    ).option("--to <rev>", "end of the session range", "HEAD").option(
      "--tests <glob...>",
      "test report files or globs (JUnit XML, TRX, NUnit, xUnit.net, CppUnit, Check, Jest/Mocha/RSpec JSON, go test -json, Dart JSON, TAP); several after one flag (a glob the shell expanded), or the flag repeated",
      collect
    ).option("--coverage <file>", "coverage report (lcov, Cobertura XML, coverage-summary.json)").option("--churn", "also list lines changed summed over the commits, beside the net change").addOption(
      new Option("--time-rule <rule>", "how time spent is estimated (docs/drafting.md)").choices(["gap", "git-hours"]).default("gap")
    ).option("--stdout", "print the draft instead of writing it").option("--no-interactive", "never prompt, even in a terminal").option("--decision <text>", "a decision made this session, with its reason; repeatable", collect).option("--blocker <text>", 'a new blocker ("None" for none); repeatable', collect).option(
      "--resolved <text>",
      "a carried blocker or next step this session resolved; repeatable",
      collect
    ).option("--next <text>", "a new next step, most urgent first; repeatable", collect).option("--progress <percent>", "percent complete, 0-100").option("--remaining <time>", "estimated time remaining, e.g. 3h").option(
      "--time-spent <time>",
      "time this session took, e.g. 45m or 1.5h (default: estimated from its commits)"
    ).option("--note <text>", "one line on the current state (also the registry brief_note)").option("--input <file>", "the answers as JSON (schema/draft-input.schema.json); - reads stdin").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => import("./chunks/draft-R3KKKOTZ.js")));
  if (wants("start"))
    program.command("start").description("register the agent's task, or switch it to one: in_progress").option("--task <id>", "task id, e.g. TASK-2025-0078-C (required)").hook("preAction", requireTask).option("--agent <name>", "agent name (default: $HANDOFF_AGENT)").option("--note <text>", "the registry's brief_note").option("--force", "switch even when the current task has work its handoff does not cover").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => import("./commands/start.js")));
  for (const [name, description, key] of [
    ["block", "mark the agent's task blocked (still active)", "runBlock"],
    ["done", "mark the agent's task complete", "runDone"],
    ["idle", "mark the agent idle, with no current task", "runIdle"]
  ]) {
    if (!wants(name)) continue;
    const command = program.command(name).description(description).option("--agent <name>", "agent name (default: $HANDOFF_AGENT, else the one active agent)").option("--note <text>", "replace the registry's brief_note");
    if (name !== "block")
      command.option("--force", "leave the task even with work its handoff does not cover");
    command.addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(async () => ({ run: (await import("./commands/lifecycle.js"))[key] })));
  }
  if (wants("setup"))
    program.command("setup").description("install the session hooks of an agent tool (claude, gemini) in this project").addArgument(new Argument("<tool>", "claude or gemini").choices(["claude", "gemini"])).option("--agent <name>", "the agent name the hooks act for (default: the tool name)").option(
      "--command <cmd>",
      "how the hooks run handoff (default: the project's node_modules/.bin/handoff, else npx --no-install handoff)"
    ).option("--no-instructions", "do not add the handoff paragraph to CLAUDE.md / GEMINI.md").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(async (tool, _options, cmd) => {
      cmd.setOptionValue("tool", tool);
      await run(() => import("./commands/setup.js"))(cmd);
    });
  if (wants("hook"))
    program.command("hook").description("answer an agent tool hook: the event JSON on stdin, the answer on stdout").addArgument(
      new Argument("<event>", "the session moment").choices(["session-start", "stop", "pre-compact"])
    ).addOption(
      new Option("--tool <tool>", "whose protocol").choices(["claude", "gemini"]).default("claude")
    ).option("--agent <name>", "the agent (default: $HANDOFF_AGENT)").action(async (event, _options, cmd) => {
      cmd.setOptionValue("event", event);
      await run(() => import("./chunks/hook-CDQNF5AL.js"))(cmd);
    });
  if (wants("prime"))
    program.command("prime").description("the agent's brief in about 1.5k tokens: its task, the team, what is stale").option("--agent <name>", "the agent (default: $HANDOFF_AGENT)").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => import("./chunks/prime-Z6RI2BT2.js")));
  if (wants("mcp"))
    program.command("mcp").description("serve the handoff tools to an agent over MCP (stdio)").action(run(() => import("./commands/mcp.js")));
  if (wants("resume"))
    program.command("resume").description("print the resume summary for the next session").option("--task <id>", "task id").option("--agent <name>", "agent name").addOption(
      new Option("--format <format>", "output format").choices(RESUME_FORMATS).default(RESUME_FORMATS[0])
    ).option(
      "--tests <glob...>",
      "current test reports or globs, to compare with what the handoff claims; several after one flag, or the flag repeated",
      collect
    ).option("--coverage <file>", "current coverage report, to compare with what the handoff claims").action(run(() => import("./chunks/resume-SKORYFAR.js")));
  if (wants("status"))
    program.command("status").description("every agent and task at a glance").addOption(
      new Option("--format <format>", "output format").choices(STATUS_FORMATS).default(STATUS_FORMATS[0])
    ).action(run(() => import("./chunks/status-AKBTSKNH.js")));
  if (wants("validate"))
    program.command("validate").description("check the registry schema and the structure of every linked handoff").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => import("./commands/validate.js")));
  if (wants("init"))
    program.command("init").description("scaffold the registry, config, pre-push hook and workflow file").option("--workflow", "also write .github/workflows/handoff-guard.yml").option("--no-hook", "do not install the pre-push hook").option("--no-merge-driver", "do not register the registry's git merge driver").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(run(() => import("./commands/init.js")));
  if (wants("merge-registry"))
    program.command("merge-registry").description(
      "git merge driver for the registry: merges two branches' edits entry by entry (see `handoff init`)"
    ).argument("<base>", "the common ancestor's version (git's %O)").argument("<current>", "this branch's version, overwritten with the result (git's %A)").argument("<other>", "the other branch's version (git's %B)").argument("[path]", "the registry's path in the repository, for messages (git's %P)").action(async (...args) => {
      const cmd = args[args.length - 1];
      cmd.setOptionValue(
        "files",
        args.slice(0, 4).filter((a) => typeof a === "string")
      );
      await run(() => import("./commands/merge-registry.js"))(cmd);
    });
  if (wants("completion"))
    program.command("completion").description(
      'print the shell completion script: eval "$(handoff completion bash)"; see the README for zsh and fish'
    ).addArgument(new Argument("<shell>", "the shell").choices(COMPLETION_SHELLS)).action(async (shell, _options, cmd) => {
      cmd.setOptionValue("shell", shell);
      cmd.setOptionValue("program", program);
      await run(() => import("./commands/completion.js"))(cmd);
    });
  if (wants("demo"))
    program.command("demo").description(
      "replay the seed example in a throw-away repository: hook blocks, draft, resume, PR comment"
    ).option("--out <dir>", "write the demo repository here instead of a temporary folder").action(run(() => import("./commands/demo.js")));
  for (const command of program.commands)
    command.showHelpAfterError(`(run \`handoff ${command.name()} --help\` for usage)`);
  return program;
}
function errorFormat(argv) {
  const end = argv.indexOf("--");
  const words = end === -1 ? argv : argv.slice(0, end);
  const asked = (format) => words.some(
    (word, i) => word === `--format=${format}` || word === "--format" && words[i + 1] === format
  );
  return asked("json") ? "json" : asked("github") ? "github" : void 0;
}
function requireTask(command) {
  if (command.opts().task === void 0) {
    command.error("error: required option '--task <id>' not specified", {
      code: "commander.missingMandatoryOptionValue",
      exitCode: 2
    });
  }
}
function refuseOptionAsValue(command, args) {
  const options = command.options;
  const known = /* @__PURE__ */ new Set(["--help", "-h"]);
  for (const option of options) {
    if (option.long) known.add(option.long);
    if (option.short) known.add(option.short);
  }
  for (let i = 0; i < args.length - 1; i++) {
    if (args[i] === "--") return;
    const option = options.find((o) => o.required && (o.long === args[i] || o.short === args[i]));
    const next = args[i + 1];
    if (option && known.has(next)) {
      command.error(
        `error: option '${option.flags}' needs a value, and the next word is the option '${next}'`,
        {
          code: "commander.optionMissingArgument",
          exitCode: 2
        }
      );
    }
  }
}
async function main(argv, ctx = processContext()) {
  let commander;
  const state = { verbose: false };
  try {
    const hook = prePushHookOptions(argv);
    if (hook) {
      const { run } = await import("./chunks/check-XZ7T4PSP.js");
      return await run(hook, ctx);
    }
    commander = await import("./chunks/esm-CXCK7GYZ.js");
    let code = EXIT.ok;
    const setExit = (c) => {
      code = c;
    };
    const first = argv[0];
    const named = first !== void 0 && !first.startsWith("-") && first !== "completion" ? buildProgram(commander, ctx, setExit, state, first) : void 0;
    const program = named && named.commands.length > 0 ? named : buildProgram(commander, ctx, setExit, state);
    let at = 0;
    while (argv[at]?.startsWith("-")) {
      const option = program.options.find((o) => o.long === argv[at] || o.short === argv[at]);
      at += option?.required ? 2 : 1;
    }
    const command = program.commands.find((c) => c.name() === argv[at]);
    if (command) refuseOptionAsValue(command, argv.slice(at + 1));
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    const format = errorFormat(argv);
    const json = format === "json";
    if (commander && error instanceof commander.CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      if (json) {
        const message = joinLines(error.message.replace(/^error: /, ""));
        const name = error.code.replace(/^commander\./, "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        ctx.stdout.write(renderErrorJson({ kind: "usage", message, rule: `usage/${name}` }, EXIT.input));
      }
      return EXIT.input;
    }
    const program = state.errorProgram;
    return reportUncaught(error, program === void 0 ? ctx : { ...ctx, program }, state.verbose, format);
  }
}

// src/cli/bin.ts
ignoreClosedPipes();
main(process.argv.slice(2)).then(async (code) => {
  process.exitCode = code;
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write("", done)))
  );
  process.exit(code);
});
