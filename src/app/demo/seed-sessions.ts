/**
 * The seed's example as data: TASK-2025-0078-C, API testing, three sessions over four days by the agent
 * `powertest-runner`. `handoff demo` replays it in a throw-away repository. Dates are given as day
 * offsets from the demo's "today" (session 3), keeping the seed's gaps (Nov 8, Nov 10, Nov 11), so the
 * freshness rules see a live task rather than one from 2025.
 */

export const DEMO_TASK = 'TASK-2025-0078-C';
export const DEMO_AGENT = 'powertest-runner';

export interface DemoCommit {
  message: string;
  /** Hours after the session's start. */
  atHour: number;
  files: Record<string, string>;
}

export interface DemoTestCase {
  name: string;
  classname: string;
  failure?: string;
}

export interface DemoSession {
  number: number;
  /** Days before the demo's today. */
  daysAgo: number;
  /** Hour of day (UTC) the session starts. */
  startHour: number;
  commits: DemoCommit[];
  tests: DemoTestCase[];
  /** What the person adds to the draft: facts cannot know decisions and their reasons. */
  decisions: string[];
  /** New blockers found in the session (besides those carried over). */
  newBlockers: string[];
  /** Next steps the person adds. */
  newNextSteps: string[];
  /** Progress the person states. */
  progressPercent: number;
  /** Blockers and next steps of earlier sessions this one resolved (matched by their start). */
  resolved: string[];
}

const integration = [
  'health',
  'metrics',
  'version',
  'echo',
  'error',
  'auth',
  'rate_limit',
  'cors',
  'gzip',
  'etag',
  'pagination',
  'upload',
  'download',
  'websocket',
  'shutdown',
];

function integrationTests(count: number, failing: string[] = []): DemoTestCase[] {
  return integration.slice(0, count).map((name) => ({
    name: `test_${name}`,
    classname: 'tests.api.test_integration',
    ...(failing.includes(name) ? { failure: `AssertionError: ${name} endpoint timed out after 60s` } : {}),
  }));
}

const benchmarks = ['throughput', 'latency_p99', 'concurrent_clients', 'large_payload', 'keepalive'];

export const DEMO_SESSIONS: DemoSession[] = [
  {
    number: 1,
    daysAgo: 3,
    startHour: 9,
    commits: [
      {
        message: `Create integration test framework\n\nTask: ${DEMO_TASK}`,
        atHour: 1.5,
        files: {
          'tests/api/test_integration.py':
            'import pytest\n\n@pytest.mark.asyncio\nasync def test_health(client):\n    assert (await client.get("/health")).status == 200\n',
          'tests/api/utils.py':
            'def assert_json(response, expected):\n    assert response.json() == expected\n',
        },
      },
      {
        message: `Add test fixtures\n\nTask: ${DEMO_TASK}`,
        atHour: 3.5,
        files: {
          'tests/api/conftest.py':
            'import pytest\n\n@pytest.fixture\nasync def client():\n    ...\n\n@pytest.fixture\ndef test_db():\n    ...\n',
        },
      },
    ],
    tests: integrationTests(5),
    decisions: [
      'Used pytest-asyncio instead of unittest - Reason: Better async support, matches rest of codebase',
      "Separate test database - Reason: Don't want tests hitting production data",
      'Fixtures in conftest.py - Reason: Shared across all test files',
    ],
    newBlockers: [
      "Async test hang issue - Some async tests don't complete, timeout after 60s",
      'Test database cleanup - Data persists between tests',
    ],
    newNextSteps: [
      'Fix async test hang (investigate event loop handling)',
      'Fix test database cleanup (add yield to fixture)',
      'Add 10 more integration tests (see test plan in task spec)',
      'Start performance benchmarks',
    ],
    progressPercent: 30,
    resolved: [],
  },
  {
    number: 2,
    daysAgo: 1,
    startHour: 10,
    commits: [
      {
        message: `Fix async test hang with proper event loop cleanup\n\nTask: ${DEMO_TASK}`,
        atHour: 0.75,
        files: {
          'tests/api/conftest.py':
            'import pytest\n\n@pytest.fixture\nasync def client(event_loop):\n    yield ...\n    await event_loop.shutdown_asyncgens()\n',
        },
      },
      {
        message: `Fix test database cleanup with a yield fixture\n\nTask: ${DEMO_TASK}`,
        atHour: 1.25,
        files: {
          'tests/api/fixtures/db.py':
            '@pytest.fixture(scope="function")\ndef test_db():\n    db = create()\n    yield db\n    db.drop()\n',
        },
      },
      {
        message: `Add 7 more integration tests\n\nTask: ${DEMO_TASK}`,
        atHour: 2.75,
        files: {
          'tests/api/test_integration.py': integration
            .slice(0, 12)
            .map((n) => `async def test_${n}(client): ...\n`)
            .join(''),
        },
      },
    ],
    tests: integrationTests(13, ['upload']),
    decisions: [
      'Event loop closed in the client fixture - Reason: pytest-asyncio leaves async generators open otherwise',
    ],
    newBlockers: ['Performance benchmark framework decision needed - pytest-benchmark or a custom harness'],
    newNextSteps: ['Fix the upload test timeout', 'Add 5 performance benchmarks'],
    progressPercent: 70,
    resolved: [
      'Async test hang issue',
      'Test database cleanup',
      'Fix async test hang',
      'Fix test database cleanup',
      'Add 10 more integration tests',
    ],
  },
  {
    number: 3,
    daysAgo: 0,
    startHour: 9,
    commits: [
      {
        message: `Add performance benchmarks with pytest-benchmark\n\nTask: ${DEMO_TASK}`,
        atHour: 2,
        files: {
          'tests/perf/test_benchmarks.py': benchmarks.map((b) => `def test_${b}(benchmark): ...\n`).join(''),
        },
      },
      {
        message: `Complete all 15 integration tests\n\nTask: ${DEMO_TASK}`,
        atHour: 4.5,
        files: {
          'tests/api/test_integration.py': integration
            .map((n) => `async def test_${n}(client): ...\n`)
            .join(''),
        },
      },
    ],
    tests: [
      ...integrationTests(15),
      ...benchmarks.map((b) => ({ name: `test_${b}`, classname: 'tests.perf.test_benchmarks' })),
    ],
    decisions: [
      'Use pytest-benchmark - Reason: statistics and regression comparison without a custom harness',
    ],
    newBlockers: [],
    newNextSteps: ['Verify all acceptance criteria with the task owner'],
    progressPercent: 100,
    resolved: [
      'Performance benchmark framework decision needed',
      'Start performance benchmarks',
      'Fix the upload test timeout',
      'Add 5 performance benchmarks',
    ],
  },
];

/** A pytest-style JUnit XML report (the dialect `pytest --junitxml` writes) for a session's tests. */
export function junitReport(tests: DemoTestCase[]): string {
  const failures = tests.filter((t) => t.failure).length;
  const cases = tests
    .map((t) =>
      t.failure
        ? `    <testcase classname="${t.classname}" name="${t.name}" time="0.120"><failure message="${t.failure}">${t.failure}</failure></testcase>`
        : `    <testcase classname="${t.classname}" name="${t.name}" time="0.050" />`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<testsuites name="pytest tests">
  <testsuite name="pytest" errors="0" failures="${failures}" skipped="0" tests="${tests.length}" time="1.5" timestamp="2025-11-08T12:00:00" hostname="demo">
${cases}
  </testsuite>
</testsuites>
`;
}
