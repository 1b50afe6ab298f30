import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runDemo } from '../../app/demo/run-demo.js';
import { InputError } from '../../core/errors.js';
import type { CommandContext } from '../context.js';

export interface DemoCommandOptions {
  out?: string;
}

/**
 * The program to run in the demo: the `handoff` bin beside this build (`dist/handoff.cjs`, which a
 * push runs just as an installed hook does), or HANDOFF_CLI, for tests.
 */
function cliPath(ctx: CommandContext): string {
  if (ctx.env.HANDOFF_CLI) return ctx.env.HANDOFF_CLI;
  const self = process.argv[1];
  if (self && /handoff\.cjs$/.test(self)) return realpathSync(self);
  return fileURLToPath(new URL('../handoff.cjs', import.meta.url));
}

export async function run(options: DemoCommandOptions, ctx: CommandContext): Promise<number> {
  if (options.out !== undefined && options.out.trim() === '')
    throw new InputError('--out needs a folder', {}, 'usage/out');
  const summary = await runDemo({
    cliPath: cliPath(ctx),
    ...(options.out ? { outDir: options.out } : {}),
    now: ctx.now(),
    write: (text) => ctx.stdout.write(text),
  });
  return summary.refusedPushStatus !== 0 && summary.acceptedPushStatus === 0 ? 0 : 3;
}
