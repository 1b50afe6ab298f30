import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, type RunResult, runBin, runCli, TempRepo } from '../helpers/temp-repo.js';

const FIXTURES = join(PROJECT_ROOT, '__tests__/fixtures/registry');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const REGISTRY = '.agent-context/agent-handoffs.json';
const LINK = 'delegation/tasks/active/TASK-2025-0078-C-handoff-session1.md';
const SEED_REGISTRY = fixture('agent-handoffs.json');

let repo: TempRepo;
afterEach(() => repo?.remove());

function seedRepo(
  registry: string | Buffer = SEED_REGISTRY,
  doc: string | Buffer = fixture('handoff-headings.md'),
) {
  repo = TempRepo.init();
  repo.write(REGISTRY, registry);
  repo.write(LINK, doc);
  return repo;
}

const validate = (...args: string[]): Promise<RunResult> => runCli(['validate', ...args], { cwd: repo.dir });

/** The problem lines of a text report (the last line is the summary). */
function problemLines(result: RunResult): string[] {
  return result.stdout.trimEnd().split('\n').slice(0, -1);
}

/** Exit 2, exactly one problem, in `file:line:column: message [rule]` form, and no stack trace. */
function expectOneProblem(
  result: RunResult,
  file: string,
  line: number,
  column: number,
  rule: string,
): string {
  expect(result.code).toBe(2);
  const lines = problemLines(result);
  expect(lines).toHaveLength(1);
  const problem = lines[0] as string;
  expect(problem.startsWith(`${file}:${line}:${column}: `)).toBe(true);
  expect(problem.endsWith(` [${rule}]`)).toBe(true);
  // The summary counts the problems and says what was checked, not where the problems are.
  expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 problem \(checked .+\)$/);
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  return problem;
}

describe('handoff validate: valid input', () => {
  it("accepts the seed's registry and its handoff written with ## headings", async () => {
    seedRepo();
    const result = await validate();
    expect(result).toEqual({ code: 0, stdout: `ok: ${REGISTRY} and 1 handoff valid\n`, stderr: '' });
  });

  it("accepts the seed's handoff written with bold labels", async () => {
    seedRepo(SEED_REGISTRY, fixture('handoff-bold-labels.md'));
    expect((await validate()).code).toBe(0);
  });

  it('accepts CRLF line endings and a BOM in both files', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const crlf = (text: string) => Buffer.concat([bom, Buffer.from(text.replace(/\n/g, '\r\n'))]);
    seedRepo(crlf(SEED_REGISTRY), crlf(fixture('handoff-bold-labels.md')));
    expect((await validate()).code).toBe(0);
  });

  it('accepts a $schema key and statuses the config adds', async () => {
    seedRepo(
      `{ "$schema": "./node_modules/handoff-guard/schema/agent-handoffs.schema.json",\n  "reviewer": { "status": "review", "current_task": null, "details_link": null },\n${SEED_REGISTRY.slice(1)}`,
    );
    repo.write('.handoffrc.json', '{ "statuses": ["review"] }');
    expect(await validate()).toMatchObject({ code: 0 });
  });

  it('prints the report as JSON', async () => {
    seedRepo();
    const result = await validate('--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: true,
      registry: REGISTRY,
      documents: [LINK],
      problems: [],
    });
  });
});

