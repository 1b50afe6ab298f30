/**
 * `handoff mcp`: serves the MCP tools over stdio (see app/mcp-server.ts). The server module, with the
 * SDK and zod, is imported here and nowhere else, so it is a chunk of its own that no other command
 * (and never the pre-push check) loads.
 */
import { type CommandContext, EXIT } from '../context.js';

export const MCP_VERSION = '0.1.0';

export async function run(_options: unknown, ctx: CommandContext): Promise<number> {
  const { serveMcp } = await import('../../app/mcp-server.js');
  await serveMcp({ cwd: ctx.cwd, env: ctx.env, now: ctx.now, version: MCP_VERSION });
  return EXIT.ok;
}
