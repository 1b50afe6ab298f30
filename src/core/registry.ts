/**
 * The registry (`.agent-context/agent-handoffs.json`): parsing with every problem located at its
 * line:column, the active tasks it names, and pure updates that keep the file as the user wrote it
 * (key order, unknown keys). Reading and writing the file is the store's job (adapters/store.ts).
 */
import type { ErrorObject } from 'ajv';
import validateRegistrySchema, {
  schema as registrySchema,
  type SchemaNode,
} from '../generated/agent-handoffs.validator.js';
import { InputError } from './errors.js';
import {
  duplicateKeyError,
  type LocatedJson,
  locationOf,
  parseJsonLocated,
  pointerSegment,
} from './json-location.js';
import type { ActiveTask, AgentEntry, HandoffConfig, Registry } from './model.js';
import { linkProblem, normalizeLink } from './paths.js';
import { schemaRuleWords } from './schema-words.js';
import { meantName } from './unknown-names.js';

/**
 * Top-level keys starting with `$` are not agents: `"$schema"` lets editors validate the file.
 * They are kept on rewrite but skipped by everything that walks the agents.
 */
export function isAgentKey(key: string): boolean {
  return !key.startsWith('$');
}

/** A registry's agents and their entries, in file order (`agentEntries`). */
export type AgentEntries = ReadonlyArray<readonly [string, AgentEntry]>;

/**
 * The agents of the registry, in file order, without `$schema` and other `$` keys. Worked out once
 * per registry: a check asks four times, ~5 ms each over 10,000 agents. No registry is changed in
 * place (`withEntry` makes a new one), so the list stays true; it is read-only for the same reason.
 */
export function agentEntries(registry: Registry): AgentEntries {
  let entries = AGENT_ENTRIES.get(registry);
  if (entries === undefined) {
    entries = Object.entries(registry).filter(([key]) => isAgentKey(key));
    AGENT_ENTRIES.set(registry, entries);
  }
  return entries;
}
const AGENT_ENTRIES = new WeakMap<Registry, AgentEntries>();

/** A registry of these agent entries, in this order (its `agentEntries` are these, not worked out again). */
export function registryOfEntries(entries: AgentEntries): Registry {
  const registry: Registry = Object.fromEntries(entries);
  AGENT_ENTRIES.set(registry, entries);
  return registry;
}

export interface RegistryCheck {
  /** Undefined when the JSON itself is malformed (nothing else can be checked then). */
  registry?: Registry;
  /** Every problem found, in file order; empty when the registry is valid. */
  problems: InputError[];
  /** Where a JSON pointer (`/agent/details_link`) is in the text; undefined when malformed. */
  json?: LocatedJson;
}

/** JSON pointer of an agent, or of one key of its entry. */
export function registryPointer(agent: string, key?: string): string {
  return `/${pointerSegment(agent)}${key === undefined ? '' : `/${pointerSegment(key)}`}`;
}

function describeSchemaError(error: ErrorObject): { message: string; pointer: string; key: boolean } {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const [agent, field] = segments;
  const subject =
    agent === undefined
      ? 'the registry'
      : field === undefined
        ? `agent "${agent}"`
        : `"${field}" of agent "${agent}"`;
  switch (error.keyword) {
    case 'type':
      if (field === undefined) {
        const wanted =
          agent === undefined ? 'an object mapping agent names to entries' : 'an object (the agent entry)';
        return { message: `${subject} must be ${wanted}`, pointer: error.instancePath, key: false };
      }
      break;
    case 'pattern':
      return {
        message: `${subject} must be a date, YYYY-MM-DD`,
        pointer: error.instancePath,
        key: false,
      };
    case 'minLength':
      if (error.propertyName !== undefined) {
        return {
          message: 'an agent name must not be empty',
          pointer: `${error.instancePath}/${pointerSegment(error.propertyName)}`,
          key: true,
        };
      }
      break;
  }
  // A missing key is said at the key of the entry that lacks it.
  return {
    message: `${subject} ${schemaRuleWords(error)}`,
    pointer: error.instancePath,
    key: error.keyword === 'required',
  };
}

