/**
 * ASCII character classes by char code, for the loops that stand in for regular expressions where
 * those would backtrack (core/attribution.ts, core/redact.ts).
 */

/** `[A-Za-z0-9_]`: what `\b` and `\w` take for a word character (no `u` flag). */
export function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** `[A-Za-z]`. */
export function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
