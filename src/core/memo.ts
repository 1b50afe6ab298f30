/**
 * A pure function of a text, remembered: `memoised(limit, compute)` answers a text it has seen from
 * a map instead of computing it again. The check asks the same questions of the same texts hundreds
 * of times (a link per task per step, a label per section, a date per handoff). Bounded: the map is
 * cleared when it holds `limit` answers, so a hostile input of many distinct texts cannot grow it for
 * ever.
 */
export function memoised<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    // One lookup for the usual defined answer; `has` tells a remembered undefined from none.
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