/**
 * Checks a registry's text: JSON syntax, the schema, and that every status is one of `statuses`.
 * Reports every problem (except after a JSON syntax error, which stops the file).
 */
export function checkRegistry(text: string, file: string, statuses: readonly string[]): RegistryCheck {
  let json: LocatedJson;
  try {
    json = parseJsonLocated(text, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // A shared file edited on several branches: say what the usual cause of this syntax error is.
    if (/^<{7}( |$)/m.test(text)) {
      return {
        problems: [
          new InputError(
            `${error.message} (the file has an unresolved merge conflict)`,
            error.location,
            error.rule,
          ),
        ],
      };
    }
    return { problems: [error] };
  }
  const problems: InputError[] = [];
  // Two entries for one agent (a bad merge) would silently lose one of them.
  for (const duplicate of json.duplicateKeys) problems.push(duplicateKeyError(duplicate, file));
  if (!validateRegistrySchema(json.value)) {
    // propertyNames errors come twice (the name and the keyword); keep one per place and keyword.
    const seen = new Set<string>();
    for (const error of validateRegistrySchema.errors ?? []) {
      if (error.keyword === 'propertyNames') continue;
      const described = describeSchemaError(error);
      const id = `${described.pointer}|${error.keyword}|${described.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const rule = error.keyword === 'minLength' ? 'schema/empty' : `schema/${error.keyword}`;
      problems.push(
        new InputError(
          described.message,
          locationOf(json, file, described.pointer, { key: described.key }),
          rule,
        ),
      );
    }
  }
  const value = json.value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [agent, entry] of Object.entries(value as Record<string, unknown>)) {
      if (!entry || typeof entry !== 'object') continue;
      if (!isAgentKey(agent)) {
        // A `$` key is skipped as no agent: one that holds an agent's entry would be a task no
        // command sees, the check included.
        if ('current_task' in entry || 'status' in entry) {
          problems.push(
            new InputError(
              `"${agent}" holds an agent's entry, but a key starting with "$" is no agent and is skipped by every command: rename the agent`,
              locationOf(json, file, registryPointer(agent), { key: true }),
              'registry/dollar-agent',
            ),
          );
        }
        continue;
      }
      // Unknown keys are kept, but one a slip away from a known key is that key misspelt: read as
      // missing, `curent_task` made an in-progress agent's task inactive, and the check passed.
      for (const key of Object.keys(entry)) {
        if (Object.hasOwn(ENTRY_PROPERTIES, key)) continue;
        const meant = meantName(key, ENTRY_KEYS);
        if (meant === undefined || meant in entry) continue;
        problems.push(
          new InputError(
            `agent "${agent}": "${key}" is no registry key (did you mean ${meant}?): unknown keys are kept, so a misspelt one is read as missing`,
            locationOf(json, file, registryPointer(agent, key), { key: true }),
            'registry/misspelt-key',
          ),
        );
      }
      const status = (entry as Record<string, unknown>).status;
      if (typeof status === 'string' && status !== '' && !statuses.includes(status)) {
        const meant = meantName(status, statuses);
        problems.push(
          new InputError(
            `unknown status "${status}" for agent "${agent}"${meant === undefined ? '' : ` (did you mean ${meant}?)`} (allowed: ${statuses.join(', ')}; add more with the config key "statuses")`,
            locationOf(json, file, registryPointer(agent, 'status')),
            'registry/status',
          ),
        );
      }
    }
  }
  problems.sort(
    (a, b) =>
      (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0),
  );
  return problems.length === 0 ? { registry: value as Registry, problems, json } : { problems, json };
}

/** An agent entry's keys, as the registry's schema names them. */
const ENTRY_PROPERTIES =
  (registrySchema.definitions as Record<string, SchemaNode>).agentEntry?.properties ?? {};
