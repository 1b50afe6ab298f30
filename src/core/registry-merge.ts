/**
 * The three-way merge of the registry that git's merge driver runs (`handoff merge-registry`).
 *
 * One branch per task means two branches edit `.agent-context/agent-handoffs.json` at once: branch B
 * adds an agent while branch A's draft moves another agent's `details_link`. A line merge conflicts
 * on neighbouring lines; this merge works entry by entry, then key by key inside an entry:
 *
 * - a key (agent, `$schema`, or a field of an entry) changed on one side only takes that side;
 * - an entry both sides changed merges field by field; where both changed the same field to
 *   different values, the side whose handoff is newer supplies those fields (`newerSide`);
 * - what still cannot be decided (neither handoff newer, one side removed the entry the other
 *   changed, a non-agent key changed on both sides) becomes a conflict block with git's markers.
 *
 * Key order is the current branch's, with keys only the other branch has inserted after the key that
 * precedes them there. Values are compared as JSON (key order inside an object does not count).
 */
import type { Registry } from './model.js';
import { isAgentKey } from './registry.js';

type Json = unknown;
type JsonObject = Record<string, Json>;

/** One top-level key of the merged registry: decided, or a conflict with both versions. */
export type MergedItem =
  | { key: string; value: Json }
  | {
      key: string;
      conflict: {
        /** This side's version; undefined when this side removed the key. */
        ours?: Json;
        theirs?: Json;
        /** Why it could not be decided, for the marker line and the message. */
        reason: string;
      };
    };

/** An agent whose entry both sides changed, decided by which handoff is newer. */
export interface NewerSideChoice {
  agent: string;
  side: 'ours' | 'theirs';
  fields: string[];
  why: string;
  /**
   * The other side's `current_task`, when it was another task: no longer in the registry after the
   * merge (an agent holds one task), so its later work is judged for no task.
   */
  leftTask?: string;
}

export interface RegistryMerge {
  items: MergedItem[];
  /** Agents decided by `newerSide`, for the driver to say what it did. */
  choices: NewerSideChoice[];
  conflicts: { key: string; reason: string }[];
}

export interface RegistryMergeOptions {
  /** The session number a `details_link` names for a task (from the config's handoffPattern). */
  sessionOf: (taskId: string, link: string) => number | undefined;
  /** Whether a status makes a task active (the config's `activeStatuses`). */
  isActive: (status: string) => boolean;
}

/**
 * The fields that say what an agent is doing: one assignment, taken from one side together when
 * both sides changed it and they name different tasks. Field by field, one branch's `done` (status)
 * beside another's `start` (current_task) made the new task `complete`, and the check never judged it.
 */
const ASSIGNMENT = ['status', 'current_task', 'task_started', 'details_link', 'brief_note'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equal as JSON values; an absent key (undefined) equals only another absent key. */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
    );
  }
  return false;
}

