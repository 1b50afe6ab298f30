import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { PROJECT_ROOT, type RunResult, runBin, runCli, TempRepo } from '../helpers/temp-repo.js';

const FIXTURES = join(PROJECT_ROOT, '__tests__/fixtures/registry');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const REGISTRY = '.agent-context/agent-handoffs.json';
const LINK = 'delegation/tasks/active/TASK-2025-0078-C-handoff-session1.md';
// Session 2 of the seed starts on Nov 10; the handoff is dated Nov 8.
const NOW = new Date('2025-11-10T09:00:00Z');

let repo: TempRepo;
afterEach(() => repo?.remove());

const status = (...args: string[]): Promise<RunResult> =>
  runCli(['status', ...args], { cwd: repo.dir, now: NOW });

function teamRegistry(): string {
  return `${JSON.stringify(
    {
      'powertest-runner': JSON.parse(fixture('agent-handoffs.json'))['powertest-runner'],
      'docs-writer': {
        status: 'blocked',
        current_task: 'TASK-2025-0081',
        task_started: '2025-11-09',
        brief_note: 'Waiting for API review',
        details_link: 'delegation/tasks/active/TASK-2025-0081-handoff-session1.md',
        team: 'docs',
      },
      reviewer: { status: 'idle', current_task: null, details_link: null },
    },
    null,
    2,
  )}\n`;
}

