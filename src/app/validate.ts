/**
 * `handoff validate`: the config, the registry (schema, statuses, task ids), every `details_link` and
 * the structure of every linked handoff, collecting every problem it can find rather than the first.
 */
import { loadConfig } from '../adapters/config-loader.js';
import { readUserText, registryPath, resolveLink } from '../adapters/store.js';
import { isTaskId } from '../core/config.js';
import { lintHandoff } from '../core/document/elements.js';
import { parseHandoff } from '../core/document/parse.js';
import { InputError, type SourceLocation } from '../core/errors.js';
import type { HandoffConfig, Registry } from '../core/model.js';
import { agentEntries, checkRegistry, registryPointer } from '../core/registry.js';

export interface ValidationProblem extends SourceLocation {
  rule: string;
  message: string;
}

export interface ValidationReport {
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
    return lintHandoff(parseHandoff(text, file), config.requiredElements).map((p) => ({
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

export async function validateRepository(repoRoot: string): Promise<ValidationReport> {
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
