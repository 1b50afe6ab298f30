/**
 * Where each problem of a check is annotated, for the Action and `handoff check --format github`
 * alike: on the line of the handoff's empty or placeholder section, at the place a missing section
 * belongs, or on the handoff; on the task's registry entry when there is no handoff yet or its link
 * leaves the repository. Pure: the lines are the check's own (`Problem.places`), read at the judged revision,
 * so nothing here reads a document.
 */
import { elementTitle } from '../document/elements.js';
import type { Verdict } from '../model.js';
import { linkIssue } from '../paths.js';

export interface Annotation {
  /** The task it is about (not printed: it decides which are shown when not all can be). */
  taskId: string;
  title: string;
  message: string;
  /** Repository-relative. */
  file: string;
  line?: number;
}

/** Whether `path` names a file of the repository, which an annotation can point at. */
export function isRepositoryPath(path: string): boolean {
  return linkIssue(path, 'file') === undefined;
}

/**
 * Whether a verdict's annotations go on its registry entry: it has no handoff file in the
 * repository to point at (no link, or a link that leaves it names no file GitHub can show).
 */
export function annotatedOnRegistry(verdict: Pick<Verdict, 'handoffPath'>): boolean {
  return verdict.handoffPath === undefined || !isRepositoryPath(verdict.handoffPath);
}

/**
 * One annotation per problem of each verdict, in their order; an incomplete handoff gets one per
 * missing element instead, on its line. One with no handoff file goes on its registry entry
 * (`Verdict.registryEntry`: a package's registry in a monorepo, on the entry's line); `registryPath`
 * (repository-relative) is the registry of a verdict that does not say where its entry is.
 */
export function annotationsFor(verdicts: readonly Verdict[], registryPath: string): Annotation[] {
  const out: Annotation[] = [];
  for (const verdict of verdicts) {
    const handoff = verdict.handoffPath;
    const place =
      handoff === undefined || annotatedOnRegistry(verdict)
        ? (verdict.registryEntry ?? { file: registryPath })
        : { file: handoff };
    // A push of several branches judges a task once on each: the title says which.
    const onRef = verdict.ref ? ` on ${verdict.ref}` : '';
    for (const problem of verdict.problems) {
      const title = `Handoff ${problem.reason}: ${verdict.taskId}${onRef}`;
      const message = `${problem.detail} Fix: ${problem.fix}`;
      const places = place.file === handoff ? (problem.places ?? []) : [];
      if (problem.reason === 'incomplete' && places.length > 0) {
        for (const { element, line, absent } of places) {
          out.push({
            taskId: verdict.taskId,
            title,
            // The element on its own line; the detail (the file lacks them all) would say it again.
            message: `"${elementTitle(element)}" ${absent ? 'is missing (add it near this line)' : 'is empty or template text'}. Fix: ${problem.fix}`,
            file: place.file,
            line,
          });
        }
        continue;
      }
      out.push({ taskId: verdict.taskId, title, message, ...place });
    }
  }
  return out;
}
