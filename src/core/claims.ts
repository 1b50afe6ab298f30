/**
 * Claims checked against facts: what a handoff says still stands, compared with what the commits did
 * and what exists at HEAD.
 *
 * - A blocker is **possibly resolved** by a commit whose message says it fixed something (fix, fixes,
 *   fixed, resolve(s/d), close(s/d), solve(d), unblock) and shares the blocker's words: at least two of
 *   its key words and at least 40% of them. The blocker stays (only a person knows it is gone); the
 *   draft adds `possibly resolved by <sha> (<subject>)` under it.
 * - A next step is **done** by a commit that shares at least two of its key words and 60% of them (or
 *   three and 40%), and every numbered one (`phase 2` is not done by `phase 3`). The draft offers it
 *   checked, naming the commit, for the person to uncheck if wrong.
 * - **Drift**: paths and code symbols the handoff names that no longer exist at HEAD. This module finds
 *   the candidates (`driftCandidates`); the app asks git which exist.
 *
 * Key words: lower case, letters and digits (short ones too: `db`, `c`, `2`), without stop words and
 * the fix verbs, with a plain English suffix cut (`tests` → `test`, `handling` → `handl`), so `Fix
 * async test hang` matches the blocker `Async test hang issue - some async tests don't complete`.
 */
import { sectionTexts } from './document/elements.js';
import type { CommitInfo, HandoffDocument, ListItem, Section } from './model.js';
import { trimEndOf } from './trim.js';

