/**
 * The `handoff` program: argument parsing and exit codes only. Each command lives in
 * `commands/<name>.ts` and is imported when it runs, so `handoff check` loads neither the markdown
 * parser nor the report readers unless it needs them.
 *
 * The hook stub's exact command line (direct-lines.ts) goes straight to the check command; commander,
 * which costs more to load than the hook's own work, is imported for every other command line. The
 * `handoff` bin does the same before this module is even loaded (launcher.ts).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { findProjectRoot } from '../adapters/repo-root.js';
import { InputError, renderErrorJson } from '../core/errors.js';
import { PACKAGE_VERSION } from '../core/version.js';
import { joinLines } from '../core/whitespace.js';
import { type CommandContext, EXIT, processContext, programOn } from './context.js';
import { CHECK_FORMATS, prePushHookOptions, RESUME_FORMATS, STATUS_FORMATS } from './direct-lines.js';
import { commandTerminalOptions, terminalFor } from './terminal-manners.js';
import { reportUncaught } from './uncaught.js';

const VERSION = PACKAGE_VERSION;

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

type Commander = typeof import('commander');

/** What `main` learns of the command line as it runs, to report an error the command stops on. */
interface MainState {
  verbose: boolean;
  /** With `-C`: the program as the commands an error quotes run it, with `-C` to the same folder. */
  errorProgram?: string;
}

const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'];
/**
 * Commands that print the agent's next commands: run with `-C <dir>`, those carry `-C` to the project
 * the command acts on (`programOn`; setup's note, `setup claude --agent NAME`, sets up the same
 * package's hooks). (check's fixes name their package from the repository root; init's commands run
 * at the root, `cd` there first.)
 */
const SAYS_NEXT_COMMANDS = new Set(['start', 'block', 'done', 'idle', 'prime', 'hook', 'draft', 'setup']);

/**
 * The program. With `only`, the one command of that name is defined and no other: defining all
 * seventeen (their options, choices and help) cost every command line ~2 ms, and a line that names
 * its command needs only that one. `main` builds them all when the line names none (help, a typo,
 * global options first), and `completion` needs them all.
 */
