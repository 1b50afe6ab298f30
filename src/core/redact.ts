/**
 * Secrets out of anything a draft or a resume copies from commits and reports: a commit subject that
 * pastes a token, a failing test's message that prints a connection string. A handoff is committed
 * and posted on PRs, so a secret copied into it is a secret published. Each match is replaced by
 * `[REDACTED]` (the kind stays readable where it helps: `ghp_[REDACTED]`); a password in a URL keeps
 * the user and host (`https://user:[REDACTED]@host`).
 *
 * Patterns (also in docs/drafting.md): GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_),
 * GitLab (glpat-), npm (npm_), Slack (xox?-), AWS access key ids (AKIA…/ASIA…), Google API keys
 * (AIza…), Stripe (sk_live_/rk_live_), OpenAI/Anthropic style (sk-…), JSON Web Tokens, PEM private
 * key blocks, passwords in URLs, and `password=`, `token:`, `secret=`, `api_key=` style assignments.
 * It is a safety net, not a scanner: it errs on the side of hiding a long random-looking value.
 */

import { isLetterCode, isWordCode } from './ascii.js';

export const REDACTED = '[REDACTED]';

/** One kind of secret: the text with each one it finds replaced. */
type Redaction = (text: string) => string;

/** A kind of secret a regular expression finds; `replace` is given the match and its groups. */
function byPattern(pattern: RegExp, replace: (match: string, ...groups: string[]) => string): Redaction {
  return (text) =>
    text.replace(pattern, (match, ...rest) => {
      // The last two replace() arguments are the offset and the whole string.
      const groups = rest.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''));
      return replace(match, ...groups);
    });
}

