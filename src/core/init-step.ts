import type { ShownPath } from './paths.js';

/**
 * One thing `handoff init` did, found, or left to the user. The text is the line init prints; the
 * rest is what `--format json` gives an agent that has no terminal to read the line from: the kind
 * of step, the file it concerns and the command still to run. The file is kept from the repository
 * root, as git names it; init prints it from where it was run (`initReportShown`), where the
 * commands it prints run too.
 */
export interface InitStep {
  /**
   * `created`/`updated` a file; a file or setting that `exists` already and was left as is; a part
   * `skipped` by a flag; a git setting `set`; a command the user must `run`; a `note`.
   */
  action: 'created' | 'updated' | 'exists' | 'skipped' | 'set' | 'run' | 'note';
  text: string;
  file?: string;
  command?: string;
  /** A `set` git setting's key and full value (the text names only the key: a value can be long). */
  setting?: string;
  value?: string;
}

/** A step, with `file` and `command` only when they are given. */
export function initStep(
  action: InitStep['action'],
  text: string,
  about: {
    file?: string | undefined;
    command?: string | undefined;
    setting?: string | undefined;
    value?: string | undefined;
  } = {},
): InitStep {
  const step: InitStep = { action, text };
  if (about.file !== undefined) step.file = about.file;
  if (about.command !== undefined) step.command = about.command;
  if (about.setting !== undefined) step.setting = about.setting;
  if (about.value !== undefined) step.value = about.value;
  return step;
}

/**
 * What `init --format json` prints: every step, the files written in the work tree (to commit; a
 * hook in the git directory, `.git/hooks/pre-push`, is a step but never committed) and the
 * commands left to run.
 */
export function initReport(
  steps: readonly InitStep[],
  where: { repositoryRoot: string; project: string },
): { repositoryRoot: string; project: string; steps: InitStep[]; written: string[]; next: string[] } {
  const written = steps.flatMap((s) =>
    (s.action === 'created' || s.action === 'updated') && s.file !== undefined && inWorkTree(s.file)
      ? [s.file]
      : [],
  );
  const next = steps.flatMap((s) => (s.command === undefined ? [] : [s.command]));
  return { ...where, steps: [...steps], written: [...new Set(written)], next: [...new Set(next)] };
}

/**
 * The report as init prints it: each step's file and the files written named by `shown` (from where
 * init was run, where its `git add` runs); a folder keeps its trailing `/`.
 */
export function initReportShown<Report extends { steps: InitStep[]; written: string[] }>(
  report: Report,
  shown: ShownPath,
): Report {
  const name = (file: string) => (file.endsWith('/') ? `${shown(file)}/` : shown(file));
  return {
    ...report,
    steps: report.steps.map((step) => (step.file === undefined ? step : { ...step, file: name(step.file) })),
    written: report.written.map(name),
  };
}

/**
 * The work-tree files init found and left as they are (`exists`): an earlier run may have written
 * them and nothing committed them since, so the caller asks git which are still to commit.
 */
export function filesFound(steps: readonly InitStep[]): string[] {
  return [
    ...new Set(
      steps.flatMap((s) =>
        s.action === 'exists' && s.file !== undefined && inWorkTree(s.file) ? [s.file] : [],
      ),
    ),
  ];
}

/** A path from the repository root that names a file of the work tree: not in `.git`, not outside. */
function inWorkTree(file: string): boolean {
  return !/^(?:\.git\/|\.\.\/|\/)/.test(file) && file !== '.git';
}
