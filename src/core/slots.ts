/**
 * Slots: the places in a command the program gives an agent (a Stop hook's fix, prime's commands,
 * draft's and start's next, an error's suggestion, the instructions paragraph) where the agent writes
 * a value it must supply, as `<what goes there>`. One convention everywhere, defined here: the agent
 * replaces each slot, its angle brackets included, with its answer, and keeps what is around it.
 * - In a shell command a slot is quoted (`--progress "<0-100>"`): run unedited, a shell would read
 *   a bare `<` as a redirection; quoted, the command gets the slot as a value and refuses it.
 * - In an MCP tool call (core/tool-terms.ts) a text argument's slot is a JSON string
 *   (`"note":"<state in one line>"`), a number argument's stands bare (`"progress":<0-100>`): the call
 *   filled in as written has the types the tool's schema asks for (`"progress":30`, not `"30"`).
 */
import type { ElementName, TimeField } from './model.js';
import { shellWord } from './shell.js';

/** A value left for the agent to write: `<what>`. */
export interface Slot {
  readonly slot: string;
}

export function slot(what: string): Slot {
  return { slot: `<${what}>` };
}

/** The task an agent takes up, where the program cannot know it. */
export const TASK_SLOT = slot('task id');
/** The agent's registry name, where the program was told none. */
export const AGENT_SLOT = slot('agent name');

/** A value or a slot as one word of a shell command: a slot quoted, a value as `shellWord` writes it. */
export function commandWord(value: string | Slot): string {
  return typeof value === 'string' ? shellWord(value) : `"${value.slot}"`;
}

/** Whether a command's value, its quotes removed, is one slot (`<0-100>`). */
export function isSlot(value: string): boolean {
  return /^<[^<>\n]+>$/.test(value) && !AUTOLINK.test(value);
}

/**
 * Whether `text` is only slots (`<state in one line>`, `<what>: <why>`): an answer left as printed.
 * An autolink (`<https://...>`, `<a@b.org>`) is text.
 */
export function isOnlySlots(text: string): boolean {
  return /^\s*(?:<[^<>]+>[\s:,.;-]*)+$/.test(text) && !AUTOLINK.test(text);
}

const AUTOLINK = /:\/\/|@/;

/** The flag that answers each element, with the slot the agent writes its answer over. */
/** What an answer that is a slot left as printed is told, after what it is (`--progress "<0-100>"`). */
export const LEFT_AS_PRINTED = "is the printed command's placeholder, left as it was";

export const ANSWER_SLOTS: Readonly<Record<ElementName, string>> = {
  currentState: `--note ${commandWord(slot('state in one line'))}`,
  decisions: `--decision ${commandWord(slot('decision: reason'))}`,
  blockers: `--blocker ${commandWord(slot('blocker, or None'))}`,
  nextSteps: `--next ${commandWord(slot('next step'))}`,
  timeProgress: `--progress ${commandWord(slot('0-100'))}`,
};

/** The flag that states each of a session's times, with its slot. */
export const TIME_SLOTS: Readonly<Record<TimeField, string>> = {
  timeSpent: `--time-spent ${commandWord(slot('time taken, e.g. 45m'))}`,
  remaining: `--remaining ${commandWord(slot('time left, e.g. 3h'))}`,
};
