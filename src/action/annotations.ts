/**
 * Where each problem is annotated: on the line of the handoff's empty or placeholder section, at the
 * place a missing section belongs, or on the handoff (the registry, when there is no handoff yet).
 * Pure: the Action reads and parses the documents and prints what this returns.
 */
import { elementStates, elementTitle } from '../core/document/elements.js';
import { ELEMENT_NAMES, type ElementName, type HandoffDocument, type Verdict } from '../core/model.js';
import { linkIssue } from '../core/paths.js';

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

export function annotationsFor(
  verdicts: readonly Verdict[],
  registryPath: string,
  /** Parsed handoffs by their repository-relative path; a path that could not be read is absent. */
  documents: ReadonlyMap<string, HandoffDocument>,
): Annotation[] {
  const out: Annotation[] = [];
  for (const verdict of verdicts) {
    // A link that leaves the repository names no file GitHub can show: the registry holds it.
    const handoff = verdict.handoffPath;
    const file = handoff !== undefined && isRepositoryPath(handoff) ? handoff : registryPath;
    const doc = file === handoff ? documents.get(file) : undefined;
    for (const problem of verdict.problems) {
      const title = `Handoff ${problem.reason}: ${verdict.taskId}`;
      const message = `${problem.detail} Fix: ${problem.fix}`;
      if (problem.reason === 'incomplete' && doc && problem.elements && problem.elements.length > 0) {
        for (const element of problem.elements) {
          const { line, absent } = elementLine(doc, element);
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

/**
 * How many annotations of one kind (errors, warnings) GitHub shows for a step: it drops the rest,
 * in the order they are printed. The step's own messages of that kind (the final verdict, a report
 * warning) count too, so the caller says how many slots are left for annotations.
 */
export const ANNOTATIONS_SHOWN = 10;

/**
 * The annotations to print in `slots`: one per task first (an empty handoff makes one per missing
 * element, and two of them must not crowd a third task out), then the rest, in their order; and how
 * many are left out.
 */
export function shownAnnotations(
  annotations: readonly Annotation[],
  slots: number,
): { shown: Annotation[]; leftOut: number } {
  const take = Math.max(0, slots);
  if (annotations.length <= take) return { shown: [...annotations], leftOut: 0 };
  const chosen = new Set<number>();
  const tasks = new Set<string>();
  annotations.forEach((annotation, index) => {
    if (chosen.size < take && !tasks.has(annotation.taskId)) {
      tasks.add(annotation.taskId);
      chosen.add(index);
    }
  });
  for (let index = 0; index < annotations.length && chosen.size < take; index++) chosen.add(index);
  return {
    shown: annotations.filter((_, index) => chosen.has(index)),
    leftOut: annotations.length - chosen.size,
  };
}

/**
 * The line of the element's section; for a missing one, the line of the next element that is there
 * (where it would be inserted), else of the previous one, else the first line.
 */
export function elementLine(doc: HandoffDocument, element: ElementName): { line: number; absent: boolean } {
  const states = elementStates(doc);
  const own = doc.elements[element];
  if (own && states[element] !== 'absent') return { line: own.line, absent: false };
  const at = ELEMENT_NAMES.indexOf(element);
  const after = ELEMENT_NAMES.slice(at + 1).find((name) => doc.elements[name]);
  const before = [...ELEMENT_NAMES.slice(0, at)].reverse().find((name) => doc.elements[name]);
  const neighbour = after ?? before;
  return { line: (neighbour && doc.elements[neighbour]?.line) || 1, absent: true };
}
