/**
 * The seed's three sessions replayed in a real repository: TASK-2025-0078-C by powertest-runner,
 * commits dated 2025-11-08, -10 and -11 with the seed's file names, and the real report files of
 * `__tests__/fixtures/seed-sessions/`. Each step is what a person or agent would do at the end of a
 * session: run `handoff draft`, fill in what facts cannot know, commit.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, type RunResult, runCli, TempRepo } from '../helpers/temp-repo.js';

export const SEED_FIXTURES = join(PROJECT_ROOT, '__tests__/fixtures/seed-sessions');
export const TASK = 'TASK-2025-0078-C';
export const AGENT = 'powertest-runner';
export const REGISTRY = '.agent-context/agent-handoffs.json';
export const handoffFile = (session: number) =>
  `delegation/tasks/active/${TASK}-handoff-session${session}.md`;
/**
 * A seed report copied into the repository (reports are read from inside it only), under a folder
 * git ignores, as a test run would leave it; returns its repository-relative path.
 */
export function report(repo: TempRepo, name: string, from = SEED_FIXTURES): string {
  const path = `test-results/${name}`;
  repo.write(path, readFileSync(join(from, name)));
  const exclude = join(repo.dir, '.git/info/exclude');
  if (!readFileSync(exclude, 'utf8').includes('test-results/')) appendFileSync(exclude, 'test-results/\n');
  return path;
}

/** The end of each session, when the handoff is drafted. */
export const SESSION_END = {
  1: new Date('2025-11-08T13:30:00Z'),
  2: new Date('2025-11-10T13:00:00Z'),
  3: new Date('2025-11-11T14:30:00Z'),
} as const;

export function registryText(extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify(
    {
      [AGENT]: {
        status: 'in_progress',
        current_task: TASK,
        task_started: '2025-11-08',
        brief_note: 'API testing implementation',
      },
      ...extra,
    },
    null,
    2,
  )}\n`;
}

export function readJson(repo: TempRepo, path: string): Record<string, Record<string, unknown>> {
  return JSON.parse(readFileSync(join(repo.dir, path), 'utf8')) as Record<string, Record<string, unknown>>;
}

export function draft(repo: TempRepo, session: 1 | 2 | 3, ...args: string[]): Promise<RunResult> {
  return runCli(['draft', '--task', TASK, ...args], { cwd: repo.dir, now: SESSION_END[session] });
}

/** A repository with the registry, one commit before the task, and session 1's two commits. */
export function seedRepo(): TempRepo {
  const repo = TempRepo.init();
  repo.commit(
    'Initial commit',
    { 'README.md': '# api-server\n', [REGISTRY]: registryText() },
    { date: '2025-11-01T12:00:00Z' },
  );
  session1Commits(repo);
  return repo;
}

export function session1Commits(repo: TempRepo): void {
  repo.commit(
    'Create integration test framework',
    {
      'tests/api/test_integration.py': 'import pytest\n\nasync def test_health(client):\n    ...\n',
      'tests/api/utils.py': 'def assert_json(response, expected):\n    assert response.json() == expected\n',
    },
    { date: '2025-11-08T09:30:00Z' },
  );
  repo.commit(
    'Add test fixtures',
    { 'tests/api/conftest.py': 'import pytest\n\n@pytest.fixture\nasync def client():\n    ...\n' },
    { date: '2025-11-08T12:30:00Z' },
  );
}

/** Session 2's three commits (the seed: fix the hang, fix the cleanup, 7 more tests). Returns their shas. */
export function session2Commits(repo: TempRepo): string[] {
  return [
    repo.commit(
      'Fix async test hang with proper event loop cleanup',
      {
        'tests/api/conftest.py':
          'import pytest\n\n@pytest.fixture\nasync def client(event_loop):\n    yield ...\n    await event_loop.shutdown_asyncgens()\n',
      },
      { date: '2025-11-10T10:00:00Z' },
    ),
    repo.commit(
      'Fix test database cleanup with a yield fixture',
      { 'tests/api/fixtures/db.py': 'def test_db():\n    db = create()\n    yield db\n    db.drop()\n' },
      { date: '2025-11-10T10:45:00Z' },
    ),
    repo.commit(
      'Add 7 more integration tests',
      {
        'tests/api/test_integration.py': Array.from(
          { length: 13 },
          (_, i) => `async def test_${i}(client): ...\n`,
        ).join(''),
      },
      { date: '2025-11-10T12:15:00Z' },
    ),
  ];
}

export function session3Commits(repo: TempRepo): string[] {
  return [
    repo.commit(
      'Add pytest-benchmark performance benchmarks',
      { 'tests/api/test_benchmarks.py': 'def test_throughput(benchmark): ...\n' },
      { date: '2025-11-11T09:00:00Z' },
    ),
    repo.commit(
      'Complete the 15 integration tests',
      {
        'tests/api/test_integration.py': Array.from(
          { length: 15 },
          (_, i) => `async def test_${i}(client): ...\n`,
        ).join(''),
      },
      { date: '2025-11-11T11:00:00Z' },
    ),
    repo.commit(
      'Verify acceptance criteria',
      { 'tests/api/README.md': 'All acceptance criteria met.\n' },
      { date: '2025-11-11T13:30:00Z' },
    ),
  ];
}

/** The person's session 1 handoff (the seed's) replaces the draft, and is committed with the registry. */
export function fillInSession1(repo: TempRepo): string {
  repo.write(handoffFile(1), readFileSync(join(SEED_FIXTURES, 'session1-handoff.md'), 'utf8'));
  return repo.commit('Session 1 handoff', {}, { date: '2025-11-08T13:45:00Z' });
}
