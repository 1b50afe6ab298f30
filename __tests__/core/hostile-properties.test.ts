/**
 * Property-based tests (fast-check, fixed seeds) of the readers and parsers that take what users and
 * pull requests write: whatever the input, each returns a value or throws an InputError whose message
 * is one bounded line; never another exception.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { DEFAULT_CONFIG, resolveConfig, useLinearEngine } from '../../src/core/config.js';
import { lintHandoff } from '../../src/core/document/elements.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import { boundMessage, clipText, formatInputError, InputError } from '../../src/core/errors.js';
import type { Registry } from '../../src/core/model.js';
import { checkRegistry, parseRegistry, serializeRegistry, withEntry } from '../../src/core/registry.js';
import { PROJECT_ROOT } from '../helpers/temp-repo.js';

// The engine a config with its own taskIdPattern loads (adapters/workspace.ts does it for real configs).
useLinearEngine(RE2JS);

const SEED = 13;
const fixture = (path: string) => readFileSync(join(PROJECT_ROOT, '__tests__/fixtures', path), 'utf8');

/** An InputError's printed line: one line, bounded. */
function expectOneBoundedLine(error: unknown): void {
  expect(error).toBeInstanceOf(InputError);
  const line = formatInputError(error as InputError);
  expect(line).not.toMatch(/[\n\r]/);
  expect(line.length).toBeLessThan(2400);
}

/** Runs `work`; an InputError is fine (checked for shape), anything else fails the property. */
function inputErrorOrValue<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    expectOneBoundedLine(error);
    return undefined;
  }
}

/** Text mutations: the ways files get damaged (cut, bytes swapped, lines doubled, junk inserted). */
function mutated(base: string): fc.Arbitrary<string> {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary' }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
    fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.constantFrom(
        '"',
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '\\',
        '\0',
        '\u2028',
        '<<<<<<< HEAD\n',
        '# ',
        '**',
        '\n- ',
      ),
    }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 6 }).map((mutations) => {
    let text = base;
    for (const m of mutations) {
      const at = text.length === 0 ? 0 : m.at % (text.length + 1);
      if (m.kind === 'cut') text = text.slice(0, at);
      else if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
      else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
      else text = text.slice(0, at) + text.slice(at, at + m.length).repeat(3) + text.slice(at + m.length);
    }
    return text;
  });
}

describe('registry parser', () => {
  const statuses = DEFAULT_CONFIG.statuses;

  it('any text: a registry or InputErrors, each one line', () => {
    const base = fixture('registry/agent-handoffs.json');
    fc.assert(
      fc.property(fc.oneof(mutated(base), fc.string(), fc.json()), (text) => {
        const checked = checkRegistry(text, 'r.json', statuses);
        for (const problem of checked.problems) expectOneBoundedLine(problem);
        expect(checked.registry === undefined).toBe(checked.problems.length > 0);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  const name = fc
    .string({ minLength: 1, maxLength: 30 })
    .filter((s) => !s.startsWith('$') && s !== '__proto__');
  const entry = fc.record(
    {
      status: fc.constantFrom(...statuses),
      current_task: fc.option(fc.stringMatching(/^[A-Z]{2,5}-\d{1,4}$/)),
      brief_note: fc.string(),
      details_link: fc.option(fc.string()),
    },
    { requiredKeys: ['status'] },
  );

  it('a valid registry survives serialize, parse and withEntry unchanged in every other entry', () => {
    fc.assert(
      fc.property(fc.dictionary(name, entry, { maxKeys: 6 }), name, entry, (agents, agent, patch) => {
        const registry = agents as Registry;
        const text = serializeRegistry(registry);
        expect(parseRegistry(text, 'r.json', statuses)).toEqual(JSON.parse(text));
        const next = withEntry(registry, agent, patch as Registry[string]);
        expect(checkRegistry(serializeRegistry(next), 'r.json', statuses).problems).toEqual([]);
        for (const [other, value] of Object.entries(registry)) {
          if (other !== agent) expect(next[other]).toEqual(value);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('config validation', () => {
  const configValue = fc.oneof(
    fc.anything(),
    fc.record(
      {
        registry: fc.oneof(fc.string(), fc.constant('../x.json'), fc.constant(`${'d'.repeat(300)}/r.json`)),
        handoffDir: fc.oneof(fc.string(), fc.constant('/etc'), fc.constant('a\\b')),
        handoffPattern: fc.oneof(fc.string(), fc.constant('{task}-{session}.md')),
        taskIdPattern: fc.oneof(
          fc.string(),
          fc.constantFrom('(A+)+B', '(a|a)*$', '(x)\\1', 'A(?=B)', '[', '\\d{1,1000}{1,1000}', 'T-\\d+'),
        ),
        activeStatuses: fc.array(fc.string()),
        statuses: fc.array(fc.string()),
        wordBudget: fc.oneof(fc.integer(), fc.double()),
        sessionGap: fc.string(),
        freshness: fc.record({ maxAge: fc.string(), maxCommitsBehind: fc.integer(), scope: fc.string() }),
        [`k${'x'.repeat(300)}`]: fc.constant(1),
      },
      { requiredKeys: [] },
    ),
  );

  it('any value: a config or an InputError on one bounded line', () => {
    fc.assert(
      fc.property(configValue, (raw) => {
        const config = inputErrorOrValue(() => resolveConfig(raw, '.handoffrc.json'));
        if (config) expect(config.handoffPattern).toContain('{task}');
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('handoff document parser, both forms', () => {
  for (const name of ['headings-session1.md', 'bold-labels-session1.md', 'session2-mixed.md']) {
    it(`mutations of ${name} parse and lint without an unexpected exception`, () => {
      const base = fixture(`documents/${name}`);
      fc.assert(
        fc.property(mutated(base), (text) => {
          const document = inputErrorOrValue(() => parseHandoff(text));
          if (document) inputErrorOrValue(() => lintHandoff(document, DEFAULT_CONFIG.requiredElements));
        }),
        { seed: SEED, numRuns: 50 },
      );
    });
  }

  it('arbitrary text parses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        inputErrorOrValue(() => parseHandoff(text));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('messages', () => {
  it('boundMessage and clipText: one line, bounded, idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 6000 }), (text) => {
        const message = boundMessage(`key "${text}" is unknown`);
        expect(message).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(message.length).toBeLessThan(2100);
        expect(boundMessage(message)).toBe(message);
        expect(clipText(clipText(text))).toBe(clipText(text));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
