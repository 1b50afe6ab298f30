import { RE2JS } from 're2js';
import {
  configDespite,
  DEFAULT_CONFIG,
  handoffFileName,
  handoffPath,
  isTaskId,
  parseDuration,
  resolveConfig,
  taskIdRegExp,
  useLinearEngine,
} from '../../src/core/config.js';
import { InputError } from '../../src/core/errors.js';
import { parseJsonLocated } from '../../src/core/json-location.js';

// The engine a config with its own taskIdPattern loads (adapters/workspace.ts does it for real configs).
useLinearEngine(RE2JS);

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

function resolveText(text: string) {
  const json = parseJsonLocated(text, '.handoffrc.json');
  return resolveConfig(json.value, '.handoffrc.json', (pointer, options) => ({
    file: '.handoffrc.json',
    ...json.locate(pointer, options),
  }));
}

describe('resolveConfig', () => {
  it('gives the defaults of model.ts for no config and for an empty one', () => {
    const expected = {
      registry: '.agent-context/agent-handoffs.json',
      activeStatuses: ['in_progress', 'blocked'],
      statuses: ['in_progress', 'blocked', 'complete', 'idle'],
      handoffDir: 'delegation/tasks/active',
      handoffPattern: '{task}-handoff-session{session}.md',
      taskIdPattern: DEFAULT_CONFIG.taskIdPattern,
      freshness: { maxCommitsBehind: 0, maxAge: '7d', scope: 'all' },
      wordBudget: 250,
      requiredElements: ['currentState', 'decisions', 'blockers', 'nextSteps', 'timeProgress'],
      hook: { onInternalError: 'allow' },
      comment: { enabled: true, waiverLabel: 'no-handoff' },
      sessionGap: '2h',
      workspaces: [],
    };
    expect(resolveConfig(undefined, 'x')).toEqual(expected);
    expect(resolveConfig({}, 'x')).toEqual(expected);
  });

  it('takes workspaces as folders or dir/*, and refuses any other star or a folder outside', () => {
    expect(resolveConfig({ workspaces: ['packages/*', 'tools/cli'] }, 'x').workspaces).toEqual([
      'packages/*',
      'tools/cli',
    ]);
    expect(() => resolveConfig({ workspaces: ['pack*/a'] }, 'x')).toThrow(/only as its whole last segment/);
    expect(() => resolveConfig({ workspaces: ['../other'] }, 'x')).toThrow(/leaves the repository/);
  });

  it('merges nested keys with their defaults and adds statuses to the built-in four', () => {
    const config = resolveConfig(
      { freshness: { maxAge: '36h' }, statuses: ['review'], activeStatuses: ['in_progress', 'review'] },
      'x',
    );
    expect(config.freshness).toEqual({ maxCommitsBehind: 0, maxAge: '36h', scope: 'all' });
    expect(config.statuses).toEqual(['in_progress', 'blocked', 'complete', 'idle', 'review']);
  });

  it('names an unknown key with its line:column', () => {
    const error = thrown(() => resolveText('{\n  "wordBudget": 200,\n  "maxAge": "3d"\n}'));
    expect(error.rule).toBe('config/unknown-key');
    expect(error.location).toEqual({ file: '.handoffrc.json', line: 3, column: 3 });
    expect(error.message).toContain('unknown config key "maxAge"');
    // Every key the schema allows is listed, optional ones with no default too.
    for (const key of ['registry', 'freshness', 'doneHandoffDir', 'workspaces'])
      expect(error.message).toContain(key);
    expect(error.message).not.toContain('$schema');
  });

  it('says which known key an unknown one is one slip or one spelling from', () => {
    expect(thrown(() => resolveText('{ "wordBudgte": 300 }')).message).toContain(
      'unknown config key "wordBudgte" (did you mean wordBudget?)',
    );
    expect(thrown(() => resolveText('{ "freshness": { "maxage": "3d" } }')).message).toContain(
      'unknown config key "freshness.maxage" (did you mean maxAge?)',
    );
    expect(thrown(() => resolveText('{ "colour": "red" }')).message).not.toContain('did you mean');
    // A nested object's key written at the top (or slipped there) is named where it goes.
    expect(thrown(() => resolveText('{ "maxAge": "3d" }')).message).toContain(
      'unknown config key "maxAge" (did you mean freshness.maxAge?)',
    );
    expect(thrown(() => resolveText('{ "onInternalErrors": "block" }')).message).toContain(
      '(did you mean hook.onInternalError?)',
    );
  });

  it('names an unknown nested key', () => {
    const error = thrown(() => resolveText('{ "freshness": { "maxAge": "3d", "maxCommits": 1 } }'));
    expect(error.message).toContain('"freshness.maxCommits"');
    expect(error.message).toContain('maxCommitsBehind');
  });

  it.each([
    ['{ "wordBudget": "250" }', 'schema/type', 'wordBudget'],
    ['{ "requiredElements": ["currentState", "mood"] }', 'schema/enum', 'requiredElements.1'],
    ['{ "hook": { "onInternalError": "ignore" } }', 'schema/enum', 'hook.onInternalError'],
    ['{ "freshness": { "maxAge": "a week" } }', 'config/duration', 'a week'],
    ['{ "freshness": { "maxAge": "20000000w" } }', 'config/duration', 'longer than 100 years'],
    ['{ "taskIdPattern": "([A-Z" }', 'config/regexp', 'taskIdPattern'],
    ['{ "handoffPattern": "{task}.md" }', 'config/pattern', '{session}'],
    [
      '{ "registry": "../shared/agents.json" }',
      'config/path',
      'config key "registry" "../shared/agents.json" leaves the repository',
    ],
    ['{ "handoffDir": "/var/handoffs" }', 'config/path', 'is an absolute path'],
    ['{ "handoffDir": ".git/hooks" }', 'config/path', "inside git's own .git folder"],
    [
      '{ "handoffPattern": "../../../../{task}-{session}.md" }',
      'config/pattern',
      'config key "handoffPattern" ("../../../../{task}-{session}.md") names a file outside handoffDir',
    ],
    ['{ "handoffPattern": "../{task}-{session}.md" }', 'config/pattern', 'names a file outside handoffDir'],
  ])('rejects %s', (text, rule, words) => {
    const error = thrown(() => resolveText(text));
    expect(error.rule).toBe(rule);
    expect(error.message).toContain(words);
    expect(error.location.file).toBe('.handoffrc.json');
    expect(error.location.line).toBe(1);
  });
});

