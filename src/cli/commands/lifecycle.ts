/**
 * `handoff block|done|idle [--agent NAME] [--note TEXT] [--format text|json]`: the registry life cycle
 * after `start` (see app/lifecycle.ts). The agent is `--agent`, else `$HANDOFF_AGENT`, else the one
 * active agent.
 */
import { loadConfig } from '../../adapters/config-loader.js';
import { findProjectRoot } from '../../adapters/repo-root.js';
import {
  changedNothing,
  type LifecycleResult,
  lifecycleJson,
  nextAfterLifecycle,
  runLifecycle,
  startNote,
  taskOf,
} from '../../app/lifecycle.js';
import { agentFromEnv, type LifecycleAction } from '../../core/lifecycle.js';
import type { ShownPath } from '../../core/paths.js';
import { type CommandContext, EXIT, namingFilesBy, pathsFromHere } from '../context.js';
import { rootActedOnNote } from '../root-note.js';

export interface LifecycleCommandOptions {
  agent?: string;
  task?: string;
  note?: string;
  force?: boolean;
  format?: 'text' | 'json';
}

export function lifecycleRun(action: LifecycleAction) {
  return async (options: LifecycleCommandOptions, ctx: CommandContext): Promise<number> => {
    // A monorepo package's own registry when run inside one, else the repository's.
    const { projectRoot: repoRoot, prefix } = await findProjectRoot(ctx.cwd);
    // Paths and commands from where the user is (with `-C`, the folder it was run in); an error it
    // stops on names its file from there too.
    const shown = pathsFromHere(ctx, repoRoot);
    const program = ctx.program ?? 'handoff';
    const result = await namingFilesBy(shown, async () => {
      const { config } = await loadConfig(repoRoot);
      const envAgent = agentFromEnv(ctx.env);
      return runLifecycle({
        repoRoot,
        config,
        action,
        ...(options.agent === undefined ? {} : { agent: options.agent }),
        ...(envAgent === undefined ? {} : { envAgent }),
        ...(options.task === undefined ? {} : { taskId: options.task }),
        ...(options.note === undefined ? {} : { note: options.note }),
        ...(options.force ? { force: true } : {}),
        program,
        now: ctx.now(),
      });
    });
    const next = await nextAfterLifecycle(result, repoRoot, { program, shown });
    // Said first (`rootActedOnNote`); JSON's one `note` holds both.
    const notes = [await rootActedOnNote(ctx, prefix), startNote(result, shown)].filter(
      (n) => n !== undefined,
    );
    const note = notes.join(' ');
    ctx.stdout.write(
      options.format === 'json'
        ? `${JSON.stringify({ ...lifecycleJson(result, shown), ...(note ? { note } : {}), next }, null, 2)}\n`
        : lifecycleText(result, next, shown, ctx.verbosity === 'quiet', notes),
    );
    return EXIT.ok;
  };
}

/**
 * The change, one line each, its paths named by `shown` (as `lifecycleJson`); `quiet` (`-q`) leaves
 * out the notes and the next command.
 */
function lifecycleText(
  result: LifecycleResult,
  next: readonly string[],
  shown: ShownPath,
  quiet = false,
  /** Said first among the notes, one line each. */
  notes: readonly string[] = [],
): string {
  const task = taskOf(result.after);
  const was = result.before
    ? ` (was ${result.before.status}${taskOf(result.before) ? ` on ${taskOf(result.before)}` : ''})`
    : ' (new in the registry)';
  const lines = [
    changedNothing(result)
      ? `${result.agent}: ${result.after.status}${task ? `, ${task}` : ''}, as ${shown(result.registry)} already says: nothing changed.`
      : `${result.agent}: ${result.after.status}${task ? `, ${task}` : ''}${was}; ${shown(result.registry)} updated.`,
  ];
  if (!quiet) for (const note of notes) lines.push(`note: ${note}`);
  for (const { from, to } of result.moved ?? []) lines.push(`moved ${shown(from)} -> ${shown(to)}`);
  if (result.continues)
    lines.push(`linked ${shown(result.continues)}, the task's latest handoff, to continue from`);
  if (result.keptFor && !quiet) {
    const before = taskOf(result.before);
    lines.push(
      `note: ${result.keptFor.join(', ')} still ${result.keptFor.length === 1 ? 'works' : 'work'} on ${before}: its handoffs stay where they are until the last agent on it is done.`,
    );
  }
  if (result.sharedWith && !quiet) {
    lines.push(
      `note: ${result.sharedWith.join(', ')} also ${result.sharedWith.length === 1 ? 'works' : 'work'} on ${task}: each agent drafts its own sessions, and each stays active until its own done or idle.`,
    );
  }
  // A hint like the notes: `-q` prints only the change (the JSON's `next` always has it).
  if (!quiet) {
    for (const command of next)
      lines.push(result.action === 'start' ? `When the session ends: ${command}` : `Next: ${command}`);
  }
  return `${lines.join('\n')}\n`;
}

export const runBlock = lifecycleRun('block');
export const runDone = lifecycleRun('done');
export const runIdle = lifecycleRun('idle');
