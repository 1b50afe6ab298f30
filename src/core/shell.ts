/** Command lines the tool prints for a person or an agent to run in a POSIX shell. */

/**
 * `text` as one word of a POSIX shell command: as it is when it holds only characters no shell
 * reads specially, else in single quotes (a `'` inside written `'\''`), so a path with a space, a
 * `$(…)` or a `;` is passed as it is and never run.
 */
export function shellWord(text: string): string {
  if (/^[A-Za-z0-9._/@%+=:,-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
