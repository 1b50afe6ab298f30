import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
/**
 * The plain `resume` and `status` lines the `handoff` bin runs without commander (direct-lines.ts,
 * launcher.ts): which lines those are, and that each prints, colours and exits exactly as the same
 * line parsed by commander does (dist/cli.js, the program as an ES module, always parses).
 */
import { DIRECT_COMMAND_NAMES, directCommandLine } from '../../src/cli/direct-lines.js';
import { CLI_BIN, gitEnv, HANDOFF_BIN, PROJECT_ROOT, type TempRepo } from '../helpers/temp-repo.js';
import { OTHER_TASK, repoWithTask, TASK } from './check-fixtures.js';

describe('directCommandLine', () => {
  it.each([
    [['resume'], { command: 'resume', options: { format: 'text' } }],
    [['status'], { command: 'status', options: { format: 'text' } }],
    [['status', '--format=json'], { command: 'status', options: { format: 'json' } }],
    [
      ['resume', '--task', 'T-1', '--format', 'json'],
      { command: 'resume', options: { task: 'T-1', format: 'json' } },
    ],
    [
      ['resume', '--agent=a b', '--format', 'markdown', '--coverage', 'lcov.info'],
      { command: 'resume', options: { agent: 'a b', format: 'markdown', coverage: 'lcov.info' } },
    ],
    [
      ['resume', '--tests', 'a.xml', '--tests=b/*.xml', '--tests', 'c.json'],
      { command: 'resume', options: { tests: ['a.xml', 'b/*.xml', 'c.json'], format: 'text' } },
    ],
    // After `=` the value is the rest of the word, whatever it starts with, as commander reads it.
    [['resume', '--task=-x='], { command: 'resume', options: { task: '-x=', format: 'text' } }],
    [['resume', '--task', ''], { command: 'resume', options: { task: '', format: 'text' } }],
  ])('runs %j directly', (argv, expected) => {
    expect(directCommandLine(argv)).toEqual(expected);
  });

  it.each([
    [[]],
    [['check']],
    [['draft', '--task', 'T']],
    [['resume', '--format', 'xml']],
    [['resume', '--format=yaml']],
    [['resume', '--task']],
    [['resume', '--task', '--agent', 'a']],
    [['resume', '--task', '-x']],
    [['resume', '--task', 'a', '--task', 'b']],
    [['resume', 'extra']],
    [['resume', '--', '--task', 'a']],
    [['resume', '-C', 'dir']],
    [['resume', '--cwd', 'dir']],
    [['resume', '--quiet']],
    [['resume', '--verbose']],
    [['resume', '--help']],
    [['resume', '--version']],
    [['resume', '--tas', 'a']],
    [['resume', '--constructor', 'a']],
    [['status', '--task', 'a']],
    [['status', '--format', 'markdown']],
    [['-C', 'dir', 'resume']],
    [['--quiet', 'status']],
  ])('leaves %j to commander', (argv) => {
    expect(directCommandLine(argv)).toBeUndefined();
  });
});

describe('the bundles the launcher runs a direct line from', () => {
  it('are the commands direct-lines.ts names, each with the shell, and no other command has it', () => {
    const bundles = readdirSync(join(PROJECT_ROOT, 'dist')).filter((f) => f.endsWith('.cjs'));
    const withShell = bundles
      .filter((f) =>
        /\bexports\.runDirectLine\b|runDirectLine: \(\) => runDirectLine/.test(
          readFileSync(join(PROJECT_ROOT, 'dist', f), 'utf8'),
        ),
      )
      .map((f) => f.replace(/\.cjs$/, ''))
      .sort();
    expect(withShell).toEqual([...DIRECT_COMMAND_NAMES].sort());
  });
});

describe('a plain resume or status line run directly', () => {
  let repo: TempRepo;
  // One clock for every run: the briefs say how old each handoff is, to the millisecond.
  const epoch = String(Math.floor(Date.now() / 1000));
  beforeAll(() => {
    repo = repoWithTask({ tasks: [TASK, OTHER_TASK] });
    repo.commit(`${TASK}: add the parser`, { 'src/parser.ts': 'export {};\n' });
    mkdirSync(join(repo.dir, 'reports'));
    for (const file of ['jest-junit.xml', 'lcov-jest.info'])
      copyFileSync(join(PROJECT_ROOT, '__tests__/fixtures/reports', file), join(repo.dir, 'reports', file));
  });
  afterAll(() => repo.remove());

  const run = (program: string, argv: string[], env: NodeJS.ProcessEnv) => {
    const result = spawnSync(process.execPath, [program, ...argv], {
      cwd: repo.dir,
      env: gitEnv({ SOURCE_DATE_EPOCH: epoch, ...env }),
      encoding: 'utf8',
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it.each([
    [['resume']],
    [['resume', '--format', 'json']],
    [['resume', `--task=${TASK}`, '--format', 'markdown']],
    [['resume', '--agent', 'agent-2', '--format=json']],
    [['resume', '--task', TASK, '--tests', 'reports/jest-junit.xml', '--coverage', 'reports/lcov-jest.info']],
    [['resume', '--task', TASK, '--tests', 'reports/*.xml', '--tests', 'reports/none-*.xml']],
    [['resume', '--task', 'TASK-NOPE', '--format', 'json']],
    [['resume', '--task', 'TASK-NOPE']],
    [['resume', '--tests', 'reports/lcov-jest.info', '--format', 'json']],
    [['status']],
    [['status', '--format=json']],
    // Not direct: commander's answers, through the bin's fallback.
    [['resume', '--format', 'xml']],
    [['status', '--task', TASK]],
  ])('%j prints and exits as commander’s parse of it does', (argv) => {
    for (const env of [{}, { FORCE_COLOR: '1' }, { FORCE_COLOR: '1', NO_COLOR: '1' }]) {
      const direct = run(HANDOFF_BIN, argv, env);
      expect(direct.stdout + direct.stderr).not.toBe('');
      expect(direct).toEqual(run(CLI_BIN, argv, env));
    }
  });

  it('colours for a terminal, and never JSON', () => {
    const text = run(HANDOFF_BIN, ['resume', '--task', TASK, '--tests', 'nope.xml'], { FORCE_COLOR: '1' });
    expect(text.stderr).toBe('\u001b[33mwarning: nope.xml: no such file [report/no-match]\u001b[39m\n');
    expect(text.code).toBe(0);
    const json = run(HANDOFF_BIN, ['status', '--format', 'json'], { FORCE_COLOR: '1' });
    expect(json.stdout).not.toContain('\u001b[');
    expect(JSON.parse(json.stdout).agents).toHaveLength(2);
  });
});