/** In this order: a private key block first, whatever it holds; assignments last. */
const REDACTIONS: readonly Redaction[] = [
  byPattern(
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    () => `-----BEGIN PRIVATE KEY----- ${REDACTED}`,
  ),
  redactUrlPasswords,
  byPattern(/\b(gh[pousr]_)[A-Za-z0-9]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(github_pat_)[A-Za-z0-9_]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(glpat-)[A-Za-z0-9_-]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(npm_)[A-Za-z0-9]{36}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(xox[abposr]-)[A-Za-z0-9-]{10,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, () => REDACTED),
  byPattern(/\bAIza[A-Za-z0-9_-]{35}\b/g, () => REDACTED),
  byPattern(/\b([sr]k_live_)[A-Za-z0-9]{16,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  byPattern(/\b(sk-(?:ant-|proj-)?)[A-Za-z0-9_-]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`),
  redactJsonWebTokens,
  redactAssignments,
];

/** `text` with every secret the patterns recognise replaced. */
export function redactSecrets(text: string): string {
  let result = text;
  for (const redact of REDACTIONS) result = redact(result);
  return result;
}

// The three patterns below were regular expressions that could start at every word boundary of a
// long run and scan it to its end from each: `password-` 8 KB times over took 5.3 s (cubic), `a.`,
// `a-` and `eyJ-` quadratic (`eyJ-` 64 KB: 3.2 s). A commit subject or a test name is anyone's text
// (a pull request's commits reach the Action's comment), so each is found here in one pass, with
// the same matches.

/** A URL scheme's characters after its first letter, `[a-z0-9+.-]` without regard to case. */
function isSchemeChar(code: number): boolean {
  return isWordCode(code) ? code !== 95 : code === 43 || code === 46 || code === 45;
}

/** From a scheme's first letter: scheme://user:password@ (user and host kept, the password hidden). */
const URL_WITH_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):([^\s@/]+)@/iy;

/**
 * `scheme://user:password@host` with the password hidden, as `/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):
 * ([^\s@/]+)@/gi` would: each `://` is looked at once, with the earliest start its scheme can have (a
 * letter at a word boundary in the run of scheme characters before it).
 */
function redactUrlPasswords(text: string): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 1)) {
    let start = at;
    while (start > copied && isSchemeChar(text.charCodeAt(start - 1))) start--;
    while (
      start < at &&
      !(isLetterCode(text.charCodeAt(start)) && (start === 0 || !isWordCode(text.charCodeAt(start - 1))))
    )
      start++;
    if (start === at) continue;
    URL_WITH_PASSWORD.lastIndex = start;
    const match = URL_WITH_PASSWORD.exec(text);
    if (match === null) continue;
    out += `${text.slice(copied, start)}${match[1]}:${REDACTED}@`;
    copied = URL_WITH_PASSWORD.lastIndex;
    at = copied - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** A run of `[A-Za-z0-9_-]`: what an assignment's key and a JSON Web Token's parts are made of. */
const TOKEN_RUN = /[A-Za-z0-9_-]+/g;
const SECRET_KEY = /password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth/i;
/** Right after the key: the separator and the value. */
const SEPARATOR_AND_VALUE = /(["']?\s*[:=]\s*["']?)([^\s"',;]{4,})/y;

/**
 * `password=hunter2`, `"token": "abc1"`, `api_key: xyz`, `AWS_SECRET_ACCESS_KEY=...` with the value
 * hidden, as `/\b([A-Za-z0-9_-]*(?:password|…|auth)[A-Za-z0-9_-]*)(["']?\s*[:=]\s*["']?)
 * ([^\s"',;]{4,})/gi` would: the key ends where its run of key characters does (what follows it is
 * no key character), and starts at the run's first word boundary (the longest key, so the one that
 * holds a keyword if any does). Only a value that looks like a secret is hidden (a digit in it, or
 * 16 characters): `auth: handle expired sessions` is a conventional-commit scope, not a credential.
 */
function redactAssignments(text: string): string {
  let out = '';
  let copied = 0;
  TOKEN_RUN.lastIndex = 0;
  for (let run = TOKEN_RUN.exec(text); run !== null; run = TOKEN_RUN.exec(text)) {
    const end = run.index + run[0].length;
    let start = run.index;
    // A run that opens with `-` has its first word boundary at its first word character.
    while (start < end && !isWordCode(text.charCodeAt(start))) start++;
    if (start === end || !SECRET_KEY.test(text.slice(start, end))) continue;
    SEPARATOR_AND_VALUE.lastIndex = end;
    const found = SEPARATOR_AND_VALUE.exec(text);
    if (found === null) continue;
    const [, separator = '', value = ''] = found;
    const after = SEPARATOR_AND_VALUE.lastIndex;
    if (/\d/.test(value) || value.length >= 16) {
      out += `${text.slice(copied, end)}${separator}${REDACTED}`;
      copied = after;
    }
    TOKEN_RUN.lastIndex = after;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** After a token's first part: its other two, `.eyJ…` and `.…`. */
const JWT_REST = /\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/y;

/**
 * JSON Web Tokens (`eyJ….eyJ….…`) hidden, as `/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.
 * [A-Za-z0-9_-]{8,}\b/g` would: the first part ends where its run does (a `.` must follow), and
 * starts at the run's first `eyJ` at a word boundary (the longest first part).
 */
function redactJsonWebTokens(text: string): string {
  if (!text.includes('eyJ')) return text;
  let out = '';
  let copied = 0;
  TOKEN_RUN.lastIndex = 0;
  for (let run = TOKEN_RUN.exec(text); run !== null; run = TOKEN_RUN.exec(text)) {
    const end = run.index + run[0].length;
    if (text.charCodeAt(end) !== 46) continue;
    let start = -1;
    for (
      let at = run[0].indexOf('eyJ');
      at !== -1 && at + 11 <= run[0].length;
      at = run[0].indexOf('eyJ', at + 1)
    ) {
      if (!isWordCode(text.charCodeAt(run.index + at - 1))) {
        start = run.index + at;
        break;
      }
    }
    if (start === -1) continue;
    JWT_REST.lastIndex = end;
    if (JWT_REST.exec(text) === null) continue;
    out += `${text.slice(copied, start)}${REDACTED}`;
    copied = JWT_REST.lastIndex;
    TOKEN_RUN.lastIndex = copied;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
