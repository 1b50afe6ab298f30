/** `draft --input -`, the life-cycle commands and `prime` in real repositories. */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { draftCommand } from '../../src/core/agent-session.js';
import { TASK_SLOT } from '../../src/core/slots.js';
import { CLI_BIN, catFilesLeftBy, gitEnv, runBin, runCli, TempRepo } from '../helpers/temp-repo.js';

const TASK = 'TASK-2025-0078-C';
// The clock the commands read is the one the commits are made by: a fixed day would make every
// commit a test makes without a date "in the future" from two days after it (found on 2026-12-03).
const NOW = new Date();
/** For the tests that date every commit themselves, on this day. */
const DAY = '2026-12-01';
const ON_DAY = new Date(`${DAY}T12:00:00Z`);

/** Every answer a complete handoff needs, as flags. */
const ANSWERS = [
  '--note',
  'ok',
  '--decision',
  'd: r',
  '--blocker',
  'None',
  '--next',
  'n',
  '--remaining',
  '2h',
  '--progress',
  '50',
];

describe('agent commands', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = TempRepo.init();
    repo.commit('Initial commit', { 'package.json': '{}\n' });
  });
  afterEach(async () => {
    // Every command closes the git readers it opened (a draft on a task branch and leaving a task
    // left theirs running, which held jest open after the run).
    expect(await catFilesLeftBy()).toEqual([]);
    repo.remove();
  });
  const cli = (args: string[], stdin?: string, now = NOW) =>
    runCli(args, { cwd: repo.dir, now, ...(stdin === undefined ? {} : { stdin }) });
  /** The Claude Code Stop hook's answer for agent `claude`, run as its settings run it. */
  const claudeStop = async (now: Date) =>
    JSON.parse(
      (
        await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'claude'], {
          cwd: repo.dir,
          now,
          stdin: JSON.stringify({
            hook_event_name: 'Stop',
            session_id: 's',
            cwd: repo.dir,
            stop_hook_active: false,
          }),
        })
      ).stdout,
    ) as { decision?: string; reason?: string };
  const registry = () =>
    JSON.parse(readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8'));
  /** A printed `handoff …` command with its placeholders answered, as an agent would: its words after `handoff`, as a shell reads them. */
  const answered = (command: string): string[] => {
    const line = command
      .replace(/^handoff /, '')
      .replace('"<state in one line>"', '"a works"')
      .replace('"<decision: reason>"', '"kept a small: fewer parts"')
      .replace('"<blocker, or None>"', 'None')
      .replace('"<next step>"', '"b"')
      .replace('<0-100>', '50')
      .replace('"<time left, e.g. 3h>"', '3h');
    return spawnSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' })
      .stdout.split('\0')
      .slice(0, -1);
  };

  it("start's command for the end of the session fills every element, and None never stands beside a blocker", async () => {
    const started = await cli(['start', '--task', TASK, '--agent', 'bot']);
    const hint = /When the session ends: (.*)/.exec(started.stdout)?.[1] as string;
    // Where its registry change goes: with the first work, which starts the task's first session.
    expect(started.stdout).toContain(
      "note: commit .agent-context/agent-handoffs.json with your first work: the task's first session starts at that commit",
    );
    const json = JSON.parse(
      (await cli(['start', '--task', TASK, '--agent', 'bot2', '--format', 'json'])).stdout,
    );
    expect(json.note).toContain('with your first work');
    // Started again on the same task: nothing new to commit it with.
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).stdout).not.toContain(
      'with your first work',
    );
    expect(hint).toContain('--note');
    expect(hint).toContain('--blocker');
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const result = await cli([...answered(hint), '--blocker', 'DB down', '--stdout', '--no-interactive']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- DB down');
    expect(result.stdout).not.toMatch(/^- None$/m);
    expect(result.stderr).not.toContain('To fill in');
  });

  it("draft's JSON says what to run next: fill it in while incomplete, then commit it, and the check passes", async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'start');
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const partial = JSON.parse(
      (await cli(['draft', '--task', TASK, '--note', 'a works', '--format', 'json'])).stdout,
    );
    expect(partial.complete).toBe(false);
    // Only the answers still to give, the open Progress line and the time remaining (warned of) among
    // them: the note given stands.
    expect(partial.next).toEqual([
      `handoff draft --task ${TASK} --agent bot --decision "<decision: reason>" --blocker "<blocker, or None>" --next "<next step>" --progress "<0-100>" --remaining "<time left, e.g. 3h>"`,
    ]);
    expect(partial.warnings.map((w: { rule: string }) => w.rule)).toEqual(['draft/remaining']);
    // A preview writes nothing, so there is nothing to commit.
    mkdirSync(join(repo.dir, 'src', 'deep'), { recursive: true });
    const fromDeep = JSON.parse(
      (
        await runCli(['-C', '../..', 'draft', '--task', TASK, ...ANSWERS, '--stdout', '--format', 'json'], {
          cwd: join(repo.dir, 'src', 'deep'),
          now: NOW,
        })
      ).stdout,
    );
    expect(fromDeep.next).toEqual([]);
    const full = JSON.parse((await cli(['draft', '--task', TASK, ...ANSWERS, '--format', 'json'])).stdout);
    expect(full.complete).toBe(true);
    const path = registry().bot.details_link as string;
    expect(full.next).toEqual([
      `git add -- ${path} .agent-context/agent-handoffs.json && git commit -m '${TASK}: handoff' -- ${path} .agent-context/agent-handoffs.json`,
    ]);
    // Run as printed: the handoff and the registry committed, nothing else, and the check passes.
    expect(spawnSync('sh', ['-c', full.next[0]], { cwd: repo.dir, env: gitEnv() }).status).toBe(0);
    expect(repo.git('status', '--porcelain').trim()).toBe('');
    const check = await cli(['check', '--base', 'HEAD~3']);
    expect(check.stdout).toContain('every handoff fresh');
  });

  it("an incomplete handoff's fix gives an agent the flags it lacks: run as printed, the check passes", async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'start');
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    // A draft with one answer of five, committed as it is.
    expect((await cli(['draft', '--task', TASK, '--note', 'a works', '--progress', '40'])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    const refused = await cli(['check', '--base', 'HEAD~3', '--format', 'json']);
    expect(refused.code).toBe(1);
    const [problem] = JSON.parse(refused.stdout).verdicts[0].problems;
    expect(problem.reason).toBe('incomplete');
    const agentWay = /\(an agent without a terminal: (handoff draft .*), then commit\)$/.exec(
      problem.fix,
    )?.[1];
    expect(agentWay).toBe(
      `handoff draft --task ${TASK} --note "<state in one line>" --decision "<decision: reason>" --blocker "<blocker, or None>" --next "<next step>"`,
    );
    // The text report gives that way instead of the line with every flag.
    const text = await cli(['check', '--base', 'HEAD~3']);
    expect(text.stdout).toContain('(an agent without a terminal: handoff draft');
    expect(text.stdout).not.toContain('add the answers as flags');
    const filled = await cli([...answered(agentWay as string), '--format', 'json']);
    expect(filled.code).toBe(0);
    expect(JSON.parse(filled.stdout).complete).toBe(true);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff filled in`);
    expect((await cli(['check', '--base', 'HEAD~4'])).stdout).toContain('every handoff fresh');
  });

  it('an incomplete fix for a handoff edited after it was committed writes a complete next session, run as printed', async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, ...ANSWERS, '--no-interactive'])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    // Its Decisions Made cut out by hand and committed: a finished session, not a template to fill.
    const path = `delegation/tasks/active/${TASK}-handoff-session1.md`;
    const text = readFileSync(join(repo.dir, path), 'utf8');
    repo.commit(`${TASK}: trim the handoff`, {
      [path]: text.replace(/## Decisions Made\n\n[\s\S]*?\n\n(?=## )/, ''),
    });
    const [problem] = JSON.parse((await cli(['check', '--base', 'HEAD~1', '--format', 'json'])).stdout)
      .verdicts[0].problems;
    expect(problem.reason).toBe('incomplete');
    const agentWay = /\(an agent without a terminal: (handoff draft .*), then commit\)$/.exec(
      problem.fix,
    )?.[1];
    // The next session carries blockers and steps, never the last Current State: the note is asked too.
    expect(agentWay).toBe(
      `handoff draft --task ${TASK} --note "<state in one line>" --decision "<decision: reason>"`,
    );
    const drafted = JSON.parse((await cli([...answered(agentWay as string), '--format', 'json'])).stdout);
    expect(drafted).toMatchObject({ mode: 'new', session: 2, complete: true });
  });

  it('a committed handoff edited since is a finished session, not filled in again, even with (to fill in) left in it', async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, ...ANSWERS.slice(0, 8)])).code).toBe(0);
    const path = registry().bot.details_link as string;
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    repo.commit(`${TASK}: more work`, { 'src/b.js': 'b\n' });
    // A person's edit, not committed; the Progress line still reads (to fill in).
    const edited = `${readFileSync(join(repo.dir, path), 'utf8')}\nA note by hand.\n`;
    repo.write(path, edited);
    const again = await cli(['draft', '--task', TASK, '--note', 'more', '--format', 'json']);
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout).error).toMatchObject({ rule: 'draft/previous-uncommitted', file: path });
    expect(readFileSync(join(repo.dir, path), 'utf8')).toBe(edited);
  });

  it('an agent the registry already holds is taken as validate takes it, while a new name keeps every rule', async () => {
    const long = 'a'.repeat(201);
    repo.write(
      '.agent-context/agent-handoffs.json',
      `${JSON.stringify({ ' bot2': { status: 'in_progress', current_task: TASK }, [long]: { status: 'in_progress', current_task: 'TASK-2025-0099' } }, null, 2)}\n`,
    );
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await runCli(['validate'], { cwd: repo.dir })).stdout).not.toContain('registry/agent-name');
    const drafted = await cli(['draft', '--task', TASK, '--agent', ' bot2', ...ANSWERS, '--format', 'json']);
    expect(drafted.code).toBe(0);
    expect(registry()[' bot2'].details_link).toBe(JSON.parse(drafted.stdout).path);
    expect((await cli(['done', '--agent', long])).code).toBe(0);
    expect(registry()[long].status).toBe('complete');
    // A new name with those faults is refused, by draft as by start.
    for (const command of [
      ['draft', '--task', TASK],
      ['start', '--task', TASK],
    ]) {
      const refused = await cli([...command, '--agent', ' bot3', '--format', 'json']);
      expect(refused.code).toBe(2);
      expect(JSON.parse(refused.stdout).error).toMatchObject({ rule: 'registry/agent-name' });
    }
  });

  it('flags have the limits of the input schema: a note too long for the registry is refused, nothing written', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    const before = readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8');
    const start = await cli([
      'start',
      '--task',
      TASK,
      '--agent',
      'bot',
      '--note',
      'n'.repeat(501),
      '--format',
      'json',
    ]);
    expect(start.code).toBe(2);
    expect(JSON.parse(start.stdout).error).toMatchObject({
      rule: 'schema/maxLength',
      message: 'the note (--note) must be at most 500 characters long',
    });
    const draft = await cli(['draft', '--task', TASK, '--decision', 'd'.repeat(2001), '--stdout']);
    expect(draft.code).toBe(2);
    expect(draft.stderr).toContain('the decisions (--decision, item 1) must be at most 2000 characters long');
    expect(readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8')).toBe(before);
    // Empty values are left out, as before the limits: an empty --note clears the note.
    expect((await cli(['start', '--task', TASK, '--agent', 'bot', '--note', 'busy'])).code).toBe(0);
    expect((await cli(['block', '--agent', 'bot', '--note', ''])).code).toBe(0);
    expect(registry().bot.brief_note).toBe('');
    expect(
      (await cli(['draft', '--task', TASK, '--decision', '', '--stdout', '--no-interactive'])).code,
    ).toBe(0);
    // A draft's note is its Current State: empty, it is refused as `--input` JSON and the MCP tool
    // refuse it (the schema's minLength), and nothing is written.
    const emptyNote = await cli(['draft', '--task', TASK, '--note', ' ', '--format', 'json']);
    expect(emptyNote.code).toBe(2);
    expect(JSON.parse(emptyNote.stdout).error).toMatchObject({ rule: 'schema/minLength' });
    const json = await cli(['draft', '--task', TASK, '--input', '-', '--format', 'json'], '{"note": ""}');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error).toMatchObject({ rule: 'schema/minLength' });
    expect(registry().bot.brief_note).toBe('');
    expect(registry().bot.details_link).toBeUndefined();
    // An answer the check would count as empty (template text) is refused too, naming the flag.
    const template = await cli([
      'draft',
      '--task',
      TASK,
      ...ANSWERS.slice(0, 6),
      '--next',
      'na',
      '--format',
      'json',
    ]);
    expect(template.code).toBe(2);
    expect(JSON.parse(template.stdout).error).toMatchObject({
      rule: 'draft/template-answer',
      message:
        'the next (--next) "na" reads as template text, which the check counts as empty: say what it is',
    });
    expect(registry().bot.details_link).toBeUndefined();
    // Beside a real answer, a `TBD` is only a weak line: the element is filled, and it is written.
    const mixed = await cli([
      'draft',
      '--task',
      TASK,
      ...ANSWERS.slice(0, 6),
      '--next',
      'write tests',
      '--next',
      'TBD',
      '--stdout',
    ]);
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toContain('- [ ] write tests');
  });

  it('draft --input - reads the answers as JSON on stdin and writes a handoff the check accepts', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const input = {
      $schema: './node_modules/handoff-guard/schema/draft-input.schema.json',
      note: 'a works',
      decisions: ['kept a small: fewer moving parts'],
      blockers: ['None'],
      next: ['b'],
      progress: 50,
      remaining: '1h',
    };
    const result = await cli(
      ['draft', '--task', TASK, '--input', '-', '--next', 'c', '--format', 'json'],
      JSON.stringify(input),
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      written: true,
      complete: true,
      open: { blockers: [], nextSteps: ['b', 'c'] },
    });
    expect(registry().bot.brief_note).toBe('a works');
    repo.commit(`${TASK}: handoff`);
    expect((await cli(['check'])).code).toBe(0);
  });

  it('--blocker None beside a carried open blocker is left out with a warning, in a new draft and when filling in', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const first = ANSWERS.map((a) => (a === 'None' ? 'CI runner out of disk' : a));
    expect((await cli(['draft', '--task', TASK, ...first, '--no-interactive'])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    repo.commit(`${TASK}: more`, { 'src/b.js': 'b\n' });
    const preview = await cli(['draft', '--task', TASK, ...ANSWERS, '--stdout', '--format', 'json']);
    const previewed = JSON.parse(preview.stdout);
    expect(previewed.warnings.map((w: { rule: string }) => w.rule)).toContain('draft/none-beside-blocker');
    // A blocker given beside the None, with the carried one resolved, is no forgotten open item.
    const both = await cli([
      'draft',
      '--task',
      TASK,
      ...ANSWERS,
      '--blocker',
      'DB down',
      '--resolved',
      'CI runner',
      '--stdout',
      '--format',
      'json',
    ]);
    expect(JSON.parse(both.stdout).warnings).toEqual([]);
    // Filling in the draft pre-compact wrote: the same answer, the same warning, and no "None" beside the blocker.
    const event = JSON.stringify({ hook_event_name: 'PreCompact', cwd: repo.dir, trigger: 'auto' });
    expect((await cli(['hook', 'pre-compact', '--agent', 'bot'], event)).code).toBe(0);
    const filled = await cli(['draft', '--task', TASK, ...ANSWERS, '--format', 'json']);
    const report = JSON.parse(filled.stdout);
    expect(report.mode).toBe('fill');
    expect(report.warnings.map((w: { rule: string }) => w.rule)).toContain('draft/none-beside-blocker');
    const text = readFileSync(join(repo.dir, report.path), 'utf8');
    const blockers = /## Current Blockers\n\n([\s\S]*?)\n\n##/.exec(text)?.[1] ?? '';
    expect(blockers).toContain('CI runner out of disk');
    expect(blockers).not.toMatch(/^- None$/m);
  });

  it('--next None says no step is left (no box to check off); beside a carried open step it is left out with a warning', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const last = ANSWERS.map((a) => (a === 'n' ? 'None' : a));
    const alone = await cli(['draft', '--task', TASK, ...last, '--stdout']);
    expect(alone.code).toBe(0);
    const steps = (text: string) => /## Next Steps\n\n([\s\S]*?)\n\n##/.exec(text)?.[1] ?? '';
    expect(steps(alone.stdout)).toBe('- None');
    expect((await cli(['draft', '--task', TASK, ...ANSWERS, '--no-interactive'])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    repo.commit(`${TASK}: more`, { 'src/b.js': 'b\n' });
    const beside = await cli(['draft', '--task', TASK, ...last, '--stdout', '--format', 'json']);
    const report = JSON.parse(beside.stdout);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        rule: 'draft/none-beside-step',
        message: expect.stringContaining(
          '--next None left out: 1 next step(s) are still open ("n"); if one is done, pass --resolved',
        ),
      }),
    );
    expect(steps(report.markdown)).toBe('- [ ] n');
    // The step checked off: None stands alone.
    const done = await cli(['draft', '--task', TASK, ...last, '--resolved', 'n', '--stdout']);
    expect(steps(done.stdout)).toMatch(/^- \[x\] n/);
  });

  it('filling in a later session’s draft gives the progress delta against the session before, as a new draft does', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, '--agent', 'bot', ...ANSWERS])).code).toBe(0);
    repo.commit(`${TASK}: handoff`);
    repo.commit(`${TASK}: more work`, { 'src/b.js': 'b\n' });
    const event = JSON.stringify({ hook_event_name: 'PreCompact', cwd: repo.dir, trigger: 'auto' });
    expect((await cli(['hook', 'pre-compact', '--agent', 'bot'], event)).code).toBe(0);
    const path = `delegation/tasks/active/${TASK}-handoff-session2.md`;
    expect(readFileSync(join(repo.dir, path), 'utf8')).toContain('percent complete; 50 percent at session 1');
    const filled = await cli(['draft', '--task', TASK, '--agent', 'bot', ...ANSWERS.slice(0, -1), '65.5']);
    expect(filled.code).toBe(0);
    expect(filled.stderr).toContain(`Filled in ${path}`);
    expect(readFileSync(join(repo.dir, path), 'utf8')).toContain(
      '**Progress:** 65.5% complete (+15.5 points since session 1)',
    );
  });

  it("the Stop hook reads the handoff's last commit and the work after it in one git walk, and counts that work", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: start`, {});
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, '--agent', 'bot', ...ANSWERS])).code).toBe(0);
    repo.commit(`${TASK}: handoff`);
    repo.commit(`${TASK}: more work`, { 'src/b.js': 'b\n' });
    repo.commit(`${TASK}: and more`, { 'src/c.js': 'c\n' });
    const trace = join(repo.dir, '.git', 'trace.txt');
    const stopEvent = JSON.stringify({ hook_event_name: 'Stop', session_id: 's', cwd: repo.dir });
    const stop = runBin(['hook', 'stop', '--tool', 'claude', '--agent', 'bot'], {
      cwd: repo.dir,
      stdin: stopEvent,
      env: { GIT_TRACE: trace },
    });
    expect(stop.code).toBe(0);
    expect(JSON.parse(stop.stdout).reason).toContain(`${TASK} has 2 work commits after the handoff`);
    const logs = readFileSync(trace, 'utf8').split('trace: built-in: git log ').length - 1;
    // Before: the last commit that touched it, then the commits after it, one git log each.
    expect(logs).toBe(1);
  });

  it("the Stop hook's fix for the draft pre-compact wrote asks for every answer it left open, Progress and the time left too", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: start`, {});
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const compact = JSON.stringify({ hook_event_name: 'PreCompact', cwd: repo.dir, trigger: 'auto' });
    expect((await cli(['hook', 'pre-compact', '--agent', 'bot'], compact)).code).toBe(0);
    const stopEvent = JSON.stringify({ hook_event_name: 'Stop', session_id: 's', cwd: repo.dir });
    const stop = JSON.parse(
      (await cli(['hook', 'stop', '--tool', 'claude', '--agent', 'bot'], stopEvent)).stdout,
    );
    const fix = (stop.reason as string).split('\n').find((line) => line.includes(' draft ')) ?? '';
    expect(fix).toContain('--progress "<0-100>"');
    expect(fix).toContain('--remaining "<time left, e.g. 3h>"');
    // Each slot answered, the command run as printed: nothing is left to fill in.
    const answered = fix
      .slice(fix.indexOf('handoff draft'))
      .replace(/"<0-100>"/, '40')
      .replace(/"<time left[^"]*>"/, '2h')
      .replace(/"<([^"]*)>"/g, '"an answer: $1"');
    const words = [...answered.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]) as string[];
    const filled = await cli(words.slice(1));
    expect(filled.code).toBe(0);
    const written = readFileSync(
      join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session1.md`),
      'utf8',
    );
    expect(written).not.toContain('to fill in');
    expect(written).toContain('**Progress:** 40% complete');
  });

  it("the agent's flags fill in the draft pre-compact wrote this session, in place", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: start`, {});
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const event = JSON.stringify({ hook_event_name: 'PreCompact', cwd: repo.dir, trigger: 'auto' });
    const compact = await cli(['hook', 'pre-compact', '--agent', 'bot'], event);
    expect(compact.code).toBe(0);
    const path = `delegation/tasks/active/${TASK}-handoff-session1.md`;
    expect(compact.stdout).toContain(`drafted ${path}`);
    // A person fills one part by hand before the agent answers the rest.
    const drafted = readFileSync(join(repo.dir, path), 'utf8');
    expect(drafted).toContain('to fill in');
    const handDecision = drafted.replace(
      /(## Decisions Made\n\n)[^\n]*to fill in[^\n]*\n/,
      '$1- Kept the client small: fewer moving parts\n',
    );
    expect(handDecision).not.toBe(drafted);
    repo.write(path, handDecision);

    // The preview shows what the same answers would write: this file, filled in.
    const preview = await cli([
      'draft',
      '--task',
      TASK,
      '--stdout',
      '--decision',
      'Used fetch: no new dependency',
    ]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('- Kept the client small: fewer moving parts');
    expect(preview.stdout).toContain('- Used fetch: no new dependency');
    expect(readFileSync(join(repo.dir, path), 'utf8')).toBe(handDecision);
    // Reports are read for a new session only: filling in says so, instead of dropping them silently.
    const withReports = await cli([
      'draft',
      '--task',
      TASK,
      '--stdout',
      '--decision',
      'x: y',
      '--tests',
      'r.xml',
      '--from',
      'HEAD~1',
    ]);
    expect(withReports.stderr).toContain(
      "--tests, --from not read: filling in this session's uncommitted draft",
    );

    const result = await cli([
      'draft',
      '--task',
      TASK,
      '--format',
      'json',
      '--note',
      'a works, b next',
      '--decision',
      'Used fetch: no new dependency',
      '--blocker',
      'None',
      '--next',
      'Write b',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ written: true, mode: 'fill', path, session: 1, complete: true });
    expect(report.notes.join('\n')).toContain(`Filled in ${path}`);
    // No second session, the same file completed: the hand-written decision kept, the answers added.
    expect(existsSync(join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session2.md`))).toBe(false);
    const filled = readFileSync(join(repo.dir, path), 'utf8');
    expect(filled).toContain('- Kept the client small: fewer moving parts');
    expect(filled).toContain('- Used fetch: no new dependency');
    expect(filled).toContain('- [ ] Write b');
    expect(filled).toContain('a works, b next');
    expect(filled.split('## Time and Progress')[0]).not.toContain('to fill in');
    expect(registry().bot).toMatchObject({ details_link: path, brief_note: 'a works, b next' });
    repo.commit(`${TASK}: handoff`);
    expect((await cli(['check'])).code).toBe(0);
  });

  it('a template committed as it was (a draft run without answers): the answers fill it in, no empty session beside it', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: start`, {});
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const template = await cli(['draft', '--task', TASK, '--format', 'json']);
    const path = `delegation/tasks/active/${TASK}-handoff-session1.md`;
    expect(JSON.parse(template.stdout)).toMatchObject({ mode: 'new', path, complete: false });
    repo.commit(`${TASK}: handoff`);
    expect((await cli(['check'])).code).toBe(1);

    const answered = await cli([
      'draft',
      '--task',
      TASK,
      '--format',
      'json',
      '--note',
      'a works',
      '--decision',
      'Used fetch: no new dependency',
      '--blocker',
      'None',
      '--next',
      'Write b',
      '--progress',
      '40',
    ]);
    expect(answered.code).toBe(0);
    const report = JSON.parse(answered.stdout);
    expect(report).toMatchObject({ written: true, mode: 'fill', path, session: 1, complete: true });
    expect(report.notes.join('\n')).toContain('committed with template text left');
    expect(existsSync(join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session2.md`))).toBe(false);
    repo.commit(`${TASK}: handoff filled in`);
    expect((await cli(['check'])).code).toBe(0);
    // Complete and committed, the next answers start the next session.
    repo.commit(`${TASK}: more work`, { 'src/b.js': 'b\n' });
    const next = await cli([
      'draft',
      '--task',
      TASK,
      '--format',
      'json',
      '--note',
      'b works',
      '--decision',
      'x: y',
      '--blocker',
      'None',
      '--next',
      'c',
    ]);
    expect(JSON.parse(next.stdout)).toMatchObject({ mode: 'new', session: 2 });
  });

  it("a first session starts at the first commit naming the task, not at that day's setup", async () => {
    // A repository of its own, every commit dated on DAY (the day `start` writes).
    repo.remove();
    repo = TempRepo.init();
    const at = (time: string) => ({ date: `${DAY}T${time}Z` });
    repo.commit('Initial commit', { 'package.json': '{}\n' }, at('08:00:00'));
    repo.commit('Add the linter config', { '.eslintrc.json': '{}\n' }, at('09:00:00'));
    // Setup may name another task: the note does not say these name none.
    repo.commit('TASK-2020-0001: last fix of the old task', { 'old.js': 'o\n' }, at('09:30:00'));
    // The start is committed with the first step (a start committed before it ends the setup there:
    // the next test).
    await cli(['start', '--task', TASK, '--agent', 'bot'], undefined, ON_DAY);
    const named = repo.commit(`${TASK}: first step`, { 'src/a.js': 'a\n' }, at('10:00:00'));
    repo.commit('Tidy up', { 'src/b.js': 'b\n' }, at('11:00:00'));
    const result = await cli(['draft', '--task', TASK, '--stdout'], undefined, ON_DAY);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `from ${named.slice(0, 7)}: 3 earlier commits of that day, before the first naming ${TASK}, are left out as setup`,
    );
    expect(result.stdout).not.toContain('last fix of the old task');
    expect(result.stdout).toContain('first step');
    expect(result.stdout).toContain('Tidy up');
    expect(result.stdout).not.toContain('Initial commit');
    expect(result.stdout).not.toContain('linter config');
    expect(result.stdout).not.toContain('.eslintrc.json');
  });

  it("the Stop hook leaves that day's setup out too: a just-started task is refused a stop for its missing handoff, not for the setup", async () => {
    repo.remove();
    repo = TempRepo.init();
    const at = (time: string) => ({ date: `${DAY}T${time}Z` });
    repo.commit('Set up handoff-guard', { '.handoffrc.json': '{}\n', 'src/app.js': 'a\n' }, at('08:00:00'));
    await cli(['start', '--task', TASK, '--agent', 'claude'], undefined, ON_DAY);
    repo.commit(`start ${TASK}`, {}, at('09:00:00'));
    const stop = () => claudeStop(ON_DAY);
    // No work of the task's yet; but its start is committed, so a push is refused while it has no handoff.
    const first = await stop();
    expect(first.decision).toBe('block');
    expect(first.reason).toContain(`${TASK}: no work to hand off yet, but its start is committed`);
    expect(first.reason).toContain('(missing)');
    // Work that names the task, after the start: now the stop is refused for it, as a draft counts it.
    repo.commit(`${TASK}: first step`, { 'src/b.js': 'b\n' }, at('10:00:00'));
    const refused = await stop();
    expect(refused.decision).toBe('block');
    expect(refused.reason).toContain(`${TASK} has 1 work commit`);
  });

  it("a start committed without the task's id still ends that day's setup: its registry has the task active", async () => {
    repo.remove();
    repo = TempRepo.init();
    const at = (time: string) => ({ date: `${DAY}T${time}Z` });
    repo.commit('Initial commit', { 'package.json': '{}\n' }, at('07:00:00'));
    expect((await cli(['init', '--no-hook', '--no-merge-driver'])).code).toBe(0);
    expect((await cli(['setup', 'claude', '--agent', 'claude'])).code).toBe(0);
    repo.commit('Set up handoff-guard', {}, at('08:00:00'));
    await cli(['start', '--task', TASK, '--agent', 'claude'], undefined, ON_DAY);
    // The start, committed as an agent may word it: no task id, the registry and a file of setup.
    const started = repo.commit('Start work', { 'docs/plan.md': 'plan\n' }, at('09:00:00'));
    const stop = () => claudeStop(ON_DAY);
    // The commit that started the task is its first: the setup before it is no work of the task's.
    const refused = await stop();
    expect(refused.decision).toBe('block');
    expect(refused.reason).toContain(`${TASK} has 1 work commit no handoff covers`);
    const draft = await cli(['draft', '--task', TASK, '--stdout'], undefined, ON_DAY);
    expect(draft.code).toBe(0);
    expect(draft.stderr).toContain(
      `from ${started.slice(0, 7)}: 2 earlier commits of that day, before the registry first had ${TASK} active, are left out as setup`,
    );
    expect(draft.stdout).toContain('Start work');
    expect(draft.stdout).not.toContain('Set up handoff-guard');
    expect(draft.stdout).not.toContain('.claude/settings.json');
  });

  it('a start never committed leaves every commit of the day to the task: none has it active, none is cut', async () => {
    repo.remove();
    repo = TempRepo.init();
    const at = (time: string) => ({ date: `${DAY}T${time}Z` });
    expect((await cli(['init', '--no-hook', '--no-merge-driver'])).code).toBe(0);
    repo.commit('Set up handoff-guard', {}, at('08:00:00'));
    await cli(['start', '--task', TASK, '--agent', 'claude'], undefined, ON_DAY);
    // The agent commits its work file by file; the registry's start stays in the working tree.
    const workOnly = (message: string, path: string, time: string) => {
      const { date } = at(time);
      repo.write(path, `${message}\n`);
      repo.git('add', '--', path);
      repo.gitWithEnv({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, 'commit', '-q', '-m', message);
    };
    workOnly('Add a', 'src/a.js', '09:00:00');
    workOnly('Add b', 'src/b.js', '10:00:00');
    expect(repo.git('status', '--porcelain')).toContain('agent-handoffs.json');
    const draft = await cli(['draft', '--task', TASK, '--stdout'], undefined, ON_DAY);
    expect(draft.code).toBe(0);
    expect(draft.stderr).not.toContain('left out as setup');
    expect(draft.stdout).toContain('Add a');
    expect(draft.stdout).toContain('Add b');
  });

  it("a first session on a branch started from another task's pushed branch leaves that branch's commits out", async () => {
    repo.remove();
    repo = TempRepo.init();
    const remote = TempRepo.init({ bare: true });
    try {
      const at = (time: string) => ({ date: `${DAY}T${time}Z` });
      repo.commit('Initial commit', { 'package.json': '{}\n' }, at('07:00:00'));
      repo.git('remote', 'add', 'origin', remote.dir);
      repo.git('push', '-q', '-u', 'origin', 'main');
      repo.git('checkout', '-q', '-b', 'feature/TASK-2025-0001');
      repo.commit('Add a', { 'src/a.js': 'a\n' }, at('08:00:00'));
      repo.git('push', '-q', '-u', 'origin', 'feature/TASK-2025-0001');
      repo.git('checkout', '-q', '-b', `feature/${TASK}`);
      await cli(['start', '--task', TASK, '--agent', 'bot'], undefined, ON_DAY);
      repo.commit('Add b', { 'src/b.js': 'b\n' }, at('09:00:00'));
      // This branch pushed too: its own commits stay in.
      repo.git('push', '-q', '-u', 'origin', `feature/${TASK}`);
      const result = await cli(['draft', '--task', TASK, '--stdout'], undefined, ON_DAY);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Add b');
      expect(result.stdout).toContain('src/b.js');
      expect(result.stdout).not.toContain('Add a');
      expect(result.stdout).not.toContain('src/a.js');
      expect(result.stderr).toContain('nor on another remote branch');
      // The Stop hook counts the same commits: Add b only.
      const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'bot'], {
        cwd: repo.dir,
        now: ON_DAY,
        stdin: JSON.stringify({
          hook_event_name: 'Stop',
          session_id: 's',
          cwd: repo.dir,
          stop_hook_active: false,
        }),
      });
      expect(JSON.parse(stop.stdout).reason).toContain(`${TASK} has 1 work commit`);
    } finally {
      remote.remove();
    }
  });

  it('a first session whose commits never name the task keeps all from the one its start was committed in', async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    // The registry's start goes with the work (`git add -A`): the commit before it was no work of the task.
    const first = repo.commit('Add a', { 'src/a.js': 'a\n' });
    repo.commit('Add b', { 'src/b.js': 'b\n' });
    const result = await cli(['draft', '--task', TASK, '--stdout']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `from ${first.slice(0, 7)}: 1 earlier commit of that day, before the registry first had ${TASK} active, is left out as setup`,
    );
    expect(result.stdout).toContain('Add a');
    expect(result.stdout).toContain('Add b');
    expect(result.stdout).not.toContain('Initial commit');
  });

  it('an uncommitted handoff with no template text left is still refused: commit it first', async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const first = await cli([
      'draft',
      '--task',
      TASK,
      '--note',
      'n',
      '--decision',
      'd: r',
      '--blocker',
      'None',
      '--next',
      'x',
      '--progress',
      '50',
      '--remaining',
      '2h',
    ]);
    expect(first.code).toBe(0);
    const written = readFileSync(join(repo.dir, registry().bot.details_link), 'utf8');
    expect(written).not.toContain('(to fill in');
    const again = await cli(['draft', '--task', TASK, '--note', 'm', '--format', 'json']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('[draft/previous-uncommitted]');
  });

  it("an uncommitted draft whose only template text left is a Time and Progress field is this session's to fill: progress and remaining go in place", async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const first = await cli(['draft', '--task', TASK, ...ANSWERS.slice(0, 8), '--format', 'json']);
    expect(JSON.parse(first.stdout)).toMatchObject({ mode: 'new', complete: true });
    const path = registry().bot.details_link as string;
    expect(readFileSync(join(repo.dir, path), 'utf8')).toMatch(/\*\*Progress:?\*\*:? _?\(to fill in/);
    // The preview answers as the command does.
    const preview = await cli(['draft', '--task', TASK, '--progress', '50', '--remaining', '1h', '--stdout']);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('50% complete');
    expect(readFileSync(join(repo.dir, path), 'utf8')).toContain('(to fill in');
    const filled = await cli([
      'draft',
      '--task',
      TASK,
      '--progress',
      '50',
      '--remaining',
      '1h',
      '--format',
      'json',
    ]);
    expect(filled.code).toBe(0);
    expect(JSON.parse(filled.stdout)).toMatchObject({ mode: 'fill', path, session: 1 });
    const text = readFileSync(join(repo.dir, path), 'utf8');
    expect(text).toContain('50% complete');
    expect(text).toContain('1h');
    expect(text).not.toContain('(to fill in');
    // Nothing left to fill: a further draft waits for the commit.
    const again = await cli(['draft', '--task', TASK, '--note', 'm']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('[draft/previous-uncommitted]');
  });

  it('bad input JSON is exit 2 with file:line and nothing written', async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    const before = readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8');
    const result = await cli(['draft', '--task', TASK, '--input', '-'], '{\n  "progress": "most"\n}');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\(stdin\):2:\d+: "progress" must be a number \[schema\/type\]/);
    // An unknown key, at its own place in the JSON, in the words `validate` uses for config keys.
    const unknown = await cli(
      ['draft', '--task', TASK, '--input', '-', '--format', 'json'],
      '{\n  "note": "ok",\n  "nextSteps": ["a"]\n}',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      '(stdin):3:3: unknown input key "nextSteps" (did you mean next?) (known: decisions, blockers, resolved, next, progress, remaining, timeSpent, note) [draft/unknown-key]',
    );
    expect(JSON.parse(unknown.stdout).error).toMatchObject({
      rule: 'draft/unknown-key',
      file: '(stdin)',
      line: 3,
      column: 3,
    });
    expect(existsSync(join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session1.md`))).toBe(false);
    expect(readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8')).toBe(before);
  });

  it('a value of --input JSON refused after the schema is named at its line:column, and nothing is written', async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const before = readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8');
    const refused = async (args: string[], stdin?: string) => {
      const result = await cli(['draft', '--task', TASK, '--input', ...args], stdin);
      expect(result.code).toBe(2);
      expect(existsSync(join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session1.md`))).toBe(false);
      expect(readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8')).toBe(before);
      return result.stderr.trim();
    };
    // A note of spaces passes the schema's minLength; the draft refuses it, at the note's value.
    repo.write('answers.json', '{\n  "next": ["n"],\n  "note": "   "\n}\n');
    expect(await refused(['answers.json'])).toBe(
      'handoff: answers.json:3:11: the note (--note) is empty: say in a line where the work stands, or leave --note out [schema/minLength]',
    );
    // Template text as a section's only answer, at its item (the blank one before it is left out).
    const template = await cli(
      ['draft', '--task', TASK, '--input', '-', '--format', 'json'],
      '{\n  "note": "ok",\n  "next": [\n    "  ",\n    "TBD"\n  ]\n}',
    );
    expect(template.code).toBe(2);
    expect(JSON.parse(template.stdout).error).toEqual({
      kind: 'input',
      message:
        'the next (--next) "TBD" reads as template text, which the check counts as empty: say what it is',
      rule: 'draft/template-answer',
      file: '(stdin)',
      line: 5,
      column: 5,
    });
    // A resolved item that matches nothing open, found once the draft is composed.
    expect(await refused(['-'], '{\n  "note": "ok",\n  "resolved": ["the login bug"]\n}')).toBe(
      'handoff: (stdin):3:16: --resolved "the login bug" matches no open blocker or next step (nothing is open) [draft/resolved-unknown]',
    );
    // What a flag gave is the flag's, not the file's: a --note wins over the JSON's blank one.
    expect(await refused(['answers.json', '--blocker', 'TBD', '--note', 'ok'])).toBe(
      'handoff: the blocker (--blocker) "TBD" reads as template text, which the check counts as empty: say what it is (or None) [draft/template-answer]',
    );
  });

  it('start, block, done and idle print JSON and refuse what validate refuses', async () => {
    const started = JSON.parse(
      (await cli(['start', '--task', TASK, '--agent', 'bot', '--format', 'json'])).stdout,
    );
    expect(started).toMatchObject({ agent: 'bot', status: 'in_progress', task: TASK, previous: null });
    expect(JSON.parse((await cli(['block', '--format', 'json'])).stdout)).toMatchObject({
      status: 'blocked',
    });
    expect(JSON.parse((await cli(['done', '--agent', 'bot', '--format', 'json'])).stdout)).toMatchObject({
      status: 'complete',
      task: TASK,
    });
    expect(JSON.parse((await cli(['idle', '--agent', 'bot', '--format', 'json'])).stdout)).toMatchObject({
      status: 'idle',
      task: null,
    });
    const bad = await cli(['start', '--task', 'not a task', '--agent', 'bot']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('[registry/task-id]');
    // The value given is wrong, not the registry: the error names no file.
    const badJson = await cli(['start', '--task', 'not a task', '--agent', 'bot', '--format', 'json']);
    const error = JSON.parse(badJson.stdout).error;
    expect(error.rule).toBe('registry/task-id');
    expect(error.file).toBeUndefined();
    expect((await cli(['validate'])).code).toBe(0);
  });

  it('start refuses a task id whose handoff could not be written, or that holds a /, naming why', async () => {
    const long = await cli(['start', '--task', `TASK-2025-0078-${'A'.repeat(300)}`, '--agent', 'bot']);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('[config/handoff-path]');
    repo.write('.handoffrc.json', '{ "taskIdPattern": ".+" }\n');
    const slash = await cli(['start', '--task', 'sub/dir-1', '--agent', 'bot']);
    expect(slash.code).toBe(2);
    expect(slash.stderr).toContain('cannot be part of a file name');
    expect(existsSync(join(repo.dir, '.agent-context/agent-handoffs.json'))).toBe(false);
  });

  it('the commands it prints quote odd task ids and agent names for the shell, and a shared task names its agent', async () => {
    repo.write('.handoffrc.json', '{ "taskIdPattern": "[A-Z][^/]*-\\\\d+" }\n');
    const odd = 'T;echo INJECTED $(id)-1';
    const started = await cli(['start', '--task', odd, '--agent', "bøb o'neil"]);
    expect(started.code).toBe(0);
    expect(started.stdout).toContain(`draft --task 'T;echo INJECTED $(id)-1' --agent 'bøb o'\\''neil'`);
    expect((await cli(['start', '--task', odd, '--agent', 'eve'])).code).toBe(0);
    repo.commit('work', { 'src/a.js': 'a\n' });
    const base = repo.git('rev-list', '--max-parents=0', 'HEAD');
    const checked = await cli(['check', '--base', base, '--format', 'json']);
    const fixes = (JSON.parse(checked.stdout).verdicts as { problems: { fix: string }[] }[]).flatMap((v) =>
      v.problems.map((p) => p.fix),
    );
    expect(fixes).toContain(`handoff draft --task 'T;echo INJECTED $(id)-1' --agent 'bøb o'\\''neil'`);
    expect(fixes).toContain(`handoff draft --task 'T;echo INJECTED $(id)-1' --agent eve`);
  });

  it('a draft never fills in nor continues from another agent’s uncommitted draft of the same task: it numbers past it, and names it', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    expect((await cli(['start', '--task', TASK, '--agent', 'bob'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const first = await cli(['draft', '--task', TASK, '--agent', 'ann', '--note', 'a', '--no-interactive']);
    expect(first.code).toBe(0);
    const anns = join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session1.md`);
    const before = readFileSync(anns, 'utf8');
    // An agent that starts after it is linked there by start (the task's latest session): no
    // different, while it is not committed.
    expect((await cli(['start', '--task', TASK, '--agent', 'cy'])).code).toBe(0);
    expect(registry().cy.details_link).toBe(`delegation/tasks/active/${TASK}-handoff-session1.md`);
    // Its Stop hook says what that link is (it said "no handoff is linked"), and the fix is its own draft.
    const stop = JSON.parse(
      (
        await cli(
          ['hook', 'stop', '--tool', 'claude', '--agent', 'cy'],
          JSON.stringify({
            hook_event_name: 'Stop',
            session_id: 's',
            cwd: repo.dir,
            stop_hook_active: false,
          }),
        )
      ).stdout,
    ) as { decision: string; reason: string };
    expect(stop.decision).toBe('block');
    expect(stop.reason).not.toContain('no handoff is linked');
    expect(stop.reason).toContain(
      `and the handoff linked, delegation/tasks/active/${TASK}-handoff-session1.md, is ann’s draft, not committed yet: not cy’s own, so cy needs a handoff of its own (its draft numbers past that one). Write it before ending the session.`,
    );
    expect(stop.reason).toContain(`Run: ${draftCommand('handoff', TASK, 'cy')}`);
    for (const [agent, session] of [
      ['bob', 2],
      ['cy', 3],
    ] as const) {
      const drafted = await cli(['draft', '--task', TASK, '--agent', agent, ...ANSWERS, '--format', 'json']);
      expect(drafted.code).toBe(0);
      const answer = JSON.parse(drafted.stdout);
      expect(answer).toMatchObject({ path: `delegation/tasks/active/${TASK}-handoff-session${session}.md` });
      // Nothing of ann's draft is carried over; the warning names it.
      const newer = answer.warnings.find((w: { rule: string }) => w.rule === 'draft/newer-sessions');
      expect(newer.file).toContain(`${TASK}-handoff-session1.md`);
      // Said plainly: ann's draft is not committed, which is why no draft continues from it.
      expect(newer.message).toContain(
        `of ${TASK}, not committed yet (no draft continues from another agent’s uncommitted draft), and`,
      );
      expect(newer.message).toContain(
        'this draft carries none: it has no earlier session to carry them from',
      );
      expect(registry()[agent].details_link).toBe(answer.path);
    }
    expect(readFileSync(anns, 'utf8')).toBe(before);
    expect(registry().ann.details_link).toBe(`delegation/tasks/active/${TASK}-handoff-session1.md`);
  });

  it("an agent joining a shared task owes a handoff for its own work, not for the work the other's handoff covers", async () => {
    const stop = async (agent: string) =>
      JSON.parse(
        (
          await cli(
            ['hook', 'stop', '--tool', 'claude', '--agent', agent],
            JSON.stringify({
              hook_event_name: 'Stop',
              session_id: 's',
              cwd: repo.dir,
              stop_hook_active: false,
            }),
          )
        ).stdout,
      ) as { decision?: string; reason?: string };
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    repo.commit(`${TASK}: parser`, { 'src/a.js': 'a\n' });
    expect(
      (await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS, '--no-interactive'])).code,
    ).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: ann's handoff`);

    const session1 = `delegation/tasks/active/${TASK}-handoff-session1.md`;
    const joined = JSON.parse(
      (await cli(['start', '--task', TASK, '--agent', 'bob', '--format', 'json'])).stdout,
    );
    // Bob continues from the task's latest session, Ann's: linked, so the check judges it (Bob has no
    // handoff of his own yet, and owes none for work hers covers), as his brief shows it.
    expect(joined.continues).toBe(session1);
    // No first session to tell setup from: the note says his continue hers.
    expect(joined.note).toBe(
      `commit .agent-context/agent-handoffs.json with your first work: your sessions continue ${session1}, and the work after it is yours to hand off.`,
    );
    expect(registry().bob.details_link).toBe(session1);
    expect(registry().ann.details_link).toBe(session1);
    const brief = JSON.parse((await cli(['resume', '--agent', 'bob', '--format', 'json'])).stdout);
    expect(brief.tasks[0].handoff.path).toBe(session1);
    expect(JSON.stringify(brief.tasks[0])).toContain('"n"');
    const all = JSON.parse((await cli(['resume', '--format', 'json'])).stdout);
    const bobs = (all.tasks as { agent: string; handoff?: { path?: string } }[]).find(
      (t) => t.agent === 'bob',
    );
    expect(bobs?.handoff?.path).toBe(session1);
    const pushed = JSON.parse(
      (await cli(['check', '--base', repo.git('rev-list', '--max-parents=0', 'HEAD'), '--format', 'json']))
        .stdout,
    );
    expect(pushed.stale).toBe(false);
    // Ann's commit is covered by her handoff: nothing of Bob's yet.
    expect(await stop('bob')).toEqual({});
    repo.commit(`${TASK}: lexer`, { 'src/b.js': 'b\n' });
    const refused = await stop('bob');
    expect(refused.decision).toBe('block');
    expect(refused.reason).toContain(
      `${TASK} has 1 work commit after the handoff that ${session1} does not cover`,
    );
    // Ann's handoff is behind Bob's commit: the verdict says how an agent that has left the task
    // stops holding the push.
    const base = repo.git('rev-list', '--max-parents=0', 'HEAD');
    const checked = JSON.parse((await cli(['check', '--base', base, '--format', 'json'])).stdout);
    const anns = (
      checked.verdicts as { agent: string; problems: { reason: string; detail: string }[] }[]
    ).find((v) => v.agent === 'ann');
    expect(anns?.problems.find((p) => p.reason === 'behind')?.detail).toContain(
      'if ann has left it, `handoff idle --agent ann` instead.',
    );
  });

  it("a draft that passes over another agent's newer session of the task says its open items are not carried over", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    expect((await cli(['start', '--task', TASK, '--agent', 'bob'])).code).toBe(0);
    repo.commit(`${TASK}: parser`, { 'src/a.js': 'a\n' });
    expect(
      (await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS, '--no-interactive'])).code,
    ).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: ann's handoff`);
    repo.commit(`${TASK}: lexer`, { 'src/b.js': 'b\n' });
    const bobs = await cli([
      'draft',
      '--task',
      TASK,
      '--agent',
      'bob',
      ...ANSWERS,
      '--progress',
      '70',
      '--no-interactive',
    ]);
    expect(bobs.code).toBe(0);
    // Bob continued from Ann's session 1, the task's latest: nothing passed over.
    expect(bobs.stderr).not.toContain('draft/newer-sessions');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: bob's handoff`);
    repo.commit(`${TASK}: printer`, { 'src/c.js': 'c\n' });
    const anns = await cli([
      'draft',
      '--task',
      TASK,
      '--agent',
      'ann',
      ...ANSWERS,
      '--progress',
      '80',
      '--no-interactive',
      '--format',
      'json',
    ]);
    expect(anns.code).toBe(0);
    const written = JSON.parse(anns.stdout);
    expect(written.path).toBe(`delegation/tasks/active/${TASK}-handoff-session3.md`);
    // The task's progress stood where Bob's session 2 put it: the delta is against that one.
    expect(readFileSync(join(repo.dir, written.path), 'utf8')).toContain(
      '**Progress:** 80% complete (+10 points since session 2)',
    );
    expect(written.warnings).toContainEqual({
      file: `delegation/tasks/active/${TASK}-handoff-session2.md`,
      message: `is another agent’s newer session of ${TASK}, and its open next steps and blockers are not carried over (this draft carries those of delegation/tasks/active/${TASK}-handoff-session1.md); read it (\`handoff resume --task ${TASK}\`) and pass what still holds with --next and --blocker`,
      rule: 'draft/newer-sessions',
    });
  });

  it('a draft that passes over committed and uncommitted sessions of another agent names those not committed', async () => {
    const at = (n: number) => `delegation/tasks/active/${TASK}-handoff-session${n}.md`;
    const draft = (agent: string) =>
      cli(['draft', '--task', TASK, '--agent', agent, ...ANSWERS, '--no-interactive', '--format', 'json']);
    expect((await cli(['start', '--task', TASK, '--agent', 'bob'])).code).toBe(0);
    repo.commit(`${TASK}: parser`, { 'src/a.js': 'a\n' });
    expect((await draft('bob')).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: bob's handoff`);
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    repo.commit(`${TASK}: lexer`, { 'src/b.js': 'b\n' });
    expect((await draft('ann')).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: ann's handoff`);
    repo.commit(`${TASK}: printer`, { 'src/c.js': 'c\n' });
    // Ann's session 3, not committed; her session 2 is.
    expect(JSON.parse((await draft('ann')).stdout).path).toBe(at(3));
    const bobs = JSON.parse((await draft('bob')).stdout);
    expect(bobs.path).toBe(at(4));
    expect(bobs.warnings).toContainEqual({
      file: `${at(2)}, ${at(3)}`,
      message: `are other agents’ newer sessions of ${TASK} (${at(3)} not committed yet: no draft continues from another agent’s uncommitted draft), and their open next steps and blockers are not carried over (this draft carries those of ${at(1)}); read them (\`handoff resume --task ${TASK}\`) and pass what still holds with --next and --blocker`,
      rule: 'draft/newer-sessions',
    });
  });

  it("leaving blocked without a new note drops the block's note; a new note replaces it", async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot', '--note', 'wiring the client']);
    await cli(['block', '--agent', 'bot', '--note', 'waiting for the API key']);
    expect(registry().bot).toMatchObject({ status: 'blocked', brief_note: 'waiting for the API key' });
    // Blocked again with nothing new: said so; the commit still to make is named while the registry
    // is not committed (the first command's lost), nothing once it is.
    const again = await cli(['block', '--agent', 'bot']);
    expect(again.stdout).toContain(
      `bot: blocked, ${TASK}, as .agent-context/agent-handoffs.json already says: nothing changed.`,
    );
    expect(again.stdout).toMatch(/Next: git add -- \.agent-context\/agent-handoffs\.json && git commit/);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'blocked');
    expect((await cli(['block', '--agent', 'bot'])).stdout).not.toContain('Next:');
    expect(registry().bot.brief_note).toBe('waiting for the API key');
    await cli(['done', '--agent', 'bot']);
    expect(registry().bot.status).toBe('complete');
    expect(registry().bot.brief_note).toBeUndefined();

    await cli(['start', '--task', TASK, '--agent', 'bot', '--note', 'again']);
    await cli(['block', '--agent', 'bot', '--note', 'waiting for review']);
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    expect(registry().bot).toMatchObject({ status: 'in_progress', current_task: TASK });
    expect(registry().bot.brief_note).toBeUndefined();
    await cli(['block', '--agent', 'bot', '--note', 'waiting for CI']);
    await cli(['done', '--agent', 'bot', '--note', 'shipped']);
    expect(registry().bot.brief_note).toBe('shipped');
    // Not blocked before: done keeps the note it had.
    await cli(['start', '--task', TASK, '--agent', 'bot', '--note', 'last bit']);
    await cli(['done', '--agent', 'bot']);
    expect(registry().bot.brief_note).toBe('last bit');
  });

  it("done moves the task's handoffs to doneHandoffDir and relinks details_link", async () => {
    repo.write('.handoffrc.json', JSON.stringify({ doneHandoffDir: 'delegation/tasks/completed' }));
    expect((await cli(['start', '--task', TASK, '--agent', 'a'])).code).toBe(0);
    repo.write(`delegation/tasks/active/${TASK}-handoff-session1.md`, '# s1\n');
    repo.write(`delegation/tasks/active/${TASK}-handoff-session2.md`, '# s2\n');
    repo.write('delegation/tasks/active/TASK-2025-0099-handoff-session1.md', '# other task\n');
    const entry = registry().a;
    entry.details_link = `delegation/tasks/active/${TASK}-handoff-session2.md`;
    repo.write('.agent-context/agent-handoffs.json', `${JSON.stringify({ a: entry }, null, 2)}\n`);

    const done = await cli(['done', '--agent', 'a', '--format', 'json']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout).moved.map((m: { to: string }) => m.to)).toEqual([
      `delegation/tasks/completed/${TASK}-handoff-session1.md`,
      `delegation/tasks/completed/${TASK}-handoff-session2.md`,
    ]);
    expect(registry().a).toMatchObject({
      status: 'complete',
      details_link: `delegation/tasks/completed/${TASK}-handoff-session2.md`,
    });
    expect(existsSync(join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session1.md`))).toBe(false);
    // Another task's handoff stays.
    expect(existsSync(join(repo.dir, 'delegation/tasks/active/TASK-2025-0099-handoff-session1.md'))).toBe(
      true,
    );
    expect(existsSync(join(repo.dir, registry().a.details_link))).toBe(true);
  });

  it('done right after the last draft, not committed yet, names that handoff in its commit: no clone links a file it lacks', async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'start');
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, ...ANSWERS, '--progress', '100'])).code).toBe(0);
    const path = registry().bot.details_link as string;
    const done = JSON.parse((await cli(['done', '--agent', 'bot', '--format', 'json'])).stdout);
    expect(done.next).toEqual([
      `git add -- .agent-context/agent-handoffs.json ${path} && git commit -m '${TASK}: bot done' -- .agent-context/agent-handoffs.json ${path}`,
    ]);
    // Run as printed: nothing is left behind, and the registry's link is to a committed file.
    expect(spawnSync('sh', ['-c', done.next[0]], { cwd: repo.dir, env: gitEnv() }).status).toBe(0);
    expect(repo.git('status', '--porcelain').trim()).toBe('');
    expect(repo.git('ls-files', '--', path)).toBe(path);
  });

  it('block, done and idle name the commit of what they changed, which leaves nothing behind', async () => {
    repo.write('.handoffrc.json', JSON.stringify({ doneHandoffDir: 'delegation/tasks/completed' }));
    expect((await cli(['start', '--task', TASK, '--agent', 'a'])).code).toBe(0);
    repo.write(`delegation/tasks/active/${TASK}-handoff-session1.md`, '# s1\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'setup');
    // A second session never committed: moved, it leaves nothing to record where it was.
    repo.write(`delegation/tasks/active/${TASK}-handoff-session2.md`, '# s2\n');
    const run = (command: string) => execFileSync('sh', ['-c', command], { cwd: repo.dir, env: gitEnv() });
    const clean = () => repo.git('status', '--porcelain');

    const block = await cli(['block', '--agent', 'a', '--note', 'waiting for keys']);
    expect(block.stdout).toContain(
      `Next: git add -- .agent-context/agent-handoffs.json && git commit -m '${TASK}: a blocked' -- .agent-context/agent-handoffs.json`,
    );
    run((block.stdout.match(/^Next: (.*)$/m) as RegExpMatchArray)[1] as string);
    expect(repo.git('log', '-1', '--format=%s')).toBe(`${TASK}: a blocked`);
    // Blocked again with the same note, the registry is as committed: no commit to name.
    const again = await cli(['block', '--agent', 'a', '--note', 'waiting for keys', '--format', 'json']);
    expect(JSON.parse(again.stdout).next).toEqual([]);
    expect(repo.git('status', '--porcelain', '--', '.agent-context')).toBe('');

    const done = await cli(['done', '--agent', 'a', '--format', 'json']);
    const [commit] = JSON.parse(done.stdout).next as string[];
    expect(commit).toBe(
      `git add -- .agent-context/agent-handoffs.json delegation/tasks/active/${TASK}-handoff-session1.md delegation/tasks/completed/${TASK}-handoff-session1.md delegation/tasks/completed/${TASK}-handoff-session2.md && git commit -m '${TASK}: a done' -- .agent-context/agent-handoffs.json delegation/tasks/active/${TASK}-handoff-session1.md delegation/tasks/completed/${TASK}-handoff-session1.md delegation/tasks/completed/${TASK}-handoff-session2.md`,
    );
    run(commit as string);
    expect(clean()).toBe('');
    expect(repo.git('show', '--name-status', '--format=', 'HEAD').split('\n').sort()).toEqual(
      [
        'M\t.agent-context/agent-handoffs.json',
        `R100\tdelegation/tasks/active/${TASK}-handoff-session1.md\tdelegation/tasks/completed/${TASK}-handoff-session1.md`,
        `A\tdelegation/tasks/completed/${TASK}-handoff-session2.md`,
      ].sort(),
    );

    // From a subfolder the paths are the subfolder's view of them.
    expect((await cli(['start', '--task', TASK, '--agent', 'b'])).code).toBe(0);
    repo.write('src/.keep', '');
    const idle = await runCli(['idle', '--agent', 'b', '--format', 'json'], {
      cwd: join(repo.dir, 'src'),
      now: NOW,
    });
    expect(JSON.parse(idle.stdout).next).toEqual([
      `git add -- ../.agent-context/agent-handoffs.json && git commit -m '${TASK}: b idle' -- ../.agent-context/agent-handoffs.json`,
    ]);
  });

  it('done moves nothing onto a symlink already at the destination, dangling or not', async () => {
    repo.write('.handoffrc.json', JSON.stringify({ doneHandoffDir: 'delegation/tasks/completed' }));
    expect((await cli(['start', '--task', TASK, '--agent', 'a'])).code).toBe(0);
    repo.write(`delegation/tasks/active/${TASK}-handoff-session1.md`, '# s1\n');
    const entry = registry().a;
    entry.details_link = `delegation/tasks/active/${TASK}-handoff-session1.md`;
    repo.write('.agent-context/agent-handoffs.json', `${JSON.stringify({ a: entry }, null, 2)}\n`);
    mkdirSync(join(repo.dir, 'delegation/tasks/completed'), { recursive: true });
    symlinkSync(
      '/nonexistent/elsewhere.md',
      join(repo.dir, `delegation/tasks/completed/${TASK}-handoff-session1.md`),
    );
    const done = await cli(['done', '--agent', 'a']);
    expect(done.code).toBe(2);
    expect(done.stderr).toContain('[done/exists]');
    expect(existsSync(join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session1.md`))).toBe(true);
    expect(
      lstatSync(join(repo.dir, `delegation/tasks/completed/${TASK}-handoff-session1.md`)).isSymbolicLink(),
    ).toBe(true);
  });

  it('done puts the moved handoffs back when the registry cannot be written, and leaves the registry as it was', async () => {
    repo.write('.handoffrc.json', JSON.stringify({ doneHandoffDir: 'delegation/tasks/completed' }));
    expect((await cli(['start', '--task', TASK, '--agent', 'a'])).code).toBe(0);
    const active = (n: number) => `delegation/tasks/active/${TASK}-handoff-session${n}.md`;
    repo.write(active(1), '# s1\n');
    repo.write(active(2), '# s2\n');
    const entry = registry().a;
    entry.details_link = active(2);
    repo.write('.agent-context/agent-handoffs.json', `${JSON.stringify({ a: entry }, null, 2)}\n`);
    const before = readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8');
    // The registry is written through a temporary file in the git dir's handoff-guard/tmp: a file
    // standing where that folder goes fails the write after both handoffs have moved.
    rmSync(join(repo.dir, '.git/handoff-guard/tmp'), { recursive: true, force: true });
    repo.write('.git/handoff-guard/tmp', 'not a folder\n');

    const done = await cli(['done', '--agent', 'a', '--format', 'json']);
    expect(done.code).not.toBe(0);
    expect(JSON.parse(done.stdout.trim().split('\n').at(-1) as string)).toMatchObject({
      error: expect.objectContaining({ message: expect.any(String) }),
    });
    for (const n of [1, 2]) {
      expect(existsSync(join(repo.dir, active(n)))).toBe(true);
      expect(existsSync(join(repo.dir, `delegation/tasks/completed/${TASK}-handoff-session${n}.md`))).toBe(
        false,
      );
    }
    expect(readFileSync(join(repo.dir, active(1)), 'utf8')).toBe('# s1\n');
    expect(readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8')).toBe(before);
    expect(existsSync(join(repo.dir, '.agent-context/agent-handoffs.json.lock'))).toBe(false);

    // With the way clear, the same command moves both and relinks. These calls share one process, as
    // `handoff mcp`'s do: the folder the failed write could not make is made now, not taken as made.
    rmSync(join(repo.dir, '.git/handoff-guard/tmp'));
    const again = await cli(['done', '--agent', 'a']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(registry().a.details_link).toBe(`delegation/tasks/completed/${TASK}-handoff-session2.md`);
  });

  it('done with doneHandoffDir moves nothing while another agent is on the task; the last one moves all and every link follows', async () => {
    repo.write('.handoffrc.json', JSON.stringify({ doneHandoffDir: 'delegation/tasks/completed' }));
    // The stub handoffs are incomplete: only the links are judged here.
    const linkProblems = async () => {
      const { stdout, stderr } = await cli(['validate']);
      return `${stdout}${stderr}`.split('\n').filter((line) => line.includes('[link/'));
    };
    const active = (n: number) => `delegation/tasks/active/${TASK}-handoff-session${n}.md`;
    const completed = (n: number) => `delegation/tasks/completed/${TASK}-handoff-session${n}.md`;
    repo.write(active(1), '# s1\n');
    repo.write(active(2), '# s2\n');
    repo.write(
      '.agent-context/agent-handoffs.json',
      `${JSON.stringify(
        {
          ann: { status: 'in_progress', current_task: TASK, details_link: active(1) },
          ben: { status: 'in_progress', current_task: TASK, details_link: active(2) },
        },
        null,
        2,
      )}\n`,
    );
    const first = await cli(['done', '--agent', 'ann', '--format', 'json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ status: 'complete', keptFor: ['ben'] });
    expect(JSON.parse(first.stdout).moved).toBeUndefined();
    expect(registry().ben.details_link).toBe(active(2));
    expect(existsSync(join(repo.dir, active(2)))).toBe(true);
    expect(await linkProblems()).toEqual([]);

    const last = await cli(['done', '--agent', 'ben']);
    expect(last.stdout).toContain(`moved ${active(2)} -> ${completed(2)}`);
    // ann finished first, and her link follows her handoff too.
    expect(registry().ann.details_link).toBe(completed(1));
    expect(registry().ben.details_link).toBe(completed(2));
    expect(await linkProblems()).toEqual([]);
  });

  it('two agents on one task: a session the other agent committed and no longer links is passed over', async () => {
    const draftAs = async (agent: string) => {
      repo.commit(`${TASK}: work for ${agent}`, {
        [`src/${agent}-${Date.now()}-${Math.random()}.js`]: 'w\n',
      });
      const drafted = await cli(['draft', '--task', TASK, '--agent', agent, ...ANSWERS, '--format', 'json']);
      expect(drafted.code).toBe(0);
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', `${TASK}: ${agent}'s handoff`);
      return JSON.parse(drafted.stdout).path as string;
    };
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    expect((await cli(['start', '--task', TASK, '--agent', 'ben'])).code).toBe(0);
    repo.commit(`${TASK}: start`, {});
    const session = (n: number) => `delegation/tasks/active/${TASK}-handoff-session${n}.md`;
    expect(await draftAs('ann')).toBe(session(1));
    expect(await draftAs('ben')).toBe(session(2));
    expect(await draftAs('ann')).toBe(session(3));
    // ann moves on to 4: her session 3 is committed and linked by nobody now.
    expect(await draftAs('ann')).toBe(session(4));
    expect(await draftAs('ben')).toBe(session(5));
    expect(registry().ann.details_link).toBe(session(4));
    expect(registry().ben.details_link).toBe(session(5));
  });

  it('a session with no commits: Time Spent is stated with --time-spent, or the draft warns it is left to fill in', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    // A session of reading and planning: nothing committed since the handoff.
    const unstated = JSON.parse(
      (await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS, '--stdout', '--format', 'json']))
        .stdout,
    );
    expect(unstated.commits).toBe(0);
    expect(unstated.warnings).toEqual([
      expect.objectContaining({ rule: 'draft/time-spent', message: expect.stringContaining('--time-spent') }),
    ]);
    const stated = await cli([
      'draft',
      '--task',
      TASK,
      '--agent',
      'ann',
      ...ANSWERS,
      '--time-spent',
      '45m',
      '--format',
      'json',
    ]);
    expect(JSON.parse(stated.stdout)).toMatchObject({ written: true, session: 2, warnings: [] });
    const written = readFileSync(join(repo.dir, registry().ann.details_link as string), 'utf8');
    expect(written).toContain('**Time Spent:** 0.75 hours this session (stated)');
    expect(written).toMatch(
      /\*\*Task Total:\*\* [\d.]+ hours in 2 sessions \(sum of each handoff's Time Spent\)/,
    );
    // Bad input names the flag and the rule, and writes nothing.
    const bad = await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS, '--time-spent', '2 days']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('[draft/time-spent]');
    // So does an estimate no reader can take: --remaining is held to amounts with their units.
    for (const remaining of ['a week', '-1h']) {
      const unread = await cli([
        'draft',
        '--task',
        TASK,
        '--agent',
        'ann',
        ...ANSWERS,
        '--remaining',
        remaining,
      ]);
      expect(unread.code).toBe(2);
      expect(unread.stderr).toContain(`--remaining "${remaining}" is not a time`);
      expect(unread.stderr).toContain('[draft/remaining]');
    }
    // Past the input limit, the flag is named as it is typed.
    const long = await cli([
      'draft',
      '--task',
      TASK,
      '--agent',
      'ann',
      ...ANSWERS,
      '--time-spent',
      '1h'.repeat(60),
    ]);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('(--time-spent)');
    expect(long.stderr).toContain('[schema/maxLength]');
    expect(readFileSync(join(repo.dir, registry().ann.details_link as string), 'utf8')).toBe(written);
  });

  it("filling in this session's draft still says Time Spent is open until --time-spent fills it; bad JSON timeSpent is named at its place", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    // No commits since: the draft (as pre-compact writes one) leaves Time Spent open, and says so.
    const first = JSON.parse(
      (await cli(['draft', '--task', TASK, '--agent', 'ann', '--format', 'json'])).stdout,
    );
    expect(first.warnings.map((w: { rule: string }) => w.rule)).toContain('draft/time-spent');
    // Filled in with the other answers: still open, still said.
    const filled = JSON.parse(
      (await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS, '--format', 'json'])).stdout,
    );
    expect(filled).toMatchObject({ mode: 'fill', session: 2 });
    expect(filled.warnings.map((w: { rule: string }) => w.rule)).toEqual(['draft/time-spent']);
    const timed = JSON.parse(
      (await cli(['draft', '--task', TASK, '--agent', 'ann', '--time-spent', '1h', '--format', 'json']))
        .stdout,
    );
    expect(timed).toMatchObject({ mode: 'fill', session: 2, warnings: [] });
    const written = readFileSync(join(repo.dir, registry().ann.details_link as string), 'utf8');
    expect(written).toContain('**Time Spent:** 1 hour this session (stated)');
    // A bad value in --input JSON is named as its key, at its line and column.
    const bad = await cli(
      ['draft', '--task', TASK, '--agent', 'ann', '--input', '-', '--format', 'json'],
      '{\n  "timeSpent": "2 days"\n}\n',
    );
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).error).toMatchObject({
      rule: 'draft/time-spent',
      message: expect.stringContaining('"timeSpent" "2 days" is not a time'),
      line: 2,
      column: 16,
    });
  });

  it('a task started again after done moved its handoffs continues its numbering, and done moves again', async () => {
    repo.write('.handoffrc.json', JSON.stringify({ doneHandoffDir: 'delegation/tasks/completed' }));
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    expect((await cli(['done', '--agent', 'ann'])).code).toBe(0);
    expect((await cli(['start', '--task', 'TASK-2025-0099', '--agent', 'ann'])).code).toBe(0);
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'moved');
    repo.commit(`${TASK}: more work`, { 'src/b.js': 'b\n' });
    const again = JSON.parse(
      (await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS, '--format', 'json'])).stdout,
    );
    expect(again).toMatchObject({
      session: 2,
      previous: `delegation/tasks/completed/${TASK}-handoff-session1.md`,
    });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff 2`);
    const done = await cli(['done', '--agent', 'ann', '--format', 'json']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout).moved).toEqual([
      {
        from: `delegation/tasks/active/${TASK}-handoff-session2.md`,
        to: `delegation/tasks/completed/${TASK}-handoff-session2.md`,
      },
    ]);
  });

  it("a second agent's stop, while the first agent's draft is not committed: the fix is its own draft, which numbers past that one", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    expect((await cli(['start', '--task', TASK, '--agent', 'claude'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS])).code).toBe(0);
    const anns = join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session1.md`);
    const before = readFileSync(anns, 'utf8');
    const event = JSON.stringify({
      hook_event_name: 'Stop',
      session_id: 's',
      cwd: repo.dir,
      stop_hook_active: false,
    });
    const stop = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'claude'], {
      cwd: repo.dir,
      stdin: event,
    });
    const answer = JSON.parse(stop.stdout) as { decision: string; reason: string };
    expect(answer.decision).toBe('block');
    const fix = /Run: (.*)/.exec(answer.reason)?.[1] ?? '';
    expect(fix).toMatch(/^handoff draft --task /);
    // Run as printed, with the placeholders answered: it works, and ann's draft is left as it was.
    const answered = fix
      .replace('"<state in one line>"', 'ok')
      .replace('"<decision: reason>"', "'d: r'")
      .replace('"<blocker, or None>"', 'None')
      .replace('"<next step>"', 'n')
      .replace('<0-100>', '50')
      .replace('"<time left, e.g. 3h>"', '2h')
      .replace(/^handoff draft/, `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI_BIN)} draft`);
    const ran = spawnSync('sh', ['-c', answered], { cwd: repo.dir, env: gitEnv(), encoding: 'utf8' });
    expect(ran.status).toBe(0);
    expect(registry().claude.details_link).toBe(`delegation/tasks/active/${TASK}-handoff-session2.md`);
    expect(readFileSync(anns, 'utf8')).toBe(before);
    const again = await runCli(['hook', 'stop', '--tool', 'claude', '--agent', 'claude'], {
      cwd: repo.dir,
      stdin: event,
    });
    expect(JSON.parse(again.stdout)).toEqual({});
  });

  it("a second agent's pre-compact hook, while the first agent's draft of the task is not committed, drafts its own next session", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'a'])).code).toBe(0);
    expect((await cli(['start', '--task', TASK, '--agent', 'b'])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'start');
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    repo.commit(`${TASK}: more work`, { 'src/a.js': 'a\nb\n' });
    expect((await cli(['draft', '--task', TASK, '--agent', 'a', ...ANSWERS])).code).toBe(0);
    const firsts = join(repo.dir, `delegation/tasks/active/${TASK}-handoff-session1.md`);
    const before = readFileSync(firsts, 'utf8');
    const event = JSON.stringify({ hook_event_name: 'PreCompact', session_id: 's', trigger: 'auto' });
    const compact = await runCli(['hook', 'pre-compact'], {
      cwd: repo.dir,
      stdin: event,
      env: { HANDOFF_AGENT: 'b' },
      program: 'npx handoff',
    });
    expect(compact.code).toBe(0);
    expect(compact.stderr).toBe('');
    const message = JSON.parse(compact.stdout).systemMessage as string;
    expect(message).not.toContain('could not run');
    expect(message).toContain(
      `handoff: drafted delegation/tasks/active/${TASK}-handoff-session2.md before compaction`,
    );
    // a's draft, whose open items are not carried over, is named.
    expect(message).toContain(
      `Note: delegation/tasks/active/${TASK}-handoff-session1.md is another agent’s newer session of ${TASK}, not committed yet (no draft continues from another agent’s uncommitted draft)`,
    );
    // b has no session of its own before: said plainly (it read "of no earlier session, not it").
    expect(message).toContain(
      'its open next steps and blockers are not carried over (this draft carries none: it has no earlier session to carry them from)',
    );
    // Its command as the project runs handoff, as everywhere else.
    expect(message).toContain(`(\`npx handoff resume --task ${TASK}\`)`);
    expect(registry().b.details_link).toBe(`delegation/tasks/active/${TASK}-handoff-session2.md`);
    expect(readFileSync(firsts, 'utf8')).toBe(before);
    // The draft it wrote is this session's: b's answers fill it in, in place.
    const filled = JSON.parse(
      (await cli(['draft', '--task', TASK, '--agent', 'b', ...ANSWERS, '--format', 'json'])).stdout,
    );
    expect(filled).toMatchObject({
      mode: 'fill',
      path: `delegation/tasks/active/${TASK}-handoff-session2.md`,
    });
    expect(filled.complete).toBe(true);
  });

  it('setup without --agent says so when the registry’s active agent has another name', async () => {
    const fresh = TempRepo.init();
    try {
      fresh.commit('Initial commit', { 'package.json': '{}\n' }, { date: '2025-01-01T10:00:00Z' });
      const at = (args: string[]) => runCli(args, { cwd: fresh.dir });
      expect((await at(['init', '--no-merge-driver'])).code).toBe(0);
      expect((await at(['start', '--task', TASK, '--agent', 'me'])).code).toBe(0);
      const text = await at(['setup', 'claude', '--command', 'handoff']);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(
        'note: the registry\'s active agent is "me", not "claude": `handoff setup claude --agent me` makes these hooks act for it.',
      );
      const json = JSON.parse(
        (await at(['setup', 'claude', '--command', 'handoff', '--format', 'json'])).stdout,
      );
      expect(json.note).toContain('--agent me');
      // Named as the registry has it, or given: nothing to say.
      expect((await at(['setup', 'claude', '--command', 'handoff', '--agent', 'me'])).stdout).not.toContain(
        'note:',
      );
      expect((await at(['start', '--task', TASK, '--agent', 'claude'])).code).toBe(0);
      expect((await at(['setup', 'claude', '--command', 'handoff'])).stdout).not.toContain('note:');
    } finally {
      fresh.remove();
    }
  });

  it("the check's --from fix drafts the range the check judged, commits the remote already has included", async () => {
    const remote = TempRepo.init({ bare: true });
    try {
      repo.git('remote', 'add', 'origin', remote.dir);
      expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
      repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
      expect((await cli(['draft', '--task', TASK, ...ANSWERS, '--no-interactive'])).code).toBe(0);
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', `${TASK}: handoff`);
      const base = repo.git('rev-parse', 'HEAD');
      repo.git('push', '-q', '--no-verify', '-u', 'origin', 'main');
      // Unnamed work, pushed past the hook: the remote has it, the handoff does not cover it.
      const tidy = repo.commit('Tidy up', { 'src/b.js': 'b\n' });
      repo.git('push', '-q', '--no-verify', 'origin', 'main');
      const check = JSON.parse((await cli(['check', '--base', base, '--format', 'json'])).stdout);
      const [behind] = check.verdicts[0].problems;
      expect(behind).toMatchObject({ reason: 'behind', commits: [tidy.slice(0, 7)] });
      const fix = (behind.fix as string).replace(/^handoff /, '').split(' ');
      const drafted = await cli([...fix, '--stdout', ...ANSWERS]);
      expect(drafted.code).toBe(0);
      expect(drafted.stderr).toContain(`Commits: 1 for ${TASK}`);
      expect(drafted.stdout).toContain('Tidy up');
    } finally {
      remote.remove();
    }
  });

  it('a task id one slip from the task an agent holds is named: draft and resume ask "did you mean", and nothing is written', async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    const before = readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8');
    const typo = TASK.replace('0078', '078');
    // Not an id by the pattern at all.
    const unlike = await cli(['draft', '--task', typo, '--stdout']);
    expect(unlike.code).toBe(2);
    expect(unlike.stderr).toContain(`task id "${typo}" does not match the task-id pattern`);
    expect(unlike.stderr).toContain(`: did you mean ${TASK}? [registry/task-id]`);
    // An id, but of no task the registry holds; the agent is on the one it mistypes.
    const other = TASK.replace(/-C$/, '-D');
    const onOther = await cli(['draft', '--task', other, '--agent', 'bot', '--stdout']);
    expect(onOther.code).toBe(2);
    expect(onOther.stderr).toContain(
      `agent "bot" is working on ${TASK}, not ${other}: did you mean --task ${TASK}? To take up ${other} instead, switch it with`,
    );
    const noAgent = await cli(['draft', '--task', other, '--stdout']);
    expect(noAgent.code).toBe(2);
    expect(noAgent.stderr).toContain(
      `no agent in the registry has current_task ${other}; did you mean --task ${TASK}? Else pass --agent`,
    );
    const resumed = await cli(['resume', '--task', other]);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toContain(`has current_task ${other}: did you mean --task ${TASK}?`);
    expect(readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8')).toBe(before);
  });

  it('setup where init never ran says that pushes are not checked yet, and how to set them up', async () => {
    const fresh = TempRepo.init();
    try {
      fresh.commit('Initial commit', { 'package.json': '{}\n' });
      const at = (args: string[]) => runCli(args, { cwd: fresh.dir });
      const text = await at(['setup', 'claude', '--command', 'handoff']);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(
        'note: handoff-guard is not set up in this project yet (no config file, no registry at .agent-context/agent-handoffs.json): `handoff init` writes them and installs the pre-push hook, so that pushes are checked too.',
      );
      const json = JSON.parse(
        (await at(['setup', 'claude', '--command', 'handoff', '--format', 'json'])).stdout,
      );
      expect(json.note).toContain('`handoff init`');
      // Set up: nothing to say.
      expect((await at(['init', '--no-merge-driver'])).code).toBe(0);
      expect((await at(['setup', 'claude', '--command', 'handoff'])).stdout).not.toContain('note:');
    } finally {
      fresh.remove();
    }
  });

  it("setup in a monorepo package names the repository's files from where it ran, and its note acts on the package", async () => {
    const fresh = TempRepo.init();
    try {
      fresh.commit('Initial commit', {
        'package.json': '{}\n',
        '.handoffrc.json': '{ "workspaces": ["packages/a"] }\n',
        'packages/a/package.json': '{}\n',
        'packages/a/.agent-context/agent-handoffs.json': '{}\n',
      });
      const pkg = join(fresh.dir, 'packages/a');
      const fromRoot = (args: string[]) => runCli(['-C', 'packages/a', ...args], { cwd: fresh.dir });
      expect((await fromRoot(['start', '--task', TASK, '--agent', 'me'])).code).toBe(0);

      // Inside the package: the settings and instructions are the repository's, two folders up.
      const inside = JSON.parse(
        (await runCli(['setup', 'claude', '--command', 'handoff', '--format', 'json'], { cwd: pkg })).stdout,
      );
      expect(inside).toMatchObject({
        settingsFile: '../../.claude/settings.json',
        instructionsFile: '../../CLAUDE.md',
      });
      expect(existsSync(join(pkg, inside.settingsFile))).toBe(true);
      expect(existsSync(join(pkg, inside.instructionsFile))).toBe(true);
      const text = await runCli(['setup', 'claude', '--command', 'handoff', '--agent', 'me'], { cwd: pkg });
      expect(text.stdout).toContain(
        'updated ../../.claude/settings.json: SessionStart, Stop, PreCompact hooks\n',
      );
      expect(text.stdout).toContain('wrote   ../../CLAUDE.md: the handoff paragraph\n');

      // From the root with -C: the package's registry has the agent, and the command it gives
      // sets up the package's hooks again, run from the root as printed.
      const withC = await fromRoot(['setup', 'claude', '--command', 'handoff']);
      expect(withC.stdout).toContain('updated .claude/settings.json: SessionStart, Stop, PreCompact hooks\n');
      const note =
        /^note: .*`handoff (-C packages\/a setup claude --agent me)` makes these hooks act for it\.$/m.exec(
          withC.stdout,
        );
      expect(note).not.toBeNull();
      const printed = note?.[1] ?? '';
      const again = await runCli(printed.split(' '), { cwd: fresh.dir });
      expect(again.code).toBe(0);
      const settings = JSON.parse(readFileSync(join(fresh.dir, '.claude/settings.json'), 'utf8'));
      expect(settings.hooks.Stop).toHaveLength(1);
      expect(settings.hooks.Stop[0].hooks[0].command).toMatch(
        / -C "\$CLAUDE_PROJECT_DIR"\/packages\/a hook stop --tool claude --agent me$/,
      );
    } finally {
      fresh.remove();
    }
  });

  it("a monorepo package's hooks, run as setup writes them, give commands with -C named from the project folder, which run as printed there", async () => {
    const fresh = TempRepo.init();
    try {
      fresh.commit('Initial commit', {
        'package.json': '{}\n',
        '.handoffrc.json': '{ "workspaces": ["packages/a"] }\n',
        'packages/a/package.json': '{}\n',
        'packages/a/.agent-context/agent-handoffs.json': '{}\n',
      });
      expect(
        (await runCli(['-C', 'packages/a', 'start', '--task', TASK, '--agent', 'claude'], { cwd: fresh.dir }))
          .code,
      ).toBe(0);
      fresh.commit('Start the task');
      fresh.commit(`${TASK}: parser`, { 'packages/a/src/parse.js': 'export {};\n' });
      // As the tool runs the command setup writes: `-C "$CLAUDE_PROJECT_DIR"/packages/a`, at the project.
      const hook = (event: string, payload: Record<string, unknown>) =>
        runCli(['-C', `${fresh.dir}/packages/a`, 'hook', event, '--tool', 'claude', '--agent', 'claude'], {
          cwd: fresh.dir,
          env: { CLAUDE_PROJECT_DIR: fresh.dir },
          stdin: JSON.stringify({ session_id: 's', cwd: fresh.dir, ...payload }),
        });
      const brief = JSON.parse(
        (await hook('session-start', { hook_event_name: 'SessionStart', source: 'startup' })).stdout,
      ).hookSpecificOutput.additionalContext as string;
      expect(brief).toContain(`handoff -C packages/a start --task ${TASK} --agent claude`);
      expect(brief).toContain(`Fix: handoff -C packages/a draft --task ${TASK} --agent claude `);
      expect(brief).not.toContain(fresh.dir);
      const stop = JSON.parse(
        (await hook('stop', { hook_event_name: 'Stop', stop_hook_active: false })).stdout,
      ) as { decision: string; reason: string };
      expect(stop.decision).toBe('block');
      expect(stop.reason).not.toContain(fresh.dir);
      const fix = /Run: (.*)/.exec(stop.reason)?.[1] ?? '';
      expect(fix).toMatch(new RegExp(`^handoff -C packages/a draft --task ${TASK} --agent claude `));
      // Run as printed in the project folder, the placeholders answered: the package's handoff.
      const answered = fix
        .replace('"<state in one line>"', 'ok')
        .replace('"<decision: reason>"', "'d: r'")
        .replace('"<blocker, or None>"', 'None')
        .replace('"<next step>"', 'n')
        .replace('<0-100>', '50')
        .replace('"<time left, e.g. 3h>"', '2h')
        .replace(/^handoff /, `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI_BIN)} `);
      const ran = spawnSync('sh', ['-c', answered], { cwd: fresh.dir, env: gitEnv(), encoding: 'utf8' });
      expect(ran.stderr).not.toContain('handoff:');
      expect(ran.status).toBe(0);
      expect(
        existsSync(join(fresh.dir, `packages/a/delegation/tasks/active/${TASK}-handoff-session1.md`)),
      ).toBe(true);
    } finally {
      fresh.remove();
    }
  });

  it("setup in a monorepo package: the instructions paragraph names the package's registry", async () => {
    const fresh = TempRepo.init();
    try {
      fresh.commit('Initial commit', {
        'package.json': '{}\n',
        '.handoffrc.json': '{ "workspaces": ["packages/a"] }\n',
        'packages/a/package.json': '{}\n',
        'packages/a/.handoffrc.json': '{ "registry": "state/handoffs.json" }\n',
      });
      expect(
        (await runCli(['-C', 'packages/a', 'setup', 'claude', '--command', 'handoff'], { cwd: fresh.dir }))
          .code,
      ).toBe(0);
      // From the repository's root, where the agent runs the paragraph's commands (with -C packages/a).
      const paragraph = readFileSync(join(fresh.dir, 'CLAUDE.md'), 'utf8');
      expect(paragraph).toContain(
        'Do not edit `packages/a/state/handoffs.json` by hand (except to mend what `handoff -C packages/a validate` reports broken)',
      );
      // At the root, the root's own registry, as before.
      expect((await runCli(['setup', 'claude', '--command', 'handoff'], { cwd: fresh.dir })).code).toBe(0);
      expect(readFileSync(join(fresh.dir, 'CLAUDE.md'), 'utf8')).toContain(
        'Do not edit `.agent-context/agent-handoffs.json` by hand',
      );
    } finally {
      fresh.remove();
    }
  });

  it("right after setup, the Stop hook does not count setup's own files as the session's work", async () => {
    const fresh = TempRepo.init();
    try {
      fresh.commit('Initial commit', { 'package.json': '{}\n' }, { date: '2025-01-01T10:00:00Z' });
      const at = (args: string[], stdin?: string) =>
        runCli(args, { cwd: fresh.dir, ...(stdin === undefined ? {} : { stdin }) });
      expect((await at(['setup', 'claude', '--command', 'handoff'])).code).toBe(0);
      expect((await at(['start', '--task', TASK, '--agent', 'claude'])).code).toBe(0);
      const event = JSON.stringify({
        hook_event_name: 'Stop',
        session_id: 's',
        cwd: fresh.dir,
        stop_hook_active: false,
      });
      const stop = await at(['hook', 'stop', '--tool', 'claude', '--agent', 'claude'], event);
      expect(JSON.parse(stop.stdout)).toEqual({});
      // Real work still counts.
      fresh.write('src/a.js', 'a\n');
      const refused = JSON.parse(
        (await at(['hook', 'stop', '--tool', 'claude', '--agent', 'claude'], event)).stdout,
      );
      expect(refused.decision).toBe('block');
      expect(refused.reason).toContain('src/a.js');
      expect(refused.reason).not.toContain('CLAUDE.md');
    } finally {
      fresh.remove();
    }
  });

  it('an agent the registry does not have: the JSON error names the registry', async () => {
    const result = await cli(['done', '--agent', 'nobody', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error).toMatchObject({
      rule: 'registry/no-agent',
      file: '.agent-context/agent-handoffs.json',
    });
  });

  it("a committed session file no agent of the task wrote (a person's notes) is refused, not passed over", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect(
      (await cli(['draft', '--task', TASK, '--agent', 'ann', '--note', 'a', '--no-interactive'])).code,
    ).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: ann's handoff`);
    // Another agent once on the task, now done; a person commits notes named like session 2.
    expect((await cli(['start', '--task', TASK, '--agent', 'bo'])).code).toBe(0);
    expect((await cli(['done', '--agent', 'bo'])).code).toBe(0);
    repo.commit('notes', { [`delegation/tasks/active/${TASK}-handoff-session2.md`]: '# important thing\n' });
    const next = await cli(['draft', '--task', TASK, '--agent', 'ann', '--note', 'b', '--no-interactive']);
    expect(next.code).toBe(2);
    expect(next.stderr).toContain('[draft/exists]');
  });

  it("a task handed over (one agent idle, the next started) passes as it stands; the next work is the new agent's session", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    repo.commit(`${TASK}: parser`, { 'src/a.js': 'a\n' });
    expect(
      (await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS, '--no-interactive'])).code,
    ).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: ann's handoff`);
    const base = repo.git('rev-parse', 'HEAD');
    expect((await cli(['idle', '--agent', 'ann'])).code).toBe(0);
    const started = await cli(['start', '--task', TASK, '--agent', 'bob']);
    expect(started.stdout).toContain(
      `linked delegation/tasks/active/${TASK}-handoff-session1.md, the task's latest handoff`,
    );
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'handover');
    // Nothing new to hand off: the push passes without Bob inventing a session.
    expect((await cli(['check', '--base', base, '--head', 'HEAD'])).code).toBe(0);
    repo.commit(`${TASK}: lexer`, { 'src/b.js': 'b\n' });
    const behind = JSON.parse(
      (await cli(['check', '--base', base, '--head', 'HEAD', '--format', 'json'])).stdout,
    );
    expect(behind.verdicts.map((v: { agent: string; fresh: boolean }) => [v.agent, v.fresh])).toEqual([
      ['bob', false],
    ]);
    expect(
      (await cli(['draft', '--task', TASK, '--agent', 'bob', ...ANSWERS, '--no-interactive'])).code,
    ).toBe(0);
    expect(registry().bob.details_link).toBe(`delegation/tasks/active/${TASK}-handoff-session2.md`);
  });

  it('a merge that rewrites the handoff is its last update for the Stop hook and resume, as for the check', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    repo.commit(`${TASK}: parser`, { 'src/a.js': 'a\n' });
    expect(
      (await cli(['draft', '--task', TASK, '--agent', 'ann', ...ANSWERS, '--no-interactive'])).code,
    ).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    const base = repo.git('rev-parse', 'HEAD');
    const file = registry().ann.details_link as string;
    const handoff = readFileSync(join(repo.dir, file), 'utf8');
    repo.git('switch', '-q', '-c', 'side');
    repo.commit(`${TASK}: lexer`, { 'src/b.js': 'b\n' });
    repo.commit(`${TASK}: handoff on side`, { [file]: handoff.replace('d: r', 'd: side') });
    repo.git('switch', '-q', 'main');
    repo.commit(`${TASK}: handoff on main`, { [file]: handoff.replace('d: r', 'd: main') });
    // The handoff conflicts; the merge rewrites it to cover both sides' work.
    spawnSync('git', ['merge', '-q', 'side'], { cwd: repo.dir, env: gitEnv() });
    repo.write(file, handoff.replace('d: r', 'd: both sides, merged'));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: merge side`);
    const merge = repo.git('rev-parse', 'HEAD');
    expect((await cli(['check', '--base', base, '--head', 'HEAD'])).code).toBe(0);
    const stop = await cli(
      ['hook', 'stop', '--tool', 'claude', '--agent', 'ann'],
      JSON.stringify({ hook_event_name: 'Stop', session_id: 's', cwd: repo.dir, stop_hook_active: false }),
    );
    expect(JSON.parse(stop.stdout)).toEqual({});
    const brief = JSON.parse((await cli(['resume', '--task', TASK, '--format', 'json'])).stdout);
    expect(JSON.stringify(brief.tasks[0])).toContain(merge.slice(0, 7));
  });

  it('leaving a task with committed work its handoff does not cover is refused, naming the draft; --force leaves it', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: parser`, { 'src/a.js': 'a\n' });
    expect(
      (await cli(['draft', '--task', TASK, '--agent', 'bot', ...ANSWERS, '--no-interactive'])).code,
    ).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    // Covered: leaving is fine (and back again).
    expect((await cli(['idle', '--agent', 'bot'])).code).toBe(0);
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: lexer, not handed off`, { 'src/b.js': 'b\n' });
    const before = readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8');
    for (const args of [['start', '--task', 'TASK-2025-0099'], ['done'], ['idle']]) {
      const refused = await cli([...args, '--agent', 'bot', '--format', 'json']);
      expect(refused.code).toBe(2);
      const { error } = JSON.parse(refused.stdout);
      expect(error.rule).toBe('lifecycle/work-left-behind');
      expect(error.message).toContain(`${TASK} has 1 work commit its handoff does not cover`);
      expect(error.message).toContain(`draft --task ${TASK} --agent bot`);
      expect(readFileSync(join(repo.dir, '.agent-context/agent-handoffs.json'), 'utf8')).toBe(before);
    }
    // A commit that names no task is said beside them, as the Stop hook counts it; it refuses nothing.
    repo.commit('Tidy up', { 'src/c.js': 'c\n' });
    const both = JSON.parse((await cli(['done', '--agent', 'bot', '--format', 'json'])).stdout).error;
    expect(both.message).toContain(
      `${TASK} has 1 work commit that names it (and 1 that names no task) its handoff does not cover`,
    );
    // Blocked, the task stays the agent's: nothing is left.
    expect((await cli(['block', '--agent', 'bot', '--note', 'waiting'])).code).toBe(0);
    // With another agent still on the task, the work still has someone to hand it off.
    expect((await cli(['start', '--task', TASK, '--agent', 'ann'])).code).toBe(0);
    expect((await cli(['idle', '--agent', 'bot'])).code).toBe(0);
    expect((await cli(['idle', '--agent', 'ann'])).code).toBe(2);
    const forced = await cli(['start', '--task', 'TASK-2025-0099', '--agent', 'ann', '--force']);
    expect(forced.code).toBe(0);
    expect(registry().ann.current_task).toBe('TASK-2025-0099');
  });

  it("leaving is not refused for work that is not the task's: main merged in, or another agent's later session covers it", async () => {
    const handOff = async (agent: string, message: string) => {
      expect(
        (await cli(['draft', '--task', TASK, '--agent', agent, ...ANSWERS, '--no-interactive'])).code,
      ).toBe(0);
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', message);
    };
    repo.git('switch', '-q', '-c', `${TASK}-api`);
    expect((await cli(['start', '--task', TASK, '--agent', 'a1'])).code).toBe(0);
    repo.commit(`${TASK}: api`, { 'src/api.js': 'a\n' });
    await handOff('a1', `${TASK}: a1's handoff`);
    // A teammate's fix on main, merged into the task's branch: main's work, not the task's.
    repo.git('switch', '-q', 'main');
    repo.commit('fix CI config', { 'ci.yml': 'x\n' });
    repo.git('switch', '-q', `${TASK}-api`);
    repo.git('merge', '-q', '--no-edit', 'main');
    const stop = await cli(
      ['hook', 'stop', '--tool', 'claude', '--agent', 'a1'],
      JSON.stringify({ hook_event_name: 'Stop', session_id: 's', cwd: repo.dir, stop_hook_active: false }),
    );
    expect(JSON.parse(stop.stdout)).toEqual({});
    // a2 joins, works and hands off a later session, then finishes: a1 may leave, nothing is left.
    expect((await cli(['start', '--task', TASK, '--agent', 'a2'])).code).toBe(0);
    repo.commit(`${TASK}: lexer`, { 'src/lexer.js': 'l\n' });
    await handOff('a2', `${TASK}: a2's handoff`);
    expect((await cli(['done', '--agent', 'a2'])).code).toBe(0);
    const idle = await cli(['idle', '--agent', 'a1']);
    expect(idle.stderr).toBe('');
    expect(idle.code).toBe(0);
  });

  it('one agent finishing its task does not hold another agent on its own: leaving counts only commits that name the task', async () => {
    const OTHER = 'TASK-2025-0099';
    const handOff = async (task: string, agent: string) => {
      expect(
        (await cli(['draft', '--task', task, '--agent', agent, ...ANSWERS, '--no-interactive'])).code,
      ).toBe(0);
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', `${task}: handoff (${agent})`);
    };
    repo.write('.handoffrc.json', JSON.stringify({ doneHandoffDir: 'delegation/tasks/completed' }));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'config');
    expect((await cli(['start', '--task', TASK, '--agent', 'bob'])).code).toBe(0);
    repo.commit(`${TASK}: z`, { 'src/z.js': 'z\n' });
    await handOff(TASK, 'bob');
    const base = repo.git('rev-parse', 'HEAD');
    expect((await cli(['start', '--task', OTHER, '--agent', 'alice'])).code).toBe(0);
    repo.commit(`${OTHER}: add a`, { 'src/a.js': 'a\n' });
    await handOff(OTHER, 'alice');
    repo.commit(`${OTHER}: add a2`, { 'src/a2.js': 'a\n' });
    await handOff(OTHER, 'alice');
    expect((await cli(['done', '--agent', 'alice'])).code).toBe(0);
    repo.git('add', '-A');
    // Moving the finished task's two sessions to doneHandoffDir is bookkeeping, not work.
    repo.git('commit', '-q', '-m', 'archive handoffs');
    const archive = repo.git('rev-parse', '--short=7', 'HEAD');
    const checked = await cli(['check', '--base', base, '--format', 'json']);
    expect(checked.stdout).not.toContain(archive);
    // alice's commits name her task; bob's task got them by the fallback only: bob may leave.
    const idle = await cli(['idle', '--agent', 'bob']);
    expect(idle.stderr).toBe('');
    expect(idle.code).toBe(0);
  });

  it('leaving with a draft still holding template text is refused: it is no handoff yet', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'alice'])).code).toBe(0);
    repo.commit(`${TASK}: add a`, { 'src/a.js': 'a\n' });
    expect(
      (await cli(['draft', '--task', TASK, '--agent', 'alice', ...ANSWERS, '--no-interactive'])).code,
    ).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    repo.commit(`${TASK}: add b`, { 'src/b.js': 'b\n' });
    // A draft with no answers: written, not committed, its elements still template text.
    expect((await cli(['draft', '--task', TASK, '--agent', 'alice', '--no-interactive'])).code).toBe(0);
    const refused = await cli(['done', '--agent', 'alice', '--format', 'json']);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).error.rule).toBe('lifecycle/work-left-behind');
  });

  it("on a task branch that merged main, check, resume and the Stop hook leave main's commits out, as the push does", async () => {
    const remote = TempRepo.init({ bare: true });
    try {
      repo.git('remote', 'add', 'origin', remote.dir);
      repo.git('push', '-q', '-u', 'origin', 'main');
      repo.git('switch', '-q', '-c', 'feature/api');
      expect((await cli(['start', '--task', TASK, '--agent', 'a1'])).code).toBe(0);
      repo.commit('add the api', { 'src/api.js': 'a\n' });
      expect(
        (await cli(['draft', '--task', TASK, '--agent', 'a1', ...ANSWERS, '--no-interactive'])).code,
      ).toBe(0);
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', `${TASK}: handoff`);
      repo.git('push', '-q', '-u', 'origin', 'feature/api');
      repo.git('switch', '-q', 'main');
      const mainFix = repo.commit('unrelated main change', { 'm.txt': 'm\n' });
      repo.git('push', '-q', 'origin', 'main');
      repo.git('switch', '-q', 'feature/api');
      repo.git('merge', '-q', '--no-edit', 'main');
      const checked = await cli(['check', '--format', 'json']);
      expect(JSON.parse(checked.stdout).stale).toBe(false);
      expect(checked.code).toBe(0);
      const brief = await cli(['resume', '--agent', 'a1', '--format', 'json']);
      expect(brief.stdout).not.toContain(mainFix.slice(0, 7));
      const stop = await cli(
        ['hook', 'stop', '--tool', 'claude', '--agent', 'a1'],
        JSON.stringify({ hook_event_name: 'Stop', session_id: 's', cwd: repo.dir, stop_hook_active: false }),
      );
      expect(JSON.parse(stop.stdout)).toEqual({});
    } finally {
      remote.remove();
    }
  });

  it('start names only the agents still active on the task, not one that finished it', async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'carol'])).code).toBe(0);
    expect((await cli(['done', '--agent', 'carol'])).code).toBe(0);
    expect((await cli(['start', '--task', TASK, '--agent', 'dave'])).code).toBe(0);
    // carol's entry still names the task, as complete; dave is in progress on it.
    expect(registry().carol).toMatchObject({ current_task: TASK, status: 'complete' });
    const erin = JSON.parse(
      (await cli(['start', '--task', TASK, '--agent', 'erin', '--format', 'json'])).stdout,
    );
    expect(erin.sharedWith).toEqual(['dave']);
    expect((await cli(['done', '--agent', 'dave'])).code).toBe(0);
    const frank = await cli(['start', '--task', TASK, '--agent', 'frank', '--format', 'json']);
    expect(JSON.parse(frank.stdout).sharedWith).toEqual(['erin']);
  });

  it("two agents on one task: the other's committed session does not block the fix the check prints", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bob'])).code).toBe(0);
    // The second agent on the task is told so, in the text and the JSON.
    const second = await cli(['start', '--task', TASK, '--agent', 'alice', '--format', 'json']);
    expect(JSON.parse(second.stdout).sharedWith).toEqual(['bob']);
    // The JSON carries the command the text ends with: the draft that ends the session.
    const text = await cli(['start', '--task', TASK, '--agent', 'alice']);
    const hint = /When the session ends: (.*)/.exec(text.stdout)?.[1];
    expect(hint).toContain(`draft --task ${TASK} --agent alice --note`);
    expect(JSON.parse(second.stdout).next).toEqual([hint]);
    // After block, the commit of the registry it changed (no draft: the session goes on).
    expect(JSON.parse((await cli(['block', '--agent', 'alice', '--format', 'json'])).stdout).next).toEqual([
      `git add -- .agent-context/agent-handoffs.json && git commit -m '${TASK}: alice blocked' -- .agent-context/agent-handoffs.json`,
    ]);
    expect((await cli(['start', '--task', TASK, '--agent', 'alice'])).stdout).toContain(
      `note: bob also works on ${TASK}`,
    );
    // -q: the change only, no notes and no next command (README: "no notes or progress").
    const quiet = await cli(['-q', 'start', '--task', TASK, '--agent', 'alice']);
    expect(quiet.stdout).not.toContain('note:');
    expect(quiet.stdout).not.toContain('When the session ends:');
    expect(quiet.stdout).toContain('alice: in_progress');
    repo.commit(`${TASK}: start`, {});
    // bob drafts session 1; after more work alice drafts session 2, so bob's link is behind.
    expect((await cli(['draft', '--task', TASK, '--agent', 'bob', ...ANSWERS])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: bob's handoff`);
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit(`${TASK}: work`, { 'src/w.js': 'w\n' });
    expect((await cli(['draft', '--task', TASK, '--agent', 'alice', ...ANSWERS])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: alice's handoff`);
    const check = await cli(['check', '--base', base, '--format', 'json']);
    const bob = JSON.parse(check.stdout).verdicts.find((v: { agent: string }) => v.agent === 'bob');
    expect(bob.fresh).toBe(false);
    const fix = bob.problems[0].fix as string;
    expect(fix).toMatch(/^handoff draft --task \S+ --agent bob/);
    const args = spawnSync('sh', ['-c', `printf '%s\\0' ${fix.replace(/^handoff /, '')}`], {
      encoding: 'utf8',
    })
      .stdout.split('\0')
      .slice(0, -1);
    const drafted = await cli([...args, ...ANSWERS, '--format', 'json']);
    expect(drafted.code).toBe(0);
    expect(JSON.parse(drafted.stdout).session).toBe(3);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: bob's second handoff`);
    const after = await cli(['check', '--base', base, '--format', 'json']);
    expect(JSON.parse(after.stdout).verdicts.every((v: { fresh: boolean }) => v.fresh)).toBe(true);
  });

  it('two agents starting at once both land (the registry lock)', async () => {
    const startIn = (agent: string, task: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [CLI_BIN, 'start', '--task', task, '--agent', agent], {
          cwd: repo.dir,
          env: gitEnv(),
          stdio: 'ignore',
        });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    const codes = await Promise.all([
      startIn('a', 'TASK-1'),
      startIn('b', 'TASK-2'),
      startIn('c', 'TASK-3'),
      startIn('d', 'TASK-4'),
    ]);
    expect(codes).toEqual([0, 0, 0, 0]);
    expect(Object.keys(registry()).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('prime --format json names the agent, its task and the commands', async () => {
    await cli(['start', '--task', TASK, '--agent', 'bot']);
    const prime = JSON.parse((await cli(['prime', '--agent', 'bot', '--format', 'json'])).stdout);
    expect(prime).toMatchObject({ agent: 'bot', task: TASK, truncated: false });
    expect(prime.text).toContain(`draft --task ${TASK} --agent bot`);
    const env = await runCli(['prime'], { cwd: repo.dir, now: NOW, env: { HANDOFF_AGENT: 'bot' } });
    expect(env.stdout).toContain(`You are "bot", on ${TASK}`);
  });

  it("prime reads the working tree's changes once: the session's verdict and the check's fix from one git status", async () => {
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, '--agent', 'bot', ...ANSWERS])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    repo.commit(`${TASK}: more work`, { 'src/b.js': 'b\n' });
    // The next session's draft, written and not committed yet.
    expect((await cli(['draft', '--task', TASK, '--agent', 'bot', ...ANSWERS])).code).toBe(0);
    const path = registry().bot.details_link as string;
    const trace = join(repo.dir, '.git', 'trace.txt');
    const prime = runBin(['prime', '--agent', 'bot', '--format', 'json'], {
      cwd: repo.dir,
      env: { GIT_TRACE: trace },
    });
    expect(prime.code).toBe(0);
    const brief = JSON.parse(prime.stdout);
    // The check's fix for the stale task: commit the handoff (and the registry) first, as a status
    // of those paths alone says.
    expect(brief.text).toContain(
      `git add -- ${path} .agent-context/agent-handoffs.json && git commit -m '${TASK}: handoff'`,
    );
    const statuses = readFileSync(trace, 'utf8').split('trace: built-in: git status ').length - 1;
    expect(statuses).toBe(1);
  });

  it("prime's next commands after done and idle are those that take up a task; a blocked task keeps its own", async () => {
    const primed = async () =>
      JSON.parse((await cli(['prime', '--agent', 'bot', '--format', 'json'])).stdout);
    const TAKE_UP = [
      'handoff start --task "<task id>" --agent bot   # take up a task (a new one, or one to continue)',
      `handoff resume --task "<task id>"   # a task's last handoff, before you take it up`,
      'handoff check   # which handoffs are stale',
    ];
    expect((await cli(['start', '--task', TASK, '--agent', 'bot'])).code).toBe(0);
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    expect((await cli(['draft', '--task', TASK, '--agent', 'bot', ...ANSWERS])).code).toBe(0);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', `${TASK}: handoff`);
    expect((await cli(['block', '--agent', 'bot', '--note', 'waiting for the API key'])).code).toBe(0);
    const blocked = await primed();
    // The draft is the Stop hook's, its slots those of every command an agent is given.
    expect(blocked.commands[1]).toBe(`${draftCommand('handoff', TASK, 'bot')}   # before you stop`);
    expect(blocked.commands[2]).toContain('done --agent bot');
    expect(blocked.text).toContain(`You are "bot", on ${TASK} (blocked).`);
    // The registry's status and the handoff's own, each named for what it is: side by side they read
    // as a contradiction (`blocked, In Progress, 50%`).
    expect(blocked.text).toContain(`${TASK} — bot (blocked; the handoff says In Progress, 50%)`);

    expect((await cli(['done', '--agent', 'bot'])).code).toBe(0);
    const done = await primed();
    expect(done.commands).toEqual(TAKE_UP);
    expect(done.task).toBe(TASK);
    expect(done.text).toContain(
      `You are "bot", with no current task: your last, ${TASK}, is complete. \`handoff start --task "<task id>" --agent bot\` takes up the next.`,
    );
    expect(done.text).not.toMatch(/handoff (draft|done) /);
    expect(done.text).toContain(`${TASK} — bot (complete; the handoff says In Progress, 50%)`);
    expect(done.text).not.toContain('complete, In Progress');
    // The JSON keeps both as they are, each in its own field.
    expect(done.own).toMatchObject({ status: 'complete', statusText: 'In Progress (50%)' });

    expect((await cli(['start', '--task', 'TASK-2025-0079', '--agent', 'bot'])).code).toBe(0);
    expect((await cli(['idle', '--agent', 'bot', '--force'])).code).toBe(0);
    const idle = await primed();
    expect(idle.commands).toEqual(TAKE_UP);
    expect(idle.text).toContain(
      'You are "bot", with no current task: `handoff start --task "<task id>" --agent bot`.',
    );
    expect(idle.text).not.toMatch(/handoff (draft|done) /);
  });

  it('every command an agent is given to complete marks its blanks as slots, and filled in it runs', async () => {
    // Replace each slot, its angle brackets included, keeping its quotes (docs/agents.md, Slots).
    const answers: Record<string, string> = {
      '<task id>': TASK,
      '<agent name>': 'bot',
      '<state in one line>': 'client works',
      '<decision: reason>': 'fetch over axios: no dependency',
      '<blocker, or None>': 'None',
      '<next step>': 'error responses',
      '<0-100>': '30',
      '<time left, e.g. 3h>': '3h',
    };
    const filled = (command: string) =>
      command.replace(/<[^<>"]+>/g, (slot) => {
        const answer = answers[slot];
        if (answer === undefined) throw new Error(`no answer for the slot ${slot} in: ${command}`);
        return answer;
      });
    // The words as a shell reads them, the comment after the command left out.
    const run = (command: string) => {
      const line = filled(command.replace(/\s+#.*$/, '')).replace(/^handoff /, '');
      const args = spawnSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' })
        .stdout.split('\0')
        .slice(0, -1);
      return cli(args);
    };
    const placeholders = /\b(ID|NAME|N)\b|…/;

    // No agent named: the brief asks for one, and its commands leave the task and the agent to fill in.
    const anonymous = JSON.parse((await cli(['prime', '--format', 'json'])).stdout);
    // Run unedited, a slot is refused, the agent's name as the task id.
    const unedited = await cli(['start', '--task', TASK, '--agent', '<agent name>']);
    expect(unedited).toMatchObject({ code: 2 });
    expect(unedited.stderr).toContain(
      `agent name "<agent name>" is the printed command's placeholder, left as it was: give your agent's name [registry/agent-name]`,
    );
    // The task's slot likewise, said as plainly as the agent's (not as a pattern it does not match).
    expect((await cli(['start', '--task', '<task id>', '--agent', 'bot'])).stderr).toContain(
      `task id "<task id>" is the printed command's placeholder, left as it was: give the task's id [registry/task-id]`,
    );
    expect(anonymous.text).toContain(
      'No agent named: set HANDOFF_AGENT or pass --agent "<agent name>", then `handoff start --task "<task id>"`.',
    );
    expect(anonymous.commands[0]).toBe(
      'handoff start --task "<task id>" --agent "<agent name>"   # take up a task (a new one, or one to continue)',
    );
    expect(anonymous.text).not.toMatch(placeholders);
    const [take, look, check] = anonymous.commands as string[];
    // The check first: with the task taken up and no handoff yet, it would say so (exit 1).
    expect((await run(check as string)).code).toBe(0);
    expect((await run(take as string)).code).toBe(0);
    expect((await run(look as string)).code).toBe(0);
    expect(registry().bot).toMatchObject({ current_task: TASK, status: 'in_progress' });

    // Its task's commands: the draft is the Stop hook's, and runs once filled in.
    repo.commit(`${TASK}: work`, { 'src/a.js': 'a\n' });
    const primed = JSON.parse((await cli(['prime', '--agent', 'bot', '--format', 'json'])).stdout);
    expect(primed.text).not.toMatch(placeholders);
    expect(primed.session.fix).toBe(draftCommand('handoff', TASK, 'bot'));
    for (const command of primed.commands as string[]) {
      expect(await run(command)).toMatchObject({ code: 0 });
      repo.git('add', '-A');
      repo.git('commit', '-q', '--allow-empty', '-m', `${TASK}: ${command.split(' ')[1]}`);
    }
    expect(registry().bot).toMatchObject({ status: 'complete' });

    // An error that suggests a command: the same slot for what the program cannot know.
    const ghost = await cli(['done', '--agent', 'ghost']);
    expect(ghost.code).toBe(2);
    expect(ghost.stderr).toContain(
      'no agent "ghost" in the registry; start a task first: `handoff start --task "<task id>" --agent ghost`',
    );
    const which = await cli(['block']);
    expect(which.stderr).toContain('which agent? pass --agent "<agent name>" or set HANDOFF_AGENT');
    expect((await cli(['start', '--task', 'TASK-2025-0079', '--agent', 'me'])).code).toBe(0);
    expect((await cli(['start', '--task', 'TASK-2025-0080', '--agent', 'you'])).code).toBe(0);
    const setup = JSON.parse(
      (await cli(['setup', 'claude', '--command', 'handoff', '--format', 'json'])).stdout,
    );
    expect(setup.note).toBe(
      'no active agent in the registry is named "claude" ("me", "you"): `handoff setup claude --agent "<agent name>"` makes these hooks act for one of them, or `handoff start --task "<task id>" --agent claude` starts this one.',
    );
    // In words, the summary promises nothing the hooks of an agent with no task cannot do.
    const said = (await cli(['setup', 'claude', '--command', 'handoff'])).stdout;
    expect(said).toContain(
      'Sessions now start with the brief for agent "claude", which holds no active task in the registry: its hooks check nothing until it does.',
    );
    expect(said).not.toContain('cannot stop with a stale handoff');
    // The paragraph setup writes gives the same slots (the agent it acts for named).
    const instructions = readFileSync(join(repo.dir, 'CLAUDE.md'), 'utf8');
    expect(instructions).toContain('`handoff start --task "<task id>" --agent claude`');
    expect(instructions).toContain(`\`${draftCommand('handoff', TASK_SLOT, 'claude')}\``);
    expect(instructions).not.toMatch(/<(ID|you|state)>/);
    const forMe = (await cli(['setup', 'claude', '--command', 'handoff', '--agent', 'me'])).stdout;
    expect(forMe).toContain(
      'Sessions now start with the brief for agent "me" and cannot stop with a stale handoff.',
    );
  });
});
