/**
 * action.yml as GitHub reads it: valid YAML (a parse error means GitHub cannot load the Action at all),
 * the runtime and entry the spec names, and inputs and outputs that match the code — every input the
 * code reads is declared (with its default), every declared one is read, every output the code sets
 * is declared — and documented in docs/action.md. The spec's own inputs and outputs stay as written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseDocument } from 'yaml';
import { readEvent } from '../../src/action/event.js';
import { getInputs } from '../../src/action/inputs.js';
import { scratchDir } from '../helpers/scratch.js';
import { PROJECT_ROOT } from '../helpers/temp-repo.js';

interface ActionInput {
  description?: unknown;
  required?: unknown;
  default?: unknown;
}

interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description?: unknown }>;
  runs: { using?: unknown; main?: unknown };
}

const text = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8');
const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
const metadata = document.toJS() as ActionMetadata;

const SPEC_INPUTS = [
  'github-token',
  'mode',
  'comment',
  'config',
  'test-reports',
  'coverage',
  'working-directory',
];
const SPEC_OUTPUTS = ['stale', 'stale-tasks', 'comment-url'];

/** Every `.ts` file under src/action, and the adapter it posts through. */
function actionSources(): string[] {
  const dir = join(PROJECT_ROOT, 'src/action');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

describe('action.yml', () => {
  it('is valid YAML with no warnings', () => {
    expect(document.errors.map(String)).toEqual([]);
    expect(document.warnings.map(String)).toEqual([]);
    expect(typeof metadata.name).toBe('string');
    expect(typeof metadata.description).toBe('string');
  });

  it('runs dist/index.js on node24, and that file exists', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(PROJECT_ROOT, 'dist/index.js'))).toBe(true);
  });

  it("declares each input with a description, required: false and a string default, and keeps the spec's", () => {
    for (const [name, input] of Object.entries(metadata.inputs)) {
      expect({ name, description: typeof input.description }).toEqual({ name, description: 'string' });
      expect({ name, required: input.required }).toEqual({ name, required: false });
      expect({ name, default: typeof input.default }).toEqual({ name, default: 'string' });
    }
    expect(Object.keys(metadata.inputs)).toEqual(expect.arrayContaining(SPEC_INPUTS));
    expect(Object.keys(metadata.outputs)).toEqual(expect.arrayContaining(SPEC_OUTPUTS));
  });

  it('declares exactly the inputs the code reads, and the declared defaults are accepted', () => {
    const read: string[] = [];
    const defaults = (name: string) => {
      read.push(name);
      const value = metadata.inputs[name]?.default;
      // `${{ github.token }}` is filled in by the runner.
      return typeof value === 'string' ? value.replace(/^\$\{\{ github\.token \}\}$/, 'a-token') : '';
    };
    const inputs = getInputs({ GITHUB_WORKSPACE: PROJECT_ROOT, RUNNER_TEMP: PROJECT_ROOT }, defaults);

    expect([...new Set(read)].sort()).toEqual(Object.keys(metadata.inputs).sort());
    expect(inputs).toMatchObject({
      mode: 'block',
      comment: 'pr',
      commentMode: 'always',
      commentWhenFresh: 'update',
      draftPullRequest: 'check',
    });
  });

  it('declares exactly the outputs the code sets', () => {
    const set = new Set(
      actionSources().flatMap((source) => [...source.matchAll(/setOutput\(\s*'([^']+)'/g)].map((m) => m[1])),
    );
    expect([...set].sort()).toEqual(Object.keys(metadata.outputs).sort());
  });

  it('has every input and output in docs/action.md', () => {
    const docs = readFileSync(join(PROJECT_ROOT, 'docs/action.md'), 'utf8');
    for (const name of [...Object.keys(metadata.inputs), ...Object.keys(metadata.outputs)]) {
      expect({ name, documented: docs.includes(`\`${name}\``) }).toEqual({ name, documented: true });
    }
  });
});

describe('getInputs', () => {
  const reading =
    (inputs: Record<string, string>) =>
    (name: string): string =>
      inputs[name] ?? '';
  const env = { GITHUB_WORKSPACE: join(PROJECT_ROOT, 'src'), RUNNER_TEMP: PROJECT_ROOT };
  const refusal = (inputs: Record<string, string>) => {
    try {
      getInputs(env, reading({ comment: 'false', ...inputs }));
    } catch (error) {
      return error as { message: string; rule: string };
    }
    throw new Error('expected an input error');
  };

  it('reads a choice in any case, as `comment: True` is read', () => {
    expect(
      getInputs(
        env,
        reading({ comment: 'False', mode: 'Warn', 'comment-when-fresh': 'HIDE', 'draft-pr': 'Skip' }),
      ),
    ).toMatchObject({ comment: 'off', mode: 'warn', commentWhenFresh: 'hide', draftPullRequest: 'skip' });
  });

  it('names working-directory and config when they point outside the workspace or the repository', () => {
    for (const dir of ['..', '/tmp']) {
      expect(refusal({ 'working-directory': dir })).toMatchObject({
        rule: 'input/working-directory',
        message: expect.stringContaining('must be a folder inside the workspace'),
      });
    }
    expect(refusal({ config: '/no/such/handoffrc.json' })).toMatchObject({
      rule: 'input/config',
      message: expect.stringContaining(
        'input `config` "/no/such/handoffrc.json" must be a path inside the repository',
      ),
    });
    expect(refusal({ config: '../package.json' }).rule).toBe('input/config');
  });
});

describe('readEvent: the branch whose task id attributes commits', () => {
  const eventOf = (name: string, payload: Record<string, unknown>, ref: string) => {
    const file = join(scratchDir('handoff-event-'), 'event.json');
    writeFileSync(file, JSON.stringify(payload));
    return readEvent({
      GITHUB_EVENT_NAME: name,
      GITHUB_EVENT_PATH: file,
      GITHUB_REPOSITORY: 'octo/project',
      GITHUB_REF: ref,
      GITHUB_SHA: 'a'.repeat(40),
    });
  };

  it("is a push's branch, the run's branch, none for a tag or a merge queue's branch", () => {
    const sha = 'b'.repeat(40);
    expect(eventOf('push', { ref: 'refs/heads/feature/T-1', before: sha, after: sha }, 'x').branch).toBe(
      'feature/T-1',
    );
    expect(
      eventOf('workflow_dispatch', { repository: { default_branch: 'main' } }, 'refs/heads/T-2').branch,
    ).toBe('T-2');
    expect(
      eventOf('push', { ref: 'refs/tags/v1', before: sha, after: sha }, 'refs/tags/v1').branch,
    ).toBeUndefined();
    const queue = eventOf(
      'merge_group',
      { repository: { default_branch: 'main' } },
      'refs/heads/gh-readonly-queue/main/pr-12-0123456789abcdef0123456789abcdef01234567',
    );
    expect(queue.branch).toBeUndefined();
    expect(queue.defaultBranch).toBe('main');
    // A schedule's payload names no repository: the branch it runs on is the default one.
    expect(eventOf('schedule', { schedule: '0 3 * * *' }, 'refs/heads/main').defaultBranch).toBe('main');
  });
});
