/**
 * The note a command prints when run in a monorepo package with no registry or config of its own
 * (`-C packages/a` before `init` there): it acts on the repository root's registry. start, block,
 * done, idle, draft, prime and setup say it, each where it says its notes.
 */
import { projectToInit } from '../adapters/config-loader.js';
import { type CommandContext, filesFromHere } from './context.js';

/**
 * Run in a monorepo package with no registry or config of its own, it acts on the root's registry:
 * said, as init says of a folder that is no package, and the commands it prints act on the root too
 * (they carry no `-C` to the package). `prefix` is the project's folder the command found
 * (findProjectRoot): undefined unless that is the root ('') and `ctx.cwd` is a package init would set
 * up, so never at the root or in a folder that is no package (init would set up the root there too).
 */
export async function rootActedOnNote(ctx: CommandContext, prefix: string): Promise<string | undefined> {
  if (prefix !== '') return undefined;
  const { repoRoot, prefix: packageFolder } = await projectToInit(ctx.cwd);
  if (packageFolder === '') return undefined;
  const shown = filesFromHere(ctx, repoRoot)(packageFolder);
  const named =
    shown === packageFolder
      ? packageFolder
      : shown === '.'
        ? `this folder (${packageFolder})`
        : `${shown} (${packageFolder})`;
  return `${named} has no registry or config of its own: this acts on the repository root's registry, and so do the commands it prints. To give the package its own, run init there.`;
}
