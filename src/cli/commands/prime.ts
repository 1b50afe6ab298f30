/**
 * `handoff prime [--agent NAME] [--format text|json]`: the bounded brief an agent starts from (see
 * core/prime.ts); the SessionStart hook injects the same text.
 */
import { loadConfig } from '../../adapters/config-loader.js';
import { findProjectRoot } from '../../adapters/repo-root.js';
import { runPrime } from '../../app/agent-session.js';
import { agentFromEnv, namedAgent } from '../../core/lifecycle.js';
import { pathsInFolder } from '../../core/paths.js';
import { type CommandContext, EXIT, namingFilesBy, projectFromStart } from '../context.js';
import { rootActedOnNote } from '../root-note.js';

export interface PrimeCommandOptions {
  agent?: string;
  format?: 'text' | 'json';
}

/** `--agent`, else `$HANDOFF_AGENT`, else nobody in particular. */
export function agentFrom(explicit: string | undefined, ctx: CommandContext): string | undefined {
  return namedAgent(explicit, agentFromEnv(ctx.env));
}

export async function run(options: PrimeCommandOptions, ctx: CommandContext): Promise<number> {
  // A monorepo package's own registry when run inside one, else the repository's.
  const { projectRoot: repoRoot, prefix } = await findProjectRoot(ctx.cwd);
  const agent = agentFrom(options.agent, ctx);
  const shownFrom = projectFromStart(ctx, repoRoot);
  // An error names its file as the brief names the project's paths.
  const prime = await namingFilesBy(pathsInFolder(shownFrom), async () =>
    runPrime({
      repoRoot,
      config: (await loadConfig(repoRoot)).config,
      ...(agent === undefined ? {} : { agent }),
      program: ctx.program ?? 'handoff',
      now: ctx.now(),
      shownFrom,
    }),
  );
  const note = await rootActedOnNote(ctx, prefix);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify({ ...prime, ...(note ? { note } : {}) }, null, 2)}\n`);
    return EXIT.ok;
  }
  // On stderr: standard output is the brief itself, as the session hook gives it to the agent.
  if (note) ctx.stderr.write(`note: ${note}\n`);
  ctx.stdout.write(prime.text);
  return EXIT.ok;
}
