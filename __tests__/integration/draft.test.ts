import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { PromptInterrupted, promptForDraftInput } from '../../src/adapters/prompt.js';
import { planDraft, writeDraft } from '../../src/app/draft.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { missingElements } from '../../src/core/document/elements.js';
import { documentFacts, openBlockers, openNextSteps } from '../../src/core/document/facts.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import type { InputError } from '../../src/core/errors.js';
import { countWords } from '../../src/core/words.js';
import { CLI_BIN, gitEnv, PROJECT_ROOT, runCli, TempRepo } from '../helpers/temp-repo.js';
import {
  AGENT,
  draft,
  fillInSession1,
  handoffFile,
  REGISTRY,
  readJson,
  registryText,
  report,
  SESSION_END,
  seedRepo,
  session2Commits,
  session3Commits,
  TASK,
} from './draft-seed-repo.js';

let repo: TempRepo;
afterEach(() => repo?.remove());

const read = (path: string) => readFileSync(join(repo.dir, path), 'utf8');

describe('handoff draft: the seed’s three sessions', () => {
  it('drafts each session from commits, reports and the previous handoff', async () => {
    repo = seedRepo();

    // Session 1: no previous handoff; the range starts at task_started.
    const first = await draft(repo, 1, '--tests', report(repo, 'session1-junit.xml'));
    expect(first.stderr).toContain('since 2025-11-08');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Wrote ${handoffFile(1)}`);
    // What is left to fill in is on stdout, which --quiet keeps.
    expect(first.stdout).toMatch(/; not complete yet, .*Decisions Made.* to fill in\)/);
    expect(readJson(repo, REGISTRY)[AGENT]?.details_link).toBe(handoffFile(1));
    const draft1 = read(handoffFile(1));
    expect(draft1).toContain('All 5 tests passing');
    expect(draft1).toContain('tests/api/conftest.py');
    expect(draft1).toMatch(/[0-9a-f]{7} Create integration test framework/);
    expect(documentFacts(parseHandoff(draft1)).tests).toEqual({ passed: 5, failed: 0 });
    // Not edited yet: the check would call it incomplete.
    expect(missingElements(parseHandoff(draft1), DEFAULT_CONFIG.requiredElements)).toContain('decisions');
    const touched = fillInSession1(repo);

    // Session 2: three commits after the session 1 handoff was committed.
    const shas2 = session2Commits(repo);
    const coverage = report(repo, 'coverage-summary.json', join(PROJECT_ROOT, '__tests__/fixtures/reports'));
    const second = await draft(
      repo,
      2,
      '--tests',
      report(repo, 'session2-jest.json'),
      '--coverage',
      coverage,
    );
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(
      `Commits: 3 for ${TASK}, after ${touched.slice(0, 7)}, the last commit touching ${handoffFile(1)}`,
    );
    const text2 = read(handoffFile(2));
    const doc2 = parseHandoff(text2);
    expect(doc2.session).toBe(2);
    expect(documentFacts(doc2).tests).toEqual({ passed: 12, failed: 1 });
    expect(text2).toContain('(+7 passed, +1 failed since session 1)');
    expect(documentFacts(doc2).coveragePercent).toBe(66.6);
    expect(text2).toContain('- ❌ test_upload\n');
    expect(documentFacts(doc2).commitShas.sort()).toEqual(shas2.map((s) => s.slice(0, 7)).sort());
    expect(doc2.filesModified?.items.map((i) => i.text.replace(/ \(.*$/, ''))).toEqual([
      'tests/api/test_integration.py',
      'tests/api/conftest.py',
      'tests/api/fixtures/db.py',
    ]);
    // 10:00 → 12:15, plus the half hour before the first commit.
    expect(documentFacts(doc2).timeSpentHours).toBe(2.8);
    expect(openBlockers(doc2).map((b) => b.text)).toEqual([
      "Async test hang issue - Some async tests don't complete, timeout after 60s",
      'Test database cleanup - Data persists between tests',
    ]);
    expect(openNextSteps(doc2).map((s) => s.text)).not.toContain('Verify all 5 tests pass');
    expect(openNextSteps(doc2).map((s) => s.text)).toContain('Start performance benchmarks');
    expect(countWords(text2)).toBeLessThanOrEqual(DEFAULT_CONFIG.wordBudget);
    expect(second.stdout).toContain(`(${countWords(text2)} words`);
    expect(second.stderr).not.toContain('over the');
    expect(readJson(repo, REGISTRY)[AGENT]?.details_link).toBe(handoffFile(2));
    expect(readJson(repo, REGISTRY)[AGENT]?.brief_note).toBe('API testing implementation');

    // The person resolves both blockers, ticks two steps, adds a decision and a new blocker.
    const edited = text2
      .replace(
        /## Decisions Made\n\n- .*\n/,
        '## Decisions Made\n\n- Event loop closed in the client fixture - Reason: pytest-asyncio leaves generators open\n',
      )
      .replace(
        /## Current Blockers\n\n[\s\S]*?\n\n## Next Steps/,
        '## Current Blockers\n\n- Performance benchmark framework decision needed\n\n## Next Steps',
      )
      .replace('- [ ] Fix async test hang', '- [x] Fix async test hang')
      .replace('- [ ] Fix test database cleanup', '- [x] Fix test database cleanup');
    repo.write(handoffFile(2), edited);
    repo.commit('Session 2 handoff', {}, { date: '2025-11-10T13:15:00Z' });

    // Session 3.
    session3Commits(repo);
    const third = await draft(repo, 3, '--tests', report(repo, 'session3-junit.xml'));
    expect(third.code).toBe(0);
    const doc3 = parseHandoff(read(handoffFile(3)));
    expect(documentFacts(doc3).tests).toEqual({ passed: 20, failed: 0 });
    expect(read(handoffFile(3))).toContain('(+8 passed, −1 failed since session 2)');
    // By name, against session 2's failing list and session 3's JUnit test cases: test_upload passes now.
    expect(read(handoffFile(3))).toContain(
      '**Test Changes:** fixed: test_upload; +7 tests (since session 2)',
    );
    expect(openBlockers(doc3).map((b) => b.text)).toEqual([
      'Performance benchmark framework decision needed',
    ]);
    const steps3 = openNextSteps(doc3).map((s) => s.text);
    expect(steps3).not.toContain('Fix async test hang (investigate event loop handling)');
    expect(steps3).toContain('Add 10 more integration tests (see test plan in task spec)');
    // 09:00 → 11:00 is one work session (2.5 h), 13:30 another (0.5 h): the 2.5 h gap splits them.
    expect(documentFacts(doc3).timeSpentHours).toBe(3);
    expect(read(handoffFile(3))).toContain('(gap rule: 3 commits, 2 work sessions)');
    expect(readJson(repo, REGISTRY)[AGENT]?.details_link).toBe(handoffFile(3));
  });
});

describe('handoff draft: writing', () => {
  it('--stdout prints the draft and writes nothing', async () => {
    repo = seedRepo();
    const before = read(REGISTRY);
    const result = await draft(repo, 1, '--stdout');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# TASK-2025-0078-C: Handoff \(Session 1\)/);
    expect(existsSync(join(repo.dir, handoffFile(1)))).toBe(false);
    expect(read(REGISTRY)).toBe(before);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it("on a task's own branch, the first draft leaves out the main line's commits", async () => {
    repo = TempRepo.init();
    const remote = TempRepo.init({ bare: true });
    try {
      const today = new Date().toISOString().slice(0, 10);
      repo.commit('Initial project setup', {
        '.agent-context/agent-handoffs.json': `${JSON.stringify({ [AGENT]: { status: 'in_progress', current_task: TASK, task_started: today } }, null, 2)}\n`,
        'package.json': '{}\n',
      });
      repo.git('remote', 'add', 'origin', remote.dir);
      repo.git('push', '-q', 'origin', 'main');
      repo.git('checkout', '-q', '-b', `feature/${TASK}`);
      repo.commit('Add the client', { 'src/client.ts': 'export {}\n' });
      const result = await runCli(['draft', '--task', TASK, '--stdout', '--no-interactive'], {
        cwd: repo.dir,
      });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('not on origin/main');
      expect(result.stdout).toContain('src/client.ts');
      expect(result.stdout).not.toContain('package.json');
      expect(result.stdout).not.toContain('Initial project setup');
    } finally {
      remote.remove();
    }
  });

  it('JSON says which carried next steps a commit may have done, and --resolved settles one', async () => {
    repo = seedRepo();
    fillInSession1(repo);
    repo.commit('Fix async test hang: close the event loop', { 'tests/api/conftest.py': 'x = 1\n' });
    const json = async (...args: string[]) =>
      JSON.parse((await draft(repo, 2, '--stdout', '--no-interactive', '--format', 'json', ...args)).stdout);
    const open = await json();
    expect(open.maybeDone).toEqual([
      {
        step: 'Fix async test hang (investigate event loop handling)',
        sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      },
    ]);
    // Still open in the draft: only the agent knows whether it is done.
    expect(open.open.nextSteps).toContain(open.maybeDone[0].step);
    const settled = await json('--resolved', 'Fix async test hang');
    expect(settled.maybeDone).toEqual([]);
    expect(settled.open.nextSteps).not.toContain(open.maybeDone[0].step);
  });

  it('JSON carries the not-one-session warning the text gives, with the --from it suggests', async () => {
    repo = seedRepo();
    for (const [n, date] of ['2025-06-01', '2025-08-01', '2025-10-01'].entries())
      repo.commit(`Step ${n} of ${TASK}`, { [`src/step${n}.ts`]: 'x\n' }, { date: `${date}T10:00:00Z` });
    const result = await runCli(
      ['draft', '--task', TASK, '--from', 'HEAD~3', '--stdout', '--no-interactive', '--format', 'json'],
      { cwd: repo.dir, now: SESSION_END[1] },
    );
    const report = JSON.parse(result.stdout);
    expect(report.notOneSession).toEqual({
      why: expect.stringContaining('over 4 months'),
      suggestedFrom: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
  });

  it('a month-old work commit followed by today’s handoff commit is one session, not a span of months', async () => {
    repo = seedRepo();
    repo.commit(`Step of ${TASK}`, { 'src/old-step.ts': 'x\n' }, { date: '2025-07-17T10:00:00Z' });
    repo.commit('Handoff', { 'delegation/tasks/active/notes.md': 'n\n' }, { date: '2025-11-10T10:00:00Z' });
    const result = await runCli(
      ['draft', '--task', TASK, '--from', 'HEAD~2', '--stdout', '--no-interactive', '--format', 'json'],
      { cwd: repo.dir, now: SESSION_END[1] },
    );
    expect(JSON.parse(result.stdout).notOneSession).toBeUndefined();
  });

  it('refuses to draft a new session on top of a handoff that is not committed yet', async () => {
    repo = seedRepo();
    expect((await draft(repo, 1)).code).toBe(0);
    const registryBefore = read(REGISTRY);
    const again = await draft(repo, 1);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${handoffFile(1)}: this handoff has changes that are not committed`);
    expect(again.stderr).toContain('[draft/previous-uncommitted]');
    expect(existsSync(join(repo.dir, handoffFile(2)))).toBe(false);
    expect(read(REGISTRY)).toBe(registryBefore);
    // A preview answers what the same command would do: it would refuse.
    const preview = await draft(repo, 1, '--stdout');
    expect(preview.code).toBe(2);
    expect(preview.stderr).toContain('[draft/previous-uncommitted]');
    expect(preview.stdout).toBe('');
  });

  it('refuses to overwrite an existing handoff: exit 2, the path, nothing written', async () => {
    repo = seedRepo();
    fillInSession1(repo);
    repo.write(
      REGISTRY,
      registryText({}).replace(
        '"API testing implementation"',
        `"x",\n    "details_link": "${handoffFile(1)}"`,
      ),
    );
    repo.write(handoffFile(2), 'my own notes\n');
    const before = read(REGISTRY);
    const result = await draft(repo, 2);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${handoffFile(2)}: the next handoff already exists`);
    expect(result.stderr).toContain('[draft/exists]');
    expect(read(handoffFile(2))).toBe('my own notes\n');
    expect(read(REGISTRY)).toBe(before);
  });

  it('continues after the highest existing session when the registry links none', async () => {
    repo = seedRepo();
    fillInSession1(repo);
    const result = await draft(repo, 2);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote ${handoffFile(2)}`);
  });

  /** The plan of the seed repository's first session, as a draft run now makes it. */
  const sessionOnePlan = () =>
    planDraft({ repoRoot: repo.dir, config: DEFAULT_CONFIG, taskId: TASK, now: SESSION_END[1] });

  it('a draft that finds its session written meanwhile by another draft of the task says so, never "delete it"', async () => {
    repo = seedRepo();
    const plan = await sessionOnePlan();
    // The other draft, planned at the same time, wrote the same session first and linked it.
    await writeDraft(repo.dir, DEFAULT_CONFIG, plan);
    const theirs = read(handoffFile(1));
    const registryAfter = read(REGISTRY);
    const error = await writeDraft(repo.dir, DEFAULT_CONFIG, plan).then(
      () => undefined,
      (e: unknown) => e as InputError,
    );
    expect(error?.rule).toBe('draft/written-meanwhile');
    expect(error?.message).toMatch(/another draft wrote this session while this one ran/);
    expect(error?.message).not.toMatch(/delete/);
    expect(read(handoffFile(1))).toBe(theirs);
    expect(read(REGISTRY)).toBe(registryAfter);
  });

  it('a file there that no draft wrote is still draft/exists at write time, not written meanwhile', async () => {
    repo = seedRepo();
    const plan = await sessionOnePlan();
    // Made by hand (or a pull) while the draft asked its questions; the registry links nothing there.
    repo.write(handoffFile(1), 'my own notes\n');
    const error = await writeDraft(repo.dir, DEFAULT_CONFIG, plan).then(
      () => undefined,
      (e: unknown) => e as InputError,
    );
    expect(error?.rule).toBe('draft/exists');
    expect(read(handoffFile(1))).toBe('my own notes\n');
  });

  it('removes the new document when the registry cannot be written', async () => {
    repo = seedRepo();
    const plan = await sessionOnePlan();
    // A registry path under a regular file cannot be created.
    const broken = { ...DEFAULT_CONFIG, registry: 'README.md/agent-handoffs.json' };
    await expect(writeDraft(repo.dir, broken, plan)).rejects.toThrow();
    expect(existsSync(join(repo.dir, handoffFile(1)))).toBe(false);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('two drafts at once, in two processes, both land in the registry', async () => {
    repo = TempRepo.init();
    const other = 'TASK-2025-0099-A';
    const registry = JSON.parse(registryText()) as Record<string, unknown>;
    registry['docs-writer'] = { status: 'in_progress', current_task: other, task_started: '2025-11-08' };
    repo.commit(
      'Start',
      { [REGISTRY]: `${JSON.stringify(registry, null, 2)}\n` },
      { date: '2025-11-08T09:00:00Z' },
    );
    repo.commit(
      `Work on ${TASK}`,
      { 'a.txt': 'a\n' },
      { date: '2025-11-08T10:00:00Z', body: `Task: ${TASK}` },
    );
    repo.commit(
      `Work on ${other}`,
      { 'b.txt': 'b\n' },
      { date: '2025-11-08T10:30:00Z', body: `Task: ${other}` },
    );
    const run = (task: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI_BIN, 'draft', '--task', task], {
          cwd: repo.dir,
          env: gitEnv(),
        });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run(TASK), run(other)]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    const after = readJson(repo, REGISTRY);
    expect(after[AGENT]?.details_link).toBe(handoffFile(1));
    expect(after['docs-writer']?.details_link).toBe(`delegation/tasks/active/${other}-handoff-session1.md`);
    expect(read(handoffFile(1))).toContain(`Work on ${TASK}`);
    expect(read(handoffFile(1))).not.toContain(`Work on ${other}`);
  });
});

