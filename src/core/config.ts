/**
 * The config: defaults, validation of what the user wrote, and the few rules derived from it (handoff
 * file names, the task-id pattern, durations). Every other part reads a resolved `HandoffConfig` and
 * never looks at a default itself.
 */
import type { ErrorObject } from 'ajv';
import type { RE2JS } from 're2js';
import validateConfigSchema, { schema as configSchema } from '../generated/handoff-config.validator.js';
import { InputError, InternalError, type SourceLocation } from './errors.js';
import { isRecord, pointerAsKey } from './json-location.js';
import { ELEMENT_NAMES, type HandoffConfig } from './model.js';
import { linkProblem, normalizeLink } from './paths.js';
import { schemaErrorPointer, schemaRuleWords } from './schema-words.js';
import { trimEndOf } from './trim.js';
import { unknownKeyMessage } from './unknown-names.js';

/** The four statuses of the spec; config may add more but never remove these. */
export const BUILTIN_STATUSES: readonly string[] = ['in_progress', 'blocked', 'complete', 'idle'];

export const DEFAULT_CONFIG: HandoffConfig = Object.freeze({
  registry: '.agent-context/agent-handoffs.json',
  activeStatuses: ['in_progress', 'blocked'],
  statuses: [...BUILTIN_STATUSES],
  handoffDir: 'delegation/tasks/active',
  handoffPattern: '{task}-handoff-session{session}.md',
  taskIdPattern: '[A-Z][A-Z0-9]*-\\d{4}-\\d{4}(?:-[A-Z0-9]+)?|[A-Z][A-Z0-9]+-\\d+',
  freshness: { maxCommitsBehind: 0, maxAge: '7d', scope: 'all' },
  wordBudget: 250,
  requiredElements: [...ELEMENT_NAMES],
  hook: { onInternalError: 'allow' },
  comment: { enabled: true, waiverLabel: 'no-handoff' },
  sessionGap: '2h',
  workspaces: [],
}) as HandoffConfig;

/** Maps a JSON pointer inside the config to a place in its file, when the caller has the text. */
export type ConfigLocator = (pointer: string, options?: { key?: boolean }) => SourceLocation;

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** A number and one unit: its letter, or its word (`--remaining`'s words: `hrs`, `mins` too). */
const DURATION =
  /^\s*(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s*$/;

/**
 * `7d`, `36h`, `90m`, `30s`, `2w`, `1.5h`, and the units spelled out as `draft --remaining` takes them
 * (`7 days`, `36 hours`, `90 mins`, `1 week`) → milliseconds. InputError `config/duration` on anything
 * else. One amount: a window is no sum.
 */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text);
  if (!match) {
    throw new InputError(
      `invalid duration "${text}": write a number and a unit (s, m, h, d, w, or seconds, minutes, hours, days, weeks), e.g. 7d, 36h or 2 days`,
      {},
      'config/duration',
    );
  }
  // Every unit word starts with its letter.
  const ms = Number(match[1]) * (UNITS[(match[2] as string)[0] as string] as number);
  if (ms > MAX_DURATION_MS) {
    throw new InputError(
      `duration "${text}" is longer than 100 years (5218w), the longest a freshness window or session gap may be`,
      {},
      'config/duration',
    );
  }
  return ms;
}

/**
 * The longest duration read: 100 years. Past about 270,000 years a window's start is no date at all,
 * and the check failed on it (a hook lets a push through on an internal error).
 */
const MAX_DURATION_MS = 5218 * 604_800_000;

/**
 * Validates a config as read from a file (undefined when there is none) and fills in the defaults.
 * `file` names the file in messages; `locate` (optional) turns a JSON pointer into line:column. The
 * first problem is thrown, carrying the others (`InputError.more`, which `validate` lists).
 */
export function resolveConfig(raw: unknown, file: string, locate?: ConfigLocator): HandoffConfig {
  const checked = checkConfig(raw, file, locate);
  const [first, ...rest] = checked.problems;
  if (first) throw InputError.first([first, ...rest]);
  return checked.config as HandoffConfig;
}

