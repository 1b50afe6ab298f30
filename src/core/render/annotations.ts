/**
 * Where each problem of a check is annotated, for the Action and `handoff check --format github`
 * alike: on the line of the handoff's empty or placeholder section, at the place a missing section
 * belongs, or on the handoff; on the registry when there is no handoff yet or its link leaves the
 * repository. Pure: the lines are the check's own (`Problem.places`), read at the judged revision,
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
 * One annotation per problem of each verdict, in their order; an incomplete handoff gets one per
 * missing element instead, on its line. `registryPath` is repository-relative.
 */
export function annotationsFor(verdicts: readonly Verdict[], registryPath: string): Annotation[] {
  const out: Annotation[] = [];
  for (const verdict of verdicts) {
    // A link that leaves the repository names no file GitHub can show: the registry holds it.
    const handoff = verdict.handoffPath;
    const file = handoff !== undefined && isRepositoryPath(handoff) ? handoff : registryPath;
    // A push of several branches judges a task once on each: the title says which.
    const onRef = verdict.ref ? ` on ${verdict.ref}` : '';
    for (const problem of verdict.problems) {
      const title = `Handoff ${problem.reason}: ${verdict.taskId}${onRef}`;
      const message = `${problem.detail} Fix: ${problem.fix}`;
      const places = file === handoff ? (problem.places ?? []) : [];
      if (problem.reason === 'incomplete' && places.length > 0) {
        for (const { element, line, absent } of places) {
          out.push({
            taskId: verdict.taskId,
            title,
            message: `"${elementTitle(element)}" ${absent ? 'is missing (add it near this line)' : 'is empty or template text'}. ${message}`,
            file,
            line,
          });
        }
        continue;
      }
      out.push({ taskId: verdict.taskId, title, message, file });
    }
  }
  return out;
}
