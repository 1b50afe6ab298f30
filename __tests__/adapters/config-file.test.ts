/** loadConfigFile: the one config file the Action's `config` input names, read like a found one. */
import { join } from 'node:path';
import { loadConfig, loadConfigFile } from '../../src/adapters/config-loader.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { InputError } from '../../src/core/errors.js';
import { TempRepo } from '../helpers/temp-repo.js';

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

let repo: TempRepo;
beforeEach(() => {
  repo = TempRepo.init();
});
afterEach(() => repo.remove());

describe('loadConfigFile', () => {
  it('loads a named file anywhere in the repository, named relative to the root', async () => {
    const abs = repo.write('ci/handoff.json', '{ "wordBudget": 120, "freshness": { "maxAge": "3d" } }');
    const { config, file } = await loadConfigFile(repo.dir, abs);
    expect(file).toBe('ci/handoff.json');
    expect(config.wordBudget).toBe(120);
    expect(config.freshness).toEqual({ maxCommitsBehind: 0, maxAge: '3d', scope: 'all' });
  });

  it('reads the handoff key of a package.json, and the defaults when it has none', async () => {
    const abs = repo.write('package.json', '{ "name": "x", "handoff": { "wordBudget": 90 } }');
    expect((await loadConfigFile(repo.dir, abs)).config.wordBudget).toBe(90);
    repo.write('package.json', '{ "name": "x" }');
    expect((await loadConfigFile(repo.dir, abs)).config).toEqual(DEFAULT_CONFIG);
  });

  it('gives what loadConfig gives for the file it finds', async () => {
    const abs = repo.write('.handoffrc.json', '{ "activeStatuses": ["in_progress"], "wordBudget": 300 }');
    const found = await loadConfig(repo.dir);
    expect(await loadConfigFile(repo.dir, abs)).toEqual(found);
  });

  it('names line:column of malformed JSON and of an unknown key inside package.json', async () => {
    const rc = repo.write('custom.json', '{\n  "wordBudget": 200,\n}\n');
    const syntax = await rejection(loadConfigFile(repo.dir, rc));
    expect(syntax.rule).toBe('json/syntax');
    expect(syntax.location).toEqual({ file: 'custom.json', line: 2, column: 20 });

    const pkg = repo.write(
      'package.json',
      '{\n  "name": "x",\n  "handoff": {\n    "wordbudget": 100\n  }\n}\n',
    );
    const unknown = await rejection(loadConfigFile(repo.dir, pkg));
    expect(unknown.rule).toBe('config/unknown-key');
    expect(unknown.location).toEqual({ file: 'package.json', line: 4, column: 5 });
  });

  it('refuses a setting written twice (the first would be lost), in a config file and in package.json', async () => {
    repo.write(
      '.handoffrc.json',
      '{"freshness":{"maxCommitsBehind":0},"freshness":{"maxCommitsBehind":1000}}\n',
    );
    const twice = await rejection(loadConfig(repo.dir));
    expect(twice.rule).toBe('json/duplicate-key');
    expect(twice.message).toBe('key "freshness" is written twice; the first one would be lost');
    expect(twice.location).toMatchObject({ file: '.handoffrc.json', line: 1 });
    repo.remove();
    repo = TempRepo.init();
    // package.json: inside the handoff key, or the key itself; another key twice is npm's business.
    for (const text of [
      '{"name":"x","handoff":{"wordBudget":100,"wordBudget":900}}\n',
      '{"name":"x","handoff":{"wordBudget":100},"handoff":{}}\n',
    ]) {
      const pkg = repo.write('package.json', text);
      expect((await rejection(loadConfigFile(repo.dir, pkg))).rule).toBe('json/duplicate-key');
    }
    const pkg = repo.write('package.json', '{"name":"x","name":"y","handoff":{"wordBudget":100}}\n');
    expect((await loadConfigFile(repo.dir, pkg)).config.wordBudget).toBe(100);
  });

  it('rejects an empty file the way loadConfig does, and a missing one', async () => {
    const abs = repo.write('empty.json', '  \n');
    const empty = await rejection(loadConfigFile(repo.dir, abs));
    expect(empty.message).toContain('write {}');
    expect(empty.location).toEqual({ file: 'empty.json' });

    const missing = await rejection(loadConfigFile(repo.dir, join(repo.dir, 'nope.json')));
    expect(missing.rule).toBe('file/missing');
    expect(missing.location).toEqual({ file: 'nope.json' });
  });
});

describe('loadConfig: the one config file', () => {
  it('refuses two config files, naming both; a package.json with no handoff key (or not JSON) is none', async () => {
    repo.write('.handoffrc.json', '{ "wordBudget": 120 }');
    repo.write('package.json', '{ "name": "x" ');
    expect((await loadConfig(repo.dir)).config.wordBudget).toBe(120);
    repo.write('handoff.config.json', '{}');
    const two = await rejection(loadConfig(repo.dir));
    expect(two.rule).toBe('config/ambiguous');
    expect(two.location).toEqual({ file: '.handoffrc.json' });
    expect(two.message).toContain('keep one of .handoffrc.json, handoff.config.json');
    // The file the Action's `config` input names is the one read, whatever else is there.
    expect((await loadConfigFile(repo.dir, '.handoffrc.json')).config.wordBudget).toBe(120);
  });
});
