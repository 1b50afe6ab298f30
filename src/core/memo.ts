/**
 * A pure function of a text, remembered: `memoised(limit, compute)` answers a text it has seen from
 * a map instead of computing it again. The check asks the same questions of the same texts hundreds
 * of times (a link per task per step, a label per section, a date per handoff). Bounded: the map is
 * cleared when it holds `limit` answers, so a hostile input of many distinct texts cannot grow it for
 * ever.
 */
export function memoised<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T | typeof NONE>();
  return (text) => {
    const known = answers.get(text);
    // One lookup, also for a remembered undefined (the usual "no issue" of a link).
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer === undefined ? NONE : answer);
    return answer;
  };
}

/** An answer that is `undefined`, as the map keeps it. */
const NONE = Symbol('none');
