/**
 * Entry of the `handoff` bin (`dist/handoff.cjs`). The hook stub's command line runs the check from
 * dist/check.cjs, and a plain `resume` or `status` line (direct-lines.ts) its command from
 * dist/<command>.cjs: each one CommonJS file compiled from V8's code cache (code-cache.ts), with no
 * ES module loader, no commander, no compile. Every other command line goes to the full program,
 * dist/cli.cjs.
 *
 * CommonJS on purpose: node starts a CommonJS entry several milliseconds sooner than an ES module one,
 * and the hook pays node's start-up on every push (and an agent that of `resume` on every session).
 */
import { join } from 'node:path';
import { requireBundle } from './code-cache.js';
import { type DirectCommandLine, directCommandLine, prePushHookOptions } from './direct-lines.js';
import { hookInternalErrorText } from './uncaught.js';

type HookEntry = typeof import('./hook-entry.js');
type DirectEntry = { run: import('./direct-run.js').CommandRun } & typeof import('./direct-run.js');

/** Ends the process once a command is done: at once when its output has all been written. */
function exitWith({ code, exitNow }: { code: number; exitNow: boolean }): void {
  // The code cache is written on 'exit', which process.exit emits too.
  if (exitNow) process.exit(code);
  process.exitCode = code;
}

/**
 * Runs a plain `resume` or `status` line from its bundle: false when the line is no such line, or
 * when the bundle does not load (a damaged install: the full program requires the same bundle and
 * reports the failure as it reports any internal error, exit 3, with the JSON error under --format json).
 */
function ranDirectly(line: DirectCommandLine | undefined): boolean {
  if (!line) return false;
  let entry: DirectEntry;
  try {
    entry = requireBundle(join(__dirname, `${line.command}.cjs`), require) as DirectEntry;
  } catch {
    return false;
  }
  entry.runDirectLine(line, entry.run).then(exitWith);
  return true;
}

const argv = process.argv.slice(2);
const hook = prePushHookOptions(argv);
if (hook) {
  let entry: HookEntry | undefined;
  try {
    // dist/check.cjs sits beside this file: this file's require resolves as its own would.
    entry = requireBundle(join(__dirname, 'check.cjs'), require) as HookEntry;
  } catch (error) {
    // A damaged install: the check cannot run and, its config unread, the push goes on, loudly.
    process.stderr.write(hookInternalErrorText(`dist/check.cjs did not load: ${String(error)}`, false));
    if (process.env.HANDOFF_DEBUG && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
  }
  entry?.runHook(hook).then(exitWith);
} else if (!ranDirectly(directCommandLine(argv))) {
  // The program, from the code cache too (~8 ms sooner than node compiling it, measured). Its ES
  // module commands (dist/commands/*.js) are imported by this file, which node loaded as a module:
  // from here `./commands/x.js` is dist/commands/x.js, as it is from dist/cli.cjs.
  requireBundle(join(__dirname, 'cli.cjs'), require, process.env, {
    importModule: (specifier) => import(specifier),
  });
}
