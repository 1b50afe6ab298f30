/** What an entry does with an error no command caught: exit 2 for bad input, else 3 with a report. */
import {
  boundMessage,
  formatInputError,
  InputError,
  inputErrorFromSystem,
  inputErrorReport,
  renderErrorJson,
} from '../core/errors.js';
import { renderUncheckedGithub } from '../core/render/check-report.js';
import { proseWithInvocation } from '../core/shell.js';
import { allWritten, type CommandContext, EXIT, processContext } from './context.js';

/**
 * Reports the error on stderr and returns the exit code. With `format` `json` (the command line
 * asked for `--format json`) the same error also goes to stdout as one JSON document
 * (`renderErrorJson`), so an agent that reads stdout reads the failure too; with `github` (`check
 * --format github`), bad input as the annotation the Action gives it.
 */
export function reportUncaught(
  error: unknown,
  ctx: CommandContext,
  verbose = false,
  format?: 'json' | 'github',
): number {
  const json = format === 'json';
  const inputError = error instanceof InputError ? error : inputErrorFromSystem(error);
  if (inputError) {
    const program = ctx.program ?? 'handoff';
    const message = proseWithInvocation(formatInputError(inputError), program);
    ctx.stderr.write(`handoff: ${message}\n`);
    if (json) ctx.stdout.write(inputErrorJson(inputError, program));
    if (format === 'github') ctx.stdout.write(renderUncheckedGithub(message, inputError.location));
    return EXIT.input;
  }
  const message = boundMessage(error instanceof Error ? error.message : String(error));
  ctx.stderr.write(`handoff: internal error: ${message}\n`);
  if (json) ctx.stdout.write(renderErrorJson({ kind: 'internal', message }, EXIT.internal));
  if ((ctx.env.HANDOFF_DEBUG || verbose) && error instanceof Error && error.stack)
    ctx.stderr.write(`${error.stack}\n`);
  else ctx.stderr.write('handoff: set HANDOFF_DEBUG=1 for the stack trace, and please report it.\n');
  return EXIT.internal;
}

/**
 * Runs a command on the process's descriptors (`processContext`'s `directOutput`), as the hook's entry
 * and the direct `resume`/`status` lines do: its exit code, an error it throws reported as `main`
 * reports one, and whether the process may exit at once (all of its output reached the descriptors),
 * skipping node's teardown (~2.5 ms, measured). `isatty` and `json`: see processContext, reportUncaught.
 */
export async function runOnDescriptors(
  command: (ctx: CommandContext) => Promise<number>,
  options: { isatty?: (fd: number) => boolean; json?: boolean } = {},
): Promise<{ code: number; exitNow: boolean }> {
  const ctx = processContext({ directOutput: true, ...(options.isatty ? { isatty: options.isatty } : {}) });
  let code: number;
  try {
    code = await command(ctx);
  } catch (error) {
    code = reportUncaught(error, ctx, false, options.json ? 'json' : undefined);
  }
  return { code, exitNow: allWritten(ctx.stdout) && allWritten(ctx.stderr) };
}

/**
 * Bad input as the JSON error line of `--format json` (`renderErrorJson`), with where it is; the
 * commands its message names written as `program` runs them (`proseWithInvocation`).
 */
export function inputErrorJson(error: InputError, program = 'handoff'): string {
  const report = inputErrorReport(error);
  return renderErrorJson({ ...report, message: proseWithInvocation(report.message, program) }, EXIT.input);
}

/**
 * What the pre-push hook prints when the check itself failed: a bug in this tool must not stop
 * anyone from pushing their work, so the push goes on unless config says `hook.onInternalError:
 * "block"`, and the warning is loud.
 */
export function hookInternalErrorText(message: string, block: boolean): string {
  return [
    '',
    '!!! handoff-guard: INTERNAL ERROR while checking handoffs !!!',
    `!!! ${message}`,
    block
      ? '!!! The push is blocked (hook.onInternalError is "block").'
      : '!!! The push is ALLOWED without a handoff check (set hook.onInternalError to "block" to refuse instead).',
    '!!! Set HANDOFF_DEBUG=1 for details, and please report it.',
    '',
  ].join('\n');
}