function buildProgram(
  { Argument, Command, Option }: Commander,
  ctx: CommandContext,
  setExit: (code: number) => void,
  state: MainState,
  only?: string,
): Command {
  const wants = (name: string) => only === undefined || only === name;
  const program = new Command('handoff')
    .description('Keep a fresh handoff for every active task, across sessions of agents and people.')
    .version(VERSION)
    .option('-C, --cwd <dir>', 'run as if started in <dir>')
    .addOption(
      new Option(
        '-q, --quiet',
        'on success print only what the command is for (no notes, no progress)',
      ).conflicts('verbose'),
    )
    .option('-v, --verbose', 'print more: how long the command took, the stack of an internal error')
    .exitOverride()
    // A command's --help lists -C, -q and -v too: every command takes them.
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .showHelpAfterError('(run `handoff --help` for usage)');

  const withCwd = async (c: CommandContext, command: string): Promise<CommandContext> => {
    const dir = program.opts<{ cwd?: string }>().cwd;
    if (!dir) return c;
    const cwd = resolve(c.cwd, dir);
    // Else the search for the repository would start from the folder above, and act on it.
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
      // An agent tool's hook must never fail (a Stop hook's exit 2 would send the agent back, and
      // again at every stop): it answers for the tool's project instead.
      if (command === 'hook') return c;
      throw new InputError(`no such folder: ${cwd} (-C ${dir})`, {}, 'path/no-folder');
    }
    const given: CommandContext = { ...c, cwd, cwdGiven: true, startedIn: c.cwd };
    // The commands an error quotes (create one with `handoff init`) run in the same folder, whatever
    // the command: main reports the error (reportUncaught) with this program.
    state.errorProgram = programOn(c.program ?? 'handoff', given, cwd);
    if (!SAYS_NEXT_COMMANDS.has(command)) return given;
    // The next commands these print (`handoff draft ...` when the session ends) act on the project the
    // command acts on, found from the folder as the command finds it (else, outside a repository, on
    // the folder: the command says what is wrong).
    const found = await findProjectRoot(cwd).catch(() => undefined);
    return { ...given, program: programOn(c.program ?? 'handoff', given, found?.projectRoot ?? cwd) };
  };
  // Colour, --quiet and --verbose (cli/terminal.ts) wrap every command run through commander.
  const withTerminal = async (cmd: Command, runCommand: (c: CommandContext) => Promise<number>) => {
    const globals = program.opts<{ quiet?: boolean; verbose?: boolean }>();
    const verbosity = globals.quiet ? 'quiet' : globals.verbose ? 'verbose' : 'normal';
    state.verbose = verbosity === 'verbose';
    // Timed only for --verbose: the global `performance` loads node:perf_hooks on first use (~2 ms).
    const started = state.verbose ? performance.now() : 0;
    const terminal = await terminalFor(
      await withCwd(ctx, cmd.name()),
      commandTerminalOptions(cmd.name(), cmd.opts<{ format?: string }>().format, verbosity),
    );
    let code: number = EXIT.internal;
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
        ctx.stderr.write(`handoff: ${cmd.name()} took ${ms} ms, exit ${code}\n`);
      }
    }
  };
  const run =
    (load: () => Promise<{ run: (opts: never, ctx: CommandContext) => Promise<number> }>) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const mod = await load();
      setExit(await withTerminal(cmd, (c) => mod.run(cmd.opts() as never, c)));
    };

  if (wants('check'))
    program
      .command('check')
      .description('verify that every active task has a fresh, complete handoff')
      .option('--base <rev>', 'start of the range to check (exclusive)')
      .option('--head <rev>', 'end of the range to check', undefined)
      .option(
        '--branch <name>',
        "the branch the checked commits are on, for the task id in its name (default: HEAD's branch; on a detached HEAD, as in CI, the one branch pointing at it)",
      )
      .addOption(new Option('--hook <name>', 'run as a git hook, reading its stdin').choices(['pre-push']))
      .addOption(
        new Option('--format <format>', 'output format').choices(CHECK_FORMATS).default(CHECK_FORMATS[0]),
      )
      .argument('[hook-args...]', 'with --hook pre-push: the remote name and URL git passes to the hook')
      .action(async (hookArgs: string[], _options: unknown, cmd: Command) => {
        cmd.setOptionValue('hookArgs', hookArgs);
        await run(() => import('./commands/check.js'))(cmd);
      });

  if (wants('draft'))
    program
      .command('draft')
      .description('write the next handoff for a task from commits, test reports and the previous handoff')
      .option('--task <id>', 'task id, e.g. TASK-2025-0078-C (required)')
      .hook('preAction', requireTask)
      .option('--agent <name>', 'agent writing the handoff (default: the registry entry with this task)')
      .option(
        '--from <rev>',
        'the commit before the session (the range is <rev>..--to); default: the last handoff update',
      )
      .option('--to <rev>', 'end of the session range', 'HEAD')
      .option(
        '--tests <glob...>',
        'test report files or globs (JUnit XML, TRX, NUnit, xUnit.net, CppUnit, Check, Jest/Mocha/RSpec JSON, go test -json, Dart JSON, TAP); several after one flag (a glob the shell expanded), or the flag repeated',
        collect,
      )
      .option('--coverage <file>', 'coverage report (lcov, Cobertura XML, coverage-summary.json)')
      .option('--churn', 'also list lines changed summed over the commits, beside the net change')
      .addOption(
        new Option('--time-rule <rule>', 'how time spent is estimated (docs/drafting.md)')
          .choices(['gap', 'git-hours'])
          .default('gap'),
      )
      .option('--stdout', 'print the draft instead of writing it')
      .option('--no-interactive', 'never prompt, even in a terminal')
      .option('--decision <text>', 'a decision made this session, with its reason; repeatable', collect)
      .option('--blocker <text>', 'a new blocker ("None" for none); repeatable', collect)
      .option(
        '--resolved <text>',
        'a carried blocker or next step this session resolved; repeatable',
        collect,
      )
      .option('--next <text>', 'a new next step, most urgent first; repeatable', collect)
      .option('--progress <percent>', 'percent complete, 0-100')
      .option('--remaining <time>', 'estimated time remaining, e.g. 3h')
      .option(
        '--time-spent <time>',
        'time this session took, e.g. 45m or 1.5h (default: estimated from its commits)',
      )
      .option('--note <text>', 'one line on the current state (also the registry brief_note)')
      .option('--input <file>', 'the answers as JSON (schema/draft-input.schema.json); - reads stdin')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(run(() => import('./commands/draft.js')));

  if (wants('start'))
    program
      .command('start')
      .description("register the agent's task, or switch it to one: in_progress")
      .option('--task <id>', 'task id, e.g. TASK-2025-0078-C (required)')
      .hook('preAction', requireTask)
      .option('--agent <name>', 'agent name (default: $HANDOFF_AGENT)')
      .option('--note <text>', "the registry's brief_note")
      .option('--force', 'switch even when the current task has work its handoff does not cover')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(run(() => import('./commands/start.js')));

  for (const [name, description, key] of [
    ['block', "mark the agent's task blocked (still active)", 'runBlock'],
    ['done', "mark the agent's task complete", 'runDone'],
    ['idle', 'mark the agent idle, with no current task', 'runIdle'],
  ] as const) {
    if (!wants(name)) continue;
    const command = program
      .command(name)
      .description(description)
      .option('--agent <name>', 'agent name (default: $HANDOFF_AGENT, else the one active agent)')
      .option('--note <text>', "replace the registry's brief_note");
    if (name !== 'block')
      command.option('--force', 'leave the task even with work its handoff does not cover');
    command
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(run(async () => ({ run: (await import('./commands/lifecycle.js'))[key] })));
  }

  if (wants('setup'))
    program
      .command('setup')
      .description('install the session hooks of an agent tool (claude, gemini) in this project')
      .addArgument(new Argument('<tool>', 'claude or gemini').choices(['claude', 'gemini']))
      .option('--agent <name>', 'the agent name the hooks act for (default: the tool name)')
      .option(
        '--command <cmd>',
        "how the hooks run handoff (default: the project's node_modules/.bin/handoff, else npx --no-install handoff)",
      )
      .option('--no-instructions', 'do not add the handoff paragraph to CLAUDE.md / GEMINI.md')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(async (tool: string, _options: unknown, cmd: Command) => {
        cmd.setOptionValue('tool', tool);
        await run(() => import('./commands/setup.js'))(cmd);
      });

  if (wants('hook'))
    program
      .command('hook')
      .description('answer an agent tool hook: the event JSON on stdin, the answer on stdout')
      .addArgument(
        new Argument('<event>', 'the session moment').choices(['session-start', 'stop', 'pre-compact']),
      )
      .addOption(
        new Option('--tool <tool>', 'whose protocol').choices(['claude', 'gemini']).default('claude'),
      )
      .option('--agent <name>', 'the agent (default: $HANDOFF_AGENT)')
      .action(async (event: string, _options: unknown, cmd: Command) => {
        cmd.setOptionValue('event', event);
        await run(() => import('./commands/hook.js'))(cmd);
      });

  if (wants('prime'))
    program
      .command('prime')
      .description("the agent's brief in about 1.5k tokens: its task, the team, what is stale")
      .option('--agent <name>', 'the agent (default: $HANDOFF_AGENT)')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(run(() => import('./commands/prime.js')));

  if (wants('mcp'))
    program
      .command('mcp')
      .description('serve the handoff tools to an agent over MCP (stdio)')
      .action(run(() => import('./commands/mcp.js')));

  if (wants('resume'))
    program
      .command('resume')
      .description('print the resume summary for the next session')
      .option('--task <id>', 'task id')
      .option('--agent <name>', 'agent name')
      .addOption(
        new Option('--format <format>', 'output format').choices(RESUME_FORMATS).default(RESUME_FORMATS[0]),
      )
      .option(
        '--tests <glob...>',
        'current test reports or globs, to compare with what the handoff claims; several after one flag, or the flag repeated',
        collect,
      )
      .option('--coverage <file>', 'current coverage report, to compare with what the handoff claims')
      .action(run(() => import('./commands/resume.js')));

  if (wants('status'))
    program
      .command('status')
      .description('every agent and task at a glance')
      .addOption(
        new Option('--format <format>', 'output format').choices(STATUS_FORMATS).default(STATUS_FORMATS[0]),
      )
      .action(run(() => import('./commands/status.js')));

  if (wants('validate'))
    program
      .command('validate')
      .description('check the registry schema and the structure of every linked handoff')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(run(() => import('./commands/validate.js')));

  if (wants('init'))
    program
      .command('init')
      .description('scaffold the registry, config, pre-push hook and workflow file')
      .option('--workflow', 'also write .github/workflows/handoff-guard.yml')
      .option('--no-hook', 'do not install the pre-push hook')
      .option('--no-merge-driver', "do not register the registry's git merge driver")
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(run(() => import('./commands/init.js')));

  if (wants('merge-registry'))
    program
      .command('merge-registry')
      .description(
        "git merge driver for the registry: merges two branches' edits entry by entry (see `handoff init`)",
      )
      .argument('<base>', "the common ancestor's version (git's %O)")
      .argument('<current>', "this branch's version, overwritten with the result (git's %A)")
      .argument('<other>', "the other branch's version (git's %B)")
      .argument('[path]', "the registry's path in the repository, for messages (git's %P)")
      .action(async (...args: unknown[]) => {
        const cmd = args[args.length - 1] as Command;
        cmd.setOptionValue(
          'files',
          args.slice(0, 4).filter((a) => typeof a === 'string'),
        );
        await run(() => import('./commands/merge-registry.js'))(cmd);
      });

  if (wants('completion'))
    program
      .command('completion')
      .description(
        'print the shell completion script: eval "$(handoff completion bash)"; see the README for zsh and fish',
      )
      .addArgument(new Argument('<shell>', 'the shell').choices(COMPLETION_SHELLS))
      .action(async (shell: string, _options: unknown, cmd: Command) => {
        cmd.setOptionValue('shell', shell);
        cmd.setOptionValue('program', program);
        await run(() => import('./commands/completion.js'))(cmd);
      });

  if (wants('demo'))
    program
      .command('demo')
      .description(
        'replay the seed example in a throw-away repository: hook blocks, draft, resume, PR comment',
      )
      .option('--out <dir>', 'write the demo repository here instead of a temporary folder')
      .action(run(() => import('./commands/demo.js')));

  // A command's usage error points at that command's help, where its options are.
  for (const command of program.commands)
    command.showHelpAfterError(`(run \`handoff ${command.name()} --help\` for usage)`);
  return program;
}

