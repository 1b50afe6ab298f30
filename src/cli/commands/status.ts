/** `handoff status [--format text|json]`: the table of agents and tasks (see app/status.ts). */
import { GitCommandManager } from '../../adapters/git.js';
import { huskyHookNote } from '../../adapters/husky-here.js';
import { findProjectRoot } from '../../adapters/repo-root.js';
import { gatherStatus } from '../../app/status.js';
import { renderStatusJson, renderStatusText } from '../../core/render/status.js';
import { type CommandContext, EXIT, namingFilesBy, pathsFromHere, programOn } from '../context.js';

export interface StatusOptions {
  format?: 'text' | 'json';
}

export async function run(options: StatusOptions, ctx: CommandContext): Promise<number> {
  // A monorepo package's own registry when run inside one, else the repository's.
  const { projectRoot: repoRoot, repoRoot: top } = await findProjectRoot(ctx.cwd);
  // At a monorepo's root, each package's table too (the check judges every package). Its paths are
  // named from where the user is (with `-C`, the folder it was run in), an error's file too.
  const shown = pathsFromHere(ctx, repoRoot);
  // Where git runs no pre-push hook, the ages in the table are never judged at a push from here.
  // Asked while the table is read (its git process beside the table's).
  const hookNoting = huskyHookNote(GitCommandManager.create(top), top).catch(() => undefined);
  const { packages, ...root } = await namingFilesBy(shown, () =>
    gatherStatus(repoRoot, ctx.now(), { shown }),
  );
  const hookNote = await hookNoting;
  // The commands it prints (a stale task's fix, `handoff validate`) run on this project from where
  // the user is: with `-C`, from the folder they started in.
  const program = programOn(ctx.program ?? 'handoff', ctx, repoRoot);
  ctx.stdout.write(
    options.format === 'json'
      ? renderStatusJson(root, packages, hookNote, program, ctx.program ?? 'handoff')
      : `${renderStatusText(root, packages, program, ctx.program ?? 'handoff')}${hookNote ? `warning: ${hookNote}\n` : ''}`,
  );
  return EXIT.ok;
}