const ENTRY_KEYS = Object.keys(ENTRY_PROPERTIES);

/** Parses and validates a registry; throws the first problem as an InputError with file:line:column. */
export function parseRegistry(text: string, file: string, statuses: readonly string[]): Registry {
  const checked = checkRegistry(text, file, statuses);
  if (!checked.registry) throw checked.problems[0] as InputError;
  return checked.registry;
}

/** The task id an entry holds ('' for none), as every reading of the registry takes it. */
export function heldTask(entry: AgentEntry): string {
  return typeof entry.current_task === 'string' ? entry.current_task.trim() : '';
}

/**
 * The task the registry holds that `taskId` plainly mistypes (`meantName`: the same id in another
 * case or with other dashes, or one character left out, added, changed, or two swapped), for an
 * error refusing `taskId`. A suggestion only: two tasks' ids may differ by one character on purpose.
 */
export function meantTask(taskId: string, entries: AgentEntries): string | undefined {
  const held = new Set<string>();
  for (const [, entry] of entries) {
    const task = heldTask(entry);
    if (task !== '') held.add(task);
  }
  return meantName(taskId, [...held]);
}

/** Whether an entry holding a task holds it actively (its status is one of `activeStatuses`). */
export function isActiveStatus(entry: AgentEntry, config: Pick<HandoffConfig, 'activeStatuses'>): boolean {
  return config.activeStatuses.includes(entry.status);
}

/** Tasks that agents hold with an active status, in registry order. */
export function activeTasks(registry: Registry, config: Pick<HandoffConfig, 'activeStatuses'>): ActiveTask[] {
  return activeTasksIn(agentEntries(registry), config);
}

/** `activeTasks` of a registry's entries. */
export function activeTasksIn(
  entries: AgentEntries,
  config: Pick<HandoffConfig, 'activeStatuses'>,
): ActiveTask[] {
  const tasks: ActiveTask[] = [];
  for (const [agent, entry] of entries) {
    const taskId = heldTask(entry);
    if (taskId === '' || !isActiveStatus(entry, config)) continue;
    const link =
      typeof entry.details_link === 'string' && entry.details_link !== '' ? entry.details_link : undefined;
    const task: ActiveTask = { taskId, agent, status: entry.status };
    if (link !== undefined) task.detailsLink = link;
    tasks.push(task);
  }
  return tasks;
}

/** The registry as the file holds it: 2-space JSON, key order kept, trailing newline. */
export function serializeRegistry(registry: Registry): string {
  return `${JSON.stringify(registry, null, 2)}\n`;
}

/**
 * A new registry with `agent`'s entry patched (added at the end when new). Keys keep their order;
 * unknown keys are kept; a key patched to `undefined` is removed.
 */