const STOP_WORDS = new Set(
  `a an and are as at be been but by can could do does done for from has have in into is it its of on
  or our some that the their then there these this those to was we were when which will with without
  not no yet still more most all any each than after before between about over under up down out also
  add added adds adding update updated updates make made use used using via per new now issue issues
  problem problems don doesn didn isn aren won can i s t d m ll re ve if so me my us he vs eg ie etc e g`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
const FIX_VERBS =
  /\b(?:fix|fixes|fixed|fixing|resolve|resolves|resolved|close|closes|closed|solve|solves|solved|unblock|unblocks|unblocked)\b/i;
const FIX_WORDS = new Set(['fix', 'resolv', 'clos', 'solv', 'unblock', 'close', 'resolve', 'solve']);

/**
 * Runs of letters and digits in lower-case text. In ASCII text those are `[a-z0-9]`, whose pattern
 * compiles in a tenth of the time of the Unicode classes' (~0.5 ms, in every `resume` and draft).
 */
const ASCII_ONLY = /^[\0-\x7f]*$/;
const ASCII_WORDS = /[a-z0-9]+/g;
const WORDS = /[\p{L}\p{N}]+/gu;

/** A lower-case letter or digit before an upper-case one: where a camelCase name's words meet. */
const CAMEL_JOIN = /([a-z0-9])([A-Z])/g;

/**
 * Key words of a text (see the module comment). A camelCase name counts whole and by its words:
 * a commit "Fix line numbering in reportSyntaxError" speaks of syntax errors.
 */
export function keyWords(text: string): Set<string> {
  const words = new Set<string>();
  const lower = text.toLowerCase();
  const parts = text.replace(CAMEL_JOIN, '$1 $2').toLowerCase();
  const pattern = ASCII_ONLY.test(lower) ? ASCII_WORDS : WORDS;
  const raws =
    parts === lower
      ? lower.match(pattern)
      : [...(lower.match(pattern) ?? []), ...(parts.match(pattern) ?? [])];
  for (const raw of raws ?? []) {
    // Short words count (`db`, `ui`, `c` in "test c", `2` in "phase 2"): a step that differs from a
    // commit only by them is another step. Only the short words of grammar are passed over.
    if (STOP_WORDS.has(raw)) continue;
    const word = stem(raw);
    if (FIX_WORDS.has(word) || FIX_VERBS.test(raw)) continue;
    words.add(word);
  }
  return words;
}

function stem(word: string): string {
  for (const suffix of ['ing', 'ies', 'es', 'ed', 's']) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) {
      return suffix === 'ies' ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}

function overlap(claim: Set<string>, commit: Set<string>): number {
  let shared = 0;
  for (const word of claim) if (commit.has(word)) shared++;
  return shared;
}

/**
 * Whether the commit has every numbered word of a next step (`2`, `v2`, `utf8`): "phase 2" and
 * "phase 3" are two steps whatever else they share. (Not for blockers: their numbers are what went
 * wrong, "timeout after 60s", which the fix's message need not repeat.)
 */
function hasEveryNumber(claim: Set<string>, commit: Set<string>): boolean {
  for (const word of claim) if (!commit.has(word) && /\d/.test(word)) return false;
  return true;
}

export interface CommitMatch {
  sha: string;
  subject: string;
}

function message(commit: CommitInfo): string {
  return `${commit.subject}\n${commit.body}`;
}

/**
 * The newest commit that says it fixed what `blocker` describes, or undefined. `commits` oldest first.
 */
export function possiblyResolvedBy(
  blocker: ListItem,
  commits: readonly CommitInfo[],
): CommitMatch | undefined {
  const claim = keyWords(blocker.text);
  if (claim.size === 0) return undefined;
  for (const commit of [...commits].reverse()) {
    if (!FIX_VERBS.test(message(commit))) continue;
    const shared = overlap(claim, keyWords(message(commit)));
    if (shared >= Math.min(2, claim.size) && shared / claim.size >= 0.4) {
      return { sha: commit.sha, subject: commit.subject };
    }
  }
  return undefined;
}

/** The newest commit that did what `step` says, or undefined. `commits` oldest first. */
export function doneBy(step: ListItem, commits: readonly CommitInfo[]): CommitMatch | undefined {
  const claim = keyWords(step.text);
  if (claim.size === 0) return undefined;
  for (const commit of [...commits].reverse()) {
    const words = keyWords(commit.subject);
    const shared = overlap(claim, words);
    const share = shared / claim.size;
    if (
      shared >= Math.min(2, claim.size) &&
      (share >= 0.6 || (shared >= 3 && share >= 0.4)) &&
      hasEveryNumber(claim, words)
    ) {
      return { sha: commit.sha, subject: commit.subject };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Drift: names in the handoff that no longer exist at HEAD.
// ---------------------------------------------------------------------------------------------

export interface DriftCandidates {
  /** Repository paths (with a `/`) and bare file names (`conftest.py`). */
  paths: string[];
  /** Code symbols: `parseHandoff`, `GitCommandManager`, `test_upload`, `render()`. */
  symbols: string[];
}

export interface DriftItem {
  kind: 'path' | 'symbol';
  name: string;
}

/** The Time and Progress field a draft writes its test deltas in (`**Test Changes:** …`). */
const TEST_CHANGES = /^\s*test changes\s*$/i;

/** Caps: a handoff is short, but a pasted log must not become hundreds of git arguments. */
export const DRIFT_PATH_CAP = 60;
export const DRIFT_SYMBOL_CAP = 40;

const FILE_EXTENSIONS =
  'ts|tsx|js|jsx|mjs|cjs|json|md|mdx|yml|yaml|toml|py|go|rs|java|kt|rb|php|c|h|cc|cpp|hpp|cs|swift|sh|bash|css|scss|html|vue|svelte|sql|xml|txt|ini|cfg|lock|gradle|proto|graphql';
const BARE_FILE = new RegExp(`^[A-Za-z0-9_][\\w.-]*\\.(?:${FILE_EXTENSIONS})$`);
const PATH = /^[\w.@~-]+(?:\/[\w.@~-]+)+\/?$/;
/** `Node.js`, `Vue.js`: product names, not files. */
const PRODUCT_NAME = /^[A-Z][a-z]+\.js$/;
const CALL = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\(\)$/;
const CAMEL = /^[a-z_$][\w$]*[a-z0-9][A-Z][\w$]*$|^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/;
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
/**
 * A word of prose, as most tokens are: letters and digits, upper case at most first. It can be none
 * of the above (no `/`, `.`, `()`, `_`, and no upper case inside a word), so it is passed over before
 * the ten patterns that would each say no.
 */
const PLAIN_WORD = /^[A-Za-z0-9]?[a-z0-9]*$/;

/**
 * Paths and code symbols named in the handoff's text — every element and list except Commits (shas
 * and subjects are history, not claims about HEAD) and the files Files Modified lists as deleted or
 * renamed away (their absence is the claim).
 */
export function driftCandidates(doc: HandoffDocument): DriftCandidates {
  const texts: string[] = [];
  const sections: Section[] = [...Object.values(doc.elements), ...doc.otherSections].filter(
    (s): s is Section => s !== undefined,
  );
  // A step checked off is history: what it named may since be renamed or gone, as it should be. So
  // are the Test Changes, which compare sessions (a test `removed:` there is gone by its own claim).
  for (const section of sections)
    texts.push(...sectionTexts(section, { skipDone: true, field: (label) => !TEST_CHANGES.test(label) }));
  for (const item of doc.filesModified?.items ?? []) {
    if (/\(deleted\b/.test(item.text)) continue;
    texts.push(item.text.includes(' → ') ? (item.text.split(' → ').pop() ?? '') : item.text);
  }
  const paths = new Set<string>();
  const symbols = new Set<string>();
  for (const text of texts) {
    for (const raw of text.split(/[\s,;]+|::/)) {
      if (PLAIN_WORD.test(raw)) continue;
      const opened = trimEndOf(raw.replace(/^[("'[{<]+/, ''), '.,:!?');
      const token = opened.endsWith('()')
        ? opened
        : trimEndOf(opened, ')"\']}>.,:!?').replace(/:\d+(?::\d+)?$/, '');
      if (token === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) || token.includes('://')) continue;
      const call = CALL.exec(token);
      if (call?.[1]) {
        symbols.add(call[1].split('.').pop() as string);
      } else if (PATH.test(token) && !/^\d/.test(token) && /[A-Za-z]/.test(token)) {
        if (!token.startsWith('~') && !token.startsWith('/')) paths.add(token.replace(/^\.\//, ''));
      } else if (BARE_FILE.test(token) && !PRODUCT_NAME.test(token) && !/^v?\d+(?:\.\d+)+$/.test(token)) {
        paths.add(token);
      } else if (CAMEL.test(token) || SNAKE.test(token)) {
        symbols.add(token);
      }
    }
  }
  return {
    paths: [...paths].slice(0, DRIFT_PATH_CAP),
    symbols: [...symbols].slice(0, DRIFT_SYMBOL_CAP),
  };
}

/**
 * The candidates that do not exist at HEAD: a path with a `/` must be a file or folder there; a bare
 * file name must be some file's name; a symbol must occur as a whole word in some file (outside the
 * handoffs and the registry, which would otherwise vouch for themselves).
 */
export function driftOf(
  candidates: DriftCandidates,
  existing: { paths: ReadonlySet<string>; symbols: ReadonlySet<string> },
): DriftItem[] {
  const drift: DriftItem[] = [];
  for (const path of candidates.paths)
    if (!existing.paths.has(path)) drift.push({ kind: 'path', name: path });
  for (const symbol of candidates.symbols)
    if (!existing.symbols.has(symbol)) drift.push({ kind: 'symbol', name: symbol });
  return drift;
}

/**
 * Which candidate paths a listing of HEAD's files shows: a path is there when it is a file or a folder
 * of one; a bare name when some file has that name.
 */
export function existingPaths(candidates: readonly string[], files: readonly string[]): Set<string> {
  const wanted = new Set(candidates.map((p) => p.replace(/\/$/, '')));
  const found = new Set<string>();
  const byOriginal = new Map(candidates.map((p) => [p.replace(/\/$/, ''), p]));
  for (const file of files) {
    const name = file.split('/').pop() ?? file;
    if (wanted.has(file)) found.add(byOriginal.get(file) as string);
    if (wanted.has(name)) found.add(byOriginal.get(name) as string);
    let cut = file.lastIndexOf('/');
    while (cut > 0) {
      const folder = file.slice(0, cut);
      if (wanted.has(folder)) found.add(byOriginal.get(folder) as string);
      cut = folder.lastIndexOf('/');
    }
  }
  return found;
}
