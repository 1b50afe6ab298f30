/**
 * `handoff demo`, the README's main-job command, run as the built program: it must replay the seed's
 * three sessions through the real hook and leave the evidence behind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STICKY_MARKER } from '../../src/core/comment.js';
import { documentFacts } from '../../src/core/document/facts.js';
import { parseHandoff } from '../../src/core/document/parse.js';
import { runBin } from '../helpers/temp-repo.js';

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'handoff-demo-test-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('--quiet keeps the demo itself, which is what the command is for', () => {
  const quiet = mkdtempSync(join(tmpdir(), 'handoff-demo-quiet-'));
  try {
    const run = runBin(['-q', 'demo', '--out', quiet], { cwd: quiet });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/push refused \(exit 1\)/);
    expect(run.stdout).toMatch(/push accepted/);
  } finally {
    rmSync(quiet, { recursive: true, force: true });
  }
});

test('the demo refuses the stale push, drafts, accepts the push, resumes and writes the PR comment', () => {
  const run = runBin(['demo', '--out', out], { cwd: out });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);

  // The hook refused the session-2 push with the reason and the fix, then let the next one through.
  expect(run.stdout).toMatch(/behind: 3 work commit\(s\) for TASK-2025-0078-C/);
  expect(run.stdout).toMatch(/fix: npx handoff draft --task TASK-2025-0078-C --from [0-9a-f]{12}/);
  expect(run.stdout).toMatch(/push refused \(exit 1\)/);
  expect(run.stdout).toMatch(/push accepted/);
  expect(run.stdout).toMatch(/reports now show 12 passed, 1 failed \(matches\)/);

  const repo = join(out, 'api-server');
  const active = join(repo, 'delegation/tasks/active');
  for (const n of [1, 2, 3])
    expect(existsSync(join(active, `TASK-2025-0078-C-handoff-session${n}.md`))).toBe(true);
  const session2 = documentFacts(
    parseHandoff(readFileSync(join(active, 'TASK-2025-0078-C-handoff-session2.md'), 'utf8')),
  );
  expect(session2.tests).toEqual(expect.objectContaining({ passed: 12, failed: 1 }));
  expect(session2.progressPercent).toBe(70);

  const stale = readFileSync(join(out, 'pr-comment-stale.md'), 'utf8');
  expect(stale.startsWith(STICKY_MARKER)).toBe(true);
  expect(stale).toMatch(/❌ stale \| behind/);
  const fresh = readFileSync(join(out, 'pr-comment.md'), 'utf8');
  expect(fresh).toMatch(/✅ fresh/);
  expect(fresh).toMatch(/Resume summary: TASK-2025-0078-C/);

  // The registry ends with the task complete, through `handoff done` (not an edit by hand), and
  // linked to the last session's handoff.
  expect(run.stdout).toMatch(/\$ handoff done --agent powertest-runner\n/);
  const registry = JSON.parse(readFileSync(join(repo, '.agent-context/agent-handoffs.json'), 'utf8'));
  expect(registry['powertest-runner']).toEqual(
    expect.objectContaining({
      status: 'complete',
      details_link: 'delegation/tasks/active/TASK-2025-0078-C-handoff-session3.md',
    }),
  );
});

test('the demo refuses a folder that is not empty, writing nothing into it', () => {
  const busy = mkdtempSync(join(tmpdir(), 'handoff-demo-busy-'));
  try {
    writeFileSync(join(busy, 'mine.txt'), 'keep me\n');
    const run = runBin(['demo', '--out', busy], { cwd: busy });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not empty.*\[demo\/out-not-empty\]/);
    expect(readdirSync(busy)).toEqual(['mine.txt']);
  } finally {
    rmSync(busy, { recursive: true, force: true });
  }
});
