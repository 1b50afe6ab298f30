/**
 * A scripted agent session through the built CLI and the hooks `handoff setup` installs: the hook
 * commands are read from the written settings file and run by a shell, with the event JSON each
 * tool documents on stdin (Claude Code: code.claude.com/docs/en/hooks; Gemini CLI:
 * geminicli.com/docs/hooks/reference), exactly as the tool would run them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BIN, gitEnv, installCli, runBin, TempRepo } from '../helpers/temp-repo.js';

const TASK = 'TASK-2025-0078-C';
const PROGRAM = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI_BIN)}`;

interface HookGroup {
  matcher?: string;
  hooks: { type: string; command: string; timeout?: number; name?: string }[];
}

function settings(
  repo: TempRepo,
  file: string,
): { hooks: Record<string, HookGroup[]> } & Record<string, unknown> {
  return JSON.parse(readFileSync(join(repo.dir, file), 'utf8'));
}

/** Runs the one installed hook command of `event` the way the tool does: through a shell, JSON on stdin. */
function fireHook(repo: TempRepo, file: string, event: string, payload: Record<string, unknown>) {
  const groups = settings(repo, file).hooks[event] ?? [];
  const commands = groups.flatMap((g) => g.hooks.map((h) => h.command)).filter((c) => / hook /.test(c));
  expect(commands).toHaveLength(1);
  const result = spawnSync('sh', ['-c', commands[0] as string], {
    cwd: repo.dir,
    input: JSON.stringify(payload),
    encoding: 'utf8',
    env: gitEnv(
      file.startsWith('.claude') ? { CLAUDE_PROJECT_DIR: repo.dir } : { GEMINI_PROJECT_DIR: repo.dir },
    ),
  });
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

const claudeBase = (repo: TempRepo, event: string) => ({
  session_id: 'abc123',
  transcript_path: '/home/user/.claude/projects/demo/00893aaf-19fa-41d2-8238-13269b9b3ca0.jsonl',
  cwd: repo.dir,
  permission_mode: 'default',
  hook_event_name: event,
});

const geminiBase = (repo: TempRepo, event: string) => ({
  session_id: 'f0e1d2c3',
  transcript_path: '/home/user/.gemini/tmp/chats/session.json',
  cwd: repo.dir,
  hook_event_name: event,
  timestamp: '2026-12-01T09:00:00.000Z',
});

function bin(repo: TempRepo, args: string[], stdin?: string) {
  const result = runBin(args, { cwd: repo.dir, ...(stdin === undefined ? {} : { stdin }) });
  if (result.code !== 0) throw new Error(`handoff ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result;
}

describe('a Claude Code session, start to next session', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = TempRepo.init();
    repo.commit('Initial commit', { 'package.json': '{"name":"demo"}\n' });
  });
  afterEach(() => repo.remove());

  it('primes, refuses to stop with a stale handoff, accepts a flag-written draft, and primes the next session', () => {
    bin(repo, ['setup', 'claude', '--command', PROGRAM]);
    expect(Object.keys(settings(repo, '.claude/settings.json').hooks)).toEqual([
      'SessionStart',
      'Stop',
      'PreCompact',
    ]);
    bin(repo, ['start', '--task', TASK, '--agent', 'claude', '--note', 'API tests']);
    repo.commit('Set up the agent session');

    // Session 1 starts: the brief names the agent and its task.
    const start = fireHook(repo, '.claude/settings.json', 'SessionStart', {
      ...claudeBase(repo, 'SessionStart'),
      source: 'startup',
    });
    const startOutput = start.hookSpecificOutput as { hookEventName: string; additionalContext: string };
    expect(startOutput.hookEventName).toBe('SessionStart');
    expect(startOutput.additionalContext).toContain(`You are "claude", on ${TASK} (in_progress)`);

    // Work, committed.
    repo.commit(`${TASK}: API client`, { 'src/client.js': 'export const get = () => 1;\n' });
    repo.commit(`${TASK}: first endpoint tests`, { 'test/client.test.js': 'test("get", () => {});\n' });

    // Stop is refused, with the exact command.
    const refused = fireHook(repo, '.claude/settings.json', 'Stop', {
      ...claudeBase(repo, 'Stop'),
      stop_hook_active: false,
    });
    expect(refused.decision).toBe('block');
    expect(refused.reason).toContain(`handoff draft --task ${TASK} --agent claude`);
    expect(refused.reason).toContain('work commits no handoff covers');

    // Already continuing because of a Stop hook: never block twice (no loop).
    const again = fireHook(repo, '.claude/settings.json', 'Stop', {
      ...claudeBase(repo, 'Stop'),
      stop_hook_active: true,
    });
    expect(again).toEqual({});

    // The agent writes the handoff with flags only.
    const draft = JSON.parse(
      bin(repo, [
        'draft',
        '--task',
        TASK,
        '--agent',
        'claude',
        '--note',
        'Client and first endpoint tested',
        '--decision',
        'Plain fetch over axios: no new dependency',
        '--next',
        'Cover the error responses',
        '--blocker',
        'None',
        '--progress',
        '30',
        '--remaining',
        '4h',
        '--format',
        'json',
      ]).stdout,
    );
    expect(draft).toMatchObject({ written: true, complete: true, toFillIn: [], agent: 'claude' });
    expect(draft.open.nextSteps).toEqual(['Cover the error responses']);

    // Now the session may end.
    const allowed = fireHook(repo, '.claude/settings.json', 'Stop', {
      ...claudeBase(repo, 'Stop'),
      stop_hook_active: false,
    });
    expect(allowed).toEqual({});

    // Committed, the handoff passes the check the pre-push hook runs.
    repo.commit(`${TASK}: handoff for session 1`);
    expect(runBin(['check'], { cwd: repo.dir }).code).toBe(0);

    // The next session starts from that handoff.
    const next = fireHook(repo, '.claude/settings.json', 'SessionStart', {
      ...claudeBase(repo, 'SessionStart'),
      source: 'startup',
    });
    const context = (next.hookSpecificOutput as { additionalContext: string }).additionalContext;
    expect(context).toContain('Plain fetch over axios: no new dependency');
    expect(context).toContain('Cover the error responses');
    expect(context).toContain('30%');
    expect(context.length).toBeLessThanOrEqual(6000);
  });

  it("runs the project's own bin, by the tool's project folder, when one is installed: no npx, any working folder", () => {
    installCli(repo);
    bin(repo, ['setup', 'claude']);
    const command = settings(repo, '.claude/settings.json').hooks.Stop?.[0]?.hooks[0]?.command;
    expect(command).toBe(
      '"$CLAUDE_PROJECT_DIR"/node_modules/.bin/handoff hook stop --tool claude --agent claude',
    );
    // The paragraph the agent reads keeps the portable `npx handoff`.
    expect(readFileSync(join(repo.dir, 'CLAUDE.md'), 'utf8')).toContain('npx handoff draft');
    bin(repo, ['start', '--task', TASK, '--agent', 'claude']);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    // Run from outside the project, as a tool may: the project folder variable finds the bin.
    const outside = spawnSync('sh', ['-c', command as string], {
      cwd: tmpdir(),
      input: JSON.stringify({ ...claudeBase(repo, 'Stop'), stop_hook_active: false }),
      encoding: 'utf8',
      env: gitEnv({ CLAUDE_PROJECT_DIR: repo.dir }),
    });
    expect(outside.status).toBe(0);
    expect(JSON.parse(outside.stdout)).toMatchObject({ decision: 'block' });
  });

  it('drafts before compaction, then asks for what only the agent knows', () => {
    bin(repo, ['setup', 'claude', '--command', PROGRAM, '--no-instructions']);
    bin(repo, ['start', '--task', TASK, '--agent', 'claude']);
    repo.commit('Set up');
    repo.commit(`${TASK}: parser`, { 'src/parse.js': 'export {};\n' });

    const compact = fireHook(repo, '.claude/settings.json', 'PreCompact', {
      ...claudeBase(repo, 'PreCompact'),
      trigger: 'auto',
      custom_instructions: '',
    });
    const path = `delegation/tasks/active/${TASK}-handoff-session1.md`;
    expect(compact.systemMessage).toContain(`drafted ${path}`);
    expect(compact.systemMessage).toContain('Decisions Made');
    expect(readFileSync(join(repo.dir, path), 'utf8')).toContain(`${TASK}: parser`);

    // A second compaction does not draft again over the unsaved draft.
    const second = fireHook(repo, '.claude/settings.json', 'PreCompact', {
      ...claudeBase(repo, 'PreCompact'),
      trigger: 'manual',
      custom_instructions: 'keep the API notes',
    });
    expect(second.systemMessage).toContain('nothing to draft');
    expect(existsSync(join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session2.md`))).toBe(false);

    // The draft holds facts only: stopping is refused until the agent fills in the rest.
    const stop = fireHook(repo, '.claude/settings.json', 'Stop', {
      ...claudeBase(repo, 'Stop'),
      stop_hook_active: false,
    });
    expect(stop.decision).toBe('block');
    // Its fix is a command the agent runs with its answers: only those still missing, the Progress
    // and time-left lines the draft left open among them (run without them, they would stay open).
    expect(stop.reason).toContain(
      `Run: handoff draft --task ${TASK} --agent claude --note "<state in one line>"`,
    );
    expect(stop.reason).toContain(
      '--next "<next step>" --progress "<0-100>" --remaining "<time left, e.g. 3h>"',
    );
    expect(stop.reason).not.toContain('--time-spent');
  });

  it('merges into existing settings without losing a key, and a second setup changes nothing', () => {
    const mine = {
      permissions: { allow: ['Bash(npm test)'] },
      env: { FOO: 'bar' },
      hooks: {
        Stop: [{ hooks: [{ type: 'command', command: 'npm run lint', timeout: 10 }] }],
        PostToolUse: [{ matcher: 'Write', hooks: [{ type: 'command', command: 'prettier --write' }] }],
      },
    };
    repo.write('.claude/settings.json', `${JSON.stringify(mine, null, 2)}\n`);
    bin(repo, ['setup', 'claude', '--command', PROGRAM]);
    const first = readFileSync(join(repo.dir, '.claude/settings.json'), 'utf8');
    const merged = JSON.parse(first);
    expect(merged.permissions).toEqual(mine.permissions);
    expect(merged.env).toEqual(mine.env);
    expect(merged.hooks.PostToolUse).toEqual(mine.hooks.PostToolUse);
    expect(merged.hooks.Stop[0]).toEqual(mine.hooks.Stop[0]);
    expect(merged.hooks.Stop).toHaveLength(2);

    const second = JSON.parse(
      bin(repo, ['setup', 'claude', '--command', PROGRAM, '--format', 'json']).stdout,
    );
    expect(second).toMatchObject({
      settingsChanged: false,
      added: [],
      updated: [],
      instructionsChanged: false,
    });
    expect(readFileSync(join(repo.dir, '.claude/settings.json'), 'utf8')).toBe(first);
    const claudeMd = readFileSync(join(repo.dir, 'CLAUDE.md'), 'utf8');
    expect(claudeMd.match(/handoff-guard:start/g)).toHaveLength(1);
    // The paragraph names the agent the hooks act for, so the agent registers under that name.
    expect(claudeMd).toContain('start --task "<task id>" --agent claude');
    expect(claudeMd).not.toContain('<agent name>');
  });

  it('in a monorepo package: the hooks act on the package, and the stop refusal names it', () => {
    repo.write('.handoffrc.json', '{ "workspaces": ["packages/a"] }\n');
    repo.write('packages/a/package.json', '{"name":"a"}\n');
    repo.write('packages/a/.agent-context/agent-handoffs.json', '{}\n');
    repo.commit('Add the package');
    const setup = JSON.parse(
      bin(repo, ['-C', 'packages/a', 'setup', 'claude', '--command', PROGRAM, '--format', 'json']).stdout,
    );
    expect(setup.commands.stop).toContain(' -C "$CLAUDE_PROJECT_DIR"/packages/a hook stop');
    expect(readFileSync(join(repo.dir, 'CLAUDE.md'), 'utf8')).toContain(' -C packages/a ');
    bin(repo, ['-C', 'packages/a', 'start', '--task', TASK, '--agent', 'claude']);
    repo.commit('Start the task');
    repo.commit(`${TASK}: parser`, { 'packages/a/src/parse.js': 'export {};\n' });
    const refused = fireHook(repo, '.claude/settings.json', 'Stop', {
      ...claudeBase(repo, 'Stop'),
      stop_hook_active: false,
    });
    expect(refused.decision).toBe('block');
    expect(refused.reason).toContain(`draft --task ${TASK} --agent claude`);
    // Named from the project folder, where the agent runs it (the hook was given an absolute -C).
    expect(refused.reason).toContain(`handoff -C packages/a draft`);
    expect(refused.reason).not.toContain(repo.dir);

    // The session's handoff written and the registry pointed at it, neither committed: what is left
    // uncommitted is the package's own bookkeeping, no work; the stop is allowed.
    const drafted = bin(repo, [
      '-C',
      'packages/a',
      'draft',
      '--task',
      TASK,
      '--agent',
      'claude',
      '--note',
      'parser works',
      '--decision',
      'plain js: no build',
      '--blocker',
      'None',
      '--next',
      'routing',
      '--progress',
      '10',
      '--no-interactive',
    ]);
    expect(drafted.code).toBe(0);
    const allowed = fireHook(repo, '.claude/settings.json', 'Stop', {
      ...claudeBase(repo, 'Stop'),
      stop_hook_active: false,
    });
    expect(allowed.decision).toBeUndefined();

    // Work left uncommitted in the package is named as the agent at the root finds it.
    repo.commit('Hand off', {});
    repo.write('packages/a/src/route.js', 'export {};\n');
    const uncommitted = fireHook(repo, '.claude/settings.json', 'Stop', {
      ...claudeBase(repo, 'Stop'),
      stop_hook_active: false,
    });
    expect(uncommitted.decision).toBe('block');
    expect(uncommitted.reason).toContain('packages/a/src/route.js');
  });

  it("in a monorepo package: the three hooks, as setup wrote them, name the session's handoff the same way", () => {
    repo.write('.handoffrc.json', '{ "workspaces": ["packages/a"] }\n');
    repo.write('packages/a/package.json', '{"name":"a"}\n');
    repo.write('packages/a/.agent-context/agent-handoffs.json', '{}\n');
    repo.commit('Add the package');
    bin(repo, [
      '-C',
      'packages/a',
      'setup',
      'claude',
      '--agent',
      'a',
      '--command',
      PROGRAM,
      '--no-instructions',
    ]);
    bin(repo, ['-C', 'packages/a', 'start', '--task', TASK, '--agent', 'a']);
    repo.commit('Start the task');
    repo.commit(`${TASK}: parser`, { 'packages/a/src/parse.js': 'export {};\n' });

    const fire = (event: string, extra: Record<string, unknown>) =>
      JSON.stringify(
        fireHook(repo, '.claude/settings.json', event, { ...claudeBase(repo, event), ...extra }),
      );
    const said = [
      fire('PreCompact', { trigger: 'auto', custom_instructions: '' }),
      fire('Stop', { stop_hook_active: false }),
      fire('SessionStart', { source: 'compact' }),
      // Compacted again: nothing drafted over the draft, which it names as the others do.
      fire('PreCompact', { trigger: 'manual', custom_instructions: '' }),
    ];
    const named = said.map((text) => [
      ...new Set(text.match(new RegExp(`[\\w./-]*${TASK}-handoff-session\\d+\\.md`, 'g'))),
    ]);
    const file = `packages/a/delegation/tasks/active/${TASK}-handoff-session1.md`;
    expect(named).toEqual([[file], [file], [file], [file]]);
    // The hooks run at the repository's root (the tool's project folder): the file is there.
    expect(existsSync(join(repo.dir, file))).toBe(true);
  });

  it('answers once the event JSON is complete, though the tool keeps stdin open', async () => {
    bin(repo, ['setup', 'claude', '--command', PROGRAM, '--no-instructions']);
    const command = settings(repo, '.claude/settings.json')
      .hooks.Stop?.flatMap((g) => g.hooks.map((h) => h.command))
      .find((c) => / hook /.test(c)) as string;
    const child = spawn('sh', ['-c', command], {
      cwd: repo.dir,
      env: gitEnv({ CLAUDE_PROJECT_DIR: repo.dir }),
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    // The event in two pieces, and the pipe left open: only the answer may end the wait.
    const event = JSON.stringify({ ...claudeBase(repo, 'Stop'), stop_hook_active: false });
    child.stdin.write(event.slice(0, 20));
    setTimeout(() => child.stdin.write(`${event.slice(20)}\n`), 200);
    const code = await new Promise<number | null>((resolve) => {
      const guard = setTimeout(() => {
        child.kill();
        resolve(-1);
      }, 15_000);
      child.on('close', (status) => {
        clearTimeout(guard);
        resolve(status);
      });
    });
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expect.any(Object));
  });

  it('gives up on an event that never comes (the pipe left open, nothing on it) after 10 s, exit 0', async () => {
    bin(repo, ['setup', 'claude', '--command', PROGRAM, '--no-instructions']);
    const command = settings(repo, '.claude/settings.json')
      .hooks.Stop?.flatMap((g) => g.hooks.map((h) => h.command))
      .find((c) => / hook /.test(c)) as string;
    const child = spawn('sh', ['-c', command], {
      cwd: repo.dir,
      env: gitEnv({ CLAUDE_PROJECT_DIR: repo.dir }),
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stdin.write('{"session_id": "abc123", ');
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => {
      const guard = setTimeout(() => {
        child.kill();
        resolve(-1);
      }, 25_000);
      child.on('close', (status) => {
        clearTimeout(guard);
        resolve(status);
      });
    });
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
    expect(JSON.parse(stdout).systemMessage).toContain(
      'no complete JSON object on stdin within 10 s [stdin/timeout]',
    );
  }, 30_000);

  it('a registry that cannot be read sends the agent back once to mend it, naming file and rule (exit 0)', () => {
    bin(repo, ['setup', 'claude', '--command', PROGRAM, '--no-instructions']);
    repo.write('.agent-context/agent-handoffs.json', '{ "claude": ');
    const stop = fireHook(repo, '.claude/settings.json', 'Stop', {
      ...claudeBase(repo, 'Stop'),
      stop_hook_active: false,
    });
    expect(stop.decision).toBe('block');
    expect(stop.reason).toContain('.agent-context/agent-handoffs.json:1:');
    expect(stop.reason).toMatch(/\nRun: .*\bvalidate$/);
    // The paragraph forbids hand edits of the registry; mending a broken one is the exception.
    expect(stop.reason).toContain('Mend the file by hand at the place named');
    // Never twice in a row.
    const again = fireHook(repo, '.claude/settings.json', 'Stop', {
      ...claudeBase(repo, 'Stop'),
      stop_hook_active: true,
    });
    expect(again).toEqual({});
    // A value the schema refuses (the file parses): the same, with the schema's rule.
    repo.write(
      '.agent-context/agent-handoffs.json',
      `${JSON.stringify({ claude: { status: 42, current_task: 'TASK-2025-0001' } })}\n`,
    );
    const schema = fireHook(repo, '.claude/settings.json', 'Stop', {
      ...claudeBase(repo, 'Stop'),
      stop_hook_active: false,
    });
    expect(schema.decision).toBe('block');
    expect(schema.reason).toContain(
      'agent-handoffs.json:1:21: "status" of agent "claude" must be a string [schema/type]',
    );
    // At session start it is only reported: a hook never breaks the session.
    const start = fireHook(repo, '.claude/settings.json', 'SessionStart', {
      ...claudeBase(repo, 'SessionStart'),
      source: 'startup',
    });
    expect(start.decision).toBeUndefined();
    expect(JSON.stringify(start)).toContain('agent-handoffs.json');
    // The file is what failed: `validate`, as this program is run, tells what is wrong with it.
    expect(JSON.stringify(start)).toContain('validate` to see what is wrong');
    // An event the tool should not have sent is no file `validate` can read: no such advice.
    const wrong = spawnSync('sh', ['-c', `${PROGRAM} hook session-start --tool claude --agent claude`], {
      cwd: repo.dir,
      input: JSON.stringify(claudeBase(repo, 'Stop')),
      encoding: 'utf8',
      env: gitEnv(),
    });
    expect(wrong.status).toBe(0);
    expect(wrong.stdout).toContain('[hook/event-name]');
    expect(wrong.stdout).not.toContain('validate');
    // Nor is an event that is no JSON: the error names the event, and gives no such advice.
    const garbled = spawnSync('sh', ['-c', `${PROGRAM} hook session-start --tool claude --agent claude`], {
      cwd: repo.dir,
      input: '{"hook_event_name": "SessionStart", oops}\n',
      encoding: 'utf8',
      env: gitEnv(),
    });
    expect(garbled.status).toBe(0);
    expect(garbled.stdout).toContain('(hook event):1:');
    expect(garbled.stdout).not.toContain('validate');
  });
});

