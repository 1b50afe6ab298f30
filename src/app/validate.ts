/**
 * `handoff validate`: the config, the registry (schema, statuses, task ids), every `details_link` and
 * the structure of every linked handoff, collecting every problem it can find rather than the first.
 */
import {
  configDespiteAt,
  configFilesAt,
  documentText,
  type FileSource,
  type LinkedHandoff,
  linkOf,
  loadConfigFrom,
  readLinkedHandoffs,
  scopedSource,
  workingTreeSource,
  workspaceFolders,
} from '../adapters/workspace.js';
import { isTaskId } from '../core/config.js';
import { lintHandoff } from '../core/document/elements.js';
import { parseHandoff } from '../core/document/parse.js';
import { countLines } from '../core/document/scan.js';
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
  /** Handoffs checked; in a monorepo's packages, named from the repository root. */
  documents: string[];
  problems: ValidationProblem[];
  /**
   * At a monorepo's root (root config `workspaces`): each package checked (those with a registry, and
   * those whose config cannot be read: `registry` absent), its files named from the repository root.
   * Their problems are in `problems`.
   */
  packages?: Array<{ folder: string; config?: string; registry?: string; configKeysLeftOut?: string[] }>;
  /**
   * Config keys with problems, left out (their defaults taken) so that the registry and handoffs
   * could be checked too (dotted, e.g. `freshness.maxCommitsBehind`); absent when none was.
   */
  configKeysLeftOut?: string[];
}

function fromInputError(error: InputError): ValidationProblem {
  return { ...error.location, rule: error.rule ?? 'input', message: error.message };
}

function validateDocument(path: string, text: string, config: HandoffConfig): ValidationProblem[] {
  try {
    return lintHandoff(parseHandoff(text, path), config.requiredElements, countLines(text)).map((p) => ({
      file: path,
      line: p.line,
      ...(p.column === undefined ? {} : { column: p.column }),
      rule: p.rule,
      message: p.message,
    }));
  } catch (error) {
    if (error instanceof InputError)
      return [fromInputError(new InputError(error.message, { file: path, ...error.location }, error.rule))];
    throw error;
  }
}

/** What is wrong with one entry's linked handoff, located at the entry or inside the document. */
function linkProblems(
  linked: LinkedHandoff,
  agent: string,
  link: string,
  where: SourceLocation,
  report: ValidationReport,
  config: HandoffConfig,
): ValidationProblem[] {
  switch (linked.kind) {
    case 'none':
      return [];
    case 'invalid-link':
      return [{ ...where, rule: linked.rule, message: linked.message }];
    case 'missing':
      return [
        {
          ...where,
          rule: 'link/missing',
          message: `details_link "${link}" of agent "${agent}" names a file that does not exist`,
        },
      ];
    case 'unreadable':
    case 'document':
      // A file that is there, readable or not, is counted among the handoffs checked, once however
      // many agents link it, and its problems are reported once.
      if (report.documents.includes(linked.path)) return [];
      report.documents.push(linked.path);
      if (linked.kind === 'document') return validateDocument(linked.path, documentText(linked), config);
      return [
        fromInputError(
          new InputError(
            linked.error.message,
            { file: linked.path, ...linked.error.location },
            linked.error.rule,
          ),
        ),
      ];
  }
}

/**
 * Validates the project at `repoRoot`; at a monorepo's root also every package its `workspaces`
 * names that has a registry, as the check judges each (a root without a registry of its own is then
 * no problem).
 */
export async function validateRepository(
  repoRoot: string,
  source: FileSource = workingTreeSource(repoRoot),
): Promise<ValidationReport> {
  const { report, config } = await validateProject(source);
  if (!config || config.workspaces.length === 0) return report;
  const packages: NonNullable<ValidationReport['packages']> = [];
  for (const folder of await workspaceFolders(source, config.workspaces)) {
    const { report: own } = await validateProject(scopedSource(source, folder));
    // No registry: no package of ours, as the check sees it. A config that cannot be read is the
    // check's bad input too, so it is reported (its registry unknown).
    if (own.problems.some((p) => p.rule === 'registry/missing' && p.file === own.registry)) continue;
    const inRoot = (file: string) => `${folder}/${file}`;
    packages.push({
      folder,
      ...(own.config === undefined ? {} : { config: inRoot(own.config) }),
      ...(own.registry === undefined ? {} : { registry: inRoot(own.registry) }),
      ...(own.configKeysLeftOut === undefined ? {} : { configKeysLeftOut: own.configKeysLeftOut }),
    });
    // A handoff the root (or another package) links too is checked, and its problems told, once.
    const seen = new Set(report.documents);
    const documents = own.documents.map(inRoot);
    const again = new Set(documents.filter((file) => seen.has(file)));
    report.documents.push(...documents.filter((file) => !again.has(file)));
    for (const problem of own.problems) {
      const file = problem.file === undefined ? undefined : inRoot(problem.file);
      if (file === undefined || !again.has(file))
        report.problems.push({ ...problem, ...(file ? { file } : {}) });
    }
  }
  const rootMissing = (p: ValidationProblem) => p.rule === 'registry/missing' && p.file === report.registry;
  if (packages.length > 0 && report.problems.some(rootMissing)) {
    report.problems = report.problems.filter((p) => !rootMissing(p));
    delete report.registry;
  }
  report.packages = packages;
  report.valid = report.problems.length === 0;
  return report;
}

