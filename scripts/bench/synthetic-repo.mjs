// Builds synthetic repositories for the bench with `git fast-import` (about 4,500 commits a second here):
// a long history of small work commits, then 300 active tasks with complete handoff documents, then a
// short pushed range in which each commit is a work commit that also updates its task's handoff.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TASKS = 300;
export const PUSHED = 10;

export function taskId(i) {
  return `TASK-2025-${String(i).padStart(4, '0')}`;
}

export function handoffPath(i) {
  return `delegation/tasks/active/${taskId(i)}-handoff-session1.md`;
}

function isoDate(epochSeconds) {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10);
}

export function handoffDocument(i, epochSeconds) {
  return `# ${taskId(i)}: Synthetic Task Handoff (Session 1)

**Date**: ${isoDate(epochSeconds)}
**Agent**: agent-${i}
**Duration**: 2 hours
**Status**: In Progress (40%)

## Current State

**What's Working:**
- ✅ Parser for module ${i} handles the common cases
- ✅ 12 integration tests passing

**What's Broken:**
- ❌ Error paths of module ${i} are not covered

## Decisions Made

1. **Stream the input** - Reason: reports can be large

## Current Blockers

1. **Flaky fixture** - the temp folder is shared between tests

## Next Steps

- [ ] Isolate the temp folder per test
- [ ] Cover the error paths

## Time and Progress

**Time Spent:** 2 hours
**Estimated Remaining:** 3 hours
**Progress:** 40% complete
`;
}

export function registry() {
  const entries = {};
  for (let i = 1; i <= TASKS; i++) {
    entries[`agent-${i}`] = {
      status: 'in_progress',
      current_task: taskId(i),
      task_started: '2025-11-08',
      brief_note: `Synthetic task ${i}`,
      details_link: handoffPath(i),
    };
  }
  return `${JSON.stringify(entries, null, 2)}\n`;
}

function data(text) {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

/**
 * Writes a repository of `commits` commits to `dir` (kept between bench runs: rebuilt only when missing).
 * The newest commit is `now - 60 s`; older ones are 10 minutes apart, so 100k commits span about two years.
 * Returns { dir, pushedBase } where pushedBase is the remote's view (the commit before the pushed range).
 */
export async function ensureSyntheticRepo(dir, commits, now) {
  const marker = join(dir, '.bench-complete');
  if (existsSync(marker)) return readInfo(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const history = commits - 1 - PUSHED;
  const newest = Math.floor(now / 1000) - 60;
  const timeOf = (n) => newest - (commits - n) * 600;
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'] });
  const done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)),
    );
  });
  let buffer = '';
  const flush = async () => {
    if (!child.stdin.write(buffer)) await new Promise((r) => child.stdin.once('drain', r));
    buffer = '';
  };
  let n = 0;
  const commit = (message, files) => {
    n += 1;
    buffer += `commit refs/heads/main\nmark :${n}\ncommitter Bench <bench@example.com> ${timeOf(n)} +0000\n${data(message)}`;
    if (n > 1) buffer += `from :${n - 1}\n`;
    for (const [path, content] of files) buffer += `M 644 inline ${path}\n${data(content)}`;
  };
  for (let i = 1; i <= history; i++) {
    const task = (i % TASKS) + 1;
    commit(`work on ${taskId(task)}: change ${i}`, [[`src/module-${i % 500}.txt`, `content ${i}\n`]]);
    if (buffer.length > 1 << 20) await flush();
  }
  const docs = [['.agent-context/agent-handoffs.json', registry()]];
  for (let i = 1; i <= TASKS; i++) docs.push([handoffPath(i), handoffDocument(i, timeOf(n + 1))]);
  commit('Handoffs for all active tasks', docs);
  for (let p = 1; p <= PUSHED; p++) {
    commit(`${taskId(p)}: finish step ${p}`, [
      [`src/module-${p}.txt`, `pushed ${p}\n`],
      [handoffPath(p), handoffDocument(p, timeOf(n + 1)).replace('40%', `${40 + p}%`)],
    ]);
  }
  await flush();
  child.stdin.end();
  await done;
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir });
  execFileSync('git', ['remote', 'add', 'origin', join(dir, 'remote-does-not-exist.git')], { cwd: dir });
  // The remote already has everything but the pushed range, as after an earlier push.
  execFileSync('git', ['update-ref', 'refs/remotes/origin/main', `main~${PUSHED}`], { cwd: dir });
  writeFileSync(marker, '');
  return readInfo(dir);
}

function readInfo(dir) {
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  return { dir, head: git('rev-parse', 'main'), pushedBase: git('rev-parse', 'refs/remotes/origin/main') };
}
