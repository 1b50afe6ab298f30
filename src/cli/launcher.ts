/**
 * Entry of the `handoff` bin (`dist/handoff.cjs`). The hook stub's command line runs the check from
 * dist/check.cjs, one CommonJS file compiled from V8's code cache (code-cache.ts): no ES module
 * loader, no commander, no compile. Every other command line, or a check bundle that will not load,
 * goes to the full program, dist/cli.js.
 *
 * CommonJS on purpose: node starts a CommonJS entry several milliseconds sooner than an ES module one,
 * and the hook pays node's start-up on every push.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireBundle } from './code-cache.js';
import { prePushHookOptions } from './hook-argv.js';

type HookEntry = typeof import('./hook-entry.js');

function loadHookEntry(): HookEntry | undefined {
  try {
    return requireBundle(join(__dirname, 'check.cjs')) as HookEntry;
  } catch (error) {
    // dist/cli.js runs the same check: a damaged bundle costs speed, never the verdict.
    if (process.env.HANDOFF_DEBUG)
      process.stderr.write(`handoff: dist/check.cjs did not load: ${String(error)}\n`);
    return undefined;
  }
}

const hook = prePushHookOptions(process.argv.slice(2));
const entry = hook && loadHookEntry();
if (hook && entry) {
  entry.runHook(hook).then((code) => {
    process.exitCode = code;
  });
} else {
  import(pathToFileURL(join(__dirname, 'cli.js')).href);
}