export function withEntry(registry: Registry, agent: string, patch: Partial<AgentEntry>): Registry {
  const next: Registry = {};
  const patched = (entry: AgentEntry | undefined): AgentEntry => {
    const merged: Record<string, unknown> = { ...entry };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete merged[key];
      else merged[key] = value;
    }
    return merged as AgentEntry;
  };
  let found = false;
  for (const [key, entry] of Object.entries(registry)) {
    if (key === agent) {
      found = true;
      Object.defineProperty(next, key, {
        value: patched(entry),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      Object.defineProperty(next, key, {
        value: entry,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  if (!found) {
    Object.defineProperty(next, agent, {
      value: patched(undefined),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return next;
}

/** Another agent than `agent` whose `details_link` is `path`, if one is. */
export function linkedBy(registry: Registry, path: string, agent: string): string | undefined {
  const wanted = normalizeLink(path);
  for (const [name, entry] of agentEntries(registry)) {
    if (
      name !== agent &&
      typeof entry.details_link === 'string' &&
      normalizeLink(entry.details_link) === wanted
    )
      return name;
  }
  return undefined;
}

/** The agents other than `agent` active on `taskId` (as the check counts them), in registry order. */
export function othersActiveOn(
  registry: Registry,
  config: Pick<HandoffConfig, 'activeStatuses'>,
  taskId: string,
  agent: string,
): string[] {
  return activeTasks(registry, config)
    .filter((task) => task.taskId === taskId && task.agent !== agent)
    .map((task) => task.agent);
}

/**
 * The agent among `names` that `name`, new to the registry, looks like a slip of: the same name in
 * another case or Unicode form (`Claude`, a decomposed `josé`), two neighbouring characters swapped
 * (`agnet-1`, `bbo`), one character dropped or doubled inside the name (`powertest-runer`, `agent1`),
 * or a last letter dropped or added after a letter (`claud`, `claudee`, `bobb`), with the same
 * digits. Not slips, as agents are named apart on purpose: another letter (`agent-b` beside
 * `agent-a`, `kevin` beside `devin`), an ending after a digit or a separator or of more than one
 * character (`gpt-4o`, `agent-a`, `claude-a` beside `gpt-4`, `agent-`, `claude`), other digits
 * (`agent-2`). Names under three characters are compared by case and form only (`ui` and `ux` are
 * two agents); a dropped or doubled character inside needs four.
 */
export function slipOfAgentName(name: string, names: readonly string[]): string | undefined {
  const folded = foldName(name);
  const chars = [...folded];
  const digits = digitsOf(folded);
  for (const known of names) {
    if (known === name) continue;
    const knownFolded = foldName(known);
    if (knownFolded === folded) return known;
    if (digitsOf(knownFolded) !== digits) continue;
    const knownChars = [...knownFolded];
    const shorter = Math.min(chars.length, knownChars.length);
    if (shorter < 3) continue;
    if (
      swapsNeighbours(chars, knownChars) ||
      lastLetterSlip(chars, knownChars) ||
      lastLetterSlip(knownChars, chars) ||
      (shorter >= 4 && (dropsOneInside(chars, knownChars) || dropsOneInside(knownChars, chars)))
    )
      return known;
  }
  return undefined;
}

function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

function digitsOf(text: string): string {
  return text.replace(/\D+/g, ' ').trim();
}

/** Whether `a` is `b` with two different neighbouring characters (code points) swapped. */
function swapsNeighbours(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i + 1 >= a.length || a[i] === a[i + 1] || a[i] !== b[i + 1] || a[i + 1] !== b[i]) return false;
  for (let j = i + 2; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}

/** Whether `short` is `long` with one character left out before its end (not an ending added to it). */
function dropsOneInside(short: readonly string[], long: readonly string[]): boolean {
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // `short` is all of `long` but its last character: an ending, which names another agent.
  if (i === short.length) return false;
  for (let j = i; j < short.length; j++) if (short[j] !== long[j + 1]) return false;
  return true;
}

const LETTER = /^\p{L}$/u;

/**
 * Whether `long` is `short` and one more letter after a letter (`claude` beside `claud`, `bobb`
 * beside `bob`): a key held too long or not long enough. One character after a digit or a separator
 * is an ending that names another agent (`gpt-4o`, `agent-a`).
 */
function lastLetterSlip(short: readonly string[], long: readonly string[]): boolean {
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[i]) return false;
  return LETTER.test(long[long.length - 1] as string) && LETTER.test(long[long.length - 2] as string);
}

/** Every `details_link` the registry names (the files that are bookkeeping, not work). */
export function detailsLinks(registry: Registry): string[] {
  return linksIn(agentEntries(registry));
}

/** `detailsLinks` of a registry's entries. */
export function linksIn(entries: AgentEntries): string[] {
  return entries.flatMap(([, entry]) => (typeof entry.details_link === 'string' ? [entry.details_link] : []));
}

/** Task id -> its handoff file, for the tasks whose link is a usable repository path. */
export function handoffFilesByTask(tasks: readonly ActiveTask[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const task of tasks) {
    if (task.detailsLink && !linkProblem(task.detailsLink))
      files.set(task.taskId, normalizeLink(task.detailsLink));
  }
  return files;
}