describe('handoff draft: bad input', () => {
  it('a task no agent works on: exit 2, names the rule', async () => {
    repo = seedRepo();
    const result = await runDraft('--task', 'TASK-2025-0001');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /no agent in the registry has current_task TASK-2025-0001; pass --agent "<agent name>" \[registry\/no-agent\]/,
    );
  });

  it('an agent on another task: exit 2', async () => {
    repo = seedRepo();
    const result = await runDraft('--task', 'TASK-2025-0001', '--agent', AGENT);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[registry/agent-task]');
  });

  it('a new agent is added to the registry', async () => {
    repo = seedRepo();
    const result = await runDraft('--task', 'TASK-2025-0001', '--agent', 'docs-writer');
    expect(result.code).toBe(0);
    expect(readJson(repo, REGISTRY)['docs-writer']).toEqual({
      status: 'in_progress',
      current_task: 'TASK-2025-0001',
      task_started: '2025-11-08',
      details_link: 'delegation/tasks/active/TASK-2025-0001-handoff-session1.md',
    });
  });

  it('a task id that is a path: exit 2, nothing written', async () => {
    repo = seedRepo();
    const result = await runDraft('--task', '../../etc/x', '--agent', 'a');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[registry/task-id]');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('an unknown --from revision: exit 2', async () => {
    repo = seedRepo();
    const result = await runDraft('--task', TASK, '--from', 'no-such-rev');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown revision "no-such-rev"');
    expect(existsSync(join(repo.dir, handoffFile(1)))).toBe(false);
  });

  it('--from and --to the wrong way round: the empty range says so', async () => {
    repo = seedRepo();
    const result = await runDraft(
      '--task',
      TASK,
      '--from',
      'HEAD',
      '--to',
      'HEAD~2',
      '--stdout',
      '--no-interactive',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'HEAD..HEAD~2, which is empty: HEAD comes after HEAD~2 (swap --from and --to?)',
    );
  });

  it('a broken report is a warning; the draft is still written', async () => {
    repo = seedRepo();
    repo.write('reports/bad.xml', '<testsuites><testcase name="x">');
    const result = await runDraft('--task', TASK, '--tests', 'reports/bad.xml', '--tests', 'missing/*.xml');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: .*bad\.xml/);
    expect(result.stderr).toMatch(/warning: missing\/\*\.xml: the pattern matches no files/);
    expect(existsSync(join(repo.dir, handoffFile(1)))).toBe(true);
  });

  it('--tests takes several reports after one flag, as a shell expands an unquoted glob, and the flag repeated', async () => {
    repo = seedRepo();
    const suite = (name: string, failing: boolean) =>
      `<testsuite name="${name}" tests="1"><testcase name="${name}-case">${failing ? '<failure/>' : ''}</testcase></testsuite>\n`;
    repo.write('reports/a.xml', suite('a', false));
    repo.write('reports/b.xml', suite('b', true));
    repo.write('reports/c.xml', suite('c', false));
    const expanded = await runDraft(
      '--task',
      TASK,
      '--tests',
      'reports/a.xml',
      'reports/b.xml',
      '--tests',
      'reports/c.xml',
      '--stdout',
    );
    expect(expanded.code).toBe(0);
    expect(expanded.stdout).toContain('**Tests:** 2 passed, 1 failed');
  });

  it('report paths are relative to the folder the command runs in, as --input is', async () => {
    repo = seedRepo();
    const junit =
      '<testsuites><testsuite name="s" tests="2"><testcase name="a"/><testcase name="b"/></testsuite></testsuites>\n';
    repo.write('src/reports/unit.xml', junit);
    const inSrc = (...args: string[]) =>
      runCli(['draft', '--task', TASK, '--stdout', '--format', 'json', ...args], {
        cwd: join(repo.dir, 'src'),
        now: SESSION_END[1],
      });
    const here = await inSrc('--tests', 'reports/*.xml', '--remaining', '1h');
    expect(here.code).toBe(0);
    expect(JSON.parse(here.stdout).warnings ?? []).toEqual([]);
    expect(here.stdout).toContain('**Tests:** 2 passed, 0 failed');
    // A pattern that matches nothing is named as given: from where the command runs.
    const nothing = await inSrc(
      '--tests',
      'nothing/*.xml',
      '--coverage',
      '../lcov.info',
      '--remaining',
      '1h',
    );
    expect(JSON.parse(nothing.stdout).warnings.map((w: { file: string }) => w.file)).toEqual([
      'nothing/*.xml',
      '../lcov.info',
    ]);
    // Out of the repository from here is still refused.
    const out = await inSrc('--tests', '../../*.xml');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('[report/outside-repo]');
  });

  it('a --from range after which the task has no commits still drafts, asking for the time', async () => {
    repo = seedRepo();
    const result = await runDraft('--task', TASK, '--from', 'HEAD', '--stdout');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Commits: 0 for ${TASK}, HEAD..HEAD`);
    expect(result.stdout).not.toContain('## Commits');
  });

  it('a previous handoff that is not UTF-8: exit 2 naming the file and place, nothing written', async () => {
    repo = seedRepo();
    repo.write(
      REGISTRY,
      registryText().replace('"API testing implementation"', `"x",\n    "details_link": "${handoffFile(1)}"`),
    );
    repo.write(handoffFile(1), Buffer.from([0x23, 0x20, 0x54, 0x0a, 0xff, 0xfe, 0x0a]));
    const before = read(REGISTRY);
    const result = await runDraft('--task', TASK);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${handoffFile(1)}:2:1: not valid UTF-8`);
    expect(existsSync(join(repo.dir, handoffFile(2)))).toBe(false);
    expect(read(REGISTRY)).toBe(before);
  });

  it('a details_link that leaves the repository is ignored with a note', async () => {
    repo = seedRepo();
    repo.write(
      REGISTRY,
      registryText().replace('"API testing implementation"', '"x",\n    "details_link": "../outside.md"'),
    );
    const result = await runDraft('--task', TASK, '--stdout');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'Ignoring details_link: details_link "../outside.md" leaves the repository.',
    );
  });

  it('warns past the configured word budget and keeps the text', async () => {
    repo = seedRepo();
    repo.write('.handoffrc.json', '{ "wordBudget": 20 }\n');
    // An agent reading JSON finds it among the warnings, not only in `overBudget`.
    const json = JSON.parse((await runDraft('--task', TASK, '--stdout', '--format', 'json')).stdout);
    expect(json.overBudget).toBe(true);
    expect(json.warnings).toContainEqual(
      expect.objectContaining({
        rule: 'draft/over-budget',
        message: expect.stringMatching(/over the 20-word budget/),
      }),
    );
    const result = await runDraft('--task', TASK);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /warning: delegation\/\S+session1\.md: the draft has \d+ words, over the 20-word budget; .* \[draft\/over-budget\]/,
    );
    expect(result.stderr).toContain('Shortened to fit the word budget: commit list, files list.');
    expect(read(handoffFile(1))).toContain('## Next Steps');
  });

  it('an empty repository: a draft with no commits', async () => {
    repo = TempRepo.init();
    repo.write(REGISTRY, registryText());
    const result = await runDraft('--task', TASK, '--stdout');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('the repository has no commits yet');
    expect(result.stdout).toContain('**Time Spent:** (to fill in: no commits in the range to estimate from)');
  });

  it('a new name one slip from an agent on the task is refused, naming both; start adds it on purpose', async () => {
    repo = seedRepo();
    const before = read(REGISTRY);
    const slipped = `${AGENT.slice(0, 2)}${AGENT[3]}${AGENT[2]}${AGENT.slice(4)}`;
    const result = await runDraft('--task', TASK, '--agent', slipped);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `agent "${slipped}" is not in the registry, and ${AGENT} is on ${TASK}: did you mean --agent ${AGENT}? To add ${slipped} as another agent on ${TASK}, run \`handoff start --task ${TASK} --agent ${slipped}\` first [registry/agent-slip]`,
    );
    // Nothing written: the registry as it was, and no handoff.
    expect(read(REGISTRY)).toBe(before);
    expect(existsSync(join(repo.dir, handoffFile(1)))).toBe(false);
    // The same name in another case is the same slip.
    expect((await runDraft('--task', TASK, '--agent', AGENT.toUpperCase())).stderr).toContain(
      '[registry/agent-slip]',
    );
    // Named by $HANDOFF_AGENT: refused as before, and the way to join is `start`, not the slip again.
    const fromEnv = await runCli(['draft', '--task', TASK, '--stdout', '--no-interactive'], {
      cwd: repo.dir,
      env: { HANDOFF_AGENT: slipped },
    });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain(
      `pass --agent ${AGENT}; to add ${slipped} beside ${AGENT} on purpose, run \`handoff start --task ${TASK} --agent ${slipped}\` first [registry/agent-task]`,
    );
    // Joining on purpose: `start` adds the agent, then its draft is its own.
    const started = await runCli(['start', '--task', TASK, '--agent', slipped], { cwd: repo.dir });
    expect(started.code).toBe(0);
    const joined = await runCli(
      ['draft', '--task', TASK, '--agent', slipped, '--stdout', '--no-interactive'],
      {
        cwd: repo.dir,
      },
    );
    expect(joined.code).toBe(0);
    expect(joined.stdout).toContain(`**Agent**: ${slipped}`);
  });

  it('a name like that of an agent no longer active on the task is no slip: it takes the task over', async () => {
    repo = seedRepo();
    const registry = readJson(repo, REGISTRY);
    registry[AGENT] = { ...registry[AGENT], status: 'complete' };
    repo.write(REGISTRY, `${JSON.stringify(registry, null, 2)}\n`);
    const slipped = await runCli(
      ['draft', '--task', TASK, '--agent', AGENT.toUpperCase(), '--stdout', '--no-interactive'],
      {
        cwd: repo.dir,
      },
    );
    expect(slipped.code).toBe(0);
    expect(slipped.stdout).toContain(`**Agent**: ${AGENT.toUpperCase()}`);
  });

  it('$HANDOFF_AGENT names the agent when --agent is not given, and --agent wins over it', async () => {
    repo = seedRepo();
    const registry = readJson(repo, REGISTRY);
    registry.second = { status: 'in_progress', current_task: TASK };
    repo.write(REGISTRY, `${JSON.stringify(registry, null, 2)}\n`);
    const as = (agent: string, ...args: string[]) =>
      runCli(['draft', '--task', TASK, '--stdout', '--no-interactive', ...args], {
        cwd: repo.dir,
        now: SESSION_END[1],
        env: { HANDOFF_AGENT: agent },
      });
    // Two agents on the task: without it the draft would have to ask which.
    expect((await as('second')).stdout).toContain('**Agent**: second');
    expect((await as('second', '--agent', AGENT)).stdout).toContain(`**Agent**: ${AGENT}`);
    // An agent busy elsewhere: refused, saying where the name came from and who is on the task.
    registry.elsewhere = { status: 'in_progress', current_task: 'TASK-2025-0001' };
    repo.write(REGISTRY, `${JSON.stringify(registry, null, 2)}\n`);
    const busy = await as('elsewhere');
    expect(busy.code).toBe(2);
    expect(busy.stderr).toContain(
      `$HANDOFF_AGENT is "elsewhere", who is working on TASK-2025-0001, not ${TASK}: switch it with \`handoff start --task ${TASK} --agent elsewhere\` first or pass --agent ${AGENT}|second`,
    );
    expect(busy.stderr).toContain('[registry/agent-task]');
    // One that finished its task works on none: said so, not "working on" it.
    registry.elsewhere = { status: 'complete', current_task: 'TASK-2025-0001' };
    repo.write(REGISTRY, `${JSON.stringify(registry, null, 2)}\n`);
    expect((await as('elsewhere', '--agent', 'elsewhere')).stderr).toContain(
      `agent "elsewhere" is complete on TASK-2025-0001, not ${TASK}: switch it with \`handoff start --task ${TASK} --agent elsewhere\` first`,
    );
    // Not in the registry at all, while others are on the task: said on the command line or refused.
    const stranger = await as('stranger');
    expect(stranger.code).toBe(2);
    expect(stranger.stderr).toContain(
      `$HANDOFF_AGENT is "stranger", who is not on ${TASK}; ${AGENT}, second are: pass --agent ${AGENT}|second, or --agent stranger to join the task`,
    );
    expect((await as('stranger', '--agent', 'stranger')).stdout).toContain('**Agent**: stranger');
  });

  it('with no agent named, the one still active on the task drafts (not one that finished it)', async () => {
    repo = seedRepo();
    const registry = readJson(repo, REGISTRY);
    registry.finished = { status: 'complete', current_task: TASK };
    repo.write(REGISTRY, `${JSON.stringify(registry, null, 2)}\n`);
    const result = await runDraft('--task', TASK, '--stdout', '--no-interactive');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`**Agent**: ${AGENT}`);
    // Two active ones: the draft still asks, naming the registry.
    registry.finished.status = 'blocked';
    repo.write(REGISTRY, `${JSON.stringify(registry, null, 2)}\n`);
    const both = await runDraft('--task', TASK, '--stdout', '--no-interactive', '--format', 'json');
    expect(both.code).toBe(2);
    expect(JSON.parse(both.stdout).error).toMatchObject({
      rule: 'registry/ambiguous-agent',
      file: REGISTRY,
      message: expect.stringMatching(/pass --agent \S+\|finished or set HANDOFF_AGENT$/),
    });
  });

  function runDraft(...args: string[]) {
    return runCli(['draft', ...args], { cwd: repo.dir, now: SESSION_END[1] });
  }
});