describe('a Gemini CLI session', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = TempRepo.init();
    repo.commit('Initial commit', { 'package.json': '{"name":"demo"}\n' });
  });
  afterEach(() => repo.remove());

  it('installs SessionStart, AfterAgent and PreCompress and answers each per its protocol', () => {
    bin(repo, ['setup', 'gemini', '--command', PROGRAM]);
    const hooks = settings(repo, '.gemini/settings.json').hooks;
    expect(Object.keys(hooks)).toEqual(['SessionStart', 'AfterAgent', 'PreCompress']);
    expect(hooks.AfterAgent?.[0]?.hooks[0]).toMatchObject({ type: 'command', timeout: 30000 });
    expect(existsSync(join(repo.dir, 'GEMINI.md'))).toBe(true);
    bin(repo, ['start', '--task', TASK, '--agent', 'gemini']);
    repo.commit('Set up');

    const start = fireHook(repo, '.gemini/settings.json', 'SessionStart', {
      ...geminiBase(repo, 'SessionStart'),
      source: 'startup',
    });
    expect((start.hookSpecificOutput as { additionalContext: string }).additionalContext).toContain(
      `You are "gemini", on ${TASK}`,
    );

    repo.write('src/wip.js', 'export const wip = true;\n');
    // A test run's reports, left untracked: no work (told by their content, whatever their names).
    repo.write(
      'out/results.xml',
      '<?xml version="1.0"?>\n<testsuites><testsuite name="a" tests="1"><testcase name="t"/></testsuite></testsuites>\n',
    );
    repo.write('out/cov.txt', 'TN:\nSF:src/wip.js\nDA:1,1\nend_of_record\n');
    const denied = fireHook(repo, '.gemini/settings.json', 'AfterAgent', {
      ...geminiBase(repo, 'AfterAgent'),
      prompt: 'add the client',
      prompt_response: 'Done.',
      stop_hook_active: false,
    });
    expect(denied.decision).toBe('deny');
    // A new file git does not track yet: work, named apart with the way out for a report.
    expect(denied.reason).toContain('1 untracked file (src/wip.js; add what is not work to .gitignore)');
    expect(denied.reason).toContain(`draft --task ${TASK} --agent gemini`);

    const retry = fireHook(repo, '.gemini/settings.json', 'AfterAgent', {
      ...geminiBase(repo, 'AfterAgent'),
      prompt: 'add the client',
      prompt_response: 'Done.',
      stop_hook_active: true,
    });
    expect(retry).toEqual({});

    const compress = fireHook(repo, '.gemini/settings.json', 'PreCompress', {
      ...geminiBase(repo, 'PreCompress'),
      trigger: 'auto',
    });
    expect(compress.systemMessage).toContain('handoff:');
  });
});