/**
 * Whether the command line asks for `--format json`: read from the words themselves, so a usage
 * error found before the options are parsed is reported as JSON too.
 */
/** The output format the command line asks for, when its errors have one of their own (json, github). */
function errorFormat(argv: readonly string[]): 'json' | 'github' | undefined {
  const end = argv.indexOf('--');
  const words = end === -1 ? argv : argv.slice(0, end);
  const asked = (format: string) =>
    words.some(
      (word, i) => word === `--format=${format}` || (word === '--format' && words[i + 1] === format),
    );
  return asked('json') ? 'json' : asked('github') ? 'github' : undefined;
}

/**
 * `--task` is required, and checked once commander has said which options it does not know: as a
 * `requiredOption` it was checked first, so `draft --taks X` said "required option '--task <id>' not
 * specified", with no word of the typo and no "Did you mean --task?".
 */
function requireTask(command: Command): void {
  if (command.opts().task === undefined) {
    command.error("error: required option '--task <id>' not specified", {
      code: 'commander.missingMandatoryOptionValue',
      exitCode: 2,
    });
  }
}

/**
 * `resume --task --format json`: commander takes `--format` for the task id, then reports the
 * leftover `json` as "too many arguments". An option that needs a value followed by one of the
 * command's own options is refused as what it is (a usage error, exit 2).
 */
