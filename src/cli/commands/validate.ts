/**
 * `handoff validate`: the config, the registry (JSON, schema, statuses, task ids) and every handoff
 * the registry links to (inside the repository, present, structurally complete). Reports every
 * problem it can find, one `file:line:column: message [rule]` line each; exit 0 clean, 2 otherwise.
 */
import { loadConfig } from '../../adapters/config-loader.js';
import { findRepoRoot } from '../../adapters/repo-root.js';
import { readUserText, registryPath, resolveLink } from '../../adapters/store.js';
import { isTaskId } from '../../core/config.js';
import { lintHandoff } from '../../core/document/elements.js';
import { parseHandoff } from '../../core/document/parse.js';
import { formatLocated, InputError, type SourceLocation } from '../../core/errors.js';
import type { HandoffConfig, Registry } from '../../core/model.js';
import { agentEntries, checkRegistry, registryPointer } from '../../core/registry.js';
import { type CommandContext, EXIT } from '../context.js';

export interface ValidateOptions {
  format?: 'text' | 'json';
}

interface ValidationProblem extends SourceLocation {
  rule: string;
  message: string;
}

interface ValidationReport {
  valid: boolean;
  config?: string;
  registry?: string;
  documents: string[];
  problems: ValidationProblem[];
}

function fromInputError(error: InputError): ValidationProblem {
  return { ...error.location, rule: error.rule ?? 'input', message: error.message };
}

async function validateDocument(
  absPath: string,
  file: string,
  config: HandoffConfig,
): Promise<ValidationProblem[]> {
  try {
    const text = await readUserText(absPath, file);
    return lintHandoff(parseHandoff(text), config.requiredElements).map((p) => ({
      file,
      line: p.line,
      ...(p.column === undefined ? {} : { column: p.column }),
      rule: p.rule,
      message: p.message,
    }));
  } catch (error) {
    if (error instanceof InputError)
      return [fromInputError(new InputError(error.message, { file, ...error.location }, error.rule))];
    throw error;
  }
}

async function collect(repoRoot: string): Promise<ValidationReport> {
  const report: ValidationReport = { valid: false, documents: [], problems: [] };
  let config: HandoffConfig;
  try {
    const loaded = await loadConfig(repoRoot);
    config = loaded.config;
    if (loaded.file) report.config = loaded.file;
  } catch (error) {
    // Without a valid config nothing else can be judged (statuses, required elements, the registry path).
    if (error instanceof InputError) {
      report.problems.push(fromInputError(error));
      return report;
    }
    throw error;
  }

  const file = config.registry;
  report.registry = file;
  let text: string;
  try {
    text = await readUserText(registryPath(repoRoot, config), file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.problems.push(
      error.rule === 'file/missing'
        ? {
            file,
            rule: 'registry/missing',
            message: 'there is no registry yet; create one with `handoff init`',
          }
        : fromInputError(error),
    );
    return report;
  }

  const checked = checkRegistry(text, file, config.statuses);
  report.problems.push(...checked.problems.map(fromInputError));
  const json = checked.json;
  // Links are checked even when other entries break the schema: report all that can be found.
  const value = json?.value;
  const entries =
    value && typeof value === 'object' && !Array.isArray(value)
      ? agentEntries(value as Registry).filter(([, entry]) => entry !== null && typeof entry === 'object')
      : [];
  const at = (agent: string, key: string): SourceLocation => ({
    file,
    ...json?.locate(registryPointer(agent, key)),
  });

  for (const [agent, entry] of entries) {
    if (
      typeof entry.current_task === 'string' &&
      entry.current_task !== '' &&
      !isTaskId(config, entry.current_task)
    ) {
      report.problems.push({
        ...at(agent, 'current_task'),
        rule: 'registry/task-id',
        message: `current_task "${entry.current_task}" of agent "${agent}" does not match the task-id pattern (config key "taskIdPattern")`,
      });
    }
    const link = entry.details_link;
    if (typeof link !== 'string') continue;
    const resolved = await resolveLink(repoRoot, link);
    if (!resolved.ok) {
      report.problems.push({ ...at(agent, 'details_link'), rule: resolved.rule, message: resolved.message });
      continue;
    }
    if (!resolved.exists) {
      report.problems.push({
        ...at(agent, 'details_link'),
        rule: 'link/missing',
        message: `details_link "${link}" of agent "${agent}" names a file that does not exist`,
      });
      continue;
    }
    if (report.documents.includes(link)) continue;
    report.documents.push(link);
    report.problems.push(...(await validateDocument(resolved.absPath, link, config)));
  }
  report.valid = report.problems.length === 0;
  return report;
}

export async function run(options: ValidateOptions, ctx: CommandContext): Promise<number> {
  const repoRoot = await findRepoRoot(ctx.cwd);
  const report = await collect(repoRoot);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const p of report.problems) {
      ctx.stdout.write(
        `${formatLocated(p.message, { file: p.file, line: p.line, column: p.column }, p.rule)}\n`,
      );
    }
    const scope = `${report.registry ?? 'config'}${report.documents.length > 0 ? ` and ${report.documents.length} handoff${report.documents.length === 1 ? '' : 's'}` : ''}`;
    ctx.stdout.write(
      report.valid
        ? `ok: ${scope} valid\n`
        : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${scope}\n`,
    );
  }
  return report.valid ? EXIT.ok : EXIT.input;
}