describe('handoff validate: bad registry', () => {
  it('names line:column of malformed JSON', async () => {
    seedRepo(SEED_REGISTRY.replace('"in_progress",', '"in_progress"'));
    const problem = expectOneProblem(await validate(), REGISTRY, 4, 5, 'json/syntax');
    expect(problem).toContain("expected ',' or '}'");
  });

  it('reports every wrong type, each at its place', async () => {
    seedRepo(
      '{\n  "a": { "status": 1 },\n  "b": { "status": "idle", "current_task": 7, "details_link": false }\n}\n',
    );
    const result = await validate();
    expect(result.code).toBe(2);
    expect(problemLines(result)).toEqual([
      `${REGISTRY}:2:20: "status" of agent "a" must be a string [schema/type]`,
      `${REGISTRY}:3:44: "current_task" of agent "b" must be a string or null [schema/type]`,
      `${REGISTRY}:3:63: "details_link" of agent "b" must be a string or null [schema/type]`,
    ]);
  });

  it("lists a line's problems in column order, the schema's and the entries' own together", async () => {
    seedRepo('{\n  "a": { "current_task": "api testing", "status": 1 }\n}\n');
    expect(problemLines(await validate())).toEqual([
      `${REGISTRY}:2:26: current_task "api testing" of agent "a" does not match the task-id pattern (config key "taskIdPattern") [registry/task-id]`,
      `${REGISTRY}:2:51: "status" of agent "a" must be a string [schema/type]`,
    ]);
  });

  it('rejects an unknown status', async () => {
    seedRepo(SEED_REGISTRY.replace('"in_progress"', '"finished"'));
    const problem = expectOneProblem(await validate(), REGISTRY, 3, 15, 'registry/status');
    expect(problem).toContain('unknown status "finished" for agent "powertest-runner" (allowed:');
  });

  it('names the status an unknown one is spelt for', async () => {
    seedRepo(SEED_REGISTRY.replace('"in_progress"', '"in-progress"'));
    const problem = expectOneProblem(await validate(), REGISTRY, 3, 15, 'registry/status');
    expect(problem).toContain(
      'unknown status "in-progress" for agent "powertest-runner" (did you mean in_progress?) (allowed:',
    );
  });

  it('rejects a task id that does not match the pattern', async () => {
    seedRepo(SEED_REGISTRY.replace('"TASK-2025-0078-C"', '"api testing"'));
    expectOneProblem(await validate(), REGISTRY, 4, 21, 'registry/task-id');
  });

  it('says there is no registry and how to create one', async () => {
    repo = TempRepo.init();
    const result = await validate();
    expect(result.code).toBe(2);
    expect(problemLines(result)).toEqual([
      `${REGISTRY}: there is no registry yet; create one with \`handoff init\` [registry/missing]`,
    ]);
  });

  it('rejects non-UTF-8 bytes in the registry', async () => {
    seedRepo(
      Buffer.concat([Buffer.from('{\n  "a'), Buffer.from([0xff]), Buffer.from('": { "status": "idle" } }')]),
    );
    expectOneProblem(await validate(), REGISTRY, 2, 5, 'encoding/utf-8');
  });

  it('rejects an oversize registry', async () => {
    seedRepo(`{"pad": {"status": "idle", "brief_note": "${'x'.repeat(5 * 1024 * 1024)}"}}`);
    const result = await validate();
    expect(result.code).toBe(2);
    expect(problemLines(result)).toEqual([
      expect.stringMatching(
        new RegExp(`^${REGISTRY}: file is \\d+ bytes, over the 5242880-byte limit \\[size/too-large\\]$`),
      ),
    ]);
  });
});

