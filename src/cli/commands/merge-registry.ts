/**
 * `handoff merge-registry <base> <current> <other> [path]`: git's merge driver for the registry
 * (git runs it as `handoff merge-registry %O %A %B %P`; `handoff init` registers it). Writes the
 * merge into <current>; exit 0 when clean, 1 when conflicts are left between git's markers (git then
 * reports the file as conflicted), 2 for bad input. See core/registry-merge.ts for the rules.
 */
import { findRepoRoot } from '../../adapters/repo-root.js';
import { mergeRegistryFiles } from '../../app/registry-merge-driver.js';
import { InputError } from '../../core/errors.js';
import { shellWord } from '../../core/shell.js';
import { type CommandContext, EXIT } from '../context.js';

export interface MergeRegistryOptions {
  files: string[];
}

export async function run(options: MergeRegistryOptions, ctx: CommandContext): Promise<number> {
  const [base, current, other, path] = options.files;
  if (base === undefined || current === undefined || other === undefined) {
    throw new InputError(
      'merge-registry needs the three files git passes a merge driver: <base> <current> <other> [path]',
      {},
      'usage/merge-registry',
    );
  }
  const displayPath = path ?? current;
  const repoRoot = await findRepoRoot(ctx.cwd).catch(() => undefined);
  const outcome = await mergeRegistryFiles({ base, current, other, displayPath }, repoRoot);
  const say = (line: string) => ctx.stderr.write(`handoff merge-registry: ${displayPath}: ${line}\n`);
  if (outcome.lineMerge) say(`merged line by line with git merge-file: ${outcome.lineMerge}`);
  for (const choice of outcome.choices) {
    // The task the merge takes off the registry is said: its later work would be checked for none.
    const left = choice.leftTask
      ? `; ${choice.leftTask}, the other side's task of "${choice.agent}", is no longer in the registry (an agent holds one task at a time), so work on it is checked for no task: give each task branch its own agent name, or \`${ctx.program ?? 'handoff'} start --task ${shellWord(choice.leftTask)} --agent <another name>\``
      : '';
    say(
      `agent "${choice.agent}" changed on both sides; kept ${choice.side} for ${choice.fields.join(', ')} (${choice.why})${left}`,
    );
  }
  if (outcome.conflicts.length === 0) return EXIT.ok;
  for (const conflict of outcome.conflicts) say(`CONFLICT: ${conflict}`);
  say(
    `keep one side of each block between <<<<<<< and >>>>>>> (delete the marker lines), then run \`${ctx.program ?? 'handoff'} validate\` and \`git add ${displayPath}\``,
  );
  return EXIT.stale;
}
