/**
 * Names that are not among the known ones (an MCP tool's arguments), refused in one message that
 * lists the known names and says which one an unknown name plainly stands for, so the caller can
 * call again right away instead of losing what it passed under a wrong name.
 */

/**
 * The known name `name` plainly stands for, if one: the same name in another case or with dashes or
 * underscores (`time-spent`, `TimeSpent` for `timeSpent`), its singular or plural (`decision`,
 * `notes`), a known name with more words after it (`nextSteps` for `next`, `taskId` for `task`), or
 * one slip of a name of four characters or more: a character left out, added, changed, or two
 * neighbours swapped (`agnet`, `progres`). The first rule that finds one decides; among the names
 * one rule finds, the first known.
 */
export function meantName(name: string, known: readonly string[]): string | undefined {
  const folded = fold(name);
  const firstWord = fold(name.split(/[-_]|(?=[A-Z])/).find((word) => word !== '') ?? '');
  const rules: ((candidate: string) => boolean)[] = [
    (candidate) => candidate === folded,
    (candidate) => isPluralOf(folded, candidate),
    (candidate) => firstWord !== folded && (candidate === firstWord || isPluralOf(firstWord, candidate)),
    (candidate) => Math.min(folded.length, candidate.length) >= 4 && oneSlipApart(folded, candidate),
  ];
  for (const rule of rules) {
    const found = known.find((candidate) => candidate !== name && rule(fold(candidate)));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * `unknown arguments "decision" (did you mean decisions?), "extra"; known: task, agent, ...`: every unknown
 * name, what each stands for when `meantName` finds it, and the known names.
 */
export function unknownNamesMessage(
  unknown: readonly string[],
  known: readonly string[],
  what: string,
): string {
  const named = unknown.map((name) => {
    const meant = meantName(name, known);
    return meant === undefined ? JSON.stringify(name) : `${JSON.stringify(name)} (did you mean ${meant}?)`;
  });
  return `unknown ${what}${unknown.length === 1 ? '' : 's'} ${named.join(', ')}; known: ${known.join(', ')}`;
}

/**
 * `unknown config key "freshness.maxComits" (did you mean maxCommitsBehind?) (known: maxCommitsBehind,
 * maxAge, scope)`: one key of a JSON object that its schema does not have, as `what` names such keys,
 * shown as `shown` (the dotted path, when nested), with the known keys at its level.
 */
export function unknownKeyMessage(
  what: string,
  key: string,
  known: readonly string[],
  shown = key,
  /** Where else the key is known, as it is written (`freshness.maxAge`): said when none here is meant. */
  elsewhere: readonly { name: string; written: string }[] = [],
): string {
  const meant =
    meantName(key, known) ??
    elsewhere.find(({ name }) => name === key || meantName(key, [name]) !== undefined)?.written;
  return `unknown ${what} "${shown}"${meant === undefined ? '' : ` (did you mean ${meant}?)`} (known: ${known.join(', ')})`;
}

/** Lower case, without dashes and underscores: how two spellings of one name are compared. */
function fold(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

/** Whether one of the two is the other with an `s` after it (`decision`, `decisions`). */
function isPluralOf(a: string, b: string): boolean {
  return a.length > 0 && b.length > 0 && (`${a}s` === b || `${b}s` === a);
}

/** Whether `a` and `b` differ by one character left out, added or changed, or two neighbours swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length + restB.length <= 1) return true;
  if (restA.length === 1 && restB.length === 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}
