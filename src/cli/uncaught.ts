/** What an entry does with an error no command caught: exit 2 for bad input, else 3 with a report. */
import { boundMessage, formatInputError, InputError, inputErrorFromSystem } from '../core/errors.js';
import { type CommandContext, EXIT } from './context.js';

export function reportUncaught(error: unknown, ctx: CommandContext, verbose = false): number {
  const inputError = error instanceof InputError ? error : inputErrorFromSystem(error);
  if (inputError) {
    ctx.stderr.write(`handoff: ${formatInputError(inputError)}\n`);
    return EXIT.input;
  }
  const message = boundMessage(error instanceof Error ? error.message : String(error));
  ctx.stderr.write(`handoff: internal error: ${message}\n`);
  if ((ctx.env.HANDOFF_DEBUG || verbose) && error instanceof Error && error.stack)
    ctx.stderr.write(`${error.stack}\n`);
  else ctx.stderr.write('handoff: set HANDOFF_DEBUG=1 for the stack trace, and please report it.\n');
  return EXIT.internal;
}
