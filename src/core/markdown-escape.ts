/**
 * User text placed in markdown that GitHub renders (the PR comment, the job summary): markdown-escaped
 * by the document renderer's `escapeMarkdownText`, and with `@mentions` neutralised so a handoff or a
 * commit subject cannot ping people or teams from a bot comment.
 *
 * The mention rule lives here, not in `escapeMarkdownText`, because handoff documents must round-trip
 * exactly (parse → render → parse); only text that is shown, never parsed back, gets it.
 */
import { escapeMarkdownText } from './document/render.js';

/** U+2060 WORD JOINER: invisible, and GitHub does not link `@` followed by it. */
const MENTION_BREAK = '\u2060';

/**
 * `@name` and `@org/team` where GitHub would link them (at the start or after a non-word character)
 * get an invisible word joiner after the `@`: the text reads the same and pings nobody.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/(^|[^\p{L}\p{N}_])@(?=[\p{L}\p{N}])/gu, `$1@${MENTION_BREAK}`);
}

/** One line of user text for GitHub-rendered markdown: escaped, mentions neutralised. */
export function escapeUserText(text: string): string {
  return neutraliseMentions(escapeMarkdownText(text));
}