describe('handoff draft: prompts', () => {
  it('does not prompt when stdin is not a terminal: the placeholders stay', async () => {
    repo = seedRepo();
    const result = await draft(repo, 1, '--stdout');
    expect(result.stdout).toContain('(to fill in: decisions made this session');
    expect(result.stderr).toContain('To fill in before the check passes: Current State, Decisions Made');
    // And how an agent without a terminal gives them.
    expect(result.stderr).toContain('--note "<state in one line>"');
    expect(result.stderr).toContain('--decision "<decision: reason>"');
    // Estimated Remaining is no required element, but a line left to fill in is said too.
    expect(result.stderr).toContain('Estimated Remaining is left to fill in: --remaining states it');
  });

  it('prompts in a terminal (a pseudo-terminal from util-linux `script`) and writes the answers', () => {
    repo = seedRepo();
    const command = `'${process.execPath}' '${CLI_BIN}' draft --task ${TASK}`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: repo.dir,
      env: gitEnv(),
      // The state line, three lists (an empty line ends each), a percentage asked twice.
      input:
        'Login works; the async tests still hang\nUse pytest-asyncio - Reason: better async support\n\nNone\n\nFix the async hang\n\nmost of it\n60%\n',
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Where the work stands, in a line');
    expect(result.stdout).toContain('Decisions made this session, each with its reason:');
    expect(result.stdout).toContain('"most of it" is not a percentage from 0 to 100');
    const reread = parseHandoff(read(handoffFile(1)));
    expect(reread.elements.decisions?.items.map((i) => i.text)).toEqual([
      'Use pytest-asyncio - Reason: better async support',
    ]);
    expect(openBlockers(reread)).toEqual([]);
    expect(openNextSteps(reread).map((s) => s.text)).toEqual(['Fix the async hang']);
    expect(reread.elements.currentState?.paragraphs[0]).toBe('Login works; the async tests still hang');
    expect(documentFacts(reread).progressPercent).toBe(60);
    expect(missingElements(reread, DEFAULT_CONFIG.requiredElements)).toEqual([]);
    expect(readJson(repo, REGISTRY)[AGENT]?.brief_note).toBe('Login works; the async tests still hang');
  });

  it('asks nothing of what flags give: the answers come from them alone', async () => {
    repo = seedRepo();
    const command = `'${process.execPath}' '${CLI_BIN}' draft --task ${TASK} --progress 30`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: repo.dir,
      env: gitEnv(),
      input: '',
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('Where the work stands');
    expect(documentFacts(parseHandoff(read(handoffFile(1)))).progressPercent).toBe(30);
  });

  it('reads one answer per line, an empty line ending each list', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const answers = promptForDraftInput(input, output);
    input.write('\n');
    input.write('Use pytest-benchmark - Reason: already in the stack\n\n');
    input.write('\n');
    input.write('Write the first benchmark\nProfile the slow endpoint\n\n');
    input.write('\n');
    input.write('\n');
    expect(await answers).toEqual({
      decisions: ['Use pytest-benchmark - Reason: already in the stack'],
      next: ['Write the first benchmark', 'Profile the slow endpoint'],
    });
  });

  it('Ctrl-C at a question ends the prompts with PromptInterrupted, where Ctrl-D keeps what was typed', async () => {
    const input = new PassThrough();
    // A terminal, as the prompts run only in one: readline reads Ctrl-C as a key there.
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    output.resume();
    const answers = promptForDraftInput(input, output);
    input.write('The parser works\r');
    input.write('Use a cache - Reason: speed\r');
    input.write('\u0003');
    await expect(answers).rejects.toBeInstanceOf(PromptInterrupted);
  });

  it('asks the time remaining after progress, again for text that is not a time, and not at 100%', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let said = '';
    output.on('data', (chunk) => {
      said += String(chunk);
    });
    const answers = promptForDraftInput(input, output);
    input.end('The parser works\n\n\n\n40\na week\n2 days\n');
    expect(await answers).toEqual({ note: 'The parser works', progress: 40, remaining: '2 days' });
    expect(said).toContain('Time remaining (e.g. 3h, 2 days)');
    expect(said).toContain('"a week" is not a time');
    const done = new PassThrough();
    const finished = promptForDraftInput(done, output);
    done.end('Shipped\n\n\n\n100\n3h\n');
    expect(await finished).toEqual({ note: 'Shipped', progress: 100 });
  });

  it('asks again for a line that is template text (TBD, n/a), as draft refuses it given as a flag', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let said = '';
    output.on('data', (chunk) => {
      said += String(chunk);
    });
    const answers = promptForDraftInput(input, output);
    input.end('n/a\nThe parser works\nTBD\nUse X - Reason: simpler\n\nn/a\n\n');
    expect(await answers).toEqual({ note: 'The parser works', decisions: ['Use X - Reason: simpler'] });
    expect(said).toContain('"TBD" reads as template text');
    expect(said).toContain('"n/a" reads as template text');
  });

  it('keeps what was typed when the input ends early', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const answers = promptForDraftInput(input, output);
    input.end('\nA decision\n');
    expect(await answers).toEqual({ decisions: ['A decision'] });
  });
});
