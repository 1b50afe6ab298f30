/**
 * User text placed where GitHub renders it (the PR comment, the job summary): the one place that makes
 * such text inert. Markdown is escaped by the document renderer's `escapeMarkdownFragment`; then every
 * `@mention` (people and teams) and every issue or pull request reference (`#1`, `owner/repo#3`,
 * `GH-12`) is broken with an invisible character, so a handoff, a commit subject or a fork's artifact
 * cannot ping anyone or link itself into another issue's timeline from a bot comment.
 *
 * The rule is applied whatever precedes the `@` or `#`: GitHub's own matcher treats a non-ASCII letter
 * as a boundary (`é@user` pings), and guessing its boundaries exactly is how mentions slip through.
 * The price is an invisible character inside e-mail addresses, which read the same.
 *
 * The rule lives here, not in `escapeMarkdownFragment`, because handoff documents must round-trip exactly
 * (parse → render → parse); only text that is shown, never parsed back, gets it.
 */
import { escapeMarkdownFragment } from './document/render.js';
import { collapseWhitespace } from './whitespace.js';

/** U+2060 WORD JOINER: invisible, and GitHub links neither `@` nor `#` followed by it. */
export const REFERENCE_BREAK = '\u2060';

/**
 * `@name`, `@org/team` and `owner/repo@sha`: an `@` followed by a letter or digit. `#12`,
 * `owner/repo#12` and `GH-12`: a `#` or `GH-` followed by a digit. Each gets a word joiner after the
 * sign, so the text reads the same and links nothing.
 */
export function neutraliseReferences(text: string): string {
  return text
    .replace(/@(?=[\p{L}\p{N}_])/gu, `@${REFERENCE_BREAK}`)
    .replace(/#(?=\p{N})/gu, `#${REFERENCE_BREAK}`)
    .replace(/\b(GH-)(?=\p{N})/giu, `$1${REFERENCE_BREAK}`);
}

/** Kept for callers that name only mentions; mentions and references are one rule. */
export const neutraliseMentions = neutraliseReferences;

/**
 * User text for GitHub-rendered markdown, which may share its line with other user text: escaped,
 * mentions and references neutralised.
 */
export function escapeUserText(text: string): string {
  return neutraliseReferences(escapeMarkdownFragment(text));
}

/**
 * User text inside an HTML element GitHub renders (`<summary>`), where markdown escapes do not apply:
 * the markup characters, and those markdown or autolinking could read (`[`, `]`, `(`, `)`, `*`, `_`,
 * `` ` ``, `~`, `:`, `\`, `|`), as numeric entities — they display as themselves — then the same
 * neutralising rule, applied before (GitHub decodes entities before it looks for mentions, so `&#64;`
 * would not stop one).
 */
export function escapeHtmlText(text: string): string {
  // Neutralised first: the entities' own `#` must not be broken.
  return neutraliseReferences(collapseWhitespace(text)).replace(
    /[&<>"'[\]()*_`~:\\|]/g,
    // Hexadecimal: `&#x5B;` has no `#` followed by a digit, even to a reader of the raw text.
    (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`,
  );
}
