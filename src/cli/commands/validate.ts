/**
 * `handoff validate [--format text|json]`: prints every problem as `file:line:column: message [rule]`;
 * exit 0 when clean, 2 when anything is wrong.
 */
import { findProjectRoot } from '../../adapters/repo-root.js';
import { type ValidationReport, validateRepository } from '../../app/validate.js';
import { formatLocated } from '../../core/errors.js';
import type { ShownPath } from '../../core/paths.js';
import { proseWithInvocation } from '../../core/shell.js';
import { type CommandContext, EXIT, pathsFromHere } from '../context.js';

export interface ValidateOptions {
  format?: 'text' | 'json';
}

export async function run(options: ValidateOptions, ctx: CommandContext): Promise<number> {
  // A monorepo package's own registry when run inside one, else the repository's (and at a
  // monorepo's root, every package's).
  const { projectRoot: repoRoot } = await findProjectRoot(ctx.cwd);
  // Its files named from where the user is (with `-C`, the folder it was run in).
  const found = reportShown(await validateRepository(repoRoot), pathsFromHere(ctx, repoRoot));
  // A problem that names a command names it as this project runs it (`npx handoff init`).
  const program = ctx.program ?? 'handoff';
  const report = {
    ...found,
    problems: found.problems.map((p) => ({ ...p, message: proseWithInvocation(p.message, program) })),
  };
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const p of report.problems) {
      ctx.stdout.write(
        `${formatLocated(p.message, { file: p.file, line: p.line, column: p.column }, p.rule)}\n`,
      );
    }
    const packages = (report.packages ?? []).flatMap((p) => (p.registry === undefined ? [] : [p.registry]));
    // A monorepo root with no registry of its own: its packages' are what was checked.
    const registries =
      report.registry === undefined && packages.length > 0
        ? packages
        : [report.registry ?? 'config', ...packages];
    const handoffs = report.documents.length;
    const leftOut = [
      ...(report.configKeysLeftOut ?? []),
      ...(report.packages ?? []).flatMap((p) =>
        (p.configKeysLeftOut ?? []).map((key) => `${p.folder}: ${key}`),
      ),
    ];
    const scope = `${registries.join(', ')}${handoffs > 0 ? ` and ${handoffs} handoff${handoffs === 1 ? '' : 's'}` : ''}${
      leftOut.length === 0
        ? ''
        : `, the config's faulty keys left out: ${leftOut.join(', ')}; what reads them is checked once they are fixed`
    }`;
    ctx.stdout.write(
      report.valid
        ? `ok: ${scope} valid\n`
        : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} (checked ${scope})\n`,
    );
  }
  return report.valid ? EXIT.ok : EXIT.input;
}

/** The report with every file it names (the project's) named by `shown`. */
function reportShown(report: ValidationReport, shown: ShownPath): ValidationReport {
  const shownReport: ValidationReport = {
    ...report,
    documents: report.documents.map(shown),
    problems: report.problems.map((p) => (p.file === undefined ? p : { ...p, file: shown(p.file) })),
  };
  if (report.config !== undefined) shownReport.config = shown(report.config);
  if (report.registry !== undefined) shownReport.registry = shown(report.registry);
  if (report.packages !== undefined)
    shownReport.packages = report.packages.map((p) => ({
      ...p,
      ...(p.config === undefined ? {} : { config: shown(p.config) }),
      ...(p.registry === undefined ? {} : { registry: shown(p.registry) }),
    }));
  return shownReport;
}
