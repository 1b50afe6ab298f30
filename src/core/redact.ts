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

export const REDACTED = '[REDACTED]';

interface SecretPattern {
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

const PATTERNS: readonly SecretPattern[] = [
  {
    pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    replace: () => `-----BEGIN PRIVATE KEY----- ${REDACTED}`,
  },
  {
    // scheme://user:password@host: keep user and host, hide the password.
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):([^\s@/]+)@/gi,
    replace: (_m, prefix) => `${prefix}:${REDACTED}@`,
  },
  { pattern: /\b(gh[pousr]_)[A-Za-z0-9]{20,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(github_pat_)[A-Za-z0-9_]{20,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(glpat-)[A-Za-z0-9_-]{20,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(npm_)[A-Za-z0-9]{36}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(xox[abposr]-)[A-Za-z0-9-]{10,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, replace: () => REDACTED },
  { pattern: /\bAIza[A-Za-z0-9_-]{35}\b/g, replace: () => REDACTED },
  { pattern: /\b([sr]k_live_)[A-Za-z0-9]{16,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  { pattern: /\b(sk-(?:ant-|proj-)?)[A-Za-z0-9_-]{20,}\b/g, replace: (_m, kind) => `${kind}${REDACTED}` },
  {
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
    replace: () => REDACTED,
  },
  {
    // password=hunter2, "token": "abc", api_key: xyz, AWS_SECRET_ACCESS_KEY=...
    pattern:
      /\b([A-Za-z0-9_-]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth)[A-Za-z0-9_-]*)(["']?\s*[:=]\s*["']?)([^\s"',;]{4,})/gi,
    // Only a value that looks like a secret (a digit in it, or long): `auth: handle expired sessions`
    // is a conventional-commit scope, not a credential.
    replace: (match, key, separator, value) =>
      /\d/.test(value ?? '') || (value ?? '').length >= 16 ? `${key}${separator}${REDACTED}` : match,
  },
];

/** `text` with every secret the patterns recognise replaced. */
export function redactSecrets(text: string): string {
  let result = text;
  for (const { pattern, replace } of PATTERNS) {
    result = result.replace(pattern, (match, ...rest) => {
      // The last two replace() arguments are the offset and the whole string.
      const groups = rest.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''));
      return replace(match, ...groups);
    });
  }
  return result;
}