/** The registry and handoff rules that read a config key (top-level), by that key. */
const RULES_READING: Record<string, (rule: string) => boolean> = {
  statuses: (rule) => rule === 'registry/status',
  activeStatuses: (rule) => rule === 'registry/status',
  taskIdPattern: (rule) => rule === 'registry/task-id',
  requiredElements: (rule) => rule.startsWith('element/'),
};

/** One project's config, registry and handoffs: the root's, or a package's through its scoped source. */
async function validateProject(
  source: FileSource,
): Promise<{ report: ValidationReport; config?: HandoffConfig }> {
  const report: ValidationReport = { valid: false, documents: [], problems: [] };
  let config: HandoffConfig;
  try {
    const loaded = await loadConfigFrom(source);
    config = loaded.config;
    if (loaded.file) report.config = loaded.file;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // A config's every problem, not only the one that stops a command (`InputError.more`).
    report.problems.push(...[error, ...error.more].map(fromInputError));
    // Two config files: each one's own problems too, as if it were the one, so one run tells all
    // there is to fix in either (the one kept must be valid, and the other may be the one kept).
    if (error.rule === 'config/ambiguous') {
      for (const file of await configFilesAt(source)) {
        try {
          await loadConfigFrom(source, file);
        } catch (problem) {
          if (!(problem instanceof InputError)) throw problem;
          report.problems.push(...[problem, ...problem.more].map(fromInputError));
        }
      }
      return { report };
    }
    // Its faulty keys at their defaults, the rest is checked too: one run tells the whole repair.
    // Not when it cannot be parsed, or a key that says where the registry is has the problem.
    const file = error.location.file;
    const despite = file === undefined ? undefined : await configDespiteAt(source, file);
    if (!despite) return { report };
    config = despite.config;
    report.config = file as string;
    report.configKeysLeftOut = despite.ignored;
  }

  const file = config.registry;
  report.registry = file;
  const read = (await source.readMany([file])).get(file);
  if (read?.kind !== 'text') {
    report.problems.push(
      read?.kind === 'missing'
        ? {
            file,
            rule: 'registry/missing',
            message: 'there is no registry yet; create one with `handoff init`',
          }
        : read?.kind === 'invalid-link'
          ? { file, rule: read.rule, message: read.message }
          : fromInputError(
              read?.kind === 'unreadable' ? read.error : new InputError('cannot be read', { file }),
            ),
    );
    return { report, config };
  }
  const text = read.text;

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

  const linked = await readLinkedHandoffs(
    source,
    entries.flatMap(([, entry]) => (typeof entry.details_link === 'string' ? [entry.details_link] : [])),
  );
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
    if (linkOf(entry) === undefined) {
      report.problems.push({
        ...at(agent, 'details_link'),
        rule: 'path/not-relative',
        message: `details_link of agent "${agent}" is empty; remove the key or name the handoff file`,
      });
      continue;
    }
    report.problems.push(
      ...linkProblems(
        linked.get(link) as LinkedHandoff,
        agent,
        link,
        at(agent, 'details_link'),
        report,
        config,
      ),
    );
  }
  // In each file's order (the registry's own problems, then those found entry by entry, were two lists).
  // Checked with a faulty key at its default, a rule that reads it would report what the user's own
  // value may allow (a status the faulty `statuses` adds): those rules wait for the config's fix.
  const leftOut = report.configKeysLeftOut ?? [];
  if (leftOut.length > 0) {
    const waiting = (rule: string) =>
      leftOut.some((key) => RULES_READING[key.split('.')[0] as string]?.(rule) === true);
    report.problems = report.problems.filter((p) => p.file === report.config || !waiting(p.rule));
  }
  report.problems = inFileOrder(report.problems);
  report.valid = report.problems.length === 0;
  return { report, config };
}

/**
 * Problems by line and column within each file, the files in the order they first come: a reader
 * goes down a file once.
 */
function inFileOrder<T extends { file?: string; line?: number; column?: number }>(problems: T[]): T[] {
  const fileRank = new Map<string | undefined, number>();
  for (const problem of problems) if (!fileRank.has(problem.file)) fileRank.set(problem.file, fileRank.size);
  return [...problems].sort(
    (a, b) =>
      (fileRank.get(a.file) ?? 0) - (fileRank.get(b.file) ?? 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