function refuseOptionAsValue(command: Command, args: readonly string[]): void {
  const options = command.options;
  const known = new Set<string>(['--help', '-h']);
  for (const option of options) {
    if (option.long) known.add(option.long);
    if (option.short) known.add(option.short);
  }
  for (let i = 0; i < args.length - 1; i++) {
    if (args[i] === '--') return;
    const option = options.find((o) => o.required && (o.long === args[i] || o.short === args[i]));
    const next = args[i + 1] as string;
    if (option && known.has(next)) {
      command.error(
        `error: option '${option.flags}' needs a value, and the next word is the option '${next}'`,
        {
          code: 'commander.optionMissingArgument',
          exitCode: 2,
        },
      );
    }
  }
}

/** Runs the program and returns the exit code; never throws. */
export async function main(argv: string[], ctx: CommandContext = processContext()): Promise<number> {
  let commander: Commander | undefined;
  const state: MainState = { verbose: false };
  try {
    const hook = prePushHookOptions(argv);
    if (hook) {
      const { run } = await import('./commands/check.js');
      return await run(hook, ctx);
    }
    commander = await import('commander');
    let code: number = EXIT.ok;
    const setExit = (c: number) => {
      code = c;
    };
    const first = argv[0];
    const named =
      first !== undefined && !first.startsWith('-') && first !== 'completion'
        ? buildProgram(commander, ctx, setExit, state, first)
        : undefined;
    const program = named && named.commands.length > 0 ? named : buildProgram(commander, ctx, setExit, state);
    // The command word follows the global options (`-C <dir>`, `-q`), as commander reads them.
    let at = 0;
    while (argv[at]?.startsWith('-')) {
      const option = program.options.find((o) => o.long === argv[at] || o.short === argv[at]);
      at += option?.required ? 2 : 1;
    }
    const command = program.commands.find((c) => c.name() === argv[at]);
    if (command) refuseOptionAsValue(command, argv.slice(at + 1));
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    const format = errorFormat(argv);
    const json = format === 'json';
    if (commander && error instanceof commander.CommanderError) {
      // --help and --version exit 0; every other parse failure is a usage error.
      if (error.exitCode === 0) return EXIT.ok;
      if (json) {
        // One line, as every error's message is: commander puts "(Did you mean --task?)" on its own.
        const message = joinLines(error.message.replace(/^error: /, ''));
        // commander.unknownOption → usage/unknown-option
        const name = error.code.replace(/^commander\./, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        ctx.stdout.write(renderErrorJson({ kind: 'usage', message, rule: `usage/${name}` }, EXIT.input));
      }
      return EXIT.input;
    }
    // Under `-C`, the commands the error quotes carry it (`programOn`), as the command's own do.
    const program = state.errorProgram;
    return reportUncaught(error, program === undefined ? ctx : { ...ctx, program }, state.verbose, format);
  }
}