/**
 * Every problem of a config, in file order: the schema's (every unknown key, every wrong type) and
 * the rules over the values together. `config` is there when there is none.
 */
export function checkConfig(
  raw: unknown,
  file: string,
  locate?: ConfigLocator,
): { config?: HandoffConfig; problems: InputError[] } {
  const where = (pointer: string, key = false): SourceLocation => ({
    file,
    ...(locate ? locate(pointer, { key }) : {}),
  });
  if (raw === undefined || raw === null) return { config: structuredClone(DEFAULT_CONFIG), problems: [] };

  const valid = validateConfigSchema(raw);
  const schemaProblems = valid
    ? []
    : (validateConfigSchema.errors ?? []).map((error) => schemaProblem(error, where));
  if (!valid && schemaProblems.length === 0)
    schemaProblems.push(new InputError('invalid config', { file }, 'schema/invalid'));
  // The rules over the values run beside the schema's, on every value of the type they read (a
  // value of another type is the schema's problem already), so one run says everything.
  const problems = [...schemaProblems, ...valueProblems(raw, where)];
  if (problems.length > 0) return { problems: inFileOrder(problems) };

  const user = raw as Partial<HandoffConfig> & { $schema?: string };
  const config: HandoffConfig = {
    registry: user.registry ?? DEFAULT_CONFIG.registry,
    activeStatuses: user.activeStatuses ?? [...DEFAULT_CONFIG.activeStatuses],
    statuses: [],
    handoffDir: user.handoffDir ?? DEFAULT_CONFIG.handoffDir,
    handoffPattern: user.handoffPattern ?? DEFAULT_CONFIG.handoffPattern,
    taskIdPattern: user.taskIdPattern ?? DEFAULT_CONFIG.taskIdPattern,
    freshness: { ...DEFAULT_CONFIG.freshness, ...user.freshness },
    wordBudget: user.wordBudget ?? DEFAULT_CONFIG.wordBudget,
    requiredElements: user.requiredElements ?? [...DEFAULT_CONFIG.requiredElements],
    hook: { ...DEFAULT_CONFIG.hook, ...user.hook },
    comment: { ...DEFAULT_CONFIG.comment, ...user.comment },
    sessionGap: user.sessionGap ?? DEFAULT_CONFIG.sessionGap,
    workspaces: user.workspaces ?? [],
    ...(user.doneHandoffDir === undefined ? {} : { doneHandoffDir: user.doneHandoffDir }),
  };
  // Config adds statuses; the built-in four and every active status are always allowed.
  config.statuses = [...new Set([...BUILTIN_STATUSES, ...(user.statuses ?? []), ...config.activeStatuses])];
  return { config, problems: [] };
}

/** A config with its faulty keys left out, and which keys those were (dotted, in the file's order). */
export interface ConfigDespiteProblems {
  config: HandoffConfig;
  ignored: string[];
}

/**
 * Keys that decide where the rest is read from: `validate` cannot go on past a problem in one of
 * them (the registry it would check by default is not the user's).
 */
const KEYS_THAT_PLACE = new Set(['registry', 'workspaces']);

/**
 * What a config with problems still says: each key (each key of a nested object such as
 * `freshness`) kept when it is valid on its own, the others left at their defaults, so `validate`
 * can go on to the registry and the handoffs. Undefined when nothing can be made of it (not an
 * object, a problem in a key that places the rest, or keys valid apart that are not together).
 */
export function configDespite(raw: unknown): ConfigDespiteProblems | undefined {
  if (!isRecord(raw)) return undefined;
  const alone = (value: Record<string, unknown>) => checkConfig(value, '').problems.length === 0;
  const kept: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const nested = configSchema.properties?.[key] as { type?: unknown } | undefined;
    if (nested?.type === 'object' && isRecord(value)) {
      const inner: Record<string, unknown> = {};
      for (const [name, part] of Object.entries(value)) {
        if (alone({ [key]: { [name]: part } })) inner[name] = part;
        else ignored.push(`${key}.${name}`);
      }
      kept[key] = inner;
    } else if (alone({ [key]: value })) kept[key] = value;
    else ignored.push(key);
  }
  if (ignored.some((key) => KEYS_THAT_PLACE.has(key))) return undefined;
  const config = checkConfig(kept, '').config;
  return config ? { config, ignored } : undefined;
}

