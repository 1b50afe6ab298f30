import { InternalError } from '../../core/errors.js';
import type { CommandContext } from '../context.js';

// Placeholder until `handoff validate` is implemented.
export async function run(_options: Record<string, unknown>, _ctx: CommandContext): Promise<number> {
  throw new InternalError('handoff validate is not implemented yet');
}