function get(object: JsonObject | undefined, key: string): Json {
  return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * The merged key order: ours, then every key only theirs has, right after the nearest key before it
 * in theirs that is already placed (at the front when there is none). `keep` drops removed keys.
 */
export function mergeKeyOrder(
  ours: readonly string[],
  theirs: readonly string[],
  keep: (key: string) => boolean,
): string[] {
  const kept = ours.filter(keep);
  const inOrder = new Set(kept);
  const placed = new Set(ours);
  // Each key theirs adds goes right after the nearest key before it (in their order) that the result
  // holds: that anchor only moves forward, so each key gets at most one key placed right after it,
  // and the result is read off those links. Linear: an `indexOf` and `splice` per key took 29 s for a
  // registry of 40,000 agents.
  // `null`: the front (no key can be it).
  const after = new Map<string | null, string>();
  let anchor: string | null = null;
  for (const key of theirs) {
    if (!placed.has(key)) {
      placed.add(key);
      if (keep(key)) {
        after.set(anchor, key);
        inOrder.add(key);
      }
    }
    if (inOrder.has(key)) anchor = key;
  }
  const order: string[] = [];
  const follow = (from: string | null) => {
    for (let next = after.get(from); next !== undefined; next = after.get(next)) order.push(next);
  };
  follow(null);
  for (const key of kept) {
    order.push(key);
    follow(key);
  }
  return order;
}

type ThreeWay<T> = { kind: 'same'; value: T } | { kind: 'both-changed' };

/** The classic three-way rule for one value (undefined = absent). */
function threeWay(base: Json, ours: Json, theirs: Json): ThreeWay<Json> {
  if (sameJson(ours, theirs)) return { kind: 'same', value: ours };
  if (sameJson(base, ours)) return { kind: 'same', value: theirs };
  if (sameJson(base, theirs)) return { kind: 'same', value: ours };
  return { kind: 'both-changed' };
}

/**
 * Which side's handoff is newer, judged only by what both entries carry:
 * 1. the same `current_task` on both, and `details_link`s whose file names give different session
 *    numbers: the higher session is newer (a draft always writes session N+1);
 * 2. else different `task_started` dates (YYYY-MM-DD): the later task is newer;
 * 3. else undefined: nothing both sides carry tells them apart.
 */
export function newerSide(
  ours: JsonObject,
  theirs: JsonObject,
  options: RegistryMergeOptions,
): { side: 'ours' | 'theirs'; why: string } | undefined {
  const task = ours.current_task;
  if (typeof task === 'string' && task !== '' && task === theirs.current_task) {
    const session = (entry: JsonObject) =>
      typeof entry.details_link === 'string' ? options.sessionOf(task, entry.details_link) : undefined;
    const [a, b] = [session(ours), session(theirs)];
    if (a !== undefined && b !== undefined && a !== b) {
      return a > b
        ? { side: 'ours', why: `its handoff is session ${a} of ${task}, the other side's session ${b}` }
        : { side: 'theirs', why: `its handoff is session ${b} of ${task}, the other side's session ${a}` };
    }
  }
  const [a, b] = [ours.task_started, theirs.task_started];
  if (typeof a === 'string' && typeof b === 'string' && DATE.test(a) && DATE.test(b) && a !== b) {
    return a > b
      ? { side: 'ours', why: `its task_started ${a} is later than ${b}` }
      : { side: 'theirs', why: `its task_started ${b} is later than ${a}` };
  }
  return undefined;
}

/** An object with `order`'s keys, values from `pick` (undefined drops the key). */
function build(order: readonly string[], pick: (key: string) => Json): JsonObject {
  const result: JsonObject = {};
  for (const key of order) {
    const value = pick(key);
    if (value !== undefined) {
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return result;
}

type EntryMerge =
  | { kind: 'clean'; value: JsonObject; choice?: { side: 'ours' | 'theirs'; fields: string[]; why: string } }
  | {
      kind: 'conflict';
      ours: JsonObject;
      theirs: JsonObject;
      fields: string[];
      /** Fields only one side changed: each block holds that side's change, the other's too. */
      carried: string[];
    };

/** Field-by-field merge of one agent's entry that both sides changed. */
function mergeEntry(
  base: JsonObject | undefined,
  ours: JsonObject,
  theirs: JsonObject,
  options: RegistryMergeOptions,
): EntryMerge {
  const decided = new Map<string, Json>();
  const contested: string[] = [];
  // Only across two tasks: on one task (a draft on one side, `block` on the other) each field is
  // that task's, and merges on its own.
  const changedOn = (side: JsonObject) =>
    ASSIGNMENT.some((field) => !sameJson(get(base, field), get(side, field)));
  const assignmentContested =
    !sameJson(get(ours, 'current_task'), get(theirs, 'current_task')) && changedOn(ours) && changedOn(theirs);
  for (const field of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const merged = threeWay(get(base, field), get(ours, field), get(theirs, field));
    if (merged.kind === 'same' && !(assignmentContested && ASSIGNMENT.includes(field)))
      decided.set(field, merged.value);
    else contested.push(field);
  }
  const order = mergeKeyOrder(Object.keys(ours), Object.keys(theirs), () => true);
  const withSide = (side: JsonObject) =>
    build(order, (field) => (decided.has(field) ? decided.get(field) : get(side, field)));
  if (contested.length === 0) return { kind: 'clean', value: withSide(ours) };
  const newer = newerSide(ours, theirs, options);
  if (newer === undefined) {
    const carried = [...decided.keys()].filter(
      (field) =>
        !sameJson(decided.get(field), get(ours, field)) || !sameJson(decided.get(field), get(theirs, field)),
    );
    return { kind: 'conflict', ours: withSide(ours), theirs: withSide(theirs), fields: contested, carried };
  }
  const [kept, other] = newer.side === 'ours' ? [ours, theirs] : [theirs, ours];
  const value = withSide(kept);
  // The other side's task, when the merged entry holds another and the other side had it active:
  // no longer in the registry. One it had finished (done, idle) is no loss.
  const left = other.current_task;
  const status = other.status;
  const dropped =
    typeof left === 'string' &&
    left !== '' &&
    left !== value.current_task &&
    typeof status === 'string' &&
    options.isActive(status);
  return {
    kind: 'clean',
    value,
    choice: { side: newer.side, fields: contested, why: newer.why, ...(dropped ? { leftTask: left } : {}) },
  };
}

/**
 * Merges two registries that both descend from `base` (undefined when the file is new on both
 * sides). Each must be a JSON object; the caller checks that.
 */
export function mergeRegistries(
  base: Registry | undefined,
  ours: Registry,
  theirs: Registry,
  options: RegistryMergeOptions,
): RegistryMerge {
  const values = new Map<string, MergedItem>();
  const choices: NewerSideChoice[] = [];
  const conflicts: { key: string; reason: string }[] = [];
  const baseObject = base as JsonObject | undefined;
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const [b, o, t] = [get(baseObject, key), get(ours, key), get(theirs, key)];
    const merged = threeWay(b, o, t);
    if (merged.kind === 'same') {
      if (merged.value !== undefined) values.set(key, { key, value: merged.value });
      continue;
    }
    const conflict = (reason: string) => {
      values.set(key, {
        key,
        conflict: {
          ...(o === undefined ? {} : { ours: o }),
          ...(t === undefined ? {} : { theirs: t }),
          reason,
        },
      });
      conflicts.push({ key, reason });
    };
    if (!isAgentKey(key)) {
      conflict(`both sides changed "${key}"`);
    } else if (o === undefined || t === undefined) {
      conflict(`agent "${key}": one side removed the entry, the other changed it`);
    } else if (!isObject(o) || !isObject(t)) {
      conflict(`agent "${key}": both sides changed the entry`);
    } else {
      const entry = mergeEntry(isObject(b) ? b : undefined, o, t, options);
      if (entry.kind === 'clean') {
        values.set(key, { key, value: entry.value });
        if (entry.choice) choices.push({ agent: key, ...entry.choice });
      } else {
        // The blocks are labelled by side, but each already holds the fields only the other side
        // changed (keep either and nothing is lost): said, so a reader does not take them for ours.
        const carried =
          entry.carried.length > 0
            ? `; ${entry.carried.join(', ')}, changed on one side only, in both blocks`
            : '';
        const reason = `agent "${key}": both sides changed ${entry.fields.join(', ')} and neither handoff is newer${carried}`;
        values.set(key, { key, conflict: { ours: entry.ours, theirs: entry.theirs, reason } });
        conflicts.push({ key, reason });
      }
    }
  }
  const order = mergeKeyOrder(Object.keys(ours), Object.keys(theirs), (key) => values.has(key));
  return { items: order.map((key) => values.get(key) as MergedItem), choices, conflicts };
}

export interface ConflictLabels {
  ours: string;
  theirs: string;
  /** Length of git's conflict markers (`%L`); 7 by default. */
  markerSize?: number;
}

/**
 * The merged registry as text: the registry's own format (2-space JSON, trailing newline) when
 * there is no conflict; otherwise each conflict is a block between git's markers, both sides
 * written so that keeping either one (and deleting the marker lines) leaves valid JSON. A side that
 * removed the entry is empty; the comma it needs then sits on its own line inside the other side.
 */
export function renderMergedRegistry(merge: RegistryMerge, labels: ConflictLabels): string {
  const size = labels.markerSize ?? 7;
  const member = (key: string, value: Json) => {
    const text = `${JSON.stringify(key)}: ${JSON.stringify(value, null, 2)}`;
    return text.split('\n').map((line) => `  ${line}`);
  };
  // Present whichever side is kept: decided items, and conflicts both sides keep.
  const definite = merge.items.map((item) =>
    'conflict' in item ? item.conflict.ours !== undefined && item.conflict.theirs !== undefined : true,
  );
  const lines: string[] = ['{'];
  merge.items.forEach((item, index) => {
    const definiteAfter = definite.slice(index + 1).includes(true);
    const definiteBefore = definite.slice(0, index).includes(true);
    const optionalBefore = merge.items.slice(0, index).some((_, i) => !definite[i]);
    const side = (value: Json): string[] => {
      if (value === undefined) return [];
      const text = member(item.key, value);
      if (definiteAfter || definite[index]) {
        if (definiteAfter) text[text.length - 1] += ',';
        return text;
      }
      // Optional and nothing certain follows: the separator goes in front, when anything can precede.
      return definiteBefore || optionalBefore ? ['  ,', ...text] : text;
    };
    if (!('conflict' in item)) {
      lines.push(...side(item.value));
      return;
    }
    lines.push(
      `${'<'.repeat(size)} ${labels.ours} (${item.conflict.reason})`,
      ...side(item.conflict.ours),
      '='.repeat(size),
      ...side(item.conflict.theirs),
      `${'>'.repeat(size)} ${labels.theirs}`,
    );
  });
  if (lines.length === 1) return '{}\n';
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
