/**
 * `handoff resume [--task ID | --agent NAME] [--format text|markdown|json] [--tests GLOB…]`: the brief
 * the next session reads first. Default: every active task.
 */
import { loadConfig } from '../../adapters/config-loader.js';
import { findProjectRoot } from '../../adapters/repo-root.js';
import { runResume } from '../../app/resume.js';
import { formatInputError, inputErrorReport } from '../../core/errors.js';
import { formatReportWarning } from '../../core/reports.js';
import { renderResumeJson, renderResumeMarkdown, renderResumeText } from '../../core/resume.js';
import {
  type CommandContext,
  EXIT,
  namingFilesBy,
  pathsFromHere,
  reportOptionsFromHere,
} from '../context.js';

export interface ResumeCommandOptions {
  task?: string;
  agent?: string;
  format?: 'text' | 'markdown' | 'json';
  tests?: string[];
  coverage?: string;
}

export async function run(options: ResumeCommandOptions, ctx: CommandContext): Promise<number> {
  // A monorepo package's own registry when run inside one, else the repository's.
  const { projectRoot: repoRoot } = await findProjectRoot(ctx.cwd);
  // Files and commands named from where the user is (with `-C`, the folder it was run in), the file
  // of an error it stops on too.
  const shown = pathsFromHere(ctx, repoRoot);
  const result = await namingFilesBy(shown, async () =>
    runResume({
      repoRoot,
      config: (await loadConfig(repoRoot)).config,
      ...(options.task === undefined ? {} : { taskId: options.task }),
      ...(options.agent === undefined ? {} : { agent: options.agent }),
      ...reportOptionsFromHere(ctx, repoRoot, options),
      ...(ctx.program === undefined ? {} : { program: ctx.program }),
      now: ctx.now(),
      shown,
    }),
  );
  for (const warning of result.warnings) ctx.stderr.write(`warning: ${formatReportWarning(warning)}\n`);
  // Every brief is printed, that one naming its problem; stderr says why the exit code is 2.
  for (const error of result.errors) ctx.stderr.write(`handoff: ${formatInputError(error)}\n`);
  // At a monorepo's root, which package's registry the briefs come from.
  if (result.found) ctx.stderr.write(`note: ${result.found.note}\n`);
  if (options.format === 'json') {
    ctx.stdout.write(
      renderResumeJson(result.briefs, result.warnings, result.errors.map(inputErrorReport), {
        note: result.note,
        package: result.found?.package,
      }),
    );
  } else if (result.note) {
    ctx.stdout.write(`${result.note}\n`);
  } else if (options.format === 'markdown') {
    ctx.stdout.write(result.briefs.map(renderResumeMarkdown).join('\n---\n\n'));
  } else {
    ctx.stdout.write(result.briefs.map(renderResumeText).join('\n'));
  }
  // The briefs are all printed, each naming its handoff's problem; the exit code says one was bad input.
  return result.unreadable.length > 0 ? EXIT.input : EXIT.ok;
}