describe('handoff status', () => {
  it("shows what everyone is working on, with the handoff's age and progress", async () => {
    repo = TempRepo.init();
    repo.write(REGISTRY, teamRegistry());
    repo.write(LINK, fixture('handoff-headings.md'));
    repo.write(
      'delegation/tasks/active/TASK-2025-0081-handoff-session1.md',
      fixture('handoff-bold-labels.md').replace('2025-11-08', '2025-11-10T06:00:00Z').replace('30%', '55%'),
    );
    const result = await status();
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^AGENT\s+TASK\s+STATUS\s+FRESHNESS\s+AGE\s+PROGRESS\s+NOTE\s+HANDOFF$/);
    expect(lines[1]).toMatch(
      new RegExp(
        `^powertest-runner\\s+TASK-2025-0078-C\\s+in_progress\\s+fresh\\s+2d\\s+30%\\s+API testing implementation - 30% comple…\\s+${LINK}$`,
      ),
    );
    expect(lines[2]).toMatch(
      /^docs-writer\s+TASK-2025-0081\s+blocked\s+fresh\s+3h\s+55%\s+Waiting for API review\s+delegation\/tasks\/active\/TASK-2025-0081-handoff-session1\.md$/,
    );
    expect(lines[3]).toMatch(/^reviewer\s+-\s+idle\s+-\s+-\s+-\s+-\s+-$/);
    expect(lines.slice(4)).toEqual([
      '',
      '3 agents, 2 active tasks.',
      'Freshness as the working tree stands; `handoff check` also counts the work commits a push sends (behind).',
      '',
    ]);
  });

  it('marks what a push would block on, as the check judges the same commit, with the fixes', async () => {
    repo = TempRepo.init();
    const EXPIRED = 'delegation/tasks/active/TASK-2025-0081-handoff-session1.md';
    const noDecisions = fixture('handoff-headings.md').replace(
      /## Decisions Made\n\n1\.[^\n]*\n2\.[^\n]*\n/,
      '## Decisions Made\n\n',
    );
    repo.commit(
      'Team handoffs',
      {
        [REGISTRY]: teamRegistry(),
        [LINK]: noDecisions,
        [EXPIRED]: fixture('handoff-bold-labels.md').replace('2025-11-08', '2025-10-01'),
      },
      { date: '2025-10-01T12:00:00Z' },
    );
    // A work commit after the handoffs: `behind` for the check of a range, never for status.
    repo.commit('TASK-2025-0078-C: more tests', { 'tests/a.py': 'x\n' }, { date: '2025-11-09T12:00:00Z' });
    const result = await status();
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[1]).toMatch(/^powertest-runner\s+TASK-2025-0078-C\s+in_progress\s+incomplete\s+2d\s/);
    expect(lines[2]).toMatch(/^docs-writer\s+TASK-2025-0081\s+blocked\s+expired\s+40d\s/);
    expect(lines.slice(4)).toEqual([
      '',
      '3 agents, 2 active tasks, 2 stale.',
      `✗ TASK-2025-0078-C (powertest-runner): incomplete: ${LINK} lacks Decisions Made (absent, empty or placeholder text). Fix: fill in Decisions Made in ${LINK}, then commit it (an agent without a terminal: handoff draft --task TASK-2025-0078-C --note "<state in one line>" --decision "<decision: reason>", then commit)`,
      `✗ TASK-2025-0081 (docs-writer): expired: ${EXPIRED} was last updated 2025-10-01 (40 day(s) ago); the limit is 7d. Fix: handoff draft --task TASK-2025-0081`,
      'Freshness as the working tree stands; `handoff check` also counts the work commits a push sends (behind).',
      '',
    ]);

    // The check of the same commit, with no range to count commits in, says the same of each task.
    const checked = await runCli(['check', '--base', 'HEAD', '--head', 'HEAD', '--format', 'json'], {
      cwd: repo.dir,
      now: NOW,
    });
    const verdicts = JSON.parse(checked.stdout).verdicts as { agent: string; problems: unknown[] }[];
    const agents = JSON.parse((await status('--format', 'json')).stdout).agents as {
      agent: string;
      freshness?: { fresh: boolean; problems: { reason: string; detail: string; fix: string }[] };
    }[];
    for (const verdict of verdicts) {
      const row = agents.find((a) => a.agent === verdict.agent);
      expect(row?.freshness?.fresh).toBe(false);
      expect(row?.freshness?.problems).toEqual(
        verdict.problems.map((p) => {
          const { reason, detail, fix } = p as { reason: string; detail: string; fix: string };
          return { reason, detail, fix };
        }),
      );
    }
    expect(verdicts.map((v) => v.agent).sort()).toEqual(['docs-writer', 'powertest-runner']);
    expect(agents.find((a) => a.agent === 'reviewer')?.freshness).toBeUndefined();

    // A commit in the window counts as an update, as for the check; an edit of the working tree too.
    repo.commit(
      'TASK-2025-0081: touch',
      { [EXPIRED]: `${fixture('handoff-bold-labels.md').replace('2025-11-08', '2025-10-01')}\n` },
      { date: '2025-11-09T13:00:00Z' },
    );
    repo.write(LINK, fixture('handoff-headings.md'));
    const after = await status();
    expect(after.stdout).toMatch(/^powertest-runner\s+TASK-2025-0078-C\s+in_progress\s+fresh\s/m);
    expect(after.stdout).toMatch(/^docs-writer\s+TASK-2025-0081\s+blocked\s+fresh\s/m);
    expect(after.stdout).toContain('\n3 agents, 2 active tasks.\n');
  });

  it('judges a handoff dated in the future by its commits, as the check does', async () => {
    repo = TempRepo.init();
    repo.commit('Initial commit', { 'README.md': 'x\n' }, { date: '2025-11-01T08:00:00Z' });
    repo.commit(
      'TASK-2025-0078-C: handoff',
      {
        [REGISTRY]: fixture('agent-handoffs.json'),
        [LINK]: fixture('handoff-headings.md').replace('2025-11-08', '2027-03-01'),
      },
      { date: '2025-11-09T12:00:00Z' },
    );
    const agents = JSON.parse((await status('--format', 'json')).stdout).agents;
    expect(agents[0].freshness).toEqual({ fresh: true, problems: [] });
    const checked = await runCli(['check', '--base', 'HEAD', '--head', 'HEAD'], { cwd: repo.dir, now: NOW });
    expect(checked.code).toBe(0);
  });

  it('names the agent in the fix of a task another agent shares, also when that agent cannot be read', async () => {
    repo = TempRepo.init();
    const shared = JSON.parse(teamRegistry());
    shared['docs-writer'].current_task = 'TASK-2025-0078-C';
    shared['docs-writer'].status = 'in_progress';
    repo.write(REGISTRY, `${JSON.stringify(shared, null, 2)}\n`);
    repo.write(LINK, fixture('handoff-headings.md').replace('2025-11-08', '2025-10-01'));
    repo.write('delegation/tasks/active/TASK-2025-0081-handoff-session1.md', Buffer.from([0xc3, 0x28, 0x0a]));
    const result = await status();
    expect(result.stdout).toContain(
      '✗ TASK-2025-0078-C (powertest-runner): expired: delegation/tasks/active/TASK-2025-0078-C-handoff-session1.md was last updated 2025-10-01 (40 day(s) ago); the limit is 7d. Fix: handoff draft --task TASK-2025-0078-C --agent powertest-runner\n',
    );
    // The unreadable one: its row's problem, no verdict.
    expect(result.stdout).toMatch(/^docs-writer\s+TASK-2025-0078-C\s+in_progress\s+-\s/m);
    expect(result.stdout).toContain('! docs-writer: ');
  });

  it('says that a push under freshness.scope: touched judges only the tasks it works on', async () => {
    repo = TempRepo.init();
    repo.write('.handoffrc.json', '{ "freshness": { "scope": "touched" } }\n');
    repo.write(REGISTRY, fixture('agent-handoffs.json'));
    const text = await status();
    expect(text.stdout).toContain(
      '\nfreshness.scope is touched: a push judges only the tasks its commits work on.\n',
    );
    expect(JSON.parse((await status('--format', 'json')).stdout)).toMatchObject({ scope: 'touched' });
  });

  it('finds a handoff touch behind an old-dated side branch merged later, as the check does, whatever else is asked', async () => {
    repo = TempRepo.init();
    const OTHER = 'delegation/tasks/active/TASK-2025-0081-handoff-session1.md';
    const registry = JSON.parse(teamRegistry());
    registry['docs-writer'].status = 'idle';
    repo.commit(
      'Team',
      {
        [REGISTRY]: `${JSON.stringify(registry, null, 2)}\n`,
        [LINK]: fixture('handoff-headings.md').replace('2025-11-08', '2025-10-01'),
        [OTHER]: fixture('handoff-bold-labels.md'),
      },
      { date: '2025-10-01T09:00:00Z' },
    );
    // Touched 3 days before NOW on main; then a side commit dated 10 days back, merged a day before NOW.
    repo.commit(
      'TASK-2025-0078-C: handoff',
      { [LINK]: `${fixture('handoff-headings.md').replace('2025-11-08', '2025-10-01')}\n` },
      { date: '2025-11-07T09:00:00Z' },
    );
    repo.git('switch', '-q', '-c', 'side');
    repo.commit(
      'Other handoff',
      { [OTHER]: `${fixture('handoff-bold-labels.md')}\n` },
      { date: '2025-10-31T09:00:00Z' },
    );
    repo.git('switch', '-q', 'main');
    repo.gitWithEnv(
      { GIT_AUTHOR_DATE: '2025-11-09T09:00:00Z', GIT_COMMITTER_DATE: '2025-11-09T09:00:00Z' },
      'merge',
      '-q',
      '--no-ff',
      '-m',
      'Merge side',
      'side',
    );
    const agents = JSON.parse((await status('--format', 'json')).stdout).agents;
    expect(agents[0].freshness).toEqual({ fresh: true, problems: [] });
    const checked = await runCli(['check', '--base', 'HEAD', '--head', 'HEAD'], { cwd: repo.dir, now: NOW });
    expect(checked.code).toBe(0);
  });

  it('finds a handoff touch under a commit whose clock was behind, as the check does, in a package with a narrower window', async () => {
    repo = TempRepo.init();
    const pkg = 'packages/a';
    const dated = fixture('handoff-headings.md').replace('2025-11-08', '2025-10-01');
    // The root's window (30d) reaches past the skewed commit; the package's (2d) does not.
    repo.commit(
      'Team',
      {
        '.handoffrc.json': `${JSON.stringify({ workspaces: [pkg], freshness: { maxAge: '30d' } })}\n`,
        [REGISTRY]: '{}\n',
        [`${pkg}/package.json`]: '{"name":"a"}\n',
        [`${pkg}/.handoffrc.json`]: '{ "freshness": { "maxAge": "2d" } }\n',
        [`${pkg}/${REGISTRY}`]: fixture('agent-handoffs.json'),
        [`${pkg}/${LINK}`]: dated,
      },
      { date: '2025-10-01T09:00:00Z' },
    );
    repo.commit(
      'TASK-2025-0078-C: handoff',
      { [`${pkg}/${LINK}`]: `${dated}\n` },
      { date: '2025-11-09T09:00:00Z' },
    );
    // Committed last, by a clock five days behind: git's `--since` walk stops at it.
    repo.commit('TASK-2025-0078-C: work', { [`${pkg}/src/a.ts`]: 'x\n' }, { date: '2025-11-05T09:00:00Z' });
    const fromRoot = JSON.parse((await status('--format', 'json')).stdout);
    expect(fromRoot.packages[0].agents[0].freshness).toEqual({ fresh: true, problems: [] });
    const checked = await runCli(
      ['-C', pkg, 'check', '--base', 'HEAD', '--head', 'HEAD', '--format', 'json'],
      {
        cwd: repo.dir,
        now: NOW,
      },
    );
    expect(JSON.parse(checked.stdout).verdicts).toMatchObject([{ fresh: true }]);
    expect(checked.code).toBe(0);
  });

  it("gives a package's fixes with -C to that package, from the root", async () => {
    repo = TempRepo.init();
    const pkg = 'packages/a';
    repo.write('.handoffrc.json', `${JSON.stringify({ workspaces: [pkg] })}\n`);
    repo.write(REGISTRY, '{}\n');
    repo.write(`${pkg}/package.json`, '{"name":"a"}\n');
    repo.write(`${pkg}/${REGISTRY}`, fixture('agent-handoffs.json'));
    const fromRoot = await status();
    expect(fromRoot.stdout).toContain(
      `✗ TASK-2025-0078-C (powertest-runner): missing: ${pkg}/${LINK} does not exist. Fix: handoff -C ${pkg} draft --task TASK-2025-0078-C\n`,
    );
    // Run from outside the project with -C: each fix runs on its project from there, once.
    const outside = await runCli(['-C', basename(repo.dir), 'status'], { cwd: dirname(repo.dir), now: NOW });
    expect(outside.stdout).toContain(
      `Fix: handoff -C ${basename(repo.dir)}/${pkg} draft --task TASK-2025-0078-C\n`,
    );
    repo.write(`${pkg}/${REGISTRY}`, '{}\n');
    repo.write(REGISTRY, fixture('agent-handoffs.json'));
    const rootOutside = await runCli(['-C', basename(repo.dir), 'status'], {
      cwd: dirname(repo.dir),
      now: NOW,
    });
    expect(rootOutside.stdout).toContain(
      `Fix: handoff -C ${basename(repo.dir)} draft --task TASK-2025-0078-C\n`,
    );
    expect(rootOutside.stdout).toContain(`\`handoff -C ${basename(repo.dir)} check\` also counts`);
    repo.write(REGISTRY, '{}\n');
    repo.write(`${pkg}/${REGISTRY}`, fixture('agent-handoffs.json'));
    const inside = await runCli(['status'], { cwd: join(repo.dir, pkg), now: NOW });
    expect(inside.stdout).toContain(
      `✗ TASK-2025-0078-C (powertest-runner): missing: ${LINK} does not exist. Fix: handoff draft --task TASK-2025-0078-C\n`,
    );
  });

  it("asks git for husky's hooks path only in a project whose .husky/pre-push runs the check", () => {
    repo = TempRepo.init();
    repo.write(REGISTRY, teamRegistry());
    repo.write(LINK, fixture('handoff-headings.md'));
    repo.commit('team');
    const configReads = () => {
      const dir = mkdtempSync(join(tmpdir(), 'handoff-status-trace-'));
      try {
        const trace = join(dir, 'trace');
        expect(runBin(['status'], { cwd: repo.dir, env: { GIT_TRACE: trace } }).code).toBe(0);
        return readFileSync(trace, 'utf8').split('trace: built-in: git config ').length - 1;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    // No husky hook here (a plain hook, lefthook, none): nothing to ask git (before: one git config).
    expect(configReads()).toBe(0);
    repo.write('.husky/pre-push', 'npx --no-install handoff check --hook pre-push "$@"\n');
    expect(configReads()).toBe(1);
  });

  it("tells a day-only date's age in days: a handoff dated today is `today`, not hours since midnight", async () => {
    repo = TempRepo.init();
    repo.write(REGISTRY, teamRegistry());
    repo.write(LINK, fixture('handoff-headings.md').replace('2025-11-08', '2025-11-10'));
    const result = await status();
    expect(result.stdout.split('\n')[1]).toMatch(
      /^powertest-runner\s+TASK-2025-0078-C\s+in_progress\s+fresh\s+today\s+30%/,
    );
  });

  it('gives the same data as JSON', async () => {
    repo = TempRepo.init();
    repo.write(REGISTRY, fixture('agent-handoffs.json'));
    repo.write(LINK, fixture('handoff-bold-labels.md'));
    const result = await status('--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      registry: REGISTRY,
      exists: true,
      agents: [
        {
          agent: 'powertest-runner',
          task: 'TASK-2025-0078-C',
          status: 'in_progress',
          active: true,
          handoffDate: '2025-11-08',
          ageMs: NOW.getTime() - Date.parse('2025-11-08'),
          // Nov 8 to 09:00 on Nov 10: 2 calendar days, as resume counts them.
          ageDays: 2,
          progressPercent: 30,
          briefNote: 'API testing implementation - 30% complete, async test blocker identified',
          detailsLink: LINK,
          freshness: { fresh: true, problems: [] },
        },
      ],
    });
  });

  it("counts a day-only date's age from the handoff's last commit that day, not from its midnight", async () => {
    repo = TempRepo.init();
    repo.commit('Initial commit', { 'README.md': 'x\n' }, { date: '2025-11-01T08:00:00Z' });
    const row = () =>
      status('--format', 'json').then(
        (result) => JSON.parse(result.stdout).agents[0] as Record<string, unknown>,
      );
    const line = async () => (await status()).stdout.split('\n')[1];
    const dated = (day: string) => fixture('handoff-headings.md').replace('2025-11-08', day);

    // Dated Nov 8, committed late on Nov 9 (edited then): updated then, as the `expired` rule reads
    // it; the days stay the Date's, as `resume` counts them.
    repo.commit(
      'TASK-2025-0078-C: handoff',
      { [REGISTRY]: fixture('agent-handoffs.json'), [LINK]: dated('2025-11-08') },
      { date: '2025-11-09T22:00:00Z' },
    );
    expect(await row()).toMatchObject({ handoffDate: '2025-11-08', ageMs: 11 * 3_600_000, ageDays: 2 });
    expect(await line()).toMatch(/\s+in_progress\s+fresh\s+2d\s/);

    // Dated today and not committed yet: no commit that day tells the hour, so from the Date's midnight.
    repo.write(LINK, dated('2025-11-10'));
    expect(await row()).toMatchObject({ ageMs: 9 * 3_600_000, ageDays: 0 });

    // Committed at 07:30 and read at 09:00: an hour and a half old, not nine hours.
    repo.commit('TASK-2025-0078-C: handoff', {}, { date: '2025-11-10T07:30:00Z' });
    expect(await row()).toMatchObject({ handoffDate: '2025-11-10', ageMs: 90 * 60_000, ageDays: 0 });
    expect(await line()).toMatch(/\s+in_progress\s+fresh\s+today\s/);
  });

  it('seeks commit times no further back than maxAge, however old the Date', async () => {
    repo = TempRepo.init();
    repo.commit('Initial commit', { 'README.md': 'x\n' }, { date: '2025-09-01T08:00:00Z' });
    // Dated Oct 1, committed Oct 20: both before the 7-day window, so the walk does not reach the
    // commit and the age is the Date's (40 days and 9 hours to Nov 10, 09:00).
    repo.commit(
      'TASK-2025-0078-C: handoff',
      {
        [REGISTRY]: fixture('agent-handoffs.json'),
        [LINK]: fixture('handoff-headings.md').replace('2025-11-08', '2025-10-01'),
      },
      { date: '2025-10-20T12:00:00Z' },
    );
    const row = JSON.parse((await status('--format', 'json')).stdout).agents[0];
    expect(row).toMatchObject({ handoffDate: '2025-10-01', ageMs: (40 * 24 + 9) * 3_600_000 });
    // A commit inside the window counts (Nov 5, 09:00: five days old).
    repo.commit(
      'TASK-2025-0078-C: touch the handoff',
      { [LINK]: `${fixture('handoff-headings.md').replace('2025-11-08', '2025-10-01')}\n` },
      { date: '2025-11-05T09:00:00Z' },
    );
    const later = JSON.parse((await status('--format', 'json')).stdout).agents[0];
    expect(later).toMatchObject({ ageMs: 5 * 24 * 3_600_000 });
  });

  it("reads a monorepo package's commit times, from the root and from inside the package", async () => {
    repo = TempRepo.init();
    const pkg = 'packages/a';
    repo.commit(
      'TASK-2025-0078-C: handoff',
      {
        '.handoffrc.json': `${JSON.stringify({ workspaces: [pkg] })}\n`,
        [REGISTRY]: '{}\n',
        [`${pkg}/package.json`]: '{"name":"a"}\n',
        [`${pkg}/${REGISTRY}`]: fixture('agent-handoffs.json'),
        [`${pkg}/${LINK}`]: fixture('handoff-headings.md').replace('2025-11-08', '2025-11-10'),
      },
      { date: '2025-11-10T08:00:00Z' },
    );
    const fromRoot = JSON.parse((await status('--format', 'json')).stdout);
    expect(fromRoot.packages[0].agents[0]).toMatchObject({ ageMs: 3_600_000 });
    const inside = await runCli(['status', '--format', 'json'], { cwd: join(repo.dir, pkg), now: NOW });
    expect(JSON.parse(inside.stdout).agents[0]).toMatchObject({ ageMs: 3_600_000 });
  });

  it('says so when the registry is empty', async () => {
    repo = TempRepo.init();
    repo.write(REGISTRY, '{}\n');
    expect(await status()).toEqual({ code: 0, stdout: `No agents in ${REGISTRY} yet.\n`, stderr: '' });
  });

  it('says how to create a missing registry', async () => {
    repo = TempRepo.init();
    const result = await status();
    expect(result).toEqual({
      code: 0,
      stdout: `No registry at ${REGISTRY} yet: run \`handoff init\` to create one.\n`,
      stderr: '',
    });
    expect(JSON.parse((await status('--format', 'json')).stdout)).toEqual({
      registry: REGISTRY,
      exists: false,
      agents: [],
    });
  });

  it('still shows the table when a handoff is missing or its link leaves the repository', async () => {
    repo = TempRepo.init();
    repo.write(
      REGISTRY,
      teamRegistry().replace('delegation/tasks/active/TASK-2025-0081', '../../TASK-2025-0081'),
    );
    const result = await status();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^powertest-runner\s+TASK-2025-0078-C\s+in_progress\s+missing\s+-/m);
    expect(result.stdout).toMatch(/^docs-writer\s+TASK-2025-0081\s+blocked\s+invalid-link\s+-/m);
    // An active task's bad link is said once, as the check says it, with its fix.
    expect(result.stdout).toContain(
      `✗ TASK-2025-0078-C (powertest-runner): missing: ${LINK} does not exist. Fix: handoff draft --task TASK-2025-0078-C\n`,
    );
    expect(result.stdout).toContain(
      '✗ TASK-2025-0081 (docs-writer): invalid-link: details_link "../../TASK-2025-0081-handoff-session1.md" leaves the repository [path/escapes-repo]. Fix: handoff draft --task TASK-2025-0081\n',
    );
    expect(result.stdout).not.toContain('! ');
    // An idle agent's link is no task's: said as a problem of the file, for validate.
    repo.write(REGISTRY, teamRegistry().replace('"status": "blocked"', '"status": "idle"'));
    const idle = await status();
    expect(idle.stdout).toContain(
      '! docs-writer: delegation/tasks/active/TASK-2025-0081-handoff-session1.md does not exist [link/missing]',
    );
    expect(idle.stdout).toContain('Run `handoff validate` for details.');
  });

  it('refuses a handoff that is a symlink out of the repository, beside one it reads, in one folder', async () => {
    // Two links in one folder: the folder is resolved and listed once, and the symlinked entry alone
    // takes the realpath walk (the file is then read without a realpath of its own).
    repo = TempRepo.init();
    const outside = mkdtempSync(join(tmpdir(), 'handoff-outside-'));
    try {
      writeFileSync(join(outside, 'secret.md'), fixture('handoff-bold-labels.md'));
      repo.write(REGISTRY, teamRegistry());
      repo.write(LINK, fixture('handoff-headings.md'));
      symlinkSync(
        join(outside, 'secret.md'),
        join(repo.dir, 'delegation/tasks/active/TASK-2025-0081-handoff-session1.md'),
      );
      const result = await status('--format', 'json');
      expect(result.code).toBe(0);
      const agents = JSON.parse(result.stdout).agents as {
        agent: string;
        problem?: string;
        progressPercent?: number;
      }[];
      expect(agents.find((a) => a.agent === 'powertest-runner')).toMatchObject({ progressPercent: 30 });
      expect(agents.find((a) => a.agent === 'powertest-runner')?.problem).toBeUndefined();
      expect(agents.find((a) => a.agent === 'docs-writer')?.problem).toMatch(
        /resolves through a symlink to .*secret\.md, outside the repository \[path\/symlink-escape\]$/,
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reads a registry with CRLF line endings and a BOM', async () => {
    repo = TempRepo.init();
    repo.write(REGISTRY, `\ufeff${fixture('agent-handoffs.json').replace(/\n/g, '\r\n')}`);
    repo.write(LINK, fixture('handoff-headings.md').replace(/\n/g, '\r\n'));
    const result = await status();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/powertest-runner\s+TASK-2025-0078-C\s+in_progress\s+fresh\s+2d\s+30%/);
  });

  it.each([
    [
      'malformed JSON',
      '{ "a": { "status": "idle" }, }',
      `${REGISTRY}:1:28: invalid JSON: trailing comma`,
      'json/syntax',
    ],
    [
      'a wrong type',
      '{\n  "a": { "status": ["idle"] }\n}',
      `${REGISTRY}:2:20: "status" of agent "a" must be a string`,
      'schema/type',
    ],
    [
      'an unknown status',
      '{ "a": { "status": "paused" } }',
      `${REGISTRY}:1:20: unknown status "paused"`,
      'registry/status',
    ],
  ])('exits 2 on %s in the registry, naming file, line:column and rule', async (_name, text, start, rule) => {
    repo = TempRepo.init();
    repo.write(REGISTRY, text);
    const result = await status();
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`handoff: ${start}`)).toBe(true);
    expect(result.stderr.endsWith(` [${rule}]\n`)).toBe(true);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('exits 2 on non-UTF-8 bytes in the registry', async () => {
    repo = TempRepo.init();
    repo.write(REGISTRY, Buffer.from([0x7b, 0x0a, 0x20, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x7b, 0x7d, 0x7d]));
    const result = await status();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^handoff: ${REGISTRY}:2:3: not valid UTF-8: .* \\[encoding/utf-8\\]\\n$`),
    );
  });

  it('exits 2 on a config with an unknown key', async () => {
    repo = TempRepo.init();
    repo.write('handoff.config.json', '{ "activeStatus": ["in_progress"] }');
    const result = await status();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^handoff: handoff\.config\.json:1:3: unknown config key "activeStatus" .*\[config\/unknown-key\]\n$/,
    );
  });

  it('exits 2 outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-norepo-'));
    try {
      const result = await runCli(['status'], { cwd: dir, now: NOW });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('[git/no-repo]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