/** Problems by where they are in the file (line, then column); unplaced ones last, in their order. */
function inFileOrder(problems: InputError[]): InputError[] {
  const line = (p: InputError) => p.location.line ?? Number.MAX_SAFE_INTEGER;
  const column = (p: InputError) => p.location.column ?? 0;
  // A stable sort: problems at one place keep the order their rules met them in.
  return [...problems].sort((a, b) => line(a) - line(b) || column(a) - column(b));
}

/** The InputError `check` throws, or undefined: a rule that throws, asked for its problem instead. */
function caught(check: () => void): InputError | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

/**
 * The rules over a config's values that its schema cannot say: durations, paths inside the
 * repository, the task-id pattern, the handoff file pattern. Each reads its value only when it is of
 * the type the schema asks for, the default otherwise.
 */
function valueProblems(
  raw: unknown,
  where: (pointer: string, key?: boolean) => SourceLocation,
): InputError[] {
  const fields = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
  const user = fields(raw);
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const optionalText = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const problems: InputError[] = [];
  for (const [pointer, duration] of [
    ['/freshness/maxAge', text(fields(user.freshness).maxAge, DEFAULT_CONFIG.freshness.maxAge)],
    ['/sessionGap', text(user.sessionGap, DEFAULT_CONFIG.sessionGap)],
  ] as const) {
    const problem = caught(() => parseDuration(duration));
    if (problem) {
      problems.push(
        new InputError(
          `config key "${pointerAsKey(pointer)}": ${problem.message}`,
          where(pointer),
          problem.rule,
        ),
      );
    }
  }
  // The registry and the handoff folder are shared through the repository, so they must be inside it.
  const doneHandoffDir = optionalText(user.doneHandoffDir);
  for (const [key, path] of [
    ['registry', text(user.registry, DEFAULT_CONFIG.registry)],
    ['handoffDir', text(user.handoffDir, DEFAULT_CONFIG.handoffDir)],
    ...(doneHandoffDir === undefined ? [] : [['doneHandoffDir', doneHandoffDir] as const]),
  ] as const) {
    const isRoot = key === 'handoffDir' && /^\.?\/*$/.test(path);
    const problem = isRoot ? undefined : linkProblem(path, `config key "${key}"`);
    if (problem) problems.push(new InputError(problem, where(`/${key}`), 'config/path'));
  }
  const workspaces = Array.isArray(user.workspaces) ? user.workspaces : [];
  workspaces.forEach((folder: unknown, index) => {
    if (typeof folder !== 'string') return;
    const problem = linkProblem(folder.replace(/\/\*$/, '/x'), 'a workspaces folder');
    if (problem || folder.slice(0, -1).includes('*')) {
      problems.push(
        new InputError(
          problem ?? `a workspaces folder may use * only as its whole last segment ("${folder}")`,
          where(`/workspaces/${index}`),
          'config/path',
        ),
      );
    }
  });
  const taskIdProblem = caught(() =>
    checkTaskIdPattern(text(user.taskIdPattern, DEFAULT_CONFIG.taskIdPattern), where('/taskIdPattern')),
  );
  if (taskIdProblem) problems.push(taskIdProblem);
  const handoffPattern = text(user.handoffPattern, DEFAULT_CONFIG.handoffPattern);
  if (!handoffPattern.includes('{task}') || !handoffPattern.includes('{session}')) {
    problems.push(
      new InputError(
        'config key "handoffPattern" must contain both {task} and {session}',
        where('/handoffPattern'),
        'config/pattern',
      ),
    );
  } else {
    // A name inside handoffDir, as `draft` writes it: checked here so `validate` and the check say so too.
    const sample = handoffPath({ ...DEFAULT_CONFIG, handoffPattern, handoffDir: 'handoffs' }, 'TASK-1', 1);
    const patternProblem = normalizeLink(sample).startsWith('handoffs/')
      ? linkProblem(sample, 'config key "handoffPattern"')
      : `config key "handoffPattern" ("${handoffPattern}") names a file outside handoffDir`;
    if (patternProblem)
      problems.push(new InputError(patternProblem, where('/handoffPattern'), 'config/pattern'));
  }
  return problems;
}

/** One schema error of a config as the problem it is: an unknown key, with the keys known there, or a wrong value. */
function schemaProblem(
  error: ErrorObject,
  where: (pointer: string, key?: boolean) => SourceLocation,
): InputError {
  const pointer = schemaErrorPointer(error);
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    // The schema's keys, not the defaults': optional keys (doneHandoffDir, workspaces) have none.
    const holder =
      error.instancePath === '' ? configSchema : configSchema.properties?.[error.instancePath.slice(1)];
    const known = Object.keys(holder?.properties ?? {}).filter((k) => k !== '$schema');
    // At the top, a key of a nested object written there (`maxAge` for `freshness.maxAge`).
    const nested =
      error.instancePath === ''
        ? Object.entries(configSchema.properties ?? {}).flatMap(([parent, schema]) =>
            Object.keys((schema as { properties?: object }).properties ?? {}).map((name) => ({
              name,
              written: `${parent}.${name}`,
            })),
          )
        : [];
    return new InputError(
      unknownKeyMessage('config key', key, known, pointerAsKey(pointer), nested),
      where(pointer, true),
      'config/unknown-key',
    );
  }
  const name = error.instancePath ? `config key "${pointerAsKey(error.instancePath)}"` : 'the config';
  return new InputError(`${name} ${schemaRuleWords(error)}`, where(pointer), `schema/${error.keyword}`);
}

/**
 * A config's `taskIdPattern` must be a regular expression both engines read alike (see
 * `taskIdRegExp`): valid as a JavaScript RegExp, and within RE2's syntax, which leaves out exactly
 * what makes matching time explode (backreferences, lookaround). Refused with the reason otherwise.
 */
function checkTaskIdPattern(pattern: string, where: SourceLocation): void {
  const refuse = (why: string) => {
    throw new InputError(`config key "taskIdPattern" ${why}`, where, 'config/regexp');
  };
  if (pattern.length > MAX_TASK_ID_PATTERN_CHARS) {
    refuse(`is longer than ${MAX_TASK_ID_PATTERN_CHARS} characters; a task-id pattern is a short rule`);
  }
  try {
    new RegExp(pattern);
  } catch (error) {
    refuse(`is not a valid regular expression: ${(error as Error).message}`);
  }
  if (pattern === DEFAULT_CONFIG.taskIdPattern) return;
  try {
    linearProgram(`^(?:${pattern})$`);
  } catch (error) {
    if (error instanceof InternalError) throw error;
    refuse(
      `uses what the linear-time matcher does not support (backreferences, lookahead or lookbehind, possessive or atomic groups): ${(error as Error).message}; task ids are matched in time linear in the text, so a pattern from a pull request cannot stall the check`,
    );
  }
}

/** The file name of a handoff, e.g. `TASK-2025-0078-C-handoff-session2.md`. */
export function handoffFileName(config: HandoffConfig, taskId: string, session: number): string {
  return config.handoffPattern.replace(/\{task\}/g, taskId).replace(/\{session\}/g, String(session));
}

/** Repository-relative POSIX path of a handoff document. */
export function handoffPath(config: HandoffConfig, taskId: string, session: number): string {
  const folder = config.handoffDir.replace(/\\/g, '/').replace(/^\.\/+/, '');
  const dir = trimEndOf(folder, '/');
  const name = handoffFileName(config, taskId, session);
  return dir === '' || dir === '.' ? name : `${dir}/${name}`;
}

/** Characters a task id must not touch: `TASK-1` is not found inside `TASK-12` or `MYTASK-1`. */
const WORD_CHARS = 'A-Za-z0-9_';
/**
 * Characters a task id must not be followed by: `_` ends one, as branch names join words with it
 * (`TASK-1_fix-parser`), where before an id it still joins (`MY_TASK-1` is not `TASK-1`).
 */
const AFTER_ID_CHARS = 'A-Za-z0-9';

/** Longest `taskIdPattern` taken: it is a short rule, and the linear engine's cost grows with it. */
export const MAX_TASK_ID_PATTERN_CHARS = 500;

/**
 * Longest text searched for task ids (a commit message, a branch name): the rest of a longer text is
 * not read. Task ids sit in subjects and trailers; no real message comes near this.
 */
export const MAX_TASK_ID_INPUT_CHARS = 64 * 1024;

/** Whether `id` is a whole task id by the config's pattern (a registry's `current_task`, say). */
export function isTaskId(config: HandoffConfig, id: string): boolean {
  if (config.taskIdPattern === DEFAULT_CONFIG.taskIdPattern) {
    return new RegExp(`^(?:${config.taskIdPattern})$`).test(id);
  }
  return id.length <= MAX_TASK_ID_INPUT_CHARS && linearProgram(`^(?:${config.taskIdPattern})$`).matches(id);
}

/**
 * The handoff file name pattern for `taskId` as a RegExp whose group 1 is the session number
 * (`TASK-1-handoff-session(\d+)\.md`); it matches a file name, not a path.
 */
export function handoffNameRegExp(config: Pick<HandoffConfig, 'handoffPattern'>, taskId: string): RegExp {
  return new RegExp(handoffNameSource(config, escapeRegExp(taskId), '(\\d+)'));
}

/**
 * `doneHandoffDir`, where `done` moves a finished task's sessions, and what its handoffs are named:
 * a file there with a handoff's name is bookkeeping (`nonWorkPaths`), any other file is not (a
 * `doneHandoffDir` of `src` must not make the code in it bookkeeping).
 */
export function doneArchiveOf(
  config: Pick<HandoffConfig, 'doneHandoffDir' | 'handoffPattern'>,
): { dir: string; name: RegExp } | undefined {
  if (config.doneHandoffDir === undefined) return undefined;
  return {
    dir: normalizeLink(config.doneHandoffDir),
    name: new RegExp(handoffNameSource(config, '[^/]+', '\\d+')),
  };
}

/** A handoff's file name as `handoffPattern` makes it, with the task id as group 1 (`TASK-1-handoff-session2.md`). */
export function handoffTaskRegExp(config: Pick<HandoffConfig, 'handoffPattern'>): RegExp {
  return new RegExp(handoffNameSource(config, '([^/]+?)', '\\d+'));
}

/** `handoffPattern`'s file name as an expression, `{task}` and `{session}` standing for the sources given. */
function handoffNameSource(
  config: Pick<HandoffConfig, 'handoffPattern'>,
  task: string,
  session: string,
): string {
  const name = config.handoffPattern.split('/').pop() ?? config.handoffPattern;
  const parts = name.split(/(\{task\}|\{session\})/).map((part) => {
    if (part === '{task}') return task;
    if (part === '{session}') return session;
    return escapeRegExp(part);
  });
  return `^${parts.join('')}$`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The session number of the handoff `link` names for `taskId`, or undefined when its name does not say. */
export function handoffSessionOf(
  config: Pick<HandoffConfig, 'handoffPattern'>,
  taskId: string,
  link: string,
): number | undefined {
  const match = handoffNameRegExp(config, taskId).exec(link.split('/').pop() ?? link);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * A global regular expression that finds task ids in text (commit messages, branch names). The match
 * must not be part of a longer word, so `TASK-1` is not found inside `TASK-12` or `MYTASK-1` (a
 * hyphen before it is fine: branch `fix-TASK-1`).
 *
 * The built-in pattern runs on the native engine: it has no nested repetition, and a match can only
 * start after a non-word character, so it is linear. A pattern from config may come from a pull
 * request (`(A+)+B` against a 40-character subject takes minutes on a backtracking engine), so it
 * runs on RE2 (`re2js`), whose time is linear in the text whatever the pattern: see
 * `LinearTaskIdRegExp`.
 */
export function taskIdRegExp(config: HandoffConfig): RegExp {
  const pattern = config.taskIdPattern;
  if (pattern === DEFAULT_CONFIG.taskIdPattern) {
    return new RegExp(`(?<![${WORD_CHARS}])(?:${pattern})(?![${AFTER_ID_CHARS}])`, 'g');
  }
  return new LinearTaskIdRegExp(pattern);
}

const linearPrograms = new Map<string, RE2JS>();

/**
 * The RE2 engine (`re2js`'s `RE2JS` class), handed in by whoever loads a config with a pattern of its
 * own (`loadConfigFrom`): 6,600 lines the pre-push hook would otherwise compile on every push for a
 * pattern almost nobody sets. Core code stays free of module loading.
 */
let linearEngine: typeof RE2JS | undefined;

export function useLinearEngine(engine: typeof RE2JS): void {
  linearEngine = engine;
}

/** Whether a config's `taskIdPattern` needs the linear-time engine (any pattern but the built-in one). */
export function needsLinearEngine(raw: unknown): boolean {
  const pattern = (raw as { taskIdPattern?: unknown } | null)?.taskIdPattern;
  return typeof pattern === 'string' && pattern !== DEFAULT_CONFIG.taskIdPattern;
}

/** The RE2 program of `source`, compiled once per process. Throws RE2's syntax error. */
function linearProgram(source: string): RE2JS {
  let program = linearPrograms.get(source);
  if (!program) {
    if (!linearEngine) {
      throw new InternalError('the linear-time regular expression engine is not loaded (useLinearEngine)');
    }
    program = linearEngine.compile(source);
    linearPrograms.set(source, program);
  }
  return program;
}

/**
 * A task-id search on RE2 that is a RegExp to its callers: `text.matchAll(re)`, `re.exec(text)`
 * and `re.test(text)` all go through `exec` (the language calls an overridden `exec`, and `matchAll`
 * copies the object through `constructor`), so code written for `taskIdRegExp`'s native RegExp
 * works unchanged. RE2 has no lookaround, so the word boundaries are matched as characters: the
 * text is padded with a space at each end and the search is `[^word](pattern)[^word]`, started at
 * the character before `lastIndex`, which is exactly what the lookbehind would look at. Results
 * carry the whole id (`[0]`), `index` and `input`; the pattern's own groups are not reported. Only
 * the first MAX_TASK_ID_INPUT_CHARS characters of a text are searched.
 */
export class LinearTaskIdRegExp extends RegExp {
  readonly taskIdPattern: string;
  private readonly program: RE2JS;
  private padded = { text: '', padded: '  ' };

  constructor(pattern: string | LinearTaskIdRegExp, _flags?: string) {
    const taskIdPattern = typeof pattern === 'string' ? pattern : pattern.taskIdPattern;
    // The native source is only what `source` shows; the native engine never runs it.
    super(`(?<![${WORD_CHARS}])(?:${taskIdPattern})(?![${AFTER_ID_CHARS}])`, 'g');
    this.taskIdPattern = taskIdPattern;
    this.program = linearProgram(`[^${WORD_CHARS}](${taskIdPattern})[^${AFTER_ID_CHARS}]`);
  }

  override exec(input: string): RegExpExecArray | null {
    const whole = String(input);
    const text = whole.length > MAX_TASK_ID_INPUT_CHARS ? whole.slice(0, MAX_TASK_ID_INPUT_CHARS) : whole;
    const from = this.lastIndex;
    if (from > text.length) {
      this.lastIndex = 0;
      return null;
    }
    // matchAll calls exec once per id on the same text: pad it once.
    if (this.padded.text !== text) this.padded = { text, padded: ` ${text} ` };
    const matcher = this.program.matcher(this.padded.padded);
    // Padded index `from` is the character before original index `from`: the lookbehind's place.
    if (!matcher.find(from)) {
      this.lastIndex = 0;
      return null;
    }
    const start = matcher.start(1) - 1;
    const end = matcher.end(1) - 1;
    const result = [text.slice(start, end)] as unknown as RegExpExecArray;
    result.index = start;
    result.input = whole;
    this.lastIndex = end;
    return result;
  }
}
