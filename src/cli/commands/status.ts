/** `handoff status [--format text|json]`: the table of agents and tasks (see app/status.ts). */
import { findRepoRoot } from '../../adapters/repo-root.js';
import { gatherStatus } from '../../app/status.js';
import { renderStatusJson, renderStatusText } from '../../core/render/status.js';
import { type CommandContext, EXIT } from '../context.js';

export interface StatusOptions {
  format?: 'text' | 'json';
}

export async function run(options: StatusOptions, ctx: CommandContext): Promise<number> {
  const repoRoot = await findRepoRoot(ctx.cwd);
  const { rows, file, exists } = await gatherStatus(repoRoot, ctx.now());
  ctx.stdout.write(
    options.format === 'json' ? renderStatusJson(rows, file, exists) : renderStatusText(rows, file, exists),
  );
  return EXIT.ok;
}