describe('parseDuration', () => {
  it.each([
    ['7d', 7 * 86_400_000],
    ['36h', 36 * 3_600_000],
    ['90m', 90 * 60_000],
    ['1.5h', 5_400_000],
    ['2w', 14 * 86_400_000],
    // The words `draft --remaining` takes.
    ['7 days', 7 * 86_400_000],
    ['1 day', 86_400_000],
    ['36 hours', 36 * 3_600_000],
    ['2 hrs', 2 * 3_600_000],
    ['90 mins', 90 * 60_000],
    ['1 week', 604_800_000],
    ['30 seconds', 30_000],
  ])('%s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    '',
    '7',
    'd',
    '-1d',
    '5219w',
    '20000000w',
    '1e400d',
    '7 D',
    '7 months',
    '2 days 3 hours',
    '~1 week',
  ])('rejects %j', (text) => {
    expect(thrown(() => parseDuration(text)).rule).toBe('config/duration');
  });
});

describe('handoff names and task ids', () => {
  it('builds file names and paths from the pattern', () => {
    expect(handoffFileName(DEFAULT_CONFIG, 'TASK-2025-0078-C', 2)).toBe(
      'TASK-2025-0078-C-handoff-session2.md',
    );
    expect(handoffPath(DEFAULT_CONFIG, 'TASK-2025-0078-C', 1)).toBe(
      'delegation/tasks/active/TASK-2025-0078-C-handoff-session1.md',
    );
    expect(handoffPath(resolveConfig({ handoffDir: '.' }, 'x'), 'T-1', 1)).toBe('T-1-handoff-session1.md');
    expect(handoffPath({ ...DEFAULT_CONFIG, handoffDir: './docs/' }, 'T-1', 3)).toBe(
      'docs/T-1-handoff-session3.md',
    );
  });

  it('finds whole task ids in text', () => {
    const found = (text: string) => text.match(taskIdRegExp(DEFAULT_CONFIG)) ?? [];
    expect(found('Fix async hang (TASK-2025-0078-C), see PROJ-12')).toEqual(['TASK-2025-0078-C', 'PROJ-12']);
    expect(found('feature/TASK-2025-0078-C-api')).toEqual(['TASK-2025-0078-C']);
    expect(found('fix-PROJ-7')).toEqual(['PROJ-7']);
    expect(found('XPROJ-12a and proj-1')).toEqual([]);
  });
});

describe('isTaskId', () => {
  it('accepts a whole id by the configured pattern and nothing around it', () => {
    expect(isTaskId(DEFAULT_CONFIG, 'TASK-2025-0078-C')).toBe(true);
    expect(isTaskId(DEFAULT_CONFIG, 'API-12')).toBe(true);
    expect(isTaskId(DEFAULT_CONFIG, 'fix TASK-2025-0078-C')).toBe(false);
    expect(isTaskId(DEFAULT_CONFIG, 'task-2025-0078')).toBe(false);
    expect(isTaskId({ ...DEFAULT_CONFIG, taskIdPattern: 'T\\d+' }, 'T7')).toBe(true);
  });
});

describe('configDespite', () => {
  it('keeps each key valid on its own and leaves out the faulty ones, nested keys one by one', () => {
    const despite = configDespite({
      wordBudget: 100,
      colour: 'blue',
      freshness: { maxAge: '3d', maxCommitsBehind: 'zero', extra: 1 },
      handoffPattern: '{task}.md',
    });
    expect(despite?.ignored).toEqual([
      'colour',
      'freshness.maxCommitsBehind',
      'freshness.extra',
      'handoffPattern',
    ]);
    expect(despite?.config).toMatchObject({
      wordBudget: 100,
      freshness: { maxAge: '3d', maxCommitsBehind: 0, scope: 'all' },
      handoffPattern: DEFAULT_CONFIG.handoffPattern,
    });
  });

  it('makes nothing of a config whose registry or workspaces key is at fault, or that is no object', () => {
    expect(configDespite({ registry: 5, wordBudget: 100 })).toBeUndefined();
    expect(configDespite({ registry: '../outside.json' })).toBeUndefined();
    expect(configDespite({ workspaces: ['a/*/b'] })).toBeUndefined();
    expect(configDespite([1, 2])).toBeUndefined();
    expect(configDespite('x')).toBeUndefined();
    expect(configDespite({ registry: 'team.json', wordBudget: 0 })).toMatchObject({
      config: { registry: 'team.json', wordBudget: DEFAULT_CONFIG.wordBudget },
      ignored: ['wordBudget'],
    });
  });
});
