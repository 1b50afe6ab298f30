/**
 * `redactSecrets` finds what its regular expressions found, in time linear in the text: the
 * expressions for passwords in URLs, `key=value` assignments and JSON Web Tokens could start at every
 * word boundary of a long run and scan it to its end from each (`password-` 8 KB times over: 5.3 s,
 * cubic; `eyJ-` 64 KB: 3.2 s). A commit subject is anyone's text: a pull request's commits reach the
 * Action's comment through `resume`.
 */
import { REDACTED, redactSecrets } from '../../src/core/redact.js';
import { costRatio } from '../helpers/cost.js';
import { seededIndex } from '../helpers/random.js';

/** The expressions as they were, in their order: the rule the scanners must keep. */
const BY_THE_RULE: Array<[RegExp, (match: string, ...groups: string[]) => string]> = [
  [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    () => `-----BEGIN PRIVATE KEY----- ${REDACTED}`,
  ],
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):([^\s@/]+)@/gi, (_m, prefix) => `${prefix}:${REDACTED}@`],
  [/\b(gh[pousr]_)[A-Za-z0-9]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`],
  [/\b(github_pat_)[A-Za-z0-9_]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`],
  [/\b(glpat-)[A-Za-z0-9_-]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`],
  [/\b(npm_)[A-Za-z0-9]{36}\b/g, (_m, kind) => `${kind}${REDACTED}`],
  [/\b(xox[abposr]-)[A-Za-z0-9-]{10,}\b/g, (_m, kind) => `${kind}${REDACTED}`],
  [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, () => REDACTED],
  [/\bAIza[A-Za-z0-9_-]{35}\b/g, () => REDACTED],
  [/\b([sr]k_live_)[A-Za-z0-9]{16,}\b/g, (_m, kind) => `${kind}${REDACTED}`],
  [/\b(sk-(?:ant-|proj-)?)[A-Za-z0-9_-]{20,}\b/g, (_m, kind) => `${kind}${REDACTED}`],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, () => REDACTED],
  [
    /\b([A-Za-z0-9_-]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth)[A-Za-z0-9_-]*)(["']?\s*[:=]\s*["']?)([^\s"',;]{4,})/gi,
    (match, key, separator, value) =>
      /\d/.test(value ?? '') || (value ?? '').length >= 16 ? `${key}${separator}${REDACTED}` : match,
  ],
];
function byTheRule(text: string): string {
  let result = text;
  for (const [pattern, replace] of BY_THE_RULE)
    result = result.replace(pattern, (match, ...rest) =>
      replace(match, ...rest.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''))),
    );
  return result;
}

const PIECES = [
  ...['a', 'Z', 'k', '1', '9', '_', '-', '-', '.', '+', ':', '/', '@', '=', '"', "'", ',', ';'],
  ...[' ', ' ', '\t', '\n', '\u00a0', 'é', 'x_', '//', '://', 'eyJ', 'eyJ', 'abcdefgh', '12345678'],
  ...['password', 'Token', 'auth', 'api_key', 'PWD', 'http', 'ftp+ssh', 'ghp_', 'sk-', 'glpat-', 'AKIA'],
];
const random = seededIndex(3);

describe('redactSecrets', () => {
  it('finds what the regular expressions found, on random texts', () => {
    for (let i = 0; i < 30_000; i++) {
      const text = Array.from({ length: random(40) }, () => PIECES[random(PIECES.length)]).join('');
      expect([text, redactSecrets(text)]).toEqual([text, byTheRule(text)]);
    }
  });

  it('finds what they found on texts made of tokens and URLs', () => {
    const parts = [
      'eyJ',
      'abcdefgh',
      'abcd',
      '.',
      '-',
      '_',
      'a',
      ' ',
      'http',
      '://',
      ':',
      'p1',
      '@',
      '/',
      '+',
    ];
    // Near-misses and hits of the token's shape: parts of 0 to 12 characters, `eyJ` or not.
    const run = () => Array.from({ length: random(13) }, () => 'a1_-Z'[random(5)]).join('');
    const tokenLike = () =>
      `${['eyJ', 'xeyJ', '-eyJ', ''][random(4)]}${run()}.${['eyJ', ''][random(2)]}${run()}.${run()}`;
    let hidden = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: random(12) }, () =>
        random(3) === 0 ? tokenLike() : (parts[random(parts.length)] as string),
      ).join('');
      const redacted = redactSecrets(text);
      expect([text, redacted]).toEqual([text, byTheRule(text)]);
      if (redacted !== text) hidden++;
    }
    // Not a test of texts with nothing to hide.
    expect(hidden).toBeGreaterThan(500);
  });

  it('hides what it hid before', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(redactSecrets(`Bearer ${jwt} and x-${jwt}`)).toBe(`Bearer ${REDACTED} and x-${REDACTED}`);
    expect(redactSecrets('db https://bob:hunter2@db.example.com and git+ssh://al:s3cret@h')).toBe(
      `db https://bob:${REDACTED}@db.example.com and git+ssh://al:${REDACTED}@h`,
    );
    expect(redactSecrets('set AWS_SECRET_ACCESS_KEY=abc123def and "token": "t0k3n"')).toBe(
      `set AWS_SECRET_ACCESS_KEY=${REDACTED} and "token": "${REDACTED}"`,
    );
    expect(redactSecrets('auth: handle expired sessions')).toBe('auth: handle expired sessions');
  });

  it('takes time linear in the text, whatever its runs', () => {
    for (const unit of ['password-', 'a-', 'a.', 'eyJ-', 'eyJa.', 'sk-', 'x://a:', 'token ', 'auth:']) {
      const hostile = unit.repeat(Math.ceil((8 * 1024) / unit.length));
      const ordinary = 'word and more, '.repeat(Math.ceil(hostile.length / 15)).slice(0, hostile.length);
      expect([unit, costRatio(redactSecrets, hostile, ordinary) < 20]).toEqual([unit, true]);
    }
  });
});