describe('handoff validate: bad links and documents', () => {
  it('names the details_link of a missing handoff', async () => {
    seedRepo();
    rmSync(join(repo.dir, LINK));
    const problem = expectOneProblem(await validate(), REGISTRY, 7, 21, 'link/missing');
    expect(problem).toContain(
      `details_link "${LINK}" of agent "powertest-runner" names a file that does not exist`,
    );
  });

  it('refuses an absolute details_link', async () => {
    seedRepo(SEED_REGISTRY.replace(`"${LINK}"`, '"/etc/passwd"'));
    expectOneProblem(await validate(), REGISTRY, 7, 21, 'path/not-relative');
  });

  it('refuses a details_link that leaves the repository', async () => {
    seedRepo(SEED_REGISTRY.replace(`"${LINK}"`, '"../../outside.md"'));
    expectOneProblem(await validate(), REGISTRY, 7, 21, 'path/escapes-repo');
  });

  it('refuses a details_link through a symlink that resolves outside the repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'handoff-outside-'));
    try {
      writeFileSync(join(outside, 'handoff.md'), fixture('handoff-headings.md'));
      seedRepo(SEED_REGISTRY.replace(`"${LINK}"`, '"docs/handoff.md"'));
      symlinkSync(outside, join(repo.dir, 'docs'));
      const problem = expectOneProblem(await validate(), REGISTRY, 7, 21, 'path/symlink-escape');
      expect(problem).toContain('outside the repository');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('rejects non-UTF-8 bytes in a handoff, at their line', async () => {
    const doc = Buffer.from(fixture('handoff-headings.md'));
    const at = doc.indexOf('Test framework');
    doc[at] = 0xfe;
    seedRepo(SEED_REGISTRY, doc);
    const result = await validate();
    expectOneProblem(result, LINK, 11, 5, 'encoding/utf-8');
    // The summary names the handoff among what was checked, not the registry alone.
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(`1 problem (checked ${REGISTRY} and 1 handoff)`);
  });

  it('reports an unreadable handoff once when two agents link it', async () => {
    const doc = Buffer.from(fixture('handoff-headings.md'));
    doc[doc.indexOf('Test framework')] = 0xfe;
    const registry = JSON.parse(SEED_REGISTRY) as Record<string, Record<string, unknown>>;
    const [first] = Object.values(registry);
    registry['second-agent'] = { ...first, current_task: 'TASK-2025-0099' };
    seedRepo(`${JSON.stringify(registry, null, 2)}\n`, doc);
    const result = await validate();
    expectOneProblem(result, LINK, 11, 5, 'encoding/utf-8');
  });

  it('rejects an oversize handoff', async () => {
    seedRepo(SEED_REGISTRY, `# Huge\n\n${'word '.repeat(1_100_000)}\n`);
    const result = await validate();
    expect(result.code).toBe(2);
    expect(problemLines(result)).toEqual([
      expect.stringMatching(new RegExp(`^${LINK}: .*\\[size/too-large\\]$`)),
    ]);
  });

  it('reports every missing element of an incomplete handoff', async () => {
    seedRepo(
      SEED_REGISTRY,
      fixture('handoff-headings.md').replace(
        /## Decisions Made[\s\S]*?## Current Blockers/,
        '## Current Blockers',
      ),
    );
    const result = await validate();
    expect(result.code).toBe(2);
    const lines = problemLines(result);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${LINK}:\\d+(:\\d+)?: .*Decisions Made.* \\[[a-z/-]+\\]$`));
  });

  it('reports registry and document problems together', async () => {
    seedRepo(
      SEED_REGISTRY.replace('"in_progress"', '"finished"'),
      fixture('handoff-headings.md').replace(
        /## Next Steps[\s\S]*?## Time and Progress/,
        '## Time and Progress',
      ),
    );
    const result = await validate('--format', 'json');
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      problems: { file: string; rule: string }[];
    };
    expect(report.valid).toBe(false);
    expect(report.problems.map((p) => p.file)).toEqual([REGISTRY, LINK]);
    expect(report.problems[0]?.rule).toBe('registry/status');
  });
});

describe('handoff validate: bad config and environment', () => {
  it('names an unknown config key', async () => {
    seedRepo();
    repo.write('.handoffrc.json', '{\n  "freshness": {\n    "maxAgeDays": 3\n  }\n}\n');
    const problem = expectOneProblem(await validate(), '.handoffrc.json', 3, 5, 'config/unknown-key');
    expect(problem).toContain('unknown config key "freshness.maxAgeDays"');
  });

  it('lists every problem of a config at once, in file order; a command stops at the first', async () => {
    seedRepo();
    repo.write(
      '.handoffrc.json',
      [
        '{',
        '  "handoffDir": "../elsewhere",',
        '  "colour": "blue",',
        '  "freshness": { "maxAge": "a week", "maxAgeDays": 3 },',
        '  "wordBudget": "250",',
        '  "handoffPattern": "{task}.md"',
        '}',
        '',
      ].join('\n'),
    );
    // The schema's problems and the rules over the values, together: one run says everything.
    const all = await validate('--format', 'json');
    expect(all.code).toBe(2);
    expect(
      JSON.parse(all.stdout).problems.map((p: { rule: string; line: number }) => [p.line, p.rule]),
    ).toEqual([
      [2, 'config/path'],
      [3, 'config/unknown-key'],
      [4, 'config/duration'],
      [4, 'config/unknown-key'],
      [5, 'schema/type'],
      [6, 'config/pattern'],
    ]);
    expect(problemLines(await validate())).toEqual([
      expect.stringMatching(/^\.handoffrc\.json:2:17: config key "handoffDir" .*\[config\/path\]$/),
      expect.stringMatching(/^\.handoffrc\.json:3:3: unknown config key "colour" .*\[config\/unknown-key\]$/),
      expect.stringMatching(
        /^\.handoffrc\.json:4:28: config key "freshness\.maxAge": invalid duration "a week".*\[config\/duration\]$/,
      ),
      expect.stringMatching(
        /^\.handoffrc\.json:4:38: unknown config key "freshness\.maxAgeDays" .*\[config\/unknown-key\]$/,
      ),
      expect.stringMatching(
        /^\.handoffrc\.json:5:17: config key "wordBudget" must be an integer \[schema\/type\]$/,
      ),
      expect.stringMatching(
        /^\.handoffrc\.json:6:21: config key "handoffPattern" must contain both .*\[config\/pattern\]$/,
      ),
    ]);
    // The check judges the committed config, and stops at its first problem.
    repo.commit('config');
    const check = await runCli(['check'], { cwd: repo.dir });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('[config/path]');
    expect(check.stderr).not.toContain('[config/unknown-key]');
  });

  it('goes on past faulty config keys to the registry and handoffs, those keys left out; not past a faulty registry key', async () => {
    seedRepo(SEED_REGISTRY.replace('"in_progress"', '"in-progress"'));
    repo.write(
      '.handoffrc.json',
      '{\n  "freshness": { "maxCommitsBehind": "zero", "scope": "al" },\n  "wordBudget": 100\n}\n',
    );
    const all = await validate('--format', 'json');
    expect(all.code).toBe(2);
    const report = JSON.parse(all.stdout);
    expect(report.problems.map((p: { file: string; rule: string }) => [p.file, p.rule])).toEqual([
      ['.handoffrc.json', 'schema/type'],
      ['.handoffrc.json', 'schema/enum'],
      [REGISTRY, 'registry/status'],
    ]);
    expect(report).toMatchObject({
      config: '.handoffrc.json',
      registry: REGISTRY,
      documents: [LINK],
      configKeysLeftOut: ['freshness.maxCommitsBehind', 'freshness.scope'],
    });
    expect((await validate()).stdout.trimEnd().split('\n').at(-1)).toBe(
      `3 problems (checked ${REGISTRY} and 1 handoff, the config's faulty keys left out: freshness.maxCommitsBehind, freshness.scope; what reads them is checked once they are fixed)`,
    );
    // A rule that reads a key left out waits for its fix: the status the faulty statuses adds is
    // no problem of the registry's.
    repo.write('.handoffrc.json', '{\n  "statuses": ["in-progress", 5]\n}\n');
    const statuses = JSON.parse((await validate('--format', 'json')).stdout);
    expect(statuses.configKeysLeftOut).toEqual(['statuses']);
    expect(statuses.problems.map((p: { rule: string }) => p.rule)).toEqual(['schema/type']);
    // The keys kept still count: a custom registry path is where the registry is read.
    repo.write('.handoffrc.json', '{\n  "registry": "team.json",\n  "wordBudget": "100"\n}\n');
    const moved = JSON.parse((await validate('--format', 'json')).stdout);
    expect(moved.registry).toBe('team.json');
    expect(moved.problems.map((p: { rule: string }) => p.rule)).toEqual(['schema/type', 'registry/missing']);
    // A faulty key that says where the registry is: nothing past the config is checked.
    repo.write('.handoffrc.json', '{\n  "registry": 5,\n  "wordBudget": "100"\n}\n');
    const stopped = await validate('--format', 'json');
    expect(JSON.parse(stopped.stdout)).toMatchObject({ documents: [] });
    expect(JSON.parse(stopped.stdout).registry).toBeUndefined();
    expect(JSON.parse(stopped.stdout).problems.map((p: { rule: string }) => p.rule)).toEqual([
      'schema/type',
      'schema/type',
    ]);
    expect((await validate()).stdout.trimEnd().split('\n').at(-1)).toBe('2 problems (checked config)');
  });

  it('names the allowed values of a key that takes one of a few', async () => {
    seedRepo();
    repo.write('.handoffrc.json', '{\n  "hook": { "onInternalError": "warn" }\n}\n');
    const problem = expectOneProblem(await validate(), '.handoffrc.json', 2, 32, 'schema/enum');
    expect(problem).toContain('config key "hook.onInternalError" must be one of "allow", "block"');
  });

  it('refuses two config files (only one would be read), and so does every command; validate checks each too', async () => {
    seedRepo();
    repo.write('.handoffrc.json', '{\n  "wordBudget": "short",\n  "colour": true\n}\n');
    // Read alone it fails; beside .handoffrc.json it used to be ignored without a word.
    repo.write('handoff.config.json', '{"freshness":{"maxAge":"bad"}}\n');
    const line =
      '.handoffrc.json: 2 config files here and only one would be read: keep one of .handoffrc.json, handoff.config.json [config/ambiguous]';
    const result = await validate();
    expect(result.code).toBe(2);
    // The ambiguity, then each file's own problems: whichever is kept, what to fix in it is told.
    expect(problemLines(result)).toEqual([
      line,
      '.handoffrc.json:2:17: config key "wordBudget" must be an integer [schema/type]',
      expect.stringMatching(/^\.handoffrc\.json:3:3: unknown config key "colour" .*\[config\/unknown-key\]$/),
      expect.stringMatching(
        /^handoff\.config\.json:1:24: config key "freshness\.maxAge": invalid duration "bad".*\[config\/duration\]$/,
      ),
    ]);
    expect(result.stdout).toContain('4 problems');
    const json = await validate('--format', 'json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).problems).toEqual([
      expect.objectContaining({ file: '.handoffrc.json', rule: 'config/ambiguous' }),
      expect.objectContaining({ file: '.handoffrc.json', line: 2, rule: 'schema/type' }),
      expect.objectContaining({ file: '.handoffrc.json', line: 3, rule: 'config/unknown-key' }),
      expect.objectContaining({ file: 'handoff.config.json', line: 1, rule: 'config/duration' }),
    ]);
    // The check and every other command still stop at the ambiguity, naming both.
    repo.commit('two configs');
    const check = await runCli(['check'], { cwd: repo.dir });
    expect(check.code).toBe(2);
    expect(check.stderr).toBe(`handoff: ${line}\n`);
    const status = await runCli(['status'], { cwd: repo.dir });
    expect(status.code).toBe(2);
    expect(status.stderr).toBe(`handoff: ${line}\n`);
    // The handoff key of package.json is a config file too; a package.json without one is none.
    repo.remove();
    seedRepo();
    repo.write('.handoffrc.json', '{}\n');
    repo.write('package.json', '{ "name": "x" }\n');
    expect((await validate()).code).toBe(0);
    repo.write('package.json', '{ "name": "x", "handoff": { "wordBudget": 100 } }\n');
    const inPackage = await validate();
    expect(inPackage.code).toBe(2);
    expect(problemLines(inPackage)).toEqual([
      '.handoffrc.json: 2 config files here and only one would be read: keep one of .handoffrc.json, the "handoff" key of package.json [config/ambiguous]',
    ]);
    // The package.json key's own problems are its, at their place in package.json.
    repo.write('package.json', '{ "name": "x", "handoff": { "wordBudget": 0 } }\n');
    expect(problemLines(await validate())).toEqual([
      '.handoffrc.json: 2 config files here and only one would be read: keep one of .handoffrc.json, the "handoff" key of package.json [config/ambiguous]',
      'package.json:1:43: config key "wordBudget" must be at least 1 [schema/minimum]',
    ]);
  });

  it('names line:column of a malformed config', async () => {
    seedRepo();
    repo.write('.handoffrc.json', '{ "wordBudget": 250 ');
    expectOneProblem(await validate(), '.handoffrc.json', 1, 21, 'json/syntax');
  });

  it('says so outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-norepo-'));
    try {
      const result = await runCli(['validate'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^handoff: not inside a git repository: .* \[git\/no-repo\]\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 from the built program, with no stack trace', () => {
    seedRepo('{ "a": ');
    const result = runBin(['validate'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${REGISTRY}:1:8: invalid JSON: unexpected end of file [json/syntax]`);
    expect(result.stderr).toBe('');
  });
});
