import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { InputError } from '../../src/core/errors.js';
import { offsetToPosition, parseJsonLocated } from '../../src/core/json-location.js';
import type { Registry } from '../../src/core/model.js';
import {
  findLinkIssue,
  isPlainPath,
  linkIssue,
  linkProblem,
  MAX_NAME_BYTES,
  MAX_PATH_CHARS,
  normalizeLink,
} from '../../src/core/paths.js';
import {
  activeTasks,
  agentEntries,
  checkRegistry,
  meantTask,
  parseRegistry,
  serializeRegistry,
  slipOfAgentName,
  withEntry,
} from '../../src/core/registry.js';
import { seededIndex } from '../helpers/random.js';
import { PROJECT_ROOT } from '../helpers/temp-repo.js';

const SEED = readFileSync(join(PROJECT_ROOT, '__tests__/fixtures/registry/agent-handoffs.json'), 'utf8');
const FILE = '.agent-context/agent-handoffs.json';
const STATUSES = DEFAULT_CONFIG.statuses;

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseJsonLocated', () => {
  it('locates values and keys by JSON pointer', () => {
    const text = '{\n  "a": {\n    "b/c": [1, "x"]\n  }\n}\n';
    const json = parseJsonLocated(text);
    expect(json.value).toEqual({ a: { 'b/c': [1, 'x'] } });
    expect(json.locate('/a/b~1c/1')).toEqual({ line: 3, column: 16 });
    expect(json.locate('/a/b~1c', { key: true })).toEqual({ line: 3, column: 5 });
    // An absent pointer falls back to the nearest ancestor that exists.
    expect(json.locate('/a/missing')).toEqual({ line: 2, column: 8 });
  });

  it.each([
    ['{"a": 1,}', 1, 8, 'trailing comma'],
    ['{"a": 1, }', 1, 8, 'trailing comma'],
    ['{"a": 1, 2}', 1, 10, "expected a quoted key, found '2'"],
    ['{\n  "a": tru\n}', 2, 8, 'unexpected'],
    ['{"a": "x\ny"}', 1, 9, 'control character'],
    ['{"a": 1} x', 1, 10, 'after the end'],
    ['{"a": "\\q"}', 1, 8, 'invalid escape'],
    ['', 1, 1, 'empty'],
    ['[1, 2', 1, 6, 'end of file'],
  ])('reports a syntax error in %j at its line:column', (text, line, column, words) => {
    const error = thrown(() => parseJsonLocated(text, 'x.json'));
    expect(error.rule).toBe('json/syntax');
    expect(error.location).toEqual({ file: 'x.json', line, column });
    expect(error.message).toContain(words);
  });

  it('parses what JSON.parse parses, including __proto__ as a plain key', () => {
    const text = '{"__proto__": {"x": 1}, "n": -1.5e3, "s": "\\u00e9\\n", "t": true, "f": false, "z": null}';
    const json = parseJsonLocated(text);
    expect(json.value).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(json.value)).toBe(Object.prototype);
    expect(Object.keys(json.value as object)).toContain('__proto__');
  });

  it('turns an offset into line and column', () => {
    expect(offsetToPosition('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('parseRegistry', () => {
  it("accepts the seed's registry as it is", () => {
    const registry = parseRegistry(SEED, FILE, STATUSES);
    expect(registry['powertest-runner']?.current_task).toBe('TASK-2025-0078-C');
  });

  it('names line:column of a JSON syntax error', () => {
    const broken = SEED.replace('"in_progress",', '"in_progress"');
    const error = thrown(() => parseRegistry(broken, FILE, STATUSES));
    expect(error.rule).toBe('json/syntax');
    expect(error.location).toEqual({ file: FILE, line: 4, column: 5 });
  });

  it('refuses a key one slip from a known key, which would be read as missing; keeps other unknown keys', () => {
    // `curent_task` left the in-progress agent with no task: the check judged nothing and passed.
    const text = '{\n  "a": {\n    "status": "in_progress",\n    "curent_task": "TASK-1"\n  }\n}\n';
    const error = thrown(() => parseRegistry(text, FILE, STATUSES));
    expect(error.rule).toBe('registry/misspelt-key');
    expect(error.location).toEqual({ file: FILE, line: 4, column: 5 });
    expect(error.message).toBe(
      'agent "a": "curent_task" is no registry key (did you mean current_task?): unknown keys are kept, so a misspelt one is read as missing',
    );
    const custom =
      '{ "a": { "status": "idle", "team": "web", "Status_note": "x", "details_links": [] , "details_link": null } }';
    expect(parseRegistry(custom, FILE, STATUSES).a?.team).toBe('web');
  });

  it('names line:column of a value of the wrong type', () => {
    const error = thrown(() => parseRegistry(SEED.replace('"2025-11-08"', '20251108'), FILE, STATUSES));
    expect(error.rule).toBe('schema/type');
    expect(error.location).toEqual({ file: FILE, line: 5, column: 21 });
    expect(error.message).toBe('"task_started" of agent "powertest-runner" must be a string');
  });

  it('names the agent key when a required field is missing', () => {
    const text = '{\n  "a": { "status": "idle" },\n  "b": { "current_task": null }\n}\n';
    const error = thrown(() => parseRegistry(text, FILE, STATUSES));
    expect(error.rule).toBe('schema/required');
    expect(error.location).toEqual({ file: FILE, line: 3, column: 3 });
    expect(error.message).toBe('agent "b" has no "status"');
  });

  it('rejects an unknown status, naming the allowed ones', () => {
    const error = thrown(() => parseRegistry(SEED.replace('"in_progress"', '"done"'), FILE, STATUSES));
    expect(error.rule).toBe('registry/status');
    expect(error.location).toEqual({ file: FILE, line: 3, column: 15 });
    expect(error.message).toContain('unknown status "done"');
    expect(error.message).toContain('in_progress, blocked, complete, idle');
  });

  it('refuses an agent entry under a "$" key, which every command would skip', () => {
    const text =
      '{\n  "$schema": "https://example.com/s.json",\n  "$bot": { "status": "in_progress", "current_task": "T-1" }\n}\n';
    const error = thrown(() => parseRegistry(text, FILE, STATUSES));
    expect(error.rule).toBe('registry/dollar-agent');
    expect(error.location).toEqual({ file: FILE, line: 3, column: 3 });
    expect(parseRegistry('{ "$schema": "x" }', FILE, STATUSES)).toEqual({ $schema: 'x' });
  });

  it('accepts a status the config adds', () => {
    const text = SEED.replace('"in_progress"', '"review"');
    expect(parseRegistry(text, FILE, [...STATUSES, 'review'])['powertest-runner']?.status).toBe('review');
  });

  it('rejects a malformed date and a registry that is not an object', () => {
    expect(thrown(() => parseRegistry(SEED.replace('2025-11-08', 'Nov 8'), FILE, STATUSES)).rule).toBe(
      'schema/pattern',
    );
    const error = thrown(() => parseRegistry('[]', FILE, STATUSES));
    expect(error.rule).toBe('schema/type');
    expect(error.message).toContain('object mapping agent names');
  });

  it('reports every problem, in file order', () => {
    const text = '{\n  "a": { "status": 1 },\n  "b": { "status": "nope", "details_link": 3 },\n  "c": 5\n}\n';
    const { registry, problems } = checkRegistry(text, FILE, STATUSES);
    expect(registry).toBeUndefined();
    expect(problems.map((p) => [p.rule, p.location.line])).toEqual([
      ['schema/type', 2],
      ['registry/status', 3],
      ['schema/type', 3],
      ['schema/type', 4],
    ]);
  });

  it('reports an agent written twice (a bad merge would lose one)', () => {
    const text =
      '{\n  "a": { "status": "idle" },\n  "b": { "status": "idle" },\n  "a": { "status": "blocked" }\n}\n';
    const error = thrown(() => parseRegistry(text, FILE, STATUSES));
    expect(error.rule).toBe('json/duplicate-key');
    expect(error.location).toEqual({ file: FILE, line: 4, column: 3 });
    expect(error.message).toBe('key "a" is written twice; the first one would be lost');
    // A nested key is named dotted, as config keys are.
    const nested = thrown(() =>
      parseRegistry('{ "hana": { "status": "idle", "status": "blocked" } }', FILE, STATUSES),
    );
    expect(nested.message).toBe('key "hana.status" is written twice; the first one would be lost');
  });

  it('names an unresolved merge conflict', () => {
    const text =
      '{\n<<<<<<< HEAD\n  "a": { "status": "idle" }\n=======\n  "a": { "status": "blocked" }\n>>>>>>> x\n}\n';
    const error = thrown(() => parseRegistry(text, FILE, STATUSES));
    expect(error.rule).toBe('json/syntax');
    expect(error.location).toEqual({ file: FILE, line: 2, column: 1 });
    expect(error.message).toContain('unresolved merge conflict');
  });

  it('points at an empty agent name', () => {
    const error = thrown(() => parseRegistry('{\n  "": { "status": "idle" }\n}', FILE, STATUSES));
    expect(error.rule).toBe('schema/empty');
    expect(error.location).toEqual({ file: FILE, line: 2, column: 3 });
  });

  it('keeps a $schema key, which is not an agent', () => {
    const text = `{ "$schema": "./schema/agent-handoffs.schema.json", ${SEED.trim().slice(1)}`;
    const registry = parseRegistry(text, FILE, STATUSES);
    expect(agentEntries(registry).map(([agent]) => agent)).toEqual(['powertest-runner']);
    expect(serializeRegistry(registry)).toContain('"$schema"');
  });

  it('lists the agents of each registry, a patched copy its own (the list is kept per registry)', () => {
    const registry = parseRegistry(SEED, FILE, STATUSES);
    const before = agentEntries(registry);
    const next = withEntry(registry, 'z', { status: 'in_progress', current_task: 'T-1' });
    expect(agentEntries(next).map(([agent]) => agent)).toEqual(['powertest-runner', 'z']);
    expect(agentEntries(registry)).toBe(before);
    expect(agentEntries(registry).map(([agent]) => agent)).toEqual(['powertest-runner']);
  });
});

describe('meantTask', () => {
  const entries = agentEntries({
    claude: { status: 'in_progress', current_task: 'TASK-2025-0001-A' },
    bob: { status: 'complete', current_task: 'TASK-2025-0007' },
    idle: { status: 'idle' },
  } as Registry);
  it.each([
    ['TASK-2025-001-A', 'TASK-2025-0001-A'],
    ['TASK-2025-0001-B', 'TASK-2025-0001-A'],
    ['task-2025-0001-a', 'TASK-2025-0001-A'],
    ['TASK-2025-0070', 'TASK-2025-0007'],
  ])('%s: %s', (typed, meant) => {
    expect(meantTask(typed, entries)).toBe(meant);
  });
  it.each(['TASK-2025-0002-C', 'OPS-1', 'TASK-2025-0001-A'])('%s: none', (typed) => {
    expect(meantTask(typed, entries)).toBeUndefined();
  });
});

describe('slipOfAgentName', () => {
  const onTask = ['agent-1', 'claude', 'powertest-runner', 'agent-a', 'gpt-4', 'devin', 'ui', 'josé', 'bob'];
  it.each([
    ['agnet-1', 'agent-1'], // two neighbours swapped
    ['agent1', 'agent-1'], // one dropped inside
    ['aggent-1', 'agent-1'], // one doubled inside
    ['Claude', 'claude'], // case
    ['CLAUDE', 'claude'],
    ['UI', 'ui'], // case, however short
    ['jose\u0301', 'josé'], // the same letters, decomposed
    ['cluade', 'claude'],
    ['clade', 'claude'],
    ['powertset-runner', 'powertest-runner'],
    ['powertest-runer', 'powertest-runner'],
    ['claud', 'claude'], // the last letter dropped
    ['claudee', 'claude'], // the last letter doubled
    ['claudes', 'claude'], // a letter added after a letter
    ['bobb', 'bob'], // three characters: doubled
    ['bbo', 'bob'], // three characters: swapped
  ])('%s is a slip of %s', (name, known) => {
    expect(slipOfAgentName(name, onTask)).toBe(known);
  });

  it.each([
    'agent-2', // other digits
    'agent-12',
    'agent-21',
    'agent-b', // another letter
    'worker-a',
    'claude-a', // an ending added
    'claude-2',
    'claude2',
    'gpt-4o', // a letter after a digit
    'agent-', // agent-a's letter after a separator dropped
    'gpt-', // gpt-4's digit dropped (other digits)
    'kevin', // another letter, not a typo of devin
    'ux', // short names: case and form only
    'cla',
    'bo', // two characters
    'bbb', // another letter in bob
    'powertest-rnr', // three edits
    'agent-1', // itself
    '\u{1F601}', // an emoji beside another is no slip (nor is it compared in halves)
  ])('%s is not a slip of any', (name) => {
    expect(slipOfAgentName(name, [...onTask, '\u{1F600}'])).toBeUndefined();
  });

  it('reads long names in one pass each', () => {
    const long = `${'a'.repeat(250)}bcdef`;
    expect(slipOfAgentName(`${'a'.repeat(250)}cbdef`, [long])).toBe(long);
    expect(slipOfAgentName('b'.repeat(255), [long])).toBeUndefined();
  });
});

describe('activeTasks', () => {
  it('lists tasks held with an active status, in registry order', () => {
    const registry = parseRegistry(
      JSON.stringify({
        a: { status: 'complete', current_task: 'T-1' },
        b: { status: 'blocked', current_task: 'T-2' },
        c: { status: 'in_progress', current_task: null },
        d: { status: 'in_progress', current_task: 'T-3', details_link: 'x.md' },
      }),
      FILE,
      STATUSES,
    );
    expect(activeTasks(registry, DEFAULT_CONFIG)).toEqual([
      { taskId: 'T-2', agent: 'b', status: 'blocked' },
      { taskId: 'T-3', agent: 'd', status: 'in_progress', detailsLink: 'x.md' },
    ]);
    expect(activeTasks(registry, { activeStatuses: ['complete'] }).map((t) => t.taskId)).toEqual(['T-1']);
  });
});

describe('serializeRegistry and withEntry', () => {
  it('round-trips the seed byte for byte', () => {
    expect(serializeRegistry(parseRegistry(SEED, FILE, STATUSES))).toBe(SEED);
  });

  it('patches an entry in place, keeping key order and unknown keys', () => {
    const registry = parseRegistry(
      '{"z": {"status": "idle", "custom": {"k": 1}}, "a": {"status": "idle", "extra": true, "brief_note": "x"}}',
      FILE,
      STATUSES,
    );
    const next = withEntry(registry, 'z', { status: 'in_progress', current_task: 'T-1' });
    expect(Object.keys(next)).toEqual(['z', 'a']);
    expect(Object.keys(next.z as object)).toEqual(['status', 'custom', 'current_task']);
    expect(next.z).toEqual({ status: 'in_progress', custom: { k: 1 }, current_task: 'T-1' });
    expect(registry.z?.status).toBe('idle');
    const removed = withEntry(next, 'a', { brief_note: undefined });
    expect(removed.a).toEqual({ status: 'idle', extra: true });
  });

  it('appends a new agent at the end', () => {
    const next = withEntry({ a: { status: 'idle' } }, 'b', { status: 'in_progress' });
    expect(Object.keys(next)).toEqual(['a', 'b']);
  });
});

describe('linkProblem', () => {
  it.each([
    ['/etc/passwd', 'absolute path'],
    ['C:/work/x.md', 'absolute Windows path'],
    ['c:x.md', 'absolute Windows path'],
    ['\\\\server\\share\\x.md', 'UNC'],
    ['//server/share/x.md', 'UNC'],
    ['../outside.md', 'leaves the repository'],
    ['docs/../../outside.md', 'leaves the repository'],
    ['docs\\x.md', 'backslashes'],
    ['docs/x\0.md', 'NUL'],
    ['https://example.com/x.md', 'URL'],
    ['', 'empty'],
    ['docs/..', 'repository root'],
    ['.git/config', "inside git's own .git folder"],
    ['a/.GIT/hooks/pre-push', "inside git's own .git folder"],
    ['a/../.git/x.md', "inside git's own .git folder"],
  ])('refuses %j', (link, words) => {
    expect(linkProblem(link)).toContain(words);
  });

  it.each([
    'delegation/tasks/active/T-handoff-session1.md',
    './docs/x.md',
    'a/../b.md',
    'a//b.md',
    '.github/handoffs/x.md',
    'repo.git/x.md',
  ])('accepts %j', (link) => {
    expect(linkProblem(link)).toBeUndefined();
  });
});

describe('the plain-path test behind linkProblem', () => {
  // The rule as documented on isPlainPath, written plainly: the oracle for its faster form.
  const plainByTheRule = (link: string): boolean => {
    if (link.length === 0 || link.length > MAX_PATH_CHARS) return false;
    return link
      .split('/')
      .every(
        (name) =>
          name.length > 0 &&
          name.length <= MAX_NAME_BYTES &&
          name !== '.' &&
          name !== '..' &&
          name.toLowerCase() !== '.git' &&
          /^[A-Za-z0-9._-]+$/.test(name),
      );
  };
  const ALPHABET = ['a', 'Z', '0', '.', '.', '/', '/', '-', '_', ' ', '\\', ':', 'é', '\n'];
  const random = seededIndex(7);
  const generated = Array.from({ length: 20_000 }, () =>
    Array.from({ length: random(12) }, () => ALPHABET[random(ALPHABET.length)]).join(''),
  );
  const long = [
    'a'.repeat(MAX_NAME_BYTES),
    'a'.repeat(MAX_NAME_BYTES + 1),
    `d/${'a'.repeat(MAX_NAME_BYTES)}`,
    `d/${'a'.repeat(MAX_NAME_BYTES + 1)}/e`,
    `${'abc/'.repeat(256)}x`.slice(0, MAX_PATH_CHARS),
    `${'abc/'.repeat(256)}xy`,
  ];

  it('says plain exactly where the documented rule does', () => {
    for (const link of [...generated, ...long])
      expect([link, isPlainPath(link)]).toEqual([link, plainByTheRule(link)]);
  });

  it('answers through its memo what the rules say, under each name a value is given', () => {
    // One memo serves every name (and normalizeLink): a link that is not plain still gets the
    // message of the name it was asked under, the second time too.
    for (const round of [1, 2]) {
      for (const link of generated.slice(0, 2_000)) {
        for (const what of ['details_link', 'path', 'file']) {
          expect([round, link, what, linkIssue(link, what)]).toEqual([
            round,
            link,
            what,
            findLinkIssue(link, what),
          ]);
        }
      }
    }
  });

  it('a plain path breaks none of the rules and is its own normal form', () => {
    for (const link of [...generated, ...long].filter(isPlainPath)) {
      expect([link, findLinkIssue(link)]).toEqual([link, undefined]);
      expect(normalizeLink(link)).toBe(link);
    }
  });
});
