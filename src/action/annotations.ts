/**
 * How many of the check's annotations (`core/render/annotations.ts`) a step prints: GitHub shows ten
 * of a kind and drops the rest.
 */
import type { Annotation } from '../core/render/annotations.js';

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
