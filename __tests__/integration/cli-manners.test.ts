/**
 * CLI manners: shell completion run by the real shells (bash, zsh through a pseudo-terminal, fish's
 * own `complete -C`), `--quiet` and `--verbose`, and colour that honours NO_COLOR / FORCE_COLOR and
 * is never loaded on the pre-push hook's path.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createColors } from 'picocolors';
import { styleLine } from '../../src/cli/terminal.js';
import { gitEnv, HANDOFF_BIN, PROJECT_ROOT, runCli, TempRepo } from '../helpers/temp-repo.js';

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = TempRepo.init();
  repos.push(r);
  return r;
}
afterAll(() => {
  for (const r of repos) r.remove();
});

async function script(shell: string, dir: string): Promise<string> {
  const result = await runCli(['completion', shell], { cwd: dir });
  expect(result.code).toBe(0);
  const file = join(dir, `.completion.${shell}`);
  writeFileSync(file, result.stdout);
  return file;
}

function shell(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0)
    throw new Error(`${command} exited ${result.status}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

describe('handoff completion', () => {
  let dir: string;
  beforeAll(() => {
    const r = repo();
    r.commit('first');
    r.git('branch', 'task-a');
    dir = r.dir;
  });

  it('bash completes commands, options, choices, refs and skips a global option value', async () => {
    const file = await script('bash', dir);
    const complete = (line: string) =>
      shell(
        'bash',
        [
          '-c',
          `source ${JSON.stringify(file)}; read -ra COMP_WORDS <<< "$1"; [[ "$1" == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _handoff; printf '%s\\n' "\${COMPREPLY[@]}"`,
          'bash',
          line,
        ],
        dir,
      )
        .trim()
        .split('\n');
    expect(complete('handoff ch')).toEqual(['check']);
    expect(complete('handoff me')).toEqual(['merge-registry']);
    expect(complete('handoff check --fo')).toEqual(['--format']);
    expect(complete('handoff check --format ')).toEqual(['text', 'json', 'github']);
    expect(complete('handoff resume --format ')).toEqual(['text', 'markdown', 'json']);
    expect(complete('handoff -C /tmp sta')).toEqual(['start', 'status']);
    expect(complete('handoff --q')).toEqual(['--quiet']);
    expect(complete('handoff check --base task')).toEqual(['task-a']);
    expect(complete('handoff completion ')).toEqual(expect.arrayContaining(['bash', 'zsh', 'fish']));
  });

  it('zsh completes through its completion system', async () => {
    const file = await script('zsh', dir);
    shell('zsh', ['-n', file], dir);
    const harness = join(PROJECT_ROOT, '__tests__/helpers/zsh-complete.zsh');
    // The harness exits non-zero unless zsh shows the expected text after TAB.
    shell('zsh', ['-f', harness, file, 'handoff check --format ', 'github'], dir);
    shell('zsh', ['-f', harness, file, 'handoff vali', 'validate'], dir);
    shell('zsh', ['-f', harness, file, 'handoff draft --ta', 'task'], dir);
  });

  it('fish completes with its own complete -C', async () => {
    const file = await script('fish', dir);
    const complete = (line: string) =>
      shell('fish', ['-c', `source ${file}; complete -C ${JSON.stringify(line)}`], dir)
        .trim()
        .split('\n')
        .map((l) => l.split('\t')[0]);
    expect(complete('handoff check --format ')).toEqual(['github', 'json', 'text']);
    expect(complete('handoff stat')).toEqual(['status']);
    expect(complete('handoff init --')).toEqual(
      expect.arrayContaining(['--workflow', '--no-hook', '--no-merge-driver']),
    );
    expect(complete('handoff draft --from ')).toEqual(expect.arrayContaining(['HEAD', 'main', 'task-a']));
  });

  it('refuses a shell it does not know', async () => {
    const result = await runCli(['completion', 'tcsh'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are bash, zsh, fish/);
  });
});

const STALE_REGISTRY = {
  'powertest-runner': { status: 'in_progress', current_task: 'TASK-2025-0078-C', task_started: '2025-11-08' },
};

describe('--quiet and --verbose', () => {
  it('--quiet prints nothing when init succeeds, and everything when check fails', async () => {
    const r = repo();
    const init = await runCli(['--quiet', 'init', '--no-hook'], { cwd: r.dir });
    expect(init).toEqual({ code: 0, stdout: '', stderr: '' });
    r.commit('start', { '.agent-context/agent-handoffs.json': JSON.stringify(STALE_REGISTRY) });
    const check = await runCli(['--quiet', 'check'], { cwd: r.dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('✗ TASK-2025-0078-C');
    expect(check.stdout).toContain('fix: handoff draft --task TASK-2025-0078-C');
  });

  it('--quiet keeps the output a command is for', async () => {
    const r = repo();
    r.commit('start', { '.agent-context/agent-handoffs.json': JSON.stringify(STALE_REGISTRY) });
    const status = await runCli(['-q', 'status'], { cwd: r.dir });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('powertest-runner');
    const json = await runCli(['-q', 'validate', '--format', 'json'], { cwd: r.dir });
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });

  it('--verbose says how long the command took; --quiet with --verbose is a usage error', async () => {
    const r = repo();
    const status = await runCli(['--verbose', 'status'], { cwd: r.dir });
    expect(status.code).toBe(0);
    expect(status.stderr).toMatch(/^handoff: status took \d+ ms, exit 0$/m);
    const both = await runCli(['--quiet', '--verbose', 'status'], { cwd: r.dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/cannot be used with option '-v, --verbose'/);
  });

  it('an option missing its value before another option is said so, not as "too many arguments"', async () => {
    const r = repo();
    const text = await runCli(['resume', '--task', '--format', 'json'], { cwd: r.dir });
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(
      "option '--task <id>' needs a value, and the next word is the option '--format'",
    );
    const json = await runCli(['-C', '.', '-q', 'resume', '--task', '--format', 'json', '--format', 'json'], {
      cwd: r.dir,
    });
    expect(JSON.parse(json.stdout).error).toMatchObject({
      kind: 'usage',
      rule: 'usage/option-missing-argument',
    });
    // A value that merely starts with dashes is a value.
    const note = await runCli(
      ['start', '--task', 'TASK-2025-0001', '--agent', 'a', '--note', '--fast path'],
      {
        cwd: r.dir,
      },
    );
    expect(note.code).toBe(0);
  });
});

describe('colour', () => {
  const ESC = '\x1b[';
  let dir: string;
  beforeAll(() => {
    const r = repo();
    r.commit('start', { '.agent-context/agent-handoffs.json': JSON.stringify(STALE_REGISTRY) });
    dir = r.dir;
  });

  it('is off when the output is not a terminal', async () => {
    expect((await runCli(['check'], { cwd: dir })).stdout).not.toContain(ESC);
  });

  it('FORCE_COLOR turns it on; NO_COLOR wins over it; FORCE_COLOR=0 turns it off', async () => {
    const forced = await runCli(['check'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(`${ESC}31m✗ TASK-2025-0078-C`);
    expect(
      forced.stdout
        .split(ESC)
        .map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, '')))
        .join(''),
    ).toBe((await runCli(['check'], { cwd: dir })).stdout);
    expect(
      (await runCli(['check'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout,
    ).not.toContain(ESC);
    expect((await runCli(['check'], { cwd: dir, env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ESC);
  });

  it('colours a stale headline yellow, also where agents share a task, and a fresh one green', () => {
    const c = createColors(true);
    for (const stale of [
      'handoff check: 1 of 1 active task(s) need a handoff update.',
      'handoff check: 1 of 2 handoff(s) of 1 active task(s) need an update.',
    ])
      expect(styleLine(stale, c)).toContain(c.yellow(stale.slice('handoff check: '.length)));
    const fresh = 'handoff check: 1 active task(s), every handoff fresh.';
    expect(styleLine(fresh, c)).toContain(c.green(fresh.slice('handoff check: '.length)));
  });

  it('never colours JSON or a completion script', async () => {
    const env = { FORCE_COLOR: '1' };
    expect((await runCli(['check', '--format', 'json'], { cwd: dir, env })).stdout).not.toContain(ESC);
    expect((await runCli(['completion', 'bash'], { cwd: dir, env })).stdout).not.toContain(ESC);
  });

  it('is never loaded by the pre-push hook path: neither colours nor commander are in dist/handoff.cjs or dist/check.cjs', () => {
    // The hook stub's command line runs these two files and nothing else (launcher.test.ts).
    for (const file of ['dist/handoff.cjs', 'dist/check.cjs']) {
      const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
      expect(`${file}: ${/createColors|FORCE_COLOR/.test(text)}`).toBe(`${file}: false`);
      expect(`${file}: ${/node_modules\/commander\//.test(text)}`).toBe(`${file}: false`);
    }
  });
});

describe('errors with --format json', () => {
  it('a bad flag is a usage error: text on stderr, one JSON document on stdout, exit 2', async () => {
    const r = repo();
    const result = await runCli(['status', '--format', 'json', '--bogus'], { cwd: r.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--bogus'");
    expect(JSON.parse(result.stdout)).toEqual({
      error: { kind: 'usage', message: "unknown option '--bogus'", rule: 'usage/unknown-option' },
      exitCode: 2,
    });
  });

  it('a typo in --task is said as the typo it is, not as --task missing', async () => {
    const r = repo();
    for (const command of ['draft', 'start']) {
      const typo = await runCli([command, '--taks', 'TASK-1', '--format', 'json'], { cwd: r.dir });
      expect(typo.code).toBe(2);
      expect(typo.stderr).toContain("unknown option '--taks'");
      expect(typo.stderr).toContain('(Did you mean --task?)');
      expect(JSON.parse(typo.stdout).error).toMatchObject({
        rule: 'usage/unknown-option',
        // One line, as every JSON error's message is.
        message: "unknown option '--taks' (Did you mean --task?)",
      });
      // Left out, --task is still required, under the rule it had.
      const missing = await runCli([command, '--format', 'json'], { cwd: r.dir });
      expect(missing.code).toBe(2);
      expect(JSON.parse(missing.stdout).error).toEqual({
        kind: 'usage',
        message: "required option '--task <id>' not specified",
        rule: 'usage/missing-mandatory-option-value',
      });
    }
  });

  it('an agent tool setup does not know is a usage error, as a bad flag is', async () => {
    const r = repo();
    const result = await runCli(['setup', 'vscode', '--format', 'json'], { cwd: r.dir });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error).toMatchObject({
      kind: 'usage',
      rule: 'usage/invalid-argument',
      message: expect.stringContaining('Allowed choices are claude, gemini'),
    });
  });

  it('bad input names the rule and the file, as the text does', async () => {
    const r = repo();
    r.commit('first');
    writeFileSync(join(r.dir, '.handoffrc.json'), '{ "wordBudget": "many" }\n');
    const result = await runCli(['resume', '--format=json'], { cwd: r.dir });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as { error: Record<string, unknown>; exitCode: number };
    expect(report.exitCode).toBe(2);
    expect(report.error).toMatchObject({ kind: 'input', file: '.handoffrc.json', rule: 'schema/type' });
    expect(result.stderr).toContain(String(report.error.message));
  });

  it('the pre-push check too: a stdin with no refs is bad input, its JSON line last on stderr, where the hook reports', () => {
    const r = repo();
    r.commit('first');
    // The bin as git's hook stub runs it, with stdin on /dev/null: nothing git would pass.
    const devNull = openSync('/dev/null', 'r');
    try {
      const result = spawnSync(
        process.execPath,
        [HANDOFF_BIN, 'check', '--hook', 'pre-push', 'origin', 'url', '--format', 'json'],
        { cwd: r.dir, env: gitEnv(), stdio: [devNull, 'pipe', 'pipe'], encoding: 'utf8' },
      );
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('[pre-push/no-input]');
      // Where the hook writes its report: stderr, the JSON line last.
      expect(result.stdout).toBe('');
      expect(JSON.parse(result.stderr.trimEnd().split('\n').at(-1) as string)).toMatchObject({
        error: { kind: 'input', rule: 'pre-push/no-input' },
        exitCode: 2,
      });
    } finally {
      closeSync(devNull);
    }
  });

  it('text output keeps stdout empty on an error', async () => {
    const r = repo();
    const result = await runCli(['status', '--bogus'], { cwd: r.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});

describe('a command line that names its command', () => {
  it('reads as the whole program reads it: the same help, the same usage errors', async () => {
    const dir = repo().dir;
    const top = await runCli(['--help'], { cwd: dir });
    const commands = [...top.stdout.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1] as string);
    expect(commands).toEqual(expect.arrayContaining(['check', 'draft', 'resume', 'status', 'done', 'demo']));
    expect(commands.length).toBeGreaterThanOrEqual(17);
    for (const name of commands.filter((c) => c !== 'help')) {
      // `help <name>` and `-C . <name>` name no command first: the whole program is built for them.
      const alone = await runCli([name, '--help'], { cwd: dir });
      expect([name, alone]).toEqual([name, await runCli(['help', name], { cwd: dir })]);
      // Every command takes the global options, and its help says so.
      expect([name, alone.stdout]).toEqual([
        name,
        expect.stringMatching(/Global Options:\n[\s\S]*-C, --cwd <dir>/),
      ]);
      const wrong = await runCli([name, '--no-such-option'], { cwd: dir });
      expect(wrong.code).toBe(2);
      expect([name, wrong]).toEqual([
        name,
        await runCli(['-C', '.', name, '--no-such-option'], { cwd: dir }),
      ]);
    }
    // -C names the folder to act in: one that is not there is an error, not the folder above it.
    const missing = await runCli(['-C', 'packages/nope', 'status', '--format', 'json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).error).toMatchObject({ rule: 'path/no-folder' });
    expect(missing.stderr).toContain(`no such folder: ${join(dir, 'packages/nope')}`);
    const typo = await runCli(['resum'], { cwd: dir });
    expect(typo.stderr).toContain('(Did you mean resume?)');
  });
});
